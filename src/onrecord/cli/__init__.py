"""The ``onrecord`` command line: one function per command, each a thin layer over the library.

User errors (bad options, unreadable inputs, a database that cannot be opened) are reported in
one line on stderr, never as a traceback; ``--debug`` shows the traceback of unexpected errors.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from typing import Annotated, Any, Optional

import typer

from onrecord import settings

# Re-exported: the names the command modules and older callers use.
from onrecord.cli.common import (
    PROG,
    DbOption,
    ExtractFormat,
    FormatOption,
    JobsOption,
    LimitOption,
    MaxMbOption,
    OutputFormat,
    SinceOption,
    UntilOption,
    _cell,
    _console,
    _jobs,
    _open_store,
    _parse_date,
    _read_options,
    _stderr,
    app,
    emit,
    run_ingest,
)
from onrecord.errors import InputError, OnrecordError

__all__ = [
    "PROG",
    "DbOption",
    "ExtractFormat",
    "FormatOption",
    "MaxMbOption",
    "OutputFormat",
    "app",
    "emit",
    "main",
    "run_ingest",
]


def _quotes_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(
        show_lines=True, title=f"{len(rows)} statement(s)" if rows else "no statements found"
    )
    table.add_column("date", no_wrap=True)
    table.add_column("speaker → addressee", ratio=1)
    table.add_column("statement", ratio=3)
    table.add_column("source", ratio=1)
    for row in rows:
        who = row["speaker"] or "(unknown)"
        if row.get("speakers"):
            # a joint statement: whom it was found through is in joint_with's complement
            who += (
                f" (joint, with {', '.join(row['joint_with'])})"
                if row.get("joint_with")
                else f" (joint: {' and '.join(p['name'] or p['text'] for p in row['speakers'])})"
            )
        if row["addressee"]:
            who += f" → {row['addressee']}"
        text = f"“{row['text']}”" if row["kind"] == "direct" else row["text"]
        table.add_row(_cell(row["published"]), who, text, _cell(row["source"] or row["title"]))
    return table


def _pretty_record(record: Any) -> None:
    from rich.markup import escape
    from rich.panel import Panel

    lines: list[str] = []
    for q in record.quotes:
        who = (
            escape(q.speaker.name or q.speaker.text)
            if q.speaker
            else "[dim](unknown speaker)[/dim]"
        )
        if q.speakers:
            who += escape(f" (joint: {' and '.join(m.name or m.text for m in q.speakers)})")
        if q.addressee:
            who += f" → {escape(q.addressee.name or q.addressee.text)}"
        text = f"“{q.text}”" if q.kind == "direct" else q.text
        lines.append(f"[bold]{who}[/bold] [dim]({q.kind})[/dim]\n  {escape(text)}")
    if not lines:
        lines.append("[dim]no statements found[/dim]")
    if record.actors:
        lines.append(
            "[dim]actors:[/dim] " + escape(", ".join(f"{a.name} ({a.kind})" for a in record.actors))
        )
    if record.events:
        lines.append(
            "[dim]events:[/dim] "
            + escape(", ".join(f"{e.type} {e.intensity:+g}" for e in record.events))
        )
    meta = " · ".join(x for x in (record.published, record.source) if x)
    title = escape(record.title or record.id) + (f" [dim]{escape(meta)}[/dim]" if meta else "")
    _console().print(Panel("\n\n".join(lines), title=title, title_align="left"))


# -- commands -------------------------------------------------------------------------------


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH|-", help="Files, directories, or - for stdin.", show_default=False
        ),
    ],
    fmt: Annotated[
        ExtractFormat,
        typer.Option(
            "--format",
            "-f",
            help="jsonl (one record per line), json, or pretty.",
            case_sensitive=False,
        ),
    ] = ExtractFormat.jsonl,
    max_mb: MaxMbOption = 20.0,
    jobs: JobsOption = None,
) -> None:
    """Print the extraction record of every article (no database involved).

    Reads .txt, .html/.htm, .jsonl (one article per line) and .rss/.atom/.xml feeds; `-` reads
    plain text from stdin. Unreadable inputs are reported on stderr as `path[:line]: reason`
    and the exit code is 1 when any input failed.

    Records are printed in input order, with any number of --jobs.

    Example: onrecord extract examples/corpus/ --format pretty --jobs 2
    """
    from onrecord.ingest import read_paths
    from onrecord.ingest.batch import checked
    from onrecord.ingest.parallel import make_engine, ordered_extract

    failed = 0
    records: list[dict[str, Any]] = []

    def good_items(results: Iterable[Any]) -> Iterable[Any]:
        nonlocal failed
        for result in results:
            if isinstance(result, InputError):
                failed += 1
                _stderr(str(result))
            else:
                yield result

    # Records come back in input order whatever --jobs is; workers start on the first article.
    engine = make_engine(_jobs(jobs))
    try:
        for _item, result in ordered_extract(
            good_items(checked(read_paths(paths, _read_options(max_mb)))), engine
        ):
            if isinstance(result, InputError):
                failed += 1
                _stderr(str(result))
            elif fmt is ExtractFormat.pretty:
                _pretty_record(result)
            elif fmt is ExtractFormat.json:
                records.append(result.to_dict())
            else:
                sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
    except BaseException:
        engine.close(cancel=True)
        raise
    engine.close()
    if fmt is ExtractFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH", help="Files or directories (read recursively).", show_default=False
        ),
    ],
    db: DbOption = None,
    max_mb: MaxMbOption = 20.0,
    jobs: JobsOption = None,
    scheduler: Annotated[
        Optional[str],
        typer.Option(
            "--scheduler",
            envvar=settings.SCHEDULER.name,
            help="Extract on a Dask cluster: the scheduler's address, e.g. tcp://10.0.0.5:8786 ($ONRECORD_SCHEDULER).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Read, extract and store articles; articles already stored are skipped before parsing.

    Extraction runs in --jobs processes (all cores by default) or on a Dask cluster
    (--scheduler); this process alone writes the store, in input order, so the result does not
    depend on either. Each article is stored in one transaction, so an interrupted ingest can
    simply be run again. Prints a summary (read / new / duplicate / failed); exits 1 when
    anything failed.

    Example: onrecord ingest examples/corpus/ --db news.db --jobs 2
    """
    from onrecord.ingest import ingest_paths
    from onrecord.ingest.estimate import count_in_background

    store = _open_store(ctx, db)
    engine: Any = None
    if scheduler:
        from onrecord.ingest.cluster import DaskEngine

        try:
            engine = DaskEngine.connect(scheduler)
        except BaseException:
            store.close()
            raise
    try:
        run_ingest(
            store,
            lambda: ingest_paths(
                paths, store=store, options=_read_options(max_mb), jobs=_jobs(jobs), engine=engine
            ),
            progress=True,
            resume_hint="Run the same command again to finish.",
            count=lambda report: count_in_background(paths, report.set_total),
        )
    finally:
        if engine is not None:
            engine.close()


@app.command()
def quotes(
    ctx: typer.Context,
    speaker: Annotated[
        Optional[str],
        typer.Option(
            "--speaker",
            "-s",
            help="Part of the speaker's name or words (any case, any accents); a joint "
            "statement answers to any party's name.",
        ),
    ] = None,
    search: Annotated[
        Optional[str],
        typer.Option("--search", "-q", help="Words that must all occur in the statement."),
    ] = None,
    addressee: Annotated[
        Optional[str], typer.Option("--addressee", help="Part of the addressee's name or words.")
    ] = None,
    country: Annotated[
        Optional[str],
        typer.Option(
            "--country",
            "-c",
            help="The speaker's country code, e.g. RUS (a joint statement: any party's).",
        ),
    ] = None,
    type_: Annotated[
        Optional[str],
        typer.Option("--type", help="A PLOVER event type the statement carries, e.g. ACCUSE."),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 100,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List stored statements, oldest first, with speaker, addressee and source.

    The filters are /api/quotes's (the API lists the same statements, newest first).

    Example: onrecord quotes --speaker voss --search border --since 2026-03-01 --format csv
    """
    from onrecord.record import PLOVER_TYPES
    from onrecord.store.statements import QuoteFilter

    since_date, until_date = _parse_date(since), _parse_date(until, end=True)
    if since_date and until_date and since_date > until_date:
        raise typer.BadParameter("--since is after --until")
    if type_ and type_.strip().upper() not in PLOVER_TYPES:
        raise typer.BadParameter(
            f"unknown event type {type_!r} (one of {', '.join(PLOVER_TYPES)})", param_hint="--type"
        )
    f = QuoteFilter(
        speaker=speaker, search=search, addressee=addressee, country=country, type=type_,
        since=since_date, until=until_date,
    )  # fmt: skip
    with _open_store(ctx, db) as store:
        hits = store.statements(f, order="oldest", limit=limit or None).hits
    emit([h.to_dict() for h in hits], fmt, table=_quotes_table)


# -- entry point ----------------------------------------------------------------------------


def _command_name(argv: Sequence[str]) -> str:
    names = {c.name for c in typer.main.get_command(app).commands.values()}  # type: ignore[attr-defined]
    return next((a for a in argv if a in names), "")


def _click_kind(exc: BaseException) -> Optional[str]:
    """Classify Click's exceptions by name: Typer vendors its own copy of Click in newer
    releases and uses the real one in older ones, so ``isinstance`` against either misses."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    if "NoArgsIsHelpError" in names:
        return "no-args"
    if "UsageError" in names:
        return "usage"
    if "ClickException" in names:
        return "click"
    if "Abort" in names:
        return "abort"
    return None


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; return the exit code (the console script exits with it)."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args or settings.DEBUG.value() is not None
    _quiet_library_logs(debug)
    try:
        result = app(args=args, prog_name=PROG, standalone_mode=False)
    except KeyboardInterrupt:
        _stderr(f"{PROG}: interrupted")
        return 130
    except OnrecordError as exc:
        _stderr(f"{PROG}: {exc}")
        return 1
    except BrokenPipeError:
        # `onrecord quotes | head`: the reader left; that is not an error worth a message.
        _silence_stdout()
        return 0
    except Exception as exc:
        kind = _click_kind(exc)
        if kind == "no-args":
            return 0  # the help was printed: that is what a bare `onrecord` asks for
        if kind == "usage":
            hint = " ".join(x for x in (PROG, _command_name(args), "--help") if x)
            _stderr(f"{PROG}: error: {exc.format_message()} (see '{hint}')")  # type: ignore[attr-defined]
            return int(getattr(exc, "exit_code", 2))
        if kind == "click":
            _stderr(f"{PROG}: error: {exc.format_message()}")  # type: ignore[attr-defined]
            return int(getattr(exc, "exit_code", 1))
        if kind == "abort":
            _stderr(f"{PROG}: interrupted")
            return 130
        if debug:
            raise
        _stderr(
            f"{PROG}: unexpected error: {type(exc).__name__}: {exc} (run with --debug for the traceback)"
        )
        return 1
    return result if isinstance(result, int) else 0


def _quiet_library_logs(debug: bool) -> None:
    # SQLAlchemy logs, with a traceback, a cursor it cannot close after Ctrl-C interrupted a
    # query (the connection is closed by then): noise after the one-line "interrupted". Its
    # logs show with --debug only.
    if not debug:
        quiet = logging.getLogger("sqlalchemy")
        quiet.addHandler(logging.NullHandler())
        quiet.propagate = False


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


# Command groups kept in their own modules; importing them registers their commands on
# ``app``. Last, so that ``main`` and the commands above exist whatever they import.
from onrecord.cli import actors_cmds, events_cmds, sources_cmds, store_cmds, stories_cmds, web_cmds  # noqa: E402,F401 - imported to register commands
