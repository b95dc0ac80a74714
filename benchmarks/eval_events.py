"""Evaluate the event coder on PLOVER gold records (type, quad class, source/target country).

Usage::

    .venv/bin/python benchmarks/eval_events.py [PATH.json] [--misses] [--half even|odd]

PATH defaults to ``../shared/data/plover/PLOVER_GSR_CAMEO.dev.json`` (read at run time, never
copied into the repository). Each record's ``text`` is parsed alone, coded with an
``ArticleActors`` over that text and no quotes, and the *best event* of the record is compared
with the gold ``event``:

* best event = the event whose trigger is closest to the sentence root (smallest dependency
  depth); ties go to the event with both source and target, then to the leftmost one.
  A record with no event counts as a miss (predicted type "NONE").
* old gold names are mapped: DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE,
  FIGHT->ASSAULT; records with event DOCUMENT are skipped.
* macro-F1 is the mean over the gold types present of per-type F1 ("NONE" is never a class
  of its own but its predictions count as misses).
* source/target country accuracy: over records whose gold source (target) list holds an ISO
  alpha-3 code (JAP is read as JPN), the share where the best event's source (target) actor
  has a country in that list. IGO/NGO codes are scored when the actor's kind is igo.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from onrecord.actors import ArticleActors
from onrecord.events.coder import CodedEvent, code_events_detailed
from onrecord.events.lexicon import quad_class
from onrecord.nlp import load_pipeline

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.dev.json"
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CODE_FIX = {"JAP": "JPN"}


def best_event(coded: list[CodedEvent]) -> CodedEvent | None:
    """The record's best event: shallowest trigger, then both actors known, then leftmost."""
    if not coded:
        return None
    return min(
        enumerate(coded),
        key=lambda ic: (ic[1].depth, -(ic[1].event.source is not None) - (ic[1].event.target is not None), ic[0]),
    )[1]


def _codes(side: Any) -> list[str]:
    if not isinstance(side, list):
        return []
    out = []
    for x in side:
        code = x.get("code") if isinstance(x, dict) else x
        if isinstance(code, str) and code.isalpha() and len(code) == 3:
            out.append(CODE_FIX.get(code.upper(), code.upper()))
    return out


def _country(actors: ArticleActors, actor_id: str | None) -> tuple[str | None, str | None]:
    if actor_id is None:
        return None, None
    country_of = getattr(actors, "country_of", None)
    kind = None
    for a in actors.actors():
        if a.id == actor_id:
            kind = a.kind
            if country_of is None:
                return a.country, kind
    return (country_of(actor_id) if country_of else None), kind


def _hit(gold: list[str], country: str | None, kind: str | None) -> bool:
    if country and country.upper() in gold:
        return True
    return kind == "igo" and bool({"IGO", "NGO"} & set(gold)) or (country == "UNO" and "IGO" in gold)


def evaluate(records: list[dict[str, Any]], *, misses: bool = False) -> dict[str, Any]:
    """Score the coder on gold records; returns the figures (and prints misses if asked)."""
    nlp = load_pipeline()
    gold_types: list[str] = []
    pred_types: list[str] = []
    src_hits = src_n = tgt_hits = tgt_n = covered = 0
    quad_hits = 0
    t0 = time.perf_counter()
    for rec in records:
        text = (rec.get("text") or "").strip()
        gold = OLD_NAMES.get(rec["event"], rec["event"])
        doc = nlp(text)
        actors = ArticleActors(doc)
        coded = code_events_detailed(doc, [], actors)
        best = best_event(coded)
        covered += best is not None
        pred = best.event.type if best else "NONE"
        gold_types.append(gold)
        pred_types.append(pred)
        quad_ok = pred != "NONE" and quad_class(pred) == quad_class(gold)
        quad_hits += quad_ok
        gs, gt = _codes(rec.get("source")), _codes(rec.get("target"))
        s_ok = t_ok = None
        if gs:
            src_n += 1
            s_ok = best is not None and _hit(gs, *_country(actors, best.event.source))
            src_hits += s_ok
        if gt:
            tgt_n += 1
            t_ok = best is not None and _hit(gt, *_country(actors, best.event.target))
            tgt_hits += t_ok
        if misses and (pred != gold or s_ok is False or t_ok is False):
            names = {a.id: f"{a.name}/{a.country}" for a in actors.actors()}
            b = best.event if best else None
            print(
                f"[{gold} -> {pred}] {text}\n    trigger={best.trigger if best else '-'}"
                f" src={names.get(b.source) if b and b.source else None} (gold {gs})"
                f" tgt={names.get(b.target) if b and b.target else None} (gold {gt})"
                f" all={[(c.event.type, c.trigger, c.depth) for c in coded]}"
            )
    elapsed = time.perf_counter() - t0
    n = len(gold_types)
    acc = sum(g == p for g, p in zip(gold_types, pred_types)) / n if n else 0.0
    f1s = {}
    for t in sorted(set(gold_types)):
        tp = sum(g == p == t for g, p in zip(gold_types, pred_types))
        fp = sum(p == t and g != t for g, p in zip(gold_types, pred_types))
        fn = sum(g == t and p != t for g, p in zip(gold_types, pred_types))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec_ = tp / (tp + fn) if tp + fn else 0.0
        f1s[t] = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
    return {
        "records": n,
        "type_accuracy": round(acc, 3),
        "macro_f1": round(sum(f1s.values()) / len(f1s), 3) if f1s else 0.0,
        "quad_accuracy": round(quad_hits / n, 3) if n else 0.0,
        "coverage": round(covered / n, 3) if n else 0.0,
        "source_country_accuracy": round(src_hits / src_n, 3) if src_n else None,
        "target_country_accuracy": round(tgt_hits / tgt_n, 3) if tgt_n else None,
        "source_scored": src_n,
        "target_scored": tgt_n,
        "per_type_f1": {k: round(v, 3) for k, v in f1s.items()},
        "predicted": dict(Counter(pred_types)),
        "seconds": round(elapsed, 2),
    }


def load_records(path: Path, half: str | None = None) -> list[dict[str, Any]]:
    """Gold records with a text, without DOCUMENT entries; optionally the even/odd half."""
    data = json.loads(path.read_text(encoding="utf-8"))
    recs = [r for r in data if r.get("event") != "DOCUMENT" and r.get("text")]
    if half == "even":
        recs = recs[0::2]
    elif half == "odd":
        recs = recs[1::2]
    return recs


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", action="store_true", help="print every wrong record")
    ap.add_argument("--half", choices=["even", "odd"], help="score one half of the records")
    args = ap.parse_args(argv)
    if not args.path.exists():
        print(f"{args.path}: not found (the shared data lives in ../shared)", file=sys.stderr)
        return 2
    result = evaluate(load_records(args.path, args.half), misses=args.misses)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
