"""Response headers that keep untrusted article text inert, and the write-token check."""

from __future__ import annotations

import hmac
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: No inline script or style anywhere: every script and stylesheet is a file under /static.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` to every HTTP response.

    A plain ASGI wrapper rather than ``BaseHTTPMiddleware``: no extra task per request.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                headers = list(message.get("headers", []))
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in names)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class AuthError(Exception):
    """A write refused: ``status`` 403 when the server is read-only, 401 for a bad token."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(message)


def check_token(configured: str | None, authorization: str | None) -> None:
    """Allow a write only with ``Authorization: Bearer <configured token>``.

    Raises:
        AuthError: no token is configured (read-only server), or the header is missing or wrong.
    """
    if not configured:
        raise AuthError(
            403, "this server is read-only: start it with ONRECORD_TOKEN set to accept writes"
        )
    scheme, _, supplied = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not supplied.strip():
        raise AuthError(401, "writes need an 'Authorization: Bearer <token>' header")
    if not hmac.compare_digest(supplied.strip().encode(), configured.encode()):
        raise AuthError(401, "the bearer token is not the one this server was started with")


def www_authenticate(status: int) -> dict[str, Any]:
    """The ``WWW-Authenticate`` header a 401 must carry."""
    return {"WWW-Authenticate": 'Bearer realm="onrecord"'} if status == 401 else {}
