#!/usr/bin/env python3
"""Ingest rate with one process, with ``--jobs 2``, and on a two-worker Dask LocalCluster.

    .venv/bin/python benchmarks/scale.py ../shared/data/polnear/train
    .venv/bin/python benchmarks/scale.py ../shared/data/polnear/train --limit 400 --memory 1000

One run, the same texts (the first ``--limit`` articles of the split, read in place) ingested
three times, each into a fresh SQLite store, through the real path (skip-known check, parallel
extraction, single-writer store writes with story clustering):

- ``jobs_1``: extraction in this process (the spaCy load is inside the timing);
- ``jobs_2``: a pool of two worker processes (their start and spaCy loads are inside);
- ``dask_2``: a LocalCluster of two single-threaded worker processes, already started (as a
  real cluster would be) but with spaCy not yet loaded on them.

Prints articles/s for each (and this process's CPU per article: with workers extracting, the
cost of the single writer, which caps what any number of workers can deliver), the
``jobs_2/jobs_1`` ratio (the target on 2 cores is ≥ 1.8), the
cluster's overhead over ``jobs_2`` (target ≤ 10 %), and with ``--memory N`` the peak resident
memory of one pool worker that extracts N articles (the texts repeated as needed; target
≤ 1 GB) and of the cluster workers. The load average is printed too: on a shared machine the
ratios are distorted, so run it on an idle one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from onrecord.ingest import ReadItem, ingest_items
from onrecord.ingest.parallel import ProcessEngine, ordered_extract
from onrecord.pipeline import ArticleInput
from onrecord.store import open_store


def _texts(split: Path, limit: int) -> list[tuple[str, str]]:
    folder = split / "text" if (split / "text").exists() else split
    paths = sorted(folder.glob("*.txt"))[:limit]
    return [(str(p), p.read_text(encoding="utf-8")) for p in paths]


def _items(texts: list[tuple[str, str]]) -> list[ReadItem]:
    return [ReadItem(ArticleInput(text=text), path) for path, text in texts]


def _ingest(texts: list[tuple[str, str]], folder: str, name: str, **kw: object) -> dict[str, float]:
    store = open_store(os.path.join(folder, f"{name}.db"))
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    statuses: dict[str, int] = {}
    try:
        for outcome in ingest_items(_items(texts), store=store, **kw):  # type: ignore[arg-type]
            statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
    finally:
        store.close()
    seconds = time.perf_counter() - t0
    # CPU of this process alone: with workers extracting, that is the single writer's cost
    # (reading, the skip-known check, store writes, clustering), which bounds any cluster.
    cpu_ms = (time.process_time() - cpu0) * 1000 / len(texts)
    return {
        "seconds": round(seconds, 1),
        "articles_per_s": round(len(texts) / seconds, 2),
        "parent_cpu_ms_per_article": round(cpu_ms, 1),
        **statuses,
    }


def _dask(texts: list[tuple[str, str]], folder: str) -> tuple[dict[str, float], float]:
    from onrecord.ingest.cluster import DaskEngine

    with DaskEngine.local(workers=2) as engine:
        result = _ingest(texts, folder, "dask_2", engine=engine)
    return result, engine.worker_peak_rss_mb


def _memory(texts: list[tuple[str, str]], n: int) -> float:
    """Peak RSS (MB) of one pool worker extracting ``n`` articles (no store)."""
    repeated = (texts * (n // len(texts) + 1))[:n]
    engine = ProcessEngine(1)
    try:
        for _ in ordered_extract(_items(repeated), engine):
            pass
    finally:
        engine.close()
    return round(engine.worker_peak_rss_mb, 1)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("split_dir", type=Path)
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument(
        "--memory",
        type=int,
        default=0,
        metavar="N",
        help="also measure one worker's peak memory over N articles",
    )
    ap.add_argument("--no-dask", action="store_true")
    a = ap.parse_args()
    texts = _texts(a.split_dir, a.limit)
    if len(texts) < a.limit:
        sys.exit(f"{a.split_dir}: only {len(texts)} articles")
    out: dict[str, object] = {
        "articles": len(texts),
        "cores": len(os.sched_getaffinity(0)),
        "load_before": os.getloadavg(),
    }
    with tempfile.TemporaryDirectory(prefix="onrecord-scale-") as folder:
        out["jobs_1"] = _ingest(texts, folder, "jobs_1", jobs=1)
        out["jobs_2"] = _ingest(texts, folder, "jobs_2", jobs=2)
        out["ratio_jobs_2_over_1"] = round(
            out["jobs_2"]["articles_per_s"] / out["jobs_1"]["articles_per_s"], 3
        )  # type: ignore[index]
        if not a.no_dask:
            dask, dask_rss = _dask(texts, folder)
            out["dask_2"] = dask
            out["dask_overhead_over_jobs_2"] = round(
                out["jobs_2"]["articles_per_s"] / dask["articles_per_s"] - 1, 3
            )  # type: ignore[index]
            out["dask_worker_peak_rss_mb"] = round(dask_rss, 1)
    if a.memory:
        out[f"pool_worker_peak_rss_mb_{a.memory}_articles"] = _memory(texts, a.memory)
    out["load_after"] = os.getloadavg()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
