"""What the API routes and the pages share: filters parsed once, listings as JSON-ready dicts."""

from __future__ import annotations

import dataclasses
from typing import Any

from fastapi import HTTPException
from sqlalchemy.orm import Session

from onrecord.store import Store
from onrecord.store import web_queries as wq
from onrecord.web import params


def quote_filter(
    *,
    search: str | None = None,
    speaker: str | None = None,
    addressee: str | None = None,
    speaker_id: int | None = None,
    country: str | None = None,
    type: str | None = None,  # noqa: A002 - the API's parameter name
    since: str | None = None,
    until: str | None = None,
    article: str | None = None,
) -> wq.QuoteFilter:
    """Validate raw query values into a :class:`~onrecord.store.web_queries.QuoteFilter`."""
    start, end = params.date_range(since, until)
    return wq.QuoteFilter(
        search=search or None,
        speaker=speaker or None,
        addressee=addressee or None,
        speaker_id=speaker_id,
        country=params.code(country),
        type=params.event_type(type),
        since=start,
        until=end,
        article_id=article or None,
    )


def filter_echo(f: Any) -> dict[str, Any]:
    """A filter dataclass as JSON (dates as ISO strings), echoed back in listings."""
    out = {}
    for k, v in dataclasses.asdict(f).items():
        out[k] = v.isoformat() if hasattr(v, "isoformat") else v
    return out


def quotes(db: Session, store: Store, f: wq.QuoteFilter, *, cursor: str | None, limit: int) -> dict[str, Any]:
    """One page of statements: ``{items, next_cursor, limit, filters}``."""
    after = params.keyset_cursor(cursor)
    items, key = wq.quote_page(db, f, has_fts=store.has_fts, after=after, limit=limit)
    return {"items": items, "next_cursor": params.encode_cursor(key), "limit": limit, "filters": filter_echo(f)}


def event_filter(
    *,
    source: int | None = None,
    target: int | None = None,
    source_country: str | None = None,
    target_country: str | None = None,
    type: str | None = None,  # noqa: A002
    since: str | None = None,
    until: str | None = None,
    ids: list[int] | None = None,
    article: str | None = None,
) -> wq.EventFilter:
    """Validate raw query values into an :class:`~onrecord.store.web_queries.EventFilter`."""
    start, end = params.date_range(since, until)
    return wq.EventFilter(
        source=source,
        target=target,
        source_country=params.code(source_country, "source_country"),
        target_country=params.code(target_country, "target_country"),
        type=params.event_type(type),
        since=start,
        until=end,
        ids=tuple(ids) if ids else None,
        article_id=article or None,
    )


def events(db: Session, f: wq.EventFilter, *, cursor: str | None, limit: int) -> dict[str, Any]:
    """One page of events: ``{items, next_cursor, limit, filters}``."""
    after = params.keyset_cursor(cursor)
    items, key = wq.event_page(db, f, after=after, limit=limit)
    return {"items": items, "next_cursor": params.encode_cursor(key), "limit": limit, "filters": filter_echo(f)}


def actor(db: Session, store: Store, actor_id: int, *, latest: int = 10) -> dict[str, Any]:
    """The actor page's data; 404 when there is no such actor."""
    detail = wq.actor_detail(db, actor_id, latest=latest)
    if detail is None:
        raise HTTPException(404, f"no actor with id {actor_id}")
    ids = tuple(detail.pop("latest_ids"))
    page, _ = wq.quote_page(db, wq.QuoteFilter(ids=ids), has_fts=store.has_fts, limit=latest) if ids else ([], None)
    detail["latest_quotes"] = page
    return detail


def article(db: Session, store: Store, article_id: str) -> dict[str, Any]:
    """A stored article: ``record`` (the contract shape) and ``actor_ids`` (local → global)."""
    if len(article_id) > 64:
        raise HTTPException(404, "no such article")
    record = store.record(article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return {"record": record.to_dict(), "actor_ids": wq.article_actor_ids(db, article_id)}
