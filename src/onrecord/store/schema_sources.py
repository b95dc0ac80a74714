"""Tables for tracking news as it comes: feed sources, story clusters and quote lineage.

Kept apart from :mod:`onrecord.store.schema` (same declarative ``Base``, same naming
convention) so the source/deduplication work can evolve without touching the core tables.
Created by migration ``0003_sources_dedup``.

- ``sources``: RSS/Atom feeds to poll, with the validators of the last good poll (ETag,
  Last-Modified) and the failure/back-off state of the watch loop.
- ``source_entries``: feed entries already handled, so a poll only fetches what is new.
- ``story_clusters`` / ``article_signatures``: syndicated near-copies of one story (MinHash
  signatures; their LSH band buckets are in :mod:`onrecord.store.schema_lsh`).
- ``quote_clusters`` / ``quote_lineage``: the same quotation across articles.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onrecord.store.schema import Base


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SourceRow(Base):
    """A feed the watch loop polls."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)  # the OPML list it came from, if any
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_polled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_ok_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    next_poll_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    articles: Mapped[int] = mapped_column(Integer, default=0)


class SourceEntryRow(Base):
    """A feed entry already handled (stored, a duplicate, or given up on)."""

    __tablename__ = "source_entries"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    entry_key: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of guid/link
    url: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    article_id: Mapped[str | None] = mapped_column(String(64))
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)


class StoryClusterRow(Base):
    """Near-copies of one story; the earliest published copy is canonical."""

    __tablename__ = "story_clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    canonical_article_id: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer, default=1)


class ArticleSignatureRow(Base):
    """An article's MinHash signature and the story cluster it belongs to."""

    __tablename__ = "article_signatures"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    story_id: Mapped[int] = mapped_column(ForeignKey("story_clusters.id"), index=True)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    similarity: Mapped[float | None] = mapped_column(Float)  # to the copy it matched, if any


class QuoteClusterRow(Base):
    """One quotation as it travels between articles."""

    __tablename__ = "quote_clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    first_quote_id: Mapped[int] = mapped_column(Integer, index=True)
    size: Mapped[int] = mapped_column(Integer, default=1)


class QuoteLineageRow(Base):
    """A stored quote's place in a quote cluster, with its normalised wording."""

    __tablename__ = "quote_lineage"
    # By hash on PostgreSQL (migration pg03): looked up by equality only, and a B-tree entry
    # cannot hold a long quotation's key.
    __table_args__ = (Index("ix_quote_lineage_key", "key", postgresql_using="hash"),)

    quote_id: Mapped[int] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True
    )
    cluster_id: Mapped[int] = mapped_column(ForeignKey("quote_clusters.id"), index=True)
    key: Mapped[str] = mapped_column(Text)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
