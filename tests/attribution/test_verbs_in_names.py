"""A speech verb the tagger runs into a name, and a given name it reads as a speech verb
(fifty-third session).

Seen on PolNeAR train: a round-up introduces each quotation with "Stated Stone:" and
"Continued Stone:". The recogniser read "Stated Stone" as a person's name, and every
quotation went to an actor called "Stated Stone", not to Roger Stone, named in the first
paragraph. The other way round, "Said" is a given name too: "the chief negotiator Said Kavani
met his counterparts" is no statement that Kavani met them. Fiction only.
"""

from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _speakers(text: str) -> list[tuple[str | None, str | None, str]]:
    record = extract(text)
    return [
        (q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None, q.text)
        for q in record.quotes
    ]


def _names(text: str) -> set[str]:
    return {a.name for a in extract(text).actors}


_ROUND_UP = (
    "The longtime adviser Tomas Brenner stated that the vote would be close.\n\n"
    "Stated Brenner:\n\n"
    "“I think that the stakes are very high for everyone in Belvania.”\n\n"
    "Continued Brenner: “So I think it is a very real problem for the country.”\n\n"
    "Added Brenner:\n\n"
    "“We will win the vote.”\n"
)


def test_an_opening_speech_verb_is_no_part_of_the_name() -> None:
    found = _speakers(_ROUND_UP)
    quoted = [(mention, name) for mention, name, text in found if "vote would" not in text]
    assert len(quoted) == 3, found
    assert all(mention == "Brenner" and name == "Tomas Brenner" for mention, name in quoted)
    assert not any(name.startswith(("Stated", "Added")) for name in _names(_ROUND_UP))


def test_said_before_a_name_inside_a_sentence_is_a_given_name() -> None:
    text = (
        "The chief negotiator Said Kavani met his counterparts in Sarn on Monday.\n\n"
        "“We are close,” the negotiator Said Kavani told reporters.\n"
    )
    found = _speakers(text)
    # no one said that Kavani met his counterparts, nor that he told reporters anything
    assert [t for _, _, t in found] == ["We are close,"], found
    assert found[0][1] == "Said Kavani"
    assert "Said Kavani" in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # the article writes the full name inside a sentence: "Said" is his given name
        "Talks resumed on Monday. The chief negotiator Said Kavani met his counterparts.\n\n"
        "Said Kavani: “We are close to an agreement.”\n",
        # no other "Kavani" in the article says what the opening word is
        "Talks resumed on Monday.\n\nSaid Kavani: “We are close to an agreement.”\n",
    ],
)
def test_an_opening_given_name_stays(text: str) -> None:
    speakers = {name for _, name, t in _speakers(text) if "agreement" in t}
    assert speakers == {"Said Kavani"}, _speakers(text)
