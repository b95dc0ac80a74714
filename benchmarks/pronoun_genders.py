#!/usr/bin/env python3
"""He and she speakers resolved to a person of the other gender, or to no person.

PolNeAR marks the pronoun itself as the source, so the scorers never see whom a "she" is
given to. A "she" resolved to Bill Clinton (its antecedent "Clinton" meant Hillary) puts her
statement on his actor page. This counts, over a PolNeAR split (or any folder of
``text/*.txt``), the he/she speakers resolved to a person whose name's given name (or
honorific) says the other gender, those resolved to an actor that is not a person, and those
left unresolved, and lists the first two kinds:

    .venv/bin/python benchmarks/pronoun_genders.py ../shared/data/polnear/train
    .venv/bin/python benchmarks/pronoun_genders.py ../shared/data/polnear/dev --list

Names whose gender the lists in ``attribution/data/gender.yaml`` do not give count as fitting.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from onrecord.article import ArticleInput
from onrecord.attribution.speakers import gender_of
from onrecord.evaluation import polnear_date, polnear_documents
from onrecord.pipeline import Extractor

_WANT = {"he": "male", "she": "female"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", type=Path)
    ap.add_argument("--list", action="store_true", help="list the misfits")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    a = ap.parse_args()
    ex = Extractor()
    docs = list(polnear_documents(a.split))[: a.limit]
    counts: Counter = Counter()
    rows = []
    records = ex.extract_many(ArticleInput(text=t, published=polnear_date(n)) for n, t in docs)
    for (doc, _text), rec in zip(docs, records):
        kinds = {x.id: x for x in rec.actors}
        for q in rec.quotes:
            s = q.speaker
            want = _WANT.get(s.text.lower()) if s else None
            if want is None:
                continue
            if not s.actor:
                counts["unresolved"] += 1
                continue
            actor = kinds[s.actor]
            if actor.kind != "person":
                counts["not_a_person"] += 1
                rows.append((doc, s.text, actor.name, actor.kind))
            elif gender_of(actor.name) not in (None, want):
                counts["other_gender"] += 1
                rows.append((doc, s.text, actor.name, "other gender"))
            else:
                counts["fitting"] += 1
    print(json.dumps({"articles": len(docs), **counts}))
    if a.list:
        for row in rows:
            print("\t".join(row))


if __name__ == "__main__":
    main()
