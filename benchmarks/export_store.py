#!/usr/bin/env python3
"""Time and peak memory of ``onrecord export`` on a store (every table, each format asked for).

    .venv/bin/python benchmarks/export_store.py --db bench-output/web-latency.db
    .venv/bin/python benchmarks/export_store.py --db postgresql+psycopg://me@127.0.0.1:5432/onrecord_web_latency \\
        --format parquet --format csv

Each export runs as its own process (``onrecord export DIR --db ...``), so its peak resident
memory (``ru_maxrss`` of the child) is the export's alone; prints seconds, rows, rows/s, bytes
written and peak MB, with the machine's load average (the figures are noisy on a shared machine).
The 100,000-statement store of ``benchmarks/web_latency.py`` is the usual subject.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(db: str, fmt: str, folder: Path) -> tuple[float, int, int, float]:
    """(seconds, rows, bytes, peak MB) of one export."""
    exe = shutil.which("onrecord", path=str(Path(sys.executable).parent)) or "onrecord"
    # A small parent per export reports its one child's peak, so formats never mix.
    probe = (
        "import resource, subprocess, sys; done = subprocess.run(sys.argv[1:]); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(done.returncode)"
    )
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", probe, exe, "export", str(folder), "--format", fmt, "--db", db],
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(done.stderr.strip())
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    schema = json.loads((folder / "schema.json").read_text())
    rows = sum(t["rows"] for t in schema["tables"].values())
    size = sum(p.stat().st_size for p in folder.iterdir())
    return seconds, rows, size, peak_kb / 1024


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--db", required=True, help="The store: a SQLite file or a database URL.")
    ap.add_argument(
        "--format",
        action="append",
        choices=["parquet", "csv", "jsonl"],
        help="Repeatable (default parquet).",
    )
    args = ap.parse_args()
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} · {os.cpu_count()} CPUs")
    print(
        f"{'format':<10}{'seconds':>10}{'rows':>12}{'rows/s':>10}{'MB written':>12}{'peak MB':>10}"
    )
    for fmt in args.format or ["parquet"]:
        with tempfile.TemporaryDirectory() as tmp:
            seconds, rows, size, peak = run(args.db, fmt, Path(tmp) / "out")
        print(
            f"{fmt:<10}{seconds:>10.1f}{rows:>12,}{rows / seconds:>10,.0f}{size / 1e6:>12.1f}{peak:>10.0f}"
        )


if __name__ == "__main__":
    main()
