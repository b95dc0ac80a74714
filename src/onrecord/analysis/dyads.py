"""Dyads over time: timelines of one pair, the most active pairs, and event listings.

These are the functions the CLI and the web dashboard call. Each loads what it needs with one
query (:mod:`onrecord.store.events`) and hands plain rows to the pure functions of
:mod:`onrecord.analysis.index`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from onrecord.analysis.index import (
    DEFAULT_WEIGHTS,
    GRANULARITIES,
    EventGroup,
    ModeWeights,
    Period,
    build_periods,
    dedupe,
    dedupe_placed,
    escalation_index,
    median_intensity,
)
from onrecord.errors import OnrecordError
from onrecord.record import PLOVER_TYPES
from onrecord.store.events import (
    DEFAULT_MIN_CONFIDENCE,
    EventFact,
    Party,
    actor_names,
    load_dyad_rows,
    load_event_rows,
    load_events,
    resolve_party,
)
from onrecord.store.events import checked_confidence as store_checked_confidence
from onrecord.validation import InvalidValue

if TYPE_CHECKING:
    from onrecord.store.core import Store

MAX_PERIODS = 5000
"""A timeline longer than this is refused (ten years by day is 3,653 periods)."""


class AnalysisError(OnrecordError):
    """A request the analysis cannot answer as asked (bad period, type, range)."""


@dataclass(slots=True)
class Timeline:
    """A dyad's periods, oldest first.

    Attributes:
        source/target: the parties as people read them (``RUS``, ``Sergey Lavrov``).
        source_key/target_key: the parties' stable keys (a code, or ``#id[,id...]``).
        by: ``day``, ``week`` or ``month``.
        both_directions: whether target→source events are included.
        since/until: the requested range (ISO dates or None).
        weights: the mode weights used by the index.
        periods: one :class:`~onrecord.analysis.index.Period` per period, empty ones included.
        groups: the deduplicated events behind the periods.
    """

    source: str
    target: str
    source_key: str
    target_key: str
    by: str
    both_directions: bool
    since: str | None
    until: str | None
    weights: ModeWeights
    periods: list[Period] = field(default_factory=list)
    groups: list[EventGroup] = field(default_factory=list)

    @property
    def index(self) -> list[float]:
        """The escalation index of every period, oldest first."""
        return [p.escalation for p in self.periods]

    @property
    def events(self) -> int:
        """Deduplicated events over the whole timeline."""
        return len(self.groups)

    @property
    def reports(self) -> int:
        """Articles behind those events (summed per event)."""
        return sum(g.reports for g in self.groups)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the parameters, totals and every period."""
        return {
            "source": self.source,
            "target": self.target,
            "source_key": self.source_key,
            "target_key": self.target_key,
            "by": self.by,
            "both_directions": self.both_directions,
            "since": self.since,
            "until": self.until,
            "weights": asdict(self.weights),
            "events": self.events,
            "reports": self.reports,
            "periods": [p.to_dict() for p in self.periods],
        }


def _matches(party: Party, actor_id: int | None, country: str | None) -> bool:
    if party.country is not None:
        return country == party.country
    return actor_id is not None and actor_id in party.actor_ids


def _date_range(since: dt.date | None, until: dt.date | None) -> None:
    if since is not None and until is not None and since > until:
        raise AnalysisError(f"since ({since}) is after until ({until})")


def checked_confidence(value: float | None) -> float | None:
    """A checked minimum confidence (None and 0 keep every event).

    Raises:
        AnalysisError: not a number from 0 to 1.
    """
    try:
        return store_checked_confidence(value)
    except InvalidValue as exc:
        raise AnalysisError(exc.reason) from None


def _resolve(store: Store, party: str | Party) -> Party:
    return party if isinstance(party, Party) else resolve_party(store, party)


def dyad_timeline(
    store: Store,
    source: str | Party,
    target: str | Party,
    *,
    by: str = "week",
    both_directions: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
    weights: ModeWeights = DEFAULT_WEIGHTS,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> Timeline:
    """The timeline of what ``source`` did to ``target`` (and back, with ``both_directions``).

    Args:
        store: an open :class:`onrecord.store.Store`.
        source: a country code (``RUS``), an IGO code (``NATO``), an actor id or name.
        target: the same kinds.
        by: ``day``, ``week`` (ISO weeks, Monday first) or ``month``.
        both_directions: count target→source events too.
        since: first day covered (default: the first event's day).
        until: last day covered (default: the last event's day).
        weights: extra mode weights for the escalation index (default: none).
        min_confidence: leave out events coded with a lower confidence (None or 0: keep all).

    Raises:
        UnknownPartyError: a party matches nothing stored.
        AnalysisError: unknown ``by``, ``since`` after ``until``, or too many periods.

    Example:
        >>> tl = dyad_timeline(store, "XVL", "XDR", by="week")   # doctest: +SKIP
        >>> [p.escalation for p in tl.periods]                    # doctest: +SKIP
    """
    if by not in GRANULARITIES:
        raise AnalysisError(f"unknown period {by!r} (day, week or month)")
    _date_range(since, until)
    src, tgt = _resolve(store, source), _resolve(store, target)
    rows = load_event_rows(
        store, source=src, target=tgt, both_directions=both_directions, since=since, until=until,
        min_confidence=checked_confidence(min_confidence), by=by,
    )  # fmt: skip

    forward: dict[tuple[int | None, str | None], bool] = {}  # per source actor: is it ``src``?

    def is_forward(ev: Any) -> bool:
        side = (ev.source_id, ev.source_country)
        found = forward.get(side)
        if found is None:
            found = forward[side] = _matches(src, *side)
        return found

    def source_key(ev: Any) -> str:
        return src.key if is_forward(ev) else tgt.key

    def target_key(ev: Any) -> str:
        return tgt.key if is_forward(ev) else src.key

    groups = dedupe_placed(rows, source_key=source_key, target_key=target_key, weights=weights)
    first = since or (groups[0].day if groups else None)
    last = until or (groups[-1].day if groups else None)
    _check_span(first, last, by)
    return Timeline(
        source=src.label,
        target=tgt.label,
        source_key=src.key,
        target_key=tgt.key,
        by=by,
        both_directions=both_directions,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        weights=weights,
        periods=build_periods(groups, by=by, first=first, last=last),
        groups=groups,
    )


def _check_span(first: dt.date | None, last: dt.date | None, by: str) -> None:
    if first is None or last is None or first > last:
        return
    approx = {"day": 1, "week": 7, "month": 28}[by]
    if (last - first).days // approx > MAX_PERIODS:
        raise AnalysisError(
            f"more than {MAX_PERIODS} periods; use a longer period or narrow since/until"
        )


# -- the most active pairs --------------------------------------------------------------------


def party_key(actor_id: int | None, country: str | None) -> str:
    """The key of an actor's side in dyad listings: its country/IGO code, else ``#id``."""
    if country:
        return country
    return f"#{actor_id}"


@dataclass(slots=True)
class DyadSummary:
    """One pair of parties with how active it is and where its tone is heading.

    Attributes:
        source/target: party keys (a country/IGO code, or ``#id`` for an actor without one).
        source_label/target_label: what people read (the code, or the actor's name).
        events: deduplicated events in the requested range. reports: articles behind them.
        first/last: first and last day with an event (ISO).
        tone: mean intensity over the recent window (None without events there).
        previous_tone: the same over the window before.
        trend: ``tone − previous_tone`` (positive: warmer; None when either is missing).
        escalation: the escalation index over the recent window (conflict points per day).
        window_events: deduplicated events in the recent window.
        window_start/window_end: the recent window (ISO).
    """

    source: str
    target: str
    source_label: str
    target_label: str
    events: int
    reports: int
    first: str
    last: str
    tone: float | None
    previous_tone: float | None
    trend: float | None
    escalation: float
    window_events: int
    window_start: str
    window_end: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (field order as declared)."""
        return asdict(self)


def dyad_groups(
    facts: Sequence[EventFact],
    *,
    weights: ModeWeights = DEFAULT_WEIGHTS,
    both_directions: bool = False,
) -> tuple[dict[tuple[str, str], list[EventGroup]], dict[str, str]]:
    """Deduplicated events per dyad, keyed by country/IGO code (or ``#id``), with labels.

    Events without a source or target actor, and events inside one party (a state's minister
    addressing its own parliament), are left out. With ``both_directions`` a dyad is the
    unordered pair (keys sorted), otherwise source→target.
    """
    labels: dict[str, str] = {}
    usable = []
    for ev in facts:
        if ev.source_id is None or ev.target_id is None:
            continue
        s, t = (
            party_key(ev.source_id, ev.source_country),
            party_key(ev.target_id, ev.target_country),
        )
        if s == t:
            continue
        labels.setdefault(s, ev.source_country or ev.source_name or s)
        labels.setdefault(t, ev.target_country or ev.target_name or t)
        usable.append(ev)
    groups = dedupe(
        usable,
        source_key=lambda e: party_key(e.source_id, e.source_country),
        target_key=lambda e: party_key(e.target_id, e.target_country),
        weights=weights,
    )
    out: dict[tuple[str, str], list[EventGroup]] = {}
    for g in groups:
        key = tuple(sorted((g.source, g.target))) if both_directions else (g.source, g.target)
        out.setdefault(key, []).append(g)  # type: ignore[arg-type]
    return out, labels


class DyadEvent(NamedTuple):
    """A merged event as :func:`top_dyads` needs it: an :class:`EventGroup`'s day, intensity
    and reports, nothing else."""

    day: dt.date
    intensity: float
    reports: int


def dyad_events(
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    weights: ModeWeights = DEFAULT_WEIGHTS,
    both_directions: bool = False,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> tuple[dict[tuple[str, str], list[DyadEvent]], dict[str, str]]:
    """:func:`dyad_groups` over the store's dated, dyadic events, reduced to what rankings read.

    The same merged events, in the same order, with the same intensities and report counts as
    ``dyad_groups(load_events(...))``, computed from bare rows (:func:`load_dyad_rows`) so
    that ranking every pair of a large store builds no object per stored event.

    Args:
        store: an open :class:`onrecord.store.Store`.
        since: only events on or after this day.
        until: only events up to this day.
        weights: extra mode weights (default: none).
        both_directions: a dyad is the unordered pair (keys sorted), otherwise source→target.
        min_confidence: leave out events coded with a lower confidence (None or 0: keep all).

    Returns:
        The merged events per dyad, oldest first, and a label per party key.
    """
    factors = {
        (h, n): weights.factor(hypothetical=h, negated=n)
        for h in (False, True)
        for n in (False, True)
    }
    # Per (day, source, target, type, negated): weighted intensity, article, intensity, article ...
    # (one flat list: most events are reported once, and a hundred thousand sets cost).
    buckets: dict[tuple[dt.date, str, str, str, bool], list[Any]] = {}
    rows = load_dyad_rows(
        store, since=since, until=until, min_confidence=checked_confidence(min_confidence)
    )
    for (
        day,
        s_id,
        s_country,
        t_id,
        t_country,
        type_,
        negated,
        hypothetical,
        intensity,
        article_id,
    ) in rows:
        s = s_country or f"#{s_id}"  # party_key, inlined: this loop runs once per stored event
        t = t_country or f"#{t_id}"
        if s == t:
            continue
        key = (day, s, t, type_, negated)
        value = factors[(hypothetical, negated)] * float(intensity)
        bucket = buckets.get(key)
        if bucket is None:
            buckets[key] = [value, article_id]
        else:
            bucket += (value, article_id)
    out: dict[tuple[str, str], list[DyadEvent]] = {}
    for key in sorted(buckets):
        day, s, t, _type, _negated = key
        bucket = buckets[key]
        if len(bucket) == 2:
            event = DyadEvent(day, round(float(bucket[0]), 4), 1)
        else:
            event = DyadEvent(day, round(median_intensity(bucket[0::2]), 4), len(set(bucket[1::2])))
        dyad = (min(s, t), max(s, t)) if both_directions else (s, t)
        out.setdefault(dyad, []).append(event)
    return out, party_labels(store, {party for dyad in out for party in dyad})


def party_labels(store: Store, parties: set[str]) -> dict[str, str]:
    """What people read for these party keys, as :func:`dyad_groups` gives it: the code, else
    the actor's name (else its key)."""
    names = actor_names(store, (int(p[1:]) for p in parties if p.startswith("#")))
    return {p: (names.get(int(p[1:])) or p) if p.startswith("#") else p for p in parties}


def summarise_dyad(
    groups: Sequence[EventGroup] | Sequence[DyadEvent], *, reference: dt.date, window_days: int = 28
) -> tuple[float | None, float | None, float | None, float, int]:
    """Tone, previous tone, trend, escalation and event count of the recent window.

    The recent window is the ``window_days`` days ending on ``reference``; the previous window
    the ``window_days`` days before it. Tone is the mean intensity of the event groups in a window.
    Only each group's ``day`` and ``intensity`` are read.
    """
    recent_start = reference - dt.timedelta(days=window_days - 1)
    previous_start = recent_start - dt.timedelta(days=window_days)
    recent = [g.intensity for g in groups if recent_start <= g.day <= reference]
    previous = [g.intensity for g in groups if previous_start <= g.day < recent_start]
    tone = round(sum(recent) / len(recent), 3) if recent else None
    prev = round(sum(previous) / len(previous), 3) if previous else None
    trend = round(tone - prev, 3) if tone is not None and prev is not None else None
    return tone, prev, trend, escalation_index(sum(recent), window_days), len(recent)


def top_dyads(
    store: Store,
    *,
    top: int = 10,
    since: dt.date | None = None,
    until: dt.date | None = None,
    window_days: int = 28,
    both_directions: bool = False,
    weights: ModeWeights = DEFAULT_WEIGHTS,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> list[DyadSummary]:
    """The most active pairs (most deduplicated events), with their current tone and trend.

    "Current" is the ``window_days`` days ending on ``until`` (default: the last day with an
    event in the store, so an archive of past news still has a current window).

    Args:
        store: an open :class:`onrecord.store.Store`.
        top: how many pairs (0: all).
        since: only events on or after this day count towards activity.
        until: only events up to this day; the end of the recent window.
        window_days: length of the recent (and the previous) window.
        both_directions: pairs regardless of direction (A–B) instead of A→B.
        weights: extra mode weights (default: none).
        min_confidence: leave out events coded with a lower confidence (None or 0: keep all).
    """
    _date_range(since, until)
    if window_days < 1:
        raise AnalysisError("the window must be at least one day")
    per_dyad, labels = dyad_events(
        store,
        since=since,
        until=until,
        weights=weights,
        both_directions=both_directions,
        min_confidence=min_confidence,
    )
    if not per_dyad:
        return []
    reference = until or max(g.day for gs in per_dyad.values() for g in gs)
    window_start = reference - dt.timedelta(days=window_days - 1)
    rows: list[DyadSummary] = []
    for (s, t), groups in per_dyad.items():
        tone, prev, trend, esc, n_recent = summarise_dyad(
            groups, reference=reference, window_days=window_days
        )
        rows.append(
            DyadSummary(
                source=s,
                target=t,
                source_label=labels.get(s, s),
                target_label=labels.get(t, t),
                events=len(groups),
                reports=sum(g.reports for g in groups),
                first=groups[0].day.isoformat(),
                last=groups[-1].day.isoformat(),
                tone=tone,
                previous_tone=prev,
                trend=trend,
                escalation=esc,
                window_events=n_recent,
                window_start=window_start.isoformat(),
                window_end=reference.isoformat(),
            )
        )
    rows.sort(key=lambda r: (-r.events, -r.reports, r.source, r.target))
    return rows[:top] if top else rows


# -- listings ---------------------------------------------------------------------------------


def normalise_types(type_: str | Sequence[str] | None) -> list[str] | None:
    """``"threaten"``, ``"ACCUSE,REJECT"`` or a list, checked against the PLOVER types."""
    if type_ is None:
        return None
    items = type_.split(",") if isinstance(type_, str) else list(type_)
    types = [t.strip().upper() for t in items if t.strip()]
    unknown = [t for t in types if t not in PLOVER_TYPES]
    if unknown:
        raise AnalysisError(f"unknown event type {unknown[0]!r} (one of {', '.join(PLOVER_TYPES)})")
    return types or None


def events_query(
    store: Store,
    *,
    source: str | Party | None = None,
    target: str | Party | None = None,
    type: str | Sequence[str] | None = None,  # noqa: A002 - the public name the CLI mirrors
    since: dt.date | None = None,
    until: dt.date | None = None,
    both_directions: bool = False,
    limit: int | None = 100,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> list[EventFact]:
    """Stored events (every report, not deduplicated), oldest first, undated ones last.

    Args:
        store: an open :class:`onrecord.store.Store`.
        source: a country/IGO code, actor id or name acting.
        target: the same, acted upon.
        type: a PLOVER type, a comma-separated list, or a list.
        since: published on or after this day.
        until: published on or before this day.
        both_directions: also events from ``target`` to ``source``.
        limit: at most this many (None: all).
        min_confidence: leave out events coded with a lower confidence (None or 0: keep all).

    Raises:
        UnknownPartyError: a party matches nothing stored.
        AnalysisError: an unknown type, or ``since`` after ``until``.
    """
    _date_range(since, until)
    types = normalise_types(type)
    src = _resolve(store, source) if source is not None else None
    tgt = _resolve(store, target) if target is not None else None
    return load_events(
        store, source=src, target=tgt, both_directions=both_directions, types=types, since=since, until=until,
        limit=limit, min_confidence=checked_confidence(min_confidence),
    )  # fmt: skip
