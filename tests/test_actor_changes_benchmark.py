"""benchmarks/actor_changes.py: its dump holds each article's actors, its diff the changes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "actor_changes.py"


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("actor_changes_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dump_writes_each_articles_actors(tmp_path: Path) -> None:
    (tmp_path / "split" / "text").mkdir(parents=True)
    (tmp_path / "split" / "text" / "wire_2024-03-01_talks.txt").write_text(
        "Foreign Minister Ana Voss of Belvania met envoys in Lorvik on Monday. “The talks "
        "were useful,” Voss said.\n",
        encoding="utf-8",
    )
    out = tmp_path / "dump.jsonl"
    assert _bench().main(["dump", str(tmp_path / "split"), str(out)]) == 0
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["doc"] == "wire_2024-03-01_talks"
    voss = next(a for a in row["actors"] if a["name"] == "Ana Voss")
    assert voss["kind"] == "person"
    assert row["speakers"] == [voss["id"]]


def test_diff_lists_what_changed(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    def write(name: str, country: str | None) -> Path:
        path = tmp_path / name
        rows = [
            {
                "doc": "a",
                "actors": [{"id": "a1", "name": "Ivo Dant", "kind": "person", "country": country}],
                "speakers": [],
            },
            {"doc": "b", "actors": [], "speakers": []},
        ]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return path

    before, after = write("before.jsonl", "XBV"), write("after.jsonl", None)
    assert _bench().main(["diff", str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "== a" in out and "== b" not in out
    assert "- ('Ivo Dant', 'person', 'XBV')" in out
    assert "+ ('Ivo Dant', 'person', None)" in out
    assert out.strip().endswith("1 of 2 articles differ")


def test_missing_files_are_one_line_errors(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bench = _bench()
    assert bench.main(["diff", str(tmp_path / "no.jsonl"), str(tmp_path / "no.jsonl")]) == 2
    assert bench.main(["dump", str(tmp_path / "nosplit"), str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"{tmp_path / 'no.jsonl'}: no such dump",
        f"{tmp_path / 'nosplit'}: no such split directory",
    ]
