#!/usr/bin/env python3
"""Knowledge-base people an article never names in full: read off one word of it.

A bare word is weak evidence. "Fox" in a 2016 article about the Republican debates is the
network, not Mexico's former president; "Ky." is Kentucky, not Aung San Suu Kyi; "Paul" is
Rand Paul or Paul Ryan, not John Paul II. Each such reading puts a person on an actor page
who is not in the article, with the statements given to the word. This counts, over a
PolNeAR split (or any folder of ``text/*.txt``), the person actors a record resolves to a
knowledge-base person whose name (or an alias of two words or more) the article never
writes, how many hold statements, and lists them with the words the article used, for
reading (many are right: "Obama", "Merkel"):

    .venv/bin/python benchmarks/bare_kb_names.py ../shared/data/polnear/train
    .venv/bin/python benchmarks/bare_kb_names.py ../shared/data/polnear/dev --list
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from onrecord.actors import load_kb
from onrecord.actors.identity import fold
from onrecord.evaluation import polnear_records
from onrecord.pipeline import Extractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _listing import listing_args, mentions_by_actor, report


def main() -> None:
    a = listing_args(__doc__.splitlines()[0])
    kb = load_kb()
    people = {
        e.name: [n for n in (e.name, *e.aliases) if len(n.split()) >= 2]
        for e in kb.entries.values()
        if e.kind == "person"
    }
    names: Counter = Counter()
    holding = statements = articles = 0
    rows = []
    for doc, rec in polnear_records(a.split, Extractor(kb=kb), limit=a.limit):
        articles += 1
        folded = f" {fold(rec.text)} "
        words = mentions_by_actor(rec)
        used = Counter({a: sum(c.values()) for a, c in words.items()})
        for actor in rec.actors:
            full = people.get(actor.name) if actor.kind == "person" else None
            if full is None or any(f" {fold(n)} " in folded for n in full):
                continue
            names[actor.name] += 1
            holding += used[actor.id] > 0
            statements += used[actor.id]
            said = ", ".join(f"{w} ({c})" for w, c in words.get(actor.id, Counter()).items())
            rows.append((doc, actor.name, actor.country, used[actor.id], said))
    summary = {
        "articles": articles,
        "actors": sum(names.values()),
        "distinct_people": len(names),
        "holding_statements": holding,
        "statements": statements,
    }
    report(summary, rows, a.list)


if __name__ == "__main__":
    main()
