"""Fetching pages politely, against the local server of tests/ingest/conftest.py."""

from __future__ import annotations

import pytest

from onrecord.errors import InputError
from onrecord.ingest.base import ReadItem
from onrecord.ingest.fetch import HTML_TYPES, USER_AGENT, Fetcher, FetchOptions, fetch_article
from tests.ingest.conftest import impatient


def test_fetch_article_reads_page_with_html_reader(web, quick_fetch) -> None:
    with Fetcher(quick_fetch) as fetcher:
        item = fetch_article(fetcher, web.url("/news/ready-to-meet.html"))
    assert isinstance(item, ReadItem)
    assert "Jonas Kettering" in item.article.text
    assert item.article.title == "Velmara ready to meet Drovnian envoys"
    assert item.article.published and item.article.published.startswith("2026-03-18")
    assert item.path == web.url("/news/ready-to-meet.html")


def test_fetch_sends_user_agent_and_reads_robots_once(web, quick_fetch) -> None:
    with Fetcher(quick_fetch) as fetcher:
        fetch_article(fetcher, web.url("/news/ready-to-meet.html"))
        fetch_article(fetcher, web.url("/moved.html"))
    assert web.hits("/robots.txt") == 1
    agents = {headers.get("User-Agent") for _, headers in web.log}
    assert agents == {USER_AGENT}
    assert "onrecord" in USER_AGENT


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing.html", "HTTP 404"),
        ("/private/cable.html", "disallowed by robots.txt"),
        ("/loop/a", "too many redirects"),
        ("/report.pdf", "unexpected content type application/pdf"),
        ("/data.json", "unexpected content type application/json"),
        ("/huge.html", "too large"),
        ("/huge-stream.html", "too large"),
        ("/slow.html", "timed out"),
    ],
)
def test_fetch_bad_pages_are_one_line_errors(web, quick_fetch, path: str, reason: str) -> None:
    url = web.url(path)
    with Fetcher(impatient(quick_fetch) if path == "/slow.html" else quick_fetch) as fetcher:
        result = fetch_article(fetcher, url)
    assert isinstance(result, InputError)
    assert result.path == url
    assert reason in result.reason
    assert "\n" not in str(result)


def test_fetch_robots_disallowed_page_is_never_requested(web, quick_fetch) -> None:
    with Fetcher(quick_fetch) as fetcher:
        fetch_article(fetcher, web.url("/private/cable.html"))
    assert web.hits("/private/cable.html") == 0


def test_fetch_follows_a_redirect_and_keeps_the_final_url(web, quick_fetch) -> None:
    with Fetcher(quick_fetch) as fetcher:
        response = fetcher.get(web.url("/moved.html"), accept=HTML_TYPES)
    assert response.url == web.url("/news/ready-to-meet.html")


def test_fetch_retries_a_503_with_backoff(web) -> None:
    calls = []

    def flaky(handler):
        calls.append(1)
        if len(calls) == 1:
            return 503, {"Content-Type": "text/plain", "Retry-After": "0"}, b"busy"
        return (
            200,
            {"Content-Type": "text/html"},
            b"<html><body><p>Talks resume in Port Amaris.</p></body></html>",
        )

    web.routes["/flaky.html"] = flaky
    waits: list[float] = []
    with Fetcher(
        FetchOptions(timeout=30, retries=2, backoff=0.25, delay=0), sleep=waits.append
    ) as fetcher:
        response = fetcher.get(web.url("/flaky.html"), accept=HTML_TYPES)
    assert response.status == 200 and len(calls) == 2
    assert waits == [0.25]


def test_fetch_does_not_retry_a_404(web, quick_fetch) -> None:
    with Fetcher(quick_fetch) as fetcher, pytest.raises(InputError):
        fetcher.get(web.url("/missing.html"))
    assert web.hits("/missing.html") == 1


def test_fetch_waits_between_requests_to_one_host(web) -> None:
    clock = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(round(seconds, 3))
        clock[0] += seconds

    fetcher = Fetcher(FetchOptions(delay=2.0, timeout=30), sleep=sleep, clock=lambda: clock[0])
    with fetcher:
        fetcher.get(web.url("/news/ready-to-meet.html"))
        fetcher.get(web.url("/moved.html"))
    # robots.txt, then the page (2 s after robots), then the next page (2 s later)
    assert waits == [2.0, 2.0]


def test_fetch_robots_crawl_delay_lengthens_the_wait(web) -> None:
    web.routes["/robots.txt"] = (
        200,
        {"Content-Type": "text/plain"},
        b"User-agent: *\nCrawl-delay: 5\n",
    )
    clock = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    with Fetcher(
        FetchOptions(delay=1.0, timeout=30), sleep=sleep, clock=lambda: clock[0]
    ) as fetcher:
        fetcher.get(web.url("/news/ready-to-meet.html"))
    assert waits == [5.0]


def test_fetch_robots_server_error_means_not_now(web, quick_fetch) -> None:
    web.routes["/robots.txt"] = (500, {"Content-Type": "text/plain"}, b"oops")
    with Fetcher(quick_fetch) as fetcher:
        result = fetch_article(fetcher, web.url("/news/ready-to-meet.html"))
    assert isinstance(result, InputError) and "robots.txt unreachable" in result.reason


def test_fetch_missing_robots_allows_everything(web, quick_fetch) -> None:
    del web.routes["/robots.txt"]
    with Fetcher(quick_fetch) as fetcher:
        assert isinstance(fetch_article(fetcher, web.url("/private/cable.html")), ReadItem)


def test_fetch_conditional_get_gets_304(web, quick_fetch) -> None:
    web.feed("/feed.xml", "<rss/>", etag='"v1"')
    with Fetcher(quick_fetch) as fetcher:
        first = fetcher.get(web.url("/feed.xml"))
        again = fetcher.get(
            web.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified
        )
    assert first.etag == '"v1"' and not first.not_modified
    assert again.not_modified and again.content == b""


@pytest.mark.parametrize("url", ["ftp://files.example/a.html", "not a url", "file:///etc/hostname"])
def test_fetch_refuses_non_http_urls(url: str, quick_fetch) -> None:
    with Fetcher(quick_fetch) as fetcher:
        result = fetch_article(fetcher, url)
    assert isinstance(result, InputError) and "http" in result.reason
