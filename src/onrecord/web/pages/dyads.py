"""``/dyads/{source}/{target}``: the escalation index and quad-class counts over time; a click
on a period lists the events behind it."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request, Response

from onrecord.store import Store
from onrecord.store.events import DEFAULT_MIN_CONFIDENCE
from onrecord.web import analytics, params
from onrecord.web.deps import StoreDep
from onrecord.web.render import render, twin

router = APIRouter()

Party = Annotated[str, Path(min_length=1, max_length=100)]
By = Annotated[Literal["day", "week", "month"], Query()]
Flag = Annotated[bool, Query()]


def dyad_data(
    store: Store,
    source: str,
    target: str,
    *,
    by: str,
    both: bool,
    since: str | None,
    until: str | None,
    min_confidence: float | None = None,
) -> dict[str, Any]:
    """The dyad page's data: the timeline of ``analysis.dyad_timeline``."""
    start, end = params.date_range(since, until)
    return analytics.timeline(store, source, target, by=by, both=both, since=start, until=end,
                              min_confidence=min_confidence)  # fmt: skip


@router.get("/dyads/{source}/{target}.json")
def dyad_json(
    store: StoreDep,
    source: Party,
    target: Party,
    by: By = "week",
    both: Flag = False,
    since: params.Since = None,
    until: params.Until = None,
    min_confidence: params.MinConfidence = None,
) -> Response:
    return twin(dyad_data(store, source, target, by=by, both=both, since=since, until=until,
                          min_confidence=min_confidence))  # fmt: skip


@router.get("/dyads/{source}/{target}")
def dyad_page(
    request: Request,
    store: StoreDep,
    source: Party,
    target: Party,
    by: By = "week",
    both: Flag = False,
    since: params.Since = None,
    until: params.Until = None,
    min_confidence: params.MinConfidence = None,
) -> Response:
    data = dyad_data(store, source, target, by=by, both=both, since=since, until=until,
                     min_confidence=min_confidence)  # fmt: skip
    title = f"{data.get('source', source)} \u2192 {data.get('target', target)}"
    floor = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    form = {
        "by": by,
        "both": both,
        "since": since or "",
        "until": until or "",
        "min_confidence": f"{floor:g}",
    }
    return render(
        request,
        "dyad.html",
        {"title": title, "data": data, "form": form, "source": source, "target": target},
    )
