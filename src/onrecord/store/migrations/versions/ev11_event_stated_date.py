"""Keep each event's stated date, and the day it is listed and filtered on.

* ``events.date``: when the article says the act took place (``YYYY-MM-DD``, ``YYYY-Www``,
  ``YYYY-MM`` or ``YYYY``, see :mod:`onrecord.stated_dates`); NULL when it does not say.
* ``events.day``: the event's day: the stated date's first day when the whole stated period
  lies before the article's publication day (a recap of an older act), else the article's
  publication day; NULL for an undated article. Listings order and filter on it and the
  timelines' since/until read it (:mod:`onrecord.store.events`), so an article of 20 March
  recapping an act of 3 March is found by ``until=2026-03-10``. Indexed (``ix_events_day``)
  as ``articles.published_date`` is, with a newest-first twin on PostgreSQL (as pg01's).

Events stored before this revision have no stated date; their day is their article's date.

Revision ID: ev11
Revises: nm02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "ev11"
down_revision: str | Sequence[str] | None = "nm02"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("date", sa.String(10), nullable=True))
        batch.add_column(sa.Column("day", sa.Date(), nullable=True))
    op.execute(
        "UPDATE events SET day = "
        "(SELECT articles.published_date FROM articles WHERE articles.id = events.article_id)"
    )
    op.create_index("ix_events_day", "events", ["day"])
    if op.get_bind().dialect.name == "postgresql":
        # Listings are newest first, undated last: PostgreSQL reads this index in that order.
        op.execute("CREATE INDEX ix_events_day_desc ON events (day DESC NULLS LAST, id)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_events_day_desc")
    op.drop_index("ix_events_day", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("day")
        batch.drop_column("date")
