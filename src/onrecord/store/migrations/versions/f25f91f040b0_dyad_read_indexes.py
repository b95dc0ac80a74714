"""Merge the branches off 0001 (0002, 0003, web01) and add covering indexes for dyad analysis.

After this revision the history is linear again: one head.

* ``ix_articles_id_published`` (``articles.id``, ``published_date``): a timeline reaches its
  events through the dyad index and needs each one's article date; with this index the date
  comes from the index instead of the article row, which carries the whole text.
* ``ix_events_article_dyad`` (``events.article_id`` and the columns the most-active-pairs
  ranking reads): ranking every pair of a store reads its events from this index alone.

Measured with benchmarks/web_latency.py's store (100,000 statements).

Revision ID: f25f91f040b0
Revises: 0002, 0003, web01
Create Date: 2026-11-28 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "f25f91f040b0"
down_revision: str | Sequence[str] | None = ("0002", "0003", "web01")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_EVENT_COLUMNS = ["article_id", "source_actor_id", "target_actor_id", "type", "negated", "hypothetical", "intensity"]


def upgrade() -> None:
    op.create_index("ix_articles_id_published", "articles", ["id", "published_date"])
    op.create_index("ix_events_article_dyad", "events", _EVENT_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_events_article_dyad", table_name="events")
    op.drop_index("ix_articles_id_published", table_name="articles")
