"""``/api/events``: coded events with their actors, newest first, cursor-paginated."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from onrecord.web import params, services
from onrecord.web.deps import SessionDep

router = APIRouter(prefix="/api/events", tags=["events"])

OptActor = Annotated[int | None, Query(ge=1, le=2**63 - 1)]


@router.get("", summary="List events")
def list_events(
    db: SessionDep,
    source: OptActor = None,
    target: OptActor = None,
    source_country: Annotated[str | None, params.text("The acting actor's country code.")] = None,
    target_country: Annotated[
        str | None, params.text("The acted-upon actor's country code.")
    ] = None,
    type: Annotated[str | None, params.text("PLOVER type, e.g. THREATEN.")] = None,  # noqa: A002 - the query parameter's public name
    since: params.Since = None,
    until: params.Until = None,
    id: Annotated[  # noqa: A002 - the query parameter's public name
        list[int] | None, Query(max_length=500, description="Only these event ids.")
    ] = None,
    article: Annotated[str | None, params.text("Only this article's events.")] = None,
    min_confidence: params.MinConfidence = None,
    cursor: params.Cursor = None,
    limit: params.Limit = 50,
) -> dict[str, Any]:
    """Events (PLOVER type, CAMEO root, intensity, negation, modality, the coder's confidence)
    with source and target, their article's `published` date and, when the text says when the act
    took place, its stated `date` (`2026-03-03`, `2026-W10`, `2026-03` or `2014`); events coded
    with a confidence below `min_confidence` are left out. Newest first by the event's day, which
    `since`/`until` read too: a recap's stated day when it is before its article, else the
    article's date."""
    if id is not None and any(not 1 <= i < 2**63 for i in id):
        raise params.BadParameter("id", "event ids are positive integers")
    f = services.event_filter(
        source=source,
        target=target,
        source_country=source_country,
        target_country=target_country,
        type=type,
        since=since,
        until=until,
        ids=id,
        article=article,
        min_confidence=min_confidence,
    )
    return services.events(db, f, cursor=cursor, limit=limit)
