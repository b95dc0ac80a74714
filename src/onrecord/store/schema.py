"""The store's tables (SQLAlchemy 2 ORM). Alembic migrations are generated from these.

Types are portable (no SQLite- or PostgreSQL-only column types); the SQLite full-text index
over quote text lives in the migration only, next to the triggers that keep it current.
Record-local ids (``q1``, ``a1``, ``e1``) are kept beside the global ones so a stored article
rebuilds into exactly the record that was extracted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from onrecord.store.identity import fold

# Named constraints make later migrations (and SQLite batch mode) predictable.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with the project's constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic autogenerate filter: the SQLite full-text index (``quotes_fts`` and its shadow
    tables) is made by a migration's raw SQL, not by these models; leave it alone."""
    return not (
        type_ == "table"
        and reflected
        and compare_to is None
        and (name or "").startswith("quotes_fts")
    )


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ArticleRow(Base):
    """One article; ``id`` is the record id (sha256 of the text, 16 hex digits)."""

    __tablename__ = "articles"
    # migration f25f91f040b0: a timeline reaches dates through the article id
    __table_args__ = (Index("ix_articles_id_published", "id", "published_date"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    normalised_url: Mapped[str | None] = mapped_column(Text, unique=True)
    text_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(64))
    published_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    source: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16), default="en")
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)

    actors: Mapped[list[ArticleActorRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="ArticleActorRow.ordinal"
    )
    quotes: Mapped[list[QuoteRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="QuoteRow.ordinal"
    )
    events: Mapped[list[EventRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="EventRow.ordinal"
    )


class ActorRow(Base):
    """A global actor, shared by every article that mentions it.

    ``folded_name`` is ``name`` folded (case and accents, :func:`onrecord.store.identity.fold`,
    the folding of ``actor_aliases.key`` and of the statements' speaker search), what a search
    by name matches (``onrecord actors --name``, :func:`onrecord.store.actor_queries.actor_named`).
    Setting ``name`` sets it (a validator), so every write that creates or renames an actor
    keeps it: an ingest's new actor or fuller name, a split's new actor; migration ``an01``
    filled it for the actors stored before.
    """

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    country: Mapped[str | None] = mapped_column(String(16), index=True)
    folded_name: Mapped[str | None] = mapped_column(Text)

    aliases: Mapped[list[ActorAliasRow]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", order_by="ActorAliasRow.id"
    )
    titles: Mapped[list[ActorTitleRow]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", order_by="ActorTitleRow.id"
    )

    @validates("name")
    def _fold_name(self, _key: str, name: str) -> str:
        self.folded_name = fold(name)
        return name


class ActorAliasRow(Base):
    """Another name an actor goes by (``Lavrov``, ``Sergey Viktorovich``)."""

    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "key", name="uq_actor_aliases_actor_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, index=True)

    actor: Mapped[ActorRow] = relationship(back_populates="aliases")


class ActorTitleRow(Base):
    """A title an actor held, with the dates of the first and last article that used it."""

    __tablename__ = "actor_titles"
    __table_args__ = (UniqueConstraint("actor_id", "key", name="uq_actor_titles_actor_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(16))
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    last_seen: Mapped[dt.date | None] = mapped_column(Date)

    actor: Mapped[ActorRow] = relationship(back_populates="titles")


class ArticleActorRow(Base):
    """An actor as one record saw it: its local id and the global actor it maps to."""

    __tablename__ = "article_actors"
    __table_args__ = (
        Index("ix_article_actors_actor_article", "actor_id", "article_id"),
    )  # migration web01

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    local_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(16))
    titles: Mapped[list[str]] = mapped_column(JSON, default=list)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)

    article: Mapped[ArticleRow] = relationship(back_populates="actors")


class QuoteRow(Base):
    """A statement; ``speaker_key``/``addressee_key`` are folded names for matching.

    The keys hold what the article said (the words and the name its record gave);
    ``speaker_names``/``addressee_names`` the current canonical names of the statement's
    actors (the speaker's, or each party's of a joint statement), folded and joined by
    ``" | "`` (:func:`onrecord.store.rows.folded_names`), rewritten when an actor is merged,
    split or renamed (:mod:`onrecord.store.statement_names`; migration ``nm01``).
    """

    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("article_id", "local_id", name="uq_quotes_article_local"),
        Index("ix_quotes_speaker_article", "speaker_actor_id", "article_id"),  # migration web01
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    local_id: Mapped[str] = mapped_column(String(32))
    ordinal: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    spans: Mapped[list[list[int]]] = mapped_column(JSON)
    cue_text: Mapped[str | None] = mapped_column(Text)
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    speaker_text: Mapped[str | None] = mapped_column(Text)
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    speaker_local: Mapped[str | None] = mapped_column(String(32))
    speaker_actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    speaker_name: Mapped[str | None] = mapped_column(Text)
    speaker_key: Mapped[str | None] = mapped_column(Text)
    addressee_text: Mapped[str | None] = mapped_column(Text)
    addressee_start: Mapped[int | None] = mapped_column(Integer)
    addressee_end: Mapped[int | None] = mapped_column(Integer)
    addressee_local: Mapped[str | None] = mapped_column(String(32))
    addressee_actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    addressee_name: Mapped[str | None] = mapped_column(Text)
    addressee_key: Mapped[str | None] = mapped_column(Text)
    speaker_names: Mapped[str | None] = mapped_column(Text)
    addressee_names: Mapped[str | None] = mapped_column(Text)

    article: Mapped[ArticleRow] = relationship(back_populates="quotes")


class MentionRow(Base):
    """Where an actor appears in an article, and in what role (speaker, addressee)."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    # migration mq01: reads from a statement to its mentions (and the delete cascade)
    quote_id: Mapped[int | None] = mapped_column(
        ForeignKey("quotes.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class EventRow(Base):
    """A coded event with every contract field, plus the global ids of its actors."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("article_id", "local_id", name="uq_events_article_local"),
        Index("ix_events_dyad", "source_actor_id", "target_actor_id"),
        Index(
            "ix_events_source_target_intensity", "source_actor_id", "target_actor_id", "intensity"
        ),  # web01
        # migration f25f91f040b0: the most-active-pairs scan reads only this index
        Index(
            "ix_events_article_dyad",
            "article_id",
            "source_actor_id",
            "target_actor_id",
            "type",
            "negated",
            "hypothetical",
            "intensity",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    local_id: Mapped[str] = mapped_column(String(32))
    ordinal: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(16), index=True)
    cameo: Mapped[str] = mapped_column(String(8))
    intensity: Mapped[float] = mapped_column(Float)
    source_local: Mapped[str | None] = mapped_column(String(32))
    target_local: Mapped[str | None] = mapped_column(String(32))
    source_actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    target_actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    negated: Mapped[bool] = mapped_column(Boolean, default=False)
    hypothetical: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote_local: Mapped[str | None] = mapped_column(String(32))
    # migration ev10: the coder's probability of the type (NULL for events stored before it)
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    # migration ev11: the stated date (onrecord.stated_dates; NULL: the text gives none) and the
    # event's day, what listings and since/until read (onrecord.store.rows.event_day)
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    day: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)

    article: Mapped[ArticleRow] = relationship(back_populates="events")


def json_list(value: Any) -> list[Any]:
    """JSON columns come back as lists on every backend; be tolerant of NULLs."""
    return list(value) if value else []
