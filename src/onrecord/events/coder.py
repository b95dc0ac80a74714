"""PLOVER event coder (baseline: codes nothing yet)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.record import Event, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from onrecord.actors import ArticleActors


def code_events(doc: Doc, quotes: list[Quote], actors: ArticleActors) -> list[Event]:
    return []
