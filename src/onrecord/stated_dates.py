"""The date an article states for an act, at the precision it states it.

An event's ``date`` (see :class:`onrecord.record.Event`) is an ISO 8601 date of reduced
precision when the text says when the act took place: ``2026-03-03`` ("on March 3"),
``2026-W10`` ("last week", an ISO week), ``2026-03`` ("in March") or ``2014`` ("in 2014").
:func:`parse` turns one into the days it covers, so the store and the timelines can tell
whether an act falls on the article's day, on another day, or only somewhere in a month or
a year.

    >>> parse("2026-W10")
    StatedDate(first=datetime.date(2026, 3, 2), last=datetime.date(2026, 3, 8), precision='week')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

PRECISIONS = ("day", "week", "month", "year")

_FORM = re.compile(r"^(\d{4})(?:-W(\d{2})|-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class StatedDate:
    """The days a stated date covers.

    Attributes:
        first: its first day.
        last: its last day (``first`` for a day).
        precision: ``day``, ``week``, ``month`` or ``year``.
    """

    first: dt.date
    last: dt.date
    precision: str

    def covers(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    def iso(self) -> str:
        """The stated date written as the record writes it."""
        if self.precision == "day":
            return self.first.isoformat()
        if self.precision == "week":
            year, week, _ = self.first.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.precision == "month":
            return self.first.isoformat()[:7]
        return f"{self.first.year:04d}"

    @classmethod
    def of_day(cls, day: dt.date) -> StatedDate:
        return cls(day, day, "day")

    @classmethod
    def of_week(cls, day: dt.date) -> StatedDate:
        monday = day - dt.timedelta(days=day.weekday())
        return cls(monday, monday + dt.timedelta(days=6), "week")

    @classmethod
    def of_month(cls, year: int, month: int) -> StatedDate:
        last = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last), "month")

    @classmethod
    def of_year(cls, year: int) -> StatedDate:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def parse(value: str) -> StatedDate:
    """Read a stated date (``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-MM`` or ``YYYY``).

    Raises:
        ValueError: the value is none of these forms, or names no real day, week or month.
    """
    m = _FORM.match(value.strip()) if isinstance(value, str) else None
    if m is None:
        raise ValueError(f"not a stated date (YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY): {value!r}")
    year = int(m.group(1))
    if m.group(2):
        monday = dt.date.fromisocalendar(year, int(m.group(2)), 1)
        return StatedDate.of_week(monday)
    if m.group(4):
        return StatedDate.of_day(dt.date(year, int(m.group(3)), int(m.group(4))))
    if m.group(3):
        return StatedDate.of_month(year, int(m.group(3)))
    return StatedDate.of_year(year)


def parse_or_none(value: str | None) -> StatedDate | None:
    """:func:`parse`, with None (and an unreadable value) read as no stated date."""
    if not value:
        return None
    try:
        return parse(value)
    except ValueError:
        return None


def stated_date(value: str) -> str:
    """How listings show a stated date to a person: ``stated date 2026-03-03``."""
    return f"stated date {value}"
