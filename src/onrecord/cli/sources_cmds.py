"""Commands for tracking news as it comes: sources, fetch, watch, stories, lineage, conflicts.

Thin over the library: :mod:`onrecord.ingest.fetch`, :mod:`onrecord.ingest.watch`,
:mod:`onrecord.store.sources`, :mod:`onrecord.store.clusters`, :mod:`onrecord.store.lineage`.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from onrecord.cli import (
    PROG,
    DbOption,
    FormatOption,
    MaxMbOption,
    OutputFormat,
    _cell,
    _console,
    _open_store,
    _print_summary,
    _stderr,
    _tally,
    app,
    emit,
    run_ingest,
)

if TYPE_CHECKING:
    from onrecord.store.core import Store

sources_app = typer.Typer(
    help="Feeds to watch: add RSS/Atom URLs or OPML lists, list them, remove them.\n\n"
    "Example: onrecord sources add https://news.example/world.rss && onrecord watch --every 30m",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(sources_app, name="sources")


def _positive_seconds(value: float) -> float:
    if value < 0:
        raise typer.BadParameter("must be 0 or more")
    return value


TimeoutOption = Annotated[float, typer.Option("--timeout", help="Seconds to wait for a server.", min=0.1)]
DelayOption = Annotated[
    float, typer.Option("--delay", help="Seconds between two requests to the same host (robots.txt may ask more).", callback=_positive_seconds)
]
RetriesOption = Annotated[int, typer.Option("--retries", help="Retries after a timeout, connection error, 429 or 5xx.", min=0, max=10)]


def _fetcher(*, timeout: float, delay: float, retries: int, max_mb: float) -> Any:
    from onrecord.ingest.fetch import Fetcher, FetchOptions

    return Fetcher(FetchOptions(timeout=timeout, delay=delay, retries=retries, max_bytes=int(max_mb * 1024 * 1024)))


# -- sources ---------------------------------------------------------------------------------


@sources_app.command("add")
def sources_add(
    ctx: typer.Context,
    targets: Annotated[list[str], typer.Argument(metavar="URL|FILE", help="Feed URLs, OPML files or OPML URLs.", show_default=False)],
    name: Annotated[Optional[str], typer.Option("--name", help="A name for the feed (one target only).")] = None,
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
    with _open_store(ctx, db) as store, _fetcher(timeout=timeout, delay=0.0, retries=1, max_mb=5) as fetcher:
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
                sys.stdout.write(f"{state}: {source.id} {source.name or ''} <{source.url}>\n".replace("  ", " "))
    if failed:
        raise typer.Exit(1)


def _sources_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(title=f"{len(rows)} source(s)" if rows else "no sources; add one with: onrecord sources add URL")
    for col in ("id", "name", "url", "articles", "last ok", "next poll", "failures", "last error"):
        table.add_column(col, justify="right" if col in ("id", "articles", "failures") else "left", overflow="fold")
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
def sources_list(ctx: typer.Context, fmt: FormatOption = OutputFormat.table, db: DbOption = None) -> None:
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
    refs: Annotated[list[str], typer.Argument(metavar="ID|URL", help="Source ids (see `sources list`) or URLs.", show_default=False)],
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
    urls: Annotated[list[str], typer.Argument(metavar="URL", help="Article pages (http or https).", show_default=False)],
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
    every: Annotated[str, typer.Option("--every", help="Poll interval: 30s, 15m, 2h, 1d.", metavar="DURATION")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll every source once and exit.")] = False,
    pages: Annotated[bool, typer.Option("--pages/--no-pages", help="Fetch each entry's page (else use the feed's text).")] = True,
    timeout: TimeoutOption = 15.0,
    delay: DelayOption = 1.0,
    retries: RetriesOption = 2,
    max_mb: MaxMbOption = 5.0,
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
        with _stop_on_signals() as stop, _fetcher(timeout=timeout, delay=delay, retries=retries, max_mb=max_mb) as fetcher:
            if not once:
                sys.stdout.write(f"watching {len(list_sources(store))} source(s) every {every}; Ctrl-C to stop\n")
                sys.stdout.flush()
            summary = run_watch(
                store, options=WatchOptions(every=interval, fetch_pages=pages), fetcher=fetcher, stop=stop, once=once, on_event=on_event
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


# -- stories, lineage, conflicts -------------------------------------------------------------


def _stories_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(title=f"{len(rows)} stor{'y' if len(rows) == 1 else 'ies'}" if rows else "no stories found")
    for col in ("story", "first published", "title", "outlets", "copies", "carried by"):
        table.add_column(col, justify="right" if col in ("story", "outlets", "copies") else "left", overflow="fold")
    for r in rows:
        outlets = list(dict.fromkeys(rep["outlet"] for rep in r["reports"]))
        table.add_row(
            _cell(r["story_id"]), _cell(r["published"]), _cell(r["title"]), _cell(r["outlets"]), _cell(r["articles"]), "; ".join(outlets)
        )
    return table


def _backlog(store: Store) -> None:
    from onrecord.store.clusters import index_backlog

    index_backlog(store)


@app.command()
def stories(
    ctx: typer.Context,
    min_copies: Annotated[int, typer.Option("--min-copies", help="Only stories carried at least this many times.", min=1)] = 2,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many (0: all).", min=0)] = 50,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List story clusters: syndicated near-copies of one article, the most carried first.

    The earliest copy is canonical; counts elsewhere count a story once.

    Example: onrecord stories --min-copies 3 --format jsonl
    """
    from onrecord.store.clusters import stories as list_stories

    with _open_store(ctx, db) as store:
        _backlog(store)
        found = list_stories(store, min_articles=min_copies, limit=limit or None)
    emit([s.to_dict() for s in found], fmt, table=_stories_table)


def _print_lineage(lin: Any) -> None:
    from rich.markup import escape
    from rich.panel import Panel

    lines = [f"[bold]{escape(lin.summary)}[/bold]"]
    first_text = lin.first.text
    for a in lin.appearances:
        when = (a.published or "????-??-??")[:10]
        who = escape(a.speaker or "(unknown speaker)")
        variant = "" if a.text == first_text else f"\n    [yellow]wording:[/yellow] “{escape(a.text)}”"
        lines.append(f"{when}  {escape(a.outlet)} — {who}  [dim]{a.quote_ref}[/dim]{variant}")
    if len(lin.speakers) > 1:
        lines.append("[red]attributed to different speakers:[/red] " + escape(", ".join(lin.speakers)))
    title = f"lineage {lin.id}: “{escape(first_text[:80])}{'…' if len(first_text) > 80 else ''}”"
    _console().print(Panel("\n".join(lines), title=title, title_align="left"))


def _emit_lineages(found: Sequence[Any], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.table:
        if not found:
            _console().print("no quote lineage found")
        for lin in found:
            _print_lineage(lin)
        return
    rows = [lin.to_dict() for lin in found]
    if fmt is OutputFormat.csv:
        rows = [
            {"lineage_id": r["lineage_id"], "summary": r["summary"], "first_text": r["first"]["text"], "speakers": r["speakers"], "variants": len(r["variants"])}
            for r in rows
        ]
    emit(rows, fmt, table=lambda _: None)


@app.command()
def lineage(
    ctx: typer.Context,
    quote_id: Annotated[
        Optional[str], typer.Argument(metavar="QUOTE_ID", help="ARTICLE_ID:qN (as `quotes --format jsonl` shows) or a lineage id.", show_default=False)
    ] = None,
    search: Annotated[Optional[str], typer.Option("--search", "-q", help="Words the quotation contains.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many lineages (0: all).", min=0)] = 20,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Show how a quotation travelled: who reported it first, who repeated it, its wordings.

    Example: onrecord lineage --search "keep the border open"
    """
    from onrecord.store import lineage as lineage_lib

    if (quote_id is None) == (search is None):
        raise typer.BadParameter("give a QUOTE_ID or --search WORDS (one of them)")
    with _open_store(ctx, db) as store:
        _backlog(store)
        if quote_id is not None:
            one = lineage_lib.lineage_of(store, quote_id)
            if one is None:
                _stderr(f"{quote_id}: no such quote, or too short to trace (under {lineage_lib.MIN_WORDS} words)")
                raise typer.Exit(1)
            found = [one]
        else:
            found = lineage_lib.search(store, search or "", limit=limit or None)
    _emit_lineages(found, fmt)


@app.command()
def conflicts(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many (0: all).", min=0)] = 0,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List quotations attributed to different speakers in different articles (misattribution?).

    Example: onrecord conflicts --format jsonl
    """
    from onrecord.store.lineage import conflicts as find_conflicts

    with _open_store(ctx, db) as store:
        _backlog(store)
        found = find_conflicts(store, limit=limit or None)
    _emit_lineages(found, fmt)
