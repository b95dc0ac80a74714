"""``/api/articles``: list stored articles, read one record, ingest a new one (token needed)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from onrecord.article import ArticleInput
from onrecord.errors import InputError
from onrecord.store.articles import article_page
from onrecord.validation import MAX_ARTICLE_CHARS, InvalidValue, check_article
from onrecord.web import params, services, worker
from onrecord.web.deps import SessionDep, StoreDep, WriterDep

router = APIRouter(prefix="/api/articles", tags=["articles"])

# A whole page carries markup around its text: allow it four times the text's limit (the
# request body limit in onrecord.web.limits still bounds what is read).
MAX_HTML_CHARS = 4 * MAX_ARTICLE_CHARS
ArticleId = Annotated[
    str, Path(max_length=64, description="The record id (sha256 prefix of the text).")
]


class ArticleIn(BaseModel):
    """An article to ingest: ``text`` (kept exactly as given) or ``html`` (a page), plus metadata.

    Metadata given here wins over what is read from the page or the text.
    """

    text: str | None = Field(None, max_length=MAX_ARTICLE_CHARS, description="Plain article body.")
    html: str | None = Field(None, max_length=MAX_HTML_CHARS, description="A whole HTML page.")
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, max_length=64, description="YYYY-MM-DD or ISO 8601.")
    source: str | None = Field(None, max_length=200, description="Outlet or site name.")
    url: str | None = Field(None, max_length=2000)
    language: str = Field("en", max_length=16)


@router.get("", summary="List articles")
def list_articles(
    db: SessionDep,
    source: Annotated[str | None, params.text("Part of the outlet name.")] = None,
    since: params.Since = None,
    until: params.Until = None,
    cursor: params.Cursor = None,
    limit: params.Limit = 50,
) -> dict[str, Any]:
    """Article summaries (no text), newest first, with their statement and event counts."""
    start, end = params.date_range(since, until)
    after = params.keyset_cursor(cursor, id_type=str)
    items, key = article_page(
        db, source=source or None, since=start, until=end, after=after, limit=limit
    )
    return {"items": items, "next_cursor": params.encode_cursor(key), "limit": limit}


@router.get("/{article_id}", summary="One article's record")
def get_article(db: SessionDep, store: StoreDep, article_id: ArticleId) -> dict[str, Any]:
    """The extraction record exactly as stored (the contract's shape)."""
    return services.article(db, store, article_id)["record"]  # type: ignore[no-any-return]


def _article_input(body: ArticleIn) -> ArticleInput:
    from onrecord.ingest.html import html_article
    from onrecord.ingest.text import text_article

    if (body.text is None) == (body.html is None):
        raise HTTPException(422, "give exactly one of 'text' or 'html'")
    try:
        if body.html is not None:
            article = html_article(body.html, "request body", url=body.url)
        else:
            if not body.text or not body.text.strip():
                raise HTTPException(422, "'text' is empty")
            article = text_article(body.text, url=body.url, source=body.source)
    except InputError as exc:
        raise HTTPException(422, exc.reason) from None
    for name in ("title", "published", "source", "url"):
        value = getattr(body, name)
        if value:
            setattr(article, name, value)
    article.language = body.language or "en"
    try:
        check_article(article)  # the same checks as the CLI's readers: size, NUL bytes, date
    except InvalidValue as exc:
        raise HTTPException(422, exc.reason) from None
    return article


def _extract(request: Request, article: ArticleInput) -> Any:
    """Extract within the server's time budget (a child process by default; see web.worker)."""
    extraction = request.app.state.extraction
    try:
        return extraction.extract(article)
    except worker.ExtractionTimeout:
        raise HTTPException(
            503,
            f"extraction took longer than this server's budget of {extraction.budget:g} s and was stopped;"
            " the article was not stored",
        ) from None
    except worker.ExtractionBusy:
        raise HTTPException(
            503,
            "the extractor is busy with other articles; try again later",
            headers={"Retry-After": "30"},
        ) from None
    except worker.ExtractionFailed as exc:
        raise HTTPException(500, f"extraction failed: {exc}") from None


@router.post(
    "",
    summary="Ingest an article",
    status_code=201,
    responses={
        200: {"description": "Already stored: the stored record."},
        201: {"description": "Stored: the new record."},
        401: {"description": "Missing or wrong bearer token."},
        403: {"description": "The server is read-only (no ONRECORD_TOKEN)."},
    },
)
async def post_article(
    request: Request, store: StoreDep, body: ArticleIn, _writer: WriterDep
) -> JSONResponse:
    """Extract quotes, actors and events from an article, store it, and return its record.

    Needs `Authorization: Bearer <ONRECORD_TOKEN>`. An article already stored (same URL or same
    text) is not extracted again: the stored record comes back with status 200.
    """
    article = await run_in_threadpool(_article_input, body)
    existing = await run_in_threadpool(store.find_article, url=article.url, text=article.text)
    if existing is None:
        record = await run_in_threadpool(_extract, request, article)
        result = await run_in_threadpool(store.add_record, record)
        existing, status = result.article_id, (201 if result.new else 200)
    else:
        status = 200
    stored = await run_in_threadpool(store.record, existing)
    assert stored is not None  # just written or found
    return JSONResponse(
        stored.to_dict(), status_code=status, headers={"Location": f"/api/articles/{existing}"}
    )
