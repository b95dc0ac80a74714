"""The CLI refuses out-of-range ids and impossible dates in one line, as the API does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.cli import main
from tests.web.conftest import fill

BEYOND = str(2**63)


@pytest.fixture
def filled_db(tmp_path: Path) -> str:
    from onrecord.store import open_store

    path = str(tmp_path / "f.db")
    with open_store(path) as store:
        fill(store)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["timeline", BEYOND, "XDR"],
        ["timeline", "XVL", "9" * 30],
        ["events", "--source", BEYOND],
        ["actor", BEYOND],
        ["actor", "#" + BEYOND],
        ["lineage", BEYOND],
    ],
)
def test_ids_beyond_any_id_are_one_line_not_an_overflow(
    capsys, filled_db: str, args: list[str]
) -> None:
    code = main(["--db", filled_db, *args])
    err = capsys.readouterr().err
    assert "unexpected error" not in err and "OverflowError" not in err
    assert code in (0, 1, 2)
    assert len(err.strip().splitlines()) <= 1


def test_jsonl_with_impossible_dates_names_each_record(capsys, tmp_path: Path, extractor) -> None:
    dump = tmp_path / "dump.jsonl"
    lines = [
        {
            "text": "“We will keep the border open,” Foreign Minister Ana Voss said.",
            "published": "2026-03-05",
        },
        {
            "text": "Teo Marr said Belvania would reopen the crossing.",
            "published": "garbage-date-xyz",
        },
        {"text": "Ana Voss said the talks were useful.", "published": "2026-13-45"},
        {"text": "Teo Marr said the road stays open.\u0000"},
    ]
    dump.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "d.db")
    code = main(["--db", db, "ingest", str(dump)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.splitlines() == [
        f"{dump}:2: \"published\" is not a real date: 'garbage-date-xyz' (use YYYY-MM-DD, ISO 8601 or a date with the month's name)",
        f"{dump}:3: \"published\" is not a real date: '2026-13-45' (use YYYY-MM-DD, ISO 8601 or a date with the month's name)",
        f"{dump}:4: binary content (NUL bytes), not text",
    ]
    assert "new 1" in out and "failed 3" in out
    from onrecord.store import open_store

    with open_store(db) as store:
        assert [store.record(i).published for i in store.article_ids()] == ["2026-03-05"]
