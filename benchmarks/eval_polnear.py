#!/usr/bin/env python3
"""Score onrecord's attribution on a PolNeAR split with the shared scorers.

    .venv/bin/python benchmarks/eval_polnear.py ../shared/data/polnear/dev

Writes the predictions to bench-output/polnear-<split>.jsonl and prints, one JSON line each:

* the lenient scorer's summary (``attrib_score.py``: a gold content is found when a
  prediction covers 30 % of its tokens) for all attributions and for direct quotations;
* the strict scorer's (``attrib_strict.py``: a content matches only when its token F1 with
  the gold content is at least 0.8, each gold and prediction used once);
* the name check (``name_check.py``: how often the speaker mention is right and the
  resolved name is not, pronoun sources left out).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from onrecord.evaluation import name_check, predict_polnear, score, score_strict

HERE = Path(__file__).resolve().parent
TOOLS = HERE.parent.parent / "shared/tools"


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("split_dir", type=Path)
    ap.add_argument("--tools", type=Path, default=TOOLS, help="folder of the shared scorers")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=None)
    a = ap.parse_args()
    if not any((a.split_dir / "text").glob("*.txt")):
        # (a wrong path had scored an empty split as zeros)
        raise SystemExit(f"{a.split_dir}: no PolNeAR split here (no text/*.txt)")
    out = a.out or HERE.parent / "bench-output" / f"polnear-{a.split_dir.name}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    n = predict_polnear(a.split_dir, out, limit=a.limit)
    dt = time.perf_counter() - t0
    print(json.dumps({"docs": n, "seconds": round(dt, 1), "preds": str(out)}))
    for subset in ("all", "direct"):
        print(
            json.dumps(
                {
                    "measure": "lenient",
                    **score(a.split_dir, out, a.tools / "attrib_score.py", subset),
                }
            )
        )
    for subset in ("all", "direct"):
        print(
            json.dumps(
                {
                    "measure": "strict",
                    **score_strict(a.split_dir, out, a.tools / "attrib_strict.py", subset),
                }
            )
        )
    print(
        json.dumps(
            {"measure": "name_check", **name_check(a.split_dir, out, a.tools / "name_check.py")}
        )
    )


if __name__ == "__main__":
    main()
