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
already stored. Clustering one article is one short transaction under the store's write lock
(:mod:`onrecord.store.writelock`), so two writers storing two copies of a story at once put
them in one story, never two.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import numpy as np
from sqlalchemy import Select, exists, func, insert, select, update
from sqlalchemy.engine import Connection

from onrecord.store import writelock
from onrecord.store.lsh import band_keys, candidates, store_keys
from onrecord.store.schema import ArticleRow
from onrecord.store.schema_lsh import StoryBucketRow
from onrecord.store.schema_sources import ArticleSignatureRow, StoryClusterRow

if TYPE_CHECKING:
    from datasketch import LeanMinHash

    from onrecord.record import Record
    from onrecord.store.core import Store

SHINGLE_WORDS = 5
NUM_PERM = 128
THRESHOLD = 0.5
SEED = 1
_WORDS = re.compile(r"\w+", re.UNICODE)
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_NEVER = dt.date.max


def _fold(text: str) -> str:
    """Like :func:`~onrecord.store.identity.fold` for whole articles, but fast: the
    combining marks go in one regex pass instead of a Python loop over every character."""
    if text.isascii():
        return text.casefold()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def shingles(text: str, size: int = SHINGLE_WORDS) -> list[bytes]:
    """The word shingles of a text (folded case and accents), as bytes for hashing.

    A text shorter than ``size`` words is one shingle.

    Example:
        >>> [s.decode() for s in shingles("Ána Voss met Teo Marr today", size=5)]
        ['ana voss met teo marr', 'voss met teo marr today']
    """
    words = _WORDS.findall(_fold(text))
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")] if words else []
    return list({" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)})


_TEMPLATES: dict[int, Any] = {}


def minhash(items: Iterable[bytes], num_perm: int = NUM_PERM) -> LeanMinHash:
    """A MinHash signature of byte strings (permutations are built once per size)."""
    from datasketch import LeanMinHash, MinHash

    template = _TEMPLATES.get(num_perm)
    if template is None:
        template = _TEMPLATES[num_perm] = MinHash(num_perm=num_perm, seed=SEED)
    m = MinHash(num_perm=num_perm, seed=SEED, permutations=template.permutations, scheme=template.scheme)
    m.update_batch(list(items))
    return LeanMinHash(m)


def to_bytes(sig: LeanMinHash) -> bytes:
    """A signature as stored: its hash values as little-endian uint32 (values fit 32 bits)."""
    return np.asarray(sig.hashvalues, dtype="<u4").tobytes()


def from_bytes(data: bytes) -> LeanMinHash:
    """The signature :func:`to_bytes` stored."""
    from datasketch import LeanMinHash

    values = np.frombuffer(data, dtype="<u4").astype(np.uint64)
    return LeanMinHash(seed=SEED, hashvalues=values, scheme="affine32")


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where an article went: its story, whether it matched another copy, and how closely."""

    article_id: str
    story_id: int
    matched: str | None = None
    similarity: float | None = None


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
            found = conn.execute(select(signatures_t.c.article_id).where(signatures_t.c.article_id == article_id))
            return found.first() is not None

    def best_match(self, sig: LeanMinHash) -> tuple[str, float] | None:
        """The stored article most similar to ``sig`` at or above the threshold."""
        with self.store.engine.connect() as conn:
            found = self._best(conn, sig, band_keys(sig.hashvalues, self.threshold, NUM_PERM))
        return (found[0], found[1]) if found else None

    def _best(self, conn: Connection, sig: LeanMinHash, keys: list[tuple[int, int]]) -> tuple[str, float, int] | None:
        """``(article_id, similarity, story_id)`` of the closest stored copy, if any."""
        ids = candidates(conn, StoryBucketRow.__table__, "article_id", keys)
        if not ids:
            return None
        signatures_t = ArticleSignatureRow.__table__
        best: tuple[str, float, int] | None = None
        rows = conn.execute(
            select(signatures_t.c.article_id, signatures_t.c.story_id, signatures_t.c.signature).where(
                signatures_t.c.article_id.in_(ids)
            )
        )
        for candidate, story_id, data in rows:
            similarity = float(sig.jaccard(from_bytes(data)))
            if similarity < self.threshold:
                continue
            # Ties go to the older story, so the outcome never depends on the order rows come in.
            if best is None or (similarity, -story_id) > (best[1], -best[2]):
                best = (candidate, similarity, story_id)
        return best

    def add(self, article_id: str, text: str) -> Assignment:
        """Cluster one stored article (a no-op returning its assignment when already done)."""
        sig = minhash(shingles(text))  # outside the lock: the CPU work stays parallel
        keys = band_keys(sig.hashvalues, self.threshold, NUM_PERM)
        # Core statements, not ORM objects: this runs once per ingested article.
        clusters_t, signatures_t = StoryClusterRow.__table__, ArticleSignatureRow.__table__
        with self.store.engine.connect() as conn:
            writelock.lock(conn)
            done = conn.execute(select(signatures_t.c.story_id).where(signatures_t.c.article_id == article_id)).scalar()
            if done is not None:
                conn.rollback()
                return Assignment(article_id, int(done))
            match = self._best(conn, sig, keys)
            if match is None:
                story_id = int(conn.execute(insert(clusters_t).values(canonical_article_id=article_id, size=1)).inserted_primary_key[0])
            else:
                story_id = match[2]
                canonical = conn.execute(select(clusters_t.c.canonical_article_id).where(clusters_t.c.id == story_id)).scalar_one()
                values: dict[str, Any] = {"size": clusters_t.c.size + 1}
                if _earlier(conn, article_id, canonical):
                    values["canonical_article_id"] = article_id
                conn.execute(update(clusters_t).where(clusters_t.c.id == story_id).values(**values))
            conn.execute(
                insert(signatures_t).values(
                    article_id=article_id, story_id=story_id, signature=to_bytes(sig), similarity=match[1] if match else None
                )
            )
            store_keys(conn, StoryBucketRow.__table__, "article_id", article_id, keys)
            conn.commit()
        return Assignment(article_id, story_id, match[0] if match else None, match[1] if match else None)


def _order_key(published: dt.date | None, ingested: dt.datetime | None, article_id: str) -> tuple[Any, ...]:
    stamp = ingested.replace(tzinfo=None) if ingested is not None else dt.datetime.max
    return (published or _NEVER, stamp, article_id)


def _earlier(session: Connection, a: str, b: str) -> bool:
    """Whether article ``a`` was published before ``b`` (undated articles come last)."""
    rows = {
        r.id: _order_key(r.published_date, r.ingested_at, r.id)
        for r in session.execute(
            select(ArticleRow.id, ArticleRow.published_date, ArticleRow.ingested_at).where(ArticleRow.id.in_((a, b)))
        )
    }
    return a in rows and b in rows and rows[a] < rows[b]


_INDEXES: weakref.WeakKeyDictionary[Any, StoryIndex] = weakref.WeakKeyDictionary()


def story_index(store: Store) -> StoryIndex:
    """The story index of ``store`` (its state lives in the database)."""
    index = _INDEXES.get(store)
    if index is None:
        index = _INDEXES[store] = StoryIndex(store)
    return index


def index_article(store: Store, record: Record, *, quotes: bool = True) -> Assignment:
    """Cluster a just-stored article into its story and its quotes into quote clusters.

    The ingest calls this for every new article; it is idempotent.
    """
    assignment = story_index(store).add(record.id, record.text)
    if quotes and record.quotes:
        from onrecord.store.lineage import index_quotes

        index_quotes(store, record.id)
    return assignment


def index_backlog(store: Store, *, quotes: bool = True) -> int:
    """Cluster every stored article that is not clustered yet, oldest published first.

    Articles stored before clustering existed (or by a tool that bypassed the ingest) are
    picked up here; the CLI runs it before listing stories or lineage. Returns the count.
    """
    index = story_index(store)
    stmt = (
        select(ArticleRow.id, ArticleRow.text)
        .where(~exists().where(ArticleSignatureRow.article_id == ArticleRow.id))
        .order_by(ArticleRow.published_date.is_(None), ArticleRow.published_date, ArticleRow.ingested_at)
    )
    with store._session() as session:  # noqa: SLF001
        pending = list(session.execute(stmt).tuples())
    for article_id, text in pending:
        index.add(article_id, text)
    if quotes:
        from onrecord.store.lineage import index_quote_backlog

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
    with store._session() as session:  # noqa: SLF001
        return set(session.scalars(canonical_ids_select()))


def canonical_of(store: Store) -> dict[str, str]:
    """For every clustered article, the canonical article of its story (itself if canonical)."""
    stmt = select(ArticleSignatureRow.article_id, StoryClusterRow.canonical_article_id).join(
        StoryClusterRow, StoryClusterRow.id == ArticleSignatureRow.story_id
    )
    with store._session() as session:  # noqa: SLF001
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


def outlet_name(source: str | None, url: str | None, article_id: str) -> str:
    """The outlet an article counts as: its source name, else its URL's host, else itself."""
    if source and source.strip():
        return source.strip()
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return article_id


def stories(store: Store, *, min_articles: int = 1, limit: int | None = None, story_ids: Iterable[int] | None = None) -> list[Story]:
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
    with store._session() as session:  # noqa: SLF001
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
        rows.sort(key=lambda r: (r.id != cluster.canonical_article_id, _order_key(r.published_date, r.ingested_at, r.id)))
        reports = [
            Report(r.id, outlet_name(r.source, r.url, r.id), r.published, r.title, r.url, r.similarity) for r in rows
        ]
        result.append(Story(cluster.id, cluster.canonical_article_id, reports))
    return result


def story_of(store: Store, article_id: str) -> Story | None:
    """The story cluster an article belongs to (None when it is not clustered yet)."""
    with store._session() as session:  # noqa: SLF001
        story_id = session.scalar(
            select(ArticleSignatureRow.story_id).where(ArticleSignatureRow.article_id == article_id)
        )
    if story_id is None:
        return None
    found = stories(store, story_ids=[story_id])
    return found[0] if found else None


def story_count(store: Store) -> tuple[int, int]:
    """``(stories, articles)``: distinct stories (unclustered articles count as their own)."""
    with store._session() as session:  # noqa: SLF001
        articles = int(session.scalar(select(func.count()).select_from(ArticleRow)) or 0)
        counted = int(session.scalar(select(func.count()).select_from(canonical_ids_select().subquery())) or 0)
    return counted, articles
