"""Read-only queries the web app needs beyond :class:`~onrecord.store.Store`'s own.

Listings are keyset-paginated, newest first: a page ends with the sort key of its last row
(the article's publication date and the row id), and the next page starts strictly after it,
so pages stay stable while an ingest adds articles. Rows come back as plain dicts ready for
JSON; no ORM object leaks out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, column, exists, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from onrecord.store.identity import fold
from onrecord.store.results import QuoteHit
from onrecord.store.schema import (
    ActorAliasRow,
    ActorRow,
    ActorTitleRow,
    ArticleActorRow,
    ArticleRow,
    EventRow,
    QuoteRow,
)

_WORDS = re.compile(r"\w+", re.UNICODE)

#: A position in a newest-first listing: (publication date or None, row id).
Key = tuple[str | None, int | str]


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Filters of a statement search; every field is optional and they combine with AND.

    Attributes:
        search: words that must all occur in the statement (FTS5 on SQLite, ILIKE elsewhere).
        speaker: part of the speaker's name or surface words (case- and accent-insensitive).
        addressee: part of the addressee's name or surface words.
        speaker_id: the speaker's global actor id.
        country: the speaker's country code (ISO 3166-1 alpha-3 or an IGO code).
        type: a PLOVER event type the statement carries.
        since: articles published on or after this date.
        until: articles published on or before this date.
        article_id: only statements of this article.
        ids: only these statements (store ids).
    """

    search: str | None = None
    speaker: str | None = None
    addressee: str | None = None
    speaker_id: int | None = None
    country: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    article_id: str | None = None
    ids: tuple[int, ...] | None = None


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _after(date_col: Any, id_col: Any, key: Key | None) -> ColumnElement[bool] | None:
    """Rows strictly after ``key`` in (date DESC NULLS LAST, id DESC) order."""
    if key is None:
        return None
    date, row_id = key
    if date is None:
        return and_(date_col.is_(None), id_col < row_id)
    day = dt.date.fromisoformat(date)
    return or_(date_col < day, and_(date_col == day, id_col < row_id), date_col.is_(None))


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


#: Above this many full-text matches, a page is read in date order and filtered by the match
#: set; below it, the matches are read and sorted. Either way a page costs a few milliseconds.
DENSE_MATCHES = 2000


def _fts_match(words: Sequence[str]) -> str:
    # Every word quoted: user input can never be read as FTS5 query syntax.
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_clause(has_fts: bool, words: Sequence[str], *, dense: bool = False) -> ColumnElement[bool]:
    """All ``words`` occur in the quote text; user input is never read as FTS5 syntax.

    With ``dense`` the membership test is hidden from SQLite's planner (``+quotes.id``), so it
    walks articles newest first and stops after a page instead of sorting every match.
    """
    if has_fts:
        if dense:
            clause = text("+quotes.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :dense_match)")
            return clause.bindparams(dense_match=_fts_match(words)).self_group()  # type: ignore[return-value]
        ids = text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :match").bindparams(match=_fts_match(words))
        return QuoteRow.id.in_(ids.columns(column("rowid", Integer)))
    return and_(*(QuoteRow.text.ilike(_like(w), escape="\\") for w in words))


def _dense(session: Session, has_fts: bool, words: Sequence[str]) -> bool:
    """Whether the words match more than :data:`DENSE_MATCHES` quotes (a bounded count)."""
    if not (has_fts and words):
        return False
    probe = text(
        "SELECT count(*) FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :match LIMIT :cap)"
    ).bindparams(match=_fts_match(words), cap=DENSE_MATCHES + 1)
    return int(session.execute(probe).scalar_one()) > DENSE_MATCHES


def _quote_select(f: QuoteFilter, has_fts: bool, *, dense: bool = False) -> Select[Any]:
    speaker_actor = aliased(ActorRow)
    stmt = (
        select(QuoteRow, ArticleRow, speaker_actor.country)
        .join(ArticleRow, QuoteRow.article_id == ArticleRow.id)
        .outerjoin(speaker_actor, speaker_actor.id == QuoteRow.speaker_actor_id)
    )
    words = _WORDS.findall(f.search or "")
    if words:
        stmt = stmt.where(search_clause(has_fts, words, dense=dense))
    if f.speaker and fold(f.speaker):
        stmt = stmt.where(QuoteRow.speaker_key.like(_like(fold(f.speaker)), escape="\\"))
    if f.addressee and fold(f.addressee):
        stmt = stmt.where(QuoteRow.addressee_key.like(_like(fold(f.addressee)), escape="\\"))
    if f.speaker_id is not None:
        stmt = stmt.where(QuoteRow.speaker_actor_id == f.speaker_id)
    if f.country:
        stmt = stmt.where(speaker_actor.country == f.country.upper())
    if f.type:
        stmt = stmt.where(
            exists().where(
                EventRow.article_id == QuoteRow.article_id,
                EventRow.quote_local == QuoteRow.local_id,
                EventRow.type == f.type.upper(),
            )
        )
    if f.since is not None:
        stmt = stmt.where(ArticleRow.published_date >= f.since)
    if f.until is not None:
        stmt = stmt.where(ArticleRow.published_date <= f.until)
    if f.article_id is not None:
        stmt = stmt.where(QuoteRow.article_id == f.article_id)
    if f.ids is not None:
        stmt = stmt.where(QuoteRow.id.in_(f.ids))
    return stmt


def quote_page(
    session: Session, f: QuoteFilter, *, has_fts: bool, after: Key | None = None, limit: int = 50
) -> tuple[list[dict[str, Any]], Key | None]:
    """One page of statements, newest article first.

    Returns:
        The rows (the CLI's ``QuoteHit`` fields plus ``speaker_country``) and the key to pass
        as ``after`` for the next page, or None on the last page.
    """
    dense = _dense(session, has_fts, _WORDS.findall(f.search or ""))
    stmt = _quote_select(f, has_fts, dense=dense)
    cond = _after(ArticleRow.published_date, QuoteRow.id, after)
    if cond is not None:
        stmt = stmt.where(cond)
    stmt = stmt.order_by(ArticleRow.published_date.desc().nulls_last(), QuoteRow.id.desc()).limit(limit + 1)
    rows = list(session.execute(stmt).tuples())
    more = len(rows) > limit
    rows = rows[:limit]
    out = [_quote_dict(q, a, country) for q, a, country in rows]
    next_key: Key | None = None
    if more and rows:
        q, a, _ = rows[-1]
        next_key = (_iso(a.published_date), q.id)
    return out, next_key


def _quote_dict(q: QuoteRow, a: ArticleRow, country: str | None) -> dict[str, Any]:
    hit = QuoteHit.from_rows(q, a)
    row = hit.to_dict()
    row["speaker_country"] = country
    return row


# -- articles -------------------------------------------------------------------------------


def article_page(
    session: Session,
    *,
    source: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    after: Key | None = None,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], Key | None]:
    """One page of article summaries (no text), newest first, with quote and event counts."""
    n_quotes = select(func.count()).where(QuoteRow.article_id == ArticleRow.id).scalar_subquery()
    n_events = select(func.count()).where(EventRow.article_id == ArticleRow.id).scalar_subquery()
    stmt = select(
        ArticleRow.id,
        ArticleRow.title,
        ArticleRow.published,
        ArticleRow.published_date,
        ArticleRow.source,
        ArticleRow.url,
        ArticleRow.language,
        n_quotes.label("quotes"),
        n_events.label("events"),
    )
    if source:
        stmt = stmt.where(ArticleRow.source.ilike(_like(source), escape="\\"))
    if since is not None:
        stmt = stmt.where(ArticleRow.published_date >= since)
    if until is not None:
        stmt = stmt.where(ArticleRow.published_date <= until)
    cond = _after(ArticleRow.published_date, ArticleRow.id, after)
    if cond is not None:
        stmt = stmt.where(cond)
    stmt = stmt.order_by(ArticleRow.published_date.desc().nulls_last(), ArticleRow.id.desc()).limit(limit + 1)
    rows = session.execute(stmt).all()
    more = len(rows) > limit
    rows = rows[:limit]
    out = [
        {
            "id": r.id,
            "title": r.title,
            "published": r.published,
            "source": r.source,
            "url": r.url,
            "language": r.language,
            "quotes": int(r.quotes),
            "events": int(r.events),
        }
        for r in rows
    ]
    next_key = (_iso(rows[-1].published_date), rows[-1].id) if more and rows else None
    return out, next_key


def article_actor_ids(session: Session, article_id: str) -> dict[str, int]:
    """Record-local actor id (``a1``) → global actor id, for one article."""
    stmt = select(ArticleActorRow.local_id, ArticleActorRow.actor_id).where(ArticleActorRow.article_id == article_id)
    return {local: int(glob) for local, glob in session.execute(stmt).tuples()}


# -- events ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of an event listing (AND).

    Attributes:
        source: the acting actor's global id.
        target: the acted-upon actor's global id.
        source_country: the acting actor's country code.
        target_country: the acted-upon actor's country code.
        type: PLOVER type.
        since: articles published on or after this date.
        until: articles published on or before this date.
        ids: only these event ids (global).
        article_id: only the events of this article.
    """

    source: int | None = None
    target: int | None = None
    source_country: str | None = None
    target_country: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    ids: tuple[int, ...] | None = None
    article_id: str | None = None


def event_page(
    session: Session, f: EventFilter, *, after: Key | None = None, limit: int = 50
) -> tuple[list[dict[str, Any]], Key | None]:
    """One page of events with their article's date and both actors' names, newest first."""
    src, tgt = aliased(ActorRow), aliased(ActorRow)
    stmt = (
        select(EventRow, ArticleRow.published, ArticleRow.published_date, ArticleRow.title, src, tgt)
        .join(ArticleRow, EventRow.article_id == ArticleRow.id)
        .outerjoin(src, src.id == EventRow.source_actor_id)
        .outerjoin(tgt, tgt.id == EventRow.target_actor_id)
    )
    if f.source is not None:
        stmt = stmt.where(EventRow.source_actor_id == f.source)
    if f.target is not None:
        stmt = stmt.where(EventRow.target_actor_id == f.target)
    if f.source_country:
        stmt = stmt.where(src.country == f.source_country.upper())
    if f.target_country:
        stmt = stmt.where(tgt.country == f.target_country.upper())
    if f.type:
        stmt = stmt.where(EventRow.type == f.type.upper())
    if f.since is not None:
        stmt = stmt.where(ArticleRow.published_date >= f.since)
    if f.until is not None:
        stmt = stmt.where(ArticleRow.published_date <= f.until)
    if f.ids is not None:
        stmt = stmt.where(EventRow.id.in_(f.ids))
    if f.article_id is not None:
        stmt = stmt.where(EventRow.article_id == f.article_id)
    cond = _after(ArticleRow.published_date, EventRow.id, after)
    if cond is not None:
        stmt = stmt.where(cond)
    stmt = stmt.order_by(ArticleRow.published_date.desc().nulls_last(), EventRow.id.desc()).limit(limit + 1)
    rows = list(session.execute(stmt).tuples())
    more = len(rows) > limit
    rows = rows[:limit]
    out = [_event_dict(e, published, title, s, t) for e, published, _, title, s, t in rows]
    next_key = (_iso(rows[-1][2]), rows[-1][0].id) if more and rows else None
    return out, next_key


def _actor_ref(row: ActorRow | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"id": row.id, "name": row.name, "kind": row.kind, "country": row.country}


def _event_dict(
    e: EventRow, published: str | None, title: str | None, src: ActorRow | None, tgt: ActorRow | None
) -> dict[str, Any]:
    return {
        "id": e.id,
        "article_id": e.article_id,
        "event_id": e.local_id,
        "type": e.type,
        "cameo": e.cameo,
        "intensity": e.intensity,
        "source": _actor_ref(src),
        "target": _actor_ref(tgt),
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "confidence": e.confidence,
        "text": e.text,
        "start": e.start,
        "end": e.end,
        "quote": e.quote_local,
        "published": published,
        "title": title,
    }


# -- actors ---------------------------------------------------------------------------------


def actor_page(
    session: Session,
    *,
    country: str | None = None,
    kind: str | None = None,
    name: str | None = None,
    after: int | None = None,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], int | None]:
    """One page of global actors in id order (stable under inserts), with quote counts."""
    n_quotes = select(func.count()).where(QuoteRow.speaker_actor_id == ActorRow.id).scalar_subquery()
    stmt = select(ActorRow, n_quotes.label("quotes"))
    if country:
        stmt = stmt.where(ActorRow.country == country.upper())
    if kind:
        stmt = stmt.where(ActorRow.kind == kind.lower())
    if name and name.strip():
        stmt = stmt.where(ActorRow.name.ilike(_like(name.strip()), escape="\\"))
    if after is not None:
        stmt = stmt.where(ActorRow.id > after)
    stmt = stmt.order_by(ActorRow.id).limit(limit + 1)
    rows = list(session.execute(stmt).tuples())
    more = len(rows) > limit
    rows = rows[:limit]
    out = [{**(_actor_ref(a) or {}), "quotes": int(n)} for a, n in rows]
    return out, (rows[-1][0].id if more and rows else None)


def actor_detail(session: Session, actor_id: int, *, top: int = 10, latest: int = 10) -> dict[str, Any] | None:
    """Everything the actor page shows except its latest statements.

    Returns:
        ``None`` when there is no such actor; else its name, kind, country, aliases, titles with
        first/last dates, counts, statements per month, top addressees and top event targets,
        and ``latest_ids``, the store ids of its ``latest`` newest statements.
    """
    actor = session.get(ActorRow, actor_id)
    if actor is None:
        return None
    aliases = list(
        session.scalars(select(ActorAliasRow.alias).where(ActorAliasRow.actor_id == actor_id).order_by(ActorAliasRow.id))
    )
    titles = [
        {"title": t.title, "country": t.country, "first_seen": _iso(t.first_seen), "last_seen": _iso(t.last_seen)}
        for t in session.scalars(
            select(ActorTitleRow)
            .where(ActorTitleRow.actor_id == actor_id)
            .order_by(ActorTitleRow.first_seen.nulls_last(), ActorTitleRow.id)
        )
    ]
    # One light pass over the actor's statements gives both the monthly counts and the latest
    # ones (joining quotes to articles twice, once per purpose, costs twice as much).
    dated = session.execute(
        select(QuoteRow.id, ArticleRow.published_date)
        .join(ArticleRow, QuoteRow.article_id == ArticleRow.id)
        .where(QuoteRow.speaker_actor_id == actor_id)
    ).all()
    months: dict[str, int] = {}
    for _, day in dated:
        if day is not None:
            key = f"{day.year:04d}-{day.month:02d}"
            months[key] = months.get(key, 0) + 1
    per_month = [{"month": m, "statements": n} for m, n in sorted(months.items())]
    newest = sorted(dated, key=lambda r: (r[1] is not None, r[1] or dt.date.min, r[0]), reverse=True)
    n_quotes = len(dated)
    n_articles = (
        session.scalar(
            select(func.count(func.distinct(ArticleActorRow.article_id))).where(ArticleActorRow.actor_id == actor_id)
        )
        or 0
    )
    addressed = aliased(ActorRow)
    n = func.count().label("n")
    top_addressees = [
        {**(_actor_ref(a) or {}), "statements": int(c)}
        for a, c in session.execute(
            select(addressed, n)
            .join(QuoteRow, QuoteRow.addressee_actor_id == addressed.id)
            .where(QuoteRow.speaker_actor_id == actor_id)
            .group_by(addressed.id)
            .order_by(n.desc(), addressed.id)
            .limit(top)
        ).tuples()
    ]
    target = aliased(ActorRow)
    mean = func.avg(EventRow.intensity).label("mean_intensity")
    top_targets = [
        {**(_actor_ref(a) or {}), "events": int(c), "mean_intensity": round(float(m), 2)}
        for a, c, m in session.execute(
            select(target, n, mean)
            .join(EventRow, EventRow.target_actor_id == target.id)
            .where(EventRow.source_actor_id == actor_id)
            .group_by(target.id)
            .order_by(n.desc(), target.id)
            .limit(top)
        ).tuples()
    ]
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "aliases": aliases,
        "titles": titles,
        "quotes": int(n_quotes),
        "articles": int(n_articles),
        "statements_per_month": per_month,
        "top_addressees": top_addressees,
        "top_targets": top_targets,
        "latest_ids": [int(i) for i, _ in newest[:latest]],
    }


def actor_refs(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Global actor id → ``{id, name, kind, country}`` for the ids that exist."""
    if not ids:
        return {}
    rows = session.scalars(select(ActorRow).where(ActorRow.id.in_(list(set(ids)))))
    return {r.id: _actor_ref(r) or {} for r in rows}


def country_actor(session: Session, code: str) -> dict[str, Any] | None:
    """The actor that stands for a country or IGO code (``kind`` country/igo), if stored."""
    row = session.scalars(
        select(ActorRow)
        .where(ActorRow.country == code.upper(), ActorRow.kind.in_(("country", "igo")))
        .order_by(ActorRow.id)
        .limit(1)
    ).first()
    return _actor_ref(row)
