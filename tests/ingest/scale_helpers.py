"""Helpers for the parallel and cluster ingest tests: corpora, store dumps, test extractors.

Importable by worker processes (``tests.ingest.scale_helpers``), so the extractors defined
here can be handed to a process pool. Texts are the project's fictional corpus.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from onrecord.ingest import IngestSummary, ingest_paths
from onrecord.pipeline import ArticleInput
from onrecord.record import Record, text_id

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"


def corpus_texts() -> list[str]:
    """The plain-text articles of ``examples/corpus`` (fiction), sorted by name."""
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def write_copies(folder: Path, n: int) -> list[Path]:
    """``n`` distinct articles: the corpus texts in turn, each with its own closing line."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = corpus_texts()
    paths = []
    for i in range(n):
        path = folder / f"{i:04d}.txt"
        path.write_text(
            texts[i % len(texts)] + f"\nFiled from Port Amaris, dispatch {i}.\n", encoding="utf-8"
        )
        paths.append(path)
    return paths


_SKIP_TABLES = ("alembic_version", "quotes_fts")


def dump_store(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (sorted), without the timestamps of when things happened, so two
    ingests of the same inputs compare equal exactly when they stored the same things."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        inspector = sa.inspect(engine)
        out: dict[str, list[tuple[Any, ...]]] = {}
        with engine.connect() as conn:
            for table in sorted(inspector.get_table_names()):
                if table.startswith(_SKIP_TABLES):
                    continue
                reflected = sa.Table(table, sa.MetaData(), autoload_with=conn)
                cols = [
                    c
                    for c in reflected.columns
                    if not str(c.type).upper().startswith(("DATETIME", "TIMESTAMP"))
                ]
                rows = conn.execute(sa.select(*cols)).all()
                out[table] = sorted((tuple(r) for r in rows), key=repr)
        return out
    finally:
        engine.dispose()


class StubExtractor:
    """Records without spaCy (for pool mechanics): ``DIE`` in a text kills the worker process
    the first time it is seen (a marker file next to ``$SCALE_TEST_MARKS`` remembers), ``BOOM``
    raises."""

    def __call__(self, article: ArticleInput) -> Record:
        if "DIE" in article.text:
            marks = Path(os.environ["SCALE_TEST_MARKS"])
            mark = marks / text_id(article.text)
            if not mark.exists():
                mark.write_text("died once")
                os._exit(9)  # as if killed: no cleanup, no exception
        if "ALWAYS-DIE" in article.text:
            os._exit(9)
        if "BOOM" in article.text:
            raise ValueError("cannot parse this one")
        return Record(
            id=text_id(article.text), text=article.text, title=str(os.getpid()), url=article.url
        )

    def extract_many(self, articles: Iterable[ArticleInput]) -> Iterator[Record]:
        for article in articles:
            yield self(article)


def ingest_summary(url: str, paths: list[str], **kw: Any) -> IngestSummary:
    """Ingest ``paths`` into the store at ``url`` in this process; the run's summary."""
    from onrecord.store import open_store

    summary = IngestSummary()
    with open_store(url) as store:
        for outcome in ingest_paths(paths, store=store, **kw):
            summary.add(outcome)
    return summary
