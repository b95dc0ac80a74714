"""``/actors/{id}``: titles with dates, aliases, statements over time, top addressees and
targets, latest statements."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from onrecord.web import params, services
from onrecord.web.deps import SessionDep, StoreDep
from onrecord.web.render import render, twin

router = APIRouter()

ActorPath = Annotated[int, Path(ge=1, le=2**63 - 1)]


@router.get("/actors/{actor_id}.json")
def actor_json(
    db: SessionDep,
    store: StoreDep,
    actor_id: ActorPath,
    min_confidence: params.MinConfidence = None,
) -> Response:
    return twin(services.actor(db, store, actor_id, min_confidence=min_confidence))


@router.get("/actors/{actor_id}")
def actor_page(
    request: Request,
    db: SessionDep,
    store: StoreDep,
    actor_id: ActorPath,
    min_confidence: params.MinConfidence = None,
) -> Response:
    data = services.actor(db, store, actor_id, min_confidence=min_confidence)
    return render(request, "actor.html", {"title": data["name"], "data": data})
