"""Fixtures for the actor tests: the pipeline, the packaged and a fictional knowledge base."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from onrecord.actors import ArticleActors, KnowledgeBase, load_kb

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The shared spaCy pipeline."""
    from onrecord.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The packaged knowledge base."""
    return load_kb()


@pytest.fixture(scope="session")
def fiction_kb() -> KnowledgeBase:
    """The packaged knowledge base plus the fictional states of ``data/fiction.yaml``."""
    return load_kb([DATA / "fiction.yaml"])


@pytest.fixture
def article(nlp, fiction_kb) -> Callable[..., ArticleActors]:  # type: ignore[no-untyped-def]
    """``article(text, published=None)`` → :class:`ArticleActors` over the fiction KB."""

    def make(
        text: str, published: str | None = None, kb: KnowledgeBase | None = None
    ) -> ArticleActors:
        return ArticleActors(nlp(text), kb=kb or fiction_kb, published=published)

    return make


_EXTRACTORS: dict[tuple[str, ...], object] = {}


def fiction_record(text: str, published: str = "2024-03-01", *extra: Path):  # type: ignore[no-untyped-def]
    """The whole pipeline's record of ``text`` with the fictional knowledge base (and the
    actor files ``extra``, for a test's own people): one extractor per set of files."""
    from onrecord.pipeline import ArticleInput, Extractor

    key = tuple(str(p) for p in extra)
    extractor = _EXTRACTORS.get(key)
    if extractor is None:
        extractor = _EXTRACTORS[key] = Extractor(kb=load_kb([DATA / "fiction.yaml", *extra]))
    return extractor(ArticleInput(text=text, published=published))  # type: ignore[operator]
