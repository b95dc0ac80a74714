"""What the name benchmarks share (``surname_actors.py``, ``bare_kb_names.py``,
``pronoun_genders.py``): a split to read, ``--list`` and ``--limit``, and a JSON summary line
followed, with ``--list``, by one tab-separated row per case found."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path


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
