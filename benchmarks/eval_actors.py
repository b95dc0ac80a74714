"""Country-code accuracy of actor resolution on the PLOVER gold-standard records.

Each record of ``PLOVER_GSR_CAMEO.dev.json`` (skipping ``event == "DOCUMENT"``) has a
sentence ``text`` and ``source`` / ``target`` lists of ``{actorText, code, ...}``. For every
gold actor we find ``actorText`` in the sentence, parse the sentence once, resolve the span
with ``ArticleActors(doc).resolve_span`` and compare the resolved actor's ``country`` with the
gold code.

Scoring of gold codes:

* ISO 3166-1 alpha-3 codes (``RUS``) must match exactly; CAMEO's own country codes are
  mapped to ISO first (``JAP`` → ``JPN``, ``ROM`` → ``ROU``).
* ``IGO`` (any intergovernmental organisation) matches any IGO code we give (``UNO``,
  ``NATO``, ``EUR`` ...), i.e. a code that is not an ISO country.
* ``NGO`` and ``IMG`` (non-governmental / international militarised group: no state) match
  a resolution with no country (an actor with ``country`` null, or no actor at all).
* ``actorText`` is located exactly, then case-insensitively, then (for gold texts with
  ``...``) as the stretch from its first to its last fragment; a gold text that cannot be
  located counts as a miss.

Usage::

    python benchmarks/eval_actors.py [--data PATH] [--misses] [--half dev|held|all]

Prints one JSON summary line (``accuracy`` is over all gold actors). ``--half`` scores the
even (``dev``) or odd (``held``) records only, for checking that a change generalises.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from onrecord.actors import ArticleActors, load_kb
from onrecord.events.gold import NON_STATE
from onrecord.events.gold import code_matches as score
from onrecord.nlp import load_pipeline, parse

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/plover/PLOVER_GSR_CAMEO.dev.json"


def locate(actor_text: str, text: str) -> tuple[int, int] | None:
    """Character span of a gold actor text inside its sentence, or None."""
    needle = actor_text.strip()
    if not needle:
        return None
    i = text.find(needle)
    if i >= 0:
        return i, i + len(needle)
    i = text.lower().find(needle.lower())
    if i >= 0:
        return i, i + len(needle)
    parts = [p.strip() for p in re.split(r"\.\.\.?|…", needle) if p.strip()]
    if len(parts) > 1:
        start = text.find(parts[0])
        end_part = text.find(parts[-1], start + len(parts[0])) if start >= 0 else -1
        if start >= 0 and end_part >= 0:
            return start, end_part + len(parts[-1])
    return None


def evaluate(
    records: list[dict[str, Any]], *, half: str = "all"
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Resolve every gold actor; return (summary, misses)."""
    nlp = load_pipeline()
    kb = load_kb()
    recs = [r for r in records if r.get("event") != "DOCUMENT"]
    if half != "all":
        recs = [r for n, r in enumerate(recs) if (n % 2 == 0) == (half == "dev")]
    total = correct = unlocated = 0
    by_kind: dict[str, list[int]] = {}
    misses: list[dict[str, Any]] = []
    started = time.perf_counter()
    resolve_time = 0.0
    for rec in recs:
        gold_actors = [
            a
            for side in ("source", "target")
            if isinstance(rec.get(side), list)
            for a in rec[side]
            if isinstance(a, dict) and a.get("code")
        ]
        if not gold_actors:
            continue
        text = rec["text"]
        doc = parse(nlp, text)  # as the pipeline parses it (odd spaces read as spaces)
        t0 = time.perf_counter()
        actors = ArticleActors(doc, kb=kb, published=None)
        resolve_time += time.perf_counter() - t0
        for a in gold_actors:
            gold = str(a["code"])
            kind = "IGO" if gold == "IGO" else "non-state" if gold in NON_STATE else "country"
            total += 1
            span = locate(str(a["actorText"]), text)
            predicted = None
            name = None
            if span is None:
                unlocated += 1
                ok = False
            else:
                t0 = time.perf_counter()
                actor = actors.actor_at(*span)
                resolve_time += time.perf_counter() - t0
                predicted = actor.country if actor else None
                name = actor.name if actor else None
                ok = score(gold, predicted)
            correct += ok
            by_kind.setdefault(kind, [0, 0])
            by_kind[kind][0] += ok
            by_kind[kind][1] += 1
            if not ok:
                misses.append(
                    {
                        "id": rec.get("id"),
                        "actorText": a["actorText"],
                        "gold": gold,
                        "predicted": predicted,
                        "actor": name,
                        "text": text,
                    }
                )
    summary = {
        "data": "PLOVER_GSR_CAMEO.dev.json",
        "half": half,
        "records": len(recs),
        "gold_actors": total,
        "correct": correct,
        "accuracy": round(correct / total, 4) if total else None,
        "unlocated": unlocated,
        "by_gold_kind": {
            k: {"n": v[1], "accuracy": round(v[0] / v[1], 4)} for k, v in by_kind.items()
        },
        "resolve_seconds": round(resolve_time, 3),
        "total_seconds": round(time.perf_counter() - started, 3),
    }
    return summary, misses


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PLOVER GSR JSON file")
    ap.add_argument("--misses", action="store_true", help="also print each miss as a JSON line")
    ap.add_argument(
        "--half",
        choices=("all", "dev", "held"),
        default="all",
        help="score all records, the even ones (dev) or the odd ones (held)",
    )
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data}: not found", file=sys.stderr)
        return 2
    records = json.loads(args.data.read_text(encoding="utf-8"))
    summary, misses = evaluate(records, half=args.half)
    if args.misses:
        for m in misses:
            print(json.dumps(m, ensure_ascii=False))
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
