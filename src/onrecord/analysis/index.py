"""The counting rule, quad classes and the escalation index: pure functions over event rows.

Nothing here touches the database. The input is any sequence of objects with the attributes
of :class:`onrecord.store.events.EventFact` (``id``, ``article_id``, ``date``, ``type``,
``intensity``, ``negated``, ``hypothetical``, ``text``); tests build them by hand.

The definitions (documented for users in docs/events.md, *Dyads over time*):

* **Counting rule.** Reports of one event are merged: events on the same day with the same
  (source, target, type, negated) are one :class:`EventGroup`. Its ``reports`` is the number of
  distinct articles behind it; its intensity the median of its reports' weighted intensities.
* **Mode weighting.** ``w = 1`` for every event by default, because the coder has already
  weighed modality and negation into ``intensity`` (×0.75 intent, ×0.5 possible/conditional,
  negated conflict → small positive); weighing again would count modality twice.
  :class:`ModeWeights` lets a caller discount hypothetical or negated events further.
* **Escalation index** of a period: ``−(Σ weighted intensity of its event groups) / days``,
  i.e. conflict points per day. Positive means conflict, negative cooperation, 0 nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from typing import Any, Literal

Granularity = Literal["day", "week", "month"]
GRANULARITIES: tuple[str, ...] = ("day", "week", "month")

QUADS: tuple[str, ...] = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
_QUAD_NAMES = {
    "verbal_cooperation": "verbal_coop",
    "material_cooperation": "material_coop",
    "verbal_conflict": "verbal_conflict",
    "material_conflict": "material_conflict",
}


@dataclass(frozen=True, slots=True)
class ModeWeights:
    """Extra weights the index gives to flagged events (on top of the coder's own scoring).

    Attributes:
        hypothetical: weight of events flagged hypothetical (intent, possible, conditional).
        negated: weight of negated events.
    """

    hypothetical: float = 1.0
    negated: float = 1.0

    def of(self, event: Any) -> float:
        """The weight of one event."""
        return self.factor(hypothetical=event.hypothetical, negated=event.negated)

    def factor(self, *, hypothetical: Any, negated: Any) -> float:
        """The weight of an event with these flags (truthy values count as set)."""
        w = 1.0
        if hypothetical:
            w *= self.hypothetical
        if negated:
            w *= self.negated
        return w


DEFAULT_WEIGHTS = ModeWeights()


def quad_of(type_: str, *, negated: bool = False, intensity: float = 0.0) -> str:
    """The quad class an event counts under in a timeline.

    A non-negated event counts under its type's PLOVER quad class. A negated event is a
    statement about an act not done, so it counts as *verbal*, on the side its intensity reads
    (``no military strike``, +2.25: verbal_coop; ``did not accept``, −0.6: verbal_conflict).
    """
    if negated:
        return "verbal_coop" if intensity > 0 else "verbal_conflict"
    return _type_quad(type_)


@lru_cache(maxsize=64)
def _type_quad(type_: str) -> str:
    from onrecord.events.lexicon import quad_class

    return _QUAD_NAMES[quad_class(type_)]


def median_intensity(values: Sequence[float]) -> float:
    """The median of a group's weighted intensities (``statistics.median``; one value as it is)."""
    if len(values) == 1:
        return float(values[0])
    return float(statistics.median(values))


# -- periods ----------------------------------------------------------------------------------


def period_start(day: dt.date, by: str) -> dt.date:
    """The first day of the period holding ``day``: itself, its ISO week's Monday, its month's 1st."""
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    raise ValueError(f"unknown period {by!r} (day, week or month)")


def period_days(start: dt.date, by: str) -> int:
    """How many days the period starting on ``start`` has."""
    if by == "day":
        return 1
    if by == "week":
        return 7
    if by == "month":
        return calendar.monthrange(start.year, start.month)[1]
    raise ValueError(f"unknown period {by!r} (day, week or month)")


def next_period(start: dt.date, by: str) -> dt.date:
    """The start of the period after the one starting on ``start``."""
    return start + dt.timedelta(days=period_days(start, by))


def period_range(first: dt.date, last: dt.date, by: str) -> Iterator[dt.date]:
    """Starts of every period from the one holding ``first`` to the one holding ``last``."""
    current, end = period_start(first, by), period_start(last, by)
    while current <= end:
        yield current
        current = next_period(current, by)


# -- the counting rule ------------------------------------------------------------------------


@dataclass(slots=True)
class EventGroup:
    """One event as the index counts it: every report of it on one day merged.

    Attributes:
        day: the publication date.
        source/target: the party keys of the two sides.
        type: PLOVER type.
        negated: whether the event is a negated one (a denial is not the act).
        intensity: median weighted intensity of the reports.
        quad: the quad class it counts under (see :func:`quad_of`).
        hypothetical: True only when every report is hypothetical.
        reports: distinct articles that reported it.
        event_ids: the stored event ids behind it.
        article_ids: the articles behind it.
        text: the first report's sentence, as a sample of the evidence.
        date: the stated date that placed it, when a report's text gave the act a date
            before its article's (a recap): the stated day (``day`` itself), or the stated
            week or month it is placed by (``day`` is then that period's first day). None
            when it counts on its reports' (stories') day.
    """

    day: dt.date
    source: str
    target: str
    type: str
    negated: bool
    intensity: float
    quad: str
    hypothetical: bool
    reports: int
    event_ids: list[int] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    text: str = ""
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        out = asdict(self)
        out["day"] = self.day.isoformat()
        return out


def dedupe(
    events: Iterable[Any],
    *,
    source_key: Callable[[Any], str],
    target_key: Callable[[Any], str],
    weights: ModeWeights = DEFAULT_WEIGHTS,
) -> list[EventGroup]:
    """Merge reports of the same event: one group per (day, source, target, type, negated).

    Events without a date are left out (they cannot be placed in time).

    Args:
        events: event rows (see the module docstring for the attributes used).
        source_key: the party key of an event's source (e.g. its country code).
        target_key: the party key of an event's target.
        weights: extra mode weights (default: none, the coder's intensity as it is).

    Returns:
        Groups in (day, source, target, type) order.
    """
    unweighted = weights == DEFAULT_WEIGHTS  # the usual case: no call per event
    buckets: dict[tuple[dt.date, str, str, str, bool], list[Any]] = {}
    for ev in events:
        if ev.date is None:
            continue
        key = (ev.date, source_key(ev), target_key(ev), ev.type, bool(ev.negated))
        bucket = buckets.get(key)
        if bucket is None:
            buckets[key] = [ev]
        else:
            bucket.append(ev)
    groups: list[EventGroup] = []
    for key in sorted(buckets):  # keys are unique: the same order as sorting the items
        day, src, tgt, type_, negated = key
        reps = buckets[key]
        if len(reps) == 1:  # most events have one report: the same group, built directly
            ev = reps[0]
            intensity = float(ev.intensity) if unweighted else weights.of(ev) * float(ev.intensity)
            quad = quad_of(type_, negated=negated, intensity=intensity)
            hypothetical = bool(ev.hypothetical)
            groups.append(
                EventGroup(day, src, tgt, type_, negated, round(intensity, 4), quad, hypothetical, 1,
                           [ev.id], [ev.article_id], ev.text)
            )  # fmt: skip
            continue
        values = [
            float(e.intensity) if unweighted else weights.of(e) * float(e.intensity) for e in reps
        ]
        intensity = median_intensity(values)
        articles = list(dict.fromkeys(e.article_id for e in reps))
        groups.append(
            EventGroup(
                day=day,
                source=src,
                target=tgt,
                type=type_,
                negated=negated,
                intensity=round(intensity, 4),
                quad=quad_of(type_, negated=negated, intensity=intensity),
                hypothetical=all(e.hypothetical for e in reps),
                reports=len(articles),
                event_ids=[e.id for e in reps],
                article_ids=articles,
                text=reps[0].text,
            )
        )
    return groups


def dedupe_placed(
    events: Iterable[Any],
    *,
    source_key: Callable[[Any], str],
    target_key: Callable[[Any], str],
    weights: ModeWeights = DEFAULT_WEIGHTS,
) -> list[EventGroup]:
    """:func:`dedupe` over events placed by their stated dates
    (:class:`onrecord.store.events.CountedEvent`: ``stated``, ``span``).

    A recap placed on its stated day merges with that day's reports like any report (the
    group's ``date`` says so). Events placed on a whole stated week or month merge only with
    events placed on the same stated period: put on the period's first day, they are not
    reports of that day's events.
    """
    on_days: list[Any] = []
    on_periods: dict[str, list[Any]] = {}
    for ev in events:
        if ev.span:
            on_periods.setdefault(ev.stated, []).append(ev)
        else:
            on_days.append(ev)

    def merged(rows: list[Any]) -> list[EventGroup]:
        return dedupe(rows, source_key=source_key, target_key=target_key, weights=weights)

    groups = merged(on_days)
    moved = {ev.id: ev.stated for ev in on_days if ev.stated}
    if moved:
        for g in groups:
            g.date = next((moved[i] for i in g.event_ids if i in moved), None)
    for stated, placed in on_periods.items():
        for g in merged(placed):
            g.date = stated
            groups.append(g)
    if on_periods:
        groups.sort(key=lambda g: (g.day, g.source, g.target, g.type, g.negated))
    return groups


# -- periods of a timeline --------------------------------------------------------------------


@dataclass(slots=True)
class Period:
    """One point of a timeline.

    Attributes:
        start: first day (ISO date). end: last day (ISO date).
        verbal_coop/material_coop/verbal_conflict/material_conflict: event groups per quad.
        events: event groups (each event counted once, see :func:`dedupe`).
        reports: articles behind them (an event reported by three articles: 1 event, 3 reports).
        hypothetical: event groups flagged hypothetical. negated: negated event groups.
        mean_intensity: mean intensity of the event groups (None when there are none).
        sum_intensity: their summed intensity.
        escalation: the escalation index, ``−sum_intensity / days`` (conflict points per day).
        event_ids: the stored events behind the point.
    """

    start: str
    end: str
    verbal_coop: int = 0
    material_coop: int = 0
    verbal_conflict: int = 0
    material_conflict: int = 0
    events: int = 0
    reports: int = 0
    hypothetical: int = 0
    negated: int = 0
    mean_intensity: float | None = None
    sum_intensity: float = 0.0
    escalation: float = 0.0
    event_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (field order as declared)."""
        # What asdict() gives, without its recursive copy of every event id.
        out = {name: getattr(self, name) for name in _PERIOD_FIELDS}
        out["event_ids"] = list(self.event_ids)
        return out


_PERIOD_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Period))


def summarise(groups: Sequence[EventGroup], start: dt.date, days: int) -> Period:
    """The :class:`Period` of ``days`` days from ``start`` holding exactly ``groups``."""
    period = Period(start=start.isoformat(), end=(start + dt.timedelta(days=days - 1)).isoformat())
    total = 0.0
    for g in groups:
        setattr(period, g.quad, getattr(period, g.quad) + 1)
        period.reports += g.reports
        period.hypothetical += g.hypothetical
        period.negated += g.negated
        period.event_ids.extend(g.event_ids)
        total += g.intensity
    period.events = len(groups)
    period.sum_intensity = round(total, 3)
    period.mean_intensity = round(total / len(groups), 3) if groups else None
    period.escalation = escalation_index(total, days)
    return period


def escalation_index(sum_intensity: float, days: int) -> float:
    """``−sum_intensity / days``, rounded to 3 decimals (0.0, never −0.0)."""
    value = round(-sum_intensity / max(days, 1), 3)
    return value + 0.0


def build_periods(
    groups: Sequence[EventGroup],
    *,
    by: str = "week",
    first: dt.date | None = None,
    last: dt.date | None = None,
) -> list[Period]:
    """Bucket event groups into consecutive periods, empty ones included.

    Args:
        groups: from :func:`dedupe`.
        by: ``day``, ``week`` (ISO, Monday first) or ``month``.
        first: the first day to cover (default: the first group's day).
        last: the last day to cover (default: the last group's day).

    Returns:
        One :class:`Period` per period from ``first`` to ``last``; [] when there is nothing to cover.
    """
    if by not in GRANULARITIES:
        raise ValueError(f"unknown period {by!r} (day, week or month)")
    days = [g.day for g in groups]
    lo = first or (min(days) if days else None)
    hi = last or (max(days) if days else None)
    if lo is None or hi is None or lo > hi:
        return []
    buckets: dict[dt.date, list[EventGroup]] = {}
    starts: dict[dt.date, dt.date] = {}  # many groups share a day: one computation per day
    for g in groups:
        if lo <= g.day <= hi:
            start = starts.get(g.day)
            if start is None:
                start = starts[g.day] = period_start(g.day, by)
            buckets.setdefault(start, []).append(g)
    return [
        summarise(buckets.get(start, []), start, period_days(start, by))
        for start in period_range(lo, hi, by)
    ]
