"""``onrecord store copy``: a whole store, SQLite -> PostgreSQL -> SQLite, every table equal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from onrecord.cli import main
from onrecord.store import open_store
from onrecord.store.copy import copy_store, tables


def _utc(value: object) -> object:
    # SQLite hands timestamps back naive (they were stored in UTC), PostgreSQL aware.
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _dump(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    with open_store(url) as store, store.engine.connect() as conn:
        return {
            t.name: [
                tuple(_utc(v) for v in r)
                for r in conn.execute(select(t).order_by(*t.primary_key.columns))
            ]
            for t in tables()
        }


@pytest.mark.postgres
def test_copy_round_trip_sqlite_postgres_sqlite_keeps_every_row(
    demo_db: str, pg_url: str, tmp_path: Path, capsys
) -> None:
    want = _dump(demo_db)
    assert all(
        want[name]
        for name in ("articles", "quotes", "actors", "actor_fixes", "sources", "story_buckets")
    )
    assert main(["store", "copy", demo_db, pg_url]) == 0
    assert "articles: 26 rows" in capsys.readouterr().out
    assert _dump(pg_url) == want
    back = str(tmp_path / "back.db")
    result = copy_store(pg_url, back)
    assert result.rows["articles"] == len(want["articles"])
    assert _dump(back) == want
    # New rows after a copy get fresh ids (PostgreSQL's sequences were moved past the copied ones).
    from tests.conftest import build_record

    with open_store(pg_url) as store:
        assert store.add_record(build_record(statement="A brand new statement after the copy")).new
        assert len(store.quotes(search="brand new")) == 1


def test_copy_refuses_a_destination_with_data(demo_db: str, tmp_path: Path, capsys) -> None:
    first = str(tmp_path / "first.db")
    assert main(["store", "copy", demo_db, first]) == 0
    capsys.readouterr()
    assert main(["store", "copy", demo_db, first]) == 1
    err = capsys.readouterr().err
    assert "already holds data" in err and len(err.strip().splitlines()) == 1
    assert main(["store", "copy", first, first]) == 1
    assert "same database" in capsys.readouterr().err
