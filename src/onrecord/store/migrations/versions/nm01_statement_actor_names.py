"""Statements keep their actors' current names, so a speaker search finds an actor's
statements by the actor's name after a merge, a split or a fuller name learned later.

A speaker (or addressee) search matched only what the article said (``quotes.speaker_key``:
the words and the name the record gave). After ``onrecord actors merge`` or ``split --name``,
or when a later article gave a stored person a fuller name, the actor's canonical name missed
the statements stored under the other names, single and joint alike, though the actor page
listed them. ``quotes.speaker_names`` holds the current canonical names of the statement's
speaker actor, or of each party's of a joint statement, and ``quotes.addressee_names`` the
addressee's, folded (:func:`onrecord.store.rows.folded_names`); the store rewrites them when
an actor changes (:mod:`onrecord.store.statement_names`). This fills them for the statements
already stored: one update per actor through the speaker and addressee indexes, and the joint
statements' parties read through their mention rows.

Revision ID: nm01
Revises: jnt01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from onrecord.store.rows import folded_names

revision: str = "nm01"
down_revision: str | Sequence[str] | None = "jnt01"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ("speaker_names", "addressee_names")
_BATCH = 2000
_QUOTES = sa.table(
    "quotes",
    sa.column("id"),
    sa.column("speaker_actor_id"),
    sa.column("addressee_actor_id"),
    *(sa.column(c) for c in _COLUMNS),
)
# A joint statement's parties: the resolved ``speaker`` mentions of a statement with no
# single speaker (its whole-phrase row names no actor), in text order.
_PARTIES = sa.text(
    "SELECT m.quote_id, a.name FROM mentions m "
    "JOIN actors a ON a.id = m.actor_id "
    "JOIN quotes q ON q.id = m.quote_id "
    "WHERE m.role = 'speaker' AND q.speaker_actor_id IS NULL "
    "ORDER BY m.quote_id, m.start, m.id"
)


def _executemany(statement: sa.Update, rows: list[dict[str, object]]) -> None:
    bind = op.get_bind()
    for start in range(0, len(rows), _BATCH):
        bind.execute(statement, rows[start : start + _BATCH])


def upgrade() -> None:
    for column in _COLUMNS:
        op.add_column("quotes", sa.Column(column, sa.Text(), nullable=True))
    bind = op.get_bind()
    actors = [
        {"actor": actor_id, "names": folded_names([name])}
        for actor_id, name in bind.execute(sa.text("SELECT id, name FROM actors"))
    ]
    for role in ("speaker", "addressee"):
        _executemany(
            sa.update(_QUOTES)
            .where(_QUOTES.c[f"{role}_actor_id"] == sa.bindparam("actor"))
            .values({f"{role}_names": sa.bindparam("names")}),
            actors,
        )
    parties: dict[int, list[str]] = {}
    for quote_id, name in bind.execute(_PARTIES):
        parties.setdefault(quote_id, []).append(name)
    _executemany(
        sa.update(_QUOTES)
        .where(_QUOTES.c.id == sa.bindparam("quote"))
        .values(speaker_names=sa.bindparam("names")),
        [{"quote": q, "names": folded_names(names)} for q, names in parties.items()],
    )


def downgrade() -> None:
    for column in reversed(_COLUMNS):
        if op.get_bind().dialect.name == "sqlite":
            # Not batch mode: rebuilding ``quotes`` would drop the table the mentions, the
            # lineage and the full-text triggers hang on (with foreign keys on, a cascade).
            # SQLite 3.35 and later drop a column in place.
            op.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
        else:
            op.drop_column("quotes", column)
