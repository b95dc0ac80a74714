"""RSS and Atom files: every entry is an article (feed polling comes later)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

from onrecord.article import ArticleInput
from onrecord.datelines import DATE, dateline_ranges
from onrecord.errors import InputError
from onrecord.garbled import repaired
from onrecord.ingest.base import ReadItem, ReadOptions, ReadResult, read_bytes
from onrecord.ingest.html import fragment_text
from onrecord.validation import InvalidValue, published_date


def _published(entry: Any) -> str | None:
    """The entry's date, as the calendar day where it was written: "Tue, 03 Mar 2026 01:30:00
    +0300" is 3 March (feedparser's parsed times are in UTC, which made it 2 March, a day
    before the story it dates; JSON Lines archives keep the local day too)."""
    for key in ("published", "updated", "created"):
        local = _local_day(entry.get(key))
        if local is not None:
            return local
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _local_day(raw: Any) -> str | None:
    """The calendar day of an RFC 822 or ISO 8601 time stamp in its own offset, or None (as
    :func:`onrecord.validation.published_date` reads one)."""
    if not isinstance(raw, str):
        return None
    try:
        value = published_date(raw)
    except InvalidValue:
        return None
    return value[:10] if value else None


def _dateline_day(text: str, feed_day: str | None) -> str | None:
    """An undated entry's day from the wire dateline opening it (``datelines.DATELINE``): the
    date it gives with its year, else the latest such day on or before the feed's own date
    ``feed_day``. (Only a dateline: a date in the lede, "the treaty signed on May 20, 2017",
    dates no story.)"""
    ranges = dateline_ranges(text)
    if not ranges or text[: ranges[0][0]].strip():
        return None
    m = re.search(DATE, text[ranges[0][0] : ranges[0][1]])
    if m is None:
        return None
    # (the actors and events packages load the parser: only for an entry that needs them)
    from onrecord.actors.kb import parse_date
    from onrecord.events.dating import resolve

    stated = resolve(m.group(0), parse_date(feed_day))
    return stated.iso() if stated is not None else None


def _body_html(entry: Any) -> str | None:
    # Full content beats the summary when a feed carries both.
    for content in entry.get("content") or []:
        value = content.get("value")
        if value and value.strip():
            return str(value)
    summary = entry.get("summary") or entry.get("description")
    return str(summary) if summary else None


def parse_feed(data: bytes, path: str) -> Iterator[ReadResult]:
    """Parse feed bytes into articles; see :func:`read_feed`."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception") or "malformed").splitlines()[0]
            yield InputError(path, f"not a readable RSS/Atom feed ({reason})")
        else:
            yield InputError(path, "no feed entries found")
        return
    feed = parsed.get("feed") or {}
    source = feed.get("title") or None
    # the feed's own date, for entries that have none but a dateline's day and month
    feed_day = _published(feed)
    for number, entry in enumerate(entries, 1):
        article = entry_article(entry, source, feed_day)
        if article is None:
            yield InputError(path, "feed entry has no text", line=number)
            continue
        yield ReadItem(article, path, number)


def entry_article(
    entry: Any, source: str | None, feed_day: str | None = None
) -> ArticleInput | None:
    """The article a feedparser entry carries (content, else summary), or None when empty.

    An entry with no date of its own is dated by its dateline (its year, or the feed's date
    ``feed_day`` for the year): undated, its events could not be placed on any timeline.
    """
    html = _body_html(entry)
    text = repaired(fragment_text(html)) if html else ""  # mended as a page's body is
    if not text.strip():
        return None
    return ArticleInput(
        text=text,
        title=repaired(entry.get("title") or "") or None,
        published=_published(entry) or _dateline_day(text, feed_day),
        source=source,
        url=entry.get("link") or None,
    )


def read_feed(path: str, options: ReadOptions | None = None) -> Iterator[ReadResult]:
    """Read an ``.rss``/``.atom``/``.xml`` feed file.

    Entry HTML (content, else summary) becomes text with one paragraph per block. Errors about
    one entry carry its 1-based position as the line number.

    Yields:
        A :class:`ReadItem` per entry with text, an :class:`InputError` otherwise.
    """
    options = options or ReadOptions()
    try:
        data = read_bytes(path, options)
    except InputError as err:
        yield err
        return
    if not data.strip():
        yield InputError(path, "empty")
        return
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield InputError(path, "binary content (NUL bytes), not a feed")
        return
    yield from parse_feed(data, path)
