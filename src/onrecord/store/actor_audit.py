"""Suspicious actor names and titles, for an analyst to check (``onrecord actors audit``).

Name resolution can go wrong in ways a user sees on an actor page: an article's "Mr. King"
stored as an alias of Vladimir Putin, a title such as "Part of the Network President" learned
from a sentence that only happened to put words before an office, a newspaper or a poll
stored under a country. The store never lets such an alias decide identity (see
:func:`onrecord.store.actors.identity_aliases`), but what was stored is still shown. The audit
lists:

* ``alias``: a person's alias whose surname is not a word of the person's name;
* ``title``: a title that is no office noun phrase (no office word, or words such as "of
  the" before the office word);
* ``description``: a person's alias that is a description, not a name ("press secretary",
  "the senator"): the article linked a description to the person, which is right only when
  the article said who it was;
* ``outlet``: an alias of a country or IGO that names a news outlet or a poll/report;
* ``shared``: a description that names no one by itself ("group", "the company") joined into
  one actor across stories by a store written before each story's became its own
  (:mod:`onrecord.store.description_actors`; ``onrecord actors separate`` fixes it).

Each finding carries the command that fixes it (``onrecord actors split``) where one does.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from onrecord.actors.identity import fold
from onrecord.actors.lexicon import Lexicon, is_office_title, load_lexicon

__all__ = ["AuditFinding", "audit_actors", "is_office_title"]
from onrecord.store.actors import alias_fits_name, identity_aliases
from onrecord.store.description_actors import shared_descriptions
from onrecord.store.schema import ActorAliasRow, ActorRow, ActorTitleRow


@dataclass(slots=True)
class AuditFinding:
    """One suspicious name or title of a stored actor."""

    actor_id: int
    actor: str
    kind: str
    issue: str  # alias | description | title | outlet | shared
    name: str
    reason: str
    fix: str | None

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (for JSON, CSV and the table)."""
        return asdict(self)


def _names_an_outlet(alias: str, lex: Lexicon) -> bool:
    words = fold(alias).split()
    if not words:
        return False
    if fold(alias).removeprefix("the ") in lex.outlets:
        return True
    return len(words) >= 2 and (words[-1] in lex.outlet_heads or words[-1] in lex.findings)


def audit_actors(store: Any) -> list[AuditFinding]:
    """Every suspicious alias and title in the store, by actor id.

    Args:
        store: an open :class:`onrecord.store.Store`.

    Returns:
        The findings, actor by actor.
    """
    lex = load_lexicon()
    out: list[AuditFinding] = []
    with Session(store.engine) as session:
        actors = {
            row.id: (row.name, row.kind)
            for row in session.execute(select(ActorRow.id, ActorRow.name, ActorRow.kind)).all()
        }
        aliases = session.execute(
            select(ActorAliasRow.actor_id, ActorAliasRow.alias).order_by(
                ActorAliasRow.actor_id, ActorAliasRow.id
            )
        ).all()
        titles = session.execute(
            select(ActorTitleRow.actor_id, ActorTitleRow.title).order_by(
                ActorTitleRow.actor_id, ActorTitleRow.id
            )
        ).all()
        shared = [(row.id, row.name, row.kind, n) for row, n in shared_descriptions(session)]
    for actor_id, name, kind, stories in shared:
        out.append(AuditFinding(
            actor_id, name, kind, "shared", name,
            f"a description that names no one, joined across {stories} stories "
            "(stored before each story's became an actor of its own)",
            f"onrecord actors separate {actor_id}",
        ))  # fmt: skip
    for actor_id, alias in aliases:
        name, kind = actors[actor_id]
        if kind == "person" and identity_aliases([alias]) and not alias_fits_name(name, alias):
            out.append(AuditFinding(
                actor_id, name, kind, "alias", alias,
                "its surname is not a word of the actor's name",
                f'onrecord actors split {actor_id} --alias "{alias}" --name "{alias}"',
            ))  # fmt: skip
        elif (
            kind == "person"
            and not identity_aliases([alias])
            and not set(fold(alias).split()) <= set(fold(name).split())
        ):  # "King" on Larry King is his name, not the office
            out.append(AuditFinding(
                actor_id, name, kind, "description", alias,
                "a description, not a name: check that the article said who it was",
                f'onrecord actors split {actor_id} --alias "{alias}"',
            ))  # fmt: skip
        elif kind in ("country", "igo") and _names_an_outlet(alias, lex):
            out.append(AuditFinding(
                actor_id, name, kind, "outlet", alias,
                f"names a news outlet or a poll/report, not the {kind}",
                f'onrecord actors split {actor_id} --alias "{alias}"',
            ))  # fmt: skip
    for actor_id, title in titles:
        name, kind = actors[actor_id]
        if not is_office_title(title, lex):
            out.append(AuditFinding(
                actor_id, name, kind, "title", title, "not an office noun phrase", None,
            ))  # fmt: skip
    out.sort(key=lambda f: (f.actor_id, f.issue, f.name))
    return out
