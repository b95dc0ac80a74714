"""Helpers of the reliability suite: a store's tables as comparable rows."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

# When a row was written says nothing about what was stored.
_VOLATILE = re.compile(r"(^|_)(ingested|created|updated|fetched|checked)(_at)?$|_at$")


def dump_tables(db: Path) -> dict[str, list[tuple]]:
    """Every table of a SQLite store (but Alembic's and FTS internals), rows sorted, without
    timestamp columns."""
    out: dict[str, list[tuple]] = {}
    with sqlite3.connect(db) as conn:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if r[0] != "alembic_version" and not r[0].startswith("sqlite_") and "_fts" not in r[0]
        ]
        for name in names:
            cols = [c[1] for c in conn.execute(f'PRAGMA table_info("{name}")') if not _VOLATILE.search(c[1])]
            select = ", ".join(f'"{c}"' for c in cols)
            out[name] = sorted((tuple(r) for r in conn.execute(f'SELECT {select} FROM "{name}"')), key=repr)
    return out
