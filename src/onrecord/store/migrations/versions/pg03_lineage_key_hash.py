"""Quote lineage keys indexed by hash on PostgreSQL, so a quotation of any length can be stored.

A B-tree entry on PostgreSQL holds at most about 2,700 bytes: the wording key of a long
quotation (a 6,000-character speech excerpt) made ``add_record`` fail with "index row size
exceeds btree maximum". Lineage only ever looks a key up by equality (``=`` and ``IN``), which a
hash index serves with no size limit. SQLite has no such limit; nothing changes there.

Revision ID: pg03
Revises: ev10
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "pg03"
down_revision: str | Sequence[str] | None = "ev10"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _postgresql():
        op.drop_index("ix_quote_lineage_key", table_name="quote_lineage")
        op.create_index("ix_quote_lineage_key", "quote_lineage", ["key"], postgresql_using="hash")


def downgrade() -> None:
    if _postgresql():
        op.drop_index("ix_quote_lineage_key", table_name="quote_lineage")
        op.create_index("ix_quote_lineage_key", "quote_lineage", ["key"])
