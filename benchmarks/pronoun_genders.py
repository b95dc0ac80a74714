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

import sys
from collections import Counter
from pathlib import Path

from onrecord.attribution.speakers import gender_of
from onrecord.evaluation import polnear_records
from onrecord.pipeline import Extractor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _listing import listing_args, report

_WANT = {"he": "male", "she": "female"}


def main() -> None:
    a = listing_args(__doc__.splitlines()[0])
    counts: Counter = Counter()
    rows = []
    articles = 0
    for doc, rec in polnear_records(a.split, Extractor(), limit=a.limit):
        articles += 1
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
    report({"articles": articles, **counts}, rows, a.list)


if __name__ == "__main__":
    main()
