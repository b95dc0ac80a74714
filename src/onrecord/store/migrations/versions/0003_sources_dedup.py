"""Sources, story clusters (syndication) and quote lineage.

Tables of ``onrecord.store.schema_sources``: feed sources and the entries already handled,
MinHash signatures of articles grouped into story clusters, and quotes grouped into quote
clusters. A branch off 0001 (the store upgrades every head).

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-29 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("last_polled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_ok_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_poll_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("url", name=op.f("uq_sources_url")),
    )
    op.create_table(
        "source_entries",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("entry_key", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_source_entries_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("source_id", "entry_key", name=op.f("pk_source_entries")),
    )
    op.create_table(
        "story_clusters",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("canonical_article_id", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_clusters")),
    )
    with op.batch_alter_table("story_clusters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_story_clusters_canonical_article_id"), ["canonical_article_id"], unique=False
        )
    op.create_table(
        "article_signatures",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_article_signatures_article_id_articles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["story_id"], ["story_clusters.id"], name=op.f("fk_article_signatures_story_id_story_clusters")
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_article_signatures")),
    )
    with op.batch_alter_table("article_signatures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_signatures_story_id"), ["story_id"], unique=False)
    op.create_table(
        "quote_clusters",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("first_quote_id", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_clusters")),
    )
    with op.batch_alter_table("quote_clusters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_clusters_first_quote_id"), ["first_quote_id"], unique=False)
    op.create_table(
        "quote_lineage",
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quotes.id"], name=op.f("fk_quote_lineage_quote_id_quotes"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["quote_clusters.id"], name=op.f("fk_quote_lineage_cluster_id_quote_clusters")
        ),
        sa.PrimaryKeyConstraint("quote_id", name=op.f("pk_quote_lineage")),
    )
    with op.batch_alter_table("quote_lineage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_lineage_cluster_id"), ["cluster_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_lineage_key"), ["key"], unique=False)


def downgrade() -> None:
    op.drop_table("quote_lineage")
    op.drop_table("quote_clusters")
    op.drop_table("article_signatures")
    op.drop_table("story_clusters")
    op.drop_table("source_entries")
    op.drop_table("sources")
