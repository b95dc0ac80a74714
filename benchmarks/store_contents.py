#!/usr/bin/env python3
"""Everything ``Store.add_record`` stores, dumped, to check that a faster write stores the same.

    .venv/bin/python benchmarks/store_contents.py --out new.json
    PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/store_contents.py --out old.json
    cmp old.json new.json
    .venv/bin/python benchmarks/store_contents.py --db postgresql+psycopg://u@127.0.0.1:5432/postgres --out new-pg.json

``/tmp/old/src`` is the previous code, e.g. ``git archive main src | tar -x -C /tmp/old``.

Adds the cached benchmark records (``benchmarks/store_write.py`` extracts them) and then
re-published copies of some of them, dated later or earlier (a new text with the same people and quotes, so actors
are matched, stories grouped and quote lineage found) to a fresh store, with a fixed ingest
time, then writes every table of the schema (ids included; timestamp columns left out) as
JSON. With ``--db`` (a PostgreSQL server) the store is a database of its own on that server,
dropped afterwards; records with a quote longer than 2,000 characters are left out there, as
PostgreSQL refuses to index so long a wording (``ix_quote_lineage_key``) and such an article
cannot be stored on PostgreSQL at all, with the old code or the new.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from onrecord.record import Record
from store_write import _pg_exec, _pg_url, extract_records, variant

_VOLATILE = ("ingested_at", "created_at", "updated_at", "fetched_at", "checked_at")
_PG_LONGEST = 2000
_WHEN = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def workload(count: int, variants: int) -> list[Record]:
    """``count`` cached records, then later copies of the first ``variants`` of them and
    earlier copies of a third as many others."""
    pool = extract_records(count)
    later = [variant(r, 1) for r in pool[:variants]]
    # Copies dated a year before their originals: the quotes' first appearance moves to them.
    earlier = [variant(r, -1) for r in pool[variants : variants + variants // 3]]
    return [*pool, *later, *earlier]


def dump(url: str, records: list[Record]) -> dict[str, list[Any]]:
    """Add ``records`` to a new store at ``url`` and return its tables, rows sorted."""
    from sqlalchemy import select

    from onrecord.store import open_store
    from onrecord.store.schema import Base

    out: dict[str, list[Any]] = {}
    with open_store(url) as store:
        for r in records:
            store.add_record(r, ingested_at=_WHEN)
        with store.engine.connect() as conn:
            for name, table in sorted(Base.metadata.tables.items()):
                cols = [c for c in table.columns if c.name not in _VOLATILE]
                rows = conn.execute(select(*cols)).all()
                out[name] = sorted(([_plain(v) for v in row] for row in rows), key=repr)
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--records", type=int, default=150, help="Cached records (default 150).")
    ap.add_argument("--variants", type=int, default=60, help="Variants added after (default 60).")
    ap.add_argument("--db", help="A PostgreSQL server URL (default: a new SQLite file).")
    ap.add_argument("--out", required=True, help="The JSON file to write.")
    args = ap.parse_args()
    records = workload(args.records, args.variants)
    if args.db:
        records = [r for r in records if all(len(q.text) <= _PG_LONGEST for q in r.quotes)]
        name = "onrecord_contents_check"
        _pg_exec(args.db, f"DROP DATABASE IF EXISTS {name}")
        _pg_exec(args.db, f"CREATE DATABASE {name}")
        try:
            tables = dump(_pg_url(args.db, name), records)
        finally:
            _pg_exec(args.db, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            tables = dump(str(Path(tmp) / "contents.db"), records)
    Path(args.out).write_text(json.dumps(tables, sort_keys=True), encoding="utf-8")
    print(" ".join(f"{k}={len(v)}" for k, v in tables.items()))


if __name__ == "__main__":
    main()
