"""Plain-text files: the decoded content, unchanged, is the article body."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from onrecord.article import ArticleInput
from onrecord.datelines import MONTH_NUMBERS
from onrecord.errors import InputError
from onrecord.ingest.base import ReadItem, ReadOptions, ReadResult, decode, read_bytes

# A first line longer than this is a paragraph, not a headline.
_MAX_TITLE_CHARS = 200


def title_of(text: str) -> str | None:
    """The first non-blank line, when it is short enough to be a headline (display only)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= _MAX_TITLE_CHARS else None
    return None


# A wire dateline near the top: "CASTELBRUN, March 2, 2026 (BPA) —" or "2 March 2026".
_DATELINE = re.compile(
    r"\b(?:(?P<m1>[A-Z][a-z]{2,8})\.?\s+(?P<d1>\d{1,2}),?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<y2>\d{4}))\b"
)
_FILE_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATELINE_CHARS = 400


def published_of(text: str, path: str | None = None) -> str | None:
    """The article's date from a dateline at the top, else from a ``YYYY-MM-DD`` file name."""
    for m in _DATELINE.finditer(text, 0, min(len(text), _DATELINE_CHARS)):
        month = MONTH_NUMBERS.get((m.group("m1") or m.group("m2")).lower())
        day, year = int(m.group("d1") or m.group("d2")), int(m.group("y1") or m.group("y2"))
        if month and 1 <= day <= 31 and 1900 <= year <= 2100:
            return f"{year:04d}-{month:02d}-{day:02d}"
    if path:
        f = _FILE_DATE.match(os.path.basename(path))
        if f and 1 <= int(f.group(2)) <= 12 and 1 <= int(f.group(3)) <= 31:
            return "-".join(f.groups())
    return None


def text_article(
    text: str, *, url: str | None = None, source: str | None = None, path: str | None = None
) -> ArticleInput:
    """An article whose body is ``text`` exactly as given; title and date are only read from it."""
    return ArticleInput(
        text=text, title=title_of(text), published=published_of(text, path), url=url, source=source
    )


def read_text(path: str, options: ReadOptions | None = None) -> Iterator[ReadResult]:
    """Read one ``.txt`` file.

    Yields:
        One :class:`ReadItem`, or an :class:`InputError` saying why the file was refused.
    """
    options = options or ReadOptions()
    try:
        text = decode(read_bytes(path, options), path)
    except InputError as err:
        yield err
        return
    yield ReadItem(text_article(text, path=path), path)


def read_text_bytes(data: bytes, path: str) -> Iterator[ReadResult]:
    """The same as :func:`read_text` for bytes already in memory (stdin)."""
    try:
        text = decode(data, path)
    except InputError as err:
        yield err
        return
    yield ReadItem(text_article(text), path)
