#!/usr/bin/env python3
"""Throughput and memory of extraction against spaCy's parse alone, on the same texts.

    .venv/bin/python benchmarks/throughput.py ../shared/data/polnear/dev
    .venv/bin/python benchmarks/throughput.py ../shared/data/polnear/train --limit 1000 --memory

Prints docs/s for (a) the spaCy pipeline alone, (b) the full extraction (parse +
attribution + actors + events), the ratio, and the time spent in each stage after the
parse: each stage the best of the runs, timed right after that run's parse. Their sum over
the parse, ``stages_over_parse``, is the steadier cost figure; the whole-run ratio also
swings with the machine between its two timings. ``--memory`` instead streams the texts
through the extractor alone and reports the process's peak resident memory (Linux), as an
ingest of that many articles would use.
Run it on an idle machine; it takes the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from onrecord.actors import ArticleActors
from onrecord.article import ArticleInput
from onrecord.attribution import find_attributions
from onrecord.events import code_events
from onrecord.nlp import given_text, parse_many
from onrecord.pipeline import Extractor, _to_quote


def _texts(split: Path, limit: int | None) -> list[str]:
    paths = (
        sorted((split / "text").glob("*.txt"))
        if (split / "text").exists()
        else sorted(split.glob("*.txt"))
    )
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if limit:
        while len(texts) < limit:
            texts += texts[: limit - len(texts)]
        texts = texts[:limit]
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("split_dir", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--memory", action="store_true")
    a = ap.parse_args()
    texts = _texts(a.split_dir, a.limit)
    if a.memory:
        _memory(texts)
        return
    ex = Extractor()
    nlp = ex.nlp
    list(parse_many(nlp, texts[:5], ex.batch_size))  # warm up

    parse_best = full_best = float("inf")
    stages = {"attribution": float("inf"), "actors": float("inf"), "events": float("inf")}
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        docs = list(parse_many(nlp, texts, ex.batch_size))
        parse_best = min(parse_best, time.perf_counter() - t0)

        # each stage after the parse, on the docs just parsed, back to back with the parse
        # (steadier than the difference of two whole runs)
        spent = dict.fromkeys(stages, 0.0)
        for doc in docs:
            t0 = time.perf_counter()
            atts = find_attributions(doc)
            t1 = time.perf_counter()
            actors = ArticleActors(doc, kb=ex.kb)
            quotes = [_to_quote(i, x, actors, given_text(doc)) for i, x in enumerate(atts, 1)]
            t2 = time.perf_counter()
            code_events(doc, quotes, actors)
            t3 = time.perf_counter()
            spent["attribution"] += t1 - t0
            spent["actors"] += t2 - t1
            spent["events"] += t3 - t2
        stages = {k: min(v, spent[k]) for k, v in stages.items()}

        t0 = time.perf_counter()
        for _rec in ex.extract_many(ArticleInput(text=t) for t in texts):
            pass
        full_best = min(full_best, time.perf_counter() - t0)

    n = len(texts)
    out = {
        "docs": n,
        "parse_docs_per_s": round(n / parse_best, 2),
        "extract_docs_per_s": round(n / full_best, 2),
        "extract_cost_over_parse": round(full_best / parse_best - 1, 4),
        "stage_share_of_parse": {k: round(v / parse_best, 4) for k, v in stages.items()},
        "stages_over_parse": round(sum(stages.values()) / parse_best, 4),
    }
    print(json.dumps(out))


def _memory(texts: list[str]) -> None:
    """Peak memory of one process extracting every text as a stream (records not kept)."""
    ex = Extractor()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    n = quotes = 0
    for rec in ex.extract_many(ArticleInput(text=t) for t in texts):
        n += 1
        quotes += len(rec.quotes)
    print(
        json.dumps(
            {
                "docs": n,
                "quotes": quotes,
                "seconds": round(time.perf_counter() - t0, 1),
                "rss_after_model_load_mb": round(base, 1),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
