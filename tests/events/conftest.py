"""Fixtures for the event coder tests: the spaCy pipeline and a stand-in actor resolver.

The resolver gives every distinct noun-phrase text its own id, so coder tests do not depend on
the actor knowledge base (which has its own tests).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

import pytest

from onrecord.record import Event, Quote

if TYPE_CHECKING:
    from onrecord.actors import ArticleActors


class FakeActors:
    """Maps each resolved span's text to an id; ``name_of`` gives the text back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ids: dict[str, str] = {}

    def resolve_span(self, start: int, end: int) -> str | None:
        name = self.text[start:end].strip()
        if not name:
            return None
        return self.ids.setdefault(name, f"a{len(self.ids) + 1}")

    def name_of(self, actor_id: str | None) -> str | None:
        return next((n for n, i in self.ids.items() if i == actor_id), None)


@pytest.fixture(scope="session")
def nlp():
    """The shared spaCy pipeline."""
    from onrecord.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def code(nlp) -> Callable[..., tuple[list[Event], FakeActors]]:
    """Code a text with the rules alone: returns the events and the resolver (for actor names).

    The trained model arbitrates the type of each sentence's main event; these tests pin the
    rules (lexicon, arguments, negation, modality) it builds on. ``tests/events/test_model.py``
    tests the coder with the model.
    """
    from onrecord.events import code_events

    def run(text: str, quotes: list[Quote] | None = None) -> tuple[list[Event], FakeActors]:
        doc = nlp(text)
        actors = FakeActors(text)
        return code_events(doc, quotes or [], actors, model=None), actors

    return run


def coded_events(sentence: str) -> tuple[list[Event], dict[str, str]]:
    """The events the whole pipeline codes in ``sentence``, set under a headline and a byline,
    with the names of the article's actors by id."""
    from onrecord import extract

    rec = extract(f"Border talks\n\nBy Ana Weiss\n\n{sentence}\n")
    return rec.events, {a.id: a.name for a in rec.actors}


def coded(sentence: str, *, hypothetical: bool = False) -> list[tuple]:  # type: ignore[type-arg]
    """Each event the whole pipeline codes in ``sentence`` (see :func:`coded_events`):
    (type, source name, target name), or (type, source name, hypothetical)."""
    events, names = coded_events(sentence)
    return [
        (e.type, names.get(e.source), e.hypothetical if hypothetical else names.get(e.target))
        for e in events
    ]


@lru_cache(maxsize=1)
def _fiction_extractor():  # type: ignore[no-untyped-def]
    from onrecord.actors import load_kb
    from onrecord.pipeline import Extractor
    from tests.actors.conftest import DATA

    return Extractor(kb=load_kb([DATA / "fiction.yaml"]))


def fiction_events(text: str, published: str | None = None) -> tuple[list[Event], dict[str, str]]:
    """The events the whole pipeline codes in ``text`` with the actor tests' fictional
    knowledge base (Belvania, the Ostrava Republic ...), and the actors' names by id."""
    from onrecord.pipeline import ArticleInput

    rec = _fiction_extractor()(ArticleInput(text=text, published=published))
    return rec.events, {a.id: a.name for a in rec.actors}


def fiction_actors(text: str, published: str | None = None) -> ArticleActors:
    """The actors the whole pipeline resolves in ``text`` with the fictional knowledge base,
    as :func:`fiction_events` reads them (those no event or statement took included)."""
    from onrecord.nlp import parse
    from onrecord.pipeline import ArticleInput

    extractor = _fiction_extractor()
    article = ArticleInput(text=text, published=published)
    return extractor.from_doc_with_actors(parse(extractor.nlp, text), article)[1]


def fiction_coded(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each event :func:`fiction_events` codes in ``text``: (type, source name, target name)."""
    events, names = fiction_events(text)
    return [(e.type, names.get(e.source), names.get(e.target)) for e in events]
