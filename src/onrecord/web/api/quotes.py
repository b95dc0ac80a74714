"""``/api/quotes``: statements with the CLI's filters, newest first, cursor-paginated."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from onrecord.web import params, services
from onrecord.web.deps import SessionDep, StoreDep

router = APIRouter(prefix="/api/quotes", tags=["quotes"])


@router.get("", summary="Search statements")
def list_quotes(
    db: SessionDep,
    store: StoreDep,
    search: Annotated[
        str | None, params.text("Words that must all occur in the statement.")
    ] = None,
    speaker: Annotated[
        str | None,
        params.text(
            "Part of the speaker's name or words (any case, any accents); a joint statement "
            "answers to any party's name."
        ),
    ] = None,
    addressee: Annotated[str | None, params.text("Part of the addressee's name or words.")] = None,
    speaker_id: Annotated[
        int | None, Query(ge=1, le=2**63 - 1, description="The speaker's actor id.")
    ] = None,
    country: Annotated[
        str | None,
        params.text("The speaker's country code, e.g. RUS (a joint statement: any party's)."),
    ] = None,
    type: Annotated[  # noqa: A002 - the query parameter's public name
        str | None, params.text("A PLOVER event type the statement carries, e.g. ACCUSE.")
    ] = None,
    since: params.Since = None,
    until: params.Until = None,
    article: Annotated[str | None, params.text("Only this article's statements.")] = None,
    cursor: params.Cursor = None,
    limit: params.Limit = 50,
) -> dict[str, Any]:
    """Statements with their speaker, addressee and article, newest article first.

    Example: `/api/quotes?speaker=voss&search=border&since=2026-03`
    """
    f = services.quote_filter(
        search=search,
        speaker=speaker,
        addressee=addressee,
        speaker_id=speaker_id,
        country=country,
        type=type,
        since=since,
        until=until,
        article=article,
    )
    return services.quotes(db, store, f, cursor=cursor, limit=limit)
