"""``onrecord events`` and ``onrecord alerts`` show the date an article gives for an act."""

from __future__ import annotations

import csv
import io
import json

import pytest

from onrecord.cli import main
from onrecord.store import open_store
from tests.analysis.factories import recap_records


@pytest.fixture
def db(db_url: str) -> str:
    with open_store(db_url) as store:
        for record in recap_records():
            store.add_record(record)
    return db_url


def _run(capsys, *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_events_json_has_the_stated_date_and_the_article_date(capsys, db: str) -> None:
    out = _run(capsys, "--db", db, "events", "--source", "XOS", "--format", "json")
    rows = {r["type"] + (r["date"] or ""): r for r in json.loads(out)}
    recap = rows["ASSAULT2026-03-03"]
    assert (recap["published"], recap["date"]) == ("2026-03-20", "2026-03-03")
    assert rows["ASSAULT"]["date"] is None and rows["ASSAULT"]["published"] == "2026-03-03"
    assert {r["date"] for r in rows.values()} == {None, "2026-03-03", "2026-W11", "2014"}
    # oldest first by the event's day: 2014's sanctions, then the shelling's two reports ...
    assert [r["type"] for r in json.loads(out)][:3] == ["SANCTION", "ASSAULT", "ASSAULT"]


def test_events_csv_adds_date_last_and_table_shows_it(capsys, db: str) -> None:
    out = _run(capsys, "--db", db, "events", "--source", "XOS", "--format", "csv")
    reader = csv.DictReader(io.StringIO(out))
    assert reader.fieldnames is not None
    assert reader.fieldnames[1] == "published" and reader.fieldnames[-1] == "date"
    assert {r["date"] for r in reader} == {"", "2026-03-03", "2026-W11", "2014"}
    table = _run(capsys, "--db", db, "events", "--source", "XOS", "--type", "SANCTION")
    assert "2026-03-20" in table and "stated date 2014" in table


def test_events_since_reads_the_event_day(capsys, db: str) -> None:
    out = _run(
        capsys, "--db", db, "events", "--source", "XOS", "--since", "2026-03-10", "-f", "json"
    )
    assert [r["type"] for r in json.loads(out)] == ["ACCUSE"]


def test_alerts_evidence_shows_the_stated_date(capsys, db: str, monkeypatch) -> None:
    args = ("--db", db, "alerts", "--since", "2026-03-02", "--until", "2026-03-22")
    found = json.loads(_run(capsys, *args, "--format", "json"))
    (first,) = [a for a in found if a["source"] == "XOS"]
    assert {g["type"]: g["date"] for g in first["evidence"]} == {
        "ASSAULT": "2026-03-03",
        "THREATEN": None,
    }
    monkeypatch.setenv("COLUMNS", "240")  # the evidence column, unwrapped
    assert "2026-03-03 (stated date 2026-03-03) ASSAULT" in _run(capsys, *args)
