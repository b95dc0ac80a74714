"""Checks every way in (CLI, REST API, readers) shares, so a value means the same everywhere.

One size limit for an article body, one rule for dates, one rule for ids and one for NUL bytes.
Each check raises :class:`InvalidValue` with a short lower-case reason; callers add where the
value came from (``path:line: reason`` for readers and the CLI, a 4xx JSON message on the API).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from onrecord.datelines import MONTH_NUMBERS

#: The longest article body (in characters, after decoding) onrecord extracts, through the CLI
#: and the API alike. Extraction time grows with the text; past this size one article would
#: hold a worker for minutes and gigabytes (see ``benchmarks/scaling.py``).
MAX_ARTICLE_CHARS = 1_000_000

#: Ids are SQL BIGINTs: 1 .. 2**63 - 1. Anything else names nothing (and overflows drivers).
MAX_ID = 2**63 - 1

_ASCII_DIGITS = re.compile(r"^[0-9]+$")
# What the record contract allows for ``published``: YYYY-MM-DD, or a full ISO 8601 date-time.
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


class InvalidValue(ValueError):
    """A value from outside that onrecord refuses, with the reason (no location)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def shown(value: str, limit: int = 40) -> str:
    """A bounded, quoted rendering of untrusted text for one-line messages."""
    return repr(value[:limit] + ("…" if len(value) > limit else ""))


def parse_id(text: str) -> int | None:
    """The id a user typed, or None when the text is not a plain number.

    Only ASCII digits count (``'²'.isdigit()`` is true, ``int('²')`` fails).

    Raises:
        InvalidValue: a number, but not a valid id (0, or beyond 2**63 - 1).
    """
    text = text.strip()
    if not _ASCII_DIGITS.match(text):
        return None
    if len(text) > 19 or not 1 <= int(text) <= MAX_ID:
        raise InvalidValue(f"no such id: {shown(text, 24)} (ids run from 1 to {MAX_ID})")
    return int(text)


def in_id_range(value: object) -> bool:
    """True for an int (not a bool) that can be an id: 1 .. 2**63 - 1."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID


def published_date(value: str | None) -> str | None:
    """Check an article's ``published`` value; return it stripped (None when empty).

    Accepted, as in the record contract: ``YYYY-MM-DD`` or a full ISO 8601 date-time
    (``2026-03-05T10:00:00Z``), and the date must exist (no month 13, no 30 February). A date
    written with its month's name ("3 March 2026", "March 3, 2026", "Tue, 03 Mar 2026
    10:00:00 +0100", as scraped archives and feeds give it) is unambiguous and is returned as
    ``YYYY-MM-DD``, the day where it was written (the whole article had been refused).

    Raises:
        InvalidValue: anything else, a date in figures only ("03/04/2026": March or April?)
            included. Records with such a date are refused everywhere (JSONL, the API, the
            CLI): a wrong date would misplace every event in timelines.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    why = (
        f'"published" is not a real date: {shown(text)} (use YYYY-MM-DD, ISO 8601 or a date '
        "with the month's name)"
    )
    try:
        if _ISO_DAY.match(text):
            dt.date.fromisoformat(text)
        elif _ISO_DATETIME.match(text):
            dt.datetime.fromisoformat(text)
        else:
            written = _written_date(text)
            if written is None:
                raise InvalidValue(why)
            return written.isoformat()
    except ValueError:
        raise InvalidValue(why) from None
    return text


_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def _written_date(text: str) -> dt.date | None:
    """The date of "3 March 2026", "March 3, 2026" or an RFC 822 time stamp, else None.

    Raises:
        ValueError: the words name a date that does not exist ("30 February 2026").
    """
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        m = pattern.match(text)
        if m:
            a, b, year = m.groups()
            day, month = (a, b) if order == "dmy" else (b, a)
            number = MONTH_NUMBERS.get(month.lower())
            return dt.date(int(year), number, int(day)) if number else None
    if re.search(r"[A-Za-z]{3}", text) and re.search(r"\d{4}", text):
        try:
            return email.utils.parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            return None
    return None


def article_text(text: str, *, field: str = "text") -> str:
    """Check an article body: not blank, no NUL bytes, at most :data:`MAX_ARTICLE_CHARS`.

    Raises:
        InvalidValue: why the body cannot be extracted.
    """
    if not text.strip():
        raise InvalidValue(f'"{field}" is empty' if field != "text" else "empty")
    if "\x00" in text:
        raise InvalidValue("binary content (NUL bytes), not text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InvalidValue(
            f"too long ({len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,})"
        )
    return text


def probability(value: float, name: str) -> float:
    """Check a number that must lie from 0 to 1 (a confidence threshold); return it as a float.

    Raises:
        InvalidValue: not a number, NaN, or outside 0..1.
    """
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidValue(f"{name} is not a number: {shown(str(value))}") from None
    if not 0.0 <= number <= 1.0:  # False for NaN too
        raise InvalidValue(f"{name} {shown(str(value))} is not between 0 and 1")
    return number


def no_nul(value: str | None, field: str) -> str | None:
    """Refuse NUL bytes in a metadata field (title, source, url)."""
    if value is not None and "\x00" in value:
        raise InvalidValue(f'"{field}" contains NUL bytes')
    return value


def check_article(article: object) -> None:
    """Check an article read from anywhere before it is extracted or stored.

    ``article`` is an :class:`~onrecord.article.ArticleInput` (duck-typed, so this module
    stays free of the pipeline's imports). A valid ``published`` is stripped in place.

    Raises:
        InvalidValue: the body or a metadata field is refused (see the checks above).
    """
    article_text(article.text)  # type: ignore[attr-defined]
    for name in ("title", "source", "url"):
        no_nul(getattr(article, name), name)
    article.published = published_date(article.published)  # type: ignore[attr-defined]
