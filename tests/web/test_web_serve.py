"""``onrecord serve`` as a user starts it: a real server process on a free loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _serving(db: str, workers: int) -> Iterator[tuple[str, httpx.Response]]:
    """Start ``onrecord serve``; yield its address and its first answer to GET /api/quotes.

    The port is free when chosen, but another program can take it before the server binds it:
    the server then exits at once, and is started again on another port.
    """
    exe = str(Path(sys.executable).parent / "onrecord")
    env = {k: v for k, v in os.environ.items() if k not in ("ONRECORD_TOKEN", "ONRECORD_DB")}
    for _ in range(3):
        base = f"http://127.0.0.1:{_free_port()}"
        proc = subprocess.Popen(
            [exe, "serve", "--db", db, "--port", base.rsplit(":", 1)[1], "--workers", str(workers)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None:
                try:
                    answer = httpx.get(f"{base}/api/quotes?limit=100", timeout=10)
                except httpx.HTTPError:
                    time.sleep(0.2)
                    continue
                yield base, answer
                return
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        err = proc.stderr.read().decode(errors="replace")  # type: ignore[union-attr]
        if "address already in use" not in err.lower():
            pytest.fail(f"onrecord serve did not answer (exit code {proc.returncode}): {err}")
    pytest.fail("onrecord serve found no free port")


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_answers_with_one_or_several_workers(web_db, workers: int) -> None:
    db, records = web_db
    with _serving(db, workers) as (base, answer):
        assert answer.status_code == 200
        assert len(answer.json()["items"]) == sum(len(r.quotes) for r in records)
        # read-only without a token
        post = httpx.post(f"{base}/api/articles", json={"text": "x"}, timeout=30)
        assert post.status_code == 403
