"""The event model where extraction runs: loaded once per process, when the extractor is made.

``--jobs N`` extracts in a pool of worker processes (:mod:`onrecord.ingest.parallel`) and the
web server in its extraction worker (:mod:`onrecord.web.worker`); both build one
:class:`~onrecord.pipeline.Extractor` at start-up, which loads the packaged model then.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from onrecord.article import ArticleInput
from onrecord.events.model import EventModel, load_model
from onrecord.ingest import parallel
from onrecord.ingest.base import ReadItem

TEXT = (
    "Ostrava accused Belvania of massing troops on the border. "
    "Belvania threatened Ostrava with sanctions on Monday."
)


def _events(record: Any) -> list[tuple[str, str | None, str | None, float | None]]:
    return [(e.type, e.source, e.target, e.confidence) for e in record.events]


def probe(items: list[ReadItem]) -> tuple[int, int, int, list[Any]]:
    """Run in a pool worker: the model cache's loads before and after one chunk, and the events."""
    before = load_model.cache_info().misses
    results, _ = parallel._work(items)
    after = load_model.cache_info().misses
    return os.getpid(), before, after, [_events(r) for r in results if not isinstance(r, str)]


def test_model_workers_extractor_loads_the_model_when_made(extractor) -> None:
    assert isinstance(extractor.event_model, EventModel)
    loads = load_model.cache_info().misses
    events = _events(extractor(ArticleInput(text=TEXT)))
    assert [e[0] for e in events] == ["ACCUSE", "THREATEN"]
    assert all(e[3] is not None and 0.5 <= e[3] <= 1 for e in events)
    assert load_model.cache_info().misses == loads  # coding an article loads nothing


@pytest.mark.slow
def test_model_workers_pool_worker_loads_it_once_at_start(extractor) -> None:
    expected = _events(extractor(ArticleInput(text=TEXT)))
    items = [
        ReadItem(ArticleInput(text=TEXT), "a.txt"),
        ReadItem(ArticleInput(text=TEXT + " "), "b.txt"),
    ]
    with ProcessPoolExecutor(
        max_workers=1,
        # spawn, not the shared forkserver (parallel._mp_context): a forkserver started here
        # would keep this moment's environment for every later pool of the test session.
        mp_context=multiprocessing.get_context("spawn"),
        initializer=parallel._init_worker,
        initargs=(None,),
    ) as pool:
        runs = [pool.submit(probe, items).result(timeout=300) for _ in range(3)]
    assert len({pid for pid, _, _, _ in runs}) == 1 and runs[0][0] != os.getpid()
    # Loaded by the pool initializer (before the first chunk), never again.
    assert [(before, after) for _, before, after, _ in runs] == [(1, 1)] * 3
    assert all(events == [expected, expected] for _, _, _, events in runs)


@pytest.mark.slow
def test_model_workers_web_extraction_worker_codes_with_the_model(extractor) -> None:
    from onrecord.web.worker import ProcessExtractor

    expected = _events(extractor(ArticleInput(text=TEXT)))
    worker = ProcessExtractor(budget=120)
    try:
        first = worker.extract(ArticleInput(text=TEXT))
        pid = worker.pid
        second = worker.extract(ArticleInput(text=TEXT))
        assert pid is not None and worker.pid == pid != os.getpid()
    finally:
        worker.close()
    assert _events(first) == _events(second) == expected
