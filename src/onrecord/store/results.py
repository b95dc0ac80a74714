"""Plain result objects the store's queries return (no ORM rows leak out)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Store.add_record` did: stored a ``new`` article or found a ``duplicate``."""

    status: Literal["new", "duplicate"]
    article_id: str

    @property
    def new(self) -> bool:
        """True when the article was stored by this call."""
        return self.status == "new"


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """One stored statement with its article's provenance, flat for tables and CSV."""

    article_id: str
    quote_id: str
    kind: str
    text: str
    speaker: str | None
    speaker_text: str | None
    speaker_actor_id: int | None
    addressee: str | None
    addressee_actor_id: int | None
    cue: str | None
    published: str | None
    title: str | None
    source: str | None
    url: str | None
    spans: list[list[int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (field order as declared)."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """A global actor with how often it appears."""

    id: int
    name: str
    kind: str
    country: str | None
    aliases: list[str]
    titles: list[str]
    articles: int
    quotes: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (field order as declared)."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Row counts, for summaries and health checks."""

    articles: int
    quotes: int
    actors: int
    mentions: int
    events: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)
