"""Readers: files and directories in, :class:`~onrecord.article.ArticleInput` items out.

One module per input kind (``text``, ``html``, ``jsonl``, ``feed``) and a dispatcher::

    from onrecord.ingest import read_paths
    for result in read_paths(["news/", "dump.jsonl"]):
        if isinstance(result, InputError):
            print(result)            # "news/bad.html: empty"
        else:
            result.article           # an ArticleInput

Readers yield errors next to items instead of raising, so a batch always goes on.
"""

from onrecord.errors import InputError
from onrecord.ingest.base import DEFAULT_MAX_BYTES, ReadItem, ReadOptions, ReadResult
from onrecord.ingest.batch import IngestSummary, Outcome, extract_items, ingest_items, ingest_paths
from onrecord.ingest.dispatch import SUFFIXES, find_files, read_path, read_paths, read_stdin

__all__ = [
    "DEFAULT_MAX_BYTES",
    "IngestSummary",
    "InputError",
    "Outcome",
    "ReadItem",
    "ReadOptions",
    "ReadResult",
    "SUFFIXES",
    "extract_items",
    "find_files",
    "ingest_items",
    "ingest_paths",
    "read_path",
    "read_paths",
    "read_stdin",
]
