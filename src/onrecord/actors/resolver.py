"""Resolve mentions in one article to actors (baseline: exact text, pycountry)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.actors.kb import KnowledgeBase, load_kb
from onrecord.record import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc


class ArticleActors:
    """The actors of one parsed article.

    ``resolve_span(start, end)`` maps a character span of ``doc.text`` (a speaker, an
    addressee, an event's source or target) to a record-local actor id such as ``a1``,
    adding the actor when it is new; ``actors()`` lists them for the record.
    """

    def __init__(self, doc: Doc, *, kb: KnowledgeBase | None = None, published: str | None = None):
        self.doc = doc
        self.kb = kb or load_kb()
        self.published = published
        self._by_key: dict[str, Actor] = {}

    def resolve_span(self, start: int, end: int) -> str | None:
        text = self.doc.text[start:end].strip()
        if not text:
            return None
        hit = self.kb.lookup(text)
        if hit:
            name, kind, country = hit
        else:
            name, kind, country = text, "person", None
        key = name.lower()
        actor = self._by_key.get(key)
        if actor is None:
            actor = Actor(id=f"a{len(self._by_key) + 1}", name=name, kind=kind, country=country)  # type: ignore[arg-type]
            self._by_key[key] = actor
        if text != name and text not in actor.aliases:
            actor.aliases.append(text)
        return actor.id

    def name_of(self, actor_id: str) -> str | None:
        for a in self._by_key.values():
            if a.id == actor_id:
                return a.name
        return None

    def actors(self) -> list[Actor]:
        return list(self._by_key.values())
