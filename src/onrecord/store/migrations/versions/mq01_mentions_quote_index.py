"""An index on ``mentions.quote_id``: reads that go from a statement to its mentions (a page's
joint-statement parties, the crowded-country filter's party test, the parties whose names a
merge rewrites) and the cascade when a statement is deleted no longer scan every mention (or,
where a query could narrow it, every mention of the statement's article).

Revision ID: mq01
Revises: nm01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "mq01"
down_revision: str | Sequence[str] | None = "nm01"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_mentions_quote_id", "mentions", ["quote_id"])


def downgrade() -> None:
    op.drop_index("ix_mentions_quote_id", table_name="mentions")
