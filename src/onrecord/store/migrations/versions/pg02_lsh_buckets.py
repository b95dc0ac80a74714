"""The near-duplicate index in the database: LSH band buckets of articles and quotes.

Until this revision each process rebuilt its MinHash LSH index in memory from the stored
signatures, so two processes writing at once did not see each other's articles. Now the band
buckets are rows (``story_buckets``, ``quote_buckets``; see ``onrecord.store.lsh``) and a new
article's candidates are one indexed query. Buckets are computed here for every signature
already stored.

Revision ID: pg02
Revises: pg01
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import sqlalchemy as sa
from alembic import op

revision: str = "pg02"
down_revision: str | Sequence[str] | None = "pg01"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The parameters the signatures were made with (onrecord.store.clusters / lineage).
_STORY = (0.5, 128)
_QUOTE = (0.5, 64)


def upgrade() -> None:
    op.create_table(
        "story_buckets",
        sa.Column("band", sa.SmallInteger(), nullable=False),
        sa.Column("bucket", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_story_buckets_article_id_articles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("band", "bucket", "article_id", name=op.f("pk_story_buckets")),
    )
    op.create_index(op.f("ix_story_buckets_article_id"), "story_buckets", ["article_id"])
    op.create_table(
        "quote_buckets",
        sa.Column("band", sa.SmallInteger(), nullable=False),
        sa.Column("bucket", sa.BigInteger(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quotes.id"], name=op.f("fk_quote_buckets_quote_id_quotes"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("band", "bucket", "quote_id", name=op.f("pk_quote_buckets")),
    )
    op.create_index(op.f("ix_quote_buckets_quote_id"), "quote_buckets", ["quote_id"])
    _backfill()


def _backfill() -> None:
    from onrecord.store.lsh import band_keys

    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT article_id, signature FROM article_signatures"))
    batch = []
    for article_id, data in rows:
        for band, bucket in band_keys(np.frombuffer(data, dtype="<u4"), *_STORY):
            batch.append({"band": band, "bucket": bucket, "article_id": article_id})
    if batch:
        bind.execute(sa.text("INSERT INTO story_buckets (band, bucket, article_id) VALUES (:band, :bucket, :article_id)"), batch)
    # One wording's buckets once (its repeats are found by their key): the first quote per key.
    rows = bind.execute(
        sa.text(
            "SELECT quote_id, signature FROM quote_lineage q WHERE signature IS NOT NULL AND quote_id = "
            "(SELECT min(quote_id) FROM quote_lineage r WHERE r.key = q.key)"
        )
    )
    batch = []
    for quote_id, data in rows:
        for band, bucket in band_keys(np.frombuffer(data, dtype="<u4"), *_QUOTE):
            batch.append({"band": band, "bucket": bucket, "quote_id": quote_id})
    if batch:
        bind.execute(sa.text("INSERT INTO quote_buckets (band, bucket, quote_id) VALUES (:band, :bucket, :quote_id)"), batch)


def downgrade() -> None:
    op.drop_index(op.f("ix_quote_buckets_quote_id"), table_name="quote_buckets")
    op.drop_table("quote_buckets")
    op.drop_index(op.f("ix_story_buckets_article_id"), table_name="story_buckets")
    op.drop_table("story_buckets")
