"""Extraction of POSTed articles, off the event loop and within a time budget.

A thread cannot be stopped from outside, so a thread with a timeout would only stop waiting
for a runaway extraction, not the extraction itself. :class:`ProcessExtractor` runs the spaCy
pipeline in one child process instead: an article that is over the budget has its process
killed (memory and CPU come back at once) and the next request starts a fresh one.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from onrecord import settings
from onrecord.article import ArticleInput
from onrecord.errors import OnrecordError
from onrecord.record import Record

log = logging.getLogger(__name__)

#: Default seconds one article's extraction may take through the API (``ONRECORD_EXTRACT_TIMEOUT``).
DEFAULT_BUDGET = 120.0
BUDGET_ENV = settings.EXTRACT_TIMEOUT.name
#: Loading the pipeline in a new worker is not counted in the budget, but is bounded too.
START_TIMEOUT = 300.0


class ExtractionTimeout(Exception):
    """The article was not extracted within the budget (its worker was stopped)."""


class ExtractionBusy(Exception):
    """Other articles held the extractor for the whole budget."""


class ExtractionFailed(Exception):
    """The extractor raised on this article (a bug or an input it cannot handle)."""


def budget_from_env() -> float:
    """The budget ``ONRECORD_EXTRACT_TIMEOUT`` sets (seconds, > 0), else the default."""
    raw = settings.EXTRACT_TIMEOUT.value() or ""
    if not raw:
        return DEFAULT_BUDGET
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not value > 0 or value != value or value == float("inf"):
        raise OnrecordError(f"{BUDGET_ENV} must be a number of seconds greater than 0, not {raw!r}")
    return value


def _child(conn: Connection) -> None:
    """The worker: load the pipeline once, then extract articles until the pipe closes."""
    from onrecord.pipeline import Extractor

    try:
        extractor = Extractor()
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which answers 500
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            article = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", extractor(article).to_dict()))
        except Exception as exc:  # noqa: BLE001 - one bad article must not end the worker
            conn.send(
                ("error", f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
            )


class ProcessExtractor:
    """Extract articles in a child process, one at a time, each within ``budget`` seconds.

    Blocking calls: run :meth:`extract` in a thread pool, never on the event loop.
    """

    def __init__(self, budget: float = DEFAULT_BUDGET) -> None:
        self.budget = budget
        self._lock = threading.Lock()  # one article at a time
        self._start_lock = threading.RLock()  # one start at a time
        self._proc: Any = None
        self._conn: Connection | None = None

    @property
    def pid(self) -> int | None:
        """The worker's process id while one runs (tests and logs)."""
        return self._proc.pid if self._proc is not None and self._proc.is_alive() else None

    def extract(self, article: ArticleInput) -> Record:
        """Extract one article.

        Raises:
            ExtractionBusy: the worker stayed busy with other articles for the whole budget.
            ExtractionTimeout: this article took longer than the budget; its worker was killed.
            ExtractionFailed: the extractor raised on it.
        """
        if not self._lock.acquire(timeout=self.budget):
            raise ExtractionBusy(f"the extractor stayed busy for {self.budget:g} s")
        try:
            conn = self._ensure_started()
            conn.send(article)
            if not conn.poll(self.budget):
                self._stop()
                raise ExtractionTimeout(f"extraction took longer than {self.budget:g} s")
            try:
                kind, payload = conn.recv()
            except (EOFError, OSError):
                self._stop()
                raise ExtractionFailed("the extraction worker died") from None
            if kind != "ok":
                raise ExtractionFailed(str(payload))
            return Record.from_dict(payload)
        finally:
            self._lock.release()

    def start_in_background(self) -> None:
        """Start the worker now, in a thread, so the first POST does not wait for the pipeline
        to load (``onrecord serve`` with a token does this)."""

        def start() -> None:
            # Only the start lock: a POST arriving meanwhile waits for the start (bounded by
            # START_TIMEOUT), not for the budget, and is then extracted at once.
            with self._start_lock:
                try:
                    self._ensure_started()
                except ExtractionFailed as exc:  # the first POST will try again and report it
                    log.warning("%s", exc)

        threading.Thread(target=start, name="onrecord-extract-start", daemon=True).start()

    def _ensure_started(self) -> Connection:
        with self._start_lock:
            return self._start()

    def _start(self) -> Connection:
        if self._proc is not None and self._proc.is_alive() and self._conn is not None:
            return self._conn
        self._stop()
        # spawn, not fork: the server process has threads (a forked lock could stay held).
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_child, args=(child,), name="onrecord-extract", daemon=True)
        started = time.monotonic()
        proc.start()
        child.close()
        if not parent.poll(START_TIMEOUT):
            proc.kill()
            raise ExtractionFailed(
                f"the extraction worker did not start within {START_TIMEOUT:g} s"
            )
        kind, payload = parent.recv()
        if kind != "ready":
            proc.kill()
            raise ExtractionFailed(f"the extraction worker could not start: {payload}")
        log.info("extraction worker %s ready in %.1f s", proc.pid, time.monotonic() - started)
        self._proc, self._conn = proc, parent
        return parent

    def _stop(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            conn.close()
        if proc is not None and proc.is_alive():
            proc.kill()  # SIGKILL: a runaway extraction does not get to finish its loop
            proc.join(5)

    def close(self) -> None:
        """Stop the worker (the server is shutting down)."""
        with self._lock:
            self._stop()


class ThreadExtractor:
    """An in-process extractor (an instance handed to ``create_app``, as tests do).

    The budget bounds how long a request waits, but a thread cannot be stopped: a runaway
    extraction goes on in the background. The server uses :class:`ProcessExtractor`.
    """

    def __init__(self, extractor: Any, budget: float = DEFAULT_BUDGET) -> None:
        self.extractor = extractor
        self.budget = budget
        self._lock = threading.Lock()
        self.pid: int | None = None

    def extract(self, article: ArticleInput) -> Record:
        """Extract one article in the calling thread (see the class notes about the budget)."""
        if not self._lock.acquire(timeout=self.budget):
            raise ExtractionBusy(f"the extractor stayed busy for {self.budget:g} s")
        out: list[Any] = []

        def work() -> None:
            # The lock is released when the work ends, not when the caller stops waiting: a
            # runaway extraction keeps the (not thread-safe) pipeline to itself until it ends.
            try:
                out.append(self.extractor(article))
            except Exception as exc:  # noqa: BLE001 - reported as a failed extraction
                out.append(exc)
            finally:
                self._lock.release()

        thread = threading.Thread(target=work, name="onrecord-extract", daemon=True)
        thread.start()
        thread.join(self.budget)
        if thread.is_alive():
            raise ExtractionTimeout(f"extraction took longer than {self.budget:g} s")
        if isinstance(out[0], Exception):
            raise ExtractionFailed(f"{type(out[0]).__name__}: {out[0]}")
        return out[0]  # type: ignore[no-any-return]

    def close(self) -> None:
        """Nothing to stop."""
