"""Full-text search finds the same statements on PostgreSQL (tsvector, GIN) as on SQLite (FTS5).

The corpus is the project's fictional example corpus (examples/corpus) plus hand-made statements
with accents, hyphens, apostrophes, numbers and mixed case; every word that occurs in a statement
is searched on both backends, alone and paired with the next word, and the hits must be equal.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from onrecord.ingest.dispatch import read_paths
from onrecord.record import Record
from onrecord.store import open_store
from onrecord.store.fulltext import FTS5, TSVECTOR

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
_WORDS = re.compile(r"\w+")
TRICKY = [
    "The Sîrbu bridge will reopen, Ministrul Ștefan Ălin said",
    "Drovnia's pull-back is a first step toward a cease-fire",
    "Talks resume at 10.30 on 3 April; 2,500 troops will leave",
    "ÉTATS voisins: nous RESTONS prêts à négocier",
    "We will keep the border open to every convoy",
]


@pytest.fixture(scope="module")
def corpus_records(extractor) -> list[Record]:
    items = [r for r in read_paths([str(CORPUS)]) if not isinstance(r, Exception)]
    records = [extractor(item.article) for item in items]
    from tests.conftest import build_record

    records += [build_record(statement=s, extra=f" Note {i}.") for i, s in enumerate(TRICKY)]
    return records


def _hits(store, words: str) -> list[tuple[str, str]]:
    return sorted((h.article_id, h.text) for h in store.quotes(search=words))


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.skipif(not CORPUS.is_dir(), reason="examples/ not present")
def test_fulltext_postgres_same_hits_as_fts5(
    corpus_records: list[Record], tmp_path: Path, pg_url: str
) -> None:
    with open_store(str(tmp_path / "fts.db")) as lite, open_store(pg_url) as pg:
        assert lite.has_fts == FTS5 and pg.has_fts == TSVECTOR
        for record in corpus_records:
            lite.add_record(record)
            pg.add_record(record)
        texts = [h.text for h in lite.quotes()]
        assert len(texts) > 50
        queries: set[str] = set()
        for t in texts:
            words = _WORDS.findall(t)
            queries.update(words)
            queries.update(f"{a} {b}" for a, b in zip(words, words[1:]))
        queries.update(
            ["sirbu", "STEFAN", "drovnia s", "pull", "cease fire", "nous prets", "10", "2 500"]
        )
        mismatched = []
        for q in sorted(queries):
            if _hits(lite, q) != _hits(pg, q):
                mismatched.append(q)
        assert not mismatched, mismatched[:20]
        assert len(queries) > 500
