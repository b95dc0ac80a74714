"""Actors keep their name folded, so a search by name ignores case and accents.

``onrecord actors --name`` (``/api/actors?name=``, ``Store.actors(name=)``) matched the raw
``actors.name`` with ``ILIKE``: ``erdogan`` did not find "Recep Tayyip Erdoğan", though a
speaker search did. ``actors.folded_name`` holds the name folded as the aliases' keys and the
statements' speaker names are (:func:`onrecord.store.identity.fold`); the store sets it
whenever it sets a name (:class:`onrecord.store.schema.ActorRow`). This fills it for the actors
already stored, one update per actor in batches.

Revision ID: an01
Revises: mq01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from onrecord.store.identity import fold

revision: str = "an01"
down_revision: str | Sequence[str] | None = "mq01"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 2000
_ACTORS = sa.table("actors", sa.column("id"), sa.column("folded_name"))


def upgrade() -> None:
    op.add_column("actors", sa.Column("folded_name", sa.Text(), nullable=True))
    bind = op.get_bind()
    rows = [
        {"actor": actor_id, "folded": fold(name)}
        for actor_id, name in bind.execute(sa.text("SELECT id, name FROM actors"))
    ]
    statement = (
        sa.update(_ACTORS)
        .where(_ACTORS.c.id == sa.bindparam("actor"))
        .values(folded_name=sa.bindparam("folded"))
    )
    for start in range(0, len(rows), _BATCH):
        bind.execute(statement, rows[start : start + _BATCH])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Not batch mode: rebuilding ``actors`` would drop the table everything that names an
        # actor hangs on (with foreign keys on, a cascade). SQLite 3.35 and later drop a
        # column in place.
        op.execute("ALTER TABLE actors DROP COLUMN folded_name")
    else:
        op.drop_column("actors", "folded_name")
