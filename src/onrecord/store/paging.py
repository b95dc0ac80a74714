"""Ordering and paging shared by the store's listings.

Newest-first listings are keyset-paginated: a page ends with the sort key of its last row (the
article's publication date and the row id), and the next page starts strictly after it, so
pages stay stable while an ingest adds articles.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, and_, or_
from sqlalchemy.orm import Session

#: A position in a newest-first listing: (publication date or None, row id).
Key = tuple[str | None, int | str]

#: The two orders a dated listing comes in: ``oldest`` first (the CLI's reading order, undated
#: articles last) or ``newest`` first (the web's, keyset-paginated).
Order = Literal["oldest", "newest"]


def after_key(date_col: Any, id_col: Any, key: Key | None) -> ColumnElement[bool] | None:
    """Rows strictly after ``key`` in (date DESC NULLS LAST, id DESC) order."""
    if key is None:
        return None
    date, row_id = key
    if date is None:
        return and_(date_col.is_(None), id_col < row_id)
    day = dt.date.fromisoformat(date)
    return or_(date_col < day, and_(date_col == day, id_col < row_id), date_col.is_(None))


def like_pattern(value: str) -> str:
    """``%value%`` with LIKE's wildcards escaped (use with ``escape="\\\\"``)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def iso(value: dt.date | None) -> str | None:
    """A date as ISO text, None kept."""
    return value.isoformat() if value is not None else None


def check_order(order: str) -> None:
    """Refuse an order that is neither ``oldest`` nor ``newest``."""
    if order not in ("oldest", "newest"):
        raise ValueError(f"order must be 'oldest' or 'newest', not {order!r}")


def newest_first(
    session: Session,
    stmt: Select[Any],
    date_col: Any,
    id_col: Any,
    *,
    after: Key | None,
    limit: int | None,
) -> tuple[list[Any], bool]:
    """Run ``stmt`` newest first by (date, id), starting after ``after``; at most ``limit`` rows.

    Returns:
        The rows and whether more follow.
    """
    cond = after_key(date_col, id_col, after)
    if cond is not None:
        stmt = stmt.where(cond)
    stmt = stmt.order_by(date_col.desc().nulls_last(), id_col.desc())
    if limit is None:
        return list(session.execute(stmt).tuples()), False
    rows = list(session.execute(stmt.limit(limit + 1)).tuples())
    return rows[:limit], len(rows) > limit
