"""CPU time of one dyad timeline, in process, on the web-latency store.

The web benchmark (``web_latency.py``) measures what a user waits for, which on a shared
2-core machine depends as much on the machine's load as on the code. This one measures only
the work a timeline request costs the server: the process's CPU time (not wall time) for
``analysis.dyad_timeline`` plus its JSON encoding, with the garbage collector set as
``onrecord serve`` sets it, over the same random pairs of fictional
states the web benchmark asks for, repeated, reporting the median and the 90th percentile.
Because CPU time barely moves with other processes' load, two versions of the code can be
compared on a busy machine, e.g. the previous commit checked out in a worktree::

    .venv/bin/python benchmarks/timeline_cpu.py
    PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/timeline_cpu.py   # another checkout
    .venv/bin/python benchmarks/timeline_cpu.py --copies                  # see below

Build the store first with ``benchmarks/web_latency.py`` (it is reused). Its articles are
bulk-inserted without story signatures, whereas a real ingest signs every article and groups
syndicated copies. ``--copies`` measures a variant (``bench-output/web-latency-copies.db``,
made once from the store): every article signed, and one article in four a copy of the one
published before it, in a story of two, as on a store of wire-heavy news. Not a timed test.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

import onrecord
from onrecord.analysis import dyad_timeline
from onrecord.store.core import open_store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from web_latency import DEFAULT_DB, STATES  # noqa: E402 - the sibling script, found via sys.path


def with_copies(db: Path) -> Path:
    """The variant of the SQLite store ``db`` with signatures and syndicated copies (made once)."""
    variant = db.with_name(db.stem + "-copies" + db.suffix)
    if variant.exists():
        return variant
    partial = variant.with_suffix(".partial")
    shutil.copyfile(db, partial)
    with sqlite3.connect(partial) as conn:
        conn.execute("DELETE FROM article_signatures")
        conn.execute("DELETE FROM story_clusters")
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY published_date, id")]
        signature = bytes(512)  # never compared here: only the grouping is read
        clusters, members = [], []
        i = 0
        while i < len(ids):
            story = len(clusters) + 1
            if i % 4 == 0 and i + 1 < len(ids):  # this article and its copy
                clusters.append((story, ids[i], 2))
                members += [(ids[i], story, signature, None), (ids[i + 1], story, signature, 0.9)]
                i += 2
            else:
                clusters.append((story, ids[i], 1))
                members.append((ids[i], story, signature, None))
                i += 1
        conn.executemany("INSERT INTO story_clusters VALUES (?, ?, ?)", clusters)
        conn.executemany("INSERT INTO article_signatures VALUES (?, ?, ?, ?)", members)
        conn.execute("ANALYZE")
    partial.rename(variant)
    return variant


def settle() -> None:
    """The garbage-collector settings of a server process (older checkouts: a plain freeze)."""
    try:
        from onrecord.web.app import settle_gc
    except ImportError:
        gc.collect()
        gc.freeze()
    else:
        settle_gc()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=str(DEFAULT_DB), help="the store (SQLite path or URL)")
    ap.add_argument("--pairs", type=int, default=60, help="random pairs per round (default 60)")
    ap.add_argument("--rounds", type=int, default=5, help="rounds over the same pairs (default 5)")
    ap.add_argument("--by", default="month", choices=["day", "week", "month"])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--copies", action="store_true", help="measure the variant with syndicated copies"
    )
    args = ap.parse_args(argv)
    if "://" not in args.db and not Path(args.db).exists():
        raise SystemExit(f"{args.db}: no such store (build it with benchmarks/web_latency.py)")
    if args.copies:
        args.db = str(with_copies(Path(args.db)))
    url = args.db if "://" in args.db else f"sqlite:///{args.db}"
    store = open_store(url, migrate_schema=False)
    rng = random.Random(args.seed)
    codes = [code for code, _ in STATES]
    pairs = [tuple(rng.sample(codes, 2)) for _ in range(args.pairs)]

    def one(a: str, b: str) -> tuple[float, int]:
        start = time.process_time()
        tl = dyad_timeline(store, a, b, by=args.by, both_directions=True)
        json.dumps(tl.to_dict())
        return time.process_time() - start, sum(p.events for p in tl.periods)

    one(*pairs[0])  # warm: statement compilation, the engine's pool
    settle()  # as the server's start-up does
    times: list[float] = []
    groups = 0
    for _ in range(args.rounds):
        for a, b in pairs:
            spent, n = one(a, b)
            times.append(spent)
            groups += n
    times.sort()
    print(
        f"onrecord from {Path(onrecord.__file__).parent} · {len(pairs)} pairs × {args.rounds} rounds · "
        f"by {args.by}, both directions · {groups / len(times):.0f} event groups per timeline"
    )
    print(
        f"CPU ms per timeline: median {statistics.median(times) * 1e3:.1f} · "
        f"p90 {times[int(len(times) * 0.9)] * 1e3:.1f} · max {times[-1] * 1e3:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
