"""``kill -9`` of a real ingest at random points, then a re-run: the store ends up identical,
table by table, to one clean run."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.reliability.tables import dump_tables

EXE = str(Path(sys.executable).parent / "onrecord")
CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
SEED = 20261130
KILLS = 2


def _ingest(db: Path, corpus: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [EXE, "--db", str(db), "ingest", str(corpus)], capture_output=True, text=True, timeout=600
    )


def _finish(db: Path) -> None:
    # `stories` clusters whatever an interrupted ingest stored but had not clustered yet, as
    # every reading command that lists stories or lineage does.
    subprocess.run(
        [EXE, "--db", str(db), "stories"], capture_output=True, text=True, timeout=300, check=True
    )


@pytest.mark.slow
def test_kill_9_at_random_points_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Four articles, text and HTML, some about the same events (actors shared across them).
    for path in sorted(CORPUS.glob("2026-03-*"))[:4]:
        shutil.copy(path, corpus / path.name)

    # A first run warms the page cache and spaCy's files, so the timed clean run below is what a
    # killed run would take, not a cold start that outlasts every later run.
    assert _ingest(tmp_path / "warm.db", corpus).returncode == 0
    clean = tmp_path / "clean.db"
    started = time.monotonic()
    done = _ingest(clean, corpus)
    clean_seconds = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    _finish(clean)

    rng = random.Random(SEED)
    killed = tmp_path / "killed.db"
    kills = 0  # kills since the killed store was last started afresh
    # Up to ten tries per kill, each killing at a random point in the first 60 % of a clean
    # run's time: under a loaded machine (a parallel test run) a run's time varies, and a try
    # whose run ends first starts the store over.
    for _ in range(KILLS * 10):
        proc = subprocess.Popen(
            [EXE, "--db", str(killed), "ingest", str(corpus)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, max(0.3, 0.6 * clean_seconds)))
        if proc.poll() is None:
            proc.kill()  # SIGKILL: no handler runs, no transaction is committed on the way out
            kills += 1
        elif kills < KILLS:
            # The run finished before its kill: start over, so the store the re-run below
            # completes is one that really was cut short.
            for leftover in tmp_path.glob("killed.db*"):
                leftover.unlink()
            kills = 0
        proc.wait()
        if kills >= KILLS:
            break
    rerun = _ingest(killed, corpus)
    assert rerun.returncode == 0, rerun.stderr
    _finish(killed)

    assert kills >= 1, "every run ended before its kill; the test proved nothing"
    want, got = dump_tables(clean), dump_tables(killed)
    assert list(got) == list(want)
    for table in want:
        assert got[table] == want[table], table
