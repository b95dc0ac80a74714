"""The web side of :mod:`onrecord.analysis`: its errors as HTTP answers, its results as JSON.

Nothing is computed here; timelines, top dyads and alerts are the analysis package's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import HTTPException

from onrecord.analysis import AnalysisError, dyad_timeline
from onrecord.analysis import alerts as find_alerts
from onrecord.analysis import top_dyads as find_top_dyads
from onrecord.store import Store
from onrecord.store.articles import latest_published
from onrecord.store.events import DEFAULT_MIN_CONFIDENCE, UnknownPartyError
from onrecord.web import params
from onrecord.web.cache import AggregateCache

log = logging.getLogger(__name__)
SPARK_WEEKS = 12
HOME_WINDOW_DAYS = 91
_CACHE = AggregateCache()


def plain(value: Any) -> Any:
    """Results as JSON-ready values (``to_dict()`` where the object has one)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


@contextmanager
def answers() -> Iterator[None]:
    """Turn the analysis's user errors into 404 (unknown party) and 400 (bad request)."""
    try:
        yield
    except UnknownPartyError as exc:
        raise HTTPException(404, str(exc)) from None
    except AnalysisError as exc:
        raise params.BadParameter("request", str(exc)) from None


def link_party(key: str) -> str:
    """A party key as a URL path segment: ``#12`` (an actor without a country) becomes ``12``."""
    return key[1:] if key.startswith("#") and key[1:].isdigit() else key


def _min_confidence(value: float | None) -> float:
    """A request's minimum confidence: the documented default when the request gives none."""
    return DEFAULT_MIN_CONFIDENCE if value is None else value


def timeline(
    store: Store,
    source: str,
    target: str,
    *,
    by: str,
    both: bool,
    since: dt.date | None,
    until: dt.date | None,
    min_confidence: float | None = None,
) -> dict[str, Any]:
    """A dyad's timeline as JSON (``Timeline.to_dict()``)."""
    with answers():
        result = dyad_timeline(
            store, source, target, by=by, both_directions=both, since=since, until=until,
            min_confidence=_min_confidence(min_confidence),
        )  # fmt: skip
    return plain(result)  # type: ignore[no-any-return]


def home_aggregates(
    store: Store,
) -> tuple[dt.date | None, list[dict[str, Any]] | None, list[dict[str, Any]]]:
    """The home page's whole-store figures: the window start, alerts, the most active dyads.

    The window is the last quarter before the newest article: current, and cheap enough to
    compute on a large store. Cached until the store changes.
    """
    last = latest_published(store)
    since = last - dt.timedelta(days=HOME_WINDOW_DAYS - 1) if last else None
    found = alerts(store, since=since)
    return since, found, top_dyads(store, top=8, since=since, until=None, spark=True)


def warm(store: Store) -> None:
    """Compute the home page's aggregates ahead of the first visit (run in a background
    thread at server start); a failure here only means the first visit computes them."""
    try:
        home_aggregates(store)
    except Exception:  # a warm-up must never take the server down
        log.warning("onrecord: warming the home page's aggregates failed", exc_info=True)


def top_dyads(
    store: Store,
    *,
    top: int,
    since: dt.date | None,
    until: dt.date | None,
    spark: bool,
    min_confidence: float | None = None,
) -> list[dict[str, Any]]:
    """The most active dyads; with ``spark`` each gets the weekly escalation of its last weeks.

    Cached until the store changes (see :mod:`onrecord.web.cache`): it reads every event.
    """
    conf = _min_confidence(min_confidence)
    key = ("top_dyads", top, since, until, spark, conf)
    return _CACHE.get(
        store,
        key,
        lambda: _top_dyads(store, top=top, since=since, until=until, spark=spark, conf=conf),
    )


def _top_dyads(
    store: Store,
    *,
    top: int,
    since: dt.date | None,
    until: dt.date | None,
    spark: bool,
    conf: float,
) -> list[dict[str, Any]]:
    with answers():
        rows = plain(find_top_dyads(store, top=top, since=since, until=until, min_confidence=conf))
    for row in rows:
        row["source_link"] = link_party(str(row.get("source", "")))
        row["target_link"] = link_party(str(row.get("target", "")))
        if spark:
            row["spark"] = _spark(store, row, conf)
    return rows  # type: ignore[no-any-return]


def _spark(store: Store, row: dict[str, Any], conf: float) -> list[float]:
    end = _date(row.get("window_end")) or _date(row.get("last"))
    if end is None:
        return []
    start = end - dt.timedelta(weeks=SPARK_WEEKS)
    try:
        tl = timeline(
            store, row["source_link"], row["target_link"], by="week", both=False, since=start, until=end,
            min_confidence=conf,
        )  # fmt: skip
    except HTTPException:
        return []
    return [float(p.get("escalation") or 0.0) for p in tl.get("periods", [])]


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def alerts(
    store: Store, *, since: dt.date | None, min_confidence: float | None = None
) -> list[dict[str, Any]]:
    """Tone-shift alerts (cached until the store changes). Each carries links: its dyad page
    for the period, and the API listing of the events behind it."""
    conf = _min_confidence(min_confidence)
    return _CACHE.get(
        store, ("alerts", since, conf), lambda: _alerts(store, since=since, conf=conf)
    )


def _alerts(store: Store, *, since: dt.date | None, conf: float) -> list[dict[str, Any]]:
    with answers():
        found = plain(find_alerts(store, since=since, min_confidence=conf))
    for a in found:
        src, tgt = link_party(str(a["source"])), link_party(str(a["target"]))
        a["source_link"], a["target_link"] = src, tgt
        span = urlencode({"by": a["by"], "since": a["period_start"], "until": a["period_end"]})
        conf_arg = f"&min_confidence={conf:g}" if conf != DEFAULT_MIN_CONFIDENCE else ""
        a["dyad_url"] = f"/dyads/{quote(src, safe='')}/{quote(tgt, safe='')}?{span}{conf_arg}"
        # The events behind an alert passed its confidence floor: list them without one.
        a["events_url"] = "/api/events?" + urlencode(
            [("id", i) for i in a["event_ids"][:500]] + [("min_confidence", 0)]
        )
    return found  # type: ignore[no-any-return]
