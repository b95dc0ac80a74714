"""People's surname keys where "Ben" or "Al" opens a two-word name.

``onrecord.actors.identity.split_name`` read "ben" and "al" as surname particles wherever they
stood, so "Ben Carson" and "Al Gore" were all surname (``ben carson``, ``al gore``): a bare
"Carson" or "Gore" shared no surname with them. First of a two-word name they are now given
names. This revision brings the stored index to it: the ``surname`` and ``prefix`` of the
person entries of ``actor_names`` whose key is two words opening with ``ben`` or ``al`` are
computed again by the app's code, as the running code computes them for new entries.

Downgrade: the entries get their former surname back (the whole key).

Revision ID: nm02
Revises: fl02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "nm02"
down_revision: str | Sequence[str] | None = "fl02"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAMES = sa.table(
    "actor_names",
    sa.column("actor_id"),
    sa.column("kind"),
    sa.column("key"),
    sa.column("surname"),
    sa.column("prefix"),
)
_PARTICLES = ("ben", "al")
_PREFIX_LEN = 3  # onrecord.store.schema_actors.PREFIX_LEN as of this revision


def _entries(bind: sa.Connection) -> list[tuple[str, str]]:
    """(actor id, key) of the person entries this revision is about."""
    rows = bind.execute(
        sa.select(_NAMES.c.actor_id, _NAMES.c.key).where(
            _NAMES.c.kind == "person",
            sa.or_(*(_NAMES.c.key.like(f"{p} %") for p in _PARTICLES)),
        )
    ).all()
    return [(a, k) for a, k in rows if len(k.split()) == 2]


def _set(bind: sa.Connection, surname_of) -> None:  # type: ignore[no-untyped-def]
    update = (
        sa.update(_NAMES)
        .where(_NAMES.c.actor_id == sa.bindparam("actor"), _NAMES.c.key == sa.bindparam("k"))
        .values(surname=sa.bindparam("s"), prefix=sa.bindparam("p"))
    )
    changes = [
        {"actor": a, "k": k, "s": surname_of(k), "p": surname_of(k)[:_PREFIX_LEN]}
        for a, k in _entries(bind)
    ]
    if changes:
        bind.execute(update, changes)


def upgrade() -> None:
    from onrecord.actors.identity import split_name

    _set(op.get_bind(), lambda key: split_name(key)[1])


def downgrade() -> None:
    _set(op.get_bind(), lambda key: key)
