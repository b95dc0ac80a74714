"""A syndicated copy published days later is more reports of the same events, not new events.

The story (examples/corpus, fiction) is stored, then an edited copy of it from another outlet,
dated two days later. The copy joins the story cluster; its events are dated by the story's
canonical article, so the timeline counts each event once, on the first day, with two reports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from onrecord.analysis import dyad_timeline, top_dyads
from onrecord.store import open_store
from onrecord.store.clusters import canonical_of

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "examples" / "corpus" / "2026-03-02-velmara-accuses-drovnia-buildup.txt"
ACTORS = ROOT / "examples" / "actors.yaml"


def _ingest(db: Path, *paths: Path) -> None:
    env = {**os.environ, "ONRECORD_ACTORS": str(ACTORS)}
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from onrecord.cli import main; sys.exit(main())",
         "--db", str(db), "ingest", *map(str, paths)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
@pytest.mark.skipif(not STORY.is_file() or not ACTORS.is_file(), reason="examples/ not present")
def test_copy_published_later_counts_once_on_the_story_day(tmp_path: Path) -> None:
    text = STORY.read_text(encoding="utf-8")
    copy = tmp_path / "2026-03-04-amber-sea-wire-velmara-accuses-drovnia.txt"
    copy.write_text(
        text.replace("March 2, 2026 (BPA)", "March 4, 2026 (Amber Sea Wire)")
        + "\nThe Amber Sea Wire carried this report from the Castelbrun bureau.\n",
        encoding="utf-8",
    )
    alone, both = tmp_path / "alone.db", tmp_path / "both.db"
    _ingest(alone, STORY)
    _ingest(both, STORY, copy)

    with open_store(str(alone)) as store:
        base = dyad_timeline(store, "XVL", "XDR", by="day", both_directions=True)
        base_pairs = {(d.source, d.target): d.events for d in top_dyads(store, top=10)}
    with open_store(str(both)) as store:
        assert len(set(canonical_of(store).values())) == 1  # one story, two copies
        tl = dyad_timeline(store, "XVL", "XDR", by="day", both_directions=True)
        pairs = {(d.source, d.target): d.events for d in top_dyads(store, top=10)}

    assert base.events > 0
    assert tl.events == base.events  # the copy adds reports, not events
    assert tl.reports > base.reports
    days = {p.start: p for p in tl.periods}
    assert days["2026-03-02"].events == base.events
    assert "2026-03-04" not in days or days["2026-03-04"].events == 0
    assert pairs == base_pairs
