"""Copy a whole store to another database: SQLite to PostgreSQL (moving up from a laptop to a
team's server) and back.

Every table the models declare is copied row for row with its ids — articles, statements,
actors with their aliases, titles and name index, the recorded merges and splits (actor
fixes), feed sources and the entries already seen, story and quote clusters, and the
near-duplicate index — so later ingests into the copy behave exactly as they would have in the
original. Rows are streamed in chunks (constant memory) and written in one transaction: a copy
that fails leaves the destination as it was. On PostgreSQL the id sequences are moved past the
copied ids afterwards, so new rows never collide with copied ones.

The destination is migrated first and must hold no data; the source is migrated to the same
revision when it is older.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Integer, Table, insert, literal_column, select, text
from sqlalchemy.engine import Connection

from onrecord.errors import StoreError
from onrecord.store.core import Store, open_store

CHUNK = 2000


def tables() -> list[Table]:
    """Every table of the store, parents before children (foreign keys)."""
    from onrecord.store import schema_actors, schema_lsh, schema_sources  # noqa: F401 - imported to register their tables
    from onrecord.store.schema import Base

    return list(Base.metadata.sorted_tables)


@dataclass
class CopyResult:
    """Rows copied per table."""

    source: str
    destination: str
    rows: dict[str, int] = field(default_factory=dict)


def copy_store(
    source: str,
    destination: str,
    *,
    chunk: int = CHUNK,
    progress: Callable[[str, int], None] | None = None,
) -> CopyResult:
    """Copy the store at ``source`` into the empty store at ``destination`` (URLs or paths).

    Raises:
        StoreError: either database cannot be opened, they are the same, or the destination
            already holds data.
    """
    with open_store(source) as src, open_store(destination) as dst:
        if src.url == dst.url:
            raise StoreError(f"source and destination are the same database: {src.url}")
        return _copy(src, dst, chunk, progress)


def _copy(
    src: Store, dst: Store, chunk: int, progress: Callable[[str, int], None] | None
) -> CopyResult:
    ordered = tables()
    result = CopyResult(src.url, dst.url)
    with src.engine.connect() as read, dst.engine.connect() as write:
        busy = [
            t.name
            for t in ordered
            if write.execute(select(literal_column("1")).select_from(t).limit(1)).first()
        ]
        if busy:
            raise StoreError(
                f"{dst.url}: the destination already holds data (table {busy[0]}); copy into an empty store"
            )
        if write.dialect.name == "sqlite":
            write.exec_driver_sql("BEGIN IMMEDIATE")
        for table in ordered:
            copied = 0
            rows = read.execution_options(yield_per=chunk).execute(select(table))
            to_sqlite = write.dialect.name == "sqlite"
            for part in rows.mappings().partitions(chunk):
                batch = [dict(r) for r in part]
                if to_sqlite:
                    batch = [{k: _utc(v) for k, v in r.items()} for r in batch]
                write.execute(insert(table), batch)
                copied += len(part)
                if progress is not None:
                    progress(table.name, copied)
            result.rows[table.name] = copied
        if write.dialect.name == "postgresql":
            _reset_sequences(write, ordered)
        write.commit()
    return result


def _utc(value: object) -> object:
    """A timestamp as SQLite keeps it: UTC, without zone (PostgreSQL hands back the server's
    zone, which SQLite would otherwise store as if it were UTC)."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _reset_sequences(conn: Connection, ordered: list[Table]) -> None:
    """Move each serial id's sequence past the largest copied id (PostgreSQL)."""
    for table in ordered:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer) or pk[0].autoincrement is False:
            continue
        seq = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar()
        if seq is None:
            continue
        conn.execute(
            text(
                f'SELECT setval(:seq, COALESCE((SELECT max("{pk[0].name}") FROM "{table.name}"), 0) + 1, false)'
            ),
            {"seq": seq},
        )
