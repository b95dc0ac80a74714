"""Plain result objects the store's queries return (no ORM rows leak out)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from onrecord.store.schema import json_list

if TYPE_CHECKING:
    from onrecord.store.schema import ArticleRow, QuoteRow


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where an article went: its story, whether it matched another copy, and how closely."""

    article_id: str
    story_id: int
    matched: str | None = None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Store.add_record` did: stored a ``new`` article or found a ``duplicate``.

    ``story`` says which story cluster a new article joined (None for a duplicate, or when
    the article was stored without grouping).
    """

    status: Literal["new", "duplicate"]
    article_id: str
    story: Assignment | None = None

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
    speakers: list[dict[str, Any]] = field(default_factory=list)
    """A joint statement's parties (name, words, actor id, the actor's country), in text
    order; empty otherwise."""
    joint_with: list[str] = field(default_factory=list)
    """When the listing found a joint statement through one party (a speaker filter, an
    actor page), the other parties' names: shown as "with Sergey Lavrov"."""

    @classmethod
    def from_rows(cls, q: QuoteRow, a: ArticleRow) -> QuoteHit:
        """The hit for a stored quote row and its article row."""
        return cls(
            article_id=a.id,
            quote_id=q.local_id,
            kind=q.kind,
            text=q.text,
            speaker=q.speaker_name or q.speaker_text,
            speaker_text=q.speaker_text,
            speaker_actor_id=q.speaker_actor_id,
            addressee=q.addressee_name or q.addressee_text,
            addressee_actor_id=q.addressee_actor_id,
            cue=q.cue_text,
            published=a.published,
            title=a.title,
            source=a.source,
            url=a.url,
            spans=[list(s) for s in json_list(q.spans)],
        )

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
