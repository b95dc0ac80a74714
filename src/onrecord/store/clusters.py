"""Story clusters: syndicated near-copies of one article counted once.

Exact copies (same normalised URL or same text) are never stored twice (see
:mod:`onrecord.store.identity`). Near-copies — a wire story re-run with a new headline, a
trimmed paragraph, an added local sentence — are stored, and grouped here into one *story
cluster*. The earliest published copy is the cluster's canonical article; the others are
reports of it. Counts, timelines and indices should count a cluster once
(:func:`canonical_article_ids`, :func:`canonical_ids_select`) and may show how many outlets
carried it (:func:`story_of`).

How near is near (measured by ``benchmarks/dedup.py``):

- the text is case- and accent-folded and split into words; **shingles are runs of 5
  consecutive words** (:data:`SHINGLE_WORDS`);
- a MinHash of :data:`NUM_PERM` (128) permutations estimates the Jaccard similarity of two
  articles' shingle sets;
- a MinHash LSH index (datasketch) finds candidates cheaply, tuned for a Jaccard
  **threshold of 0.5** (:data:`THRESHOLD`); a candidate joins the cluster only when its
  estimated similarity is at least that threshold too. Re-runs with a new headline and lede or
  a few edited sentences stay well above it; two different stories on the same event, which
  share names and stock phrases but few five-word runs, stay far below.

The signatures (``article_signatures``) and the LSH band buckets (``story_buckets``, see
:mod:`onrecord.store.lsh`) are stored in the database, and a new article's candidates are
found by one indexed query: every writer — in any process, on any machine — sees every article
already stored. Grouping runs inside the article's own transaction, under the store's write
lock (:mod:`onrecord.store.writelock`), so two writers storing two copies of a story at once
put them in one story, never two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, exists, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from onrecord.store import writelock
from onrecord.store.identity import outlet_name
from onrecord.store.lineage import index_quote_backlog, quote_index
from onrecord.store.lsh import band_keys, candidates, store_keys
from onrecord.store.results import Assignment
from onrecord.store.schema import ArticleRow
from onrecord.store.schema_lsh import StoryBucketRow
from onrecord.store.schema_sources import ArticleSignatureRow, StoryClusterRow
from onrecord.store.signatures import (
    NUM_PERM,
    SHINGLE_WORDS,
    from_bytes,
    minhash,
    per_store,
    shingles,
    to_bytes,
)

if TYPE_CHECKING:
    from datasketch import LeanMinHash

    from onrecord.record import Record
    from onrecord.store.core import Store

__all__ = [
    "NUM_PERM",
    "SHINGLE_WORDS",
    "THRESHOLD",
    "Assignment",
    "Report",
    "Story",
    "StoryIndex",
    "canonical_article_ids",
    "canonical_ids_select",
    "canonical_of",
    "index_article",
    "index_backlog",
    "minhash",
    "outlet_name",
    "shingles",
    "stories",
    "story_count",
    "story_index",
    "story_of",
]

THRESHOLD = 0.5
_NEVER = dt.date.max


class StoryIndex:
    """The near-duplicate index of a store, kept in its database (signatures and LSH buckets).

    Holds no state of its own beyond the store: use :func:`story_index` to get the one
    belonging to a store.
    """

    def __init__(self, store: Store, *, threshold: float = THRESHOLD) -> None:
        self.store = store
        self.threshold = threshold

    def __contains__(self, article_id: object) -> bool:
        signatures_t = ArticleSignatureRow.__table__
        with self.store.engine.connect() as conn:
            found = conn.execute(
                select(signatures_t.c.article_id).where(signatures_t.c.article_id == article_id)
            )
            return found.first() is not None

    def signature(self, text: str) -> LeanMinHash:
        """The MinHash of an article's text (CPU work: compute it before taking the lock)."""
        return minhash(shingles(text))

    def best_match(self, sig: LeanMinHash) -> tuple[str, float] | None:
        """The stored article most similar to ``sig`` at or above the threshold."""
        with self.store.engine.connect() as conn:
            found = self._best(conn, sig, self._bands(sig))
        return (found[0], found[1]) if found else None

    def _bands(self, sig: LeanMinHash) -> list[tuple[int, int]]:
        return band_keys(sig.hashvalues, self.threshold, NUM_PERM)

    def _best(
        self, conn: Connection | Session, sig: LeanMinHash, keys: list[tuple[int, int]]
    ) -> tuple[str, float, int] | None:
        """``(article_id, similarity, story_id)`` of the closest stored copy, if any."""
        connection = conn.connection() if isinstance(conn, Session) else conn
        ids = candidates(connection, StoryBucketRow.__table__, "article_id", keys)
        if not ids:
            return None
        signatures_t = ArticleSignatureRow.__table__
        best: tuple[str, float, int] | None = None
        rows = connection.execute(
            select(
                signatures_t.c.article_id, signatures_t.c.story_id, signatures_t.c.signature
            ).where(signatures_t.c.article_id.in_(ids))
        )
        for candidate, story_id, data in rows:
            similarity = float(sig.jaccard(from_bytes(data)))
            if similarity < self.threshold:
                continue
            # Ties go to the older story, so the outcome never depends on the order rows come in.
            if best is None or (similarity, -story_id) > (best[1], -best[2]):
                best = (candidate, similarity, story_id)
        return best

    def write(
        self, session: Session, article_id: str, text: str, *, sig: LeanMinHash | None = None
    ) -> Assignment:
        """Group one stored article into its story inside ``session``'s open transaction.

        Run it under the store's write lock (:mod:`onrecord.store.writelock`, as
        :meth:`Store.add_record <onrecord.store.Store.add_record>` and :meth:`add` do), so
        the candidates read here include every copy another writer has committed.

        Args:
            session: a session in the transaction that stored the article.
            article_id: the stored article.
            text: its text.
            sig: its :meth:`signature`, when already computed (outside the lock).
        """
        # Core statements, not ORM objects: this runs once per ingested article.
        clusters_t, signatures_t = StoryClusterRow.__table__, ArticleSignatureRow.__table__
        done = session.execute(
            select(signatures_t.c.story_id).where(signatures_t.c.article_id == article_id)
        ).scalar()
        if done is not None:
            return Assignment(article_id, int(done))
        sig = sig if sig is not None else self.signature(text)
        keys = self._bands(sig)
        match = self._best(session, sig, keys)
        if match is None:
            inserted = session.execute(
                insert(clusters_t).values(canonical_article_id=article_id, size=1)
            )
            story_id = int(inserted.inserted_primary_key[0])  # type: ignore[attr-defined]
        else:
            story_id = match[2]
            canonical = session.execute(
                select(clusters_t.c.canonical_article_id).where(clusters_t.c.id == story_id)
            ).scalar_one()
            values: dict[str, Any] = {"size": clusters_t.c.size + 1}
            if _earlier(session, article_id, canonical):
                values["canonical_article_id"] = article_id
            session.execute(update(clusters_t).where(clusters_t.c.id == story_id).values(**values))
        session.execute(
            insert(signatures_t).values(
                article_id=article_id,
                story_id=story_id,
                signature=to_bytes(sig),
                similarity=match[1] if match else None,
            )
        )
        store_keys(session.connection(), StoryBucketRow.__table__, "article_id", article_id, keys)
        return Assignment(
            article_id, story_id, match[0] if match else None, match[1] if match else None
        )

    def add(self, article_id: str, text: str) -> Assignment:
        """Group one stored article in a transaction of its own, under the store's write lock
        (a no-op returning its assignment when already done)."""
        sig = self.signature(text)  # outside the lock: the CPU work stays parallel
        with self.store.transaction() as session:
            writelock.lock(session)
            return self.write(session, article_id, text, sig=sig)


def _order_key(
    published: dt.date | None, ingested: dt.datetime | None, article_id: str
) -> tuple[Any, ...]:
    stamp = ingested.replace(tzinfo=None) if ingested is not None else dt.datetime.max
    return (published or _NEVER, stamp, article_id)


def _earlier(session: Session, a: str, b: str) -> bool:
    """Whether article ``a`` was published before ``b`` (undated articles come last)."""
    rows = {
        r.id: _order_key(r.published_date, r.ingested_at, r.id)
        for r in session.execute(
            select(ArticleRow.id, ArticleRow.published_date, ArticleRow.ingested_at).where(
                ArticleRow.id.in_((a, b))
            )
        )
    }
    return a in rows and b in rows and rows[a] < rows[b]


#: The story index of a store (its state lives in the database).
story_index = per_store(StoryIndex)


def index_article(store: Store, record: Record) -> Assignment:
    """Group an article stored without grouping (``add_record(..., group=False)``) into its
    story and its quotes into quote clusters, in one transaction under the store's write lock;
    idempotent.

    :meth:`Store.add_record <onrecord.store.Store.add_record>` does this itself.
    """
    stories_ = story_index(store)
    sig = stories_.signature(record.text)  # outside the lock
    with store.transaction() as session:
        writelock.lock(session)
        assignment = stories_.write(session, record.id, record.text, sig=sig)
        quote_index(store).write(session, record.id)
    return assignment


def index_backlog(store: Store) -> int:
    """Group every stored article that is not grouped yet, oldest published first.

    Articles stored before grouping existed (or with ``add_record(..., group=False)``) are
    picked up here; the CLI runs it before listing stories or lineage. Returns the count.
    """
    stmt = (
        select(ArticleRow.id, ArticleRow.text)
        .where(~exists().where(ArticleSignatureRow.article_id == ArticleRow.id))
        .order_by(
            ArticleRow.published_date.is_(None), ArticleRow.published_date, ArticleRow.ingested_at
        )
    )
    with store.session() as session:
        pending = list(session.execute(stmt).tuples())
    index = story_index(store)
    for article_id, text in pending:
        index.add(article_id, text)
    index_quote_backlog(store)
    return len(pending)


# -- queries for counts, timelines and pages ---------------------------------------------------


def canonical_ids_select() -> Select[tuple[str]]:
    """A SELECT of the ids of articles that count: canonical copies and unclustered articles.

    Use it inside other queries so a syndicated story counts once::

        stmt = select(func.count()).select_from(EventRow).where(
            EventRow.article_id.in_(canonical_ids_select()))
    """
    clustered = exists().where(ArticleSignatureRow.article_id == ArticleRow.id)
    canonical = select(StoryClusterRow.canonical_article_id)
    return select(ArticleRow.id).where(~clustered | ArticleRow.id.in_(canonical))


def canonical_article_ids(store: Store) -> set[str]:
    """Ids of the articles that count once per story (see :func:`canonical_ids_select`)."""
    with store.session() as session:
        return set(session.scalars(canonical_ids_select()))


def canonical_of(store: Store) -> dict[str, str]:
    """For every clustered article, the canonical article of its story (itself if canonical)."""
    stmt = select(ArticleSignatureRow.article_id, StoryClusterRow.canonical_article_id).join(
        StoryClusterRow, StoryClusterRow.id == ArticleSignatureRow.story_id
    )
    with store.session() as session:
        return dict(session.execute(stmt).tuples().all())


@dataclass(frozen=True, slots=True)
class Report:
    """One copy of a story: an article and the outlet that ran it."""

    article_id: str
    outlet: str
    published: str | None
    title: str | None
    url: str | None
    similarity: float | None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "similarity": self.similarity,
        }


@dataclass(frozen=True, slots=True)
class Story:
    """A story cluster: its canonical article first, then the other reports by date."""

    id: int
    canonical_article_id: str
    reports: list[Report] = field(default_factory=list)

    @property
    def outlets(self) -> int:
        """How many distinct outlets carried the story."""
        return len({r.outlet for r in self.reports})

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        first = self.reports[0] if self.reports else None
        return {
            "story_id": self.id,
            "canonical_article_id": self.canonical_article_id,
            "title": first.title if first else None,
            "published": first.published if first else None,
            "articles": len(self.reports),
            "outlets": self.outlets,
            "reports": [r.to_dict() for r in self.reports],
        }


def stories(
    store: Store,
    *,
    min_articles: int = 1,
    limit: int | None = None,
    story_ids: Iterable[int] | None = None,
) -> list[Story]:
    """Story clusters, the most widely carried first.

    Args:
        store: the store.
        min_articles: only clusters with at least this many stored copies.
        limit: at most this many clusters (None: all).
        story_ids: only these clusters.
    """
    stmt = select(StoryClusterRow).where(StoryClusterRow.size >= min_articles)
    if story_ids is not None:
        stmt = stmt.where(StoryClusterRow.id.in_(list(story_ids)))
    stmt = stmt.order_by(StoryClusterRow.size.desc(), StoryClusterRow.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    with store.session() as session:
        clusters = list(session.scalars(stmt))
        if not clusters:
            return []
        members = session.execute(
            select(
                ArticleSignatureRow.story_id,
                ArticleSignatureRow.similarity,
                ArticleRow.id,
                ArticleRow.source,
                ArticleRow.url,
                ArticleRow.published,
                ArticleRow.published_date,
                ArticleRow.ingested_at,
                ArticleRow.title,
            )
            .join(ArticleRow, ArticleRow.id == ArticleSignatureRow.article_id)
            .where(ArticleSignatureRow.story_id.in_([c.id for c in clusters]))
        ).all()
    by_story: dict[int, list[Any]] = {}
    for m in members:
        by_story.setdefault(m.story_id, []).append(m)
    result = []
    for cluster in clusters:
        rows = by_story.get(cluster.id, [])
        # Canonical first, then by date.
        rows.sort(
            key=lambda r: (
                r.id != cluster.canonical_article_id,
                _order_key(r.published_date, r.ingested_at, r.id),
            )
        )
        reports = [
            Report(
                r.id, outlet_name(r.source, r.url, r.id), r.published, r.title, r.url, r.similarity
            )
            for r in rows
        ]
        result.append(Story(cluster.id, cluster.canonical_article_id, reports))
    return result


def story_of(store: Store, article_id: str) -> Story | None:
    """The story cluster an article belongs to (None when it is not clustered yet)."""
    with store.session() as session:
        story_id = session.scalar(
            select(ArticleSignatureRow.story_id).where(ArticleSignatureRow.article_id == article_id)
        )
    if story_id is None:
        return None
    found = stories(store, story_ids=[story_id])
    return found[0] if found else None


def story_count(store: Store) -> tuple[int, int]:
    """``(stories, articles)``: distinct stories (unclustered articles count as their own)."""
    with store.session() as session:
        articles = int(session.scalar(select(func.count()).select_from(ArticleRow)) or 0)
        counted = int(
            session.scalar(select(func.count()).select_from(canonical_ids_select().subquery())) or 0
        )
    return counted, articles
