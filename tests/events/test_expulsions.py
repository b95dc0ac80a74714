"""Events of a report on expulsions and an asset freeze (issue 15, thirty-third session).
Fiction only.

- "Analysts said ... since they restored diplomatic relations" after "Voss defended the
  measures" made Voss the one who restored relations: a "they" is no one person.
- "if Sarnia pulled its artillery back from the border" coded nothing: past the object the
  parser makes "back" an adverb, and "pull back" was read only with a particle.
- "prepared to lift the asset freeze" coded nothing: an asset freeze is a sanction, and lifting
  one a retreat from it (as the lexicon reads "lifted the sanctions").
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded, fiction_events


def test_they_is_no_one_person() -> None:
    events = coded(
        "Prime Minister Ana Voss defended the measures. Analysts said the expulsions were the "
        "most serious rupture between the two neighbours since they restored diplomatic "
        "relations in 2011."
    )
    assert all(s != "Ana Voss" for typ, s, _ in events[1:])


def test_they_is_a_group_named_before() -> None:
    events = coded(
        "Opposition lawmakers defended the measures. They also accused Sarnia of shelling Keld."
    )
    assert ("ACCUSE", "Opposition lawmakers", "Sarnia") in events


def test_pulling_forces_back_past_the_object_is_a_retreat() -> None:
    assert [t for t, _, _ in coded("Sarnia pulled its artillery back from the border.")] == [
        "RETREAT"
    ]


def test_lifting_an_asset_freeze_is_a_retreat() -> None:
    types = [t for t, _, _ in coded("Belvania lifted the asset freeze on Monday.")]
    assert types == ["RETREAT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sarnia's foreign ministry promised \u201ca proportionate response.\u201d",
        "Belvania vowed a firm response to any attack.",
    ],
)
def test_a_promised_response_is_a_threat(sentence: str) -> None:
    # a response or retaliation promised is held out, not offered ("promised a proportionate
    # response" had been an agreement at +2.5)
    assert [t for t, _, _ in coded(sentence)] == ["THREATEN"]


def test_an_ambassador_recalled_is_the_senders_own() -> None:
    # (thirty-fourth session: with a knowledge base that gives "its ambassador" a country,
    # the Ostravan ambassador was the target of Ostrava's own recall)
    events, names = fiction_events(
        "Envoy recalled\n\nThe Ostrava Republic has recalled its ambassador from Lorvik for "
        "consultations.\n",
        "2024-03-01",
    )
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in events] == [
        ("SANCTION", "Ostrava Republic", "Belvania")
    ]
