"""Actors: knowledge base, and resolution of mentions to canonical actors.

``load_kb()`` reads the packaged data (countries, organisations, dated office-holders) plus
user override files; ``ArticleActors(doc, kb=..., published=...)`` resolves the mentions of
one parsed article; ``actor_key`` / ``same_person`` decide identity across articles.
"""

from onrecord.actors.identity import actor_key, same_person
from onrecord.actors.kb import KBError, KnowledgeBase, load_kb
from onrecord.actors.resolver import ArticleActors

__all__ = ["ArticleActors", "KBError", "KnowledgeBase", "actor_key", "load_kb", "same_person"]
