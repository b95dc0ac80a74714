#!/usr/bin/env python3
"""Score onrecord's attribution on a PolNeAR split with the shared scorer.

    .venv/bin/python benchmarks/eval_polnear.py ../shared/data/polnear/dev

Writes the predictions to bench-output/polnear-<split>.jsonl and prints the scorer's
summary for both subsets (all attributions, and direct quotations).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from onrecord.evaluation import predict_polnear, score

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("split_dir", type=Path)
    ap.add_argument("--scorer", type=Path, default=HERE.parent.parent / "shared/tools/attrib_score.py")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=None)
    a = ap.parse_args()
    out = a.out or HERE.parent / "bench-output" / f"polnear-{a.split_dir.name}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    n = predict_polnear(a.split_dir, out, limit=a.limit)
    dt = time.perf_counter() - t0
    print(json.dumps({"docs": n, "seconds": round(dt, 1), "preds": str(out)}))
    for subset in ("all", "direct"):
        print(json.dumps(score(a.split_dir, out, a.scorer, subset)))


if __name__ == "__main__":
    main()
