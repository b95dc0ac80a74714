"""Minimum confidence: low-confidence events leave timelines, dyads, alerts and listings."""

from __future__ import annotations

import datetime as dt

import pytest

from onrecord.analysis import (
    DEFAULT_MIN_CONFIDENCE,
    AnalysisError,
    alerts,
    dyad_timeline,
    events_query,
    top_dyads,
)

from .factories import crisis_records


@pytest.fixture
def crisis(memory_store):
    """The crisis records; the first week's accusations coded with low confidence, the
    sanction with none (stored before the coder gave confidences)."""
    for rec in crisis_records():
        for ev in rec.events:
            ev.confidence = 0.2 if ev.type == "ACCUSE" else None if ev.type == "SANCTION" else 0.9
        memory_store.add_record(rec)
    return memory_store


def test_confidence_round_trips_through_the_store(crisis) -> None:
    facts = events_query(crisis, min_confidence=0)
    assert {f.confidence for f in facts} == {0.2, 0.9, None}
    assert all("confidence" in f.to_dict() for f in facts)


@pytest.mark.parametrize(
    ("floor", "accusations"), [(0, 3), (None, 3), (0.1, 3), (0.5, 0), (DEFAULT_MIN_CONFIDENCE, 0)]
)
def test_events_query_min_confidence(crisis, floor, accusations) -> None:
    assert len(events_query(crisis, type="ACCUSE", min_confidence=floor)) == accusations


def test_unknown_confidence_is_kept(crisis) -> None:
    assert len(events_query(crisis, type="SANCTION", min_confidence=0.99)) == 1


def test_timeline_and_dyads_leave_low_confidence_out(crisis) -> None:
    kept = dyad_timeline(crisis, "XOS", "XBL", by="week", min_confidence=0.5)
    every = dyad_timeline(crisis, "XOS", "XBL", by="week", min_confidence=0)
    assert every.events - kept.events == 1  # the three accusation reports were one event
    rows = {(d.source, d.target): d.events for d in top_dyads(crisis, top=0, min_confidence=0.5)}
    rows_all = {(d.source, d.target): d.events for d in top_dyads(crisis, top=0, min_confidence=0)}
    assert rows_all[("XOS", "XBL")] - rows[("XOS", "XBL")] == 1


def test_alerts_count_only_confident_events(crisis) -> None:
    every = alerts(crisis, since=dt.date(2031, 3, 1), min_confidence=0)
    kept = alerts(crisis, since=dt.date(2031, 3, 1), min_confidence=0.5)
    assert every and every[0].events > (kept[0].events if kept else 0)


def test_alert_reads_as_a_sentence(crisis) -> None:
    a = alerts(crisis, since=dt.date(2031, 3, 1), min_confidence=0)[0]
    assert a.movement == "up" and a.direction == "escalation"
    assert a.change == pytest.approx(a.index - a.baseline_mean, abs=1e-3)
    assert "XOS → XBL" in a.summary and "2031-03-03" in a.summary and "escalation" in a.summary
    assert f"{a.events} events" in a.summary
    assert a.to_dict()["summary"] == a.summary


@pytest.mark.parametrize("bad", [-0.1, 1.5])
def test_min_confidence_out_of_range(crisis, bad) -> None:
    with pytest.raises(AnalysisError):
        events_query(crisis, min_confidence=bad)
