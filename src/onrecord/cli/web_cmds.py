"""CLI commands registered on the main app (see onrecord/cli/__init__.py): ``serve``."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from onrecord.cli.common import DbOption, _db, _stderr, app

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on; anything but loopback exposes the app to the network.",
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="TCP port.", min=1, max=65535)] = 8000,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            help="Server processes; more serve more readers at once (one per core).",
            min=1,
            max=64,
        ),
    ] = 1,
    db: DbOption = None,
) -> None:
    """Start the web app and REST API over the store (http://127.0.0.1:8000/ by default).

    Read-only unless ONRECORD_TOKEN is set; then POST /api/articles ingests an article sent
    with `Authorization: Bearer $ONRECORD_TOKEN`. The API reference is at /docs.

    With --workers N, N processes share the port; each keeps its own read caches, and a
    POSTed article is grouped with near-copies any worker (or any ingest) stored.

    Example: ONRECORD_TOKEN=s3cret onrecord serve --db news.db --port 8080 --workers 2
    """
    import uvicorn

    from onrecord import settings
    from onrecord.store import open_store, resolve_url
    from onrecord.web import create_app

    url = resolve_url(_db(ctx, db))
    # Open once here so a bad --db is a one-line error before the server starts.
    open_store(url).close()
    token = settings.TOKEN.value()
    # Each server process computes the home page's aggregates at start, not on the first visit.
    os.environ[settings.WARM.name] = "1"
    application = create_app(url, token=token)
    mode = (
        "read-write (bearer token set)"
        if token
        else "read-only (set ONRECORD_TOKEN to allow writes)"
    )
    if host not in LOOPBACK:
        _stderr(f"onrecord: listening on {host}: the app is reachable from the network")
    shown = f"[{host}]" if ":" in host else host
    _stderr(f"onrecord: serving {application.state.store.url} on http://{shown}:{port}/ — {mode}")
    if workers == 1:
        uvicorn.run(application, host=host, port=port, log_level="warning", access_log=False)
        return
    # Several processes need an import string: each builds its app from the environment. They
    # get the URL itself: Store.url hides the password, which a worker needs to log in.
    application.state.store.close()
    os.environ[settings.DB.name] = url
    uvicorn.run(
        "onrecord.web:create_app", factory=True, workers=workers,
        host=host, port=port, log_level="warning", access_log=False,
    )  # fmt: skip
