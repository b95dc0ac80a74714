"""``/search``: full-text search over statements with the API's filters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from onrecord.record import PLOVER_TYPES
from onrecord.web import params, services
from onrecord.web.deps import SessionDep, StoreDep
from onrecord.web.render import render, twin

router = APIRouter()

Q = Annotated[str | None, Query(max_length=200)]


def search_data(
    db: SessionDep,
    store: StoreDep,
    q: Q = None,
    speaker: Q = None,
    addressee: Q = None,
    country: Q = None,
    type: Q = None,  # noqa: A002 - the query parameter's public name
    since: Q = None,
    until: Q = None,
    cursor: params.Cursor = None,
    limit: params.Limit = 50,
) -> dict[str, Any]:
    """The search page's data (its JSON twin): the form's values and one page of results.

    A dependency of both routes, so the page and its twin read the same parameters.
    """
    f = services.quote_filter(
        search=q,
        speaker=speaker,
        addressee=addressee,
        country=country,
        type=type,
        since=since,
        until=until,
    )
    page = services.quotes(db, store, f, cursor=cursor, limit=limit)
    form = {
        "q": q or "",
        "speaker": speaker or "",
        "addressee": addressee or "",
        "country": country or "",
        "type": (type or "").upper(),
        "since": since or "",
        "until": until or "",
    }
    return {"form": form, **page}


SearchData = Annotated[dict[str, Any], Depends(search_data)]


@router.get("/search.json")
def search_json(data: SearchData) -> Response:
    return twin(data)


@router.get("/search")
def search_page(request: Request, data: SearchData) -> Response:
    return render(
        request, "search.html", {"title": "Search statements", "data": data, "types": PLOVER_TYPES}
    )
