"""An ingest killed (SIGKILL) right after an article's commit, then run again, leaves the same
store as one that was never interrupted: articles, quotes, story clusters and quote lineage.

Grouping is written in the article's own transaction (``Store.add_record``), so there is no
moment when an article is stored but not yet grouped; the re-run skips what is stored and
stores the rest. Real subprocesses, a real ``kill -9`` (the process kills itself with SIGKILL
as soon as the chosen article's transaction has committed).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
ACTORS = ROOT / "examples" / "actors.yaml"
STORY = CORPUS / "2026-03-02-velmara-accuses-drovnia-buildup.txt"

# Runs the CLI; Store.add_record is wrapped so the process SIGKILLs itself right after the
# commit of the KILL_AFTER-th new article.
KILLER = """
import os, signal, sys
from onrecord.store.core import Store

original = Store.add_record
stored = 0

def add_then_die(self, record, **kwargs):
    global stored
    result = original(self, record, **kwargs)
    if result.new:
        stored += 1
        if stored == int(os.environ["KILL_AFTER"]):
            os.kill(os.getpid(), signal.SIGKILL)
    return result

Store.add_record = add_then_die
from onrecord.cli import main
sys.exit(main())
"""
PLAIN = "import sys; from onrecord.cli import main; sys.exit(main())"


def _run(script: str, db: Path, folder: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, "--db", str(db), "ingest", str(folder)],
        env={**os.environ, "ONRECORD_ACTORS": str(ACTORS), **env}, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def _snapshot(db: Path) -> dict[str, Any]:
    from sqlalchemy import select

    from onrecord.store import open_store
    from onrecord.store.clusters import stories
    from onrecord.store.lineage import lineages
    from onrecord.store.schema_sources import QuoteClusterRow

    with open_store(str(db)) as store:
        ids = store.article_ids()
        records = {i: store.record(i).to_dict() for i in ids}  # type: ignore[union-attr]
        groups = {
            (s.canonical_article_id, frozenset(r.article_id for r in s.reports))
            for s in stories(store)
        }
        with store.session() as session:
            cluster_ids = list(session.scalars(select(QuoteClusterRow.id)))
        lineage = {
            (lin.first.quote_ref, frozenset(a.quote_ref for a in lin.appearances))
            for lin in lineages(store, cluster_ids)
        }
    return {"records": records, "stories": groups, "lineage": lineage}


@pytest.mark.slow
@pytest.mark.skipif(not STORY.is_file() or not ACTORS.is_file(), reason="examples/ not present")
def test_ingest_killed_after_a_commit_then_rerun_equals_uninterrupted(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    text = STORY.read_text(encoding="utf-8")
    (folder / "1-story.txt").write_text(text, encoding="utf-8")
    # A near-copy two days later: it joins the story. The kill comes right after its commit.
    (folder / "2-copy.txt").write_text(
        text.replace("March 2, 2026 (BPA)", "March 4, 2026 (Amber Sea Wire)")
        + "\nThe Amber Sea Wire carried this report from the Castelbrun bureau.\n",
        encoding="utf-8",
    )
    for name in (
        "2026-03-12-merrow-bridge-shooting.txt",
        "2026-03-14-velmara-calls-up-reservists.txt",
    ):
        shutil.copy(CORPUS / name, folder / f"3-{name}")

    whole, crashed = tmp_path / "whole.db", tmp_path / "crashed.db"
    done = _run(PLAIN, whole, folder)
    assert done.returncode == 0, done.stderr

    killed = _run(KILLER, crashed, folder, KILL_AFTER="2")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    partial = _snapshot(crashed)
    assert len(partial["records"]) == 2  # the story and its copy, both committed, both grouped
    assert any(len(members) == 2 for _, members in partial["stories"])

    again = _run(PLAIN, crashed, folder)
    assert again.returncode == 0, again.stderr
    assert "duplicate 2" in again.stdout

    expected, got = _snapshot(whole), _snapshot(crashed)
    assert len(expected["records"]) == 4
    assert any(len(members) == 2 for _, members in expected["stories"])  # the copy is grouped
    assert any(len(members) >= 2 for _, members in expected["lineage"])  # quotes are traced
    assert got == expected
