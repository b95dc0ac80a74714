"""What the name benchmarks share (``surname_actors.py``, ``bare_kb_names.py``,
``pronoun_genders.py``): a split to read, ``--list`` and ``--limit``, the mentions a record's
statements give each actor, and a JSON summary line followed, with ``--list``, by one
tab-separated row per case found."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from onrecord.record import Record


def listing_args(description: str) -> argparse.Namespace:
    """The command line: the split folder, ``--list`` and ``--limit``."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("split", type=Path)
    ap.add_argument("--list", action="store_true", help="list every case found")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    return ap.parse_args()


def report(summary: dict, rows: Iterable[tuple], show: bool) -> None:
    """The summary as one JSON line, then the rows when ``show``."""
    print(json.dumps(summary))
    if show:
        for row in rows:
            print("\t".join(map(str, row)))


def mentions_by_actor(rec: Record) -> dict[str, Counter]:
    """For each actor id, the texts of the speaker, addressee and joint-party mentions the
    record's statements resolve to it, with their counts."""
    out: dict[str, Counter] = {}
    for q in rec.quotes:
        for m in (q.speaker, q.addressee, *(q.speakers or [])):
            if m is not None and m.actor:
                out.setdefault(m.actor, Counter())[m.text] += 1
    return out
