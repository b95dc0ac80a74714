"""Commands for tracking news as it comes: sources, fetch, watch.

Thin over the library: :mod:`onrecord.ingest.fetch`, :mod:`onrecord.ingest.watch`,
:mod:`onrecord.store.sources`. Story clusters and quote lineage are in
:mod:`onrecord.cli.stories_cmds`.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from onrecord.cli.common import (
    PROG,
    DbOption,
    FormatOption,
    JobsOption,
    MaxMbOption,
    OutputFormat,
    _cell,
    _jobs,
    _open_store,
    _print_summary,
    _stderr,
    _tally,
    app,
    command_group,
    emit,
    run_ingest,
)

if TYPE_CHECKING:
    pass

sources_app = command_group(
    "sources",
    "Feeds to watch: add RSS/Atom URLs or OPML lists, list them, remove them.\n\n"
    "Example: onrecord sources add https://news.example/world.rss && onrecord watch --every 30m",
)


def _positive_seconds(value: float) -> float:
    if value < 0:
        raise typer.BadParameter("must be 0 or more")
    return value


TimeoutOption = Annotated[
    float, typer.Option("--timeout", help="Seconds to wait for a server.", min=0.1)
]
DelayOption = Annotated[
    float,
    typer.Option(
        "--delay",
        help="Seconds between two requests to the same host (robots.txt may ask more).",
        callback=_positive_seconds,
    ),
]
RetriesOption = Annotated[
    int,
    typer.Option(
        "--retries", help="Retries after a timeout, connection error, 429 or 5xx.", min=0, max=10
    ),
]


def _fetcher(*, timeout: float, delay: float, retries: int, max_mb: float) -> Any:
    from onrecord.ingest.fetch import Fetcher, FetchOptions

    return Fetcher(
        FetchOptions(
            timeout=timeout, delay=delay, retries=retries, max_bytes=int(max_mb * 1024 * 1024)
        )
    )


# -- sources ---------------------------------------------------------------------------------


@sources_app.command("add")
def sources_add(
    ctx: typer.Context,
    targets: Annotated[
        list[str],
        typer.Argument(
            metavar="URL|FILE", help="Feed URLs, OPML files or OPML URLs.", show_default=False
        ),
    ],
    name: Annotated[
        Optional[str], typer.Option("--name", help="A name for the feed (one target only).")
    ] = None,
    timeout: TimeoutOption = 15.0,
    db: DbOption = None,
) -> None:
    """Add RSS/Atom feeds to watch; an OPML list adds every feed it names.

    A feed URL is fetched once to check that it is a feed and to learn its title.

    Example: onrecord sources add https://news.example/world.rss --name "Example World"
    """
    from onrecord.errors import InputError
    from onrecord.ingest.watch import discover_feeds
    from onrecord.store.sources import add_source

    if name and len(targets) > 1:
        raise typer.BadParameter("--name needs a single URL|FILE", param_hint="--name")
    failed = 0
    with (
        _open_store(ctx, db) as store,
        _fetcher(timeout=timeout, delay=0.0, retries=1, max_mb=5) as fetcher,
    ):
        for target in targets:
            try:
                feeds = discover_feeds(target, fetcher=fetcher)
            except InputError as err:
                failed += 1
                _stderr(str(err))
                continue
            origin = target if len(feeds) > 1 or feeds[0][0] != target else None
            for url, title in feeds:
                source, created = add_source(store, url, name=name or title, origin=origin)
                state = "added" if created else "already watched"
                sys.stdout.write(
                    f"{state}: {source.id} {source.name or ''} <{source.url}>\n".replace("  ", " ")
                )
    if failed:
        raise typer.Exit(1)


def _sources_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(
        title=f"{len(rows)} source(s)"
        if rows
        else "no sources; add one with: onrecord sources add URL"
    )
    for col in ("id", "name", "url", "articles", "last ok", "next poll", "failures", "last error"):
        table.add_column(
            col,
            justify="right" if col in ("id", "articles", "failures") else "left",
            overflow="fold",
        )
    for r in rows:
        table.add_row(
            _cell(r["id"]),
            _cell(r["name"]),
            _cell(r["url"]),
            _cell(r["articles"]),
            _cell((r["last_ok_at"] or "")[:16].replace("T", " ")),
            _cell((r["next_poll_at"] or "")[:16].replace("T", " ")),
            _cell(r["failures"] or ""),
            _cell(r["last_error"]),
        )
    return table


@sources_app.command("list")
def sources_list(
    ctx: typer.Context, fmt: FormatOption = OutputFormat.table, db: DbOption = None
) -> None:
    """List the watched feeds with their state (last good poll, next poll, failures).

    Example: onrecord sources list --format jsonl
    """
    from onrecord.store.sources import list_sources

    with _open_store(ctx, db) as store:
        rows = [s.to_dict() for s in list_sources(store)]
    emit(rows, fmt, table=_sources_table)


@sources_app.command("remove")
def sources_remove(
    ctx: typer.Context,
    refs: Annotated[
        list[str],
        typer.Argument(
            metavar="ID|URL", help="Source ids (see `sources list`) or URLs.", show_default=False
        ),
    ],
    db: DbOption = None,
) -> None:
    """Stop watching feeds; the articles already stored stay.

    Example: onrecord sources remove 3
    """
    from onrecord.store.sources import remove_source

    failed = 0
    with _open_store(ctx, db) as store:
        for ref in refs:
            removed = remove_source(store, ref)
            if removed is None:
                failed += 1
                _stderr(f"{ref}: no such source")
            else:
                sys.stdout.write(f"removed: {removed.id} <{removed.url}>\n")
    if failed:
        raise typer.Exit(1)


# -- fetch and watch -------------------------------------------------------------------------


@app.command()
def fetch(
    ctx: typer.Context,
    urls: Annotated[
        list[str],
        typer.Argument(metavar="URL", help="Article pages (http or https).", show_default=False),
    ],
    timeout: TimeoutOption = 15.0,
    delay: DelayOption = 1.0,
    retries: RetriesOption = 2,
    max_mb: MaxMbOption = 5.0,
    db: DbOption = None,
) -> None:
    """Fetch article pages politely, extract and store them.

    Sends a User-Agent naming onrecord, obeys robots.txt, waits between requests to the same
    host, retries transient failures with backoff, refuses non-HTML and oversized responses.
    Pages already stored are not fetched again. Each failure is one line `url: reason`; the
    exit code is 1 when any URL failed.

    Example: onrecord fetch https://news.example/2026/03/talks.html --delay 2
    """
    from onrecord.ingest.fetch import ingest_urls

    store = _open_store(ctx, db)

    def outcomes() -> Iterator[Any]:
        with _fetcher(timeout=timeout, delay=delay, retries=retries, max_mb=max_mb) as fetcher:
            yield from ingest_urls(urls, store=store, fetcher=fetcher)

    run_ingest(store, outcomes)


@contextmanager
def _stop_on_signals() -> Iterator[threading.Event]:
    """Ctrl-C or SIGTERM set the event (stop after the current article); a second Ctrl-C
    interrupts at once."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():  # pragma: no cover
        yield stop
        return

    def request_stop() -> None:
        _stderr(f"{PROG}: stopping after the current article (Ctrl-C again to stop now)")
        stop.set()

    def handler(signum: int, _frame: Any) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        # Not stop.set() here: a handler runs in the main thread, between two of its steps, and
        # Event.set() takes the lock that stop.wait() holds for a moment on its way in and out.
        # A signal at that moment left the main thread waiting for itself, forever. A helper
        # thread sets the event as soon as the lock is free.
        threading.Thread(target=request_stop, name="onrecord-stop", daemon=True).start()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@app.command()
def watch(
    ctx: typer.Context,
    every: Annotated[
        str, typer.Option("--every", help="Poll interval: 30s, 15m, 2h, 1d.", metavar="DURATION")
    ] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll every source once and exit.")] = False,
    pages: Annotated[
        bool,
        typer.Option(
            "--pages/--no-pages", help="Fetch each entry's page (else use the feed's text)."
        ),
    ] = True,
    timeout: TimeoutOption = 15.0,
    delay: DelayOption = 1.0,
    retries: RetriesOption = 2,
    max_mb: MaxMbOption = 5.0,
    jobs: JobsOption = None,
    db: DbOption = None,
) -> None:
    """Poll every source, ingest new entries, and keep going (for weeks if need be).

    Feeds are fetched with conditional GET; new entries' pages are fetched politely (the
    entry's own text is used when the page cannot be). A failing source is reported and
    retried later with back-off; it never stops the loop. Ctrl-C or SIGTERM stop cleanly after
    the current article. With --once the exit code is 1 when any source or article failed.

    Example: onrecord watch --every 30m
    """
    from onrecord.ingest import IngestSummary, Outcome
    from onrecord.ingest.watch import WatchOptions, parse_duration
    from onrecord.ingest.watch import watch as run_watch
    from onrecord.store.sources import list_sources

    try:
        interval = parse_duration(every)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from None
    store = _open_store(ctx, db)
    articles = IngestSummary()

    def on_event(event: Any) -> None:
        if isinstance(event, Outcome):
            _tally(event, articles)
        elif event.status == "failed":
            _stderr(str(event))
        else:
            sys.stdout.write(str(event) + "\n")
            sys.stdout.flush()

    try:
        if not list_sources(store):
            _stderr(f"{PROG}: no sources to watch; add one with: {PROG} sources add URL")
            raise typer.Exit(1)
        with (
            _stop_on_signals() as stop,
            _fetcher(timeout=timeout, delay=delay, retries=retries, max_mb=max_mb) as fetcher,
        ):
            if not once:
                sys.stdout.write(
                    f"watching {len(list_sources(store))} source(s) every {every}; Ctrl-C to stop\n"
                )
                sys.stdout.flush()
            summary = run_watch(
                store,
                options=WatchOptions(every=interval, fetch_pages=pages),
                fetcher=fetcher,
                stop=stop,
                once=once,
                on_event=on_event,
                jobs=_jobs(jobs),
            )
    except KeyboardInterrupt:
        _print_summary(articles, store)
        _stderr(f"{PROG}: interrupted; every article listed as new is stored.")
        raise typer.Exit(130) from None
    finally:
        store.close()
    _print_summary(articles, store)
    if once and (summary.failed_polls or articles.failed):
        raise typer.Exit(1)
