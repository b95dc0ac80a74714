"""An actor's page: who it is, which offices it held when, what it said and to whom.

``actor_profile(store, "Marvik")`` answers ``onrecord actor NAME``; the web app can use it too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from onrecord.store.actor_fixes import ActorRef, ref_of, resolve_actor
from onrecord.store.schema import (
    ActorRow,
    ArticleActorRow,
    ArticleRow,
    EventRow,
    QuoteRow,
)
from onrecord.store.schema_actors import ActorFixRow

if TYPE_CHECKING:
    from onrecord.store.core import Store


@dataclass(frozen=True, slots=True)
class TitleSpan:
    """An office as the articles show it: first and last publication date it was used on."""

    title: str
    country: str | None
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class Counterpart:
    """Another actor and how many statements or events link the two."""

    id: int
    name: str
    kind: str
    country: str | None
    count: int


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """Everything ``onrecord actor NAME`` shows."""

    id: int
    name: str
    kind: str
    country: str | None
    aliases: list[str]
    titles: list[TitleSpan]
    statements: int
    addressed: int
    articles: int
    events_as_source: int
    events_as_target: int
    first_seen: str | None
    last_seen: str | None
    top_addressees: list[Counterpart] = field(default_factory=list)
    top_targets: list[Counterpart] = field(default_factory=list)
    top_sources: list[Counterpart] = field(default_factory=list)
    fixes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (field order as declared; nested objects as dicts)."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "aliases": list(self.aliases),
            "titles": [_plain(t) for t in self.titles],
            "statements": self.statements,
            "addressed": self.addressed,
            "articles": self.articles,
            "events_as_source": self.events_as_source,
            "events_as_target": self.events_as_target,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "top_addressees": [_plain(c) for c in self.top_addressees],
            "top_targets": [_plain(c) for c in self.top_targets],
            "top_sources": [_plain(c) for c in self.top_sources],
            "fixes": list(self.fixes),
        }


def _plain(obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in obj.__slots__}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def actor_profile(store: Store, query: str, *, top: int = 5) -> ActorProfile:
    """The profile of the one stored actor answering to ``query``.

    Args:
        store: an open :class:`onrecord.store.Store`.
        query: an id (``12``, ``#12``), a name or alias (any case, any accents), a country code.
        top: how many addressees, targets and sources to list.

    Raises:
        onrecord.store.actor_fixes.ActorLookupError: no actor or several match.
    """
    with store.session() as session:
        row = resolve_actor(session, query)
        return build_profile(session, row, top=top)


def build_profile(session: Session, row: ActorRow, *, top: int = 5) -> ActorProfile:
    """The profile of an actor row (see :func:`actor_profile`)."""
    aid = row.id
    first, last, articles = session.execute(
        select(
            func.min(ArticleRow.published_date),
            func.max(ArticleRow.published_date),
            func.count(func.distinct(ArticleActorRow.article_id)),
        )
        .select_from(ArticleActorRow)
        .join(ArticleRow, ArticleRow.id == ArticleActorRow.article_id)
        .where(ArticleActorRow.actor_id == aid)
    ).one()
    titles = sorted(
        row.titles,
        key=lambda t: (t.first_seen is None, t.first_seen or dt.date.min, t.last_seen or dt.date.min, t.title),
    )
    fixes = session.scalars(select(ActorFixRow.note).where(ActorFixRow.actor_id == aid).order_by(ActorFixRow.id))
    return ActorProfile(
        id=aid,
        name=row.name,
        kind=row.kind,
        country=row.country,
        aliases=[a.alias for a in row.aliases],
        titles=[TitleSpan(t.title, t.country, _iso(t.first_seen), _iso(t.last_seen)) for t in titles],
        statements=_count(session, QuoteRow.speaker_actor_id == aid),
        addressed=_count(session, QuoteRow.addressee_actor_id == aid),
        articles=int(articles or 0),
        events_as_source=_count(session, EventRow.source_actor_id == aid),
        events_as_target=_count(session, EventRow.target_actor_id == aid),
        first_seen=_iso(first),
        last_seen=_iso(last),
        top_addressees=_top(
            session, QuoteRow.addressee_actor_id, QuoteRow.speaker_actor_id == aid, top
        ),
        top_targets=_top(session, EventRow.target_actor_id, EventRow.source_actor_id == aid, top),
        top_sources=_top(session, EventRow.source_actor_id, EventRow.target_actor_id == aid, top),
        fixes=list(dict.fromkeys(n for n in fixes if n)),
    )


def _count(session: Session, condition: ColumnElement[bool]) -> int:
    table = condition.left.table  # type: ignore[attr-defined]
    return int(session.scalar(select(func.count()).select_from(table).where(condition)) or 0)


def _top(session: Session, other: Any, condition: ColumnElement[bool], limit: int) -> list[Counterpart]:
    n = func.count().label("n")
    stmt = (
        select(ActorRow, n)
        .join(other.table, other == ActorRow.id)
        .where(condition)
        .group_by(ActorRow.id)
        .order_by(n.desc(), ActorRow.name, ActorRow.id)
        .limit(limit)
    )
    return [
        Counterpart(id=r.id, name=r.name, kind=r.kind, country=r.country, count=int(c))
        for r, c in session.execute(stmt).tuples()
    ]


__all__ = ["ActorProfile", "ActorRef", "Counterpart", "TitleSpan", "actor_profile", "build_profile", "ref_of"]
