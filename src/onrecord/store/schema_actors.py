"""Tables for cross-article actor identity (migration ``0002``).

``actor_names`` is the lookup index: one row per name an actor goes by, with its
transliteration-insensitive key and, for people, the surname key and its first letters, so
finding the candidates for an incoming actor is an indexed query, never a scan of every actor.
``actor_fixes`` records the analyst's manual merges and splits; :func:`global_actor` consults
it before anything else, so a re-ingest lands where the analyst put things.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from onrecord.store.schema import Base


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# How many leading letters of a surname key the fuzzy fallback looks up by.
PREFIX_LEN = 3


class ActorNameRow(Base):
    """A name (canonical or alias) of a global actor, as an index entry."""

    __tablename__ = "actor_names"
    __table_args__ = (
        UniqueConstraint("actor_id", "key", name="uq_actor_names_actor_key"),
        Index("ix_actor_names_kind_key", "kind", "key"),
        Index("ix_actor_names_kind_surname", "kind", "surname"),
        Index("ix_actor_names_kind_prefix", "kind", "prefix"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(Text)
    surname: Mapped[str | None] = mapped_column(Text)
    prefix: Mapped[str | None] = mapped_column(String(8))


class ActorFixRow(Base):
    """A manual fix: actors named ``match_key`` (with this kind and country) go to ``actor_id``.

    ``action`` is ``merge`` (the name belonged to an actor folded into ``actor_id``; matched
    on an incoming actor's canonical name) or ``split`` (the alias was split off into
    ``actor_id``; matched on the canonical name or any alias). The newest matching fix wins.
    """

    __tablename__ = "actor_fixes"
    __table_args__ = (Index("ix_actor_fixes_kind_match", "kind", "match_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(16))
    match_key: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
