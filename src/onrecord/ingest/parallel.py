"""Parallel extraction that keeps the input order: one process, a pool of cores, or a cluster.

The ingest's store writes stay in one process (a single writer); only the extraction, which is
where the time goes (the spaCy parse), is spread out. :func:`ordered_extract` takes a stream of
read items, cuts it into chunks (the same chunks a single process would parse as one spaCy
batch), hands each chunk to an *engine*, and yields the results **in input order**, so the
store is written in exactly the order ``--jobs 1`` writes it and ends up identical.

Engines:

- :class:`InlineEngine` extracts in this process (``--jobs 1``, today's behaviour);
- :class:`ProcessEngine` runs a pool of worker processes (``--jobs N``), each loading spaCy
  once. The workers start from a ``forkserver`` (``spawn`` where there is none), never by
  forking this process: the parent may hold open database connections and threads (SQLAlchemy's
  pool, Rich's refresh thread), which a forked child would inherit in an undefined state;
- :class:`onrecord.ingest.cluster.DaskEngine` submits chunks to a Dask cluster.

At most ``window`` chunks are in flight, so memory stays bounded on an archive of any size.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import resource
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from onrecord import settings
from onrecord.errors import InputError
from onrecord.ingest.base import ReadItem
from onrecord.record import Record

if TYPE_CHECKING:
    from onrecord.pipeline import Extractor

log = logging.getLogger(__name__)

JOBS_ENV = settings.JOBS.name
DEFAULT_CHUNK = 16

# What a worker sends back for one article: its record, or the reason it failed (a string,
# turned into an InputError with the item's path here: the worker need not know paths).
Extracted = Record | str
T = TypeVar("T")


def available_cores() -> int:
    """The cores this process may run on (CPU affinity aware), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# A worker's peak memory over a long run stays under this (benchmarks/scale.py measures it).
WORKER_MEMORY_BYTES = 1024**3


def _available_memory() -> int | None:
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def default_jobs() -> int:
    """``$ONRECORD_JOBS`` when set to a positive integer, else the number of cores — but no
    more workers than the available memory holds at 1 GB each (a 64-core machine with 16 GB
    free gets 16)."""
    value = settings.JOBS.value() or ""
    if value:
        try:
            jobs = int(value)
        except ValueError:
            jobs = 0
        if jobs >= 1:
            return jobs
        log.warning("ignoring %s=%r (not a positive integer)", JOBS_ENV, value)
    cores = available_cores()
    memory = _available_memory()
    return max(1, min(cores, memory // WORKER_MEMORY_BYTES)) if memory is not None else cores


def _describe(exc: BaseException) -> str:
    message = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def extract_chunk(items: list[ReadItem], extractor: Extractor) -> list[Extracted]:
    """Extract one chunk as one spaCy batch; when the batch fails, redo it article by article
    so only the guilty article fails (``extraction failed (...)``)."""
    try:
        records: list[Extracted] = list(extractor.extract_many(item.article for item in items))
    except Exception:  # retried one by one below, where the error is reported
        log.debug("batch extraction failed; retrying one by one", exc_info=True)
        records = []
    if len(records) == len(items):
        return records
    out: list[Extracted] = []
    for item in items:
        try:
            out.append(extractor(item.article))
        except Exception as exc:  # one bad article must not stop the batch
            log.debug("extraction failed for %s", item.where, exc_info=True)
            out.append(f"extraction failed ({_describe(exc)})")
    return out


def peak_rss_mb() -> float:
    """This process's own peak resident memory in MB: the high-water mark of its address
    space (``VmHWM`` in ``/proc/self/status``, in kilobytes). ``getrusage``'s ``ru_maxrss``
    outlives ``exec``, so a worker started by a large process (a Dask nanny's spawned worker,
    a job run from a long test session) reported its parent's peak: 1,619 MB for a worker
    whose own was 285 MB, under a parent of 1.5 GB. It is the fallback where there is no
    ``/proc``."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- engines -------------------------------------------------------------------------------


class Handle(Protocol):
    """A submitted chunk: ``done()`` without blocking."""

    def done(self) -> bool: ...


class Engine(Protocol):
    """Where chunks are extracted. ``collect`` blocks and never raises for a chunk's failure:
    a chunk that cannot be extracted comes back as one failure reason per article."""

    window: int

    def submit(self, items: list[ReadItem]) -> Handle: ...

    def collect(self, handle: Handle) -> list[Extracted]: ...

    def close(self, *, cancel: bool = False) -> None: ...


class InlineEngine:
    """Extract in this process (``--jobs 1``); the extractor is made on first use, so a re-run
    of a finished ingest never loads spaCy."""

    window = 1

    def __init__(self, extractor: Callable[[], Extractor] | None = None) -> None:
        self._factory = extractor
        self._extractor: Extractor | None = None

    def _get(self) -> Extractor:
        if self._extractor is None:
            if self._factory is None:
                from onrecord.pipeline import Extractor

                self._extractor = Extractor()
            else:
                self._extractor = self._factory()
        return self._extractor

    def submit(self, items: list[ReadItem]) -> Future[list[Extracted]]:
        future: Future[list[Extracted]] = Future()
        future.set_result(extract_chunk(items, self._get()))
        return future

    def collect(self, handle: Handle) -> list[Extracted]:
        return handle.result()  # type: ignore[attr-defined,no-any-return]

    def close(self, *, cancel: bool = False) -> None:
        pass


# The extractor of a pool worker process, made once by the pool's initializer.
_worker_extractor: Extractor | None = None


def _init_worker(factory: Callable[[], Extractor] | None) -> None:
    global _worker_extractor
    # Ctrl-C reaches the whole process group; the parent decides what stops (and terminates
    # the workers), so a worker must not die mid-chunk with a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    if factory is None:
        from onrecord.pipeline import Extractor

        factory = Extractor
    _worker_extractor = factory()


def _exit_with_parent() -> None:
    """End this worker when the ingest process that asked for it is gone.

    A worker waits on its task queue, of which it holds both ends, so after the ingest was
    killed (``kill -9``, out of memory) it would wait forever, and keep the forkserver alive
    too. multiprocessing gives the child a sentinel of the process that started it.
    """
    parent = multiprocessing.parent_process()
    if parent is None:  # pragma: no cover - always set in a pool worker
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="onrecord-orphan-watch", daemon=True).start()


def _work(items: list[ReadItem]) -> tuple[list[Extracted], float]:
    assert _worker_extractor is not None, "the pool initializer did not run"
    return extract_chunk(items, _worker_extractor), peak_rss_mb()


@dataclass(eq=False)
class _PoolHandle:
    items: list[ReadItem]
    future: Future[tuple[list[Extracted], float]]
    generation: int
    attempts: int = 1

    def done(self) -> bool:
        return self.future.done()


def _mp_context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class ProcessEngine:
    """A pool of ``jobs`` worker processes, each loading spaCy once (in the pool initializer).

    The pool starts on the first chunk. A worker that dies (killed, out of memory) breaks the
    pool: it is restarted and the chunks in flight are sent again; a chunk that breaks the
    pool :data:`MAX_ATTEMPTS` times is reported as failed, article by article.

    Args:
        jobs: worker processes.
        window: chunks in flight (default: two per worker).
        extractor: a picklable factory each worker calls once (default: the Extractor class).
    """

    MAX_ATTEMPTS = 3

    def __init__(
        self,
        jobs: int,
        *,
        window: int | None = None,
        extractor: Callable[[], Extractor] | None = None,
    ) -> None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        self.jobs = jobs
        self._factory = extractor
        # Two chunks per worker: one being parsed, one queued, so no worker waits for work.
        self.window = window or 2 * jobs
        self.worker_peak_rss_mb = 0.0
        self._pool: ProcessPoolExecutor | None = None
        self._generation = 0

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._generation += 1
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=_mp_context(),
                initializer=_init_worker,
                initargs=(self._factory,),
            )
        return self._pool

    def submit(self, items: list[ReadItem]) -> _PoolHandle:
        return _PoolHandle(items, *self._send(items))

    def _send(self, items: list[ReadItem]) -> tuple[Future[tuple[list[Extracted], float]], int]:
        """Submit ``items`` to the pool, with the generation of the pool that took them (read
        after the pool is made: a restart leaves none until the next submit). A pool another
        chunk's dead worker broke since it was made refuses work at once: it is restarted."""
        try:
            future = self._executor().submit(_work, items)
        except BrokenProcessPool:
            self._restart()
            future = self._executor().submit(_work, items)
        return future, self._generation

    def collect(self, handle: Handle) -> list[Extracted]:
        assert isinstance(handle, _PoolHandle)
        while True:
            try:
                records, rss = handle.future.result()
            except BrokenProcessPool:
                if handle.attempts >= self.MAX_ATTEMPTS:
                    log.warning(
                        "a chunk of %d articles broke the worker pool %d times",
                        len(handle.items),
                        handle.attempts,
                    )
                    return ["extraction failed (the worker process died)"] * len(handle.items)
                if handle.generation == self._generation:
                    self._restart()
                handle.attempts += 1
                handle.future, handle.generation = self._send(handle.items)
                continue
            except Exception as exc:  # noqa: BLE001 - e.g. an article that cannot be pickled
                return [f"extraction failed ({_describe(exc)})"] * len(handle.items)
            self.worker_peak_rss_mb = max(self.worker_peak_rss_mb, rss)
            return records

    def _restart(self) -> None:
        log.warning("a worker process died; restarting the pool and resending its work")
        self._shutdown(cancel=True)

    def _shutdown(self, *, cancel: bool) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if cancel:
            # ProcessPoolExecutor has no public way to stop busy workers before Python 3.14.
            for process in list(getattr(pool, "_processes", {}).values()):
                if process.is_alive():
                    process.terminate()
            pool.shutdown(wait=True, cancel_futures=True)
        else:
            pool.shutdown(wait=True)

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers: after their work (``cancel=False``) or at once."""
        self._shutdown(cancel=cancel)


def make_engine(
    jobs: int, extractor: Callable[[], Extractor] | None = None
) -> InlineEngine | ProcessEngine:
    """The engine for ``--jobs N``: in this process for 1, else a process pool."""
    return InlineEngine(extractor) if jobs <= 1 else ProcessEngine(jobs)


# -- the ordered stream ----------------------------------------------------------------------


@dataclass(eq=False)
class _Chunk:
    items: list[ReadItem] = field(default_factory=list)
    handle: Handle | None = None
    results: list[Extracted] | None = None


class Flush:
    """Stream marker for :func:`ordered_extract`: extract what is pending now (the input is slow)."""


#: The one :class:`Flush` marker.
FLUSH = Flush()


def ordered_extract(
    stream: Iterable[ReadItem | Flush | T], engine: Engine, *, chunk_size: int = DEFAULT_CHUNK
) -> Iterator[tuple[ReadItem, Record | InputError] | T]:
    """Extract the read items of ``stream`` with ``engine``; yield results in input order.

    Anything in the stream that is not a :class:`ReadItem` (an outcome decided without
    parsing: a duplicate, an unreadable file) is passed through at its place in the order.
    Items are cut into chunks of ``chunk_size`` consecutive items, each one spaCy batch, and at
    most ``engine.window`` chunks are extracted at a time. A :data:`FLUSH` marker (yielded
    nothing for) closes the open chunk and waits for every result before reading on, so what
    was read before a slow input is not held back by it.

    Yields:
        ``(item, record)``, ``(item, InputError)`` for an article that failed, or a
        passed-through object.
    """
    # One slot per stream element, in order: (chunk, index) for an item, (None, obj) otherwise.
    slots: deque[tuple[_Chunk | None, Any]] = deque()
    in_flight: deque[_Chunk] = deque()
    open_chunk: _Chunk | None = None

    def submit(chunk: _Chunk) -> None:
        chunk.handle = engine.submit(chunk.items)
        in_flight.append(chunk)

    def drain(finish: bool) -> Iterator[Any]:
        while slots:
            chunk, value = slots[0]
            if chunk is None:
                slots.popleft()
                yield value
                continue
            if chunk.results is None:
                if chunk.handle is None:
                    return  # the open chunk: wait for more input (or the end)
                must_wait = finish or len(in_flight) >= engine.window
                if not (must_wait or chunk.handle.done()):
                    return
                chunk.results = engine.collect(chunk.handle)
                in_flight.remove(chunk)
            slots.popleft()
            item, result = chunk.items[value], chunk.results[value]
            yield (
                item,
                (
                    InputError(item.path, result, line=item.line)
                    if isinstance(result, str)
                    else result
                ),
            )

    for element in stream:
        if isinstance(element, Flush):
            if open_chunk is not None:
                submit(open_chunk)
                open_chunk = None
            yield from drain(finish=True)
            continue
        if isinstance(element, ReadItem):
            if open_chunk is None:
                open_chunk = _Chunk()
            slots.append((open_chunk, len(open_chunk.items)))
            open_chunk.items.append(element)
            if len(open_chunk.items) >= chunk_size:
                submit(open_chunk)
                open_chunk = None
        else:
            slots.append((None, element))
        yield from drain(finish=False)
    if open_chunk is not None:
        submit(open_chunk)
    yield from drain(finish=True)
