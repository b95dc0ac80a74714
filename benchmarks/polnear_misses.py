#!/usr/bin/env python3
"""Dump attribution errors on a PolNeAR split, for error analysis.

    .venv/bin/python benchmarks/polnear_misses.py ../shared/data/polnear/dev \
        bench-output/polnear-dev.jsonl --subset direct --what speaker

``--what missed`` lists gold contents no prediction covers; ``--what speaker`` lists
found contents whose speaker is wrong; ``--what false`` lists predictions that match
no gold content; ``--what strict`` lists gold contents whose best prediction has a token
F1 under 0.8 (the strict scorer's threshold), with that prediction, to study boundaries;
``--what groups`` counts those strict misses by cause: ``miss`` (no prediction covers 30 %
of the content), ``inside-longer`` (covered, but only by a much longer prediction: usually a
nested or verb-less attribution inside one onrecord found), ``nested``/``top`` (the gold
content sits inside another gold content or not), and for near misses (F1 0.3-0.8) where
the boundaries differ: ``G-head``/``G-tail`` (the gold content starts earlier / ends later:
onrecord starts late / stops early), ``P-head``/``P-tail`` (onrecord starts early / runs on),
``inner`` (a gap or extra words inside). Punctuation and quotation marks are not tokens for
the scorers, so they never decide a match.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

from onrecord.evaluation import token_f1

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
    ap.add_argument(
        "--scorer", type=Path, default=HERE.parent.parent / "shared/tools/attrib_score.py"
    )
    ap.add_argument("--subset", choices=["all", "direct"], default="direct")
    ap.add_argument(
        "--what", choices=["missed", "speaker", "false", "strict", "groups"], default="speaker"
    )
    a = ap.parse_args()
    sc = _scorer(a.scorer)
    gold = sc.load_gold(str(a.split_dir))
    preds = {}
    for line in a.preds.open(encoding="utf-8"):
        o = json.loads(line)
        preds[o["doc"]] = o["quotes"]
    qm = re.compile(r"[\"“”«»]")
    groups: Counter[str] = Counter()
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
        if a.what == "groups":
            groups.update(_causes(sc, recs, P, Pt, Gt))
            continue
        if a.what == "strict":
            for r, g in zip(recs, Gt):
                best = max(range(len(P)), key=lambda i: token_f1(Pt[i], g), default=None)
                f = token_f1(Pt[best], g) if best is not None else 0.0
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

    if a.what == "groups":
        for cause, n in groups.most_common():
            print(f"{n:6d}  {cause}")


def _causes(sc, recs: list[dict], preds: list[dict], pt: list, gt: list) -> list[str]:  # type: ignore[no-untyped-def]
    """The cause of each strict miss of one document (see the module docstring)."""
    pairs = sorted(
        ((token_f1(pt[j], gt[i]), i, j) for i in range(len(recs)) for j in range(len(preds))),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for f, i, j in pairs:  # the strict scorer's greedy one-to-one matching
        if f < 0.8:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    out = []
    for i, r in enumerate(recs):
        if i in used_g:
            continue
        g = gt[i]
        where = (
            "nested"
            if any(
                k != i and r["content"] in recs[k]["content"] != r["content"]
                for k in range(len(recs))
            )
            else "top"
        )
        kind = "direct" if any(c in r["content"] for c in '"“”') else "indirect"
        best = max(range(len(preds)), key=lambda j: token_f1(pt[j], g), default=None)
        f = token_f1(pt[best], g) if best is not None else 0.0
        if f < 0.3:
            covered = any(sc.cover(p, g) >= 0.3 for p in pt)
            out.append(f"{'inside-longer' if covered else 'miss'}:{where}:{kind}")
            continue
        if f >= 0.8:
            out.append("taken-by-another")
            continue
        blocks = [
            b
            for b in SequenceMatcher(None, pt[best], g, autojunk=False).get_matching_blocks()
            if b.size
        ]
        p0, pe = blocks[0].a, blocks[-1].a + blocks[-1].size
        g0, ge = blocks[0].b, blocks[-1].b + blocks[-1].size
        inner = sum(b.size for b in blocks)
        parts = [
            name
            for name, on in (
                ("G-head", g0 > 0),
                ("P-head", p0 > 0),
                ("G-tail", ge < len(g)),
                ("P-tail", pe < len(pt[best])),
                ("inner", (pe - p0) > inner or (ge - g0) > inner),
            )
            if on
        ]
        out.append("boundary:" + "+".join(parts))
    return out


if __name__ == "__main__":
    main()
