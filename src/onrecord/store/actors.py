"""Mapping record-local actors to the store's global actors.

For now a global actor is identified by (folded name, kind, country). Cross-article resolution
(aliases, transliterations, office-holders) will replace :func:`actor_key` and
:func:`global_actor`; nothing else in the store decides actor identity.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from onrecord.record import Actor
from onrecord.store.identity import fold
from onrecord.store.schema import ActorAliasRow, ActorRow, ActorTitleRow


def actor_key(actor: Actor) -> str:
    """The identity of a global actor: folded name, kind and country."""
    return f"{fold(actor.name)}|{actor.kind}|{actor.country or ''}"


def global_actor(session: Session, actor: Actor, *, seen: dt.date | None) -> ActorRow:
    """Find or create the global actor for a record-local one, merging aliases and titles.

    Args:
        session: the article's session; everything happens inside its transaction.
        actor: the actor as one record describes it.
        seen: the article's publication date, to date the titles it uses.
    """
    key = actor_key(actor)
    row = session.scalars(select(ActorRow).where(ActorRow.key == key)).one_or_none()
    if row is None:
        row = ActorRow(key=key, name=actor.name, kind=actor.kind, country=actor.country)
        session.add(row)
        session.flush()
    _merge_aliases(session, row, actor.aliases)
    _merge_titles(session, row, actor.titles, seen)
    return row


def _merge_aliases(session: Session, row: ActorRow, aliases: list[str]) -> None:
    known = {a.key for a in row.aliases} | {fold(row.name)}
    for alias in aliases:
        key = fold(alias)
        if key and key not in known:
            known.add(key)
            row.aliases.append(ActorAliasRow(alias=alias, key=key))


def _merge_titles(session: Session, row: ActorRow, titles: list[str], seen: dt.date | None) -> None:
    by_key = {t.key: t for t in row.titles}
    for title in titles:
        key = fold(title)
        if not key:
            continue
        existing = by_key.get(key)
        if existing is None:
            existing = ActorTitleRow(title=title, key=key, country=row.country, first_seen=seen, last_seen=seen)
            row.titles.append(existing)
            by_key[key] = existing
        elif seen is not None:
            if existing.first_seen is None or seen < existing.first_seen:
                existing.first_seen = seen
            if existing.last_seen is None or seen > existing.last_seen:
                existing.last_seen = seen
