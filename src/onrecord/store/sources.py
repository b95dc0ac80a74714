"""Feed sources in the store: add, list, remove, and the watch loop's bookkeeping.

A source remembers the validators of its last good poll (ETag, Last-Modified) for the next
conditional GET, when it is due again, and how often in a row it failed (for back-off).
Entries already handled are kept per source, so a poll only fetches what is new.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from onrecord.store import writelock
from onrecord.store.identity import normalise_url
from onrecord.store.schema_sources import SourceEntryRow, SourceRow
from onrecord.validation import InvalidValue, parse_id

if TYPE_CHECKING:
    from onrecord.store.core import Store


def utcnow() -> dt.datetime:
    """Now, in UTC (naive values read back from SQLite are treated as UTC)."""
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True)
class Source:
    """A feed the watch loop polls, with its state."""

    id: int
    url: str
    name: str | None
    origin: str | None
    added_at: dt.datetime | None
    etag: str | None
    last_modified: str | None
    last_polled_at: dt.datetime | None
    last_ok_at: dt.datetime | None
    next_poll_at: dt.datetime | None
    failures: int
    last_error: str | None
    articles: int

    @classmethod
    def of(cls, row: SourceRow) -> Source:
        """From a table row."""
        return cls(
            id=row.id,
            url=row.url,
            name=row.name,
            origin=row.origin,
            added_at=_aware(row.added_at),
            etag=row.etag,
            last_modified=row.last_modified,
            last_polled_at=_aware(row.last_polled_at),
            last_ok_at=_aware(row.last_ok_at),
            next_poll_at=_aware(row.next_poll_at),
            failures=row.failures or 0,
            last_error=row.last_error,
            articles=row.articles or 0,
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON/CSV output (timestamps as ISO 8601)."""
        out: dict[str, Any] = {}
        for name in ("id", "name", "url", "origin", "articles", "failures", "last_error"):
            out[name] = getattr(self, name)
        for name in ("added_at", "last_polled_at", "last_ok_at", "next_poll_at"):
            value = getattr(self, name)
            out[name] = value.isoformat(timespec="seconds") if value else None
        return out


def add_source(
    store: Store, url: str, *, name: str | None = None, origin: str | None = None
) -> tuple[Source, bool]:
    """Add a feed (or return the one already there, by normalised URL).

    Returns:
        ``(source, created)``; an existing source gets ``name`` when it had none.
    """
    url = url.strip()
    with store.transaction() as session:
        writelock.lock(session)  # two writers adding the same feed at once get one source
        existing = _find(session, url)
        if existing is not None:
            if name and not existing.name:
                existing.name = name
            return Source.of(existing), False
        row = SourceRow(
            url=url, name=name, origin=origin, added_at=utcnow(), failures=0, articles=0
        )
        session.add(row)
        try:
            session.flush()
        except IntegrityError:  # pragma: no cover - another process added it just now
            session.rollback()
            return Source.of(_find(session, url)), False  # type: ignore[arg-type]
        return Source.of(row), True


def _find(session: Any, ref: str) -> SourceRow | None:
    ref = ref.strip()
    try:
        source_id = parse_id(ref)
    except InvalidValue:
        source_id = None  # beyond any id: only a URL can match
    if source_id is not None:
        found = session.get(SourceRow, source_id)
        if found is not None:
            return found  # type: ignore[no-any-return]
    norm = normalise_url(ref)
    for row in session.scalars(
        select(SourceRow).where(
            or_(SourceRow.url == ref, SourceRow.url.like(f"%{_host_path(ref)}%"))
        )
    ):
        if normalise_url(row.url) == norm:
            return row  # type: ignore[no-any-return]
    return None


def _host_path(url: str) -> str:
    # A cheap LIKE prefilter; the exact comparison is on normalised URLs.
    tail = url.split("://", 1)[-1].lower()
    return tail.split("?", 1)[0].rstrip("/").replace("%", "").replace("_", "")[-40:]


def list_sources(store: Store) -> list[Source]:
    """Every source, oldest first."""
    with store.session() as session:
        return [Source.of(r) for r in session.scalars(select(SourceRow).order_by(SourceRow.id))]


def get_source(store: Store, ref: str) -> Source | None:
    """A source by id or URL."""
    with store.session() as session:
        row = _find(session, ref)
        return Source.of(row) if row is not None else None


def remove_source(store: Store, ref: str) -> Source | None:
    """Remove a source (by id or URL) and its entry log; its stored articles stay."""
    with store.transaction() as session:
        row = _find(session, ref)
        if row is None:
            return None
        source = Source.of(row)
        for entry in session.scalars(
            select(SourceEntryRow).where(SourceEntryRow.source_id == row.id)
        ):
            session.delete(entry)
        session.delete(row)
        return source


def record_poll(
    store: Store,
    source_id: int,
    *,
    ok: bool,
    next_poll_at: dt.datetime,
    error: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    new_articles: int = 0,
    name: str | None = None,
) -> int:
    """Save the outcome of a poll; returns the count of failures in a row."""
    now = utcnow()
    with store.transaction() as session:
        row = session.get_one(SourceRow, source_id)
        row.last_polled_at = now
        row.next_poll_at = next_poll_at
        row.articles = (row.articles or 0) + new_articles
        if ok:
            row.failures = 0
            row.last_error = None
            row.last_ok_at = now
            if etag is not None or last_modified is not None:
                row.etag, row.last_modified = etag, last_modified
            if name and not row.name:
                row.name = name
        else:
            row.failures = (row.failures or 0) + 1
            row.last_error = error
        return row.failures


def entry_key(identity: str) -> str:
    """The stored key of a feed entry (sha256 of its guid or link)."""
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def seen_entries(store: Store, source_id: int) -> set[str]:
    """Keys of the entries of a source already handled."""
    with store.session() as session:
        return set(
            session.scalars(
                select(SourceEntryRow.entry_key).where(SourceEntryRow.source_id == source_id)
            )
        )


def mark_entry(
    store: Store, source_id: int, key: str, *, url: str | None, status: str, article_id: str | None
) -> None:
    """Remember that an entry was handled (``new``, ``duplicate`` or ``failed``)."""
    with store.transaction() as session:
        writelock.lock(session)  # two pollers marking the same entry at once write one row
        row = session.get(SourceEntryRow, (source_id, key))
        if row is None:
            session.add(
                SourceEntryRow(
                    source_id=source_id,
                    entry_key=key,
                    url=url,
                    status=status,
                    article_id=article_id,
                    seen_at=utcnow(),
                )
            )
        else:
            row.status, row.article_id = status, article_id
