"""Evaluate the event coder: cross-validated on events_train, and on the PLOVER dev records.

Usage::

    .venv/bin/python benchmarks/eval_events.py [--no-cv] [--no-dev] [--rules-only]
        [--data DIR] [--dev PATH] [--misses N] [--json]

How each figure is obtained (the same way the held-out sets are scored):

* every sentence is extracted as its own article through the real pipeline
  (:class:`onrecord.pipeline.Extractor`: attribution, actors, events) and its **first** coded
  event is compared with the gold one; a sentence with no event counts as a miss ("NONE");
* **cross-validation** (``../shared/data/events_train``, both files): 5 folds over the distinct
  sentences of the union (a sentence in both files is one item, so it never sits on both
  sides), a model trained on four folds codes the fifth. PLOVER type macro-F1 over the
  sentences with a PLOVER type (YIELD = CONCEDE + RETREAT); penta macro-F1 over those with a
  penta class, read off the event's CAMEO root (01–02 / 03–05 / 06–08 / 09–13 / 14–20);
  per-class tables and confusion matrices (rows gold, columns predicted);
* **arguments**: over ``plover_sentences.tsv``, the first event's source (target) is right
  when the gold ``<s>`` (``<t>``) span resolves to the same actor or names it (name or alias
  inside the span); misses are grouped by cause;
* **dev records** (``../shared/data/plover/PLOVER_GSR_CAMEO.dev.json``, never trained on): the
  shipped model; type accuracy/macro-F1 (old names DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→
  ACCUSE, FIGHT→ASSAULT; CONCEDE/RETREAT→YIELD on both sides as in training), quad accuracy.

``--rules-only`` scores the lexicon coder without the model (the figures before the model).
Needs the ``train`` extra for cross-validation.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from onrecord.events.gold import DEV_RECORDS, TRAIN_DIR, dev_figures, load_dev, load_union
from onrecord.pipeline import Extractor

DEV = DEV_RECORDS


def miss_cause(o: Any, side: str) -> str:
    """Why the first event's source or target is not the gold one (a rough, parse-based cause)."""
    from onrecord.events.gold import GoldSpan

    if o.event is None:
        return "no event"
    spans0 = [p[0 if side == "source" else 1] for p in o.parsed.item.pairs]
    if spans0 and all(g is not None and g.implicit for g in spans0):
        return "an actor where the gold names none"
    if not o.detail.get("gold_is_actor", [True, True])[0 if side == "source" else 1]:
        return "gold span names no actor"
    doc = o.parsed.doc
    spans: list[GoldSpan] = [
        p[0 if side == "source" else 1]
        for p in o.parsed.item.pairs
        if p[0 if side == "source" else 1]
    ]
    if not spans:
        return "no gold span"
    g = spans[0]
    toks = [t for t in doc if t.idx < g.end and g.start < t.idx + len(t.text)]
    if not toks:
        return "other"
    root = min(toks, key=lambda t: sum(1 for _ in t.ancestors))
    actor = o.event.source if side == "source" else o.event.target
    if any(t.dep_ in {"nsubjpass", "agent", "auxpass"} for t in doc):
        if side == "source" or root.dep_ == "nsubjpass":
            return "passive"
    if root.dep_ == "poss" or any(t.dep_ == "poss" for t in toks):
        return "possessive"
    if (
        root.dep_ == "appos"
        or any(c.dep_ == "appos" for c in root.children)
        or root.head.dep_ == "appos"
    ):
        return "apposition"
    if any(c.dep_ == "conj" for c in root.children) or root.dep_ == "conj" or " and " in g.text:
        return "coordination (X and Y)"
    if root.ent_type_ == "NORP" or root.dep_ == "amod":
        return "country by adjective"
    if root.dep_ == "pobj":
        return "inside a prepositional phrase"
    if actor is None:
        return "argument not found"
    return "other actor chosen"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=TRAIN_DIR)
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--no-dev", action="store_true")
    ap.add_argument("--rules-only", action="store_true", help="the lexicon coder without the model")
    ap.add_argument(
        "--misses", type=int, default=0, help="print this many argument misses per cause"
    )
    ap.add_argument("--json", action="store_true", help="print everything as one JSON object")
    args = ap.parse_args(argv)
    out: dict[str, Any] = {}
    ex = Extractor(event_model=None if args.rules_only else "packaged")
    if not args.no_cv:
        if not (args.data / "plover_sentences.tsv").exists():
            print(f"{args.data}: not found (the shared data lives in ../shared)", file=sys.stderr)
            return 2
        from onrecord.events import training as tr

        t0 = time.perf_counter()
        plain = Extractor(event_model=None)
        parsed = tr.parse_items(load_union(args.data), plain)
        if args.rules_only:
            outcomes = tr.code_items(parsed, None, plain)
        else:
            outcomes = tr.cross_validate(parsed, plain, 5)
        figs = tr.figures(outcomes)
        causes: dict[str, Counter[str]] = {"source": Counter(), "target": Counter()}
        examples: dict[tuple[str, str], list[str]] = {}
        for o in outcomes:
            for side, ok in (("source", o.source_ok), ("target", o.target_ok)):
                if ok is False:
                    c = miss_cause(o, side)
                    causes[side][c] += 1
                    examples.setdefault((side, c), []).append(
                        f"{o.parsed.item.text[:160]}\n      coded {o.detail.get(side)!r}, gold {[p[0 if side == 'source' else 1] for p in o.detail.get('gold', [])]}"
                    )
        figs["arguments"]["misses_by_cause"] = {k: dict(v.most_common()) for k, v in causes.items()}
        figs["confidence_floors"] = tr.confidence_table(outcomes)
        figs["seconds"] = round(time.perf_counter() - t0, 1)
        out["cross_validated" if not args.rules_only else "rules_only"] = figs
        if args.misses:
            for (side, c), exs in sorted(examples.items()):
                print(f"== {side} / {c} ({len(exs)})", file=sys.stderr)
                for e in exs[: args.misses]:
                    print("   " + e, file=sys.stderr)
    if not args.no_dev:
        if not args.dev.exists():
            print(f"{args.dev}: not found (the shared data lives in ../shared)", file=sys.stderr)
            return 2
        out["dev_records"] = dev_figures(load_dev(args.dev), ex)
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    for name, figs in out.items():
        print(f"## {name}")
        if "plover" in figs:
            for head in ("plover", "penta"):
                f = figs[head]
                print(
                    f"{head}: macro-F1 {f['macro_f1']}  accuracy {f['accuracy']}  no event {f['no_event']}/{f['sentences']}"
                )
                for lab, row in f["per_class"].items():
                    print(
                        f"   {lab:10} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}  n {row['support']}"
                    )
                print("   confusion (gold: predicted counts): ")
                for lab, row in f["confusion"].items():
                    print(
                        f"   {lab:10} "
                        + ", ".join(
                            f"{k} {v}" for k, v in sorted(row.items(), key=lambda kv: -kv[1])
                        )
                    )
            a = figs["arguments"]
            print(
                f"arguments ({a['sentences']}): source {a['source']}  target {a['target']}  both {a['both']}"
            )
            for side, c in a["misses_by_cause"].items():
                print(f"   {side} misses: " + ", ".join(f"{k} {v}" for k, v in c.items()))
            print(
                f"mean confidence of first events: {figs['confidence_mean']}; {figs['seconds']} s"
            )
            if figs.get("confidence_floors"):
                print(
                    "minimum confidence -> share of first events kept, type accuracy of those kept:"
                )
                for row in figs["confidence_floors"]:
                    print(
                        f"   >= {row['floor']:.1f}: kept {row['kept']:.3f}, accuracy {row['accuracy']:.3f}"
                    )
        else:
            print(json.dumps(figs, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
