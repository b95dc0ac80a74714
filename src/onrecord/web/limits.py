"""Writes are checked before their body is read: the token first, then the declared size; a body
that grows past the limit or trickles in too slowly is cut off.

A plain ASGI middleware (not ``BaseHTTPMiddleware``): it answers 401/403/413 from the headers
alone, so an anonymous or oversized upload costs the server nothing but its headers.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from onrecord.validation import MAX_ARTICLE_CHARS
from onrecord.web.security import AuthError, check_token, www_authenticate

#: The largest request body read. A JSON string may spell a character as ``\\uXXXX`` (6 bytes),
#: so the article limit in characters times 6, plus room for the metadata fields.
MAX_BODY_BYTES = 6 * MAX_ARTICLE_CHARS + 64 * 1024
#: Longest wait for the next piece of a body, and for the whole body: a slow upload holds a
#: connection, and must not hold it for ever.
BODY_CHUNK_TIMEOUT = 10.0
BODY_TOTAL_TIMEOUT = 60.0

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class BodyRefused(HTTPException):
    """A body cut off while it was read (too large, too slow): answered by the app's handlers."""


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


async def _answer(
    send: Send, status: int, message: str, headers: dict[str, str] | None = None
) -> None:
    body = json.dumps({"error": message}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    # The request body is left unread: the server closes the connection after this answer.
    raw.append((b"connection", b"close"))
    raw.extend(
        (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()
    )
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class WriteGuard:
    """Refuse writes early; bound what a write's body may cost.

    For every method but GET/HEAD/OPTIONS: the bearer token is checked (401/403) and a declared
    ``Content-Length`` over ``max_bytes`` is refused (413) before a byte of the body is read.
    While the body is read, more than ``max_bytes`` (a chunked upload that lied or declared
    nothing) is a 413, and a body that stalls for ``chunk_timeout`` seconds or takes longer
    than ``total_timeout`` is a 408.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_bytes: int = MAX_BODY_BYTES,
        chunk_timeout: float = BODY_CHUNK_TIMEOUT,
        total_timeout: float = BODY_TOTAL_TIMEOUT,
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.chunk_timeout = chunk_timeout
        self.total_timeout = total_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method", "GET") in _SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        state: Any = scope["app"].state
        try:
            check_token(getattr(state, "token", None), _header(scope, b"authorization"))
        except AuthError as exc:
            await _answer(send, exc.status, exc.message, www_authenticate(exc.status))
            return
        declared = _header(scope, b"content-length")
        if declared is not None:
            if not declared.strip().isascii() or not declared.strip().isdigit():
                await _answer(send, 400, "Content-Length is not a number")
                return
            if int(declared) > self.max_bytes:
                await _answer(send, 413, self._too_large(int(declared)))
                return
        await self.app(scope, self._bounded(receive), send)

    def _too_large(self, size: int | None = None) -> str:
        said = f" ({size:,} bytes)" if size is not None else ""
        return f"request body too large{said}: the limit is {self.max_bytes:,} bytes"

    def _bounded(self, receive: Receive) -> Receive:
        started = time.monotonic()
        seen = 0

        async def bounded_receive() -> Message:
            nonlocal seen
            left = self.total_timeout - (time.monotonic() - started)
            try:
                message = await asyncio.wait_for(
                    receive(), timeout=max(0.0, min(self.chunk_timeout, left))
                )
            except TimeoutError:
                raise BodyRefused(408, "request body too slow: the upload was cut off") from None
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyRefused(413, self._too_large())
            return message

        return bounded_receive
