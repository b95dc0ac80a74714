"""Start ``onrecord serve`` as a user does: a real server process on a free loopback port."""

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


def free_port() -> int:
    """A loopback port that is free now (another program may still take it first)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(db: str, *args: str, **env: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Run ``onrecord serve --db DB ARGS...`` until the block ends; yield its address and process.

    ``env`` sets environment variables (``ONRECORD_TOKEN`` and ``ONRECORD_DB`` are cleared
    unless given). Returns once ``GET /api/quotes`` answers. The port is free when chosen, but
    another program can take it before the server binds it: the server then exits at once,
    and is started again on another port.
    """
    exe = str(Path(sys.executable).parent / "onrecord")
    environ = {k: v for k, v in os.environ.items() if k not in ("ONRECORD_TOKEN", "ONRECORD_DB")}
    environ.update(env)
    for _ in range(3):
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen(
            [exe, "serve", "--db", db, "--port", str(port), *args],
            env=environ,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None:
                try:
                    httpx.get(f"{base}/api/quotes?limit=1", timeout=10)
                except httpx.HTTPError:
                    time.sleep(0.2)
                    continue
                yield base, proc
                return
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        err = proc.stderr.read().decode(errors="replace")  # type: ignore[union-attr]
        if "address already in use" not in err.lower():
            pytest.fail(f"onrecord serve did not answer (exit code {proc.returncode}): {err}")
    pytest.fail("onrecord serve found no free port")
