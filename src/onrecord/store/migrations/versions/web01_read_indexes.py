"""Covering indexes for the web app's actor pages (a branch off 0001).

An actor page counts the articles that mention the actor, and its event targets with their
mean intensity. With these indexes both are read from the index alone instead of one table
row per match (measured with benchmarks/web_latency.py on 100,000 statements).

Revision ID: web01
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "web01"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_article_actors_actor_article", "article_actors", ["actor_id", "article_id"])
    op.create_index("ix_events_source_target_intensity", "events", ["source_actor_id", "target_actor_id", "intensity"])
    op.create_index("ix_quotes_speaker_article", "quotes", ["speaker_actor_id", "article_id"])


def downgrade() -> None:
    op.drop_index("ix_quotes_speaker_article", table_name="quotes")
    op.drop_index("ix_events_source_target_intensity", table_name="events")
    op.drop_index("ix_article_actors_actor_article", table_name="article_actors")
