#!/usr/bin/env python3
"""Score the events' stated dates against the team's gold set, and count them on real news.

    .venv/bin/python benchmarks/eval_dates.py [--gold tests/events/data/stated_dates.yaml]
        [--polnear ../shared/data/polnear/dev] [--misses]

The gold (written by the team: 18 fictional articles, 141 acts) gives the date the text
states for each act under the rule of docs/events.md (*Stated dates*), or null. Prints one
JSON line with the gold figures (:func:`onrecord.evaluation.stated_date_figures`: accuracy,
precision of the dates given, recall of the gold's dates, ``wrong_date``: an event moved to a
day it did not happen), and, with ``--polnear``, how many events of that split carry a stated
date (PolNeAR has no gold for dates: check a sample by hand with ``--show N``).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import yaml

from onrecord.evaluation import STATED_DATES_GOLD, polnear_records, stated_date_figures
from onrecord.pipeline import Extractor


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--gold", type=Path, default=STATED_DATES_GOLD)
    ap.add_argument("--polnear", type=Path, default=None, help="a PolNeAR split directory")
    ap.add_argument("--show", type=int, default=0, help="print N random dated PolNeAR events")
    ap.add_argument("--misses", action="store_true", help="print each gold act dated wrongly")
    a = ap.parse_args()
    extractor = Extractor()
    misses: list[str] = []
    articles = yaml.safe_load(a.gold.read_text(encoding="utf-8"))
    out: dict = {"gold": stated_date_figures(articles, extractor, misses=misses)}
    if a.polnear is not None:
        dated = []
        total = 0
        for _, rec in polnear_records(a.polnear, extractor):
            total += len(rec.events)
            dated += [(rec.published, e) for e in rec.events if e.date]
        out["polnear"] = {"events": total, "dated": len(dated)}
        for published, e in random.Random(0).sample(dated, min(a.show, len(dated))):
            print(f"  {published} -> {e.date} {e.type} | {e.text[:200]}")
    if a.misses:
        print("\n".join(f"  {m}" for m in misses))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
