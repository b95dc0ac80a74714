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
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    String,
    and_,
    false,
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
from onrecord.store.identity import fold
from onrecord.store.schema import ActorAliasRow, ActorRow, ArticleRow, EventRow
from onrecord.store.schema_sources import ArticleSignatureRow, StoryClusterRow
from onrecord.validation import InvalidValue, parse_id

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

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the date as ISO text)."""
        out = asdict(self)
        out["date"] = self.date.isoformat() if self.date else None
        return out


def resolve_party(store: Any, spec: str) -> Party:
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
    with Session(store.engine) as session:
        if actor_id is not None:
            row = session.get(ActorRow, actor_id)
            if row is None:
                raise UnknownPartyError(f"no actor with id {text}")
            return Party(key=f"#{row.id}", label=row.name, actor_ids=(row.id,))
        if _CODE.match(text):
            code = text.upper()
            found = session.scalars(select(ActorRow.id).where(ActorRow.country == code).limit(1)).first()
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


def _is_sqlite(store: Any) -> bool:
    return bool(store.engine.dialect.name == "sqlite")


def _published_date(*, unindexed: bool) -> ColumnElement[Any]:
    """The article date for conditions and ordering; ``+published_date`` when ``unindexed``.

    A dyad's events are a small slice reached through the (source, target) index, but
    SQLite's planner, not knowing how many actors a country has, prefers walking the date
    index to save a sort, reading every article in the range. The unary ``+`` (a no-op on
    the value) takes the date index out of its choices.
    """
    column = ArticleRow.published_date
    if not unindexed:
        return column  # type: ignore[return-value]
    return UnaryExpression(column.expression, operator=custom_op("+"), type_=column.type)


def confidence_at_least(value: float) -> ColumnElement[bool]:
    """Events whose coder confidence is at least ``value``; events without one (stored before
    the coder gave confidences) are kept, their confidence being unknown, not low."""
    return or_(EventRow.confidence.is_(None), EventRow.confidence >= value)


def _filtered(
    stmt: Select[Any],
    store: Any,
    *,
    source: Party | None,
    target: Party | None,
    both_directions: bool,
    types: Sequence[str] | None = None,
    since: dt.date | None,
    until: dt.date | None,
    dated_only: bool,
    dyadic_only: bool,
    min_confidence: float | None = None,
) -> tuple[Select[Any], ColumnElement[Any]]:
    """``stmt`` (over events joined to articles) with the listing's conditions.

    Returns the statement and the date expression to order by (see :func:`_published_date`).
    """
    conditions: list[ColumnElement[bool]] = []
    if min_confidence:
        conditions.append(confidence_at_least(min_confidence))
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
    if types:
        conditions.append(EventRow.type.in_([t.upper() for t in types]))
    day = _published_date(unindexed=source is not None and target is not None and _is_sqlite(store))
    if since is not None:
        conditions.append(day >= since)
    if until is not None:
        conditions.append(day <= until)
    if dated_only:
        conditions.append(day.is_not(None))
    if dyadic_only:
        conditions.append(EventRow.source_actor_id.is_not(None))
        conditions.append(EventRow.target_actor_id.is_not(None))
    return (stmt.where(*conditions) if conditions else stmt), day


def load_events(
    store: Any,
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
    min_confidence: float | None = None,
) -> list[EventFact]:
    """Stored events with their actors and article date, in one query.

    Args:
        store: an open :class:`onrecord.store.Store`.
        source: only events whose source is this party.
        target: only events whose target is this party.
        both_directions: also events from ``target`` to ``source`` (with both given), or events
            where the one given party is either side.
        types: only these PLOVER types.
        since: only articles published on or after this date (undated ones are left out).
        until: only articles published on or before this date.
        dated_only: leave out events whose article has no publication date.
        dyadic_only: leave out events without a resolved source and target actor.
        newest_first: order by date descending (default: oldest first; undated last).
        limit: at most this many.
        min_confidence: leave out events the coder is less sure of (see :func:`confidence_at_least`).
    """
    src, tgt = aliased(ActorRow), aliased(ActorRow)
    # Plain columns, not ORM entities: a listing can be thousands of rows and needs no objects.
    stmt = (
        select(
            EventRow.id, EventRow.article_id, EventRow.local_id, ArticleRow.published_date, EventRow.type,
            EventRow.cameo, EventRow.intensity, EventRow.negated, EventRow.hypothetical,
            src.id, src.name, src.country, tgt.id, tgt.name, tgt.country,
            EventRow.text, EventRow.quote_local, ArticleRow.title, ArticleRow.source, ArticleRow.url,
            EventRow.confidence,
        )
        .join(ArticleRow, EventRow.article_id == ArticleRow.id)
        .outerjoin(src, EventRow.source_actor_id == src.id)
        .outerjoin(tgt, EventRow.target_actor_id == tgt.id)
    )  # fmt: skip
    stmt, day = _filtered(
        stmt, store, source=source, target=target, both_directions=both_directions, types=types,
        since=since, until=until, dated_only=dated_only, dyadic_only=dyadic_only, min_confidence=min_confidence,
    )  # fmt: skip
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
        )
        for (
            ev_id, article_id, local_id, published, type_, cameo, intensity, negated, hypothetical,
            s_id, s_name, s_country, t_id, t_name, t_country, text, quote, title, outlet, url, confidence,
        ) in rows
    ]  # fmt: skip


class CountedEvent(NamedTuple):
    """One dated event with only what the counting rule reads (a light :class:`EventFact`).

    The attribute names are :class:`EventFact`'s, so :func:`onrecord.analysis.index.dedupe`
    takes either; a tuple's fields are read far faster than a result row's.
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


def load_event_rows(
    store: Any,
    *,
    source: Party | None = None,
    target: Party | None = None,
    both_directions: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_confidence: float | None = None,
) -> list[CountedEvent]:
    """Dated events as :class:`CountedEvent` tuples, in :func:`load_events`' order.

    For timelines: no article provenance is read and no object is built per event.

    Args:
        store: an open :class:`onrecord.store.Store`.
        source: only events whose source is this party.
        target: only events whose target is this party.
        both_directions: also events from ``target`` to ``source``.
        since: only articles published on or after this date.
        until: only articles published on or before this date.
    """
    src, tgt = aliased(ActorRow), aliased(ActorRow)
    base = (
        select(
            EventRow.id, EventRow.article_id, _raw(ArticleRow.published_date).label("day"), EventRow.type,
            EventRow.intensity, _raw(EventRow.negated), _raw(EventRow.hypothetical), EventRow.text,
            src.id.label("source_id"), src.country.label("source_country"),
            tgt.id.label("target_id"), tgt.country.label("target_country"), EventRow.ordinal,
        )
        .join(ArticleRow, EventRow.article_id == ArticleRow.id)
        .outerjoin(src, EventRow.source_actor_id == src.id)
        .outerjoin(tgt, EventRow.target_actor_id == tgt.id)
    )  # fmt: skip
    dates: dict[str, Any] = {
        "since": since, "until": until, "dated_only": True, "dyadic_only": False, "min_confidence": min_confidence,
    }  # fmt: skip
    stmt: Select[Any] | CompoundSelect
    if both_directions and source is not None and target is not None:
        # One query per direction, glued: SQLite answers an OR of the two directions by merging
        # two index scans row by row, over twice as slow as the two plain index ranges (the
        # second leaves out what the first found, as the OR would count it once).
        there, _ = _filtered(base, store, source=source, target=target, both_directions=False, **dates)
        forward = and_(_side(source, EventRow.source_actor_id), _side(target, EventRow.target_actor_id))
        back, _ = _filtered(base.where(not_(forward)), store, source=target, target=source, both_directions=False, **dates)
        stmt = union_all(there, back)
        stmt = stmt.order_by(*(stmt.selected_columns[name] for name in ("day", "article_id", "ordinal")))
    else:
        stmt, day = _filtered(base, store, source=source, target=target, both_directions=both_directions, **dates)
        stmt = stmt.order_by(day.asc().nulls_last(), EventRow.article_id, EventRow.ordinal)
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).tuples().all()
        story = _story_dates(conn)
    days = _DateCache()
    out = [
        CountedEvent(ev_id, article_id, days[story.get(article_id, published)], type_, float(intensity),
                     bool(negated), bool(hypothetical), text, s_id, s_country, t_id, t_country)
        for (
            ev_id, article_id, published, type_, intensity, negated, hypothetical, text, s_id, s_country, t_id,
            t_country, _ordinal,
        ) in rows
    ]  # fmt: skip
    if story:
        out = [e for e in out if _in_range(e.date, since, until)]
        out.sort(key=lambda e: e.date)  # stable: the query's order within a day stays
    return out


def _story_dates(conn: Any) -> dict[str, Any]:
    """For each syndicated copy (a non-canonical member of a story cluster), the publication
    date of its story's canonical (earliest) article.

    Events reported by a copy are dated by the story, so a wire story carried the next day
    by another outlet is one event with two reports, not two events on two days.
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
    return dict(conn.execute(stmt).tuples().all())


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
    store: Any, *, since: dt.date | None = None, until: dt.date | None = None, min_confidence: float | None = None
) -> list[DyadRow]:
    """Every dated event with a resolved source and target, as bare tuples, in no order.

    For aggregates over the whole store (the most active pairs): eight small columns per
    event instead of a full :class:`EventFact`, no sort. Events whose actors are missing
    are left out, as :func:`load_events` with ``dyadic_only`` leaves them out.

    Args:
        store: an open :class:`onrecord.store.Store`.
        since: only articles published on or after this date.
        until: only articles published on or before this date.
    """
    src, tgt = aliased(ActorRow), aliased(ActorRow)
    # Raw values: result processors for a date and two booleans per row cost more than the
    # query; the few distinct days are converted once each below.
    stmt = (
        select(
            _raw(ArticleRow.published_date), src.id, src.country, tgt.id, tgt.country, EventRow.type,
            _raw(EventRow.negated), _raw(EventRow.hypothetical), EventRow.intensity, EventRow.article_id,
        )
        .join(ArticleRow, EventRow.article_id == ArticleRow.id)
        .join(src, EventRow.source_actor_id == src.id)
        .join(tgt, EventRow.target_actor_id == tgt.id)
    )  # fmt: skip
    stmt, _ = _filtered(
        stmt, store, source=None, target=None, both_directions=False,
        since=since, until=until, dated_only=True, dyadic_only=False, min_confidence=min_confidence,
    )  # fmt: skip
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).tuples().all()
        story = _story_dates(conn)
    days = _DateCache()
    out = [
        (days[story.get(article_id, day)], s_id, s_country, t_id, t_country, type_, bool(negated), bool(hypothetical),
         intensity, article_id)
        for day, s_id, s_country, t_id, t_country, type_, negated, hypothetical, intensity, article_id in rows
    ]  # fmt: skip
    if story:
        out = [r for r in out if _in_range(r[0], since, until)]
    return out


def _as_date(value: Any) -> dt.date:
    """A stored publication date as a date (SQLite keeps ISO text; other drivers give dates)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def actor_names(store: Any, ids: Iterable[int]) -> dict[int, str]:
    """The canonical names of these actors (ids not stored are left out)."""
    wanted = sorted(set(ids))
    names: dict[int, str] = {}
    if not wanted:
        return names
    with store.engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for actor_id, name in conn.execute(select(ActorRow.id, ActorRow.name).where(ActorRow.id.in_(chunk))):
                names[actor_id] = name
    return names


def latest_event_date(store: Any) -> dt.date | None:
    """The publication date of the newest article that has an event (None: no dated events)."""
    from sqlalchemy import func

    stmt = select(func.max(ArticleRow.published_date)).join(EventRow, EventRow.article_id == ArticleRow.id)
    with Session(store.engine) as session:
        value = session.scalar(stmt)
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
