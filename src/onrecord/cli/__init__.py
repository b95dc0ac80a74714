"""The ``onrecord`` command line: one function per command, each a thin layer over the library.

User errors (bad options, unreadable inputs, a database that cannot be opened) are reported in
one line on stderr, never as a traceback; ``--debug`` shows the traceback of unexpected errors.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import Annotated, Any, Optional

import typer

from onrecord.errors import InputError, OnrecordError

PROG = "onrecord"

app = typer.Typer(
    name=PROG,
    help="onrecord: who said what, to whom, when — from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(str, Enum):
    """How listing commands print: a table for people, the others for pipes."""

    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    json = "json"


class ExtractFormat(str, Enum):
    """How ``extract`` prints records."""

    jsonl = "jsonl"
    json = "json"
    pretty = "pretty"


def _parse_date(value: Optional[str], *, end: bool = False) -> Optional[dt.date]:
    """``YYYY-MM-DD`` (or a full ISO timestamp), or ``YYYY-MM`` / ``YYYY`` meaning the first
    day of that month or year — the last day when ``end`` is set (for ``--until``)."""
    if value is None:
        return None
    text = value.strip()
    try:
        if len(text) >= 10:
            return dt.date.fromisoformat(text[:10])
        return _partial_date(text, end=end)
    except ValueError:
        raise typer.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def _partial_date(text: str, *, end: bool) -> dt.date:
    parts = text.split("-")
    if len(parts) == 1 and len(parts[0]) == 4:
        year = int(parts[0])
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    if len(parts) == 2 and len(parts[0]) == 4 and 1 <= len(parts[1]) <= 2:
        year, month = int(parts[0]), int(parts[1])
        last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 1
        return dt.date(year, month, last if end else 1)
    raise ValueError(text)


def _positive(value: Optional[float]) -> Optional[float]:
    if value is not None and value <= 0:
        raise typer.BadParameter("must be greater than 0")
    return value


# Shared options: declared once, used by every command that needs them.
DbOption = Annotated[
    Optional[str],
    typer.Option(
        "--db",
        help="Database: a SQLite file or any SQLAlchemy URL (default: $ONRECORD_DB, else ./onrecord.db).",
        show_default=False,
    ),
]
FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="table for people; jsonl, csv or json for pipes.", case_sensitive=False),
]
MaxMbOption = Annotated[
    float,
    typer.Option("--max-mb", help="Refuse input files larger than this many megabytes.", callback=_positive),
]
JobsOption = Annotated[
    Optional[int],
    typer.Option(
        "--jobs",
        "-j",
        help="Extraction processes (default: $ONRECORD_JOBS, else the number of cores; 1: this process only).",
        min=1,
        show_default=False,
    ),
]


def _jobs(jobs: Optional[int]) -> int:
    from onrecord.ingest.parallel import default_jobs

    return jobs if jobs is not None else default_jobs()


def _state(ctx: typer.Context) -> dict[str, Any]:
    root = ctx.find_root()
    if root.obj is None:
        root.obj = {}
    return root.obj  # type: ignore[no-any-return]


def _db(ctx: typer.Context, db: Optional[str]) -> Optional[str]:
    return db or _state(ctx).get("db")


def _open_store(ctx: typer.Context, db: Optional[str]) -> Any:
    from onrecord.store import open_store

    return open_store(_db(ctx, db))


def _stderr(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def _console(*, stderr: bool = False) -> Any:
    # Created per use, bound to the streams of the moment, so test runners can capture them.
    from rich.console import Console

    return Console(file=sys.stderr if stderr else sys.stdout, highlight=False, soft_wrap=False)


def _read_options(max_mb: float) -> Any:
    from onrecord.ingest import ReadOptions

    return ReadOptions(max_bytes=int(max_mb * 1024 * 1024))


def _print_version(value: bool) -> None:
    if value:
        from onrecord import __version__

        typer.echo(f"{PROG} {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main_options(
    ctx: typer.Context,
    db: DbOption = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of unexpected errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", is_eager=True, callback=_print_version)
    ] = False,
) -> None:
    """onrecord: who said what, to whom, when — from news articles.

    Example: onrecord ingest examples/corpus && onrecord quotes --speaker voss
    """
    state = _state(ctx)
    state["db"] = db
    state["debug"] = debug


# -- output ---------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        if any(isinstance(v, (list, tuple, dict)) for v in value):
            return json.dumps(value, ensure_ascii=False)  # spans: keep them machine-readable
        return "; ".join(_cell(v) for v in value)
    return str(value)


def emit(rows: Sequence[dict[str, Any]], fmt: OutputFormat, *, table: Callable[[Sequence[dict[str, Any]]], Any]) -> None:
    """Print rows in the chosen format; ``table`` builds the Rich table for people."""
    out = sys.stdout
    if fmt is OutputFormat.jsonl:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is OutputFormat.json:
        out.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
    elif fmt is OutputFormat.csv:
        buf = io.StringIO()
        if rows:
            writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
        out.write(buf.getvalue())
    else:
        _console().print(table(rows))
    out.flush()


def _quotes_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(show_lines=True, title=f"{len(rows)} statement(s)" if rows else "no statements found")
    table.add_column("date", no_wrap=True)
    table.add_column("speaker → addressee", ratio=1)
    table.add_column("statement", ratio=3)
    table.add_column("source", ratio=1)
    for row in rows:
        who = row["speaker"] or "(unknown)"
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
        who = escape(q.speaker.name or q.speaker.text) if q.speaker else "[dim](unknown speaker)[/dim]"
        if q.addressee:
            who += f" → {escape(q.addressee.name or q.addressee.text)}"
        text = f"“{q.text}”" if q.kind == "direct" else q.text
        lines.append(f"[bold]{who}[/bold] [dim]({q.kind})[/dim]\n  {escape(text)}")
    if not lines:
        lines.append("[dim]no statements found[/dim]")
    if record.actors:
        lines.append("[dim]actors:[/dim] " + escape(", ".join(f"{a.name} ({a.kind})" for a in record.actors)))
    if record.events:
        lines.append("[dim]events:[/dim] " + escape(", ".join(f"{e.type} {e.intensity:+g}" for e in record.events)))
    meta = " · ".join(x for x in (record.published, record.source) if x)
    title = escape(record.title or record.id) + (f" [dim]{escape(meta)}[/dim]" if meta else "")
    _console().print(Panel("\n\n".join(lines), title=title, title_align="left"))


# -- commands -------------------------------------------------------------------------------


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(metavar="PATH|-", help="Files, directories, or - for stdin.", show_default=False)],
    fmt: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="jsonl (one record per line), json, or pretty.", case_sensitive=False)
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
        for item, result in ordered_extract(
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
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Files or directories (read recursively).", show_default=False)],
    db: DbOption = None,
    max_mb: MaxMbOption = 20.0,
    jobs: JobsOption = None,
    scheduler: Annotated[
        Optional[str],
        typer.Option(
            "--scheduler",
            envvar="ONRECORD_SCHEDULER",
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
            lambda: ingest_paths(paths, store=store, options=_read_options(max_mb), jobs=_jobs(jobs), engine=engine),
            progress=True,
            resume_hint="Run the same command again to finish.",
            count=lambda report: count_in_background(paths, report.set_total),
        )
    finally:
        if engine is not None:
            engine.close()


def run_ingest(
    store: Any,
    outcomes: Callable[[], Iterable[Any]],
    *,
    progress: bool = False,
    resume_hint: str = "",
    count: Optional[Callable[[Any], Any]] = None,
) -> None:
    """Drive an ingest to its end: tally outcomes, print the summary, close the store.

    With ``progress``, a Rich bar on a terminal (a plain line per 1,000 articles otherwise)
    shows articles done, the rate, the time left (when ``count`` sets a total) and failures.
    Ctrl-C prints what was stored so far and exits 130 (every article listed as new is
    stored: each is written in one transaction); any failure exits 1 after the summary.
    """
    from onrecord.ingest import IngestSummary
    from onrecord.progress import ProgressReport

    summary = IngestSummary()
    stream: Any = None
    try:
        with ProgressReport("ingest", noun="articles", enabled=progress) as report:
            if progress and count is not None:
                count(report)
            stream = iter(outcomes())
            for outcome in stream:
                summary.add(outcome)
                report.advance(failed=outcome.status == "failed")
                if outcome.error is not None:
                    report.print(str(outcome.error))
    except KeyboardInterrupt:
        _close_quietly(stream)
        _print_summary(summary, store)
        _stderr(f"{PROG}: interrupted; every article listed as new is stored. {resume_hint}".rstrip())
        raise typer.Exit(130) from None
    finally:
        store.close()
    _print_summary(summary, store)
    if summary.failed:
        raise typer.Exit(1)


def _close_quietly(stream: Any) -> None:
    # Stops the workers at once (the ingest generator terminates its pool when closed); a
    # second Ctrl-C during that must not turn into a traceback.
    try:
        if stream is not None and hasattr(stream, "close"):
            stream.close()
    except BaseException:  # noqa: BLE001
        pass


def _tally(outcome: Any, summary: Any) -> None:
    summary.add(outcome)
    if outcome.error is not None:
        _stderr(str(outcome.error))


def _print_summary(summary: Any, store: Any) -> None:
    sys.stdout.write(
        f"read {summary.read} · new {summary.new} · duplicate {summary.duplicate} · failed {summary.failed}"
        f" — database: {store.url}\n"
    )
    sys.stdout.flush()


@app.command()
def quotes(
    ctx: typer.Context,
    speaker: Annotated[Optional[str], typer.Option("--speaker", "-s", help="Part of the speaker's name or words (any case, any accents).")] = None,
    search: Annotated[Optional[str], typer.Option("--search", "-q", help="Words that must all occur in the statement.")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Published on or after YYYY-MM-DD (or YYYY-MM, YYYY).", metavar="DATE")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Published on or before YYYY-MM-DD (or YYYY-MM, YYYY).", metavar="DATE")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many (0: all).", min=0)] = 100,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List stored statements, oldest first, with speaker, addressee and source.

    Example: onrecord quotes --speaker voss --search border --since 2026-03-01 --format csv
    """
    since_date, until_date = _parse_date(since), _parse_date(until, end=True)
    if since_date and until_date and since_date > until_date:
        raise typer.BadParameter("--since is after --until")
    with _open_store(ctx, db) as store:
        hits = store.quotes(speaker=speaker, search=search, since=since_date, until=until_date, limit=limit or None)
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
    debug = "--debug" in args or bool(os.environ.get("ONRECORD_DEBUG"))
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
        _stderr(f"{PROG}: unexpected error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        return 1
    return result if isinstance(result, int) else 0


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


# Command groups kept in their own modules; importing them registers their commands on ``app``.
from onrecord.cli import actors_cmds, events_cmds, sources_cmds, web_cmds  # noqa: E402,F401
