"""benchmarks/cost.py: its stages build the extractor's records, and its CPU-time path runs.

No timing is asserted (times depend on the machine); the instruction-count path needs
valgrind and is not run here, only its message when valgrind is missing.
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import pytest

from onrecord.article import ArticleInput

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "cost.py"

# Fiction about fictional states.
TEXTS = [
    "Foreign Minister Ana Voss met Tomas Brin in Castelbrun on Monday. "
    "“We will keep the border open,” Voss said. She said a treaty would follow.\n",
    "Belvania accused Ostrava of moving troops to the border, the defence ministry said on "
    "Tuesday. Ostravan officials denied the claim and called for talks.\n",
    "President Ilse Marr told reporters that Belvania would not sign the accord. "
    "According to Marr, the talks had failed because Ostrava refused to withdraw.\n",
]


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("cost_bench", BENCH)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_timed_stages_build_the_extractors_record(extractor) -> None:  # type: ignore[no-untyped-def]
    bench = _module()
    for doc, text in zip(bench.parse_batch(extractor, TEXTS), TEXTS, strict=True):
        spent = dict.fromkeys(bench.STEPS, 0.0)
        timed = bench.extract_timed(
            extractor, doc, ArticleInput(text=text), time.process_time, spent
        )
        expected = extractor(ArticleInput(text=text))
        assert timed.to_dict() == expected.to_dict()
        assert all(spent[k] >= 0.0 for k in bench.STEPS)


def test_cpu_mode_prints_every_step(extractor, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    bench = _module()
    split = tmp_path / "split"
    (split / "text").mkdir(parents=True)
    for n, text in enumerate(TEXTS):
        (split / "text" / f"{n}.txt").write_text(text, encoding="utf-8")
    texts = bench.texts_of(split)
    assert texts == TEXTS
    out = bench.measure(extractor, texts, repeat=2, batch_size=2, clock=time.process_time)
    assert out["docs"] == 3
    assert set(out["seconds"]) == {"parse", "attribution", "actors", "events", "rest"}
    assert out["seconds"]["parse"] > 0
    assert len(out["stages_over_parse_by_repeat"]) == 2
    json.dumps(out)


def test_instructions_without_valgrind_says_so(monkeypatch, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    bench = _module()
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH
    monkeypatch.setattr("sys.argv", ["cost.py", str(tmp_path), "--instructions"], raising=True)
    with pytest.raises(SystemExit) as stop:
        bench.main()
    assert stop.value.code == 2
    assert "valgrind" in capsys.readouterr().err
