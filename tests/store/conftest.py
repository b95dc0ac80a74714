"""A demo store for the whole-store tests (export, copy): the example corpus ingested once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, extractor) -> str:
    """A SQLite store holding the fictional example corpus, clustered, with one actor merge
    and one feed source, so every table has rows. Copy it; never write to it."""
    from onrecord.ingest.batch import ingest_paths
    from onrecord.store import open_store
    from onrecord.store.actor_fixes import merge_actors
    from onrecord.store.sources import add_source, mark_entry

    if not CORPUS.is_dir():
        pytest.skip("examples/ not present")
    path = str(tmp_path_factory.mktemp("demo") / "demo.db")
    with open_store(path) as store:
        outcomes = list(ingest_paths([str(CORPUS)], store=store, extractor=lambda: extractor))
        assert all(o.status == "new" for o in outcomes), [o for o in outcomes if o.status != "new"]
        people = [a for a in store.actors(kind="person") if a.quotes]
        merge_actors(store, str(people[0].id), str(people[-1].id))
        source, _ = add_source(store, "https://bpa.example/world.rss", name="Basin Press Agency")
        mark_entry(
            store,
            source.id,
            "0" * 64,
            url="https://bpa.example/a",
            status="new",
            article_id=outcomes[0].article_id,
        )
    return path
