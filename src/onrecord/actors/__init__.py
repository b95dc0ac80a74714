"""Actors: knowledge base, and resolution of mentions to canonical actors."""

from onrecord.actors.kb import KnowledgeBase, load_kb
from onrecord.actors.resolver import ArticleActors

__all__ = ["ArticleActors", "KnowledgeBase", "load_kb"]
