#!/usr/bin/env python3
"""Every article's actors, written out, and what changed between two such dumps.

No scorer reads an actor's country or kind, nor the knowledge-base person a name was linked
to, yet an analyst sees them on every actor page. This dumps them for each article of a split
(``dump``) so that two commits can be compared article by article (``diff``): each actor
(name, kind, country) that one dump has and the other lacks.

Usage::

    .venv/bin/python benchmarks/actor_changes.py dump ../shared/data/polnear/train OUT.jsonl
    .venv/bin/python benchmarks/actor_changes.py diff BEFORE.jsonl AFTER.jsonl

``dump`` runs the whole pipeline, each article with its publication date (about three minutes
for PolNeAR train); each line holds an article's actors and its statements' speakers. ``diff``
prints the articles that differ and their count.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

Actor = tuple[str, str, str | None]


def dump(split: Path, out: Path) -> int:
    """Write one JSON line per article of ``split``; returns the number of articles."""
    from onrecord.evaluation import polnear_records
    from onrecord.pipeline import Extractor

    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for name, rec in polnear_records(split, Extractor()):
            line = {
                "doc": name,
                "actors": [
                    {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country}
                    for a in rec.actors
                ],
                "speakers": [q.speaker.actor if q.speaker else None for q in rec.quotes],
            }
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            n += 1
    return n


def _load(path: Path) -> dict[str, set[Actor]]:
    out: dict[str, set[Actor]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out[row["doc"]] = {(a["name"], a["kind"], a["country"]) for a in row["actors"]}
    return out


def diff(before: Path, after: Path) -> int:
    """Print the articles whose actors differ; returns their number."""
    a, b = _load(before), _load(after)
    changed = 0
    for doc in sorted(a.keys() | b.keys()):
        old, new = a.get(doc, set()), b.get(doc, set())
        if old == new:
            continue
        changed += 1
        print(f"== {doc}")
        for actor in sorted(old - new, key=str):
            print(f"  - {actor}")
        for actor in sorted(new - old, key=str):
            print(f"  + {actor}")
    print(f"{changed} of {len(a.keys() | b.keys())} articles differ")
    return changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write every article's actors")
    d.add_argument("split", type=Path)
    d.add_argument("out", type=Path)
    c = sub.add_parser("diff", help="the articles whose actors differ between two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
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
    diff(args.before, args.after)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
