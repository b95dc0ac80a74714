#!/usr/bin/env python3
"""Dump attribution errors on a PolNeAR split, for error analysis.

    .venv/bin/python benchmarks/polnear_misses.py ../shared/data/polnear/dev \
        bench-output/polnear-dev.jsonl --subset direct --what speaker

``--what missed`` lists gold contents no prediction covers; ``--what speaker`` lists
found contents whose speaker is wrong; ``--what false`` lists predictions that match
no gold content.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _scorer(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("attrib_score", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split_dir", type=Path)
    ap.add_argument("preds", type=Path)
    ap.add_argument("--scorer", type=Path, default=HERE.parent.parent / "shared/tools/attrib_score.py")
    ap.add_argument("--subset", choices=["all", "direct"], default="direct")
    ap.add_argument("--what", choices=["missed", "speaker", "false"], default="speaker")
    a = ap.parse_args()
    sc = _scorer(a.scorer)
    gold = sc.load_gold(str(a.split_dir))
    preds = {}
    for line in a.preds.open(encoding="utf-8"):
        o = json.loads(line)
        preds[o["doc"]] = o["quotes"]
    qm = re.compile(r"[\"“”«»]")
    for name, recs in gold.items():
        if a.subset == "direct":
            recs = [r for r in recs if qm.search(r["content"])]
        P = preds.get(name, [])
        Pt = [sc.toks(p.get("text", "")) for p in P]
        Gt = [sc.toks(r["content"]) for r in recs]
        if a.what == "false":
            for p, pt in zip(P, Pt):
                if a.subset == "direct" and not qm.search(p["text"]):
                    continue
                if not any(sc.cover(pt, g) >= 0.3 or (g and sc.cover(g, pt) >= 0.3) for g in Gt):
                    print(f"{name}\tFALSE\t{p.get('speaker')}\t{p['text'][:160]}")
            continue
        for r, g in zip(recs, Gt):
            best = max(range(len(P)), key=lambda i: sc.cover(Pt[i], g), default=None)
            found = best is not None and sc.cover(Pt[best], g) >= 0.3
            if a.what == "missed" and not found:
                print(f"{name}\tMISS\t{r['source']!r}\t{r['cue']!r}\t{r['content'][:160]}")
            elif a.what == "speaker" and found and sc.spk_ok(r["source"], P[best]) is False:
                p = P[best]
                print(f"{name}\tSPK\tgold={r['source']!r}\tpred={p.get('speaker')!r}/{p.get('speaker_name')!r}\t{r['content'][:120]}")


if __name__ == "__main__":
    main()
