"""Content boundaries from issue 15, round 5 (error analysis on PolNeAR train).

Fiction only: Ostrava, Belvania and their people.
"""

from __future__ import annotations

import pytest

from tests.attribution.conftest import seg, spk


@pytest.mark.parametrize(
    "text,parts,speaker",
    [
        # an abbreviation in the frame does not end the sentence
        (
            "“I have put forth a plan that includes everyone,” Mr. Voss said, “because "
            "Ostrava deserves a president for all.”",
            [
                "I have put forth a plan that includes everyone,",
                "because Ostrava deserves a president for all.",
            ],
            "Mr. Voss",
        ),
        # the parser may hang the frame's verb on the quotation; it still says nothing itself
        (
            "“If anybody thinks that being a native son helps in Lorvik, there is no data to "
            "suggest that,” said one unaligned Belvanian strategist. “There is no home-state "
            "advantage for either of them as it is today.”",
            [
                "If anybody thinks that being a native son helps in Lorvik, there is no data to "
                "suggest that,",
                "There is no home-state advantage for either of them as it is today.",
            ],
            "one unaligned Belvanian strategist",
        ),
        # the second part closes with an inner quotation
        (
            "“I think Marr would encourage people to vote,” she said. “But I think many will "
            "say, ‘Sorry, I just can’t do that.’”",
            [
                "I think Marr would encourage people to vote,",
                "But I think many will say, ‘Sorry, I just can’t do that.’",
            ],
            "she",
        ),
        # a question resumed after a short frame sentence
        (
            "“Do you want the ministry reading every letter in Ostrava?” said Ana Voss. “And "
            "if so, then for what?”",
            [
                "Do you want the ministry reading every letter in Ostrava?",
                "And if so, then for what?",
            ],
            "Ana Voss",
        ),
    ],
)
def test_split_quotation_is_one_statement(attribute, text, parts, speaker) -> None:  # type: ignore[no-untyped-def]
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert len(direct) == 1, [seg(text, a) for a in direct]
    assert seg(text, direct[0]) == parts
    assert spk(text, direct[0]) == speaker


def test_quotation_resumed_in_the_next_paragraph_after_its_frame(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“This has to be the first time a minister has asked a foreign power to spy on a "
        "rival,” said Ostrava’s deputy foreign minister Ana Voss.\n\n"
        "“This has gone from a matter of politics to a matter of national security.”\n\n"
        "“We will answer,” Teo Marr said.\n\n"
        "“Not today.” Marr then left."
    )
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert [seg(text, a) for a in direct] == [
        [
            "This has to be the first time a minister has asked a foreign power to spy on a rival,",
            "This has gone from a matter of politics to a matter of national security.",
        ],
        ["We will answer,"],
        ["Not today."],  # followed by more of the paragraph: a statement of its own
    ]
    assert spk(text, direct[0]) == "Ostrava’s deputy foreign minister Ana Voss"


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Marr said the envoy had met with Ana Voss, the former foreign minister.",
            "the envoy had met with Ana Voss",
        ),
        # the writer's comment on the statement
        (
            "Marr said the envoy should leave the talks, echoing a memo from the Ostrava ministry.",
            "the envoy should leave the talks",
        ),
        # a name after a description is part of what was said
        (
            "Marr said the envoy had met with the foreign minister, Ana Voss.",
            "the envoy had met with the foreign minister, Ana Voss",
        ),
        # so is a list the parser may read as an apposition
        (
            "Marr said the treaty protects our borders, our farms and our rivers.",
            "the treaty protects our borders, our farms and our rivers",
        ),
    ],
)
def test_describing_apposition_closing_the_content_is_the_writers(attribute, text, content) -> None:  # type: ignore[no-untyped-def]
    said = [a for a in attribute(text) if spk(text, a) == "Marr"]
    assert [seg(text, a) for a in said] == [[content]]


def test_conjoined_speech_verb_starts_a_statement_of_its_own(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "But he told Radio Lorvik that he agrees Voss is a reckless opportunist and said the "
        "record is quite clear that she misleads voters."
    )
    contents = [seg(text, a) for a in attribute(text)]
    assert ["that he agrees Voss is a reckless opportunist"] in contents
    assert ["the record is quite clear that she misleads voters"] in contents


def test_speech_verb_conjoined_inside_a_reported_clause_keeps_the_outer_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In Lorvik, Marr says the obvious response was to break up fraudulent cartels and "
        "says he introduced legislation to accomplish that."
    )
    found = {tuple(seg(text, a)): spk(text, a) for a in attribute(text)}
    assert found == {
        ("the obvious response was to break up fraudulent cartels",): "Marr",
        ("he introduced legislation to accomplish that",): "Marr",
    }
