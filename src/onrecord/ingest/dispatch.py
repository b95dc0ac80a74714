"""Pick the reader by file suffix and walk directories."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import BinaryIO

from onrecord.errors import InputError
from onrecord.ingest.base import ReadOptions, ReadResult, read_bounded
from onrecord.ingest.feed import read_feed
from onrecord.ingest.html import read_html
from onrecord.ingest.jsonl import read_jsonl, read_jsonl_stream
from onrecord.ingest.text import read_text, read_text_bytes

Reader = Callable[[str, ReadOptions], Iterator[ReadResult]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}
SUFFIXES: tuple[str, ...] = tuple(READERS)


def _suffix(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def find_files(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Expand directories (recursively, sorted, hidden entries skipped) into readable files.

    A file named explicitly is always returned, whatever its suffix (its reader is chosen
    later); inside directories only known suffixes are picked up, so READMEs and images in a
    corpus folder are not errors.

    Yields:
        File paths, or an :class:`InputError` for a path that does not exist and for each
        folder that cannot be listed (``path: cannot read folder: permission denied``).
    """
    for path in paths:
        if os.path.isdir(path):
            unreadable: list[OSError] = []
            for root, dirs, files in os.walk(path, onerror=unreadable.append):
                yield from _folder_errors(unreadable)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and _suffix(name) in READERS:
                        yield os.path.join(root, name)
            yield from _folder_errors(unreadable)
        elif os.path.lexists(path):
            yield path
        else:
            yield InputError(path, "no such file or directory")


def _folder_errors(errors: list[OSError]) -> Iterator[InputError]:
    # os.walk reports a folder it cannot list through onerror and goes on; say so, once each.
    while errors:
        exc = errors.pop(0)
        where = exc.filename if isinstance(exc.filename, str) else "?"
        yield InputError(where, f"cannot read folder: {(exc.strerror or str(exc)).lower()}")


def read_path(path: str, options: ReadOptions | None = None) -> Iterator[ReadResult]:
    """Read one file with the reader its suffix calls for.

    Unknown suffixes are read as plain text when they decode as text (``notes``, ``.md``).
    """
    options = options or ReadOptions()
    reader = READERS.get(_suffix(path), read_text)
    yield from reader(path, options)


def read_paths(
    paths: Sequence[str], options: ReadOptions | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[ReadResult]:
    """Read files and directories (recursively), in the order given; ``-`` is stdin as text."""
    options = options or ReadOptions()
    for path in paths:
        if path == "-":
            yield from read_stdin(stdin, options=options)
            continue
        for found in find_files([path]):
            if isinstance(found, InputError):
                yield found
            else:
                yield from read_path(found, options)


def read_stdin(
    stream: BinaryIO | None = None, *, options: ReadOptions | None = None, jsonl: bool = False
) -> Iterator[ReadResult]:
    """Read stdin: one plain-text article, or JSONL when ``jsonl`` is set.

    The text is kept unchanged, as for ``.txt`` files, so offsets index exactly what was piped.
    """
    options = options or ReadOptions()
    stream = stream if stream is not None else sys.stdin.buffer
    if jsonl:
        yield from read_jsonl_stream(stream, "-", options)
        return
    try:
        data = read_bounded(stream, "-", options)
    except InputError as err:
        yield err
        return
    yield from read_text_bytes(data, "-")
