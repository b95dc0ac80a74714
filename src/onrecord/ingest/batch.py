"""Batches: read, skip what is stored, extract in spaCy batches, store one article at a time.

The CLI's ``extract`` and ``ingest`` commands are thin loops over :func:`extract_items` and
:func:`ingest_paths`; both yield one outcome per article so the caller can report errors as
they happen and keep a tally that survives Ctrl-C.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from onrecord.errors import InputError, OnrecordError
from onrecord.ingest.base import ReadItem, ReadOptions, ReadResult
from onrecord.ingest.dispatch import read_paths
from onrecord.ingest.parallel import (
    DEFAULT_CHUNK,
    FLUSH,
    Engine,
    Flush,
    InlineEngine,
    make_engine,
    ordered_extract,
)
from onrecord.record import Record
from onrecord.validation import InvalidValue, check_article

if TYPE_CHECKING:
    from onrecord.pipeline import Extractor
    from onrecord.store import Store

log = logging.getLogger(__name__)


def checked(
    results: Iterable[ReadResult | Outcome | _Idle],
) -> Iterator[ReadResult | Outcome | _Idle]:
    """Pass read results through the shared checks (:func:`onrecord.validation.check_article`):
    an article over the size limit, with NUL bytes or with a date that does not exist becomes
    an :class:`InputError` naming where it came from (``path[:line]: reason``)."""
    for result in results:
        if isinstance(result, (InputError, _Idle, Outcome)):
            yield result
            continue
        try:
            check_article(result.article)
        except InvalidValue as exc:
            yield InputError(result.path, exc.reason, line=result.line)
            continue
        yield result


def extract_items(
    items: Iterable[ReadItem], extractor: Extractor, *, chunk_size: int = DEFAULT_CHUNK
) -> Iterator[tuple[ReadItem, Record | InputError]]:
    """Extract records for read items in this process, batching the spaCy parse.

    When a batch fails (a bug on one odd article), its articles are redone one by one so only
    the guilty article is reported, as ``path[:line]: extraction failed: ...``. For several
    processes or a cluster, see :func:`onrecord.ingest.parallel.ordered_extract`.
    """
    yield from ordered_extract(items, InlineEngine(lambda: extractor), chunk_size=chunk_size)  # type: ignore[misc]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input: stored as ``new``, a ``duplicate``, or ``failed``."""

    status: Literal["new", "duplicate", "failed"]
    where: str
    article_id: str | None = None
    error: InputError | None = None
    undated: bool = False
    """A new article stored with no date: timelines and alerts cannot place its events."""


@dataclass(slots=True)
class IngestSummary:
    """Running totals of an ingest; ``read`` counts articles read successfully."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    undated: int = 0
    """New articles stored with no date (counted among ``new``)."""
    errors: list[InputError] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        if outcome.status == "failed":
            self.failed += 1
            if outcome.error is not None:
                self.errors.append(outcome.error)
                if outcome.error.reason.startswith(("extraction failed", "store failed")):
                    self.read += 1  # it was read; it broke later
            return
        self.read += 1
        if outcome.status == "new":
            self.new += 1
            self.undated += outcome.undated
        else:
            self.duplicate += 1


def ingest_paths(
    paths: Sequence[str],
    *,
    store: Store,
    extractor: Callable[[], Extractor] | None = None,
    options: ReadOptions | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    cluster: bool = True,
    jobs: int = 1,
    engine: Engine | None = None,
) -> Iterator[Outcome]:
    """Read, extract and store files and directories; yield one :class:`Outcome` per article.

    Articles already stored (same normalised URL or same text) are skipped before parsing, so
    re-running an ingest is fast and stores nothing twice. Each article is written in its own
    transaction: stopping the loop (Ctrl-C) loses at most the articles not yet written.

    Args:
        paths: files, directories (recursive) or ``-`` for stdin.
        store: where records go.
        extractor: a factory for the :class:`~onrecord.pipeline.Extractor` (default: the class
            itself), called only when the first new article needs parsing, so a re-run of a
            finished ingest never loads spaCy. Pass ``lambda: mine`` to reuse an instance.
            Used with ``jobs=1`` only (worker processes load their own).
        options: reader options (size limit).
        chunk_size: articles per spaCy batch.
        cluster: group new articles with their syndicated copies and their quotes into quote
            lineage as they are stored (``Store.add_record``'s ``group``; on by default).
        jobs: extraction processes; 1 extracts here. The store is written by this process
            alone, in input order, whatever ``jobs`` is, so the result is the same.
        engine: an extraction engine to use instead (a process pool kept across calls, a
            Dask cluster: :mod:`onrecord.ingest.parallel`); the caller closes it.
    """
    results = read_ahead(read_paths(paths, options), idle=READ_IDLE_SECONDS)
    yield from ingest_items(
        results,
        store=store,
        extractor=extractor,
        chunk_size=chunk_size,
        cluster=cluster,
        jobs=jobs,
        engine=engine,
    )


#: When the next input takes longer than this to read, what was read so far is extracted and
#: stored first: a slow or stuck input never holds back the articles before it.
READ_IDLE_SECONDS = 1.0


class _Idle:
    """Marker :func:`read_ahead` yields while the reader is still busy with the next input."""


IDLE = _Idle()
_DONE = object()


def read_ahead(results: Iterable[ReadResult], *, idle: float) -> Iterator[ReadResult | _Idle]:
    """Read ``results`` in a background thread, a few items ahead of the consumer.

    Yields the results in order, and :data:`IDLE` each time ``idle`` seconds pass without the
    next one, so the consumer can store what it holds instead of waiting on a slow input.
    """
    slots: queue.Queue[object] = queue.Queue(maxsize=4)
    stop = threading.Event()

    def put(value: object) -> bool:
        while not stop.is_set():
            try:
                slots.put(value, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def reader() -> None:
        try:
            for result in results:
                if not put(result):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, which raises it
            put(_Raised(exc))
            return
        put(_DONE)

    thread = threading.Thread(target=reader, name="onrecord-read-ahead", daemon=True)
    thread.start()
    try:
        while True:
            try:
                value = slots.get(timeout=idle)
            except queue.Empty:
                yield IDLE
                continue
            if value is _DONE:
                return
            if isinstance(value, _Raised):
                raise value.exc
            yield value  # type: ignore[misc]
    finally:
        stop.set()


@dataclass(frozen=True, slots=True)
class _Raised:
    exc: BaseException


def ingest_items(
    results: Iterable[ReadResult | Outcome | _Idle],
    *,
    store: Store,
    extractor: Callable[[], Extractor] | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    cluster: bool = True,
    jobs: int = 1,
    engine: Engine | None = None,
) -> Iterator[Outcome]:
    """Extract and store already-read items (files, fetched pages, feed entries).

    The same contract as :func:`ingest_paths`, for any stream of read results: errors in the
    stream become ``failed`` outcomes, stored articles are skipped before parsing, and an
    :class:`Outcome` in the stream (decided by the caller) is passed on. Exactly one outcome
    is yielded per element of ``results``, in the same order. An :data:`IDLE` marker in the
    stream (see :func:`read_ahead`) yields nothing itself: it has what is pending extracted and
    stored now, so a slow input never holds back the articles read before it.
    """
    own = engine is None
    active = engine if engine is not None else make_engine(jobs, extractor)
    stream = ordered_extract(_skip_known(checked(results), store), active, chunk_size=chunk_size)
    try:
        for entry in stream:
            if isinstance(entry, Outcome):
                yield entry
            else:
                yield _store_one(*entry, store=store, cluster=cluster)
    except BaseException:
        # Ctrl-C, or the consumer stopped early: what was stored stays; workers stop now.
        stream.close()
        if own:
            active.close(cancel=True)
        raise
    if own:
        active.close()


def _skip_known(
    results: Iterable[ReadResult | Outcome | _Idle], store: Store
) -> Iterator[ReadItem | Outcome | Flush]:
    for result in results:
        if isinstance(result, _Idle):
            yield FLUSH
        elif isinstance(result, Outcome):
            yield result
        elif isinstance(result, InputError):
            yield Outcome("failed", result.where, error=result)
        else:
            existing = store.find_article(url=result.article.url, text=result.article.text)
            yield (
                result
                if existing is None
                else Outcome("duplicate", result.where, article_id=existing)
            )


def _store_one(
    item: ReadItem, result: Record | InputError, *, store: Store, cluster: bool
) -> Outcome:
    if isinstance(result, InputError):
        return Outcome("failed", item.where, error=result)
    try:
        added = store.add_record(result, group=cluster)
    except OnrecordError as exc:
        error = InputError(item.path, f"store failed ({exc})", line=item.line)
        return Outcome("failed", item.where, error=error)
    return Outcome(
        added.status,
        item.where,
        article_id=added.article_id,
        undated=added.status == "new" and not result.published,
    )
