"""The extraction record: the public contract every interface returns.

The classes mirror ``CONTRACT.md`` field for field. ``to_dict()`` gives exactly the
contract's JSON shape and ``from_dict()`` reads it back, so a record can travel through
JSONL, the store, the REST API or a Dask partition and come back unchanged.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

QuoteKind = Literal["direct", "indirect", "mixed"]
# "outlet" (a newspaper, broadcaster or agency) and "document" (a poll, study or report named
# by its maker) were added in issue 15: both are sources of statements in their own right but
# no party to diplomacy, and read as the country in their name they put a newspaper's words on
# a state's page.
ActorKind = Literal["person", "organization", "country", "igo", "group", "outlet", "document"]
#: Every actor kind, in the order help texts list them (the values of :data:`ActorKind`).
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def text_id(text: str) -> str:
    """The record id of an article body: the first 16 hex digits of its sha256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Cue:
    """The words that introduce a statement (``said``, ``according to``)."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Cue | None:
        if d is None:
            return None
        return cls(text=d["text"], start=d["start"], end=d["end"])


@dataclass(slots=True)
class Mention:
    """A speaker or addressee: the surface mention and the actor it resolves to."""

    text: str
    start: int
    end: int
    actor: str | None = None
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "actor": self.actor,
            "name": self.name,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Mention | None:
        if d is None:
            return None
        return cls(
            text=d["text"],
            start=d["start"],
            end=d["end"],
            actor=d.get("actor"),
            name=d.get("name"),
        )


@dataclass(slots=True)
class Quote:
    """A statement attributed to someone: direct, indirect (reported) or mixed."""

    id: str
    kind: QuoteKind
    text: str
    spans: list[tuple[int, int]]
    cue: Cue | None = None
    speaker: Mention | None = None
    addressee: Mention | None = None
    speakers: list[Mention] | None = None
    """A joint statement's parties (added in issue 15, optional): when the speaker mention
    coordinates two or more parties ("Voss and her counterpart, Teo Marr"), one mention per
    conjunct in text order, each resolved on its own; ``speaker`` stays the whole phrase,
    unresolved. None (and absent from :meth:`to_dict`) for any other statement."""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "spans": [[s, e] for s, e in self.spans],
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "addressee": self.addressee.to_dict() if self.addressee else None,
        }
        if self.speakers:
            out["speakers"] = [m.to_dict() for m in self.speakers]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            id=d["id"],
            kind=d["kind"],
            text=d["text"],
            spans=[(int(s), int(e)) for s, e in d["spans"]],
            cue=Cue.from_dict(d.get("cue")),
            speaker=Mention.from_dict(d.get("speaker")),
            addressee=Mention.from_dict(d.get("addressee")),
            speakers=[m for m in map(Mention.from_dict, d.get("speakers") or []) if m] or None,
        )


@dataclass(slots=True)
class Actor:
    """A canonical actor as seen in one record (the store gives global ids)."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    titles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "titles": list(self.titles),
            "aliases": list(self.aliases),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            id=d["id"],
            name=d["name"],
            kind=d["kind"],
            country=d.get("country"),
            titles=list(d.get("titles") or []),
            aliases=list(d.get("aliases") or []),
        )


@dataclass(slots=True)
class Event:
    """A coded, directed interaction (PLOVER type, CAMEO root, intensity)."""

    id: str
    type: str
    cameo: str
    intensity: float
    source: str | None
    target: str | None
    negated: bool
    hypothetical: bool
    text: str
    start: int
    end: int
    quote: str | None = None
    confidence: float | None = None
    """How sure the coder is of the type, 0..1 (None: unknown, e.g. a record from before it)."""
    date: str | None = None
    """When the text says the act took place, as precisely as it says it: ``YYYY-MM-DD``,
    ``YYYY-Www`` (an ISO week: "last week"), ``YYYY-MM`` or ``YYYY`` (see
    :mod:`onrecord.stated_dates`). None when the text does not say; the article's date then
    stands for it. "The crisis escalated on March 3, when Ostrava shelled the post", in an
    article of 20 March, is ``2026-03-03``."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "cameo": self.cameo,
            "intensity": self.intensity,
            "source": self.source,
            "target": self.target,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "confidence": self.confidence,
            "date": self.date,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            id=d["id"],
            type=d["type"],
            cameo=d["cameo"],
            intensity=float(d["intensity"]),
            source=d.get("source"),
            target=d.get("target"),
            negated=bool(d.get("negated", False)),
            hypothetical=bool(d.get("hypothetical", False)),
            text=d["text"],
            start=d["start"],
            end=d["end"],
            quote=d.get("quote"),
            confidence=None if d.get("confidence") is None else float(d["confidence"]),
            date=d.get("date"),
        )


@dataclass(slots=True)
class ArticleFields:
    """An article body with its metadata: what an input article and its record share.

    Attributes:
        text: the body, exactly as read (every offset in the record indexes it).
        title: the headline, when known.
        published: the publication date (``YYYY-MM-DD`` or ISO 8601), when known.
        source: the outlet.
        url: where it was read.
        language: an ISO 639-1 code.
    """

    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"


@dataclass(slots=True, kw_only=True)
class Record(ArticleFields):
    """Everything onrecord extracted from one article: its id (:func:`text_id` of the text),
    the article's fields, and its quotes, actors and events. Built with keywords."""

    id: str
    quotes: list[Quote] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this record-local id, or None."""
        if actor_id is None:
            return None
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "url": self.url,
            "language": self.language,
            "text": self.text,
            "quotes": [q.to_dict() for q in self.quotes],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        return cls(
            id=d["id"],
            text=d["text"],
            title=d.get("title"),
            published=d.get("published"),
            source=d.get("source"),
            url=d.get("url"),
            language=d.get("language") or "en",
            quotes=[Quote.from_dict(q) for q in d.get("quotes") or []],
            actors=[Actor.from_dict(a) for a in d.get("actors") or []],
            events=[Event.from_dict(e) for e in d.get("events") or []],
        )
