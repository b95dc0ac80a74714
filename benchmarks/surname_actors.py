#!/usr/bin/env python3
"""Actors that are not people but carry the surname of a person the same article names.

The scorers compare words, so they do not see a statement filed under the wrong actor: when
"Kasich" in "Kasich said ..." becomes a group of its own instead of John Kasich, the
statement is missing from his actor page and the scored figures do not move. This counts, over
a PolNeAR split (or any folder of ``text/*.txt``), the actors of a record that are not a person
but whose name is the last word of a person's name in the same record, how many of them hold
statements, and lists them:

    .venv/bin/python benchmarks/surname_actors.py ../shared/data/polnear/train
    .venv/bin/python benchmarks/surname_actors.py ../shared/data/polnear/dev --list

Some are right (the outlet "Bloomberg" next to Michael Bloomberg); the count is for reading
the list, not a score.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from onrecord.evaluation import polnear_records
from onrecord.pipeline import Extractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _listing import listing_args, mentions_by_actor, report


def main() -> None:
    a = listing_args(__doc__.splitlines()[0])
    kinds: Counter = Counter()
    holding = mentions = articles = 0
    rows = []
    for name, rec in polnear_records(a.split, Extractor(), limit=a.limit):
        articles += 1
        surnames = {
            p.name.split()[-1].lower(): p.name
            for p in rec.actors
            if p.kind == "person" and len(p.name.split()) >= 2
        }
        used = Counter({a: sum(c.values()) for a, c in mentions_by_actor(rec).items()})
        for actor in rec.actors:
            key = actor.name.lower().removesuffix("'s").removesuffix("’s")
            if actor.kind == "person" or key not in surnames:
                continue
            kinds[actor.kind] += 1
            holding += used[actor.id] > 0
            mentions += used[actor.id]
            rows.append((name, actor.kind, actor.name, surnames[key], used[actor.id]))
    summary = {
        "articles": articles,
        "actors": sum(kinds.values()),
        "by_kind": dict(kinds),
        "holding_statements": holding,
        "mentions": mentions,
    }
    report(summary, rows, a.list)


if __name__ == "__main__":
    main()
