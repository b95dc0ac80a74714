"""``/dyads/{source}/{target}``: the escalation index and quad-class counts over time; a click
on a period lists the events behind it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from onrecord.store.events import DEFAULT_MIN_CONFIDENCE
from onrecord.web import analytics, params
from onrecord.web.deps import StoreDep
from onrecord.web.render import render, twin

router = APIRouter()

Party = Annotated[str, Path(min_length=1, max_length=100)]
By = Annotated[Literal["day", "week", "month"], Query()]
Flag = Annotated[bool, Query()]


@dataclass(frozen=True, slots=True)
class DyadView:
    """What the dyad page shows: the timeline (its JSON twin) and the form's values."""

    source: str
    target: str
    data: dict[str, Any]
    form: dict[str, Any]


def dyad_view(
    store: StoreDep,
    source: Party,
    target: Party,
    by: By = "week",
    both: Flag = False,
    since: params.Since = None,
    until: params.Until = None,
    min_confidence: params.MinConfidence = None,
) -> DyadView:
    """The dyad page's data, the timeline of ``analysis.dyad_timeline``, and its form.

    A dependency of both routes, so the page and its twin read the same parameters.
    """
    start, end = params.date_range(since, until)
    data = analytics.timeline(store, source, target, by=by, both=both, since=start, until=end,
                              min_confidence=min_confidence)  # fmt: skip
    floor = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    form = {
        "by": by,
        "both": both,
        "since": since or "",
        "until": until or "",
        "min_confidence": f"{floor:g}",
    }
    return DyadView(source, target, data, form)


ViewDep = Annotated[DyadView, Depends(dyad_view)]


@router.get("/dyads/{source}/{target}.json")
def dyad_json(view: ViewDep) -> Response:
    return twin(view.data)


@router.get("/dyads/{source}/{target}")
def dyad_page(request: Request, view: ViewDep) -> Response:
    data = view.data
    title = f"{data.get('source', view.source)} \u2192 {data.get('target', view.target)}"
    return render(
        request,
        "dyad.html",
        {
            "title": title,
            "data": data,
            "form": view.form,
            "source": view.source,
            "target": view.target,
        },
    )
