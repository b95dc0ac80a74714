"""Writes are refused from their headers (token, declared size) before any body is read, bodies
that grow too large or trickle in are cut off, and a heavy POST never stalls other requests."""

from __future__ import annotations

import asyncio
import re
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from onrecord.web import create_app
from onrecord.web.limits import MAX_BODY_BYTES, WriteGuard
from tests.web.server import serving

TOKEN = "s3cret"
SMALL = "“We will keep the border open,” Foreign Minister Ana Voss said on Tuesday."


def _asgi_post(
    app,
    headers: dict[str, str],
    chunks: list[bytes] | None = None,
    *,
    stall: bool = False,
    outer=None,
):
    """POST /api/articles straight into the ASGI app; return (status, body, body chunks read)."""
    read: list[int] = []
    sent: list[dict] = []
    pending = list(chunks or [])

    async def receive() -> dict:
        if stall and not pending:
            await asyncio.sleep(3600)
        read.append(1)
        body = pending.pop(0) if pending else b""
        return {"type": "http.request", "body": body, "more_body": bool(pending) or stall}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/articles",
        "raw_path": b"/api/articles",
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 8000),
        "app": app,
    }
    asyncio.run((outer or app)(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, body.decode(), len(read)


@pytest.fixture
def app(tmp_path: Path):
    return create_app(str(tmp_path / "l.db"), token=TOKEN)


@pytest.mark.parametrize(
    ("token", "headers", "status", "message"),
    [
        (TOKEN, {"content-length": str(200 * 1024 * 1024)}, 401, "Authorization: Bearer"),
        (
            TOKEN,
            {"content-length": str(200 * 1024 * 1024), "authorization": "Bearer wrong"},
            401,
            "not the one",
        ),
        ("", {"content-length": "10", "authorization": f"Bearer {TOKEN}"}, 403, "read-only"),
        (
            TOKEN,
            {"content-length": str(200 * 1024 * 1024), "authorization": f"Bearer {TOKEN}"},
            413,
            "too large",
        ),
        (
            TOKEN,
            {"content-length": "12x", "authorization": f"Bearer {TOKEN}"},
            400,
            "Content-Length",
        ),
    ],
)
def test_refused_from_the_headers_before_any_body_is_read(
    tmp_path, token, headers, status, message
) -> None:
    app = create_app(str(tmp_path / "h.db"), token=token)
    got, body, chunks_read = _asgi_post(
        app, {"content-type": "application/json", **headers}, [b"{" * 1024]
    )
    assert (got, chunks_read) == (status, 0)
    assert message in body


def test_an_undeclared_body_is_cut_off_past_the_limit(app) -> None:
    chunk = b" " * (1024 * 1024)
    n = MAX_BODY_BYTES // len(chunk) + 20
    status, body, chunks_read = _asgi_post(
        app, {"content-type": "application/json", "authorization": f"Bearer {TOKEN}"}, [chunk] * n
    )
    assert status == 413 and "too large" in body
    assert chunks_read == MAX_BODY_BYTES // len(chunk) + 1  # read up to the limit, not the rest


def test_a_stalled_body_is_cut_off(app) -> None:
    guarded = WriteGuard(app, chunk_timeout=0.3)
    started = time.monotonic()
    status, body, _ = _asgi_post(
        app,
        outer=guarded,
        headers={"content-type": "application/json", "authorization": f"Bearer {TOKEN}"},
        chunks=[b'{"text": "'],
        stall=True,
    )
    assert status == 408 and "too slow" in body
    assert time.monotonic() - started < 30


# -- the real server ---------------------------------------------------------------------------


def _raw_post(base: str, headers: str, body: bytes, wait: float = 10) -> str:
    """Send headers and part of a body on a raw socket; return the status line (or '')."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as s:
        s.sendall(f"POST /api/articles HTTP/1.1\r\nHost: {host}\r\n{headers}\r\n".encode())
        try:
            s.sendall(body)
        except OSError:
            pass  # the server may close the connection before the body is sent: fine
        try:
            return s.recv(4096).decode(errors="replace").split("\r\n", 1)[0]
        except (TimeoutError, OSError):
            return ""


def _extraction_workers(server_pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        ppid = re.search(r"^PPid:\s+(\d+)", status, re.M)
        if (
            ppid
            and int(ppid.group(1)) == server_pid
            and "multiprocessing" in cmd
            and "resource_tracker" not in cmd
        ):
            found.append(int(entry.name))
    return found


def test_real_server_refuses_a_huge_upload_from_its_headers(tmp_path) -> None:
    with serving(str(tmp_path / "r.db"), ONRECORD_TOKEN=TOKEN, ONRECORD_EXTRACT_TIMEOUT="60") as (
        base,
        _,
    ):
        declared = "Content-Type: application/json\r\nContent-Length: 200000000\r\n"
        started = time.monotonic()
        assert _raw_post(base, declared, b"x" * (1024 * 1024)).startswith("HTTP/1.1 401")
        assert _raw_post(
            base, declared + f"Authorization: Bearer {TOKEN}\r\n", b"x" * (1024 * 1024)
        ).startswith("HTTP/1.1 413")
        assert time.monotonic() - started < 20
        assert httpx.get(f"{base}/api/articles", timeout=10).status_code == 200


@pytest.mark.slow
def test_a_heavy_post_runs_in_a_worker_within_its_budget_while_reads_go_on(tmp_path) -> None:
    heavy = (
        "Foreign Minister Ana Voss said on Tuesday that the talks in Port Amaris were useful. "
        * 12_000
    )[:950_000]
    with serving(str(tmp_path / "b.db"), ONRECORD_TOKEN=TOKEN, ONRECORD_EXTRACT_TIMEOUT="5") as (
        base,
        proc,
    ):
        answer: list[httpx.Response] = []
        post = threading.Thread(
            target=lambda: answer.append(
                httpx.post(
                    f"{base}/api/articles",
                    json={"text": heavy},
                    headers={"Authorization": f"Bearer {TOKEN}"},
                    timeout=600,
                )
            ),
        )
        post.start()
        reads, slowest = 0, 0.0
        while post.is_alive():
            started = time.monotonic()
            r = httpx.get(f"{base}/api/quotes?limit=5", timeout=30)
            slowest = max(slowest, time.monotonic() - started)
            assert r.status_code == 200
            reads += 1
            time.sleep(0.05)
        post.join()
        # Reads were answered all along (generous bound: the machine may be busy).
        assert reads >= 5 and slowest < 5, (reads, slowest)
        (heavy_answer,) = answer
        assert heavy_answer.status_code == 503
        assert "budget of 5 s" in heavy_answer.json()["error"]
        assert _extraction_workers(proc.pid) == []  # the runaway extraction was killed
        assert httpx.get(f"{base}/api/articles", timeout=10).json()["items"] == []
        # The next article gets a fresh worker and is stored.
        ok = httpx.post(
            f"{base}/api/articles",
            json={"text": SMALL, "published": "2026-03-05"},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=300,
        )
        assert ok.status_code == 201, ok.text
        assert ok.json()["quotes"]
        assert len(_extraction_workers(proc.pid)) == 1
