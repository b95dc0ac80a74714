"""How many articles an ingest will read, counted cheaply, for the progress bar's ETA.

No file is parsed: a text or HTML file is one article, a JSONL archive one per non-blank line
(counted in 1 MB blocks), a feed one per ``<item``/``<entry``. The count is an estimate (a bad
line still counts); it runs in a background thread while the ingest starts.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence

from onrecord.errors import InputError
from onrecord.ingest.dispatch import find_files

_BLOCK = 1 << 20
_JSONL = (".jsonl", ".ndjson")
_FEEDS = (".rss", ".atom", ".xml")


def count_articles(paths: Sequence[str]) -> int | None:
    """The number of articles in ``paths`` (files and folders), or None for stdin."""
    if "-" in paths:
        return None
    total = 0
    for found in find_files(paths):
        if isinstance(found, InputError):
            total += 1  # reported as one failure
            continue
        suffix = os.path.splitext(found)[1].lower()
        try:
            if suffix in _JSONL:
                total += _count_lines(found)
            elif suffix in _FEEDS:
                total += max(1, _count_entries(found))
            else:
                total += 1
        except OSError:
            total += 1
    return total


def _count_lines(path: str) -> int:
    lines = 0
    tail = b""
    with open(path, "rb") as fh:
        while block := fh.read(_BLOCK):
            chunk = tail + block
            parts = chunk.split(b"\n")
            tail = parts.pop()
            lines += sum(1 for p in parts if p.strip())
    return lines + (1 if tail.strip() else 0)


def _count_entries(path: str) -> int:
    with open(path, "rb") as fh:
        data = fh.read(64 * _BLOCK)  # feeds are small; a huge one is counted on its head
    return data.count(b"<item") + data.count(b"<entry")


def count_in_background(
    paths: Sequence[str], on_total: Callable[[int | None], None]
) -> threading.Thread:
    """Count in a daemon thread and call ``on_total`` with the result."""

    def run() -> None:
        try:
            on_total(count_articles(paths))
        except Exception:  # noqa: BLE001 - an estimate must never break the ingest
            on_total(None)

    thread = threading.Thread(target=run, name="onrecord-count", daemon=True)
    thread.start()
    return thread
