"""``onrecord export``: every row of every table, read back with pyarrow, on both backends."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from sqlalchemy import func, select

from onrecord.cli import main
from onrecord.store import open_store
from onrecord.store.copy import copy_store
from onrecord.store.export import TABLES, arrow_schema, export_store
from onrecord.store.schema import (
    ActorAliasRow,
    ActorRow,
    ArticleRow,
    EventRow,
    MentionRow,
    QuoteRow,
)
from onrecord.store.schema_sources import StoryClusterRow


@pytest.fixture
def demo_store(demo_db: str, db_url: str):
    """The demo store on each backend (copied from the SQLite one)."""
    copy_store(demo_db, db_url)
    with open_store(db_url) as store:
        yield store


def _ids(store, column) -> list:
    with store.session() as session:
        return sorted(session.scalars(select(column)))


def test_export_parquet_every_row_and_key(demo_store, db_url: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["export", str(out), "--db", db_url]) == 0
    assert "statements:" in capsys.readouterr().out
    read = {name: pq.read_table(out / f"{name}.parquet") for name in TABLES}
    for name, table in read.items():
        assert table.schema.equals(arrow_schema(TABLES[name]), check_metadata=False), name
    assert sorted(read["articles"].column("article_id").to_pylist()) == _ids(
        demo_store, ArticleRow.id
    )
    assert sorted(read["statements"].column("statement_id").to_pylist()) == _ids(
        demo_store, QuoteRow.id
    )
    assert sorted(read["actors"].column("actor_id").to_pylist()) == _ids(demo_store, ActorRow.id)
    assert sorted(read["mentions"].column("mention_id").to_pylist()) == _ids(
        demo_store, MentionRow.id
    )
    assert sorted(read["events"].column("event_id").to_pylist()) == _ids(demo_store, EventRow.id)
    assert sorted(read["stories"].column("story_id").to_pylist()) == _ids(
        demo_store, StoryClusterRow.id
    )
    # Aliases ride along with their actor; keys join.
    aliases = sum(len(a) for a in read["actors"].column("aliases").to_pylist())
    with demo_store.session() as session:
        assert aliases == session.scalar(select(func.count()).select_from(ActorAliasRow))
    actor_ids = set(read["actors"].column("actor_id").to_pylist())
    assert set(read["statements"].column("speaker_actor_id").drop_null().to_pylist()) <= actor_ids
    article_ids = set(read["articles"].column("article_id").to_pylist())
    assert set(read["events"].column("article_id").to_pylist()) <= article_ids
    assert any(read["actors"].column("titles").to_pylist())
    canonical = read["articles"].column("canonical").to_pylist()
    assert all(isinstance(c, bool) for c in canonical) and any(canonical)
    schema = json.loads((out / "schema.json").read_text())
    assert schema["tables"]["statements"]["rows"] == read["statements"].num_rows
    assert {c["name"] for c in schema["tables"]["events"]["columns"]} == set(
        read["events"].column_names
    )
    # the coder's confidence rides along, so an export can be filtered as the CLI counts
    confidence = read["events"].column("confidence").to_pylist()
    assert any(c is not None and 0 <= c <= 1 for c in confidence)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_text_formats_and_date_range(demo_store, tmp_path: Path, fmt: str) -> None:
    since, until = dt.date(2026, 3, 10), dt.date(2026, 3, 20)
    result = export_store(
        demo_store,
        tmp_path / fmt,
        fmt=fmt,
        tables=["articles", "statements", "actors"],
        since=since,
        until=until,
    )
    with demo_store.session() as session:
        in_range = (ArticleRow.published_date >= since) & (ArticleRow.published_date <= until)
        n_articles = session.scalar(select(func.count()).select_from(ArticleRow).where(in_range))
        n_quotes = session.scalar(
            select(func.count()).select_from(QuoteRow).join(ArticleRow).where(in_range)
        )
        n_actors = session.scalar(select(func.count()).select_from(ActorRow))
    assert 0 < n_articles < len(_ids(demo_store, ArticleRow.id))
    assert result.rows == {"articles": n_articles, "statements": n_quotes, "actors": n_actors}
    path = tmp_path / fmt / f"statements.{fmt}"
    if fmt == "csv":
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        spans = json.loads(rows[0]["spans"])
    else:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        spans = rows[0]["spans"]
    assert len(rows) == n_quotes and isinstance(spans[0], list)


def test_export_bad_table_one_line(demo_store, db_url: str, tmp_path: Path, capsys) -> None:
    assert main(["export", str(tmp_path / "x"), "--table", "planets", "--db", db_url]) == 1
    err = capsys.readouterr().err
    assert "unknown table 'planets'" in err and len(err.strip().splitlines()) == 1
