"""Quote lineage: the same quotation across articles, who reported it first, how it drifted.

Two stored quotes are the same quotation when their *normalised wording* is the same (case,
accents, punctuation and spacing folded: ``“We will keep the border open,”`` and ``we will
keep the border open`` match) or near-exact: a MinHash LSH over character 5-grams of the
normalised wording proposes candidates (Jaccard threshold :data:`CANDIDATE_THRESHOLD`), and a
candidate is accepted when the edit similarity of the two wordings (rapidfuzz ``ratio``) is
at least :data:`NEAR_RATIO` (88 of 100) — a changed word, a dropped article or a spelling
variant, not a different sentence. Quotes shorter than :data:`MIN_WORDS` words (scare
quotes such as “terrorists”) are not clustered: the same word in two articles is not the
same statement.

Each cluster keeps its first appearance (earliest published article, then earliest stored),
every later outlet and date, and the wording variants. The same wording attributed to
different speakers is a possible misattribution (:func:`conflicts`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import and_, exists, insert, select, update
from sqlalchemy.orm import Session

from onrecord.store import writelock
from onrecord.store.identity import fold, outlet_name
from onrecord.store.lsh import band_keys, bucket_clause, candidates
from onrecord.store.schema import ArticleRow, MentionRow, QuoteRow
from onrecord.store.schema_lsh import QuoteBucketRow
from onrecord.store.schema_sources import QuoteClusterRow, QuoteLineageRow
from onrecord.store.signatures import minhash, per_store, to_bytes
from onrecord.store.statements import spoken_by
from onrecord.validation import InvalidValue, parse_id

if TYPE_CHECKING:
    from datasketch import LeanMinHash

    from onrecord.store.core import Store

MIN_WORDS = 4
CHAR_SHINGLE = 5
NUM_PERM = 64
CANDIDATE_THRESHOLD = 0.5
NEAR_RATIO = 88.0
T = TypeVar("T")
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalise_quote(text: str) -> str:
    """The wording used to match quotes: folded, punctuation dropped, single spaces.

    Example:
        >>> normalise_quote("“We will keep the border OPEN,”  she said")
        'we will keep the border open she said'
    """
    return _NOT_WORD.sub(" ", fold(text)).replace("_", " ").strip()


def _char_shingles(key: str) -> list[bytes]:
    if len(key) <= CHAR_SHINGLE:
        return [key.encode("utf-8")]
    return list(
        {key[i : i + CHAR_SHINGLE].encode("utf-8") for i in range(len(key) - CHAR_SHINGLE + 1)}
    )


def quote_signature(key: str) -> LeanMinHash:
    """The MinHash of a normalised wording (character 5-grams, 64 permutations)."""
    return minhash(_char_shingles(key), num_perm=NUM_PERM)


class QuoteIndex:
    """Normalised wordings and their LSH band buckets, kept in the database
    (``quote_lineage``, ``quote_buckets``; see :mod:`onrecord.store.lsh`), so every writer, in
    any process or on any machine, sees every quote already clustered.

    Use :func:`quote_index` to get the one belonging to a store; it holds no state of its own.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def match(self, session: Session, key: str, sig: LeanMinHash) -> int | None:
        """The cluster of an exact or near-exact wording already stored, if any (read in
        ``session``, so the transaction's own new wordings count)."""
        exact = session.scalar(
            select(QuoteLineageRow.cluster_id).where(QuoteLineageRow.key == key).limit(1)
        )
        if exact is not None:
            return int(exact)
        from rapidfuzz import fuzz

        ids = candidates(session.connection(), QuoteBucketRow.__table__, "quote_id", _bands(sig))
        if not ids:
            return None
        best: tuple[float, int] | None = None
        rows = session.execute(
            select(QuoteLineageRow.key, QuoteLineageRow.cluster_id).where(
                QuoteLineageRow.quote_id.in_(ids)
            )
        )
        for candidate, cluster_id in rows:
            score = fuzz.ratio(key, candidate)
            # Ties go to the older cluster, so the outcome never depends on the order rows come in.
            if score >= NEAR_RATIO and (best is None or (score, -cluster_id) > (best[0], -best[1])):
                best = (score, cluster_id)
        return best[1] if best else None

    def write(self, session: Session, article_id: str) -> int:
        """Put a stored article's quotes into quote clusters inside ``session``'s open
        transaction; returns how many were clustered (0 when they already are).

        Run it under the store's write lock (:mod:`onrecord.store.writelock`, as
        :meth:`Store.add_record <onrecord.store.Store.add_record>` and :func:`index_quotes`
        do), so two writers clustering the same quotation at once put it in one cluster.

        The stored wordings an article's quotes could match are read in three queries for
        the whole article (exact wordings, LSH buckets, the candidates' wordings), and the
        article's own new wordings are kept in memory as they are clustered, so each quote
        is matched exactly as :meth:`match` would match it one quote at a time.
        """
        rows = session.execute(
            select(QuoteRow.id, QuoteRow.text, ArticleRow.published_date, ArticleRow.ingested_at)
            .join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
            .where(
                QuoteRow.article_id == article_id,
                ~exists().where(QuoteLineageRow.quote_id == QuoteRow.id),
            )
            .order_by(QuoteRow.ordinal)
        ).all()
        todo = []
        for quote_id, text, published, ingested in rows:
            key = normalise_quote(text)
            if len(key.split()) < MIN_WORDS:
                continue
            sig = quote_signature(key)
            todo.append((quote_id, published, ingested, key, sig, _bands(sig)))
        if not todo:
            return 0
        stored = _Stored(session, [t[3] for t in todo], {b for t in todo for b in t[5]})
        lineage_rows: list[dict[str, Any]] = []
        bucket_rows: list[dict[str, Any]] = []
        # Clusters are decided in memory and written at the end, in as many statements as
        # there are tables: new clusters get stand-in ids above every stored one, in the
        # order they are made (so ties between them break as their real ids would).
        made: list[int] = []  # first quote of each new cluster, in order
        grown: dict[int, list[Any]] = {}  # stored cluster -> [added, first quote, its key]
        firsts = _firsts(session, [])
        for quote_id, published, ingested, key, sig, bands in todo:
            cluster_id = stored.match(key, bands)
            new_wording = key not in stored.exact
            if cluster_id is None:
                made.append(quote_id)
                cluster_id = _STAND_IN + len(made)
            elif cluster_id < _STAND_IN:
                if cluster_id not in grown:
                    firsts.update(_firsts(session, [cluster_id]))
                    grown[cluster_id] = [0, *firsts[cluster_id]]
                state = grown[cluster_id]
                state[0] += 1
                # (A cluster's own first quote gone leaves it first, as before.)
                own = _key(published, ingested, quote_id)
                if state[2] is not None and own < state[2]:
                    state[1], state[2] = quote_id, own
            # A new cluster of this article keeps its first quote: the article's later quotes
            # share its dates and have higher ids.
            lineage_rows.append(
                {
                    "quote_id": quote_id,
                    "cluster_id": cluster_id,
                    "key": key,
                    "signature": to_bytes(sig),
                }
            )
            stored.add(quote_id, cluster_id, key, bands if new_wording else ())
            if new_wording:  # one wording needs its buckets once; its repeats are found by key
                bucket_rows.extend({"band": b, "bucket": k, "quote_id": quote_id} for b, k in bands)
        sizes = Counter(row["cluster_id"] for row in lineage_rows)
        real: dict[int, int] = {}
        if made:
            inserted = session.execute(
                insert(_CLUSTERS).returning(_CLUSTERS.c.id, sort_by_parameter_order=True),
                [
                    {"first_quote_id": first, "size": sizes[_STAND_IN + n]}
                    for n, first in enumerate(made, 1)
                ],
            )
            real = {_STAND_IN + n: int(i) for n, i in enumerate(inserted.scalars(), 1)}
            for row in lineage_rows:
                row["cluster_id"] = real.get(row["cluster_id"], row["cluster_id"])
        for cluster_id, (added, first_id, _) in grown.items():
            values: dict[str, Any] = {"size": _CLUSTERS.c.size + added}
            if first_id != firsts[cluster_id][0]:
                values["first_quote_id"] = first_id
            session.execute(update(_CLUSTERS).where(_CLUSTERS.c.id == cluster_id).values(**values))
        connection = session.connection()
        connection.execute(insert(QuoteLineageRow.__table__), lineage_rows)
        if bucket_rows:
            connection.execute(insert(QuoteBucketRow.__table__), bucket_rows)
        return len(lineage_rows)


_CLUSTERS = QuoteClusterRow.__table__
# Stand-in ids of the clusters an article makes, until they are inserted (above any real id).
_STAND_IN = 1 << 62


def _firsts(session: Session, cluster_ids: list[int]) -> dict[int, tuple[int, Any]]:
    """For stored clusters: their first quote and its order key (None if the quote is gone)."""
    if not cluster_ids:
        return {}
    out: dict[int, tuple[int, Any]] = {}
    rows = session.execute(
        select(
            _CLUSTERS.c.id,
            _CLUSTERS.c.first_quote_id,
            QuoteRow.id,
            ArticleRow.published_date,
            ArticleRow.ingested_at,
        )
        .select_from(_CLUSTERS)
        .outerjoin(QuoteRow, QuoteRow.id == _CLUSTERS.c.first_quote_id)
        .outerjoin(ArticleRow, ArticleRow.id == QuoteRow.article_id)
        .where(_CLUSTERS.c.id.in_(cluster_ids))
    )
    for cluster_id, first_id, found, published, ingested in rows:
        out[int(cluster_id)] = (
            first_id,
            _key(published, ingested, first_id) if found is not None else None,
        )
    return out


class _Stored:
    """The wordings one article's quotes can match: those stored before it (read at once)
    and the article's own, added as its quotes are clustered."""

    def __init__(self, session: Session, keys: list[str], bands: set[tuple[int, int]]) -> None:
        lineage_t = QuoteLineageRow.__table__
        self.exact: dict[str, int] = {}
        first: dict[str, tuple[int, int]] = {}  # key -> (quote id, cluster) of its oldest row
        for part in _chunks(sorted(set(keys))):
            for quote_id, key, cluster_id in session.execute(
                select(lineage_t.c.quote_id, lineage_t.c.key, lineage_t.c.cluster_id).where(
                    lineage_t.c.key.in_(part)
                )
            ):
                if key not in first or quote_id < first[key][0]:
                    first[key] = (quote_id, int(cluster_id))
        self.exact = {key: cluster_id for key, (_, cluster_id) in first.items()}
        self.buckets: dict[tuple[int, int], list[int]] = {}
        buckets_t = QuoteBucketRow.__table__
        for part in _chunks(sorted(bands)):
            for band, bucket, quote_id in session.execute(
                select(buckets_t.c.band, buckets_t.c.bucket, buckets_t.c.quote_id).where(
                    bucket_clause(buckets_t, part)
                )
            ):
                self.buckets.setdefault((band, bucket), []).append(quote_id)
        self.wordings: dict[int, tuple[str, int]] = {}
        ids = sorted({q for qs in self.buckets.values() for q in qs})
        for part in _chunks(ids):
            for quote_id, key, cluster_id in session.execute(
                select(lineage_t.c.quote_id, lineage_t.c.key, lineage_t.c.cluster_id).where(
                    lineage_t.c.quote_id.in_(part)
                )
            ):
                self.wordings[quote_id] = (key, int(cluster_id))

    def match(self, key: str, bands: list[tuple[int, int]]) -> int | None:
        """The cluster of an exact or near-exact wording (as :meth:`QuoteIndex.match`)."""
        exact = self.exact.get(key)
        if exact is not None:
            return exact
        from rapidfuzz import fuzz

        ids = {q for b in bands for q in self.buckets.get(b, ())}
        best: tuple[float, int] | None = None
        for quote_id in ids:
            if quote_id not in self.wordings:
                continue  # buckets without a wording: nothing to compare (as in match)
            candidate, cluster_id = self.wordings[quote_id]
            score = fuzz.ratio(key, candidate)
            # Ties go to the older cluster, so the outcome never depends on the order of ids.
            if score >= NEAR_RATIO and (best is None or (score, -cluster_id) > (best[0], -best[1])):
                best = (score, cluster_id)
        return best[1] if best else None

    def add(
        self, quote_id: int, cluster_id: int, key: str, bands: Iterable[tuple[int, int]]
    ) -> None:
        """Count a wording just clustered (with its buckets when they are stored)."""
        self.exact.setdefault(key, cluster_id)
        self.wordings[quote_id] = (key, cluster_id)
        for band in bands:
            self.buckets.setdefault(band, []).append(quote_id)


# Values per query: well below SQLite's (32,766) and PostgreSQL's (65,535) bound parameters.
_CHUNK = 5000


def _chunks(values: list[T]) -> Iterator[list[T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _bands(sig: LeanMinHash) -> list[tuple[int, int]]:
    return band_keys(sig.hashvalues, CANDIDATE_THRESHOLD, NUM_PERM)


#: The quote index of a store (its state lives in the database).
quote_index = per_store(QuoteIndex)


def index_quotes(store: Store, article_id: str) -> int:
    """Put a stored article's quotes into quote clusters in a transaction of their own, under
    the store's write lock; returns how many were clustered (0 when they already are)."""
    index = quote_index(store)
    with store.transaction() as session:
        writelock.lock(session)
        return index.write(session, article_id)


def _key(published: dt.date | None, ingested: dt.datetime | None, quote_id: int) -> tuple[Any, ...]:
    stamp = ingested.replace(tzinfo=None) if ingested is not None else dt.datetime.max
    return (published or dt.date.max, stamp, quote_id)


def index_quote_backlog(store: Store) -> int:
    """Cluster the quotes of articles whose quotes were never clustered (oldest first)."""
    unclustered = ~exists().where(QuoteLineageRow.quote_id == QuoteRow.id)
    stmt = (
        select(ArticleRow.id)
        .where(exists().where(and_(QuoteRow.article_id == ArticleRow.id, unclustered)))
        .order_by(
            ArticleRow.published_date.is_(None), ArticleRow.published_date, ArticleRow.ingested_at
        )
    )
    with store.session() as session:
        article_ids = list(session.scalars(stmt))
    return sum(index_quotes(store, a) for a in article_ids)


# -- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Appearance:
    """One article carrying the quotation."""

    quote_ref: str  # ARTICLE_ID:qN, as `onrecord quotes --format jsonl` shows them
    article_id: str
    outlet: str
    published: str | None
    title: str | None
    url: str | None
    speaker: str | None
    speaker_actor_id: int | None
    text: str
    parties: tuple[int, ...] = ()
    """A joint statement's parties' actor ids, in text order (empty otherwise)."""

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        out = {k: getattr(self, k) for k in self.__slots__}  # type: ignore[attr-defined]
        out["parties"] = list(self.parties)
        return out


@dataclass(frozen=True, slots=True)
class Lineage:
    """A quote cluster: first appearance, then every later one by date."""

    id: int
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def first(self) -> Appearance:
        """Where the quotation was first reported."""
        return self.appearances[0]

    @property
    def variants(self) -> list[str]:
        """Distinct wordings, the first appearance's first."""
        seen: dict[str, None] = {}
        for a in self.appearances:
            seen.setdefault(a.text, None)
        return list(seen)

    @property
    def repeated_by(self) -> int:
        """How many other outlets repeated it after the first one."""
        return len({a.outlet for a in self.appearances} - {self.first.outlet})

    @property
    def summary(self) -> str:
        """``first reported by X on D, repeated by N outlets`` — for pages and the API."""
        when = f" on {self.first.published[:10]}" if self.first.published else ""
        n = self.repeated_by
        return f"first reported by {self.first.outlet}{when}, repeated by {n} outlet{'s' if n != 1 else ''}"

    @property
    def speakers(self) -> list[str]:
        """Distinct speakers it was attributed to (unknown speakers left out)."""
        seen: dict[str, str] = {}
        for a in self.appearances:
            if a.speaker:
                seen.setdefault(_speaker_key(a), a.speaker)
        return list(seen.values())

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "lineage_id": self.id,
            "summary": self.summary,
            "first": self.first.to_dict(),
            "repeated_by": self.repeated_by,
            "variants": self.variants,
            "speakers": self.speakers,
            "appearances": [a.to_dict() for a in self.appearances],
        }


def _speaker_key(a: Appearance) -> str:
    if a.speaker_actor_id is not None:
        return f"actor:{a.speaker_actor_id}"
    if a.parties:
        # A joint statement is the same speakers however the article words them ("Putin and
        # Lavrov", "the president and his foreign minister").
        return "parties:" + ",".join(str(p) for p in sorted(set(a.parties)))
    return f"name:{fold(a.speaker)}"


def lineages(store: Store, cluster_ids: Iterable[int]) -> list[Lineage]:
    """The lineages of these quote clusters, in the order given."""
    ids = list(dict.fromkeys(cluster_ids))
    if not ids:
        return []
    stmt = (
        select(QuoteLineageRow.cluster_id, QuoteRow, ArticleRow)
        .join(QuoteRow, QuoteRow.id == QuoteLineageRow.quote_id)
        .join(ArticleRow, ArticleRow.id == QuoteRow.article_id)
        .where(QuoteLineageRow.cluster_id.in_(ids))
    )
    with store.session() as session:
        firsts = dict(
            session.execute(
                select(QuoteClusterRow.id, QuoteClusterRow.first_quote_id).where(
                    QuoteClusterRow.id.in_(ids)
                )
            )
            .tuples()
            .all()
        )
        rows = session.execute(stmt).tuples().all()
        parties = _parties(session, [q for _, q, _ in rows])
    grouped: dict[int, list[tuple[QuoteRow, ArticleRow]]] = {}
    for cluster_id, q, a in rows:
        grouped.setdefault(cluster_id, []).append((q, a))
    result = []
    for cluster_id in ids:
        members = grouped.get(cluster_id)
        if not members:
            continue
        first_id = firsts.get(cluster_id)
        members.sort(
            key=lambda qa: (
                qa[0].id != first_id,
                _key(qa[1].published_date, qa[1].ingested_at, qa[0].id),
            )
        )
        result.append(
            Lineage(cluster_id, [_appearance(q, a, parties.get(q.id, ())) for q, a in members])
        )
    return result


def _parties(session: Session, quotes: list[QuoteRow]) -> dict[int, tuple[int, ...]]:
    """The resolved parties' actor ids of the joint statements among ``quotes``, by store id
    (one query, through the mentions' article index)."""
    joint = [q for q in quotes if q.speaker_actor_id is None and q.speaker_start is not None]
    if not joint:
        return {}
    whole = {q.id: (q.speaker_start, q.speaker_end) for q in joint}
    found = session.execute(
        select(MentionRow.quote_id, MentionRow.actor_id, MentionRow.start, MentionRow.end)
        .where(
            MentionRow.article_id.in_(sorted({q.article_id for q in joint})),
            MentionRow.quote_id.in_(sorted(whole)),
            MentionRow.role == "speaker",
            MentionRow.actor_id.is_not(None),
        )
        .order_by(MentionRow.quote_id, MentionRow.start, MentionRow.id)
    ).tuples()
    out: dict[int, list[int]] = {}
    for qid, actor_id, start, end in found:
        if qid is not None and (start, end) != whole.get(qid):
            out.setdefault(qid, []).append(actor_id)
    return {qid: tuple(ids) for qid, ids in out.items()}


def _appearance(q: QuoteRow, a: ArticleRow, parties: tuple[int, ...] = ()) -> Appearance:
    return Appearance(
        quote_ref=f"{a.id}:{q.local_id}",
        article_id=a.id,
        outlet=outlet_name(a.source, a.url, a.id),
        published=a.published,
        title=a.title,
        url=a.url,
        speaker=q.speaker_name or q.speaker_text,
        speaker_actor_id=q.speaker_actor_id,
        text=q.text,
        parties=parties,
    )


def lineage_of(store: Store, ref: str) -> Lineage | None:
    """The lineage of one quote, named ``ARTICLE_ID:qN`` (or ``ARTICLE_ID/qN``), or of a
    lineage id (a number, as :func:`search` and ``onrecord lineage`` print them).

    Returns None when the quote is unknown or was not clustered (fewer than
    :data:`MIN_WORDS` words).
    """
    ref = ref.strip()
    try:
        lineage_id = parse_id(ref)
    except InvalidValue:
        return None  # a number beyond any id names no lineage
    if lineage_id is not None:
        found = lineages(store, [lineage_id])
        return found[0] if found else None
    article_id, sep, local_id = ref.replace("/", ":").partition(":")
    if not sep:
        return None
    with store.session() as session:
        cluster_id = session.scalar(
            select(QuoteLineageRow.cluster_id)
            .join(QuoteRow, QuoteRow.id == QuoteLineageRow.quote_id)
            .where(QuoteRow.article_id == article_id, QuoteRow.local_id == local_id)
        )
    if cluster_id is None:
        return None
    return lineages(store, [cluster_id])[0]


def search(store: Store, words: str, *, limit: int | None = 20) -> list[Lineage]:
    """Lineages of quotes containing all these words (any case, accents, punctuation)."""
    terms = normalise_quote(words).split()
    if not terms:
        return []
    stmt = select(QuoteLineageRow.cluster_id).distinct()
    for term in terms:
        stmt = stmt.where(QuoteLineageRow.key.like(f"%{term}%"))
    with store.session() as session:
        ids = list(session.scalars(stmt))
    found = sorted(lineages(store, ids), key=lambda lin: (-len(lin.appearances), lin.id))
    return found[:limit] if limit else found


def for_actor(store: Store, actor_id: int, *, limit: int | None = None) -> list[Lineage]:
    """Lineages of quotes an actor was credited with, alone or as one party of a joint
    statement, the most repeated first (actor page)."""
    stmt = (
        select(QuoteLineageRow.cluster_id)
        .join(QuoteRow, QuoteRow.id == QuoteLineageRow.quote_id)
        .where(spoken_by(actor_id))
        .distinct()
    )
    with store.session() as session:
        ids = list(session.scalars(stmt))
    found = sorted(lineages(store, ids), key=lambda lin: (-lin.repeated_by, lin.id))
    return found[:limit] if limit else found


def conflicts(store: Store, *, limit: int | None = None) -> list[Lineage]:
    """Quote clusters attributed to more than one speaker: possible misattributions.

    Only clusters seen in at least two articles are considered, and quotes with an unknown
    speaker do not count. Speakers are told apart by resolved actor when there is one, else by
    folded name.
    """
    with store.session() as session:
        ids = list(
            session.scalars(
                select(QuoteClusterRow.id)
                .where(QuoteClusterRow.size >= 2)
                .order_by(QuoteClusterRow.id)
            )
        )
    found = [
        lin
        for lin in lineages(store, ids)
        if len({_speaker_key(a) for a in lin.appearances if a.speaker}) > 1
    ]
    return found[:limit] if limit else found
