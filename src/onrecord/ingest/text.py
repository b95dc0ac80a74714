"""Plain-text files: the decoded content, unchanged, is the article body."""

from __future__ import annotations

from collections.abc import Iterator

from onrecord.errors import InputError
from onrecord.ingest.base import ReadItem, ReadOptions, ReadResult, decode, read_bytes
from onrecord.pipeline import ArticleInput

# A first line longer than this is a paragraph, not a headline.
_MAX_TITLE_CHARS = 200


def title_of(text: str) -> str | None:
    """The first non-blank line, when it is short enough to be a headline (display only)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= _MAX_TITLE_CHARS else None
    return None


def text_article(text: str, *, url: str | None = None, source: str | None = None) -> ArticleInput:
    """An article whose body is ``text`` exactly as given; the title is only borrowed from it."""
    return ArticleInput(text=text, title=title_of(text), url=url, source=source)


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
    yield ReadItem(text_article(text), path)


def read_text_bytes(data: bytes, path: str) -> Iterator[ReadResult]:
    """The same as :func:`read_text` for bytes already in memory (stdin)."""
    try:
        text = decode(data, path)
    except InputError as err:
        yield err
        return
    yield ReadItem(text_article(text), path)
