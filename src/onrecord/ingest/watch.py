"""Watching sources: poll feeds, fetch new entries' pages, ingest them — for weeks on end.

:func:`watch` loops over the sources in the store (:mod:`onrecord.store.sources`):

- each feed is fetched with a conditional GET (the ETag and Last-Modified of its last good
  poll), so an unchanged feed costs one 304;
- every entry not handled before is ingested: its page is fetched politely
  (:mod:`onrecord.ingest.fetch`) and read like an HTML file; when the page cannot be fetched
  (robots.txt, an error, not HTML) the entry's own content or summary is used instead;
- a source that fails (network, HTTP error, malformed feed, even a bug) is reported, and
  retried later with exponential back-off (the interval doubled per failure in a row, at most
  a day); it never stops the loop;
- a stop request (Ctrl-C or SIGTERM in the CLI, a :class:`threading.Event` in the library) is
  honoured after the current article: nothing half-done is left behind.

:func:`discover_feeds` turns what a user gives ``onrecord sources add`` (a feed URL, an OPML
file or an OPML URL) into feed URLs.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from onrecord.errors import InputError
from onrecord.ingest.base import ReadItem, ReadOptions, ReadResult, read_bytes
from onrecord.ingest.batch import Outcome, ingest_items
from onrecord.ingest.feed import entry_article
from onrecord.ingest.fetch import FEED_TYPES, HTML_TYPES, Fetcher, fetch_article, memo_extractor
from onrecord.ingest.parallel import Engine, ProcessEngine
from onrecord.store.sources import (
    Source,
    entry_key,
    list_sources,
    mark_entry,
    record_poll,
    seen_entries,
    utcnow,
)

if TYPE_CHECKING:
    from onrecord.pipeline import Extractor
    from onrecord.store import Store

log = logging.getLogger(__name__)

MAX_BACKOFF = 24 * 3600.0
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """``"15m"`` -> 900.0; units s, m, h, d (none: seconds).

    Raises:
        ValueError: not a positive duration.
    """
    m = _DURATION.match(text)
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"not a duration: {text!r} (use e.g. 30s, 15m, 2h, 1d)")
    return float(m.group(1)) * _UNITS[m.group(2).lower()]


def backoff_seconds(every: float, failures: int, *, cap: float = MAX_BACKOFF) -> float:
    """How long a source that failed ``failures`` times in a row waits: doubling, capped."""
    if failures <= 0:
        return every
    return float(min(cap, every * 2 ** (failures - 1)))


# -- discovering feeds -------------------------------------------------------------------------


def parse_opml(data: bytes, where: str) -> list[tuple[str, str | None]]:
    """The feeds an OPML subscription list names: ``[(xmlUrl, title), ...]``.

    Raises:
        InputError: not XML, or not OPML.
    """
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, recover=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(where, f"not an OPML file ({str(exc).splitlines()[0]})") from None
    if not isinstance(root.tag, str) or etree.QName(root).localname.lower() != "opml":
        raise InputError(where, "not an OPML file")
    feeds: list[tuple[str, str | None]] = []
    for outline in root.iter("{*}outline", "outline"):
        attrs = {k.lower(): v for k, v in outline.attrib.items()}
        url = (attrs.get("xmlurl") or "").strip()
        if url:
            feeds.append((url, (attrs.get("title") or attrs.get("text") or "").strip() or None))
    if not feeds:
        raise InputError(where, "the OPML list names no feeds (no outline with an xmlUrl)")
    return feeds


def _looks_like_opml(data: bytes) -> bool:
    return b"<opml" in data[:2048].lower()


def discover_feeds(
    target: str, *, fetcher: Fetcher, options: ReadOptions | None = None
) -> list[tuple[str, str | None]]:
    """Feeds named by a feed URL, an OPML URL or an OPML file: ``[(url, title), ...]``.

    A feed URL is fetched once to check that it is a feed and to learn its title.

    Raises:
        InputError: unreachable, not a feed, not OPML, a local file that is not OPML.
    """
    if not target.lower().startswith(("http://", "https://")):
        if not os.path.exists(target):
            raise InputError(target, "no such file (give a feed URL or an OPML file)")
        data = read_bytes(target, options or ReadOptions())
        if not _looks_like_opml(data):
            raise InputError(target, "not an OPML file (feeds are added by URL)")
        return parse_opml(data, target)
    response = fetcher.get(target, accept=FEED_TYPES)
    if _looks_like_opml(response.content):
        return parse_opml(response.content, target)
    title = _feed_title(response.content, target)
    return [(target, title)]


def _feed_title(data: bytes, where: str) -> str | None:
    entries, title = _entries(data, where)
    if not entries and not title:
        raise InputError(where, "not an RSS/Atom feed (no title, no entries)")
    return title


# -- polling -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WatchOptions:
    """How often to poll and what to do with entries.

    Args:
        every: seconds between two polls of a healthy source.
        max_backoff: the longest wait for a failing source.
        fetch_pages: fetch each entry's page (else ingest the feed's own text).
    """

    every: float = 900.0
    max_backoff: float = MAX_BACKOFF
    fetch_pages: bool = True


@dataclass(slots=True)
class PollReport:
    """What one poll of one source did."""

    source: Source
    status: Literal["ok", "not-modified", "failed", "interrupted"]
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    error: str | None = None
    failures: int = 0
    next_poll_at: dt.datetime | None = None

    def __str__(self) -> str:
        name = self.source.name or self.source.url
        if self.status == "failed":
            when = (
                self.next_poll_at.strftime("%Y-%m-%d %H:%M UTC") if self.next_poll_at else "later"
            )
            return f"{self.source.url}: {self.error} (failed {self.failures}× in a row; retrying at {when})"
        if self.status == "not-modified":
            return f"{name}: not modified"
        tail = " (stopped)" if self.status == "interrupted" else ""
        return f"{name}: new {self.new} · duplicate {self.duplicate} · failed {self.failed}{tail}"


@dataclass(slots=True)
class WatchSummary:
    """Totals over a watch run."""

    rounds: int = 0
    polls: int = 0
    failed_polls: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    reports: list[PollReport] = field(default_factory=list)

    def add(self, report: PollReport) -> None:
        """Count one poll."""
        self.polls += 1
        self.failed_polls += report.status == "failed"
        self.new += report.new
        self.duplicate += report.duplicate
        self.failed += report.failed
        self.reports.append(report)
        del self.reports[:-1000]  # a run of weeks keeps only the recent ones


WatchEvent = PollReport | Outcome


def poll_source(
    store: Store,
    source: Source,
    *,
    fetcher: Fetcher,
    options: WatchOptions | None = None,
    extractor: Callable[[], Extractor] | None = None,
    stop: threading.Event | None = None,
    on_event: Callable[[WatchEvent], None] | None = None,
    engine: Engine | None = None,
) -> PollReport:
    """Poll one source once: conditional GET, then ingest every entry not seen before.

    Never raises for a bad source: the failure is saved (for back-off) and returned. With an
    ``engine`` (:mod:`onrecord.ingest.parallel`), entries are extracted there while the next
    pages are fetched; the store is still written here, in feed order.
    """
    options = options or WatchOptions()
    stop = stop or threading.Event()
    factory = extractor if extractor is not None else memo_extractor(None)
    try:
        response = fetcher.get(
            source.url,
            accept=FEED_TYPES + HTML_TYPES,
            etag=source.etag,
            last_modified=source.last_modified,
        )
        if response.not_modified:
            record_poll(store, source.id, ok=True, next_poll_at=_after(options.every))
            return PollReport(source, "not-modified", next_poll_at=_after(options.every))
        entries, title = _entries(response.content, source.url)
    except InputError as err:
        return _failed(store, source, err.reason, options)
    report = PollReport(source, "ok")
    seen = seen_entries(store, source.id)
    # The entries go through the ingest's ordered path (extraction in this process, or in the
    # workers of ``engine`` while the next pages are fetched here); one outcome comes back per
    # entry, in order, so each is matched to its entry by position.
    keys: deque[tuple[str, str | None]] = deque()

    def new_entries() -> Iterator[ReadResult | Outcome]:
        for entry in reversed(entries):  # feeds list the newest first; store in publication order
            if stop.is_set():
                report.status = "interrupted"
                return
            identity = str(
                entry.get("id")
                or entry.get("link")
                or (entry.get("title", "") + entry.get("summary", ""))
            )
            key = entry_key(identity)
            if not identity or key in seen:
                continue
            keys.append((key, entry.get("link")))
            yield _entry_input(
                store, entry, title, fetcher=fetcher, options=options, where=source.url
            )

    for outcome in ingest_items(
        new_entries(), store=store, extractor=factory, chunk_size=1, engine=engine
    ):
        key, link = keys.popleft()
        setattr(report, outcome.status, getattr(report, outcome.status) + 1)
        mark_entry(
            store, source.id, key, url=link, status=outcome.status, article_id=outcome.article_id
        )
        if on_event is not None:
            on_event(outcome)
    # Interrupted: keep the old validators, so the next poll reads the feed again; the
    # entries already handled are skipped then.
    done = report.status == "ok"
    report.next_poll_at = _after(options.every)
    record_poll(
        store,
        source.id,
        ok=True,
        next_poll_at=report.next_poll_at if done else utcnow(),
        etag=response.etag if done else None,
        last_modified=response.last_modified if done else None,
        new_articles=report.new,
        name=title,
    )
    return report


def _after(seconds: float) -> dt.datetime:
    return utcnow() + dt.timedelta(seconds=seconds)


def _failed(store: Store, source: Source, reason: str, options: WatchOptions) -> PollReport:
    failures = source.failures + 1
    next_at = _after(backoff_seconds(options.every, failures, cap=options.max_backoff))
    try:
        failures = record_poll(store, source.id, ok=False, error=reason, next_poll_at=next_at)
    except Exception:  # a store hiccup must not stop the loop either
        log.warning("%s: cannot save the poll outcome", source.url, exc_info=True)
    return PollReport(source, "failed", error=reason, failures=failures, next_poll_at=next_at)


def _entries(data: bytes, where: str) -> tuple[list[Any], str | None]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    feed = parsed.get("feed") or {}
    # feedparser recovers what it can from broken XML; a broken feed whose entries carry no
    # link is a failure of the source, not a list of empty articles.
    if parsed.get("bozo") and not any(e.get("link") for e in entries):
        reason = str(parsed.get("bozo_exception") or "malformed").splitlines()[0]
        raise InputError(where, f"not a readable RSS/Atom feed ({reason})")
    return entries, feed.get("title") or None


def _entry_input(
    store: Store,
    entry: Any,
    feed_title: str | None,
    *,
    fetcher: Fetcher,
    options: WatchOptions,
    where: str,
) -> ReadResult | Outcome:
    """What to ingest for one feed entry: its page, else its own text; or the outcome already
    known (a link stored before, which is not fetched again)."""
    link = entry.get("link") or None
    fallback = entry_article(entry, feed_title)
    item: ReadResult
    if link:
        known = store.find_article(url=link)
        if known is not None:
            return Outcome("duplicate", link, article_id=known)
    if link and options.fetch_pages:
        item = fetch_article(fetcher, link)
        if isinstance(item, InputError) and fallback is not None:
            log.info("%s: page unavailable (%s); using the feed's text", link, item.reason)
            item = ReadItem(fallback, link)
    elif fallback is not None:
        item = ReadItem(fallback, link or where)
    else:
        item = InputError(link or where, "feed entry has no text")
    if isinstance(item, InputError) and fallback is None and link and options.fetch_pages:
        item = InputError(item.path, f"{item.reason}; the feed entry has no text either")
    return item


def watch(
    store: Store,
    *,
    options: WatchOptions | None = None,
    fetcher: Fetcher | None = None,
    extractor: Callable[[], Extractor] | None = None,
    stop: threading.Event | None = None,
    once: bool = False,
    on_event: Callable[[WatchEvent], None] | None = None,
    jobs: int = 1,
) -> WatchSummary:
    """Poll every due source until ``stop`` is set (or one round when ``once``).

    Args:
        store: the store whose sources are polled and where articles go.
        options: poll interval, back-off cap, whether to fetch pages.
        fetcher: the polite HTTP client (one is made and closed here when None).
        extractor: extractor factory; spaCy loads only when a new article needs it.
        stop: set it to stop after the current article (signal handlers do).
        once: poll every source once, due or not, and return.
        on_event: called with each :class:`PollReport` and each article :class:`Outcome`.
        jobs: extraction processes (as ``ingest --jobs``); the pool lives for the whole run.

    Returns:
        Totals of the run.
    """
    options = options or WatchOptions()
    stop = stop or threading.Event()
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    factory = memo_extractor(extractor)
    engine = ProcessEngine(jobs) if jobs > 1 else None
    summary = WatchSummary()
    try:
        while not stop.is_set():
            summary.rounds += 1
            now = utcnow()
            for source in list_sources(store):
                if stop.is_set():
                    break
                if not once and source.next_poll_at is not None and source.next_poll_at > now:
                    continue
                report = _poll_safely(
                    store, source, fetcher, options, factory, stop, on_event, engine
                )
                summary.add(report)
                if on_event is not None:
                    on_event(report)
            if once:
                break
            stop.wait(_until_next(store, options))
    except BaseException:
        if engine is not None:
            engine.close(cancel=True)
            engine = None
        raise
    finally:
        if engine is not None:
            engine.close()
        if own:
            fetcher.close()
    return summary


def _poll_safely(
    store: Store,
    source: Source,
    fetcher: Fetcher,
    options: WatchOptions,
    factory: Callable[[], Extractor],
    stop: threading.Event,
    on_event: Callable[[WatchEvent], None] | None,
    engine: Engine | None = None,
) -> PollReport:
    try:
        return poll_source(
            store,
            source,
            fetcher=fetcher,
            options=options,
            extractor=factory,
            stop=stop,
            on_event=on_event,
            engine=engine,
        )
    except Exception as exc:  # weeks-long loop: one broken source is reported, not fatal
        log.debug("polling %s failed", source.url, exc_info=True)
        reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}".rstrip(
            ": "
        )
        return _failed(store, source, reason, options)


def _until_next(store: Store, options: WatchOptions) -> float:
    now = utcnow()
    due = [s.next_poll_at for s in list_sources(store) if s.next_poll_at is not None]
    if not due:
        return options.every
    wait = (min(due) - now).total_seconds()
    return max(1.0, min(wait, options.every))
