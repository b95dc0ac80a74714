"""Descriptions joined across stories, given one actor per story (``onrecord actors separate``).

A description that names no one by itself ("the group", "the company", "the party":
:func:`onrecord.actors.identity.story_local`) is one actor only within the copies of one
story (:func:`onrecord.store.actors.global_actor`). Stores written before that rule joined
every article's "group" into one actor, whose page gathered unrelated groups' statements.
:func:`shared_descriptions` finds such actors (``onrecord actors audit`` lists them) and
:func:`separate_descriptions` gives each story its own: the first story's mentions stay on the
actor, each other story's move to a new actor with their statements, mentions and events, as
``actors split`` moves them. Nothing is lost, and a store whose descriptions are already one
per story is left as it is.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, cast, distinct, func, literal, select
from sqlalchemy.orm import Session

from onrecord.actors.identity import story_local
from onrecord.record import Actor
from onrecord.store.actor_fixes import (
    ActorFixError,
    ActorRef,
    move_links,
    rebuild_identity,
    ref_of,
    resolve_actor,
)
from onrecord.store.actors import LOCAL_MARK, actor_key, free_key
from onrecord.store.schema import ActorRow, ArticleActorRow, ArticleRow
from onrecord.store.schema_sources import ArticleSignatureRow
from onrecord.store.statement_names import refresh_names

if TYPE_CHECKING:
    from onrecord.store.core import Store


@dataclass(frozen=True, slots=True)
class Separation:
    """What giving one description actor's stories their own actors did."""

    actor: ActorRef  # the actor that keeps the first story's mentions
    stories: int  # how many stories it had gathered
    new: list[ActorRef] = field(default_factory=list)  # one for each other story
    moved: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "actor": self.actor.to_dict(),
            "stories": self.stories,
            "new": [r.to_dict() for r in self.new],
            "moved": dict(self.moved),
        }


def _is_description(row: ActorRow | tuple[Any, ...]) -> bool:
    name, kind, country = row[1:4] if isinstance(row, tuple) else (row.name, row.kind, row.country)
    return story_local(Actor(id="", name=name, kind=kind, country=country))


def _stories(session: Session, actor_id: int) -> list[list[ArticleActorRow]]:
    """The actor's article mentions, one list per story (an article stored without grouping
    is a story of its own), the story stored first first."""
    found = session.execute(
        select(ArticleActorRow, ArticleSignatureRow.story_id)
        .join(ArticleRow, ArticleRow.id == ArticleActorRow.article_id)
        .outerjoin(
            ArticleSignatureRow, ArticleSignatureRow.article_id == ArticleActorRow.article_id
        )
        .where(ArticleActorRow.actor_id == actor_id)
        .order_by(ArticleRow.ingested_at, ArticleRow.id, ArticleActorRow.ordinal)
    ).tuples()
    groups: dict[object, list[ArticleActorRow]] = {}
    for link, story in found:
        groups.setdefault(story if story is not None else ("article", link.article_id), []).append(
            link
        )
    return list(groups.values())


def shared_descriptions(session: Session) -> list[tuple[ActorRow, int]]:
    """The description actors whose mentions span more than one story, each with how many
    stories it gathers, by actor id. One grouped query over the organisations' and groups'
    article mentions (an article stored without grouping counts as a story of its own), not
    one query per actor."""
    story_key = func.coalesce(
        cast(ArticleSignatureRow.story_id, String), literal("a:") + ArticleActorRow.article_id
    )
    stories = func.count(distinct(story_key))
    rows = session.execute(
        select(ActorRow.id, ActorRow.name, ActorRow.kind, ActorRow.country, stories)
        .join(ArticleActorRow, ArticleActorRow.actor_id == ActorRow.id)
        .outerjoin(
            ArticleSignatureRow, ArticleSignatureRow.article_id == ArticleActorRow.article_id
        )
        .where(
            ActorRow.kind.in_(("organization", "group")),
            ActorRow.key.not_like(f"%{LOCAL_MARK}%"),
        )
        .group_by(ActorRow.id, ActorRow.name, ActorRow.kind, ActorRow.country)
        .having(stories > 1)
        .order_by(ActorRow.id)
    ).tuples()
    return [
        (session.get_one(ActorRow, row[0]), int(row[4])) for row in rows if _is_description(row)
    ]


def separate_descriptions(store: Store, actor: str | None = None) -> list[Separation]:
    """Give each story of a description actor its own actor (every shared one without
    ``actor``), in one transaction.

    Args:
        store: an open :class:`onrecord.store.Store`.
        actor: the description actor to separate (id, name or alias); None for every
            description that spans more than one story.

    Returns:
        One :class:`Separation` per actor separated (none when nothing was shared).

    Raises:
        ActorLookupError: ``actor`` matches no actor or several.
        ActorFixError: ``actor`` is no description (a proper name, a person, a country's
            sector or body) and is one actor by right across articles.
    """
    done: list[Separation] = []
    with store.transaction() as session:
        if actor is None:
            rows = [row for row, _ in shared_descriptions(session)]
        else:
            row = resolve_actor(session, actor)
            if not _is_description(row):
                raise ActorFixError(
                    f"{ref_of(row)} is not a description that names no one by itself; it stays "
                    "one actor across stories (use `actors split` to move some mentions away)"
                )
            rows = [row]
        for row in rows:
            stories = _stories(session, row.id)
            if len(stories) < 2:
                continue
            base = actor_key(Actor(id="", name=row.name, kind=row.kind, country=row.country))  # type: ignore[arg-type]
            # the actor stays the first story's, under the key a new description would get
            row.key = free_key(
                session, f"{base}{LOCAL_MARK}{stories[0][0].article_id}", exclude=row.id
            )
            moved: Counter[str] = Counter()
            new: list[ActorRow] = []
            for links in stories[1:]:
                other = ActorRow(
                    key=free_key(session, f"{base}{LOCAL_MARK}{links[0].article_id}"),
                    name=row.name, kind=row.kind, country=row.country, aliases=[], titles=[],
                )  # fmt: skip
                session.add(other)
                session.flush()
                moved.update(move_links(session, links, row.id, other.id))
                new.append(other)
            for changed in (row, *new):
                rebuild_identity(session, changed)
            refresh_names(session, [row.id, *(n.id for n in new)])
            done.append(
                Separation(ref_of(row), len(stories), [ref_of(n) for n in new], dict(moved))
            )
    return done
