"""The watch loop: conditional GET, new entries only, fallbacks, back-off, clean stops."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from onrecord.errors import InputError
from onrecord.ingest.batch import Outcome
from onrecord.ingest.fetch import Fetcher
from onrecord.ingest.watch import (
    WatchOptions,
    backoff_seconds,
    discover_feeds,
    parse_duration,
    parse_opml,
    poll_source,
    watch,
)
from onrecord.store.sources import add_source, get_source, list_sources
from tests.ingest.conftest import article_html, impatient, rss

SUMMARY = (
    "<p>Drovnian envoys will travel to Port Amaris, the Saradian government said on Monday.</p>"
)


def _items(web) -> list[dict[str, str]]:
    return [
        {
            "title": "Velmara ready to meet",
            "link": web.url("/news/ready-to-meet.html"),
            "description": SUMMARY,
        },
        {
            "title": "Envoys travel",
            "link": web.url("/missing.html"),
            "description": SUMMARY + "<p>The talks open on Wednesday.</p>",
        },
        {
            "title": "Cable",
            "link": web.url("/private/cable.html"),
            "description": "<p>Kettering wrote that Velmara would not be the first to fire.</p>",
        },
        {"title": "Empty", "link": web.url("/gone.html"), "description": ""},
    ]


@pytest.fixture
def fetcher(quick_fetch):
    with Fetcher(quick_fetch) as f:
        yield f


def test_watch_poll_ingests_new_entries_with_fallbacks(web, store, fetcher, extractor) -> None:
    web.feed("/bpa.rss", rss(_items(web)), etag='"e1"')
    source, _ = add_source(store, web.url("/bpa.rss"))
    events: list[object] = []
    report = poll_source(
        store, source, fetcher=fetcher, extractor=lambda: extractor, on_event=events.append
    )
    assert (report.status, report.new, report.duplicate, report.failed) == ("ok", 3, 0, 1)
    failed = [e for e in events if isinstance(e, Outcome) and e.status == "failed"]
    assert failed[0].where == web.url("/gone.html") and "404" in str(failed[0].error)
    assert web.hits("/private/cable.html") == 0  # robots.txt said no; the feed's text was used
    assert store.stats().articles == 3
    saved = get_source(store, str(source.id))
    assert (
        saved.etag == '"e1"' and saved.name == "Basin Press Agency — World" and saved.articles == 3
    )


def test_watch_conditional_get_and_seen_entries(web, store, fetcher, extractor) -> None:
    web.feed("/bpa.rss", rss(_items(web)[:1]), etag='"e1"')
    source, _ = add_source(store, web.url("/bpa.rss"))
    poll_source(store, source, fetcher=fetcher, extractor=lambda: extractor)
    again = poll_source(
        store, get_source(store, str(source.id)), fetcher=fetcher, extractor=lambda: extractor
    )
    assert again.status == "not-modified"
    assert web.hits("/news/ready-to-meet.html") == 1
    # A feed without validators: the entry is known, so its page is not fetched again.
    web.feed("/bpa.rss", rss(_items(web)[:1]))
    third = poll_source(
        store, get_source(store, str(source.id)), fetcher=fetcher, extractor=lambda: extractor
    )
    assert (third.status, third.new) == ("ok", 0)
    assert web.hits("/news/ready-to-meet.html") == 1


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@pytest.mark.parametrize(
    "path", ["/malformed.xml", "/missing.html", "/slow.html", "/loop/a", "/report.pdf"]
)
def test_watch_failing_source_backs_off_and_loop_goes_on(
    web, store, quick_fetch, extractor, path: str
) -> None:
    web.feed("/good.rss", rss(_items(web)[:1]))
    add_source(store, web.url(path))
    add_source(store, web.url("/good.rss"))
    reports = []
    # The next poll is due `every` seconds (doubled per failure) after the failure, which
    # happened while watch() ran: bounded by the clock before and after, however long it took.
    with Fetcher(impatient(quick_fetch) if path == "/slow.html" else quick_fetch) as fetcher:
        before = _now()
        summary = watch(
            store,
            fetcher=fetcher,
            extractor=lambda: extractor,
            once=True,
            options=WatchOptions(every=60),
            on_event=reports.append,
        )
        after = _now()
        assert summary.polls == 2 and summary.failed_polls == 1 and summary.new == 1
        bad = get_source(store, web.url(path))
        assert bad.failures == 1 and bad.last_error
        assert (
            before + dt.timedelta(seconds=60)
            <= bad.next_poll_at
            <= after + dt.timedelta(seconds=60)
        )
        # Failing again doubles the wait.
        before = _now()
        watch(
            store,
            fetcher=fetcher,
            extractor=lambda: extractor,
            once=True,
            options=WatchOptions(every=60),
        )
        after = _now()
    bad = get_source(store, web.url(path))
    assert bad.failures == 2
    assert (
        before + dt.timedelta(seconds=120) <= bad.next_poll_at <= after + dt.timedelta(seconds=120)
    )


def test_watch_stop_after_current_article(web, store, fetcher, extractor) -> None:
    items = [
        {
            "title": f"Item {n}",
            "link": web.url(f"/n{n}.html"),
            "description": f"<p>Saradia offered talks, day {n} of the crisis in the Kallin Valley.</p>",
        }
        for n in range(3)
    ]
    for n in range(3):
        web.page(f"/n{n}.html", article_html(f"Day {n}", extra=f"Day {n} of the standoff."))
    web.feed("/bpa.rss", rss(items), etag='"e9"')
    add_source(store, web.url("/bpa.rss"))
    stop = threading.Event()

    def on_event(event: object) -> None:
        if isinstance(event, Outcome):
            stop.set()

    summary = watch(
        store, fetcher=fetcher, extractor=lambda: extractor, stop=stop, on_event=on_event
    )
    assert summary.new == 1 and summary.reports[0].status == "interrupted"
    source = list_sources(store)[0]
    assert source.etag is None  # not saved: the next poll reads the feed again
    rest = watch(store, fetcher=fetcher, extractor=lambda: extractor, once=True)
    assert rest.new == 2


def test_watch_a_bug_in_one_source_never_stops_the_loop(
    web, store, fetcher, extractor, monkeypatch
) -> None:
    import onrecord.ingest.watch as watch_mod

    add_source(store, web.url("/a.rss"))
    calls = []

    def boom(*args, **kwargs):
        calls.append(1)
        raise RuntimeError("unexpected")

    monkeypatch.setattr(watch_mod, "poll_source", boom)
    summary = watch(store, fetcher=fetcher, extractor=lambda: extractor, once=True)
    assert summary.failed_polls == 1 and "RuntimeError" in summary.reports[0].error


def test_watch_durations_and_backoff() -> None:
    assert (
        parse_duration("15m") == 900 and parse_duration("2h") == 7200 and parse_duration("30") == 30
    )
    with pytest.raises(ValueError):
        parse_duration("soon")
    assert [backoff_seconds(60, n) for n in range(4)] == [60, 60, 120, 240]
    assert backoff_seconds(3600, 20) == 24 * 3600


OPML = b"""<?xml version="1.0"?><opml version="2.0"><head><title>Amber Sea desks</title></head><body>
<outline text="Wires"><outline text="Basin Press Agency" type="rss" xmlUrl="https://bpa.example/world.rss"/>
<outline title="Castelbrun Herald" type="rss" xmlUrl="https://herald.example/feed"/></outline></body></opml>"""


def test_watch_opml_lists_feeds(tmp_path, fetcher) -> None:
    assert parse_opml(OPML, "x.opml") == [
        ("https://bpa.example/world.rss", "Basin Press Agency"),
        ("https://herald.example/feed", "Castelbrun Herald"),
    ]
    path = tmp_path / "desks.opml"
    path.write_bytes(OPML)
    assert len(discover_feeds(str(path), fetcher=fetcher)) == 2
    (tmp_path / "bad.opml").write_bytes(b"<opml><body></body></opml>")
    with pytest.raises(InputError, match="no feeds"):
        discover_feeds(str(tmp_path / "bad.opml"), fetcher=fetcher)


def test_watch_discover_feed_url_and_opml_url(web, fetcher) -> None:
    web.feed("/bpa.rss", rss(_items(web)[:1]))
    web.routes["/desks.opml"] = (200, {"Content-Type": "text/x-opml"}, OPML)
    assert discover_feeds(web.url("/bpa.rss"), fetcher=fetcher) == [
        (web.url("/bpa.rss"), "Basin Press Agency — World")
    ]
    assert len(discover_feeds(web.url("/desks.opml"), fetcher=fetcher)) == 2
    with pytest.raises(InputError, match="RSS/Atom feed"):
        discover_feeds(web.url("/malformed.xml"), fetcher=fetcher)


@pytest.mark.slow
def test_watch_with_worker_processes_stores_what_one_process_stores(
    web, tmp_path, fetcher, extractor
) -> None:
    from onrecord.store import open_store
    from tests.ingest.scale_helpers import dump_store

    web.feed("/bpa.rss", rss(_items(web)))
    urls = []
    for jobs in (1, 2):
        url = f"sqlite:///{tmp_path / f'jobs{jobs}.db'}"
        with open_store(url) as store:
            add_source(store, web.url("/bpa.rss"))
            summary = watch(
                store, fetcher=fetcher, extractor=lambda: extractor, once=True, jobs=jobs
            )
            assert (summary.new, summary.duplicate, summary.failed) == (3, 0, 1)
        urls.append(url)
    first, second = (dump_store(u) for u in urls)
    for table in ("articles", "quotes", "actors", "events", "source_entries"):
        assert first[table] == second[table], table
