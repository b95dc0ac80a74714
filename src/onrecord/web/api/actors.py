"""``/api/actors``: global actors and one actor's page data."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from onrecord.store.actor_queries import ActorFilter, actor_list
from onrecord.web import params, services
from onrecord.web.deps import SessionDep, StoreDep

router = APIRouter(prefix="/api/actors", tags=["actors"])

ActorPath = Annotated[int, Path(ge=1, le=2**63 - 1, description="Global actor id.")]


@router.get("", summary="List actors")
def list_actors(
    db: SessionDep,
    country: Annotated[str | None, params.text("Country or IGO code, e.g. RUS.")] = None,
    kind: Annotated[
        str | None, params.text("person, organization, country, igo, group, outlet or document.")
    ] = None,
    name: Annotated[
        str | None, params.text("Part of the name or an alias, any case, any accents.")
    ] = None,
    cursor: params.Cursor = None,
    limit: params.Limit = 50,
) -> dict[str, Any]:
    """Global actors in id order with how many statements each made."""
    f = ActorFilter(country=params.code(country), kind=params.actor_kind(kind), name=name)
    found, last = actor_list(db, f, order="id", after=params.id_cursor(cursor), limit=limit)
    items = [
        {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "quotes": a.quotes}
        for a in found
    ]
    return {"items": items, "next_cursor": params.encode_cursor(last), "limit": limit}


@router.get("/{actor_id}", summary="One actor")
def get_actor(
    db: SessionDep,
    store: StoreDep,
    actor_id: ActorPath,
    min_confidence: params.MinConfidence = None,
) -> dict[str, Any]:
    """Aliases, titles with dates, statements per month, top addressees and targets (events
    under `min_confidence` left out), latest quotes."""
    return services.actor(db, store, actor_id, min_confidence=min_confidence)
