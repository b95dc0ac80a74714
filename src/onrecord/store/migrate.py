"""Apply the packaged Alembic migrations to a store's database."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _label(heads: Sequence[str]) -> str | None:
    # Branches (0002 and 0003 both follow 0001) give several heads: one comparable label.
    return "+".join(sorted(heads)) or None


def head_revision() -> str | None:
    """The newest revision the package ships (several heads are joined by ``+``)."""
    return _label(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database; heads joined by ``+``)."""
    with engine.connect() as conn:
        return _label(MigrationContext.configure(conn).get_current_heads())


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest revision; a no-op when it is already there.

    On a SQLite file the whole upgrade runs in one ``BEGIN IMMEDIATE`` transaction: two
    processes opening a new database at once (an ingest and the web app) take turns instead
    of both creating the tables, and a crash mid-migration leaves the old schema intact.
    """
    if current_revision(engine) == head_revision():
        return
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        locked = _immediate_engine(engine)
        try:
            _upgrade_with(locked)
        finally:
            locked.dispose()
    else:
        _upgrade_with(engine)


def _upgrade_with(engine: Engine) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        # Checked again under the lock: another process may have migrated while we waited.
        if _label(MigrationContext.configure(conn).get_current_heads()) == head_revision():
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")  # several branches may be pending; apply all


def _immediate_engine(engine: Engine) -> Engine:
    """A second engine on the same SQLite file whose transactions start with BEGIN IMMEDIATE.

    pysqlite normally opens transactions lazily and commits before DDL; taking over with
    ``isolation_level=None`` and an explicit BEGIN is SQLAlchemy's documented recipe.
    """
    locked = create_engine(engine.url, poolclass=NullPool)

    @event.listens_for(locked, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute("PRAGMA busy_timeout=30000")
        dbapi_conn.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(locked, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return locked
