"""Two ingests at once into one store (two real processes, overlapping inputs) leave the same
store as one serial ingest: the same articles, none twice, the same story groups, the same
actors and the same quote clusters. Runs on SQLite and on PostgreSQL.

The inputs are the fictional example corpus plus near-copies of three of its articles (a wire
story re-run by another outlet two days later), so story grouping is exercised; the two
processes read the shared part in opposite orders so their writes interleave.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from onrecord.store import open_store
from onrecord.store.schema import ActorRow, ArticleRow
from onrecord.store.schema_sources import ArticleSignatureRow, QuoteLineageRow

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
ACTORS = ROOT / "examples" / "actors.yaml"
COPIED = (
    "2026-03-05-marvik-warns-of-sanctions.txt",
    "2026-03-10-velmara-expels-drovnian-attache.txt",
    "2026-03-14-velmara-calls-up-reservists.txt",
)


def _inputs(folder: Path) -> list[Path]:
    """The corpus's text articles and three near-copies, as files in ``folder``."""
    folder.mkdir()
    files = []
    for path in sorted(CORPUS.glob("*.txt")):
        files.append(Path(shutil.copy(path, folder / path.name)))
    for n, name in enumerate(COPIED):
        text = (CORPUS / name).read_text(encoding="utf-8")
        copy = folder / f"copy-{n}-{name}"
        copy.write_text(
            text.replace("(BPA)", "(Amber Sea Wire)")
            + "\nThe Amber Sea Wire carried this report from its partners.\n",
            encoding="utf-8",
        )
        files.append(copy)
    return files


def _ingest(db: str, paths: list[Path]) -> subprocess.Popen[str]:
    env = {**os.environ, "ONRECORD_ACTORS": str(ACTORS)}
    cmd = [
        sys.executable,
        "-c",
        "import sys; from onrecord.cli import main; sys.exit(main())",
        "--db",
        db,
        "ingest",
    ]
    return subprocess.Popen(
        [*cmd, *map(str, paths)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _finish(proc: subprocess.Popen[str]) -> None:
    _, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err[-2000:]


def _snapshot(url: str) -> dict[str, object]:
    with open_store(url) as store, store.session() as session:
        articles = sorted(session.scalars(select(ArticleRow.id)))
        stories: dict[int, set[str]] = {}
        for article_id, story_id in session.execute(
            select(ArticleSignatureRow.article_id, ArticleSignatureRow.story_id)
        ):
            stories.setdefault(story_id, set()).add(article_id)
        quotes: dict[int, set[str]] = {}
        for key, cluster in session.execute(
            select(QuoteLineageRow.key, QuoteLineageRow.cluster_id)
        ):
            quotes.setdefault(cluster, set()).add(key)
        actors = sorted(
            (a.name, a.kind, a.country or "") for a in session.scalars(select(ActorRow))
        )
    return {
        "articles": articles,
        "stories": sorted(sorted(s) for s in stories.values()),
        "quote_clusters": sorted(sorted(q) for q in quotes.values()),
        "actors": actors,
    }


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir() or not ACTORS.is_file(), reason="examples/ not present")
def test_concurrent_ingest_equals_serial(
    tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    files = _inputs(tmp_path / "in")
    if backend == "sqlite":
        serial, concurrent = str(tmp_path / "serial.db"), str(tmp_path / "concurrent.db")
    else:
        serial = request.getfixturevalue("pg_url")
        concurrent = _second_database(request)
    _finish(_ingest(serial, files))

    # Overlapping halves: each process has the shared middle third, read in opposite orders.
    third = len(files) // 3
    first = files[: 2 * third]
    second = list(reversed(files[third:]))
    procs = [_ingest(concurrent, first), _ingest(concurrent, second)]
    for proc in procs:
        _finish(proc)

    want, got = _snapshot(serial), _snapshot(concurrent)
    assert len(got["articles"]) == len(files)  # type: ignore[arg-type]
    assert any(len(s) > 1 for s in got["stories"])  # type: ignore[union-attr]
    for part in ("articles", "stories", "quote_clusters", "actors"):
        assert got[part] == want[part], part


def _second_database(request: pytest.FixtureRequest) -> str:
    """Another fresh PostgreSQL database for this test, dropped at its end."""
    from tests.conftest import fresh_pg_database

    ctx = fresh_pg_database(
        request.getfixturevalue("pg_server"), request.getfixturevalue("pg_template")
    )
    url = ctx.__enter__()
    request.addfinalizer(lambda: ctx.__exit__(None, None, None))
    return url
