"""The column values of the rows one extraction record is stored as.

:meth:`onrecord.store.Store.add_record` builds its ORM rows from these, and bulk loaders (the
web benchmark's synthetic store) insert the same values with ``executemany``, so both store
exactly the same thing. Pure functions: no session, no actor resolution (the global actor
ids come in as ``globals_``, record-local actor id → stored actor id).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from onrecord.record import Actor, Event, Mention, Quote, Record
from onrecord.stated_dates import StatedDate, parse_or_none
from onrecord.store.identity import fold


def published_day(value: str | None) -> dt.date | None:
    """An article's ``published`` as the day stored in ``published_date`` (None: undated or
    unreadable)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def article_values(
    record: Record,
    *,
    normalised_url: str | None,
    text_hash: str,
    published_date: dt.date | None,
    ingested_at: dt.datetime,
) -> dict[str, Any]:
    """The ``articles`` row of ``record``."""
    return {
        "id": record.id,
        "url": record.url,
        "normalised_url": normalised_url,
        "text_hash": text_hash,
        "title": record.title,
        "published": record.published,
        "published_date": published_date,
        "source": record.source,
        "language": record.language,
        "text": record.text,
        "ingested_at": ingested_at,
    }


def article_actor_values(
    record: Record, ordinal: int, actor: Actor, actor_id: int
) -> dict[str, Any]:
    """The ``article_actors`` row linking the record's ``actor`` to the stored ``actor_id``."""
    return {
        "article_id": record.id,
        "local_id": actor.id,
        "ordinal": ordinal,
        "actor_id": actor_id,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "titles": list(actor.titles),
        "aliases": list(actor.aliases),
    }


def _stored(local: str | None, globals_: dict[str, int]) -> int | None:
    return globals_.get(local) if local else None


def _mention_columns(
    role: str, mention: Mention | None, globals_: dict[str, int]
) -> dict[str, Any]:
    if mention is None:
        return {}
    return {
        f"{role}_text": mention.text,
        f"{role}_start": mention.start,
        f"{role}_end": mention.end,
        f"{role}_local": mention.actor,
        f"{role}_actor_id": _stored(mention.actor, globals_),
        f"{role}_name": mention.name,
        # Both forms, so a search finds "the minister" by her name and by the words used.
        f"{role}_key": f"{fold(mention.name)} | {fold(mention.text)}",
    }


def folded_names(names: Iterable[str | None]) -> str | None:
    """The ``speaker_names`` / ``addressee_names`` value of a statement whose actors go by
    ``names`` (their current canonical names): each folded, once, in order, joined by
    ``" | "``; None when there is none."""
    folded = dict.fromkeys(f for f in (fold(n) for n in names if n) if f)
    return " | ".join(folded) or None


def quote_values(
    record: Record,
    ordinal: int,
    quote: Quote,
    globals_: dict[str, int],
    names: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The ``quotes`` row of ``quote`` (its id is the database's).

    ``names`` maps the record's actor ids to the stored actors' canonical names (default:
    the record's own names), for ``speaker_names`` and ``addressee_names``."""
    cue = quote.cue
    if names is None:
        names = {a.id: a.name for a in record.actors}
    speakers = [quote.speaker] if quote.speaker is not None else []
    speakers += list(quote.speakers or ())
    addressee = quote.addressee
    return {
        "article_id": record.id,
        "local_id": quote.id,
        "ordinal": ordinal,
        "kind": quote.kind,
        "text": quote.text,
        "spans": [[s, e] for s, e in quote.spans],
        "cue_text": cue.text if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        **_mention_columns("speaker", quote.speaker, globals_),
        **_mention_columns("addressee", quote.addressee, globals_),
        **_joint_key(quote),
        "speaker_names": folded_names(names.get(m.actor) for m in speakers if m.actor),
        "addressee_names": folded_names(
            [names.get(addressee.actor)] if addressee is not None and addressee.actor else []
        ),
    }


def joint_speaker_key(speaker_key: str | None, party_names: list[str | None]) -> str | None:
    """A joint statement's ``speaker_key``: the speaker phrase's key (its words, folded; the
    phrase names no one actor) followed by each named party's folded name, so a speaker
    search finds the statement by a party's name as it finds any statement by its speaker's
    (``"erdogan"`` finds a party named ``Recep Tayyip Erdoğan``). Also used by the migration
    that brought stored joint statements to this key (``jnt01``)."""
    names = [fold(n) for n in party_names if n and fold(n)]
    if not names:
        return speaker_key
    return " | ".join([speaker_key or "", *dict.fromkeys(names)])


def _joint_key(quote: Quote) -> dict[str, Any]:
    if not quote.speakers or quote.speaker is None:
        return {}
    own = _mention_columns("speaker", quote.speaker, {})["speaker_key"]
    return {"speaker_key": joint_speaker_key(own, [p.name for p in quote.speakers])}


def mention_values(
    record: Record, quote_id: int, quote: Quote, globals_: dict[str, int]
) -> list[dict[str, Any]]:
    """The ``mentions`` rows of a stored quote: its speaker and addressee, when named, and
    each party of a joint statement (``Quote.speakers``), also with the role ``speaker``: a
    party's row is any other than the speaker's own (whole phrase) row, which is how readers
    tell them apart (a coordination's parties lie inside the phrase, the parties of "the two
    countries" where they were named before it). Unresolved parties ("its allies") are kept too (no actor), so the stored
    article rebuilds into the record that was extracted."""
    named = [("speaker", quote.speaker), ("addressee", quote.addressee)]
    named += [("speaker", party) for party in quote.speakers or ()]
    return [
        {
            "article_id": record.id,
            "actor_id": _stored(mention.actor, globals_),
            "quote_id": quote_id,
            "role": role,
            "text": mention.text,
            "start": mention.start,
            "end": mention.end,
        }
        for role, mention in named
        if mention is not None
    ]


def event_day(published: dt.date | None, stated: StatedDate | None) -> dt.date | None:
    """The ``events.day`` of an event of an article published on ``published``: the first day
    of its stated date when that whole date lies before the article's day (a recap of an
    older act: "on March 3", "in 2014"), else the article's day (no stated date, one covering
    the article's day, or one after it, which is not believed); None for an undated article.

    Listings order and filter on it; timelines read it as a bound (the day an event counts on
    also depends on its story and on the timeline's periods: see
    :func:`onrecord.store.events.placement`)."""
    if published is None:
        return None
    if stated is not None and stated.last < published:
        return stated.first
    return published


def event_values(
    record: Record, ordinal: int, event: Event, globals_: dict[str, int]
) -> dict[str, Any]:
    """The ``events`` row of ``event``. A stated date that is not one (records come from the
    API too) is stored as none."""
    stated = parse_or_none(event.date)
    return {
        "article_id": record.id,
        "local_id": event.id,
        "ordinal": ordinal,
        "type": event.type,
        "cameo": event.cameo,
        "intensity": event.intensity,
        "source_local": event.source,
        "target_local": event.target,
        "source_actor_id": _stored(event.source, globals_),
        "target_actor_id": _stored(event.target, globals_),
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "text": event.text,
        "start": event.start,
        "end": event.end,
        "quote_local": event.quote,
        "confidence": event.confidence,
        "date": stated.iso() if stated is not None else None,
        "day": event_day(published_day(record.published), stated),
    }
