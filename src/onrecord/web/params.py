"""Query parameters shared by the API and the pages: dates, cursors, codes.

Every parser raises :class:`BadParameter` with a message naming the parameter, which the app
turns into a 400 response (JSON for ``/api`` and ``.json``, an HTML page otherwise).
"""

from __future__ import annotations

import base64
import binascii
import calendar
import datetime as dt
import json
import re
from typing import Annotated, Any

from fastapi import Query

from onrecord.record import ACTOR_KINDS, PLOVER_TYPES
from onrecord.store.events import DEFAULT_MIN_CONFIDENCE
from onrecord.store.paging import Key
from onrecord.validation import MAX_ID, in_id_range

MAX_LIMIT = 500
_CODE = re.compile(r"^[A-Za-z]{2,8}$")


class BadParameter(ValueError):
    """A query parameter that cannot be used, with the parameter's name and why."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


def parse_date(name: str, value: str | None, *, end: bool = False) -> dt.date | None:
    """``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` meaning the first (``end``: last) day of it.

    Raises:
        BadParameter: not such a date.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) >= 10:
            return dt.date.fromisoformat(text[:10])
        parts = text.split("-")
        if len(parts) == 1 and len(parts[0]) == 4 and parts[0].isdigit():
            year = int(parts[0])
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if len(parts) == 2 and len(parts[0]) == 4 and parts[0].isdigit() and parts[1].isdigit():
            year, month = int(parts[0]), int(parts[1])
            if 1 <= month <= 12 and year >= 1:
                return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    except ValueError:
        pass
    raise BadParameter(name, f"not a date: {value[:40]!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")


def date_range(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """Both ends of a date filter; ``until`` of a month or year means its last day."""
    start, end = parse_date("since", since), parse_date("until", until, end=True)
    if start and end and start > end:
        raise BadParameter("since", f"{start} is after until ({end})")
    return start, end


def event_type(value: str | None, name: str = "type") -> str | None:
    """A PLOVER type, any case; None when empty."""
    if value is None or not value.strip():
        return None
    upper = value.strip().upper()
    if upper not in PLOVER_TYPES:
        raise BadParameter(
            name, f"unknown event type {value[:40]!r} (one of {', '.join(PLOVER_TYPES)})"
        )
    return upper


def code(value: str | None, name: str = "country") -> str | None:
    """A country or IGO code (``RUS``, ``NATO``), upper-cased; None when empty."""
    if value is None or not value.strip():
        return None
    if not _CODE.match(value.strip()):
        raise BadParameter(
            name,
            f"not a country code: {value[:40]!r} (ISO 3166-1 alpha-3 such as RUS, or an IGO code)",
        )
    return value.strip().upper()


def actor_kind(value: str | None) -> str | None:
    """An actor kind, lower-cased; None when empty."""
    if value is None or not value.strip():
        return None
    lower = value.strip().lower()
    if lower not in ACTOR_KINDS:
        raise BadParameter(
            "kind", f"unknown actor kind {value[:40]!r} (one of {', '.join(ACTOR_KINDS)})"
        )
    return lower


def encode_cursor(key: Any) -> str | None:
    """An opaque cursor for a page's last sort key (None stays None)."""
    if key is None:
        return None
    raw = json.dumps(key, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> Any:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        return json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise BadParameter(
            "cursor", "not a cursor this server issued (use the next_cursor of a previous page)"
        ) from None


def keyset_cursor(cursor: str | None, *, id_type: type = int) -> Key | None:
    """Decode a (date, id) cursor of a newest-first listing."""
    if not cursor:
        return None
    value = _decode(cursor)
    ok = (
        isinstance(value, list)
        and len(value) == 2
        and (value[0] is None or isinstance(value[0], str))
        and isinstance(value[1], id_type)
        and not isinstance(value[1], bool)
        # ids are BIGINTs and article ids short hashes: anything else was never issued
        and (in_id_range(value[1]) if id_type is int else 0 < len(value[1]) <= 64)
    )
    if ok and value[0] is not None:
        try:
            dt.date.fromisoformat(value[0])
        except ValueError:
            ok = False
    if not ok:
        raise BadParameter(
            "cursor", "not a cursor this server issued (use the next_cursor of a previous page)"
        )
    return (value[0], value[1])


def id_cursor(cursor: str | None) -> int | None:
    """Decode an id cursor (listings in id order)."""
    if not cursor:
        return None
    value = _decode(cursor)
    if not in_id_range(value):
        raise BadParameter(
            "cursor", "not a cursor this server issued (use the next_cursor of a previous page)"
        )
    return value


def text(description: str) -> Any:
    """A free-text query parameter (bounded length) with its documentation."""
    return Query(max_length=200, description=description)


# Annotated query parameters, declared once so every route documents them the same way.
Since = Annotated[
    str | None, Query(max_length=32, description="On or after YYYY-MM-DD (or YYYY-MM, YYYY).")
]
Until = Annotated[
    str | None,
    Query(max_length=32, description="On or before YYYY-MM-DD (or YYYY-MM, YYYY: its last day)."),
]
Cursor = Annotated[
    str | None, Query(max_length=512, description="next_cursor of the previous page.")
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page (1-{MAX_LIMIT}).")]
MinConfidence = Annotated[
    float | None,
    Query(
        ge=0.0,
        le=1.0,
        description=f"Leave out events coded with a lower confidence (0 keeps all; default {DEFAULT_MIN_CONFIDENCE:g}).",
    ),
]
ActorId = Annotated[int, Query(ge=1, le=MAX_ID)]
