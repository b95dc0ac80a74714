"""The alert rule on hand-made periods: threshold, floor, minimum events and baseline."""

from __future__ import annotations

import datetime as dt

import pytest

from onrecord.analysis.alerts import AlertRule, detect
from onrecord.analysis.index import Period


def weeks(*values: float, events: int = 3) -> list[Period]:
    """Weekly periods from 2031-03-03 with these escalation values."""
    start = dt.date(2031, 3, 3)
    out = []
    for i, v in enumerate(values):
        day = start + dt.timedelta(days=7 * i)
        out.append(
            Period(
                start=day.isoformat(),
                end=(day + dt.timedelta(days=6)).isoformat(),
                events=events,
                escalation=v,
            )
        )
    return out


def test_detect_flags_a_jump_against_the_baseline() -> None:
    (shift,) = detect(weeks(0.2, 0.3, 0.1, 0.2, 2.0))
    assert shift.position == 4
    assert shift.baseline_mean == 0.2
    # the baseline's spread (0.07) is below the floor, so the floor (0.5) divides
    assert shift.z == pytest.approx((2.0 - 0.2) / 0.5, abs=0.01)


def test_detect_flags_de_escalation_with_negative_z() -> None:
    (shift,) = detect(weeks(2.0, 2.5, 1.5, 2.0, -1.0))
    assert shift.z < -2


@pytest.mark.parametrize(
    ("values", "rule"),
    [
        ((0.2, 0.3, 0.1, 0.2, 0.9), AlertRule()),  # z = 1.4 < 2
        ((0.2, 0.3, 0.1, 0.2, 2.0), AlertRule(threshold=4.0)),  # z = 3.6 < 4
        ((2.0,), AlertRule()),  # no baseline at all
        ((0.0, 2.0), AlertRule()),  # one previous period < min_baseline 2
    ],
)
def test_detect_stays_quiet_below_threshold_or_without_baseline(values, rule) -> None:
    assert detect(weeks(*values), rule=rule) == []


def test_detect_needs_min_events() -> None:
    assert detect(weeks(0.0, 0.0, 0.0, 0.0, 3.0, events=1)) == []
    assert detect(weeks(0.0, 0.0, 0.0, 0.0, 3.0, events=1), rule=AlertRule(min_events=1))


def test_detect_uses_only_the_last_n_periods_as_baseline() -> None:
    # a stormy past beyond the 4-period baseline does not hide a new jump
    (shift,) = detect(weeks(5.0, 5.0, 0.0, 0.0, 0.0, 0.0, 2.0))
    assert shift.baseline_mean == 0.0


def test_detect_since_checks_every_period_from_there() -> None:
    periods = weeks(0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 2.0)
    assert [s.position for s in detect(periods)] == [7]  # default: the latest period only
    found = detect(periods, since=dt.date(2031, 3, 12))  # a Wednesday: its week counts
    assert [s.position for s in found] == [2, 7]
