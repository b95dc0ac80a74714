"""``/articles/{id}``: the text with statements highlighted by speaker and events marked."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from onrecord.record import Record
from onrecord.web import services
from onrecord.web.deps import SessionDep, StoreDep
from onrecord.web.render import event_label, quote_label, render, segments, speaker_colours, twin

router = APIRouter()

ArticleId = Annotated[str, Path(min_length=1, max_length=64)]


@router.get("/articles/{article_id}.json")
def article_json(db: SessionDep, store: StoreDep, article_id: ArticleId) -> Response:
    return twin(services.article(db, store, article_id))


@router.get("/articles/{article_id}")
def article_page(
    request: Request, db: SessionDep, store: StoreDep, article_id: ArticleId
) -> Response:
    data = services.article(db, store, article_id)
    record = Record.from_dict(data["record"])
    colours = speaker_colours(record)
    quotes = [
        {"q": q, "label": quote_label(record, q), "colour": colours[q.id]} for q in record.quotes
    ]
    events = [{"e": e, "label": event_label(record, e)} for e in record.events]
    return render(
        request,
        "article.html",
        {
            "title": record.title or record.id,
            "record": record,
            "segments": segments(record),
            "quotes": quotes,
            "events": events,
            "actor_ids": data["actor_ids"],
        },
    )
