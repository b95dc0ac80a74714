"""The events, timeline, dyads and alerts commands through the CLI entry point."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from onrecord.cli import main
from onrecord.store import open_store
from tests.analysis.factories import crisis_records


@pytest.fixture
def db(db_url: str) -> str:
    path = db_url
    with open_store(path) as store:
        for record in crisis_records():
            store.add_record(record)
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> None:
    assert (
        err.startswith("onrecord:")
        and len(err.strip().splitlines()) == 1
        and "Traceback" not in err
    )


# -- events -----------------------------------------------------------------------------------


def test_events_jsonl_rows_with_evidence(capsys, db: str) -> None:
    code, out, err = run(
        capsys,
        "--db",
        db,
        "events",
        "--source",
        "XOS",
        "--target",
        "XBL",
        "--type",
        "ACCUSE",
        "-f",
        "jsonl",
    )
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 3 and {r["type"] for r in rows} == {"ACCUSE"}
    assert {
        "id",
        "date",
        "source",
        "source_country",
        "target",
        "quad",
        "intensity",
        "negated",
        "text",
        "article_id",
    } <= set(rows[0])
    assert rows[0]["source_country"] == "XOS" and rows[0]["quad"] == "verbal_conflict"


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_events_formats(capsys, db: str, fmt: str) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "events",
        "--since",
        "2031-03-24",
        "--until",
        "2031-03-24",
        "--format",
        fmt,
    )
    assert code == 0
    if fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(out)))) == 2
    elif fmt == "json":
        assert len(json.loads(out)) == 2
    else:
        assert "2 event(s)" in out and "CONSULT" in out


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("events", "--type", "BOMB"), 2),
        (("events", "--since", "2031-13"), 2),
        (("events", "--since", "2031-04-01", "--until", "2031-03-01"), 2),
        (("events", "--source", "Ruritania"), 1),
        (("timeline", "XOS", "Ruritania"), 1),
        (("timeline", "XOS", "XBL", "--by", "year"), 2),
        (("timeline", "XOS", "XBL", "--plot", "chart.pdf"), 2),
        (("timeline", "XOS"), 2),
        (("dyads", "--top", "-1"), 2),
        (("alerts", "--threshold", "0"), 2),
    ],
)
def test_bad_input_is_one_line_and_non_zero(
    capsys, db: str, args: tuple[str, ...], code: int
) -> None:
    got, out, err = run(capsys, "--db", db, *args)
    assert got == code
    one_line_error(err)


# -- timeline ---------------------------------------------------------------------------------


def test_timeline_table_with_sparkline(capsys, db: str) -> None:
    code, out, err = run(capsys, "--db", db, "timeline", "XOS", "XBL", "--by", "week")
    assert code == 0, err
    assert "XOS → XBL by week: 6 event(s), 7 report(s)" in out
    assert "2031-03-03" in out and "2031-03-24" in out
    spark = next(line for line in out.splitlines() if line.startswith("index "))
    assert len(spark.split()[1]) == 4 and set(spark.split()[1]) <= set("▁▂▃▄▅▆▇█")


def test_timeline_json_csv_jsonl(capsys, db: str) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "timeline",
        "XBL",
        "XOS",
        "--both-directions",
        "--by",
        "month",
        "-f",
        "json",
    )
    assert code == 0
    data = json.loads(out)
    assert data["both_directions"] and data["by"] == "month" and data["events"] == 8
    (period,) = data["periods"]
    assert {"start", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "events", "reports",
            "mean_intensity", "sum_intensity", "escalation", "event_ids"} <= set(period)  # fmt: skip
    code, out, _ = run(capsys, "--db", db, "timeline", "XOS", "XBL", "--by", "day", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 24 and rows[0]["start"] == "2031-03-03"
    code, out, _ = run(capsys, "--db", db, "timeline", "Voss", "XBL", "-f", "jsonl")
    assert code == 0 and json.loads(out.splitlines()[0])["hypothetical"] == 1


def test_timeline_plot_svg_is_valid(capsys, db: str, tmp_path: Path) -> None:
    target = tmp_path / "chart.svg"
    code, _, err = run(capsys, "--db", db, "timeline", "XOS", "XBL", "--plot", str(target))
    assert code == 0, err
    root = ET.parse(target).getroot()
    assert root.tag.endswith("svg") and target.stat().st_size > 1000


def test_timeline_plot_png_is_valid(capsys, db: str, tmp_path: Path) -> None:
    target = tmp_path / "chart.png"
    code, _, err = run(
        capsys, "--db", db, "timeline", "XOS", "XBL", "--both-directions", "--plot", str(target)
    )
    assert code == 0, err
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 1000


def test_timeline_plot_into_missing_folder_fails_before_output(
    capsys, db: str, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, "--db", db, "timeline", "XOS", "XBL", "--plot", str(tmp_path / "no" / "c.svg")
    )
    assert code == 1 and out == ""
    one_line_error(err)


# -- dyads and alerts -------------------------------------------------------------------------


def test_dyads_top_and_shapes(capsys, db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "dyads", "--top", "2", "--window", "14", "-f", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(r["source"], r["target"]) for r in rows] == [
        ("XOS", "XBL"),
        ("XBL", "XOS"),
    ]
    assert {"events", "reports", "tone", "previous_tone", "trend", "escalation"} <= set(rows[0])
    code, out, _ = run(capsys, "--db", db, "dyads", "--window", "14")
    assert code == 0 and "XOS → XBL" in out and "warmer" in out


def test_alerts_since_and_default(capsys, db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "alerts", "--since", "2031-03", "-f", "json")
    found = json.loads(out)
    assert code == 0 and found[0]["source"] == "XOS" and found[0]["direction"] == "escalation"
    assert found[0]["evidence"] and found[0]["event_ids"]
    code, out, _ = run(capsys, "--db", db, "alerts")
    assert code == 0 and "no alerts" in out


def test_commands_on_an_empty_database(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "empty.db")
    for args in (("events",), ("dyads",), ("alerts",)):
        code, _, err = run(capsys, "--db", db, *args, "-f", "json")
        assert code == 0, err
    code, _, err = run(capsys, "--db", db, "timeline", "XOS", "XBL")
    assert code == 1
    one_line_error(err)
