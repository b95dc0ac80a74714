"""Actor identity across articles: a name index and the analyst's manual fixes.

``actor_names`` indexes every name of every actor (transliteration-insensitive key, surname
key and its first letters) so an incoming actor finds its candidates by index;
``actor_fixes`` records ``onrecord actors merge`` / ``split`` so later ingests keep them.
Existing actors are indexed from their names and aliases.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "actor_names",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("surname", sa.Text(), nullable=True),
        sa.Column("prefix", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_actor_names_actor_id_actors"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_names")),
        sa.UniqueConstraint("actor_id", "key", name="uq_actor_names_actor_key"),
    )
    with op.batch_alter_table("actor_names", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_names_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index("ix_actor_names_kind_key", ["kind", "key"], unique=False)
        batch_op.create_index("ix_actor_names_kind_surname", ["kind", "surname"], unique=False)
        batch_op.create_index("ix_actor_names_kind_prefix", ["kind", "prefix"], unique=False)

    op.create_table(
        "actor_fixes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=16), nullable=True),
        sa.Column("match_key", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_actor_fixes_actor_id_actors"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_fixes")),
    )
    with op.batch_alter_table("actor_fixes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_fixes_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index("ix_actor_fixes_kind_match", ["kind", "match_key"], unique=False)

    _index_existing_actors()


def _index_existing_actors() -> None:
    """Fill ``actor_names`` for actors stored before this revision."""
    from onrecord.store.actors import identity_aliases, name_entries

    bind = op.get_bind()
    actors = sa.table("actors", sa.column("id"), sa.column("name"), sa.column("kind"))
    aliases = sa.table("actor_aliases", sa.column("actor_id"), sa.column("alias"))
    names = sa.table(
        "actor_names",
        sa.column("actor_id"),
        sa.column("kind"),
        sa.column("key"),
        sa.column("surname"),
        sa.column("prefix"),
    )
    alias_map: dict[int, list[str]] = {}
    for actor_id, alias in bind.execute(sa.select(aliases.c.actor_id, aliases.c.alias)):
        alias_map.setdefault(actor_id, []).append(alias)
    rows: list[dict[str, object]] = []
    for actor_id, name, kind in bind.execute(sa.select(actors.c.id, actors.c.name, actors.c.kind)):
        for entry in name_entries(kind, [name, *identity_aliases(alias_map.get(actor_id, []))]):
            rows.append({"actor_id": actor_id, **entry})
    if rows:
        bind.execute(names.insert(), rows)


def downgrade() -> None:
    with op.batch_alter_table("actor_fixes", schema=None) as batch_op:
        batch_op.drop_index("ix_actor_fixes_kind_match")
        batch_op.drop_index(batch_op.f("ix_actor_fixes_actor_id"))
    op.drop_table("actor_fixes")
    with op.batch_alter_table("actor_names", schema=None) as batch_op:
        batch_op.drop_index("ix_actor_names_kind_prefix")
        batch_op.drop_index("ix_actor_names_kind_surname")
        batch_op.drop_index("ix_actor_names_kind_key")
        batch_op.drop_index(batch_op.f("ix_actor_names_actor_id"))
    op.drop_table("actor_names")
