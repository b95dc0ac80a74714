"""HTML pages: trafilatura finds the body, title, date, site name and canonical URL."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

from onrecord.article import ArticleInput
from onrecord.errors import InputError
from onrecord.garbled import repaired
from onrecord.ingest.base import (
    ReadItem,
    ReadOptions,
    ReadResult,
    declared_charset,
    decode,
    read_bytes,
    require_text,
)

log = logging.getLogger(__name__)

# Block elements whose end is a paragraph break when HTML fragments become text.
_BLOCK_TAGS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 blockquote pre tr section article header footer ul ol table"
    " aside nav main figure figcaption dl dt dd address form fieldset hr".split()
)
_SPACES = re.compile(r"[ \t\r\f\v]+")


def html_article(html: str, path: str, *, url: str | None = None) -> ArticleInput:
    """Extract the article in an HTML page.

    Paragraphs are separated by a blank line (``"\\n\\n"``), like the plain-text articles the
    attribution stage sees, so a quote spanning paragraphs looks the same in both.

    Raises:
        InputError: when the page holds no article text.
    """
    # Imported lazily: trafilatura takes a noticeable time to import and plain text never needs it.
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
    )
    meta: dict[str, Any] = doc.as_dict() if doc is not None else {}
    text = meta.get("text")
    ld = _json_ld_article(html)
    body = ld.get("articleBody") if ld else None
    if isinstance(body, str) and _fuller(body, text):
        # A paywalled page shows a teaser and ships the whole story in its JSON-LD for search
        # engines: the visible text had been the teaser, the cookie banner and the paywall's
        # promotion ("'The best coverage of the region,' said one reader" as a statement).
        text = _ld_text(body)
    elif text and text.strip():
        # trafilatura puts one paragraph per line, except in its rescue of a short page, which
        # runs the page's blocks together: their breaks are put back from the markup.
        text = text.strip()
        if "\n" not in text:
            text = _with_block_breaks(text, html)
        text = re.sub(r"\n+", "\n\n", text)
    else:
        # trafilatura gives up on very short pages; the visible text is better than nothing.
        text = fragment_text(html)
    # mojibake and soft hyphens mended (a page double-encoded, or hyphenated for the screen):
    # the body onrecord extracts is what its quotations and searches show
    text = require_text(repaired(_without_pull_quotes(text)), path)
    # the dates the page states for the article first: its JSON-LD or meta tags, else the
    # first time stamp inside the article (trafilatura's and htmldate's searches prefer the
    # earliest date anywhere, a related story's teaser or a reader's comment)
    published = _ld_date(ld) or _stated_date(html) or meta.get("date") or _htmldate(html)
    return ArticleInput(
        text=text,
        title=repaired(meta.get("title") or "") or None,
        published=published,
        source=meta.get("sitename") or meta.get("hostname") or None,
        url=meta.get("url") or url,
    )


def _with_block_breaks(text: str, html: str) -> str:
    """``text`` with a paragraph break around every block of the page found whole in it.

    A block counts when it has three words or more, occurs once in ``text`` and starts and ends
    on word boundaries there, so a menu's one word never cuts a sentence in two.
    """
    cuts: set[int] = set()
    for block in fragment_text(html).split("\n\n"):
        block = " ".join(block.split())
        if len(block.split()) < 3:
            continue
        at = text.find(block)
        if at < 0 or text.find(block, at + 1) >= 0:
            continue
        end = at + len(block)
        if (at and text[at - 1] != " ") or (end < len(text) and text[end] != " "):
            continue
        cuts.update((at, end))
    if not cuts:
        return text
    bounds = [0, *sorted(cuts), len(text)]
    pieces = (text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False))
    return "\n".join(piece for piece in pieces if piece)


_WORDS = re.compile(r"\w+")


def _without_pull_quotes(text: str) -> str:
    """``text`` less its pull quotes: a short paragraph that repeats, word for word, words of
    another paragraph (a page sets a line of the story in large type beside it; read in the
    body, it had become a statement of whoever spoke last, or the line said twice)."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) < 3:
        return text
    # (the words alone, lower case: the body's "village," is the pull quote's "village.")
    norm = [" " + " ".join(_WORDS.findall(p.lower())) + " " for p in paragraphs]
    keep = []
    for i, (p, n) in enumerate(zip(paragraphs, norm, strict=True)):
        words = n.split()
        # (never the first: a headline the lede repeats stays)
        repeated = (
            i > 0
            and 4 <= len(words) <= 60
            and any(j != i and len(m) > len(n) and n in m for j, m in enumerate(norm))
        )
        if not repeated:
            keep.append(p)
    return "\n\n".join(keep)


def _fuller(body: str, text: str | None) -> bool:
    """Is a JSON-LD article body the story where the visible text is only a part of it, or
    the same story with its paragraphs where the text read has none?"""
    words = len(body.split())
    shown = len(text.split()) if text else 0
    if words >= 80 and words > 1.5 * shown:
        return True
    return (
        bool(text)
        and "\n" not in text.strip()  # type: ignore[union-attr]
        and ("\n" in body.strip() or "<p" in body.lower())
        and words >= 0.9 * shown
    )


def _ld_text(body: str) -> str:
    """A JSON-LD article body as paragraphs: its markup read as blocks, its line breaks kept."""
    if "<" in body and ">" in body:
        return fragment_text(body)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\r\n\s*\r\n", body)]
    return "\n\n".join(p for p in paragraphs if p)


_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting"})


def _json_ld_article(html: str) -> dict[str, Any] | None:
    """The page's JSON-LD news article object, if it has one."""
    if "application/ld+json" not in html:
        return None
    import json

    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str)):
                    return item
                if "@graph" in item:
                    stack.append(item["@graph"])
    return None


def _ld_date(ld: dict[str, Any] | None) -> str | None:
    if not ld:
        return None
    return _day(ld.get("datePublished") or ld.get("dateCreated"))


def _day(value: Any) -> str | None:
    """The calendar day of an ISO 8601 date or time stamp, as written (its own offset)."""
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    y, mo, d = map(int, m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


_STATED_DATES = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
    '//meta[@name="pubdate" or @name="publishdate" or @name="date" or @name="dc.date"]/@content',
    # the first time stamp of the article itself, not of a teaser, a caption or a comment in it
    "//article//time[@datetime][not(ancestor::aside or ancestor::nav or ancestor::footer"
    " or ancestor::figure or ancestor::*[contains(@class, 'comment')]"
    " or ancestor::*[contains(@class, 'related')])]/@datetime",
)


def _stated_date(html: str) -> str | None:
    """The date the page's markup states for the article (meta tags, then the first time
    stamp inside ``<article>``), or None."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for path in _STATED_DATES:
        for value in root.xpath(path):
            day = _day(str(value))
            if day is not None:
                return day
    return None


def _htmldate(html: str) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises assorted errors on odd markup; a missing date is fine
        log.debug("htmldate failed", exc_info=True)
        return None


def fragment_text(html: str) -> str:
    """Visible text of an HTML fragment (a feed summary, a tiny page), one paragraph per block.

    Scripts and styles are dropped; whitespace inside a paragraph collapses to one space.
    """
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return html.strip()
    for bad in root.xpath("//script|//style|//noscript|//head"):
        bad.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
    raw = root.text_content()
    paragraphs = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def read_html(path: str, options: ReadOptions | None = None) -> Iterator[ReadResult]:
    """Read one ``.html``/``.htm`` file (truncated markup still gives what is there).

    Yields:
        One :class:`ReadItem`, or an :class:`InputError`.
    """
    options = options or ReadOptions()
    try:
        data = read_bytes(path, options)
        html = decode(data, path, declared=declared_charset(data))
        yield ReadItem(html_article(html, path), path)
    except InputError as err:
        yield err
