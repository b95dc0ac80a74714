"""``create_app()``: the FastAPI application, its error handling and its routers."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from onrecord import __version__, settings
from onrecord.store import open_store
from onrecord.web import analytics
from onrecord.web.limits import WriteGuard
from onrecord.web.params import BadParameter
from onrecord.web.render import render_error
from onrecord.web.security import AuthError, SecurityHeaders, www_authenticate
from onrecord.web.worker import ProcessExtractor, ThreadExtractor, budget_from_env

log = logging.getLogger(__name__)

STATIC = Path(__file__).with_name("static")

DESCRIPTION = """\
Statements, actors, events and dyad timelines from the onrecord store.

Records keep the shape of the extraction contract. Listings are newest first and paginated
with cursors: pass a page's `next_cursor` as `cursor` to get the next page (`null` on the last).
Writes (`POST /api/articles`) need `Authorization: Bearer <token>` and are refused when the
server was started without `ONRECORD_TOKEN`. The token and the declared size are checked before
the body is read (401/403, 413 over 7 MB); a body that stalls is cut off (408). An article is
extracted within the server's time budget (`ONRECORD_EXTRACT_TIMEOUT`, default 120 s): over it,
503 and nothing is stored.
"""


def wants_json(request: Request) -> bool:
    """API and ``.json`` twins answer errors in JSON; pages answer with an HTML page."""
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json")


def _error(
    request: Request, status: int, message: str, headers: dict[str, Any] | None = None, **extra: Any
) -> Response:
    if wants_json(request):
        return JSONResponse({"error": message, **extra}, status_code=status, headers=headers)
    return render_error(request, status, message)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body", "header")]
        where = ".".join(loc) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(BadParameter)
    async def _bad_parameter(request: Request, exc: BadParameter) -> Response:
        return _error(request, 400, str(exc), parameter=exc.name)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        # The default body echoes the input back; keep the readable message and the locations.
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()]
        return _error(request, 422, _validation_message(exc), detail=details)

    @app.exception_handler(AuthError)
    async def _auth(request: Request, exc: AuthError) -> Response:
        return _error(request, exc.status, exc.message, headers=www_authenticate(exc.status))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        return _error(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _error(request, 500, "internal error (see the server log)")


# Young-generation threshold of the cyclic garbage collector in a server process. CPython's
# default, 700 container allocations, runs a collection several times inside one timeline
# request (it builds thousands of small objects that all live until the response is sent),
# and each collection promotes them towards the oldest generation, whose full scans are what
# the slowest requests wait for (``benchmarks/timeline_cpu.py`` measures both).
GC_YOUNG_THRESHOLD = 20_000


def settle_gc() -> None:
    """Tune the garbage collector for a long-running server, once it has loaded.

    Everything loaded so far lives as long as the server: :func:`gc.freeze` keeps it out of
    the collector's scans, which would otherwise walk it on every full collection. A higher
    young-generation threshold leaves a request's short-lived objects to reference counting.
    Process-wide, so it runs in ``onrecord serve``'s processes (the app's start-up), not on
    import.
    """
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, GC_YOUNG_THRESHOLD), middle, old)


def create_app(
    store_url: str | None = None,
    token: str | None = None,
    *,
    extractor: Any = None,
    warm: bool | None = None,
    extract_timeout: float | None = None,
) -> FastAPI:
    """Build the web app over one store.

    Args:
        store_url: SQLAlchemy URL or SQLite path (default ``$ONRECORD_DB``, else ``onrecord.db``).
        token: the bearer token writes need (default ``$ONRECORD_TOKEN``); without one the
            app is read-only and ``POST`` answers 403.
        extractor: an :class:`~onrecord.pipeline.Extractor` to reuse in-process (tests); by
            default ``POST /api/articles`` extracts in a child process (started with ``warm``
            when a token is set, else on the first POST), killed when an article is over the
            time budget.
        warm: compute the home page's whole-store aggregates in a background thread at start,
            so the first visit does not wait for them, and start the extraction worker when
            writes are allowed (default: ``$ONRECORD_WARM`` is ``1``; ``onrecord serve`` sets it).
        extract_timeout: seconds one POSTed article's extraction may take (default
            ``$ONRECORD_EXTRACT_TIMEOUT``, else 120); over it the answer is a 503.

    Returns:
        The FastAPI application; ``app.state.store`` is the open store.
    """
    from onrecord.web.api import api_router
    from onrecord.web.pages import pages_router

    budget = extract_timeout if extract_timeout is not None else budget_from_env()
    store = open_store(store_url)
    extraction: ProcessExtractor | ThreadExtractor = (
        ProcessExtractor(budget) if extractor is None else ThreadExtractor(extractor, budget)
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        settle_gc()
        if warm if warm is not None else settings.WARM.value() == "1":
            threading.Thread(
                target=analytics.warm, args=(store,), name="onrecord-warm", daemon=True
            ).start()
            if app.state.token and isinstance(extraction, ProcessExtractor):
                extraction.start_in_background()  # writes are allowed: load the pipeline now
        yield
        extraction.close()
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="onrecord",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # Swagger UI comes from a CDN; /docs is an offline page instead
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token if token is not None else settings.TOKEN.value()
    app.state.extraction = extraction
    # Inner first: WriteGuard's early answers get the security headers too.
    app.add_middleware(WriteGuard)
    app.add_middleware(SecurityHeaders)
    _install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api_router)
    app.include_router(pages_router)

    return app
