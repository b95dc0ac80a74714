"""Keep each event's confidence (the coder's probability of its type, 0..1).

Events stored before this revision have no confidence (NULL): readers treat it as unknown and
minimum-confidence filters keep them.

Revision ID: ev10
Revises: pg02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "ev10"
down_revision: str | Sequence[str] | None = "pg02"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("confidence")
