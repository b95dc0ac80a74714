"""The throwaway PostgreSQL cluster of the tests: one left behind by a killed run is stopped by
the next (a CI timeout or a SIGKILL skips pytest's teardown and its atexit hook)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.pg_cluster import PgUnavailable, find_bindir, stop_orphans

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.postgres

_OWNER = """
import sys, time
from tests.pg_cluster import start_cluster
cluster = start_cluster()
print(cluster.root, cluster.port, flush=True)
time.sleep(600)
"""


def test_a_killed_runs_cluster_is_stopped_by_the_next() -> None:
    try:
        bindir = find_bindir()
    except PgUnavailable as exc:
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    owner = subprocess.Popen(
        [sys.executable, "-c", _OWNER], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        line = owner.stdout.readline().split()  # type: ignore[union-attr]
        if not line:
            pytest.skip("the cluster would not start")
        folder, port = Path(line[0]), int(line[1])
        assert (folder / "data" / "postmaster.pid").exists()
        assert stop_orphans(folder.parent, bindir) == []  # its owner still runs: left alone
    finally:
        owner.send_signal(signal.SIGKILL)
        owner.wait()
    assert folder.exists()  # the kill skipped every teardown
    assert folder in stop_orphans(folder.parent, bindir)
    assert not folder.exists()
    ready = ["pg_isready", "-h", "127.0.0.1", "-p", str(port)]
    deadline = time.monotonic() + 10
    while subprocess.run([str(bindir / ready[0]), *ready[1:]], capture_output=True).returncode == 0:
        assert time.monotonic() < deadline, "the orphaned server still accepts connections"
        time.sleep(0.2)
