"""benchmarks/event_changes.py: its dump holds each article's events with their triggers, its
diff the counts per type and the events that changed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "event_changes.py"


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("event_changes_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dump_writes_each_articles_events(tmp_path: Path) -> None:
    (tmp_path / "split" / "text").mkdir(parents=True)
    (tmp_path / "split" / "text" / "wire_2024-03-01_talks.txt").write_text(
        "Belvania condemned Ostrava's decision to close the border on Monday.\n",
        encoding="utf-8",
    )
    out = tmp_path / "dump.jsonl"
    assert _bench().main(["dump", str(tmp_path / "split"), str(out)]) == 0
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["doc"] == "wire_2024-03-01_talks"
    assert [e[:2] for e in row["events"]] == [["ACCUSE", "condemned/decision"]]
    assert row["events"][0][5].startswith("Belvania condemned")


def test_diff_counts_types_and_lists_changes(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    def write(name: str, kind: str) -> Path:
        path = tmp_path / name
        rows = [
            {
                "doc": "a",
                "events": [[kind, "hit/Voss", "Ivo Dant", "Ana Voss", 0, "Dant hit Voss."]],
            },
            {"doc": "b", "events": []},
        ]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return path

    before, after = write("before.jsonl", "ASSAULT"), write("after.jsonl", "ACCUSE")
    assert _bench().main(["diff", str(before), str(after), "--list"]) == 0
    out = capsys.readouterr().out
    assert "ASSAULT" in out and "1 ->      0  *" in out
    assert "== a" in out and "== b" not in out
    assert "- ASSAULT [hit/Voss] Ivo Dant -> Ana Voss" in out
    assert "+ ACCUSE [hit/Voss] Ivo Dant -> Ana Voss" in out
    assert out.strip().endswith("1 of 2 articles differ")


def test_missing_files_are_one_line_errors(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bench = _bench()
    assert bench.main(["dump", str(tmp_path / "nowhere"), str(tmp_path / "out.jsonl")]) == 2
    assert bench.main(["diff", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"{tmp_path / 'nowhere'}: no such split directory",
        f"{tmp_path / 'a.jsonl'}: no such dump",
    ]
