"""Alerts: dyads whose escalation index moved beyond a threshold against their own baseline.

The rule (documented for users in docs/events.md, *Alerts*): for a dyad's period ``p`` with at
least ``min_events`` deduplicated events, compare its escalation index ``x`` with the previous
``baseline`` periods of the same dyad (empty periods count as 0: quiet is part of a baseline):

    z = (x − mean(baseline)) / max(stdev(baseline), sd_floor)

and alert when ``|z| ≥ threshold`` — *escalation* when z > 0, *de-escalation* when z < 0. The
floor keeps a dyad with a flat (often all-quiet) history from alerting on a single mild
event: with the default floor of 0.5 conflict points per day, a quiet dyad needs about
7 points in a week (two threats, −3.5 each) to reach z = 2.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from onrecord.analysis.dyads import (
    DEFAULT_MIN_CONFIDENCE,
    AnalysisError,
    checked_confidence,
    party_key,
    party_labels,
)
from onrecord.analysis.index import (
    DEFAULT_WEIGHTS,
    GRANULARITIES,
    EventGroup,
    ModeWeights,
    Period,
    build_periods,
    dedupe_placed,
    period_days,
    period_start,
)
from onrecord.store.events import latest_event_date, load_event_rows

if TYPE_CHECKING:
    from onrecord.store.core import Store


@dataclass(frozen=True, slots=True)
class AlertRule:
    """The thresholds of :func:`alerts` (see the module docstring).

    Attributes:
        by: period length: ``day``, ``week`` or ``month``.
        baseline: how many previous periods form the baseline.
        min_baseline: fewer previous periods than this (a dyad's first weeks): no alert.
        threshold: the |z| an alert needs.
        min_events: the deduplicated events the period needs.
        sd_floor: the smallest standard deviation used (conflict points per day).
    """

    by: str = "week"
    baseline: int = 4
    min_baseline: int = 2
    threshold: float = 2.0
    min_events: int = 2
    sd_floor: float = 0.5


DEFAULT_RULE = AlertRule()


@dataclass(frozen=True, slots=True)
class Shift:
    """A period that crossed the threshold (the pure part of an alert)."""

    position: int
    index: float
    baseline_mean: float
    baseline_sd: float
    z: float


def detect(
    periods: Sequence[Period], *, rule: AlertRule = DEFAULT_RULE, since: dt.date | None = None
) -> list[Shift]:
    """Periods of one dyad's timeline whose index moved beyond the rule's threshold.

    Args:
        periods: consecutive periods, oldest first, empty ones included.
        rule: the thresholds.
        since: check periods starting on or after this day's period (default: the last one only).
    """
    if not periods:
        return []
    first_checked = len(periods) - 1
    if since is not None:
        start = period_start(since, rule.by).isoformat()
        first_checked = next((i for i, p in enumerate(periods) if p.start >= start), len(periods))
    shifts: list[Shift] = []
    for i in range(first_checked, len(periods)):
        period = periods[i]
        base = [p.escalation for p in periods[max(0, i - rule.baseline) : i]]
        if period.events < rule.min_events or len(base) < max(rule.min_baseline, 1):
            continue
        mean = statistics.fmean(base)
        sd = statistics.pstdev(base) if len(base) > 1 else 0.0
        z = (period.escalation - mean) / max(sd, rule.sd_floor)
        if abs(z) >= rule.threshold:
            shifts.append(Shift(i, period.escalation, round(mean, 3), round(sd, 3), round(z, 2)))
    return shifts


@dataclass(slots=True)
class Alert:
    """A dyad whose escalation index moved beyond the threshold in one period.

    Attributes:
        source/target: party keys; source_label/target_label: what people read.
        direction: ``escalation`` (z > 0) or ``de-escalation`` (z < 0).
        by/period_start/period_end: the period.
        index: its escalation index. baseline_mean/baseline_sd: of the previous periods.
        z: the standardised move. events/reports: behind the period.
        event_ids: the stored events behind it.
        evidence: the deduplicated events (day, type, intensity, reports, event ids, a sentence).
        change: index minus the baseline mean (conflict points per day; + more conflict).
        movement: ``up`` (the index rose: more conflict or less cooperation) or ``down``.
        summary: one line a person reads: dyad, period, direction and size against the baseline.
    """

    source: str
    target: str
    source_label: str
    target_label: str
    direction: str
    by: str
    period_start: str
    period_end: str
    index: float
    baseline_mean: float
    baseline_sd: float
    z: float
    events: int
    reports: int
    event_ids: list[int] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    change: float = 0.0
    movement: str = ""
    summary: str = ""

    def __post_init__(self) -> None:
        self.change = round(self.index - self.baseline_mean, 3)
        self.movement = "up" if self.change > 0 else "down"
        if not self.summary:
            self.summary = describe(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (field order as declared)."""
        return asdict(self)


def describe(alert: Alert) -> str:
    """One readable line: "XVL → XDR, week 2026-03-16 – 2026-03-22: escalation, index +1.20
    against a baseline of +0.10 ± 0.20 (up 1.10, z +2.2), 3 events in 4 reports"."""
    when = f"{alert.by} {alert.period_start}" + (
        f" – {alert.period_end}" if alert.period_end != alert.period_start else ""
    )
    return (
        f"{alert.source_label} → {alert.target_label}, {when}: {alert.direction}, index {alert.index:+.2f} "
        f"against a baseline of {alert.baseline_mean:+.2f} ± {alert.baseline_sd:.2f} "
        f"({alert.movement} {abs(alert.change):.2f}, z {alert.z:+.1f}), "
        f"{alert.events} event{'s' if alert.events != 1 else ''} in {alert.reports} report{'s' if alert.reports != 1 else ''}"
    )


def alerts(
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    rule: AlertRule = DEFAULT_RULE,
    weights: ModeWeights = DEFAULT_WEIGHTS,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> list[Alert]:
    """Dyads (source→target, by country/IGO code) whose index moved beyond the rule's threshold.

    Args:
        store: an open :class:`onrecord.store.Store`.
        since: check every period from the one holding this day (default: only the latest
            period, the one holding ``until`` or the newest event).
        until: ignore events after this day.
        rule: the thresholds (see :class:`AlertRule`).
        weights: extra mode weights (default: none).
        min_confidence: leave out events coded with a lower confidence (None or 0: keep all).

    Returns:
        Alerts, the largest |z| first.
    """
    if rule.by not in GRANULARITIES:
        raise AnalysisError(f"unknown period {rule.by!r} (day, week or month)")
    if since is not None and until is not None and since > until:
        raise AnalysisError(f"since ({since}) is after until ({until})")
    last = until or latest_event_date(store)
    if last is None:
        return []
    checked_from = period_start(since or last, rule.by)
    # The baseline needs the periods before the first checked one: go back that many.
    first = checked_from
    for _ in range(rule.baseline):
        first = period_start(first - dt.timedelta(days=1), rule.by)
    # Each event on the day it counts on: its story's, or the day (or the week or month, by
    # the rule's period) its text gives for it (onrecord.store.events.placement).
    rows = load_event_rows(
        store, since=first, until=last, dyadic_only=True, by=rule.by,
        min_confidence=checked_confidence(min_confidence),
    )  # fmt: skip
    per_dyad: dict[tuple[str, str], list[EventGroup]] = {}
    for g in dedupe_placed(
        (r for r in rows if party_key(r.source_id, r.source_country) != party_key(r.target_id, r.target_country)),
        source_key=lambda r: party_key(r.source_id, r.source_country),
        target_key=lambda r: party_key(r.target_id, r.target_country),
        weights=weights,
    ):  # fmt: skip
        per_dyad.setdefault((g.source, g.target), []).append(g)
    labels = party_labels(store, {party for dyad in per_dyad for party in dyad})
    found: list[Alert] = []
    for (s, t), groups in per_dyad.items():
        periods = build_periods(groups, by=rule.by, first=first, last=last)
        for shift in detect(periods, rule=rule, since=checked_from):
            period = periods[shift.position]
            start = dt.date.fromisoformat(period.start)
            inside = [
                g
                for g in groups
                if start <= g.day < start + dt.timedelta(days=period_days(start, rule.by))
            ]
            found.append(
                Alert(
                    source=s,
                    target=t,
                    source_label=labels.get(s, s),
                    target_label=labels.get(t, t),
                    direction="escalation" if shift.z > 0 else "de-escalation",
                    by=rule.by,
                    period_start=period.start,
                    period_end=period.end,
                    index=shift.index,
                    baseline_mean=shift.baseline_mean,
                    baseline_sd=shift.baseline_sd,
                    z=shift.z,
                    events=period.events,
                    reports=period.reports,
                    event_ids=list(period.event_ids),
                    evidence=[g.to_dict() for g in inside],
                )
            )
    found.sort(key=lambda a: (-abs(a.z), a.period_start, a.source, a.target))
    return found
