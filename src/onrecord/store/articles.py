"""Articles: listings, the local-to-global actor map of one article, the newest date.

Story clusters (syndicated copies of one article) are in :mod:`onrecord.store.clusters`; a
whole record is :meth:`Store.record <onrecord.store.Store.record>`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from onrecord.store.paging import Key, iso, like_pattern, newest_first
from onrecord.store.schema import ArticleActorRow, ArticleRow, EventRow, QuoteRow

if TYPE_CHECKING:
    from onrecord.store.core import Store


def article_page(
    session: Session,
    *,
    source: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    after: Key | None = None,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], Key | None]:
    """One page of article summaries (no text), newest first, with quote and event counts.

    Args:
        session: an open session.
        source: part of the outlet name (any case).
        since: published on or after this date.
        until: published on or before this date.
        after: the previous page's key.
        limit: rows per page.
    """
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
        stmt = stmt.where(ArticleRow.source.ilike(like_pattern(source), escape="\\"))
    if since is not None:
        stmt = stmt.where(ArticleRow.published_date >= since)
    if until is not None:
        stmt = stmt.where(ArticleRow.published_date <= until)
    rows, more = newest_first(
        session, stmt, ArticleRow.published_date, ArticleRow.id, after=after, limit=limit
    )
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
    next_key = (iso(rows[-1].published_date), rows[-1].id) if more and rows else None
    return out, next_key


def article_actor_ids(session: Session, article_id: str) -> dict[str, int]:
    """Record-local actor id (``a1``) → global actor id, for one article."""
    stmt = select(ArticleActorRow.local_id, ArticleActorRow.actor_id).where(
        ArticleActorRow.article_id == article_id
    )
    return {local: int(glob) for local, glob in session.execute(stmt).tuples()}


def latest_published(store: Store) -> dt.date | None:
    """The newest publication date in the store (one index lookup; None when none is dated)."""
    with store.session() as session:
        value = session.scalar(select(func.max(ArticleRow.published_date)))
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def store_version(store: Store) -> tuple[Any, ...]:
    """What changes whenever articles or events are added, removed or re-pointed (counts and
    the highest event id: two index lookups); caches of whole-store aggregates key on it."""
    with store.session() as session:
        events = session.execute(select(func.count(), func.max(EventRow.id))).one()
        articles = session.execute(select(func.count()).select_from(ArticleRow)).scalar_one()
    return (tuple(events), articles)
