"""The support of voters and polls is no party's help; a vote held and a thing had are no acts.

On 400 PolNeAR train articles, "support" was the commonest word of AID (27 of 515 events):
"48% support in the Sunshine State", "maintained support among black voters", "6 in 10 white
men supported Sanders", all aid at +7; "voters went to the polls" was aid or a consultation,
and "Clinton and Biden have had a lengthy rivalry" aid between them.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded


@pytest.mark.parametrize(
    "sentence",
    [
        "The candidate enjoys 48% support in Florida, a 12-point jump from November.",
        "Senator Ivo Dant has maintained support among black voters and those with a degree.",
        "About 6 in 10 white men supported Senator Ivo Dant in the caucuses.",
        "Voters went to the polls in Ohio on Tuesday.",
        "Ostrava has had a lengthy rivalry with Belvania.",
    ],
)
def test_votes_polls_and_possessions_are_no_acts(sentence: str) -> None:
    assert coded(sentence) == []


def test_a_states_support_in_a_sentence_of_shares_is_still_support() -> None:
    events = coded(
        "Belvania pledged its support for the resolution, which 80 percent of members backed."
    )
    assert ("SUPPORT", "Belvania", None) in events


def test_talks_had_are_still_talks() -> None:
    assert coded("Belvania had talks with Ostrava on Tuesday.") == [
        ("CONSULT", "Belvania", "Ostrava")
    ]


def test_who_supports_a_ban_does_not_ban() -> None:
    events = coded("Republican voters support a temporary ban on Kestrian citizens.")
    # (it had been aid by "Republican" to the Kestrians)
    assert all(source is None for _, source, _ in events), events


def test_support_among_states_is_support() -> None:
    events = coded("There is broad support among NATO allies for new sanctions on Belvania.")
    assert "SUPPORT" in {type_ for type_, _, _ in events}


def test_a_majority_of_states_supporting_is_support() -> None:
    events = coded("A majority of member states supported the resolution on Tuesday.")
    assert [type_ for type_, _, _ in events] == ["SUPPORT"]
