"""Helpers of the reliability suite: a store's tables as comparable rows."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

# When a row was written says nothing about what was stored.
_VOLATILE = re.compile(r"(^|_)(ingested|created|updated|fetched|checked)(_at)?$|_at$")


# Story and quote clusters are numbered in the order they are made, which depends on the order
# articles are grouped in (during the ingest, or later by the backlog pass after a crash): they
# are compared by what identifies them, their canonical article and their first quote.
_BY_CONTENT = {
    "story_clusters": "SELECT canonical_article_id, size FROM story_clusters",
    "article_signatures": (
        "SELECT s.article_id, c.canonical_article_id, s.signature, s.similarity "
        "FROM article_signatures s JOIN story_clusters c ON c.id = s.story_id"
    ),
    "quote_clusters": "SELECT first_quote_id, size FROM quote_clusters",
    "quote_lineage": (
        'SELECT l.quote_id, c.first_quote_id, l."key", l.signature '
        "FROM quote_lineage l JOIN quote_clusters c ON c.id = l.cluster_id"
    ),
}


def dump_tables(db: Path) -> dict[str, list[tuple]]:
    """Every table of a SQLite store (but Alembic's and FTS internals), rows sorted, without
    timestamp columns; cluster numbers replaced by what identifies each cluster."""
    out: dict[str, list[tuple]] = {}
    with sqlite3.connect(db) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if r[0] != "alembic_version" and not r[0].startswith("sqlite_") and "_fts" not in r[0]
        ]
        for name in names:
            if name in _BY_CONTENT:
                rows = conn.execute(_BY_CONTENT[name])
                out[name] = sorted((tuple(r) for r in rows), key=repr)
                continue
            cols = [
                c[1]
                for c in conn.execute(f'PRAGMA table_info("{name}")')
                if not _VOLATILE.search(c[1])
            ]
            select = ", ".join(f'"{c}"' for c in cols)
            out[name] = sorted(
                (tuple(r) for r in conn.execute(f'SELECT {select} FROM "{name}"')), key=repr
            )
    return out
