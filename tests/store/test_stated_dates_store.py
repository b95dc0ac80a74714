"""An event's stated date in the store: kept as the record says it, refused when it is none,
and read into the day the event is listed under (on SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from onrecord.record import Event, Record
from onrecord.store import Store
from onrecord.store.schema import EventRow
from tests.conftest import build_record


def _with_dates(published: str | None, *dates: str | None, salt: str = "") -> Record:
    """A record published on ``published`` with one event per stated date (fiction)."""
    record = build_record(published=published, statement=f"We will keep the border open {salt}")
    first = record.events[0]
    record.events = [
        Event(f"e{n}", first.type, first.cameo, first.intensity, first.source, first.target,
              first.negated, first.hypothetical, first.text, first.start, first.end, date=date)
        for n, date in enumerate(dates, start=1)
    ]  # fmt: skip
    return record


def _stored(store: Store, article_id: str) -> list[tuple[str | None, dt.date | None]]:
    with store.session() as session:
        rows = session.execute(
            select(EventRow.date, EventRow.day)
            .where(EventRow.article_id == article_id)
            .order_by(EventRow.ordinal)
        ).all()
    return [(date, day) for date, day in rows]


def test_stated_dates_round_trip_at_every_precision(store: Store) -> None:
    record = _with_dates("2026-03-20", "2026-03-03", "2026-W10", "2026-03", "2014", None)
    store.add_record(record)
    back = store.record(record.id)
    assert back is not None
    assert [e.date for e in back.events] == ["2026-03-03", "2026-W10", "2026-03", "2014", None]
    assert back.to_dict() == record.to_dict()


@pytest.mark.parametrize("bad", ["March 3", "2026-02-30", "2026-W54", "2026-13", "03/03/2026", ""])
def test_a_stated_date_that_is_none_is_not_written(store: Store, bad: str) -> None:
    """Records come from the API too: a value ``stated_dates.parse`` refuses is stored as no
    stated date, and the event's day is its article's."""
    record = _with_dates("2026-03-20", bad)
    assert store.add_record(record).new
    assert _stored(store, record.id) == [(None, dt.date(2026, 3, 20))]
    back = store.record(record.id)
    assert back is not None and back.events[0].date is None


def test_event_day_is_the_stated_day_of_a_recap_else_the_article_day(store: Store) -> None:
    record = _with_dates(
        "2026-03-20",
        "2026-03-03",  # a recap: the act's day
        "2026-03-20",  # the article's own day
        "2026-W12",  # this week (16-22 March): covers the article's day
        "2026-W10",  # a week before it: its Monday
        "2014",  # long before: its first day
        "2026-04-02",  # after the article: not believed
        " 2026-03-04 ",  # written loosely: kept as the form it reads as
    )
    store.add_record(record)
    assert _stored(store, record.id) == [
        ("2026-03-03", dt.date(2026, 3, 3)),
        ("2026-03-20", dt.date(2026, 3, 20)),
        ("2026-W12", dt.date(2026, 3, 20)),
        ("2026-W10", dt.date(2026, 3, 2)),
        ("2014", dt.date(2014, 1, 1)),
        ("2026-04-02", dt.date(2026, 3, 20)),
        ("2026-03-04", dt.date(2026, 3, 4)),
    ]


def test_an_undated_article_has_no_event_day(store: Store) -> None:
    record = _with_dates(None, "2026-03-03")
    store.add_record(record)
    assert _stored(store, record.id) == [("2026-03-03", None)]


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_has_the_stated_date_as_its_last_events_column(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    from onrecord.store.export import TABLES, export_store

    record = _with_dates("2026-03-20", "2026-03-03", None, "2014")
    store.add_record(record)
    export_store(store, tmp_path, fmt=fmt, tables=["events"])
    names = [c.name for c in TABLES["events"].columns]
    assert names[-2:] == ["statement_id", "date"]  # the earlier columns keep their order
    path = tmp_path / f"events.{fmt}"
    if fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        assert table.column_names == names
        dates = table.column("date").to_pylist()
    elif fmt == "csv":
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            assert reader.fieldnames == names
            dates = [r["date"] or None for r in reader]
    else:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert list(rows[0]) == names
        dates = [r["date"] for r in rows]
    assert dates == ["2026-03-03", None, "2014"]
    schema = json.loads((tmp_path / "schema.json").read_text(encoding="utf-8"))
    assert "YYYY-Www" in schema["tables"]["events"]["columns"][-1]["description"]
