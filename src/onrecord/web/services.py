"""What the API routes and the pages share: filters parsed once, listings as JSON-ready dicts.

The questions themselves are the store's (:mod:`onrecord.store.statements`,
:mod:`onrecord.store.events`, :mod:`onrecord.store.actor_queries`,
:mod:`onrecord.store.articles`), the same the CLI asks.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from fastapi import HTTPException

from onrecord.store import Store, StoreSession
from onrecord.store.actor_queries import profile_by_id
from onrecord.store.articles import article_actor_ids
from onrecord.store.events import (
    DEFAULT_MIN_CONFIDENCE,
    EventFilter,
    actor_party,
    checked_confidence,
    event_page,
)
from onrecord.store.statements import QuoteFilter, statement_page
from onrecord.validation import InvalidValue
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
) -> QuoteFilter:
    """Validate raw query values into a :class:`~onrecord.store.statements.QuoteFilter`."""
    start, end = params.date_range(since, until)
    return QuoteFilter(
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


def quotes(
    db: StoreSession, store: Store, f: QuoteFilter, *, cursor: str | None, limit: int
) -> dict[str, Any]:
    """One page of statements: ``{items, next_cursor, limit, filters}``."""
    after = params.keyset_cursor(cursor)
    page = statement_page(db, f, has_fts=store.has_fts, order="newest", after=after, limit=limit)
    return {
        "items": page.rows(),
        "next_cursor": params.encode_cursor(page.next_key),
        "limit": limit,
        "filters": filter_echo(f),
    }


def event_filter(
    *,
    source: int | None = None,
    target: int | None = None,
    source_country: str | None = None,
    target_country: str | None = None,
    type: str | None = None,  # noqa: A002 - the API's parameter name
    since: str | None = None,
    until: str | None = None,
    ids: list[int] | None = None,
    article: str | None = None,
    min_confidence: float | None = None,
) -> EventFilter:
    """Validate raw query values into an :class:`~onrecord.store.events.EventFilter`
    (``min_confidence`` None: the documented default, :data:`DEFAULT_MIN_CONFIDENCE`)."""
    start, end = params.date_range(since, until)
    kind = params.event_type(type)
    try:
        conf = checked_confidence(
            DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
        )
    except InvalidValue as exc:
        raise params.BadParameter("min_confidence", exc.reason) from None
    return EventFilter(
        source=actor_party(source) if source is not None else None,
        target=actor_party(target) if target is not None else None,
        source_country=params.code(source_country, "source_country"),
        target_country=params.code(target_country, "target_country"),
        types=(kind,) if kind else None,
        since=start,
        until=end,
        ids=tuple(ids) if ids else None,
        article_id=article or None,
        min_confidence=conf,
    )


def _event_echo(f: EventFilter) -> dict[str, Any]:
    """The event filter as the API has always echoed it (ids for parties, one type)."""
    return {
        "source": f.source.actor_ids[0] if f.source else None,
        "target": f.target.actor_ids[0] if f.target else None,
        "source_country": f.source_country,
        "target_country": f.target_country,
        "type": f.types[0] if f.types else None,
        "since": f.since.isoformat() if f.since else None,
        "until": f.until.isoformat() if f.until else None,
        "ids": list(f.ids) if f.ids is not None else None,
        "article_id": f.article_id,
        "min_confidence": f.min_confidence or 0.0,
    }


def events(db: StoreSession, f: EventFilter, *, cursor: str | None, limit: int) -> dict[str, Any]:
    """One page of events: ``{items, next_cursor, limit, filters}``."""
    after = params.keyset_cursor(cursor)
    items, key = event_page(db, f, order="newest", after=after, limit=limit)
    return {
        "items": items,
        "next_cursor": params.encode_cursor(key),
        "limit": limit,
        "filters": _event_echo(f),
    }


def _ref(c: Any, **extra: Any) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "kind": c.kind, "country": c.country, **extra}


def actor(
    db: StoreSession,
    store: Store,
    actor_id: int,
    *,
    top: int = 10,
    latest: int = 10,
    min_confidence: float | None = None,
) -> dict[str, Any]:
    """The actor page's data (the profile ``onrecord actor`` shows); 404 when there is no such
    actor. Its event counts and targets leave out events under ``min_confidence`` (None: the
    documented default, :data:`DEFAULT_MIN_CONFIDENCE`), as every other event view does."""
    try:
        conf = checked_confidence(
            DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
        )
    except InvalidValue as exc:
        raise params.BadParameter("min_confidence", exc.reason) from None
    profile = profile_by_id(db, actor_id, top=top, latest=latest, min_confidence=conf)
    if profile is None:
        raise HTTPException(404, f"no actor with id {actor_id}")
    ids = tuple(profile.latest_quote_ids)
    latest_rows = (
        statement_page(
            db, QuoteFilter(ids=ids, speaker_id=actor_id), has_fts=store.has_fts, limit=latest
        ).rows()
        if ids
        else []
    )
    return {
        "id": profile.id,
        "name": profile.name,
        "kind": profile.kind,
        "country": profile.country,
        "aliases": list(profile.aliases),
        "titles": [dataclasses.asdict(t) for t in profile.titles],
        "quotes": profile.statements,
        "joint_quotes": profile.joint_statements,
        "articles": profile.articles,
        "statements_per_month": profile.statements_per_month,
        "top_addressees": [_ref(c, statements=c.count) for c in profile.top_addressees],
        "top_targets": [
            _ref(c, events=c.count, mean_intensity=c.mean_intensity) for c in profile.top_targets
        ],
        "events_as_source": profile.events_as_source,
        "events_as_target": profile.events_as_target,
        "min_confidence": profile.min_confidence,
        "latest_quotes": latest_rows,
    }


def article(db: StoreSession, store: Store, article_id: str) -> dict[str, Any]:
    """A stored article: ``record`` (the contract shape) and ``actor_ids`` (local → global)."""
    if len(article_id) > 64:
        raise HTTPException(404, "no such article")
    record = store.record(article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return {"record": record.to_dict(), "actor_ids": article_actor_ids(db, article_id)}
