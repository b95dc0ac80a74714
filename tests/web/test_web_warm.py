"""A server started with warm-up computes the home page's aggregates before the first visit."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.store import open_store
from onrecord.web import analytics, create_app
from tests.web.conftest import fill


@pytest.mark.parametrize("warm", [True, False])
def test_home_aggregates_are_computed_at_start_only_when_warming(
    tmp_path: Path, monkeypatch, warm: bool
) -> None:
    path = str(
        tmp_path / f"warm-{warm}.db"
    )  # a store of its own: the cache is keyed by its version
    with open_store(path) as store:
        fill(store)
    calls: list[str] = []
    real = analytics._top_dyads

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(analytics, "_top_dyads", counting)
    monkeypatch.setattr(analytics, "_CACHE", analytics.AggregateCache())
    with TestClient(create_app(path, token="", warm=warm)) as client:
        deadline = time.monotonic() + 30
        while warm and not calls and time.monotonic() < deadline:
            time.sleep(0.05)
        for t in threading.enumerate():
            if t.name == "onrecord-warm":
                t.join(timeout=30)
        assert calls == (["onrecord-warm"] if warm else [])
        assert client.get("/").status_code == 200
    # the page reuses what the warm-up computed; without it, the first visit computes
    assert len(calls) == 1
