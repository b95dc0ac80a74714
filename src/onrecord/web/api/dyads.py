"""``/api/dyads``: the most active pairs, a pair's timeline, and tone-shift alerts."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query

from onrecord.web import analytics, params
from onrecord.web.deps import StoreDep

router = APIRouter(prefix="/api", tags=["dyads"])

Party = Annotated[
    str, Path(min_length=1, max_length=100, description="Country/IGO code (RUS), actor id or name.")
]
By = Annotated[Literal["day", "week", "month"], Query(description="Period length.")]


@router.get("/dyads", summary="Most active dyads")
def list_dyads(
    store: StoreDep,
    top: Annotated[int, Query(ge=1, le=200)] = 10,
    since: params.Since = None,
    until: params.Until = None,
    spark: Annotated[
        bool, Query(description="Add each dyad's weekly escalation (last 12 weeks).")
    ] = False,
    min_confidence: params.MinConfidence = None,
) -> dict[str, Any]:
    """Pairs with the most deduplicated events, their recent tone and trend."""
    start, end = params.date_range(since, until)
    return {
        "items": analytics.top_dyads(
            store, top=top, since=start, until=end, spark=spark, min_confidence=min_confidence
        )
    }


@router.get("/dyads/{source}/{target}/timeline", summary="A dyad's timeline")
def dyad_timeline(
    store: StoreDep,
    source: Party,
    target: Party,
    by: By = "week",
    both: Annotated[bool, Query(description="Include target→source events.")] = False,
    since: params.Since = None,
    until: params.Until = None,
    min_confidence: params.MinConfidence = None,
) -> dict[str, Any]:
    """Per period: counts by quad class, events, reports, mean/sum intensity, escalation index,
    and the ids of the events behind it (see `/api/events?id=`)."""
    start, end = params.date_range(since, until)
    return analytics.timeline(store, source, target, by=by, both=both, since=start, until=end,
                              min_confidence=min_confidence)  # fmt: skip


@router.get("/alerts", summary="Tone-shift alerts")
def list_alerts(
    store: StoreDep, since: params.Since = None, min_confidence: params.MinConfidence = None
) -> dict[str, Any]:
    """Dyads whose tone shifted: each with its period, direction (`movement` up/down), size
    against the baseline (`change`, `z`), a one-line `summary`, the events behind it
    (`event_ids`, `evidence`, `events_url`; a piece of evidence a recap's stated date placed
    carries that `date`) and its dyad page (`dyad_url`). `available` is always true (kept for
    older clients)."""
    start = params.parse_date("since", since)
    found = analytics.alerts(store, since=start, min_confidence=min_confidence)
    return {"available": found is not None, "items": found or []}
