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
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session, aliased

from onrecord.errors import OnrecordError
from onrecord.store.identity import fold
from onrecord.store.schema import ActorAliasRow, ActorRow, ArticleRow, EventRow

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
    with Session(store.engine) as session:
        if text.isdigit():
            row = session.get(ActorRow, int(text))
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


def _side(party: Party, actor_id: Any, actor: Any) -> ColumnElement[bool]:
    if party.country is not None:
        return actor.country == party.country  # type: ignore[no-any-return]
    if not party.actor_ids:
        return false()
    return actor_id.in_(party.actor_ids)  # type: ignore[no-any-return]


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
    """
    src, tgt = aliased(ActorRow), aliased(ActorRow)
    stmt = (
        select(EventRow, ArticleRow.published_date, ArticleRow.title, ArticleRow.source, ArticleRow.url, src, tgt)
        .join(ArticleRow, EventRow.article_id == ArticleRow.id)
        .outerjoin(src, EventRow.source_actor_id == src.id)
        .outerjoin(tgt, EventRow.target_actor_id == tgt.id)
    )
    conditions: list[ColumnElement[bool]] = []
    forward = [c for c in (
        _side(source, EventRow.source_actor_id, src) if source else None,
        _side(target, EventRow.target_actor_id, tgt) if target else None,
    ) if c is not None]  # fmt: skip
    if both_directions and (source or target):
        backward = [c for c in (
            _side(target, EventRow.source_actor_id, src) if target else None,
            _side(source, EventRow.target_actor_id, tgt) if source else None,
        ) if c is not None]  # fmt: skip
        conditions.append(or_(and_(*forward), and_(*backward)))
    else:
        conditions.extend(forward)
    if types:
        conditions.append(EventRow.type.in_([t.upper() for t in types]))
    if since is not None:
        conditions.append(ArticleRow.published_date >= since)
    if until is not None:
        conditions.append(ArticleRow.published_date <= until)
    if dated_only:
        conditions.append(ArticleRow.published_date.is_not(None))
    if dyadic_only:
        conditions.append(EventRow.source_actor_id.is_not(None))
        conditions.append(EventRow.target_actor_id.is_not(None))
    if conditions:
        stmt = stmt.where(*conditions)
    date_order = ArticleRow.published_date.desc() if newest_first else ArticleRow.published_date.asc()
    stmt = stmt.order_by(date_order.nulls_last(), EventRow.article_id, EventRow.ordinal)
    if limit is not None:
        stmt = stmt.limit(limit)
    with Session(store.engine) as session:
        return [
            _fact(ev, published, title, outlet, url, s, t)
            for ev, published, title, outlet, url, s, t in session.execute(stmt).tuples()
        ]


def _fact(
    ev: EventRow,
    published: dt.date | None,
    title: str | None,
    outlet: str | None,
    url: str | None,
    src: ActorRow | None,
    tgt: ActorRow | None,
) -> EventFact:
    return EventFact(
        id=ev.id,
        article_id=ev.article_id,
        local_id=ev.local_id,
        date=published,
        type=ev.type,
        cameo=ev.cameo,
        intensity=float(ev.intensity),
        negated=bool(ev.negated),
        hypothetical=bool(ev.hypothetical),
        source_id=src.id if src else None,
        source_name=src.name if src else None,
        source_country=src.country if src else None,
        target_id=tgt.id if tgt else None,
        target_name=tgt.name if tgt else None,
        target_country=tgt.country if tgt else None,
        text=ev.text,
        quote=ev.quote_local,
        title=title,
        outlet=outlet,
        url=url,
    )


def latest_event_date(store: Any) -> dt.date | None:
    """The publication date of the newest article that has an event (None: no dated events)."""
    from sqlalchemy import func

    stmt = select(func.max(ArticleRow.published_date)).join(EventRow, EventRow.article_id == ArticleRow.id)
    with Session(store.engine) as session:
        value = session.scalar(stmt)
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
