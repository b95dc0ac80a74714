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

import argparse
import json
from collections import Counter
from pathlib import Path

from onrecord.article import ArticleInput
from onrecord.evaluation import polnear_date, polnear_documents
from onrecord.pipeline import Extractor


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", type=Path)
    ap.add_argument("--list", action="store_true", help="list every such actor")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    a = ap.parse_args()
    ex = Extractor()
    docs = list(polnear_documents(a.split))[: a.limit]
    kinds: Counter = Counter()
    holding = mentions = 0
    rows = []
    records = ex.extract_many(ArticleInput(text=t, published=polnear_date(n)) for n, t in docs)
    for (name, _text), rec in zip(docs, records):
        surnames = {
            p.name.split()[-1].lower(): p.name
            for p in rec.actors
            if p.kind == "person" and len(p.name.split()) >= 2
        }
        used: Counter = Counter()
        for q in rec.quotes:
            for m in (q.speaker, q.addressee, *(q.speakers or [])):
                if m is not None and m.actor:
                    used[m.actor] += 1
        for actor in rec.actors:
            key = actor.name.lower().removesuffix("'s").removesuffix("’s")
            if actor.kind == "person" or key not in surnames:
                continue
            kinds[actor.kind] += 1
            holding += used[actor.id] > 0
            mentions += used[actor.id]
            rows.append((name, actor.kind, actor.name, surnames[key], used[actor.id]))
    print(
        json.dumps(
            {
                "articles": len(docs),
                "actors": sum(kinds.values()),
                "by_kind": dict(kinds),
                "holding_statements": holding,
                "mentions": mentions,
            }
        )
    )
    if a.list:
        for row in rows:
            print("\t".join(map(str, row)))


if __name__ == "__main__":
    main()
