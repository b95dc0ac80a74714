"""Ingest on a Dask cluster: a LocalCluster, then real `dask scheduler`/`dask worker` processes
with PostgreSQL, one worker killed mid-job. Everything listens on 127.0.0.1 only."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ingest.scale_helpers import CORPUS, dump_store, ingest_summary, write_copies

distributed = pytest.importorskip(
    "distributed", reason="the cluster extra (dask, distributed) is not installed"
)

VENV_BIN = Path(sys.executable).parent
pytestmark = pytest.mark.slow


def test_cluster_local_cluster_stores_what_jobs_1_stores(tmp_path: Path, extractor) -> None:
    from onrecord.ingest.cluster import DaskEngine

    one = f"sqlite:///{tmp_path / 'one.db'}"
    dask = f"sqlite:///{tmp_path / 'dask.db'}"
    reference = ingest_summary(one, [str(CORPUS)], jobs=1, extractor=lambda: extractor)
    with DaskEngine.local(workers=2) as engine:
        client = engine.client
        summary = ingest_summary(dask, [str(CORPUS)], engine=engine)
        ran_on = client.run(
            lambda: bool(__import__("onrecord.ingest.cluster", fromlist=["x"])._extractors)
        )
    assert (
        (summary.read, summary.new, summary.failed)
        == (reference.read, reference.new, reference.failed)
        == (26, 26, 0)
    )
    assert dump_store(one) == dump_store(dask)
    assert sorted(ran_on.values()) == [True, True]  # both workers loaded spaCy and extracted
    assert 0 < engine.worker_peak_rss_mb < 1024


def test_cluster_workers_use_the_clients_actor_files(monkeypatch: pytest.MonkeyPatch) -> None:
    from onrecord.ingest import cluster

    fiction = Path(__file__).resolve().parents[1] / "actors" / "data" / "fiction.yaml"
    assert cluster.client_kb_files() is None
    monkeypatch.setenv("ONRECORD_ACTORS", str(fiction))
    kb_files = cluster.client_kb_files()
    assert kb_files is not None and kb_files[1] == [("fiction.yaml", fiction.read_bytes())]
    # On the worker: the files arrive with the task, not from the worker's own disk.
    monkeypatch.delenv("ONRECORD_ACTORS")
    extractor = cluster._worker_extractor(kb_files)
    assert extractor.kb.country("XBV") is not None
    assert cluster._worker_extractor(kb_files) is extractor  # loaded once per worker


def test_cluster_workers_ignore_their_own_actor_files_and_leave_no_copies(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tempfile

    from onrecord.ingest import cluster

    fiction = Path(__file__).resolve().parents[1] / "actors" / "data" / "fiction.yaml"
    kb_files = ("client-digest", [("fiction.yaml", fiction.read_bytes())])
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(cluster, "_extractors", {})
    # The worker's own machine has an override file the client does not.
    own = tmp_path / "own.yaml"
    own.write_text("countries:\n- {code: XQQ, name: Quellland}\n", encoding="utf-8")
    monkeypatch.setenv("ONRECORD_ACTORS", str(own))
    with_files = cluster._worker_extractor(kb_files).kb
    without = cluster._worker_extractor(None).kb
    assert with_files.country("XBV") is not None
    assert with_files.country("XQQ") is None and without.country("XQQ") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["own.yaml"]  # copies removed


# -- real processes ---------------------------------------------------------------------------


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def dask_processes(tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """`dask scheduler` and two `dask worker` processes (no nanny: a killed worker stays dead)."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    logs = tmp_path / "dask-logs"
    logs.mkdir()
    procs: list[subprocess.Popen[bytes]] = []

    def start(name: str, *args: str) -> subprocess.Popen[bytes]:
        log = open(logs / f"{name}.log", "wb")  # open for the process's whole life
        proc = subprocess.Popen(
            [str(VENV_BIN / "dask"), *args],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=tmp_path,
            start_new_session=True,
        )
        procs.append(proc)
        return proc

    start(
        "scheduler",
        "scheduler",
        "--host",
        "127.0.0.1",
        "--port",
        address.rsplit(":", 1)[1],
        "--no-dashboard",
    )
    workers = [
        start(
            f"worker{i}",
            "worker",
            address,
            "--host",
            "127.0.0.1",
            "--nthreads",
            "1",
            "--no-nanny",
            "--no-dashboard",
            "--local-directory",
            str(tmp_path / f"w{i}"),
        )
        for i in range(2)
    ]
    try:
        with distributed.Client(address, timeout=60, set_as_default=False) as client:
            client.wait_for_workers(2, timeout=120)
        yield address, workers
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def _ingest_cli(args: list[str], db: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(VENV_BIN / "onrecord"), "ingest", *args, "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **env},
    )


@pytest.mark.postgres
def test_cluster_cli_real_workers_postgres_worker_killed_mid_job(
    tmp_path: Path, pg_url: str, dask_processes
) -> None:
    address, workers = dask_processes
    corpus = tmp_path / "archive"
    write_copies(corpus, 64)  # four partitions of 16

    with distributed.Client(address, timeout=60, set_as_default=False) as client:
        pids = client.run(os.getpid)
        victim_pid = workers[0].pid
        victim = next(addr for addr, pid in pids.items() if pid == victim_pid)
        proc = _ingest_cli([str(corpus), "--scheduler", address], pg_url)
        deadline = time.monotonic() + 300
        while not client.processing().get(victim):  # the victim has a partition in hand
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the job never reached the worker"
            time.sleep(0.05)
        time.sleep(1.0)  # well inside the partition (spaCy loading or parsing)
        os.kill(victim_pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert re.search(r"read 64 · new 64 · duplicate 0 · failed 0", out), out
    assert workers[0].wait(timeout=10) == -signal.SIGKILL

    dumped = dump_store(pg_url)
    assert len(dumped["articles"]) == 64
    assert len({row for row in dumped["articles"]}) == 64

    # The whole job again, the scheduler named by the environment: nothing stored twice, and
    # nothing sent to the cluster (stored articles are skipped before extraction).
    rerun = _ingest_cli([str(corpus)], pg_url, ONRECORD_SCHEDULER=address)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert "read 64 · new 0 · duplicate 64 · failed 0" in out
    assert dump_store(pg_url) == dumped
