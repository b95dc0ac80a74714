"""What every ``onrecord`` command shares: the Typer app, the common options, output, ingest
driving and one-line errors.

Command modules import from here (never from :mod:`onrecord.cli` itself, which imports them to
register their commands), so the package has no import circle.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

if TYPE_CHECKING:
    from onrecord.store import Store

PROG = "onrecord"

app = typer.Typer(
    name=PROG,
    help="onrecord: who said what, to whom, when — from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def command_group(name: str, help: str | None = None, *, runs_alone: bool = False) -> typer.Typer:  # noqa: A002 - Typer's own parameter name
    """A group of subcommands (``onrecord NAME ...``) registered on the main app.

    Args:
        name: the group's name on the command line.
        help: its help text (None: the callback's docstring, for a group that runs alone).
        runs_alone: ``onrecord NAME`` without a subcommand runs the group's callback (``actors``
            lists actors) instead of printing the help.
    """
    # Typer reads the callback's docstring only when no help is passed at all.
    described: dict[str, Any] = {} if help is None else {"help": help}
    group = typer.Typer(
        name=name,
        **described,
        invoke_without_command=runs_alone,
        no_args_is_help=not runs_alone,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.add_typer(group, name=name)
    return group


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
    typer.Option(
        "--format",
        "-f",
        help="table for people; jsonl, csv or json for pipes.",
        case_sensitive=False,
    ),
]
MaxMbOption = Annotated[
    float,
    typer.Option(
        "--max-mb", help="Refuse input files larger than this many megabytes.", callback=_positive
    ),
]


SinceOption = Annotated[
    Optional[str],
    typer.Option(
        "--since", help="Published on or after YYYY-MM-DD (or YYYY-MM, YYYY).", metavar="DATE"
    ),
]
UntilOption = Annotated[
    Optional[str],
    typer.Option(
        "--until", help="Published on or before YYYY-MM-DD (or YYYY-MM, YYYY).", metavar="DATE"
    ),
]
# events are filtered by the day they count on: the day the text gives the act (a recap of an
# old shelling is not in this week), else the day of its article's story
EventSinceOption = Annotated[
    Optional[str],
    typer.Option(
        "--since",
        help="Events on or after YYYY-MM-DD (or YYYY-MM, YYYY): the day the text gives the "
        "act, else its article's date.",
        metavar="DATE",
    ),
]
EventUntilOption = Annotated[
    Optional[str],
    typer.Option(
        "--until",
        help="Events on or before YYYY-MM-DD (or YYYY-MM, YYYY): the day the text gives the "
        "act, else its article's date.",
        metavar="DATE",
    ),
]
# The default differs per listing, so each command gives it: ``limit: LimitOption = 100``.
LimitOption = Annotated[
    int, typer.Option("--limit", "-n", help="At most this many (0: all).", min=0)
]
JobsOption = Annotated[
    Optional[int],
    typer.Option(
        "--jobs",
        "-j",
        help=(
            "Extraction processes (default: $ONRECORD_JOBS, else the number of cores;"
            " 1: this process only)."
        ),
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


def _open_store(ctx: typer.Context, db: Optional[str]) -> Store:
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
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks of unexpected errors.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit.", is_eager=True, callback=_print_version
        ),
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


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: OutputFormat,
    *,
    table: Callable[[Sequence[dict[str, Any]]], Any],
) -> None:
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


def run_ingest(
    store: Store,
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
        with (
            _latched_interrupt() as interrupted,
            ProgressReport("ingest", noun="articles", enabled=progress) as report,
        ):
            if progress and count is not None:
                count(report)
            stream = iter(outcomes())
            for outcome in stream:
                summary.add(outcome)
                report.advance(failed=outcome.status == "failed")
                if outcome.error is not None:
                    report.print(str(outcome.error))
                if interrupted.hit:
                    raise KeyboardInterrupt
            if interrupted.hit:
                raise KeyboardInterrupt
    except KeyboardInterrupt:
        _close_quietly(stream)
        _print_summary(summary, store)
        _stderr(
            f"{PROG}: interrupted; every article listed as new is stored. {resume_hint}".rstrip()
        )
        raise typer.Exit(130) from None
    finally:
        store.close()
    _print_summary(summary, store)
    if summary.failed:
        raise typer.Exit(1)


class _Latch:
    """Whether a Ctrl-C arrived (see :func:`_latched_interrupt`)."""

    hit = False


@contextmanager
def _latched_interrupt() -> Iterator[_Latch]:
    """Ctrl-C raises KeyboardInterrupt as usual and also marks the latch it yields.

    Python prints and drops an exception raised in a finalizer (``__del__``, a weakref
    callback), so a Ctrl-C that lands while one runs would be lost, with a traceback on
    stderr; here it marks the latch without the traceback, and the ingest loop checks the
    latch after each article, so that Ctrl-C still stops it. A process started with Ctrl-C
    ignored (a background job) keeps ignoring it.
    """
    latch = _Latch()
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield latch
        return

    def handler(_signum: int, _frame: Any) -> None:
        latch.hit = True
        raise KeyboardInterrupt

    def unraisable(info: Any) -> None:
        if not isinstance(info.exc_value, KeyboardInterrupt):
            previous_hook(info)

    previous = signal.signal(signal.SIGINT, handler)
    previous_hook, sys.unraisablehook = sys.unraisablehook, unraisable
    try:
        yield latch
    finally:
        signal.signal(signal.SIGINT, previous)
        sys.unraisablehook = previous_hook


def _close_quietly(stream: Any) -> None:
    # Stops the workers at once (the ingest generator terminates its pool when closed); a
    # second Ctrl-C during that must not turn into a traceback.
    try:
        if stream is not None and hasattr(stream, "close"):
            stream.close()
    except BaseException:  # noqa: BLE001 - a second Ctrl-C while stopping must stay quiet
        pass


def _tally(outcome: Any, summary: Any) -> None:
    summary.add(outcome)
    if outcome.error is not None:
        _stderr(str(outcome.error))


def _print_summary(summary: Any, store: Store) -> None:
    sys.stdout.write(
        f"read {summary.read} · new {summary.new} · duplicate {summary.duplicate} · failed {summary.failed}"
        f" — database: {store.url}\n"
    )
    if summary.undated:
        # (stored all the same: their statements are searchable; no timeline can place them)
        sys.stdout.write(
            f"{summary.undated} new article{'s' if summary.undated > 1 else ''} with no date:"
            " stored and searchable, but left out of timelines and alerts\n"
        )
    sys.stdout.flush()
