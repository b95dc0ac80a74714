"""Hedges and warnings read in fictional articles (issue 15, thirty-fourth session).

- "An analyst said Ostrava was unlikely to launch a full-scale invasion" was an invasion at
  -9, neither possible nor denied: what is "unlikely" or "likely" to happen is possible.
- 'Voss warned that any further incursion would be met "with force"' was an agreement with a
  group called "force" (+2.5): a passive "met with" force is the answer to an act, not a
  meeting (it already was for "met with sanctions"; bare "force" is force used, not troops).
- "She stopped short of blaming Ostrava" was an accusation: what one stops (or falls) short
  of is not done.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded, coded_events


@pytest.mark.parametrize(
    "sentence",
    [
        "An analyst said Ostrava was unlikely to launch a full-scale invasion.",
        "Ostrava is likely to respond with sanctions, an analyst said.",
    ],
)
def test_what_is_likely_or_unlikely_is_possible(sentence: str) -> None:
    events, _ = coded_events(sentence)
    assert events and all(e.hypothetical for e in events)
    assert all(e.intensity > -9 for e in events)


def test_an_act_met_with_force_is_no_meeting() -> None:
    events = coded('Voss warned that any further incursion would be met "with force".')
    assert all(t not in {"AGREE", "CONSULT"} for t, _, _ in events)


def test_one_met_by_someone_still_meets_them() -> None:
    assert [t for t, _, _ in coded("Ana Voss met with Pavel Orlin in Lorvik on Monday.")] == [
        "CONSULT"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Irena Kolb stopped short of blaming Ostrava for the attack.",
        "The Council fell short of condemning Ostrava.",
    ],
)
def test_what_one_stops_short_of_is_not_done(sentence: str) -> None:
    # (thirty-fourth session: "stopped short of blaming Ostrava" was an accusation)
    events, _ = coded_events(sentence)
    assert events and all(e.negated for e in events)
