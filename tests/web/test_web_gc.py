"""The server process tunes the garbage collector once it has started (see ``settle_gc``)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onrecord.web import create_app
from onrecord.web.app import GC_YOUNG_THRESHOLD


@pytest.fixture
def restored_gc() -> Iterator[None]:
    """Put this test process's collector back as it was."""
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_web_startup_freezes_and_raises_young_threshold(tmp_path: Path, restored_gc: None) -> None:
    gc.unfreeze()
    gc.set_threshold(700, 10, 10)
    app = create_app(str(tmp_path / "gc.db"), token=None, warm=False)
    assert gc.get_freeze_count() == 0
    with TestClient(app) as client:
        assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD
        assert gc.get_threshold()[1:] == (10, 10)
        assert gc.get_freeze_count() > 0
        assert client.get("/api/quotes?limit=1").status_code == 200
