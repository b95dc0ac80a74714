#!/usr/bin/env python3
"""Dump attribution errors on a PolNeAR split, for error analysis.

    .venv/bin/python benchmarks/polnear_misses.py ../shared/data/polnear/dev \
        bench-output/polnear-dev.jsonl --subset direct --what speaker

``--what missed`` lists gold contents no prediction covers; ``--what speaker`` lists
found contents whose speaker is wrong; ``--what false`` lists predictions that match
no gold content; ``--what strict`` lists gold contents whose best prediction has a token
F1 under 0.8 (the strict scorer's threshold), with that prediction, to study boundaries.
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


def _f1(p: list[str], g: list[str]) -> float:
    """Token F1 of a prediction against a gold content (the strict scorer's measure)."""
    from collections import Counter

    ov = sum((Counter(p) & Counter(g)).values())
    if not ov:
        return 0.0
    pr, rc = ov / len(p), ov / len(g)
    return 2 * pr * rc / (pr + rc)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split_dir", type=Path)
    ap.add_argument("preds", type=Path)
    ap.add_argument(
        "--scorer", type=Path, default=HERE.parent.parent / "shared/tools/attrib_score.py"
    )
    ap.add_argument("--subset", choices=["all", "direct"], default="direct")
    ap.add_argument("--what", choices=["missed", "speaker", "false", "strict"], default="speaker")
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
        if a.what == "strict":
            for r, g in zip(recs, Gt):
                best = max(range(len(P)), key=lambda i: _f1(Pt[i], g), default=None)
                f = _f1(Pt[best], g) if best is not None else 0.0
                if f < 0.8:
                    pred = P[best]["text"][:200] if best is not None and f > 0 else "-"
                    print(
                        f"{name}\tSTRICT\t{f:.2f}\t{r['source']!r}\t{r['cue']!r}\tGOLD {r['content'][:200]}\tPRED {pred}"
                    )
            continue
        for r, g in zip(recs, Gt):
            best = max(range(len(P)), key=lambda i: sc.cover(Pt[i], g), default=None)
            found = best is not None and sc.cover(Pt[best], g) >= 0.3
            if a.what == "missed" and not found:
                print(f"{name}\tMISS\t{r['source']!r}\t{r['cue']!r}\t{r['content'][:160]}")
            elif a.what == "speaker" and found and sc.spk_ok(r["source"], P[best]) is False:
                p = P[best]
                print(
                    f"{name}\tSPK\tgold={r['source']!r}\tpred={p.get('speaker')!r}/{p.get('speaker_name')!r}\t{r['content'][:120]}"
                )


if __name__ == "__main__":
    main()
