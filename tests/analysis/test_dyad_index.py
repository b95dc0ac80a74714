"""The counting rule, quad classes, periods and the escalation index (pure functions)."""

from __future__ import annotations

import datetime as dt

import pytest

from onrecord.analysis.index import (
    ModeWeights,
    build_periods,
    dedupe,
    escalation_index,
    period_days,
    period_range,
    period_start,
    quad_of,
)
from tests.analysis.factories import by_country, fact, to_country


def groups_of(events, **kw):
    return dedupe(events, source_key=by_country, target_key=to_country, **kw)


def test_dedupe_same_day_same_dyad_type_counts_once_with_reports() -> None:
    events = [
        fact("2031-03-02", "ACCUSE", article="a1"),
        fact("2031-03-02", "ACCUSE", article="a1"),  # headline and lede of one article
        fact("2031-03-02", "ACCUSE", article="a2"),
        fact("2031-03-02", "ACCUSE", article="a3"),
    ]
    (group,) = groups_of(events)
    assert group.reports == 3  # distinct articles, not rows
    assert len(group.event_ids) == 4
    assert group.intensity == -3.0


@pytest.mark.parametrize(
    "other",
    [
        fact("2031-03-03", "ACCUSE"),  # another day
        fact("2031-03-02", "THREATEN"),  # another type
        fact("2031-03-02", "ACCUSE", source="XBL", target="XOS"),  # the other direction
        fact("2031-03-02", "ACCUSE", target="XCR"),  # another target
        fact("2031-03-02", "ACCUSE", negated=True, intensity=0.75),  # a denial is not the act
    ],
)
def test_dedupe_keeps_distinct_events_apart(other) -> None:
    assert len(groups_of([fact("2031-03-02", "ACCUSE"), other])) == 2


def test_dedupe_uses_median_of_reports_and_skips_undated() -> None:
    events = [
        fact("2031-03-02", "THREATEN", intensity=-3.5, article="a1"),
        fact("2031-03-02", "THREATEN", intensity=-3.0, article="a2"),
        fact("2031-03-02", "THREATEN", intensity=-1.75, hypothetical=True, article="a3"),
        fact(None, "ASSAULT"),
    ]
    (group,) = groups_of(events)
    assert group.intensity == -3.0
    assert group.hypothetical is False  # asserted by at least one report


def test_mode_weights_default_keep_the_coder_score_and_can_discount() -> None:
    hyp = fact("2031-03-02", "ASSAULT", intensity=-4.5, hypothetical=True)
    assert groups_of([hyp])[0].intensity == -4.5
    assert groups_of([hyp], weights=ModeWeights(hypothetical=0.5))[0].intensity == -2.25
    neg = fact("2031-03-02", "ASSAULT", intensity=2.25, negated=True)
    assert groups_of([neg], weights=ModeWeights(negated=0.0))[0].intensity == 0.0


@pytest.mark.parametrize(
    ("type_", "negated", "intensity", "quad"),
    [
        ("CONSULT", False, 2.5, "verbal_coop"),
        ("AID", False, 10.0, "material_coop"),
        ("THREATEN", False, -3.5, "verbal_conflict"),
        ("SANCTION", False, -6.0, "material_conflict"),
        ("ASSAULT", True, 2.25, "verbal_coop"),  # "no military strike": a de-escalation signal
        ("AGREE", True, -0.62, "verbal_conflict"),  # cooperation withheld
    ],
)
def test_quad_of_types_and_negations(
    type_: str, negated: bool, intensity: float, quad: str
) -> None:
    assert quad_of(type_, negated=negated, intensity=intensity) == quad


@pytest.mark.parametrize(
    ("day", "by", "start", "days"),
    [
        ("2031-03-05", "day", "2031-03-05", 1),
        ("2031-03-05", "week", "2031-03-03", 7),  # Wednesday -> Monday
        ("2031-03-03", "week", "2031-03-03", 7),
        ("2031-02-17", "month", "2031-02-01", 28),
        ("2032-02-17", "month", "2032-02-01", 29),
    ],
)
def test_periods_start_on_day_monday_or_first(day: str, by: str, start: str, days: int) -> None:
    s = period_start(dt.date.fromisoformat(day), by)
    assert s.isoformat() == start and period_days(s, by) == days


def test_period_range_and_unknown_granularity() -> None:
    starts = list(period_range(dt.date(2031, 1, 31), dt.date(2031, 3, 1), "month"))
    assert [s.isoformat() for s in starts] == ["2031-01-01", "2031-02-01", "2031-03-01"]
    with pytest.raises(ValueError):
        period_start(dt.date(2031, 1, 1), "year")


def test_escalation_index_is_negative_summed_intensity_per_day() -> None:
    assert escalation_index(-14.0, 7) == 2.0
    assert escalation_index(5.0, 1) == -5.0
    assert str(escalation_index(0.0, 7)) == "0.0"  # never -0.0


def test_build_periods_counts_quads_reports_and_fills_gaps() -> None:
    events = [
        fact("2031-03-03", "ACCUSE", article="a1"),
        fact("2031-03-03", "ACCUSE", article="a2"),
        fact("2031-03-04", "SANCTION", article="a2"),
        fact("2031-03-05", "CONSULT", article="a3"),
        fact("2031-03-18", "AGREE", article="a4"),
        fact("2031-03-19", "ASSAULT", intensity=2.25, negated=True, article="a5"),
    ]
    periods = build_periods(groups_of(events), by="week")
    assert [p.start for p in periods] == ["2031-03-03", "2031-03-10", "2031-03-17"]
    first, empty, last = periods
    assert (first.events, first.reports) == (3, 4)
    assert (first.verbal_conflict, first.material_conflict, first.verbal_coop) == (1, 1, 1)
    assert first.sum_intensity == -6.5 and first.mean_intensity == round(-6.5 / 3, 3)
    assert first.escalation == round(6.5 / 7, 3)
    assert first.end == "2031-03-09" and len(first.event_ids) == 4
    assert (empty.events, empty.mean_intensity, empty.escalation) == (0, None, 0.0)
    assert (last.verbal_coop, last.negated) == (2, 1)
    assert last.escalation < 0  # cooperation reads below zero


def test_build_periods_honours_requested_range() -> None:
    groups = groups_of([fact("2031-03-15", "ACCUSE")])
    periods = build_periods(groups, by="day", first=dt.date(2031, 3, 14), last=dt.date(2031, 3, 16))
    assert [p.events for p in periods] == [0, 1, 0]
    assert build_periods([], by="week") == []
    with pytest.raises(ValueError):
        build_periods(groups, by="fortnight")
