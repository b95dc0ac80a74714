"""Stored events as plain rows for analysis: one query per listing, never one per row.

A *party* is one side of a dyad as a user names it: a country code (``RUS``), an IGO code
(``NATO``, ``ASC``), an actor's numeric id, or an actor's name or alias. Countries and IGOs
cover every stored actor with that ``country`` (the state itself, its ministries, its
officials); a name covers the actors whose canonical name or alias matches it.

    from onrecord.store.events import load_events, resolve_party
    rus = resolve_party(store, "RUS")
    facts = load_events(store, source=rus, since=dt.date(2022, 2, 1))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    String,
    and_,
    false,
    func,
    not_,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from onrecord.errors import OnrecordError
from onrecord.stated_dates import StatedDate, parse_or_none
from onrecord.store.identity import fold
from onrecord.store.paging import Key, Order, check_order, iso, newest_first
from onrecord.store.schema import ActorAliasRow, ActorRow, ArticleRow, EventRow
from onrecord.store.schema_sources import ArticleSignatureRow, StoryClusterRow
from onrecord.validation import InvalidValue, parse_id, probability

if TYPE_CHECKING:
    from onrecord.store.core import Store

_CODE = re.compile(r"^[A-Za-z]{2,8}$")


class UnknownPartyError(OnrecordError):
    """No stored actor, country or IGO matches what the user named."""


@dataclass(frozen=True, slots=True)
class Party:
    """One side of a dyad, resolved against the store.

    Attributes:
        key: stable identifier: the code for a country/IGO, ``#id[,id...]`` for actors.
        label: what people read: the code, or the first matched actor's name.
        country: the country or IGO code when the party is a whole country, else None.
        actor_ids: the matched actors when the party is a set of actors (empty for countries).
    """

    key: str
    label: str
    country: str | None = None
    actor_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class EventFact:
    """One stored event with the little the analysis needs: a plain, JSON-ready row.

    Attributes:
        id: the store's event id (global, stable).
        article_id: the article that reported it.
        local_id: the event's id inside its record (``e3``).
        date: the article's publication date (None when unknown).
        type: PLOVER type.
        cameo: CAMEO root code.
        intensity: the coder's score (negation and modality already applied, docs/events.md).
        negated: the coder's flag.
        hypothetical: the coder's flag.
        source_id/source_name/source_country: the acting actor (None when unresolved).
        target_id/target_name/target_country: the actor acted upon.
        text: the sentence or clause that carries the event.
        quote: the record-local quote id it was coded from, or None.
        title/outlet/url: the article's provenance.
        confidence: the coder's probability of the type (None: unknown).
        stated_date: when the text says the act took place (``2026-03-03``, ``2026-W10``,
            ``2026-03``, ``2014``; None when it does not say): the record's ``Event.date``,
            ``date`` in the CLI's, the API's and the export's rows.
        day: the event's day, what listings order and filter on: the stated date's first day
            when the whole stated date lies before the article's day, else ``date`` (see
            :func:`onrecord.store.rows.event_day`).
    """

    id: int
    article_id: str
    local_id: str
    date: dt.date | None
    type: str
    cameo: str
    intensity: float
    negated: bool
    hypothetical: bool
    source_id: int | None
    source_name: str | None
    source_country: str | None
    target_id: int | None
    target_name: str | None
    target_country: str | None
    text: str
    quote: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    confidence: float | None = None
    stated_date: str | None = None
    day: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the date as ISO text)."""
        out = asdict(self)
        out["date"] = self.date.isoformat() if self.date else None
        out["day"] = self.day.isoformat() if self.day else None
        return out


def resolve_party(store: Store, spec: str) -> Party:
    """Resolve what a user typed (``RUS``, ``NATO``, ``42``, ``Lavrov``) to a :class:`Party`.

    Order: a number is an actor id; a 2–8 letter word that is some stored actor's country
    (or IGO) code is that country; otherwise actors whose folded name or alias equals the
    text, and failing that, actors whose name contains it.

    Args:
        store: an open :class:`onrecord.store.Store`.
        spec: the user's text.

    Raises:
        UnknownPartyError: nothing matches.
    """
    text = (spec or "").strip()
    if not text:
        raise UnknownPartyError("empty actor or country")
    try:
        actor_id = parse_id(text)
    except InvalidValue as exc:
        raise UnknownPartyError(exc.reason) from None
    with store.session() as session:
        if actor_id is not None:
            row = session.get(ActorRow, actor_id)
            if row is None:
                raise UnknownPartyError(f"no actor with id {text}")
            return Party(key=f"#{row.id}", label=row.name, actor_ids=(row.id,))
        if _CODE.match(text):
            code = text.upper()
            found = session.scalars(
                select(ActorRow.id).where(ActorRow.country == code).limit(1)
            ).first()
            if found is not None:
                return Party(key=code, label=code, country=code)
        return _party_by_name(session, text)


def _party_by_name(session: Session, text: str) -> Party:
    key = fold(text)
    # Folded in Python: one pass over names and aliases, independent of how the store keys actors.
    stmt = (
        select(ActorRow.id, ActorRow.name, ActorAliasRow.alias)
        .outerjoin(ActorAliasRow, ActorAliasRow.actor_id == ActorRow.id)
        .order_by(ActorRow.id)
    )
    exact: dict[int, str] = {}
    partial: dict[int, str] = {}
    for actor_id, name, alias in session.execute(stmt).tuples():
        name_key, alias_key = fold(name), fold(alias)
        if key in (name_key, alias_key):
            exact[actor_id] = name
        elif key in name_key or (alias_key and key in alias_key):
            partial[actor_id] = name
    chosen = exact or partial
    if not chosen:
        raise UnknownPartyError(f"no actor, country or IGO matches {text!r}")
    ids = tuple(sorted(chosen))
    names = sorted(set(chosen.values()), key=lambda n: (fold(n) != key, len(n), n))
    label = names[0] + (f" (+{len(names) - 1} more)" if len(names) > 1 else "")
    return Party(key="#" + ",".join(str(i) for i in ids), label=label, actor_ids=ids)


def _side(party: Party, column: Any) -> ColumnElement[bool]:
    """``column`` (an event's source or target actor id) belongs to ``party``.

    A country is ``column IN (SELECT id FROM actors WHERE country = ?)``: a condition on the
    events table itself, so the dyad index on (source, target) can drive the query instead of
    a walk over every article in date order.
    """
    if party.country is not None:
        return column.in_(select(ActorRow.id).where(ActorRow.country == party.country))  # type: ignore[no-any-return]
    if not party.actor_ids:
        return false()
    return column.in_(party.actor_ids)  # type: ignore[no-any-return]


def _is_sqlite(store: Store) -> bool:
    return bool(store.engine.dialect.name == "sqlite")


def _event_day(*, unindexed: bool) -> ColumnElement[Any]:
    """The event's day (``events.day``) for conditions and ordering; ``+day`` when ``unindexed``.

    A dyad's events are a small slice reached through the (source, target) index, but
    SQLite's planner, not knowing how many actors a country has, prefers walking the day
    index to save a sort, reading every event in the range. The unary ``+`` (a no-op on
    the value) takes the day index out of its choices.
    """
    column = EventRow.day
    if not unindexed:
        return column  # type: ignore[return-value]
    return UnaryExpression(column.expression, operator=custom_op("+"), type_=column.type)


DEFAULT_MIN_CONFIDENCE = 0.5
"""The minimum coder confidence an event needs to count, unless a caller asks otherwise: the
one default of the CLI (``--min-confidence``), the web pages and API (``min_confidence``) and
the Python API. Chosen from the cross-validated figures in docs/events.md; 0 keeps every event."""


def checked_confidence(value: float | None) -> float | None:
    """A minimum confidence as the filters apply it: None for "keep every event" (None or 0).

    Raises:
        InvalidValue: not a number from 0 to 1 (NaN included).
    """
    if value is None or value == 0:
        return None
    return probability(value, "minimum confidence")


def confidence_at_least(value: float) -> ColumnElement[bool]:
    """Events whose coder confidence is at least ``value``; events without one (stored before
    the coder gave confidences) are kept, their confidence being unknown, not low."""
    return or_(EventRow.confidence.is_(None), EventRow.confidence >= value)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of an event listing (AND); the CLI, the API and the analysis share it.

    Attributes:
        source: the acting party (a country/IGO code, an actor id or a name, resolved by
            :func:`resolve_party`; :func:`actor_party` and :func:`country_party` build one).
        target: the party acted upon.
        both_directions: also events from ``target`` to ``source`` (with both given), or events
            where the one given party is either side.
        source_country: the acting actor's country code (on top of ``source``).
        target_country: the acted-upon actor's country code.
        types: only these PLOVER types.
        since: events whose day is on or after this date (undated ones are left out): the
            stated day of a recap ("on March 3" in an article of March 20), else the
            article's date (see :attr:`EventFact.day`).
        until: events whose day is on or before this date.
        ids: only these event ids (global).
        article_id: only the events of this article.
        dated_only: leave out events whose article has no publication date.
        dyadic_only: leave out events without a resolved source and target actor.
        min_confidence: leave out events the coder gave a lower confidence (None or 0: keep
            all; see :data:`DEFAULT_MIN_CONFIDENCE` and :func:`confidence_at_least`).

    Raises:
        InvalidValue: ``min_confidence`` is not a number from 0 to 1.
    """

    source: Party | None = None
    target: Party | None = None
    both_directions: bool = False
    source_country: str | None = None
    target_country: str | None = None
    types: tuple[str, ...] | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    ids: tuple[int, ...] | None = None
    article_id: str | None = None
    dated_only: bool = False
    dyadic_only: bool = False
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE

    def __post_init__(self) -> None:
        # Checked here so every way in (CLI, API, Python) refuses the same values.
        object.__setattr__(self, "min_confidence", checked_confidence(self.min_confidence))


def actor_party(actor_id: int) -> Party:
    """The party of one actor, by its global id (not checked against the store)."""
    return Party(key=f"#{actor_id}", label=f"#{actor_id}", actor_ids=(actor_id,))


def country_party(code: str) -> Party:
    """The party of every actor with this country or IGO code."""
    code = code.strip().upper()
    return Party(key=code, label=code, country=code)


def _filtered(
    stmt: Select[Any],
    sqlite: bool,
    f: EventFilter,
) -> tuple[Select[Any], ColumnElement[Any]]:
    """``stmt`` (over events, with their actors or articles where it reads them) with the
    listing's conditions.

    Returns the statement and the day expression to order by (see :func:`_event_day`).
    """
    source, target, both_directions = f.source, f.target, f.both_directions
    conditions: list[ColumnElement[bool]] = []
    forward = [c for c in (
        _side(source, EventRow.source_actor_id) if source else None,
        _side(target, EventRow.target_actor_id) if target else None,
    ) if c is not None]  # fmt: skip
    if both_directions and (source or target):
        backward = [c for c in (
            _side(target, EventRow.source_actor_id) if target else None,
            _side(source, EventRow.target_actor_id) if source else None,
        ) if c is not None]  # fmt: skip
        conditions.append(or_(and_(*forward), and_(*backward)))
    else:
        conditions.extend(forward)
    if f.source_country:
        conditions.append(_side(country_party(f.source_country), EventRow.source_actor_id))
    if f.target_country:
        conditions.append(_side(country_party(f.target_country), EventRow.target_actor_id))
    if f.types:
        conditions.append(EventRow.type.in_([t.upper() for t in f.types]))
    if f.ids is not None:
        conditions.append(EventRow.id.in_(f.ids))
    if f.article_id is not None:
        conditions.append(EventRow.article_id == f.article_id)
    day = _event_day(unindexed=source is not None and target is not None and sqlite)
    if f.since is not None:
        conditions.append(day >= f.since)
    if f.until is not None:
        conditions.append(day <= f.until)
    if f.dated_only:
        conditions.append(day.is_not(None))
    if f.dyadic_only:
        conditions.append(EventRow.source_actor_id.is_not(None))
        conditions.append(EventRow.target_actor_id.is_not(None))
    if f.min_confidence:
        conditions.append(confidence_at_least(f.min_confidence))
    return (stmt.where(*conditions) if conditions else stmt), day


def load_events(
    store: Store,
    f: EventFilter | None = None,
    *,
    source: Party | None = None,
    target: Party | None = None,
    both_directions: bool = False,
    types: Sequence[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    dated_only: bool = False,
    dyadic_only: bool = False,
    newest_first: bool = False,
    limit: int | None = None,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> list[EventFact]:
    """Stored events with their actors and article date, in one query.

    Args:
        store: an open :class:`onrecord.store.Store`.
        f: the filters; when given, the keyword filters below are not read.
        source: only events whose source is this party.
        target: only events whose target is this party.
        both_directions: also events from ``target`` to ``source`` (with both given), or events
            where the one given party is either side.
        types: only these PLOVER types.
        since: only events whose day is on or after this date (see :class:`EventFilter`).
        until: only events whose day is on or before this date.
        dated_only: leave out events whose article has no publication date.
        dyadic_only: leave out events without a resolved source and target actor.
        newest_first: order by date descending (default: oldest first; undated last).
        limit: at most this many.
        min_confidence: leave out events the coder is less sure of (see :class:`EventFilter`).
    """
    src, tgt = aliased(ActorRow), aliased(ActorRow)
    # Plain columns, not ORM entities: a listing can be thousands of rows and needs no objects.
    stmt = (
        select(
            EventRow.id, EventRow.article_id, EventRow.local_id, ArticleRow.published_date, EventRow.type,
            EventRow.cameo, EventRow.intensity, EventRow.negated, EventRow.hypothetical,
            src.id, src.name, src.country, tgt.id, tgt.name, tgt.country,
            EventRow.text, EventRow.quote_local, ArticleRow.title, ArticleRow.source, ArticleRow.url,
            EventRow.confidence, EventRow.date, EventRow.day,
        )
        .join(ArticleRow, EventRow.article_id == ArticleRow.id)
        .outerjoin(src, EventRow.source_actor_id == src.id)
        .outerjoin(tgt, EventRow.target_actor_id == tgt.id)
    )  # fmt: skip
    if f is None:
        f = EventFilter(
            source=source, target=target, both_directions=both_directions, types=tuple(types) if types else None,
            since=since, until=until, dated_only=dated_only, dyadic_only=dyadic_only, min_confidence=min_confidence,
        )  # fmt: skip
    stmt, day = _filtered(stmt, _is_sqlite(store), f)
    date_order = day.desc() if newest_first else day.asc()
    stmt = stmt.order_by(date_order.nulls_last(), EventRow.article_id, EventRow.ordinal)
    if limit is not None:
        stmt = stmt.limit(limit)
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [
        EventFact(
            id=ev_id,
            article_id=article_id,
            local_id=local_id,
            date=published,
            type=type_,
            cameo=cameo,
            intensity=float(intensity),
            negated=bool(negated),
            hypothetical=bool(hypothetical),
            source_id=s_id,
            source_name=s_name,
            source_country=s_country,
            target_id=t_id,
            target_name=t_name,
            target_country=t_country,
            text=text,
            quote=quote,
            title=title,
            outlet=outlet,
            url=url,
            confidence=confidence,
            stated_date=stated,
            day=day,
        )
        for (
            ev_id, article_id, local_id, published, type_, cameo, intensity, negated, hypothetical,
            s_id, s_name, s_country, t_id, t_name, t_country, text, quote, title, outlet, url, confidence,
            stated, day,
        ) in rows
    ]  # fmt: skip


class CountedEvent(NamedTuple):
    """One dated event with only what the counting rule reads (a light :class:`EventFact`).

    The attribute names are :class:`EventFact`'s, so :func:`onrecord.analysis.index.dedupe`
    takes either; a tuple's fields are read far faster than a result row's. ``date`` is the
    day the event counts on (see :func:`placement`), not always its article's.

    Attributes:
        stated: the stated date that placed it (a recap's ``2026-03-03``, a ``2026-W10``);
            None when it counts on its story's day.
        span: it is placed on a whole period (a stated week or month), ``date`` being that
            period's first day, not on a day.
    """

    id: int
    article_id: str
    date: dt.date
    type: str
    intensity: float
    negated: bool
    hypothetical: bool
    text: str
    source_id: int | None
    source_country: str | None
    target_id: int | None
    target_country: str | None
    stated: str | None = None
    span: bool = False


_PERIOD_PRECISIONS = {"week": ("week",), "month": ("week", "month")}


def placement(
    published: dt.date, story: dt.date, stated: StatedDate | None, by: str | None
) -> tuple[dt.date, bool] | None:
    """Where an event counts in timelines, top dyads and alerts (docs/events.md, *When an
    event counts*).

    Args:
        published: its article's publication day.
        story: its story's day (the canonical copy's date; ``published`` for an article
            that is no syndicated copy).
        stated: the date the text gives for the act (None: it gives none).
        by: the timeline's period (``day``, ``week``, ``month``), None for day-only counts
            (the most active pairs).

    Returns:
        ``(day, by_stated_date)``: the story's day when there is no stated date, when it
        covers the story's day or the article's own (a later copy's "today"), or when it is
        after the article's day (not believed); a
        stated day otherwise; for a stated week, month or year, the first day of the period
        of ``by`` that holds all of it (a week on a weekly timeline; a week inside one month,
        or a month, on a monthly one). None when no such period holds it: an act "in 2014"
        has no place on a weekly timeline, and is not counted on its article's week either.
    """
    if stated is None or stated.first > published or stated.covers(story):
        return story, False
    if stated.covers(published):
        # a copy published after its story that says "today" or names its own weekday: it
        # tells no more than its date, and counts on its story's day with the story
        return story, False
    if stated.precision == "day":
        return stated.first, True
    if stated.precision not in _PERIOD_PRECISIONS.get(by or "", ()):
        return None
    if by == "week":
        return stated.first, True
    if (stated.first.year, stated.first.month) != (stated.last.year, stated.last.month):
        return None  # a week across two months
    return stated.first.replace(day=1), True


def load_event_rows(
    store: Store,
    *,
    source: Party | None = None,
    target: Party | None = None,
    both_directions: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
    dyadic_only: bool = False,
    by: str | None = None,
) -> list[CountedEvent]:
    """Dated events as :class:`CountedEvent` tuples, each on the day it counts on, by day.

    For timelines and alerts: no article provenance is read and no object is built per event.
    Each event counts on its story's day unless its stated date places it elsewhere
    (:func:`placement`); events it places nowhere are left out.

    Args:
        store: an open :class:`onrecord.store.Store`.
        source: only events whose source is this party.
        target: only events whose target is this party.
        both_directions: also events from ``target`` to ``source``.
        since: only events counted on or after this day (placed on a period: the whole
            stated period on or after it).
        until: only events counted on or before this day (the same).
        min_confidence: leave out events the coder is less sure of (see :class:`EventFilter`).
        dyadic_only: leave out events without a resolved source and target actor.
        by: the timeline's period, which decides where a stated week or month counts.
    """
    src, tgt = aliased(ActorRow), aliased(ActorRow)
    base = (
        select(
            EventRow.id, EventRow.article_id, _raw(EventRow.day).label("day"), EventRow.type,
            EventRow.intensity, _raw(EventRow.negated), _raw(EventRow.hypothetical), EventRow.text,
            src.id.label("source_id"), src.country.label("source_country"),
            tgt.id.label("target_id"), tgt.country.label("target_country"), EventRow.date, EventRow.ordinal,
        )
        .outerjoin(src, EventRow.source_actor_id == src.id)
        .outerjoin(tgt, EventRow.target_actor_id == tgt.id)
    )  # fmt: skip
    sqlite = _is_sqlite(store)

    def only(src: Party | None, tgt: Party | None, both: bool) -> EventFilter:
        return EventFilter(
            source=src, target=tgt, both_directions=both, since=since, until=until, dated_only=True,
            dyadic_only=dyadic_only, min_confidence=min_confidence,
        )  # fmt: skip

    stmt: Select[Any] | CompoundSelect
    if both_directions and source is not None and target is not None:
        # One query per direction, glued: SQLite answers an OR of the two directions by merging
        # two index scans row by row, over twice as slow as the two plain index ranges (the
        # second leaves out what the first found, as the OR would count it once).
        there, _ = _filtered(base, sqlite, only(source, target, False))
        forward = and_(
            _side(source, EventRow.source_actor_id), _side(target, EventRow.target_actor_id)
        )
        back, _ = _filtered(base.where(not_(forward)), sqlite, only(target, source, False))
        stmt = union_all(there, back)
        stmt = stmt.order_by(
            *(stmt.selected_columns[name] for name in ("day", "article_id", "ordinal"))
        )
    else:
        stmt, day = _filtered(base, sqlite, only(source, target, both_directions))
        stmt = stmt.order_by(day.asc().nulls_last(), EventRow.article_id, EventRow.ordinal)
    days = _DateCache()
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).tuples().all()
        story = _story_dates(conn, (row[1] for row in rows))
        dated = [row for row in rows if row[12] is not None]
        placed = _placed(conn, [(r[1], r[12]) for r in dated], story, days, since, until, by)
    out = [
        CountedEvent(ev_id, article_id, days[story.get(article_id, day)], type_, float(intensity),
                     bool(negated), bool(hypothetical), text, s_id, s_country, t_id, t_country)
        for (
            ev_id, article_id, day, type_, intensity, negated, hypothetical, text, s_id, s_country, t_id,
            t_country, stated, _ordinal,
        ) in rows
        if stated is None
    ]  # fmt: skip
    if story:
        out = [e for e in out if _in_range(e.date, since, until)]
    for row, (day, stated, span) in zip(dated, placed, strict=True):
        if day is not None:
            out.append(
                CountedEvent(row[0], row[1], day, row[3], float(row[4]), bool(row[5]), bool(row[6]), row[7],
                             row[8], row[9], row[10], row[11], stated, span)
            )  # fmt: skip
    if story or dated:
        out.sort(key=lambda e: e.date)  # stable: the query's order within a day stays
    return out


_ID_CHUNK = 500  # article ids per IN list: well under every backend's parameter limit


def _by_article(conn: Any, stmt: Select[Any], article_ids: Iterable[str]) -> dict[str, Any]:
    """``stmt`` (two columns, an article id and a value) for these articles, as a dict,
    with one query per chunk of ids."""
    ids = sorted(set(article_ids))
    found: dict[str, Any] = {}
    for i in range(0, len(ids), _ID_CHUNK):
        found.update(
            conn.execute(stmt.where(stmt.selected_columns[0].in_(ids[i : i + _ID_CHUNK])))
            .tuples()
            .all()
        )
    return found


def _story_dates(conn: Any, article_ids: Iterable[str] | None = None) -> dict[str, Any]:
    """For each syndicated copy (a non-canonical member of a story cluster), the publication
    date of its story's canonical (earliest) article.

    Events reported by a copy are dated by the story, so a wire story carried the next day
    by another outlet is one event with two reports, not two events on two days.

    Args:
        conn: an open connection.
        article_ids: only these articles (a timeline's); None: every copy in the store (for
            whole-store aggregates, which read every event anyway). A timeline must not pay
            for every syndicated copy in the store on each request.
    """
    canon = aliased(ArticleRow)
    stmt = (
        select(ArticleSignatureRow.article_id, _raw(canon.published_date))
        .join(StoryClusterRow, ArticleSignatureRow.story_id == StoryClusterRow.id)
        .join(canon, canon.id == StoryClusterRow.canonical_article_id)
        .where(
            StoryClusterRow.size > 1,
            ArticleSignatureRow.article_id != StoryClusterRow.canonical_article_id,
            canon.published_date.is_not(None),
        )
    )
    if article_ids is None:
        return dict(conn.execute(stmt).tuples().all())
    return _by_article(conn, stmt, article_ids)


def _placed(
    conn: Any,
    dated: Sequence[tuple[str, str]],
    story: dict[str, Any],
    days: _DateCache,
    since: dt.date | None,
    until: dt.date | None,
    by: str | None,
) -> list[tuple[dt.date | None, str | None, bool]]:
    """Where each event with a stated date counts, given as ``(article id, stated date)``:
    ``(day, the stated date that placed it or None, placed on a whole period)``, the day None
    when it counts nowhere in ``since``..``until`` (see :func:`placement`).

    Such events are few (mostly recaps); their articles' dates are read for them alone.
    """
    if not dated:
        return []
    stmt = select(ArticleRow.id, _raw(ArticleRow.published_date))
    published = _by_article(conn, stmt, (article_id for article_id, _ in dated))
    out: list[tuple[dt.date | None, str | None, bool]] = []
    for article_id, value in dated:
        own = days[published[article_id]]
        stated = parse_or_none(value)
        where = placement(own, days[story.get(article_id, published[article_id])], stated, by)
        if where is None or stated is None or not where[1]:
            day = where[0] if where is not None else None
            out.append(
                (day if day is not None and _in_range(day, since, until) else None, None, False)
            )
            continue
        span = stated.precision != "day"
        first, last = (stated.first, stated.last) if span else (where[0], where[0])
        inside = (since is None or first >= since) and (until is None or last <= until)
        out.append((where[0] if inside else None, stated.iso(), span))
    return out


def _in_range(day: dt.date, since: dt.date | None, until: dt.date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def _raw(column: Any) -> ColumnElement[Any]:
    """A date or boolean column without its per-row result conversion (done once per value here)."""
    return type_coerce(column, String if column.type.python_type is dt.date else Integer)


class _DateCache(dict[Any, dt.date]):
    """Stored publication dates as dates, each distinct value converted once."""

    def __missing__(self, value: Any) -> dt.date:
        date = self[value] = _as_date(value)
        return date


DyadRow = tuple[dt.date, int, "str | None", int, "str | None", str, bool, bool, float, str]
"""``(date, source_id, source_country, target_id, target_country, type, negated,
hypothetical, intensity, article_id)``: one event as :func:`load_dyad_rows` gives it."""


def load_dyad_rows(
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> list[DyadRow]:
    """Every dated event with a resolved source and target, as bare tuples, in no order.

    For aggregates over the whole store (the most active pairs): eight small columns per
    event instead of a full :class:`EventFact`, no sort. Events whose actors are missing
    are left out, as :func:`load_events` with ``dyadic_only`` leaves them out. Each counts
    on its day (:func:`placement` with no period: an event whose stated week, month or year
    does not cover its story's day is left out).

    Args:
        store: an open :class:`onrecord.store.Store`.
        since: only events counted on or after this day.
        until: only events counted on or before this day.
        min_confidence: leave out events the coder is less sure of (see :class:`EventFilter`).
    """
    src, tgt = aliased(ActorRow), aliased(ActorRow)
    # Raw values: result processors for a date and two booleans per row cost more than the
    # query; the few distinct days are converted once each below.
    stmt = (
        select(
            _raw(EventRow.day), src.id, src.country, tgt.id, tgt.country, EventRow.type,
            _raw(EventRow.negated), _raw(EventRow.hypothetical), EventRow.intensity, EventRow.article_id,
            EventRow.date,
        )
        .outerjoin(src, EventRow.source_actor_id == src.id)
        .outerjoin(tgt, EventRow.target_actor_id == tgt.id)
    )  # fmt: skip
    # Outer joins and dyadic_only: the same rows (an event's actors always exist), read in
    # the events table's order; inner joins let SQLite walk every pair of actors through the
    # dyad index instead, jumping about the table (10 % slower on the benchmark store).
    only = EventFilter(
        since=since, until=until, dated_only=True, dyadic_only=True, min_confidence=min_confidence
    )
    stmt, _ = _filtered(stmt, _is_sqlite(store), only)
    days = _DateCache()
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).tuples().all()
        story = _story_dates(conn)
        dated = [row for row in rows if row[10] is not None]
        placed = _placed(conn, [(r[9], r[10]) for r in dated], story, days, since, until, None)
    out = [
        (days[story.get(article_id, day)], s_id, s_country, t_id, t_country, type_, bool(negated), bool(hypothetical),
         intensity, article_id)
        for day, s_id, s_country, t_id, t_country, type_, negated, hypothetical, intensity, article_id, stated in rows
        if stated is None
    ]  # fmt: skip
    if story:
        out = [r for r in out if _in_range(r[0], since, until)]
    out += [
        (day, *row[1:5], row[5], bool(row[6]), bool(row[7]), row[8], row[9])
        for row, (day, _stated, _span) in zip(dated, placed, strict=True)
        if day is not None
    ]
    return out


def _as_date(value: Any) -> dt.date:
    """A stored publication date as a date (SQLite keeps ISO text; other drivers give dates)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def event_page(
    session: Session,
    f: EventFilter,
    *,
    order: Order = "newest",
    after: Key | None = None,
    limit: int | None = 50,
) -> tuple[list[dict[str, Any]], Key | None]:
    """Events matching ``f`` with their article's date and title and both actors, as JSON-ready
    rows (the API's shape), and the key of the next page (the last event's day and id: pages
    go by :attr:`EventFact.day`, the day ``since``/``until`` read).

    Args:
        session: an open session (:meth:`Store.session`, or the web request's).
        f: the filters (the same as :func:`load_events` reads).
        order: ``newest`` first (keyset-paginated) or ``oldest`` first (no cursor).
        after: with ``newest``, the ``next_key`` of the previous page.
        limit: at most this many (None: all).
    """
    check_order(order)
    if order == "oldest" and after is not None:
        raise ValueError("an oldest-first listing has no cursor")
    src, tgt = aliased(ActorRow), aliased(ActorRow)
    stmt = (
        select(EventRow, ArticleRow.published, ArticleRow.title, src, tgt)
        .join(ArticleRow, EventRow.article_id == ArticleRow.id)
        .outerjoin(src, src.id == EventRow.source_actor_id)
        .outerjoin(tgt, tgt.id == EventRow.target_actor_id)
    )
    stmt, day = _filtered(stmt, session.get_bind().dialect.name == "sqlite", f)
    if order == "oldest":
        stmt = stmt.order_by(day.asc().nulls_last(), EventRow.article_id, EventRow.ordinal)
        rows = list(session.execute(stmt.limit(limit) if limit is not None else stmt).tuples())
        more = False
    else:
        rows, more = newest_first(
            session, stmt, EventRow.day, EventRow.id, after=after, limit=limit
        )
    out = [_event_dict(e, published, title, s, t) for e, published, title, s, t in rows]
    next_key = (
        (iso(rows[-1][0].day), rows[-1][0].id) if more and rows and order == "newest" else None
    )
    return out, next_key


def actor_ref(row: ActorRow | None) -> dict[str, Any] | None:
    """An actor as the API shows it in passing: ``{id, name, kind, country}``."""
    if row is None:
        return None
    return {"id": row.id, "name": row.name, "kind": row.kind, "country": row.country}


def _event_dict(
    e: EventRow,
    published: str | None,
    title: str | None,
    src: ActorRow | None,
    tgt: ActorRow | None,
) -> dict[str, Any]:
    return {
        "id": e.id,
        "article_id": e.article_id,
        "event_id": e.local_id,
        "type": e.type,
        "cameo": e.cameo,
        "intensity": e.intensity,
        "source": actor_ref(src),
        "target": actor_ref(tgt),
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "confidence": e.confidence,
        "text": e.text,
        "start": e.start,
        "end": e.end,
        "quote": e.quote_local,
        "published": published,
        "title": title,
        "date": e.date,
    }


def actor_names(store: Store, ids: Iterable[int]) -> dict[int, str]:
    """The canonical names of these actors (ids not stored are left out)."""
    wanted = sorted(set(ids))
    names: dict[int, str] = {}
    if not wanted:
        return names
    with store.engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for actor_id, name in conn.execute(
                select(ActorRow.id, ActorRow.name).where(ActorRow.id.in_(chunk))
            ):
                names[actor_id] = name
    return names


def latest_event_date(store: Store) -> dt.date | None:
    """The newest event's day (:attr:`EventFact.day`; None: no dated events)."""
    stmt = select(func.max(EventRow.day))
    with store.session() as session:
        value = session.scalar(stmt)
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
