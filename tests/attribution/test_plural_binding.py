"""A "they" or "their" inside a clause stands for the clause's plural subject, as a "she"
stands for its singular one (issue 15, fifty-first session).

On PolNeAR train 196 of 293 "they" speakers and all 32 "their" speakers had no name: "51
percent of respondents said they would vote for Clinton" gave the vote to no one, and
"Republicans were unsparing in their criticism" the criticism to no one. The subject binds
the pronoun when it stands for several people (plural nouns for people, a people, a count of
people); parties joined by "and", things, bodies and words that name no one ("Others") bind
nothing, and neither does a clause that names other people between them. A "they" that no
clause binds and no plural speaker came before stands for the plural subject of its sentence
or the one before ("Sanders supporters are crying fraud. They have promised ..."), unless it
is set in its sentence as the source ("Within marriages, they said, women ..."). Since the
fifty-eighth session that plural subject may be parties named one by one ("Ana Voss and Ivo
Dant held talks, as they sought ..."), whose joint statement the pipeline files it as. Fiction
only.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord.attribution import Attribution
from tests.attribution.conftest import resolved_to

Attribute = Callable[[str], list[Attribution]]


@pytest.mark.parametrize(
    "text,words,subject",
    [
        (
            "A poll released on Monday found that 51 percent of respondents said they would "
            "vote for Ana Voss.",
            "Ana Voss",
            "51 percent of respondents",
        ),
        (
            "Ostravan diplomats urged the senators to reconsider their opposition to the treaty.",
            "the treaty",
            "the senators",
        ),
        (
            "Many of the Belvanian farmers were unsparing in their criticism of the quotas.",
            "the quotas",
            "Many of the Belvanian farmers",
        ),
        (
            "Belvanian farmers have been unsparing in their criticism of the border closure.",
            "the border closure",
            "Belvanian farmers",
        ),
    ],
)
def test_a_plural_subject_binds_they_and_their(
    attribute: Attribute, text: str, words: str, subject: str
) -> None:
    assert resolved_to(attribute, text, words) == subject


@pytest.mark.parametrize(
    "text,words",
    [
        (
            "Others were unapologetic in their criticism of the border closure.",
            "the border closure",
        ),
    ],
)
def test_no_one_speaker_binds_nothing(attribute: Attribute, text: str, words: str) -> None:
    assert resolved_to(attribute, text, words) is None


def test_two_parties_named_one_by_one_stand_for_they_together(attribute: Attribute) -> None:
    # (no one speaker: the pipeline files the statement as the pair's joint one, fifty-eighth
    # session, tests/attribution/test_they_parties.py)
    text = (
        "Ana Voss and Ivo Dant held talks in Sarn on Monday, as they sought an end to the "
        "dispute over the valley."
    )
    words = "an end to the dispute over the valley"
    assert resolved_to(attribute, text, words) == "Ana Voss and Ivo Dant"


_BLOCKED = "Belvanian farmers blocked the roads near Tarsk on Monday. "


@pytest.mark.parametrize(
    "text,words,subject",
    [
        # the sentence before's plural subject, when no plural speaker came before
        (
            _BLOCKED + "They have promised to press their case in the capital.",
            "to press their case in the capital",
            "Belvanian farmers",
        ),
        # not from further back
        (
            _BLOCKED + "The talks ended early. They have promised to press their case in the "
            "capital.",
            "to press their case in the capital",
            None,
        ),
        # nor for a "they" set in the sentence as its source
        (
            _BLOCKED + "Within the villages, they said, the quotas have already emptied the "
            "markets.",
            "Within the villages the quotas have already emptied the markets",
            None,
        ),
    ],
)
def test_a_they_opening_the_next_sentence(
    attribute: Attribute, text: str, words: str, subject: str | None
) -> None:
    assert resolved_to(attribute, text, words) == subject
