"""Talking to the press is no consultation (issue 15, thirty-second session).

onrecord coded "The minister spoke to reporters in Sarn" as AID at +10 (the model weighed the
place), "speaking to the Lorvik Herald" as CONSULT with the newspaper, and "after the meeting"
as an event of its own: an interview is not an exchange between parties, and a bare event
noun after a word of time is when the act happened. Parties spoken to still consult. Fiction
only.

Thirty-ninth session: an audience spoken to (supporters, students, "thousands of people") is
no party consulted either; and a talk with a party stays a consultation whatever else the
sentence holds ("spoke to her counterpart by phone ... and demanded an immediate ceasefire"
had been a concession, the model reading it off the ceasefire).
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister spoke to reporters in Sarn.",
        "The minister talked with journalists after the meeting.",
        "Quist, speaking to the Lorvik Herald on the sidelines of a conference, praised the talks.",
        "Voss spoke to supporters at a rally in Sarn on Monday.",
        "Speaking to students at Lorvik University, Ana Voss said the treaty would hold.",
        "Speaking to dignitaries and thousands of people in the square, Voss opened the bridge.",
        "Voss said she would speak directly to voters on the issues.",
        "Her comments on the border speak to the reality that Belvania has no plan for Ostrava.",
    ],
)
def test_talking_to_the_press_is_no_consultation(sentence: str) -> None:
    events = coded(sentence)
    assert not any(t in {"CONSULT", "AID"} for t, _, _ in events), events
    assert not any(
        target in {"reporters", "journalists", "Lorvik Herald"} for _, _, target in events
    )


def test_a_party_spoken_to_is_consulted() -> None:
    assert ("CONSULT", "Ana Voss") in {
        (t, s) for t, s, _ in coded("Ana Voss spoke to the Belvanian president on Monday.")
    }


def test_an_act_after_an_event_noun_with_a_party_keeps_its_parts() -> None:
    events = coded("The army withdrew after the attack on the convoy.")
    assert [t for t, _, _ in events][:1] == ["RETREAT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Belvanian foreign minister spoke to her Ostravan counterpart by phone on Tuesday "
        "and demanded an immediate ceasefire.",
        "The Belvanian foreign minister spoke to her Ostravan counterpart about a ceasefire.",
        "Ana Voss talked with the Ostravan president about the withdrawal of troops.",
    ],
)
def test_a_talk_with_a_party_is_a_consultation_whatever_the_sentence_holds(
    sentence: str,
) -> None:
    types = [t for t, _, _ in coded(sentence)]
    assert types[0] == "CONSULT", types
    assert not {"CONCEDE", "RETREAT", "AID", "SUPPORT", "COOPERATE"} & set(types), types


@pytest.mark.parametrize(
    "sentence,call",
    [
        ("Let us move on.", True),
        ("And let's make Belvania great again.", True),
        ("Ostrava let the Belvanian convoy pass.", False),
    ],
)
def test_a_call_to_ones_own_side_is_told_from_letting_another_act(
    sentence: str, call: bool
) -> None:
    # (on PolNeAR, "Let's move on" had been a concession, read off the verb by the model)
    from onrecord.events.coder import _hortative
    from onrecord.nlp import load_pipeline

    doc = load_pipeline()(sentence)
    let = next(t for t in doc if t.lemma_.lower() == "let")
    assert _hortative(let) is call


def test_letting_another_party_act_is_still_a_concession() -> None:
    assert "CONCEDE" in [t for t, _, _ in coded("Ostrava let the Belvanian convoy pass.")]
