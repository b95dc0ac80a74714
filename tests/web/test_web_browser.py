"""The pages in a real browser: Playwright for Python driving Debian's Chromium.

The server runs in a thread on a free 127.0.0.1 port over the fictional store. Screenshots go
to test-output/. ``scripts/test.sh`` installs Chromium when it is missing and sets
ONRECORD_REQUIRE_BROWSER=1, so under ``make test`` (and CI) these tests never skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from onrecord.record import Record

CHROMIUM = os.environ.get("ONRECORD_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def base_url(web_db: tuple[str, list[Record]]) -> Iterator[str]:
    import uvicorn

    from onrecord.web import create_app

    # The server gets a socket already bound to a free port: no other program can take the
    # port between choosing it and listening on it.
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(web_db[0], token=""), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        if os.environ.get("ONRECORD_REQUIRE_BROWSER"):
            pytest.fail(
                f"{CHROMIUM} is missing; scripts/test.sh installs it (apt-get install -y chromium)"
            )
        pytest.skip(f"{CHROMIUM} is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url: str) -> Iterator:
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    context.close()
    assert not problems, problems  # no script error, no CSP violation, no alert() ever


def test_home_shows_statements_and_dyads(page, output_dir: Path) -> None:
    page.goto("/")
    assert page.locator("section.latest li.quote").count() >= 8
    assert page.locator("table.dyads svg.spark polyline").count() >= 1
    page.screenshot(path=str(output_dir / "home.png"), full_page=True)


def test_search_for_a_quote_and_open_its_article(page, output_dir: Path) -> None:
    page.goto("/")
    page.fill("header input[name=q]", "phased pullback")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=phased+pullback")
    results = page.locator("ul.results li.quote")
    assert results.count() == 1
    assert "phased pullback" in results.first.locator("blockquote").inner_text()
    page.screenshot(path=str(output_dir / "search.png"), full_page=True)
    results.first.locator("a.article-link").click()
    page.wait_for_url("**/articles/*")
    assert page.locator("mark.q").count() >= 1


def test_actor_page_draws_its_chart(page, output_dir: Path) -> None:
    actors = page.request.get("/api/actors?kind=person").json()["items"]
    actor_id = next(a["id"] for a in actors if a["name"] == "Jonas Kettering")
    page.goto(f"/actors/{actor_id}")
    page.wait_for_selector("#actor-chart svg rect.bar")
    assert page.locator("#actor-chart svg rect.bar").count() >= 1
    heights = page.eval_on_selector_all(
        "#actor-chart svg rect.bar", "els => els.map(e => e.getBBox().height)"
    )
    assert sum(heights) > 0
    page.screenshot(path=str(output_dir / "actor.png"), full_page=True)


def test_dyad_timeline_lists_events_on_click(page, output_dir: Path) -> None:
    page.goto("/dyads/XVL/XDR?by=week")
    page.wait_for_selector("#dyad-chart svg g.period")
    points = page.get_attribute("#dyad-chart svg polyline.esc-line", "points")
    assert points and len(points.split()) >= 8
    bars = page.locator("#dyad-chart svg g.period rect.q")
    assert bars.count() >= 8
    bars.nth(2).click()
    page.wait_for_selector("#period-events li.event")
    assert page.locator("#period-events li.event").count() >= 1
    page.screenshot(path=str(output_dir / "dyad.png"), full_page=True)


def test_article_highlights_match_stored_quotes(
    page, web_db: tuple[str, list[Record]], output_dir: Path
) -> None:
    for n, record in enumerate((web_db[1][0], web_db[1][-1])):
        stored = page.request.get(f"/api/articles/{record.id}").json()
        page.goto(f"/articles/{record.id}")
        shown = page.eval_on_selector_all(
            "#article-text mark[data-spans]",
            "els => els.map(e => [e.getAttribute('data-spans'), e.textContent])",
        )
        for quote in stored["quotes"]:
            for i, (start, end) in enumerate(quote["spans"]):
                key = f"{quote['id']}:{i}"
                text = "".join(t for spans, t in shown if key in spans.split())
                assert text == stored["text"][start:end]
        assert page.inner_text("#article-text").replace("\r", "").strip() == stored["text"].strip()
        first = page.locator("#article-text mark.q").first
        first.hover()
        assert "active" in (first.get_attribute("class") or "")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        page.screenshot(path=str(output_dir / f"article-{n}.png"), full_page=True)
