"""One writer at a time for the steps that must see every earlier write.

Deciding whether an article is new, which stored actor a name is, or which story a near-copy
joins means reading what is stored and then writing: two writers doing that at once (a
``watch`` loop and a manual ``ingest``, workers of a cluster) could both decide "new". These
steps therefore run under a store-wide write lock held for their short transaction only —
parsing and extraction, the slow part, stay parallel:

- **SQLite**: ``BEGIN IMMEDIATE`` takes the database's write lock before the first read (other
  writers wait, up to the busy timeout), so the reads see every committed write.
- **PostgreSQL**: ``pg_advisory_xact_lock`` on a fixed key, released at commit or rollback;
  under READ COMMITTED every statement after it sees what the previous holder committed.

Unique keys (article URL and text hash, actor key, source URL) stay the last line of defence:
a writer that does not take the lock and collides gets an ``IntegrityError`` and retries.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

#: The advisory lock's key on PostgreSQL ("onrecord" in ASCII, as a 64-bit integer).
ADVISORY_KEY = 0x6F6E7265636F7264


def lock(conn: Connection | Session) -> None:
    """Take the store's write lock for the transaction ``conn`` is in (or is about to begin).

    Call it before the transaction's first statement: on SQLite it *is* the ``BEGIN``.
    """
    connection = conn.connection() if isinstance(conn, Session) else conn
    dialect = connection.dialect.name
    if dialect == "sqlite":
        # pysqlite opens transactions lazily (only before a write); an explicit BEGIN IMMEDIATE
        # first takes the write lock now and pysqlite then adds no BEGIN of its own.
        if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif dialect == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_KEY})
