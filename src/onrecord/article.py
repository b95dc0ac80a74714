"""The article as the readers hand it to the extractor: a body and its metadata.

A light module (no spaCy, no store), so readers, the CLI's start-up and the web's request
parsing can build articles without loading the language pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from onrecord.record import ArticleFields, Record, text_id


@dataclass(slots=True)
class ArticleInput(ArticleFields):
    """An article body with its metadata (:class:`~onrecord.record.ArticleFields`), as the
    readers hand it to the extractor."""

    def to_record(self, **extracted: Any) -> Record:
        """The extraction record of this article: its id and metadata, plus what was
        ``extracted`` (``quotes``, ``actors``, ``events``; none for a text-only record)."""
        return Record(
            id=text_id(self.text),
            text=self.text,
            title=self.title,
            published=self.published,
            source=self.source,
            url=self.url,
            language=self.language,
            **extracted,
        )
