#!/usr/bin/env python3
"""What hostile writes cost a running server: read latency during a heavy POST, and an oversized
upload without a token.

    .venv/bin/python benchmarks/hostile_server.py
    .venv/bin/python benchmarks/hostile_server.py --budget 10 --seconds 20 --concurrency 4

1. Starts ``onrecord serve`` (a separate process, a free 127.0.0.1 port) over a small store of
   fictional articles, with a token and the extraction budget ``--budget``.
2. Drives ``GET /api/quotes?limit=20`` (``--concurrency`` at a time) for ``--seconds`` on an
   idle server (after one small POST, which also waits for the worker to be ready), then again
   while a heavy article is POSTed: the issue's probe, 30 KB of text
   with 10,000 quote marks (``--heavy quotes``), or 900,000 characters of prose (``prose``).
   Prints p50/p99 and requests per second for both, and what the POST answered, and when.
3. Sends a POST declaring a 200 MB body without a token and 1 MB of that body, and reports
   how long the answer took, what it was, and the server's resident memory before and after.

Loopback only. Not a timed test: the figures depend on the machine (its load is printed).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "bench-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def heavy_text(kind: str) -> str:
    """The issue's probes: quote-dense (30 KB, 10,000 marks) or long prose (900,000 characters)."""
    if kind == "quotes":
        return "“No.” " * 5000  # 30,000 characters, 10,000 quote marks
    return (
        "Foreign Minister Ana Voss said on Tuesday that the talks in Port Amaris were useful. "
        * 12_000
    )[:900_000]


async def _drive(base: str, seconds: float, concurrency: int) -> list[float]:
    times: list[float] = []
    stop = time.monotonic() + seconds
    async with httpx.AsyncClient(timeout=60) as client:

        async def worker() -> None:
            while time.monotonic() < stop:
                t = time.perf_counter()
                r = await client.get(f"{base}/api/quotes?limit=20")
                r.raise_for_status()
                times.append(time.perf_counter() - t)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return times


def _summary(label: str, times: list[float], seconds: float) -> str:
    q = statistics.quantiles(times, n=100) if len(times) > 1 else times * 99
    return f"{label}: {len(times) / seconds:.0f} req/s, p50 {q[49] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms ({len(times)} requests)"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--budget", type=float, default=120.0, help="ONRECORD_EXTRACT_TIMEOUT for the server"
    )
    parser.add_argument("--seconds", type=float, default=15.0, help="seconds of reads per phase")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--heavy", choices=("quotes", "prose"), default="quotes")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from tests.web.conftest import fill

    from onrecord.store import open_store

    tmp = Path(tempfile.mkdtemp(prefix="onrecord-hostile-"))
    db = tmp / "h.db"
    with open_store(str(db)) as store:
        fill(store)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "ONRECORD_TOKEN": TOKEN, "ONRECORD_EXTRACT_TIMEOUT": str(args.budget)}
    exe = str(Path(sys.executable).parent / "onrecord")
    proc = subprocess.Popen(
        [exe, "serve", "--db", str(db), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                httpx.get(f"{base}/api/quotes?limit=1", timeout=5)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        # A small article first: the worker is ready (serve starts it with a token) and works.
        t = time.perf_counter()
        small = httpx.post(
            f"{base}/api/articles",
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=600,
            json={"text": "“We will keep the border open,” Foreign Minister Ana Voss said."},
        )
        print(
            f"small POST right after start: {small.status_code} in {time.perf_counter() - t:.1f} s"
        )
        print(
            f"load average: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}"
        )
        idle = asyncio.run(_drive(base, args.seconds, args.concurrency))
        print(_summary("reads, idle server", idle, args.seconds))

        text = heavy_text(args.heavy)
        answer: list[tuple[int, str, float]] = []

        def post() -> None:
            t = time.perf_counter()
            r = httpx.post(
                f"{base}/api/articles",
                json={"text": text},
                headers={"Authorization": f"Bearer {TOKEN}"},
                timeout=3600,
            )
            answer.append((r.status_code, r.text[:160], time.perf_counter() - t))

        poster = threading.Thread(target=post)
        poster.start()
        busy = asyncio.run(_drive(base, args.seconds, args.concurrency))
        print(
            _summary(
                f"reads during a heavy POST ({args.heavy}, {len(text):,} chars)", busy, args.seconds
            )
        )
        poster.join()
        status, body, took = answer[0]
        print(f"heavy POST: {status} after {took:.1f} s (budget {args.budget:g} s): {body}")

        before = _rss_mb(proc.pid)
        t = time.perf_counter()
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(
                b"POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 200000000\r\n\r\n"
            )
            try:
                s.sendall(b"x" * (1024 * 1024))
            except OSError:
                pass
            try:
                line = s.recv(4096).decode(errors="replace").split("\r\n", 1)[0]
            except OSError as exc:
                line = f"no answer ({exc})"
        took = time.perf_counter() - t
        print(
            f"200 MB POST without a token: {line!r} after {took * 1000:.0f} ms; "
            f"server memory {before:.0f} -> {_rss_mb(proc.pid):.0f} MB"
        )
    finally:
        proc.terminate()
        proc.wait(30)


if __name__ == "__main__":
    main()
