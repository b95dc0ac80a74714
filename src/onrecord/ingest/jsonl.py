"""JSONL dumps: one article per line, ``text`` required.

The file is streamed line by line, so a large dump is fine; the size limit applies to each
line (one article), not to the whole file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from onrecord.article import ArticleInput
from onrecord.errors import InputError
from onrecord.ingest.base import ReadItem, ReadOptions, ReadResult, decode, human_size, open_regular

_OPTIONAL = ("title", "published", "url", "source", "language")


def article_from_json(obj: Any, path: str, line: int | None) -> ArticleInput:
    """Validate one decoded JSON value as an article.

    Raises:
        InputError: not an object, no usable ``text``, or a metadata field of the wrong type.
    """
    if not isinstance(obj, dict):
        raise InputError(path, f"expected a JSON object, got {type(obj).__name__}", line=line)
    text = obj.get("text")
    if text is None:
        raise InputError(path, 'missing "text"', line=line)
    if not isinstance(text, str):
        raise InputError(path, '"text" is not a string', line=line)
    if not text.strip():
        raise InputError(path, '"text" is empty', line=line)
    fields: dict[str, str | None] = {}
    for name in _OPTIONAL:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(path, f'"{name}" is not a string', line=line)
        fields[name] = value or None
    return ArticleInput(
        text=text,
        title=fields["title"],
        published=fields["published"],
        source=fields["source"],
        url=fields["url"],
        language=fields["language"] or "en",
    )


def read_jsonl_stream(
    fh: BinaryIO, path: str, options: ReadOptions | None = None
) -> Iterator[ReadResult]:
    """Read JSONL from an open binary stream; see :func:`read_jsonl`."""
    options = options or ReadOptions()
    number = 0
    while True:
        # readline with a bound: one runaway line must not be read whole.
        raw = fh.readline(options.max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > options.max_bytes and not raw.endswith(b"\n"):
            yield InputError(
                path, f"line too large (the limit is {human_size(options.max_bytes)})", line=number
            )
            _skip_rest_of_line(fh)
            continue
        if not raw.strip():
            continue  # blank lines between records are harmless
        try:
            line = decode(raw, path, line=number)
            obj = json.loads(line.rstrip("\r\n"))
        except InputError as err:
            yield err
            continue
        except json.JSONDecodeError as exc:
            yield InputError(path, f"not JSON: {exc.msg} (column {exc.colno})", line=number)
            continue
        try:
            yield ReadItem(article_from_json(obj, path, number), path, number)
        except InputError as err:
            yield err


def _skip_rest_of_line(fh: BinaryIO) -> None:
    while True:
        chunk = fh.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def read_jsonl(path: str, options: ReadOptions | None = None) -> Iterator[ReadResult]:
    """Read a ``.jsonl`` file: one article per line.

    Yields:
        A :class:`ReadItem` per good line, an :class:`InputError` (``path:line: reason``) per
        bad one; blank lines are skipped; a file with no article at all is an error too.
    """
    try:
        fh = open_regular(path)
    except InputError as err:
        yield err
        return
    with fh:
        seen = False
        try:
            for result in read_jsonl_stream(fh, path, options):
                seen = True
                yield result
        except OSError as exc:
            yield InputError(path, f"cannot read: {exc.strerror or exc}")
            return
        if not seen:
            yield InputError(path, "empty")
