"""benchmarks/pronouns.py: the pronoun-speaker dump and the diff of two dumps."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "pronouns.py"


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("pronouns_bench", BENCH)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_dump_lists_pronoun_speakers_and_diff_lists_another_person(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    (split / "text" / "a.txt").write_text(
        "Foreign Minister Ana Voss met Tomas Brin in Castelbrun on Monday. "
        "Voss said the talks had gone well. She said a treaty would follow.\n",
        encoding="utf-8",
    )
    bench = _module()
    old = tmp_path / "old.jsonl"
    bench.dump(split, old, None)
    rows = [json.loads(line) for line in old.read_text(encoding="utf-8").splitlines()]
    assert [(r["pronoun"], r["ref"]) for r in rows] == [("She", "Voss")]

    # the same speakers named otherwise: a different person is listed, with its text
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps(rows[0] | {"ref": "Tomas Brin", "ref_at": 29}) + "\n")
    capsys.readouterr()
    bench.diff(split, old, new, 80)
    out = capsys.readouterr().out
    assert "She: 'Voss' -> 'Tomas Brin'" in out
    assert json.loads(out.strip().splitlines()[-1]) == {
        "speakers": 1,
        "other_person": 1,
        "other_mention_same_name": 0,
    }
