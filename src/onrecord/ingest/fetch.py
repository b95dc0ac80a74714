"""Fetching pages and feeds over HTTP, politely.

:class:`Fetcher` wraps one ``httpx.Client`` and applies the rules a well-behaved news reader
follows:

- a User-Agent that names onrecord and where to read about it (:data:`USER_AGENT`);
- ``robots.txt`` is read once per host and obeyed (RFC 9309: a missing robots.txt, 4xx,
  allows everything; an unreachable one, 5xx or a network error, allows nothing for now), and
  its ``Crawl-delay`` lengthens the politeness delay;
- a politeness delay between two requests to the same host (:attr:`FetchOptions.delay`);
- connect/read timeouts; retries with exponential backoff on timeouts, connection errors,
  429 and 5xx (``Retry-After`` honoured up to a cap), never on other 4xx;
- at most :attr:`FetchOptions.max_redirects` redirects (a redirect loop is an error);
- a size limit checked on ``Content-Length`` and again while streaming;
- a content-type check: pages must be HTML, feeds XML (or unlabelled).

Every failure is an :class:`~onrecord.errors.InputError` whose path is the URL, so the CLI
prints ``url: reason`` like it does for files. :func:`fetch_articles` turns URLs into read
items the ingest batch (:func:`~onrecord.ingest.batch.ingest_items`) stores
(:func:`ingest_urls`); the HTML goes
through the same reader as HTML files (:func:`~onrecord.ingest.html.html_article`).
"""

from __future__ import annotations

import logging
import time
import urllib.robotparser
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from onrecord import __version__
from onrecord.errors import InputError
from onrecord.ingest.base import ReadItem, ReadResult, declared_charset, decode, human_size
from onrecord.ingest.batch import Outcome, ingest_items
from onrecord.ingest.html import html_article

if TYPE_CHECKING:
    from onrecord.pipeline import Extractor
    from onrecord.store import Store

log = logging.getLogger(__name__)

USER_AGENT = (
    f"onrecord/{__version__} (diplomatic-statement tracker; +https://pypi.org/project/onrecord/)"
)
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/x-opml",
    "text/x-opml",
    "text/plain",  # common misconfiguration; feedparser decides
    "application/octet-stream",
)
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_MAX_RETRY_AFTER = 60.0
_MAX_CRAWL_DELAY = 60.0


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How politely and how patiently to fetch.

    Args:
        timeout: seconds to wait for a connection and for each read.
        retries: extra attempts after a transient failure (timeout, connection error, 429, 5xx).
        backoff: seconds before the first retry; doubled for each further one.
        delay: seconds between two requests to the same host (robots.txt may ask for more).
        max_bytes: responses larger than this are refused.
        max_redirects: redirects followed before giving up (a loop ends here).
        user_agent: sent with every request and matched against robots.txt.
        respect_robots: obey robots.txt (on unless a test says otherwise).
    """

    timeout: float = 15.0
    retries: int = 2
    backoff: float = 1.0
    delay: float = 1.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    respect_robots: bool = True


@dataclass(slots=True)
class Response:
    """A fetched response: the final URL after redirects, the body and the validators."""

    url: str
    status: int
    content: bytes = b""
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """Whether a conditional GET said nothing changed (304)."""
        return self.status == 304


@dataclass(slots=True)
class _Host:
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_error: str | None = None
    crawl_delay: float = 0.0
    last_request: float | None = None
    checked: bool = False


@dataclass(slots=True)
class Fetcher:
    """A polite HTTP client; use it as a context manager (it holds connections).

    Args:
        options: timeouts, retries, delays, limits.
        transport: an httpx transport (tests); None for the network.
        sleep: how to wait (tests pass a recorder); ``time.sleep`` by default.
        clock: monotonic seconds; ``time.monotonic`` by default.

    Example:
        >>> with Fetcher(FetchOptions(delay=2)) as fetcher:  # doctest: +SKIP
        ...     page = fetcher.get("https://news.example/talks", accept=HTML_TYPES)
    """

    options: FetchOptions = field(default_factory=FetchOptions)
    transport: Any = None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _client: Any = None
    _hosts: dict[str, _Host] = field(default_factory=dict)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def client(self) -> Any:
        """The underlying ``httpx.Client``, created on first use."""
        if self._client is None:
            import httpx

            self._client = httpx.Client(
                transport=self.transport,
                follow_redirects=True,
                max_redirects=self.options.max_redirects,
                timeout=httpx.Timeout(self.options.timeout),
                headers={"User-Agent": self.options.user_agent},
            )
        return self._client

    def close(self) -> None:
        """Close the connections."""
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- politeness ------------------------------------------------------------------------

    def _host(self, url: str) -> tuple[str, _Host]:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        return key, self._hosts.setdefault(key, _Host())

    def _wait_turn(self, host: _Host) -> None:
        delay = max(self.options.delay, host.crawl_delay)
        if host.last_request is not None and delay > 0:
            remaining = host.last_request + delay - self.clock()
            if remaining > 0:
                self.sleep(remaining)
        host.last_request = self.clock()

    def allowed(self, url: str) -> tuple[bool, str | None]:
        """Whether robots.txt lets onrecord fetch ``url`` (and why not, when it does not)."""
        if not self.options.respect_robots:
            return True, None
        origin, host = self._host(url)
        if not host.checked:
            self._load_robots(origin, host)
        if host.robots_error is not None:
            return False, host.robots_error
        if host.robots is not None and not host.robots.can_fetch(self.options.user_agent, url):
            return False, "disallowed by robots.txt"
        return True, None

    def _load_robots(self, origin: str, host: _Host) -> None:
        import httpx

        host.checked = True
        robots_url = origin + "/robots.txt"
        try:
            response = self._request(robots_url, host, headers={}, attempts=1)
        except InputError as err:
            host.robots_error = f"robots.txt unreachable ({err.reason}); not fetching for now"
            return
        except httpx.HTTPError as exc:  # pragma: no cover - _request converts these
            host.robots_error = f"robots.txt unreachable ({type(exc).__name__})"
            return
        if response.status >= 500:
            host.robots_error = (
                f"robots.txt unreachable (HTTP {response.status}); not fetching for now"
            )
            return
        if response.status >= 400:
            return  # no robots.txt: everything is allowed
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(response.content.decode("utf-8", "replace").splitlines())
        host.robots = parser
        delay = parser.crawl_delay(self.options.user_agent)
        if delay:
            host.crawl_delay = min(float(delay), _MAX_CRAWL_DELAY)

    # -- requests --------------------------------------------------------------------------

    def get(
        self,
        url: str,
        *,
        accept: Iterable[str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Response:
        """GET ``url`` politely; conditional when ``etag``/``last_modified`` are given.

        Args:
            url: an http(s) URL.
            accept: content types allowed (prefixes of the ``Content-Type``); None: any.
            etag: the ETag of the copy we have (sent as ``If-None-Match``).
            last_modified: its Last-Modified (sent as ``If-Modified-Since``).

        Returns:
            The response; ``status`` 304 with an empty body when nothing changed.

        Raises:
            InputError: not http(s), robots.txt says no, HTTP error status, too many redirects,
                timeout, too large, wrong content type.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(url, "not an http(s) URL")
        ok, why = self.allowed(url)
        if not ok:
            raise InputError(url, why or "not allowed")
        headers: dict[str, str] = {}
        if accept:
            headers["Accept"] = ", ".join(accept) + ", */*;q=0.1"
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        _, host = self._host(url)
        response = self._request(url, host, headers=headers, attempts=self.options.retries + 1)
        if response.status == 304:
            return response
        if response.status >= 400:
            raise InputError(url, f"HTTP {response.status}")
        if (
            accept is not None
            and response.content_type
            and not response.content_type.startswith(tuple(accept))
        ):
            raise InputError(url, f"unexpected content type {response.content_type}")
        return response

    def _request(
        self, url: str, host: _Host, *, headers: dict[str, str], attempts: int
    ) -> Response:
        import httpx

        last_error = "failed"
        retry_after: float | None = None
        for attempt in range(attempts):
            if attempt:
                self.sleep(self._backoff(attempt, retry_after))
            retry_after = None
            self._wait_turn(host)
            try:
                response = self._stream(url, headers)
            except httpx.TooManyRedirects:
                raise InputError(
                    url,
                    f"too many redirects (more than {self.options.max_redirects}; a redirect loop?)",
                ) from None
            except httpx.TimeoutException:
                last_error = f"timed out after {self.options.timeout:g} s"
                continue
            except (httpx.TransportError, httpx.InvalidURL) as exc:
                last_error = f"cannot connect ({type(exc).__name__})"
                if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
                    raise InputError(url, last_error) from None
                continue
            if response[0].status in _RETRY_STATUS and attempt + 1 < attempts:
                last_error = f"HTTP {response[0].status}"
                retry_after = response[1]
                continue
            return response[0]
        tries = f" ({attempts} tries)" if attempts > 1 else ""
        raise InputError(url, last_error + tries)

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        wait = self.options.backoff * (2 ** (attempt - 1))
        if retry_after is not None:
            wait = max(wait, min(retry_after, _MAX_RETRY_AFTER))
        return wait

    def _stream(self, url: str, headers: dict[str, str]) -> tuple[Response, float | None]:
        limit = self.options.max_bytes
        with self.client.stream("GET", url, headers=headers) as r:
            content_type, charset = _content_type(r.headers.get("content-type"))
            result = Response(
                url=str(r.url),
                status=r.status_code,
                content_type=content_type,
                charset=charset,
                etag=r.headers.get("etag"),
                last_modified=r.headers.get("last-modified"),
            )
            retry_after = _retry_after(r.headers.get("retry-after"))
            if r.status_code >= 300:
                return result, retry_after  # error bodies and 304s are not read
            declared = r.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise InputError(
                    url,
                    f"too large ({human_size(int(declared))}; the limit is {human_size(limit)})",
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise InputError(url, f"too large (over the limit of {human_size(limit)})")
                chunks.append(chunk)
            result.content = b"".join(chunks)
            return result, retry_after


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    main, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, val = param.strip().partition("=")
        if name.lower() == "charset" and val:
            charset = val.strip("\"' ").lower()
    return main.strip().lower() or None, charset


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def page_text(response: Response) -> str:
    """The decoded HTML of a fetched page (header charset, then the page's own, then detection)."""
    declared = response.charset or declared_charset(response.content)
    return decode(response.content, response.url, declared=declared)


def fetch_article(fetcher: Fetcher, url: str) -> ReadResult:
    """Fetch one page and read its article with the HTML reader.

    Returns:
        A :class:`ReadItem` whose path is the URL as given, or an :class:`InputError`.
    """
    try:
        response = fetcher.get(url, accept=HTML_TYPES)
        html = page_text(response)
        article = html_article(html, url, url=response.url)
    except InputError as err:
        if err.path != url:
            return InputError(url, err.reason)
        return err
    if not article.url:
        article.url = response.url
    return ReadItem(article, url)


def ingest_urls(
    urls: Iterable[str],
    *,
    store: Store,
    fetcher: Fetcher,
    extractor: Callable[[], Extractor] | None = None,
    cluster: bool = True,
) -> Iterator[Outcome]:
    """Fetch, extract and store pages; yield one outcome per URL, as the file ingest does.

    A URL already stored (normalised) is not fetched again. Pages are stored one at a time,
    so stopping the loop loses nothing already reported.
    """
    factory = memo_extractor(extractor)
    for url in urls:
        known = store.find_article(url=url)
        if known is not None:
            yield Outcome("duplicate", url, article_id=known)
            continue
        yield from ingest_items(
            [fetch_article(fetcher, url)],
            store=store,
            extractor=factory,
            chunk_size=1,
            cluster=cluster,
        )


def memo_extractor(factory: Callable[[], Extractor] | None) -> Callable[[], Extractor]:
    """The extractor factory, called at most once (spaCy loads when the first page needs it)."""
    loaded: list[Extractor] = []

    def get() -> Extractor:
        if not loaded:
            if factory is None:
                from onrecord.pipeline import Extractor

                loaded.append(Extractor())
            else:
                loaded.append(factory())
        return loaded[0]

    return get
