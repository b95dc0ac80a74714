"""A local web server for fetch/feed/watch tests: 127.0.0.1 only, started by the tests.

Every page and feed is written here; the outlets, states and people are the fictional cast of
``examples/corpus`` (Velmara, Drovnia, Saradia; ``.example`` sites). Nothing leaves the machine.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

ARTICLE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{date}">
</head><body><nav><a href="/">Home</a> · <a href="/world">World</a></nav>
<article><h1>{title}</h1>
<p>CASTELBRUN, {date} — Velmaran Foreign Minister Jonas Kettering said on Tuesday that his
government was ready to meet Drovnian envoys in Port Amaris to discuss the troops massed near
the Kallin Valley.</p>
<p>“{quote},” Kettering told reporters at the foreign ministry on Quay Street.</p>
<p>{extra}</p>
<p>The Amber Sea Community secretariat in Port Amaris said it would host the talks if both
sides agreed, and that observers could be sent to the Merrow Bridge crossing within days.</p>
</article><footer>© {site}</footer></body></html>"""

DEFAULT_QUOTE = "We are ready to talk to Solvetsk at any table, on any day"


def article_html(
    title: str = "Velmara ready to meet Drovnian envoys",
    *,
    site: str = "Castelbrun Herald",
    date: str = "2026-03-18",
    quote: str = DEFAULT_QUOTE,
    extra: str = "Officials in Solvetsk did not respond to a request for comment.",
) -> str:
    """A small news page about the fictional crisis."""
    return ARTICLE.format(title=title, site=site, date=date, quote=quote, extra=extra)


def rss(items: list[dict[str, str]], *, title: str = "Basin Press Agency — World") -> str:
    """An RSS 2.0 feed; each item has title, link, guid, pubDate and description."""
    body = "".join(
        "<item>"
        f"<title>{i['title']}</title><link>{i['link']}</link><guid>{i.get('guid', i['link'])}</guid>"
        f"<pubDate>{i.get('date', 'Tue, 17 Mar 2026 09:00:00 GMT')}</pubDate>"
        f"<description><![CDATA[{i.get('description', '')}]]></description>"
        "</item>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://bpa.example/</link><description>wire</description>{body}"
        "</channel></rss>"
    )


Reply = tuple[int, dict[str, str], bytes]
Route = Callable[[BaseHTTPRequestHandler], Reply] | Reply


@dataclass
class LocalWeb:
    """The running server: ``routes`` maps paths to replies, ``log`` records requests."""

    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    log: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)  # set when the test ends

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return self.base + path

    def hits(self, path: str) -> int:
        """How many times a path was requested."""
        return sum(1 for p, _ in self.log if p == path)

    def page(
        self,
        path: str,
        html: str,
        *,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        """Serve ``html`` at ``path``."""
        self.routes[path] = (
            200,
            {"Content-Type": content_type, **(headers or {})},
            html.encode("utf-8"),
        )

    def feed(self, path: str, xml: str, *, etag: str | None = None) -> None:
        """Serve a feed at ``path``; with ``etag``, a matching If-None-Match gets a 304."""

        def reply(handler: BaseHTTPRequestHandler) -> Reply:
            headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
            if etag:
                headers["ETag"] = etag
                headers["Last-Modified"] = "Tue, 17 Mar 2026 09:00:00 GMT"
                if handler.headers.get("If-None-Match") == etag:
                    return 304, {"ETag": etag}, b""
            return 200, headers, xml.encode("utf-8")

        self.routes[path] = reply


def _standard_routes(web: LocalWeb) -> None:
    web.routes["/robots.txt"] = (
        200,
        {"Content-Type": "text/plain"},
        b"User-agent: *\nDisallow: /private/\n",
    )
    web.page("/news/ready-to-meet.html", article_html())
    web.page("/private/cable.html", article_html("Leaked cable", site="Quay Street Leaks"))
    web.routes["/missing.html"] = (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>")
    web.routes["/loop/a"] = (302, {"Location": "/loop/b"}, b"")
    web.routes["/loop/b"] = (302, {"Location": "/loop/a"}, b"")
    web.routes["/moved.html"] = (301, {"Location": "/news/ready-to-meet.html"}, b"")
    web.routes["/report.pdf"] = (
        200,
        {"Content-Type": "application/pdf"},
        b"%PDF-1.4 fictional report",
    )
    web.routes["/data.json"] = (200, {"Content-Type": "application/json"}, b'{"talks": true}')
    big = article_html(extra="Padding. " * 400_000)  # about 3.2 MB
    web.routes["/huge.html"] = (200, {"Content-Type": "text/html"}, big.encode())

    def huge_unannounced(handler: BaseHTTPRequestHandler) -> Reply:
        return 200, {"Content-Type": "text/html", "X-No-Length": "1"}, big.encode()

    web.routes["/huge-stream.html"] = huge_unannounced

    def slow(handler: BaseHTTPRequestHandler) -> Reply:
        # No answer until the test ends: a client times out however loaded the machine is (a
        # reply after a fixed sleep can reach a client that was stalled past its timeout).
        web.done.wait(60)
        return 200, {"Content-Type": "text/html"}, article_html("Late edition").encode()

    web.routes["/slow.html"] = slow
    web.feed(
        "/malformed.xml",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half',
    )


class _Handler(BaseHTTPRequestHandler):
    server: Any
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up (size limit, timeout) and the next read found out

    def do_GET(self) -> None:  # http.server's naming
        web: LocalWeb = self.server.web
        path = self.path.split("?", 1)[0]
        web.log.append((path, dict(self.headers)))
        route = web.routes.get(path)
        if route is None:
            status, headers, body = 404, {"Content-Type": "text/plain"}, b"no such page"
        elif callable(route):
            status, headers, body = route(self)
        else:
            status, headers, body = route
        try:
            self.send_response(status)
            headers = dict(headers)
            stream = headers.pop("X-No-Length", None)
            for name, value in headers.items():
                self.send_header(name, value)
            if stream:
                self.send_header("Connection", "close")
                self.end_headers()
                for i in range(0, len(body), 65536):
                    self.wfile.write(body[i : i + 65536])
                self.close_connection = True
                return
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (size limit, timeout): that is the point of the test


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    """A web server on 127.0.0.1 (a free port) serving the fictional pages and feeds above."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    web = LocalWeb(base=f"http://127.0.0.1:{server.server_address[1]}")
    _standard_routes(web)
    server.web = web  # type: ignore[attr-defined]
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield web
    finally:
        web.done.set()
        server.shutdown()
        server.server_close()


@pytest.fixture
def quick_fetch() -> Any:
    """Fetch options for tests: no politeness delay, fast retries. The timeout is generous:
    the local server answers at once, but a loaded machine can stall a test for a second or
    more (robots.txt gets one try only). Tests of a timeout use :func:`impatient`."""
    from onrecord.ingest.fetch import FetchOptions

    return FetchOptions(timeout=30.0, retries=1, backoff=0.01, delay=0.0, max_bytes=1024 * 1024)


def impatient(options: Any) -> Any:
    """``options`` with a timeout short enough to wait for ``/slow.html`` (which never answers
    while the test runs), yet long enough for the real answers the same fetcher gets."""
    return replace(options, timeout=2.0)
