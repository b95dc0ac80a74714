"""Migrations ship in the package and apply when the store opens."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import inspect

from onrecord.store import open_store
from onrecord.store.migrate import current_revision, head_revision

HEAD = "ev11"

TABLES = {
    "articles",
    "quotes",
    "actors",
    "actor_aliases",
    "actor_titles",
    "article_actors",
    "mentions",
    "events",
}


def test_migrations_apply_on_open(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "new.db")) as store:
        assert current_revision(store.engine) == head_revision()
        assert TABLES <= set(inspect(store.engine).get_table_names())


def test_migrations_reopen_is_noop_and_keeps_data(tmp_path: Path, make_record) -> None:
    path = str(tmp_path / "again.db")
    with open_store(path) as store:
        store.add_record(make_record())
    with open_store(path) as store:
        assert store.stats().articles == 1
        assert current_revision(store.engine) == head_revision()


def test_migrations_sqlite_wal_fts_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    with open_store(str(path)) as store:
        assert store.has_fts
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = {
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
            )
        }
        assert {"quotes_fts", "quotes_fts_insert", "quotes_fts_delete"} <= names
    finally:
        con.close()


def test_migrations_url_env_and_memory(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ONRECORD_DB", str(tmp_path / "env.db"))
    with open_store() as store:
        assert store.url.endswith("env.db")
    with open_store(f"sqlite:///{tmp_path / 'url.db'}") as store:
        assert store.url.endswith("url.db")
    with open_store(":memory:") as store:
        assert store.stats().articles == 0


def test_migrations_default_file_in_cwd(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("ONRECORD_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    with open_store() as store:
        store.stats()
    assert (tmp_path / "onrecord.db").exists()


def test_migrations_concurrent_first_open(tmp_path: Path) -> None:
    """Several processes (here threads) opening a brand-new database at once all succeed."""
    from concurrent.futures import ThreadPoolExecutor

    # The race is rare on one try (about one in 30 before the WAL switch was retried): repeat it.
    for attempt in range(25):
        path = str(tmp_path / f"race{attempt}.db")

        def open_and_count(_: int, path: str = path) -> int:
            with open_store(path) as store:
                return store.stats().articles

        with ThreadPoolExecutor(max_workers=6) as pool:
            assert list(pool.map(open_and_count, range(6))) == [0] * 6


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    """The models declare everything the migrations build (indexes included), so an Alembic
    autogenerate against a migrated store proposes nothing."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from onrecord.store import schema_actors, schema_lsh, schema_sources  # noqa: F401  (their tables)
    from onrecord.store.schema import Base, include_object

    with open_store(str(tmp_path / "auto.db")) as store, store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(ctx, Base.metadata) == []


def test_migrations_ev10_event_confidence_down_and_up_again(tmp_path: Path, make_record) -> None:
    """``ev10`` adds the events' confidence; it downgrades on SQLite keeping the events, and
    an older store's events, upgraded, have no confidence (unknown: minimum-confidence
    filters keep them)."""
    from alembic import command

    from onrecord.store import migrate
    from onrecord.store.events import load_events

    path = str(tmp_path / "ev10.db")
    record = make_record()
    assert record.events, "the factory record should carry an event"
    for ev in record.events:
        ev.confidence = 0.9
    with open_store(path) as store:
        assert head_revision() == HEAD
        store.add_record(record)
        assert {f.confidence for f in load_events(store, min_confidence=0)} == {0.9}
        cfg = migrate.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "pg02")
            assert "confidence" not in {c["name"] for c in inspect(conn).get_columns("events")}
            assert conn.exec_driver_sql("SELECT count(*) FROM events").scalar() == len(
                record.events
            )
    with open_store(path) as store:  # the older store, upgraded on open
        assert current_revision(store.engine) == HEAD
        kept = load_events(store, min_confidence=0.99)
        assert [f.confidence for f in kept] == [None] * len(record.events)


def test_migrations_nm02_given_name_particles_down_and_up_again(
    tmp_path: Path, make_record
) -> None:
    """``nm02``: "Ben Varga" is indexed under the surname ``varga`` (it was all surname,
    ``ben varga``, so a bare "Varga" shared no surname with him); downgraded, the old key is
    back, and an older store is brought to the new one on open."""
    from alembic import command

    from onrecord.store import migrate

    path = str(tmp_path / "nm02.db")
    query = "SELECT surname, prefix FROM actor_names WHERE key = 'ben varga'"
    with open_store(path) as store:
        store.add_record(make_record(speaker="Ben Varga"))
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql(query).one() == ("varga", "var")
        cfg = migrate.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "fl02")
            assert conn.exec_driver_sql(query).one() == ("ben varga", "ben")
    with open_store(path) as store:
        assert current_revision(store.engine) == HEAD
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql(query).one() == ("varga", "var")


def test_migrations_ev11_stated_date_down_and_up_again(db_url: str, make_record) -> None:
    """``ev11`` keeps the events' stated date and their day; an older store's events, upgraded
    (on SQLite and PostgreSQL), have no stated date and their article's date as their day."""
    from alembic import command

    from onrecord.store import migrate

    query = "SELECT date, day FROM events"
    recap = make_record(published="2031-03-20")
    recap.events[0].date = "2031-03-03"
    with open_store(db_url) as store:
        assert head_revision() == HEAD
        store.add_record(recap)
        with store.engine.connect() as conn:
            assert [(d, str(day)) for d, day in conn.exec_driver_sql(query)] == [
                ("2031-03-03", "2031-03-03")
            ]
        cfg = migrate.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "nm02")
            columns = {c["name"] for c in inspect(conn).get_columns("events")}
            assert not {"date", "day"} & columns
            assert conn.exec_driver_sql("SELECT count(*) FROM events").scalar() == 1
    with open_store(db_url) as store:  # the older store, upgraded on open
        assert current_revision(store.engine) == HEAD
        with store.engine.connect() as conn:
            assert [(d, str(day)) for d, day in conn.exec_driver_sql(query)] == [
                (None, "2031-03-20")
            ]
        back = store.record(recap.id)
        assert back is not None and back.events[0].date is None
        later = make_record(published="2031-04-02", statement="The talks resume in Port Amaris")
        later.events[0].date = "2031-W13"
        store.add_record(later)
        again = store.record(later.id)
        assert again is not None and again.events[0].date == "2031-W13"
