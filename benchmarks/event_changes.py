#!/usr/bin/env python3
"""Every article's events, written out, and what changed between two such dumps.

The event scorers (``benchmarks/eval_events.py``) read sentences about acts between states.
Political news at home holds few such acts, yet the coder reads its words of campaigns ("Cruz
captured Texas", "ads targeting Trump", "Clinton is looking for a strong showing") and an
analyst sees what it makes of them on every actor page and in every dyad's escalation index.
This dumps, for each article of a split, each event with its trigger (``dump``), so that two
commits can be compared (``diff``): the events per type in each, and each event (type,
trigger, source, target, sentence) one has and the other lacks, to be read.

Usage::

    .venv/bin/python benchmarks/event_changes.py dump ../shared/data/polnear/train OUT.jsonl
    .venv/bin/python benchmarks/event_changes.py diff BEFORE.jsonl AFTER.jsonl [--list]

``dump`` runs the whole pipeline, each article with its publication date (about four minutes
for PolNeAR train). ``diff`` prints the counts per type and, with ``--list``, the events that
differ, article by article.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

# (type, trigger, source name, target name, sentence start, sentence)
Coded = tuple[str, str, str | None, str | None, int, str]


def dump(split: Path, out: Path) -> int:
    """Write one JSON line per article of ``split``; returns the number of articles."""
    from onrecord.evaluation import polnear_date, polnear_documents
    from onrecord.pipeline import ArticleInput, Extractor

    ex = Extractor()
    articles = [
        (name, ArticleInput(text=text, published=polnear_date(name)))
        for name, text in polnear_documents(split)
    ]
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        parsed = ex.parsed(article for _, article in articles)
        for (name, _), (doc, article) in zip(articles, parsed, strict=True):
            record, _, coded = ex.from_doc_detailed(doc, article)
            names = {a.id: a.name for a in record.actors}
            events = [
                (
                    c.event.type,
                    c.trigger,
                    names.get(c.event.source or ""),
                    names.get(c.event.target or ""),
                    c.event.start,
                    c.event.text,
                )
                for c in coded
            ]
            fh.write(json.dumps({"doc": name, "events": events}, ensure_ascii=False) + "\n")
            n += 1
    return n


def _load(path: Path) -> dict[str, list[Coded]]:
    out: dict[str, list[Coded]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out[row["doc"]] = [tuple(e) for e in row["events"]]  # type: ignore[misc]
    return out


def diff(before: Path, after: Path, *, listing: bool = False) -> int:
    """Print the events per type in each dump (and, with ``listing``, the events that
    differ); returns the number of articles whose events differ."""
    a, b = _load(before), _load(after)
    types_a = Counter(e[0] for events in a.values() for e in events)
    types_b = Counter(e[0] for events in b.values() for e in events)
    print(f"events: {sum(types_a.values())} -> {sum(types_b.values())}")
    for t in sorted(types_a.keys() | types_b.keys()):
        mark = "" if types_a[t] == types_b[t] else "  *"
        print(f"  {t:<10} {types_a[t]:>6} -> {types_b[t]:>6}{mark}")
    changed = 0
    for doc in sorted(a.keys() | b.keys()):
        old, new = Counter(a.get(doc, [])), Counter(b.get(doc, []))
        if old == new:
            continue
        changed += 1
        if not listing:
            continue
        print(f"== {doc}")
        for sign, events in (("-", old - new), ("+", new - old)):
            for t, trigger, src, tgt, _, sentence in sorted(events, key=lambda e: (e[4], e[0])):
                print(f"  {sign} {t} [{trigger}] {src} -> {tgt} | {sentence[:160]!r}")
    print(f"{changed} of {len(a.keys() | b.keys())} articles differ")
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write every article's events")
    d.add_argument("split", type=Path)
    d.add_argument("out", type=Path)
    c = sub.add_parser("diff", help="the events per type, and what differs, between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--list", action="store_true", help="list the events that differ")
    args = ap.parse_args(argv)
    if args.command == "dump":
        if not args.split.is_dir():
            print(f"{args.split}: no such split directory", file=sys.stderr)
            return 2
        print(f"{dump(args.split, args.out)} articles written to {args.out}", file=sys.stderr)
        return 0
    for path in (args.before, args.after):
        if not path.is_file():
            print(f"{path}: no such dump", file=sys.stderr)
            return 2
    diff(args.before, args.after, listing=args.list)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
