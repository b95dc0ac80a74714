"""``/``: latest statements, most active dyads with sparklines and trend, alerts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from onrecord.store import Store, StoreSession
from onrecord.store.events import DEFAULT_MIN_CONFIDENCE
from onrecord.store.statements import QuoteFilter, statement_page
from onrecord.web import analytics
from onrecord.web.deps import SessionDep, StoreDep
from onrecord.web.render import render, twin

router = APIRouter()


def home_data(db: StoreSession, store: Store) -> dict[str, Any]:
    """The home page's data (its JSON twin)."""
    latest = statement_page(
        db, QuoteFilter(), has_fts=store.has_fts, order="newest", limit=15
    ).rows()
    since, found, dyads = analytics.home_aggregates(store)
    return {
        "stats": store.stats().to_dict(),
        "latest": latest,
        "dyads_since": since.isoformat() if since else None,
        "dyads": dyads,
        "alerts_available": found is not None,
        "min_confidence": DEFAULT_MIN_CONFIDENCE,
        "alerts": (found or [])[:20],
    }


@router.get("/index.json")
def home_json(db: SessionDep, store: StoreDep) -> Response:
    return twin(home_data(db, store))


@router.get("/")
def home_page(request: Request, db: SessionDep, store: StoreDep) -> Response:
    return render(request, "home.html", {"title": "onrecord", "data": home_data(db, store)})


@router.get("/favicon.ico")
def favicon() -> Response:
    """No icon: an empty answer instead of a 404 in every browser console."""
    return Response(status_code=204)
