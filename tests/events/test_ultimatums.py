"""An ultimatum is a demand of the one given time; an attack told by its victim stays an attack."""

from __future__ import annotations

import pytest

from tests.events.conftest import fiction_events


def typed(text: str) -> list[tuple[str, str | None, str | None]]:
    events, names = fiction_events(text, "2026-03-20")
    return [(e.type, names.get(e.source), names.get(e.target)) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        # (had been a withdrawal by Belvania, cooperation at +6.5)
        "Belvania gave the Ostrava Republic until Friday to withdraw its troops.",
        # (had been aid to Ostrava: the model read "given" so, at 0.42)
        "Belvania has given the Ostrava Republic 48 hours to pull its troops back.",
    ],
)
def test_time_given_to_act_is_a_demand_of_the_one_given_it(sentence):
    assert typed(sentence) == [("REQUEST", "Belvania", "Ostrava Republic")]


def test_a_gift_with_a_purpose_is_still_aid():
    assert typed("Belvania gave the Ostrava Republic a loan to rebuild the bridge.") == [
        ("AID", "Belvania", "Ostrava Republic")
    ]


def test_an_attack_told_by_the_one_attacked_is_an_attack():
    # the model, unsure, had read it as a rejection (0.38 against the attack's 0.29)
    events, _ = fiction_events(
        '"They shelled us on Sunday," Foreign Minister Ana Voss said on Tuesday.', "2026-03-20"
    )
    assert [e.type for e in events] == ["ASSAULT"]


def test_an_act_someone_will_not_allow_is_not_done():
    # "will not allow Ostrava to threaten" had been a threat by Ostrava, as if made
    events, names = fiction_events(
        '"We will not allow Ostrava to threaten our citizens," Ana Voss said.', "2026-03-20"
    )
    assert events and all(e.negated for e in events if e.type == "THREATEN")
