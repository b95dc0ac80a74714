"""The "who" of a relative clause stands for the person before it, not for what sits between
(issue 15, fifty-second session).

"Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton" had "D-Mo." for the endorser, and
"Senator Ted Cruz of Texas, who voted against the bill" had "Texas": the name just before
"who" was taken for its antecedent, and that was the bracketed party and state, or a place
after the person's description. On PolNeAR train 24 statements had a state, a city or a party
label for a speaker. A bracketed aside is stepped over; a place set in a description climbs to
the person or people it describes. A surname the tagger took for a place ("said Borges, who
...") is still the speaker. Fiction only.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord.attribution import Attribution
from tests.attribution.conftest import seg, spk

Attribute = Callable[[str], list[Attribution]]


def speaker_of(attribute: Attribute, text: str, words: str) -> str | None:
    found = [a for a in attribute(text) if " ".join(seg(text, a)) == words]
    assert len(found) == 1, [(seg(text, a), spk(text, a)) for a in attribute(text)]
    return spk(text, found[0])


@pytest.mark.parametrize(
    "text,words,speaker",
    [
        # a party and state label in brackets
        (
            "Speaking later on the same programme, Sen. Ida Marrow (D-Vel.), who has endorsed "
            "Voss, said the plan would pass.",
            "Voss",
            "Sen. Ida Marrow",
        ),
        # a place after the person's name
        (
            "Senator Tomas Brenner of Velmara, who voted against the treaty, said the vote was "
            "rushed.",
            "the treaty",
            "Senator Tomas Brenner of Velmara",
        ),
        # a town and state after the description of a named person
        (
            '"The plan did nothing for us," said Ivo Rask, a firefighter and union member in '
            "Tarsk, Velmara, who voted for Mr. Dalen in 2018.",
            "Mr. Dalen",
            "Ivo Rask, a firefighter and union member",
        ),
    ],
)
def test_who_is_the_person_not_the_aside_or_the_place(
    attribute: Attribute, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(attribute, text, words) == speaker


def test_a_place_inside_a_body_climbs_past_the_body_to_the_person(attribute: Attribute) -> None:
    text = (
        "Ana Lind, a former staff member for the Voss campaign in Tarsk, Velmara, who endorsed "
        "Mr. Dalen last week, said she would vote for him."
    )
    assert speaker_of(attribute, text, "Mr. Dalen") == (
        "Ana Lind, a former staff member for the Voss campaign in Tarsk, Velmara"
    )


@pytest.mark.parametrize(
    "text,words,speaker",
    [
        # a person described by a body they work at
        (
            "The figures came from Ivo Rask, an economics professor at the University of "
            "Tarsk, who found that the top 1 percent took most of the gains.",
            "that the top 1 percent took most of the gains",
            "Ivo Rask, an economics professor at the University of Tarsk",
        ),
        # "which" after a body's name with "of" in it: the body, not the word after "of"
        (
            "Money is flowing to advocacy groups such as the Velmaran Chamber of Commerce, "
            "which is planning to back Ms. Voss.",
            "to back Ms. Voss",
            "the Velmaran Chamber of Commerce",
        ),
    ],
)
def test_who_or_which_after_a_body_is_the_person_or_the_body(
    attribute: Attribute, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(attribute, text, words) == speaker


@pytest.mark.parametrize(
    "text,words,named",
    [
        (
            "The ruling was a setback for Ivo Dalen, whose lawyers argued that the papers held "
            "trade secrets.",
            "that the papers held trade secrets",
            "Ivo Dalen",
        ),
        # a description in apposition: the name it describes
        (
            "Among those in a bind is Senator Ana Marrow, the majority leader, whose new book "
            "boasts of her loyalty to the port.",
            "her loyalty to the port",
            "Ana Marrow",
        ),
    ],
)
def test_whose_is_the_name_before_it(
    attribute: Attribute, text: str, words: str, named: str
) -> None:
    """ "Trump, whose attorneys argued ...", "Iran, whose leaders have called for ...": the
    statement had "whose attorneys" for its speaker and no one's name."""
    found = [a for a in attribute(text) if " ".join(seg(text, a)) == words]
    assert len(found) == 1, [(seg(text, a), spk(text, a)) for a in attribute(text)]
    ref = found[0].speaker_ref
    assert ref is not None and named in text[ref[0] : ref[1]]


def test_a_modifiers_aside_is_no_part_of_the_speaker_and_its_who_is_the_speaker(
    attribute: Attribute,
) -> None:
    """ "said one Democrat familiar with the discussion, who added that ...": the speaker was
    named with the whole clause ("Democrat familiar with the discussion, who added that the
    White House seemed"), and the clause's statement was the discussion's."""
    text = (
        '"It was not a convincing argument," said one Velmaran official familiar with the '
        "talks, who added that the palace seemed rattled by the vote."
    )
    found = {" ".join(seg(text, a)): spk(text, a) for a in attribute(text)}
    assert found == {
        "It was not a convincing argument,": "one Velmaran official familiar with the talks",
        "that the palace seemed rattled by the vote": (
            "one Velmaran official familiar with the talks"
        ),
    }
