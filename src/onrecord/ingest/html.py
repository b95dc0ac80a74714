"""HTML pages: trafilatura finds the body, title, date, site name and canonical URL."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

from onrecord.article import ArticleInput
from onrecord.errors import InputError
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
    if text and text.strip():
        # trafilatura puts one paragraph per line, except in its rescue of a short page, which
        # runs the page's blocks together: their breaks are put back from the markup.
        text = text.strip()
        if "\n" not in text:
            text = _with_block_breaks(text, html)
        text = re.sub(r"\n+", "\n\n", text)
    else:
        # trafilatura gives up on very short pages; the visible text is better than nothing.
        text = fragment_text(html)
    text = require_text(text, path)
    published = meta.get("date") or _htmldate(html)
    return ArticleInput(
        text=text,
        title=meta.get("title") or None,
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
