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

import argparse
import json
from collections import Counter
from pathlib import Path

from onrecord.actors import load_kb
from onrecord.actors.identity import fold
from onrecord.article import ArticleInput
from onrecord.evaluation import polnear_date, polnear_documents
from onrecord.pipeline import Extractor


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", type=Path)
    ap.add_argument("--list", action="store_true", help="list every such actor")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    a = ap.parse_args()
    kb = load_kb()
    people = {
        e.name: [n for n in (e.name, *e.aliases) if len(n.split()) >= 2]
        for e in kb.entries.values()
        if e.kind == "person"
    }
    ex = Extractor(kb=kb)
    docs = list(polnear_documents(a.split))[: a.limit]
    names: Counter = Counter()
    holding = statements = 0
    rows = []
    records = ex.extract_many(ArticleInput(text=t, published=polnear_date(n)) for n, t in docs)
    for (doc, text), rec in zip(docs, records):
        folded = f" {fold(text)} "
        used: Counter = Counter()
        words: dict[str, Counter] = {}
        for q in rec.quotes:
            for m in (q.speaker, q.addressee, *(q.speakers or [])):
                if m is not None and m.actor:
                    used[m.actor] += 1
                    words.setdefault(m.actor, Counter())[m.text] += 1
        for actor in rec.actors:
            full = people.get(actor.name) if actor.kind == "person" else None
            if full is None or any(f" {fold(n)} " in folded for n in full):
                continue
            names[actor.name] += 1
            holding += used[actor.id] > 0
            statements += used[actor.id]
            said = ", ".join(f"{w} ({c})" for w, c in words.get(actor.id, Counter()).items())
            rows.append((doc, actor.name, actor.country, used[actor.id], said))
    print(
        json.dumps(
            {
                "articles": len(docs),
                "actors": sum(names.values()),
                "distinct_people": len(names),
                "holding_statements": holding,
                "statements": statements,
            }
        )
    )
    if a.list:
        for row in rows:
            print("\t".join(map(str, row)))


if __name__ == "__main__":
    main()
