"""A Ctrl-C that lands while a finalizer runs (Python prints and drops an exception raised
there: SQLAlchemy returns pooled connections from weakref callbacks) still stops an ingest
with exit 130 and the one-line message, and prints no traceback."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)  # as a terminal's foreground job
import typer
from onrecord.cli.common import run_ingest
from onrecord.ingest import Outcome

class Store:
    url = "sqlite:///lorvik.db"
    def close(self):
        pass

class Finalized:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)  # the handler runs inside this finalizer
        sum(range(100))

def outcomes():
    for i in range(5):
        if i == 2:
            Finalized()  # dropped at once: its finalizer runs here
        yield Outcome("new", f"ostrava-{i}.txt", article_id=str(i))

try:
    run_ingest(Store(), outcomes)
except typer.Exit as exc:
    sys.exit(exc.exit_code)
"""


def test_ingest_stops_on_a_ctrl_c_dropped_by_a_finalizer() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 130, done.stderr
    # The article whose read ran the finalizer is counted; none after it is read.
    assert done.stdout.startswith("read 3 · new 3 · duplicate 0 · failed 0")
    assert done.stderr.strip() == "onrecord: interrupted; every article listed as new is stored."
