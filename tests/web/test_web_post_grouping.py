"""An article posted through ``POST /api/articles`` is grouped like an ingested one.

The story (examples/corpus, fiction) is posted, then an edited copy from another outlet dated
two days later. The copy joins the story (a story of two), and on the dyad timeline its events
are dated by the canonical copy: more reports on the first day, no new events on a later one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "examples" / "corpus" / "2026-03-02-velmara-accuses-drovnia-buildup.txt"
ACTORS = ROOT / "examples" / "actors.yaml"
TOKEN = "s3cret-test-token"


@pytest.fixture(scope="module")
def kb_extractor():
    """The real extractor with the example corpus's fictional actors."""
    from onrecord.actors import load_kb
    from onrecord.pipeline import Extractor

    return Extractor(kb=load_kb([ACTORS]))


@pytest.mark.slow
@pytest.mark.skipif(not STORY.is_file() or not ACTORS.is_file(), reason="examples/ not present")
def test_web_post_near_copy_joins_the_story_and_is_dated_by_it(
    tmp_path: Path, kb_extractor
) -> None:
    from fastapi.testclient import TestClient

    from onrecord.store import open_store
    from onrecord.store.clusters import story_of
    from onrecord.web import create_app

    text = STORY.read_text(encoding="utf-8")
    copy = (
        text.replace("March 2, 2026 (BPA)", "March 4, 2026 (Amber Sea Wire)")
        + "\nThe Amber Sea Wire carried this report from the Castelbrun bureau.\n"
    )
    auth = {"Authorization": f"Bearer {TOKEN}"}
    db = str(tmp_path / "posted.db")
    app = create_app(db, token=TOKEN, extractor=kb_extractor)
    with TestClient(app) as client:
        first = client.post(
            "/api/articles",
            json={"text": text, "published": "2026-03-02", "source": "BPA"},
            headers=auth,
        )
        assert first.status_code == 201, first.text
        timeline = "/api/dyads/XVL/XDR/timeline?by=day&both=true"
        before = client.get(timeline).json()
        second = client.post(
            "/api/articles",
            json={"text": copy, "published": "2026-03-04", "source": "Amber Sea Wire"},
            headers=auth,
        )
        assert second.status_code == 201, second.text
        after = client.get(timeline).json()

    with open_store(db) as store:
        story = story_of(store, second.json()["id"])
        assert story is not None and len(story.reports) == 2
        assert story.canonical_article_id == first.json()["id"]

    assert before["events"] > 0
    assert after["events"] == before["events"]  # the copy adds reports, not events
    assert after["reports"] > before["reports"]
    days = [p["start"] for p in after["periods"] if p["events"]]
    assert "2026-03-04" not in days and "2026-03-02" in days
