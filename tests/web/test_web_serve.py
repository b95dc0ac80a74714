"""``onrecord serve`` as a user starts it: a real server process on a free loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_answers_with_one_or_several_workers(web_db, workers: int) -> None:
    db, records = web_db
    port = _free_port()
    exe = str(Path(sys.executable).parent / "onrecord")
    env = {k: v for k, v in os.environ.items() if k not in ("ONRECORD_TOKEN", "ONRECORD_DB")}
    proc = subprocess.Popen(
        [exe, "serve", "--db", db, "--port", str(port), "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        answer = None
        while time.monotonic() < deadline and answer is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/quotes?limit=100", timeout=2)
            except httpx.HTTPError:
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200
        assert len(answer.json()["items"]) == sum(len(r.quotes) for r in records)
        # read-only without a token
        post = httpx.post(f"http://127.0.0.1:{port}/api/articles", json={"text": "x"}, timeout=5)
        assert post.status_code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=30)
