"""Actors as the readers see them: listings and an actor's profile.

``onrecord actors``, ``onrecord actor NAME``, ``/api/actors``, ``/actors/{id}`` and the
Python API ask these functions; the mapping of incoming record actors to stored ones is
:mod:`onrecord.store.actors`, manual fixes :mod:`onrecord.store.actor_fixes`.

    from onrecord.store.actor_queries import ActorFilter, actor_profile
    profile = actor_profile(store, "Marvik")
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, selectinload

from onrecord.store.actor_fixes import ActorRef, ref_of, resolve_actor
from onrecord.store.events import DEFAULT_MIN_CONFIDENCE, checked_confidence, confidence_at_least
from onrecord.store.identity import fold
from onrecord.store.paging import iso, like_pattern
from onrecord.store.results import ActorSummary
from onrecord.store.schema import (
    ActorAliasRow,
    ActorRow,
    ArticleActorRow,
    ArticleRow,
    EventRow,
    MentionRow,
    QuoteRow,
)
from onrecord.store.schema_actors import ActorFixRow
from onrecord.store.statements import spoken_by

if TYPE_CHECKING:
    from onrecord.store.core import Store

#: ``quoted``: the most quoted first (then the most mentioned); ``id``: in id order, which stays
#: stable under inserts (the API's pages).
ActorOrder = Literal["quoted", "id"]


@dataclass(frozen=True, slots=True)
class ActorFilter:
    """Filters of an actor listing (AND).

    Attributes:
        country: ISO 3166-1 alpha-3 code (or an IGO code), any case.
        kind: ``person``, ``organization``, ``country``, ``igo`` or ``group``
            (:data:`onrecord.record.ACTOR_KINDS`).
        name: part of the canonical name or of an alias, any case, any accents
            (:func:`actor_named`).
    """

    country: str | None = None
    kind: str | None = None
    name: str | None = None


def actor_list(
    session: Session,
    f: ActorFilter,
    *,
    order: ActorOrder = "quoted",
    after: int | None = None,
    limit: int | None = None,
) -> tuple[list[ActorSummary], int | None]:
    """Global actors with how many articles mention them and how many statements they made.

    Args:
        session: an open session.
        f: the filters.
        order: ``quoted`` (the most quoted first) or ``id`` (keyset-paginated by id).
        after: with ``id``, the previous page's last id.
        limit: at most this many (None: all).

    Returns:
        The actors and, with ``id`` order and more to come, the id to pass as ``after``.
    """
    if order not in ("quoted", "id"):
        raise ValueError(f"order must be 'quoted' or 'id', not {order!r}")
    wanted: list[ColumnElement[bool]] = []
    if f.country and f.country.strip():
        wanted.append(ActorRow.country == f.country.strip().upper())
    if f.kind and f.kind.strip():
        wanted.append(ActorRow.kind == f.kind.strip().lower())
    named = f.name and fold(f.name)
    if named:
        wanted.append(actor_named(named))
    # A name picks a few actors: their counts are read through the actor indexes, not counted
    # for every actor and joined (30 ms on 100,000 statements whatever the name found).
    few = select(ActorRow.id).where(*wanted) if named else None
    articles_n = select(
        ArticleActorRow.actor_id,
        func.count(func.distinct(ArticleActorRow.article_id)).label("n"),
    )
    if few is not None:
        articles_n = articles_n.where(ArticleActorRow.actor_id.in_(few))
    articles = articles_n.group_by(ArticleActorRow.actor_id).subquery()
    quotes_n = select(QuoteRow.speaker_actor_id.label("actor_id"), func.count().label("n"))
    if few is not None:
        quotes_n = quotes_n.where(QuoteRow.speaker_actor_id.in_(few))
    quotes = (
        quotes_n.where(QuoteRow.speaker_actor_id.is_not(None))
        .group_by(QuoteRow.speaker_actor_id)
        .subquery()
    )
    # Joint statements count once for each of their parties (and once only, however many of
    # its parties name the same actor); their speaker is no single actor, so the two counts
    # never share a statement.
    joint = (
        select(
            MentionRow.actor_id.label("actor_id"),
            func.count(func.distinct(MentionRow.quote_id)).label("n"),
        )
        .join(QuoteRow, QuoteRow.id == MentionRow.quote_id)
        .where(
            MentionRow.role == "speaker",
            MentionRow.actor_id.is_not(None),
            QuoteRow.speaker_actor_id.is_(None),
            *([MentionRow.actor_id.in_(few)] if few is not None else []),
        )
        .group_by(MentionRow.actor_id)
        .subquery()
    )
    n_articles = func.coalesce(articles.c.n, 0)
    n_quotes = func.coalesce(quotes.c.n, 0) + func.coalesce(joint.c.n, 0)
    stmt = (
        select(ActorRow, n_articles, n_quotes)
        .outerjoin(articles, articles.c.actor_id == ActorRow.id)
        .outerjoin(quotes, quotes.c.actor_id == ActorRow.id)
        .outerjoin(joint, joint.c.actor_id == ActorRow.id)
        .options(selectinload(ActorRow.aliases), selectinload(ActorRow.titles))
    )
    stmt = stmt.where(*wanted)
    if order == "id":
        if after is not None:
            stmt = stmt.where(ActorRow.id > after)
        stmt = stmt.order_by(ActorRow.id)
    else:
        stmt = stmt.order_by(n_quotes.desc(), n_articles.desc(), ActorRow.name, ActorRow.id)
    if limit is not None:
        stmt = stmt.limit(limit + 1)
    rows = list(session.execute(stmt).tuples())
    more = limit is not None and len(rows) > limit
    rows = rows[:limit] if limit is not None else rows
    found = [
        ActorSummary(
            id=row.id,
            name=row.name,
            kind=row.kind,
            country=row.country,
            aliases=[a.alias for a in row.aliases],
            titles=[t.title for t in row.titles],
            articles=int(na),
            quotes=int(nq),
        )
        for row, na, nq in rows
    ]
    return found, (found[-1].id if more and found and order == "id" else None)


def actor_named(folded: str) -> ColumnElement[bool]:
    """The actor goes by ``folded`` (a folded part of a name): its canonical name
    (``actors.folded_name``) or one of the aliases the store keeps for it (``actor_aliases.key``,
    folded the same way; the names it was stored under before a fuller name was learned or
    another actor was merged into it, and the other names and descriptions its articles gave
    it, all listed on its page). ``erdogan``, ``ERDOĞAN`` and ``Erdoğan`` all find "Recep
    Tayyip Erdoğan". A part of a name, so no index serves it: one pass over the actors and one
    over the aliases (the alias set is read once, not per actor), with no function applied to
    a stored column."""
    pattern = like_pattern(folded)
    aliased = select(ActorAliasRow.actor_id).where(ActorAliasRow.key.like(pattern, escape="\\"))
    return or_(ActorRow.folded_name.like(pattern, escape="\\"), ActorRow.id.in_(aliased))


@dataclass(frozen=True, slots=True)
class TitleSpan:
    """An office as the articles show it: first and last publication date it was used on."""

    title: str
    country: str | None
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class Counterpart:
    """Another actor and how many statements or events link the two.

    ``mean_intensity`` is the events' mean intensity (event counterparts only).
    """

    id: int
    name: str
    kind: str
    country: str | None
    count: int
    mean_intensity: float | None = None


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """Everything ``onrecord actor NAME`` and the actor page show."""

    id: int
    name: str
    kind: str
    country: str | None
    aliases: list[str]
    titles: list[TitleSpan]
    statements: int
    addressed: int
    joint_statements: int
    articles: int
    events_as_source: int
    events_as_target: int
    first_seen: str | None
    last_seen: str | None
    top_addressees: list[Counterpart] = field(default_factory=list)
    top_targets: list[Counterpart] = field(default_factory=list)
    top_sources: list[Counterpart] = field(default_factory=list)
    fixes: list[str] = field(default_factory=list)
    statements_per_month: list[dict[str, Any]] = field(default_factory=list)
    latest_quote_ids: list[int] = field(default_factory=list)
    min_confidence: float = 0.0
    """The minimum event confidence the event counts and counterparts were taken at."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (field order as declared; nested objects as dicts; the latest
        statements' store ids left out)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "latest_quote_ids":
                continue
            if isinstance(value, list):
                value = [_plain(v) if hasattr(v, "__slots__") else v for v in value]
            out[f.name] = value
        return out


def _plain(obj: Any) -> dict[str, Any]:
    # mean_intensity only where it means something (event counterparts).
    return {
        name: getattr(obj, name)
        for name in obj.__slots__
        if not (name == "mean_intensity" and obj.mean_intensity is None)
    }


def actor_profile(
    store: Store,
    query: str,
    *,
    top: int = 5,
    latest: int = 0,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> ActorProfile:
    """The profile of the one stored actor answering to ``query``.

    Args:
        store: an open :class:`onrecord.store.Store`.
        query: an id (``12``, ``#12``), a name or alias (any case, any accents), a country code.
        top: how many addressees, targets and sources to list.
        latest: how many of its newest statements' ids to include (``latest_quote_ids``).
        min_confidence: events the coder gave a lower confidence are left out of the event
            counts, targets and sources, as in every other event view (None or 0: keep all;
            see :data:`onrecord.store.events.DEFAULT_MIN_CONFIDENCE`).

    Raises:
        onrecord.store.actor_fixes.ActorLookupError: no actor or several match.
        onrecord.validation.InvalidValue: ``min_confidence`` is not a number from 0 to 1.
    """
    with store.session() as session:
        row = resolve_actor(session, query)
        return build_profile(session, row, top=top, latest=latest, min_confidence=min_confidence)


def profile_by_id(
    session: Session,
    actor_id: int,
    *,
    top: int = 5,
    latest: int = 0,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> ActorProfile | None:
    """The profile of the actor with this id, or None when there is none."""
    row = session.get(ActorRow, actor_id)
    if row is None:
        return None
    return build_profile(session, row, top=top, latest=latest, min_confidence=min_confidence)


def build_profile(
    session: Session,
    row: ActorRow,
    *,
    top: int = 5,
    latest: int = 0,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> ActorProfile:
    """The profile of an actor row (see :func:`actor_profile`)."""
    aid = row.id
    floor = checked_confidence(min_confidence)
    sure = [confidence_at_least(floor)] if floor else []
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
        key=lambda t: (
            t.first_seen is None,
            t.first_seen or dt.date.min,
            t.last_seen or dt.date.min,
            t.title,
        ),
    )
    fixes = session.scalars(
        select(ActorFixRow.note).where(ActorFixRow.actor_id == aid).order_by(ActorFixRow.id)
    )
    # One light pass over the actor's statements gives the count, the monthly counts and the
    # newest ones (joining quotes to articles once per purpose costs that many times more).
    dated = session.execute(
        select(QuoteRow.id, ArticleRow.published_date, QuoteRow.speaker_actor_id)
        .join(ArticleRow, QuoteRow.article_id == ArticleRow.id)
        .where(spoken_by(aid))
    ).all()
    months: dict[str, int] = {}
    for _, day, _ in dated:
        if day is not None:
            key = f"{day.year:04d}-{day.month:02d}"
            months[key] = months.get(key, 0) + 1
    newest = sorted(
        dated, key=lambda r: (r[1] is not None, r[1] or dt.date.min, r[0]), reverse=True
    )
    return ActorProfile(
        id=aid,
        name=row.name,
        kind=row.kind,
        country=row.country,
        aliases=[a.alias for a in row.aliases],
        titles=[TitleSpan(t.title, t.country, iso(t.first_seen), iso(t.last_seen)) for t in titles],
        statements=len(dated),
        addressed=_count(session, QuoteRow.addressee_actor_id == aid),
        joint_statements=sum(1 for *_, speaker in dated if speaker is None),
        articles=int(articles or 0),
        events_as_source=_count(session, EventRow.source_actor_id == aid, *sure),
        events_as_target=_count(session, EventRow.target_actor_id == aid, *sure),
        first_seen=iso(first),
        last_seen=iso(last),
        top_addressees=_top(session, QuoteRow.addressee_actor_id, spoken_by(aid), top),
        top_targets=_top(
            session,
            EventRow.target_actor_id,
            EventRow.source_actor_id == aid,
            top,
            *sure,
            mean=True,
        ),
        top_sources=_top(
            session,
            EventRow.source_actor_id,
            EventRow.target_actor_id == aid,
            top,
            *sure,
            mean=True,
        ),
        fixes=list(dict.fromkeys(n for n in fixes if n)),
        statements_per_month=[{"month": m, "statements": n} for m, n in sorted(months.items())],
        latest_quote_ids=[int(i) for i, *_ in newest[:latest]],
        min_confidence=floor or 0.0,
    )


def _count(session: Session, condition: ColumnElement[bool], *more: ColumnElement[bool]) -> int:
    table = condition.left.table  # type: ignore[attr-defined]
    stmt = select(func.count()).select_from(table).where(condition, *more)
    return int(session.scalar(stmt) or 0)


def _top(
    session: Session,
    other: Any,
    condition: ColumnElement[bool],
    limit: int,
    *more: ColumnElement[bool],
    mean: bool = False,
) -> list[Counterpart]:
    n = func.count().label("n")
    columns: list[Any] = [ActorRow, n]
    if mean:
        columns.append(func.avg(EventRow.intensity))
    stmt = (
        select(*columns)
        .join(other.table, other == ActorRow.id)
        .where(condition, *more)
        .group_by(ActorRow.id)
        .order_by(n.desc(), ActorRow.name, ActorRow.id)
        .limit(limit)
    )
    out = []
    for r, c, *rest in session.execute(stmt).tuples():
        average = round(float(rest[0]), 2) if rest and rest[0] is not None else None
        out.append(
            Counterpart(
                id=r.id,
                name=r.name,
                kind=r.kind,
                country=r.country,
                count=int(c),
                mean_intensity=average,
            )
        )
    return out


__all__ = [
    "ActorFilter",
    "ActorProfile",
    "ActorRef",
    "Counterpart",
    "TitleSpan",
    "actor_list",
    "actor_named",
    "actor_profile",
    "build_profile",
    "profile_by_id",
    "ref_of",
]
