"""Extraction on a Dask distributed cluster (``onrecord ingest --scheduler tcp://HOST:8786``).

The ingest reads its inputs here (files, JSONL archives, folders of feeds), skips articles
already stored, and cuts the rest into partitions of consecutive articles; each partition is
one Dask task (:func:`extract_partition`) that a worker runs with an extractor it loaded once
(spaCy stays loaded in the worker process between tasks). Results come back to this process,
which writes the store.

Why the writes stay here (one writer) rather than on the workers: the store's write path
keeps state a second writer would not see (the in-memory near-duplicate index of story
clusters, cross-article actor resolution), and concurrent inserts of the same new actor from
several processes are not yet made safe by upserts. One writer is correct by construction and
its rate is measured (``benchmarks/store_write.py``); see the README's "Scaling out" for what
that bounds. Workers only need the package installed, not access to the database.

Failures: a task that raises is retried (``retries``); a worker that dies or is lost has its
tasks rescheduled by the scheduler onto the remaining workers. Results are written in input
order, so a store built on a cluster is the same as one built with ``--jobs 1``; a re-run
skips every article stored before (same URL or same text) without sending it out again.

Actors: the client's imported actor files travel with each task, so a worker on another
machine resolves names as the client would (a worker's own imported files apply too).
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onrecord.errors import OnrecordError
from onrecord.ingest.base import ReadItem
from onrecord.ingest.parallel import Extracted, _describe, extract_chunk, peak_rss_mb

if TYPE_CHECKING:
    from onrecord.pipeline import Extractor

DEFAULT_RETRIES = 3
_WINDOW_REFRESH_S = 5.0

# One extractor per worker process (per actor knowledge base), made by the first task that
# runs there. Dask runs tasks in threads; the lock also keeps two threads of one worker from
# parsing at once (spaCy gains nothing from threads under the GIL, and its pipeline is not
# documented as thread-safe).
_lock = threading.Lock()
_extractors: dict[str | None, Extractor] = {}

# The client's own actor files (imported with `onrecord actors import`, or $ONRECORD_ACTORS),
# sent with each task so a remote worker resolves actors as the client would: (digest, files).
KbFiles = tuple[str, list[tuple[str, bytes]]] | None


def client_kb_files() -> KbFiles:
    """The actor override files this process would load, as (digest, [(name, content)])."""
    from onrecord.actors.kb import _env_paths, user_actor_files

    files = [*user_actor_files(), *_env_paths()]
    if not files:
        return None
    blobs = [(path.name, path.read_bytes()) for path in files]
    digest = hashlib.sha256()
    for name, content in blobs:
        digest.update(name.encode() + b"\0" + content + b"\0")
    return digest.hexdigest(), blobs


def _worker_extractor(kb_files: KbFiles) -> Extractor:
    key = kb_files[0] if kb_files else None
    if key not in _extractors:
        from onrecord.actors.kb import load_kb_files
        from onrecord.pipeline import Extractor

        # The client's files only, never the worker's own: a worker resolves as its client.
        if kb_files is None:
            _extractors[key] = Extractor(kb=load_kb_files([]))
        else:
            with tempfile.TemporaryDirectory(prefix="onrecord-kb-") as tmp:
                paths = []
                for n, (name, content) in enumerate(kb_files[1]):
                    path = Path(tmp) / f"{n:03d}-{name}"
                    path.write_bytes(content)
                    paths.append(path)
                _extractors[key] = Extractor(kb=load_kb_files(paths))
    return _extractors[key]


def extract_partition(
    items: list[ReadItem], kb_files: KbFiles = None
) -> tuple[list[Extracted], float]:
    """The Dask task: extract one partition on a worker; returns the records (or failure
    reasons) in order, and the worker process's peak memory in MB."""
    with _lock:
        return extract_chunk(items, _worker_extractor(kb_files)), peak_rss_mb()


@dataclass(eq=False)
class _DaskHandle:
    future: Any
    size: int

    def done(self) -> bool:
        return bool(self.future.done())


class _MissingExtra(OnrecordError):
    pass


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise _MissingExtra("--scheduler needs Dask: pip install 'onrecord[cluster]'") from None
    return distributed


class DaskEngine:
    """Submits partitions to a Dask cluster; an :class:`~onrecord.ingest.parallel.Engine`.

    Args:
        client: a connected ``distributed.Client``.
        retries: how many times a partition whose task raised is tried again.
        window: partitions in flight (default: two per worker thread of the cluster).
        own_client: close the client in :meth:`close`.
    """

    def __init__(
        self,
        client: Any,
        *,
        retries: int = DEFAULT_RETRIES,
        window: int | None = None,
        own_client: bool = False,
    ) -> None:
        self.client = client
        self.retries = retries
        self._own = own_client
        self._fixed_window = window
        self.worker_peak_rss_mb = 0.0
        self._pending: set[Any] = set()
        self._window = 2
        self._window_checked = float("-inf")
        self._kb_files = client_kb_files()

    @classmethod
    def connect(cls, address: str, *, timeout: float = 30.0, **kwargs: Any) -> DaskEngine:
        """Connect to a running scheduler (``tcp://HOST:8786``).

        Raises:
            OnrecordError: Dask is not installed, or the scheduler cannot be reached.
        """
        distributed = _distributed()
        try:
            client = distributed.Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise OnrecordError(
                f"cannot reach the Dask scheduler at {address}: {_describe(exc)}"
            ) from None
        except ValueError as exc:
            raise OnrecordError(f"not a Dask scheduler address: {address} ({exc})") from None
        return cls(client, own_client=True, **kwargs)

    @classmethod
    @contextmanager
    def local(cls, workers: int = 2, **kwargs: Any) -> Iterator[DaskEngine]:
        """An engine on a throwaway cluster of this machine, closed on exit.

        ``workers`` worker processes of one thread each, listening on 127.0.0.1 only, without
        the dashboard: for trying a cluster set-up before deploying one, for tests and for
        benchmarks (on one machine ``--jobs`` does the same work with less overhead).

        Raises:
            OnrecordError: Dask is not installed.
        """
        distributed = _distributed()
        with (
            distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            ) as cluster,
            distributed.Client(cluster, set_as_default=False) as client,
        ):
            engine = cls(client, **kwargs)
            try:
                yield engine
            finally:
                engine.close()

    @property
    def window(self) -> int:  # type: ignore[override]
        if self._fixed_window:
            return self._fixed_window
        # Asked of the scheduler now and then (a round trip): workers join and leave during a
        # long job, and the ordered stream reads the window for every article.
        now = time.monotonic()
        if now >= self._window_checked + _WINDOW_REFRESH_S:
            self._window_checked = now
            try:
                threads = sum(self.client.nthreads().values())
            except Exception:  # noqa: BLE001 - keep the last value; results will tell
                threads = self._window // 2
            self._window = max(2, 2 * threads)
        return self._window

    def submit(self, items: list[ReadItem]) -> _DaskHandle:
        future = self.client.submit(
            extract_partition, items, self._kb_files, retries=self.retries, pure=False
        )
        self._pending.add(future)
        return _DaskHandle(future, len(items))

    def collect(self, handle: Any) -> list[Extracted]:
        assert isinstance(handle, _DaskHandle)
        try:
            records, rss = handle.future.result()
        except Exception as exc:  # noqa: BLE001 - KilledWorker after too many lost workers, a task bug
            return [f"extraction failed on the cluster ({_describe(exc)})"] * handle.size
        finally:
            self._pending.discard(handle.future)
        self.worker_peak_rss_mb = max(self.worker_peak_rss_mb, rss)
        return records  # type: ignore[no-any-return]

    def close(self, *, cancel: bool = False) -> None:
        """Cancel what is still running (``cancel``) and disconnect when the client is ours."""
        if cancel and self._pending:
            try:
                self.client.cancel(list(self._pending))
            except Exception:  # noqa: BLE001 - the scheduler may be gone already
                pass
        self._pending.clear()
        if self._own:
            try:
                self.client.close()
            except Exception:  # noqa: BLE001 - closing a client that lost its scheduler must not mask the result
                pass
