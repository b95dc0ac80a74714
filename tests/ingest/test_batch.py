"""Batch ingest: dedup before parsing, one failure does not stop the rest, re-runs finish."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from onrecord.article import ArticleInput
from onrecord.ingest import IngestSummary, extract_items, ingest_paths
from onrecord.ingest.base import ReadItem
from onrecord.record import Record, text_id


class FakeExtractor:
    """Builds empty records without spaCy; fails on texts containing ``BOOM``."""

    def __init__(self) -> None:
        self.parsed: list[str] = []

    def __call__(self, article: ArticleInput) -> Record:
        self.parsed.append(article.text)
        if "BOOM" in article.text:
            raise ValueError("cannot parse this one")
        return Record(
            id=text_id(article.text), text=article.text, title=article.title, url=article.url
        )

    def extract_many(self, articles: Iterable[ArticleInput]) -> Iterator[Record]:
        for article in articles:
            yield self(article)


def _corpus(write, n: int = 3) -> Path:
    for i in range(n):
        write(f"corpus/{i:02d}.txt", f"Article {i}: Ostrava and Belvania talked.")
    return Path(write("corpus/.keep", "").parent)


def _run(paths, store, fake, **kw) -> IngestSummary:
    summary = IngestSummary()
    for outcome in ingest_paths([str(p) for p in paths], store=store, extractor=lambda: fake, **kw):
        summary.add(outcome)
    return summary


def test_batch_ingest_then_rerun_skips_before_parsing(store, write) -> None:
    corpus = _corpus(write)
    fake = FakeExtractor()
    first = _run([corpus], store, fake)
    assert (first.read, first.new, first.duplicate, first.failed) == (3, 3, 0, 0)
    rerun_fake = FakeExtractor()
    second = _run([corpus], store, rerun_fake)
    assert (second.read, second.new, second.duplicate, second.failed) == (3, 0, 3, 0)
    assert rerun_fake.parsed == []  # duplicates are never parsed


def test_batch_extractor_not_created_when_nothing_new(store, write) -> None:
    corpus = _corpus(write, 1)
    _run([corpus], store, FakeExtractor())

    def factory():
        raise AssertionError("the extractor should not be loaded")

    outcomes = list(ingest_paths([str(corpus)], store=store, extractor=factory))
    assert [o.status for o in outcomes] == ["duplicate"]


def test_batch_one_failure_does_not_stop_the_rest(store, write) -> None:
    corpus = _corpus(write, 2)
    bad = write("corpus/01b.txt", "This one goes BOOM.")
    write("corpus/zz.txt", b"")
    summary = _run([corpus], store, FakeExtractor(), chunk_size=8)
    assert (summary.read, summary.new, summary.failed) == (3, 2, 2)
    reasons = sorted(str(e) for e in summary.errors)
    assert f"{bad}: extraction failed (ValueError: cannot parse this one)" in reasons
    assert any(r.endswith("zz.txt: empty") for r in reasons)


def test_batch_interrupted_then_rerun_finishes(store, write) -> None:
    corpus = _corpus(write, 4)
    outcomes = ingest_paths([str(corpus)], store=store, extractor=FakeExtractor, chunk_size=1)
    done = [next(outcomes), next(outcomes)]
    outcomes.close()  # as if Ctrl-C stopped the loop here
    assert [o.status for o in done] == ["new", "new"]
    assert store.stats().articles == 2
    summary = _run([corpus], store, FakeExtractor())
    assert (summary.new, summary.duplicate) == (2, 2)
    assert store.stats().articles == 4


def test_batch_same_article_twice_in_one_run(store, write) -> None:
    a = write("a.txt", "Same words.")
    b = write("b.txt", "Same words.")
    summary = _run([a, b], store, FakeExtractor())
    assert (summary.new, summary.duplicate) == (1, 1)


@pytest.mark.parametrize("chunk", [1, 2, 16])
def test_extract_items_isolates_the_bad_article(chunk: int) -> None:
    items = [
        ReadItem(ArticleInput(text=t), f"{i}.txt")
        for i, t in enumerate(["ok one", "BOOM", "ok two"])
    ]
    results = list(extract_items(items, FakeExtractor(), chunk_size=chunk))  # type: ignore[arg-type]
    assert [type(r).__name__ for _, r in results] == ["Record", "InputError", "Record"]
    assert [item.path for item, _ in results] == ["0.txt", "1.txt", "2.txt"]
