"""CLI commands for coded events and dyads over time: events, timeline, dyads, alerts.

Registered on the main app (see onrecord/cli/__init__.py); each is a thin layer over
:mod:`onrecord.analysis`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from enum import Enum
from typing import Annotated, Any, Optional

import typer

from onrecord.cli.common import (
    DbOption,
    EventSinceOption,
    EventUntilOption,
    FormatOption,
    LimitOption,
    OutputFormat,
    _cell,
    _console,
    _open_store,
    _parse_date,
    app,
    emit,
)
from onrecord.cli.confidence import MinConfidenceOption, _min_confidence
from onrecord.stated_dates import stated_date


class Period(str, Enum):
    """Timeline period lengths."""

    day = "day"
    week = "week"
    month = "month"


def _dates(
    since: Optional[str], until: Optional[str]
) -> tuple[Optional[dt.date], Optional[dt.date]]:
    since_date, until_date = _parse_date(since), _parse_date(until, end=True)
    if since_date and until_date and since_date > until_date:
        raise typer.BadParameter("--since is after --until")
    return since_date, until_date


def _num(value: Optional[float], fmt: str = "+.2f") -> str:
    return "" if value is None else format(value, fmt)


# -- events -----------------------------------------------------------------------------------


def _event_row(fact: Any) -> dict[str, Any]:
    from onrecord.analysis.index import quad_of

    return {
        "id": fact.id,
        "published": fact.date.isoformat() if fact.date else None,
        "source": fact.source_name,
        "source_country": fact.source_country,
        "target": fact.target_name,
        "target_country": fact.target_country,
        "type": fact.type,
        "cameo": fact.cameo,
        "quad": quad_of(fact.type, negated=fact.negated, intensity=fact.intensity),
        "intensity": fact.intensity,
        "negated": fact.negated,
        "hypothetical": fact.hypothetical,
        "confidence": fact.confidence,
        "text": fact.text.strip(),
        "article_id": fact.article_id,
        "event_id": fact.local_id,
        "quote_id": fact.quote,
        "title": fact.title,
        "outlet": fact.outlet,
        "url": fact.url,
        "date": fact.stated_date,
    }


def _who(name: Optional[str], country: Optional[str]) -> str:
    if not name:
        return "(unknown)"
    return f"{name} [{country}]" if country and country != name else name


def _events_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(show_lines=True, title=f"{len(rows)} event(s)" if rows else "no events found")
    table.add_column("published", no_wrap=True)
    table.add_column("source → target", ratio=1)
    table.add_column("type", no_wrap=True)
    table.add_column("intensity", justify="right", no_wrap=True)
    table.add_column("evidence", ratio=3)
    for row in rows:
        flags = " ".join(
            f
            for f, on in (("negated", row["negated"]), ("hypothetical", row["hypothetical"]))
            if on
        )
        table.add_row(
            _cell(row["published"]) + (f"\n{stated_date(row['date'])}" if row["date"] else ""),
            f"{_who(row['source'], row['source_country'])} → {_who(row['target'], row['target_country'])}",
            row["type"] + (f"\n({flags})" if flags else ""),
            f"{row['intensity']:+g}",
            row["text"],
        )
    return table


@app.command()
def events(
    ctx: typer.Context,
    source: Annotated[
        Optional[str],
        typer.Option(
            "--source", "-s", help="Acting party: country/IGO code (RUS, NATO), actor id or name."
        ),
    ] = None,
    target: Annotated[
        Optional[str],
        typer.Option("--target", "-t", help="Party acted upon (same kinds as --source)."),
    ] = None,
    type_: Annotated[
        Optional[str],
        typer.Option(
            "--type", help="PLOVER type, or several separated by commas (THREATEN,ACCUSE)."
        ),
    ] = None,
    both_directions: Annotated[
        bool, typer.Option("--both-directions", "-b", help="Also events from --target to --source.")
    ] = False,
    since: EventSinceOption = None,
    until: EventUntilOption = None,
    limit: LimitOption = 100,
    min_confidence: MinConfidenceOption = None,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List stored coded events (every report), oldest first, with their evidence.

    Example: onrecord events --source XVL --target XDR --type ACCUSE,THREATEN --since 2026-03 --format csv
    """
    from onrecord.analysis import AnalysisError, events_query

    since_date, until_date = _dates(since, until)
    with _open_store(ctx, db) as store:
        try:
            facts = events_query(
                store,
                source=source,
                target=target,
                type=type_,
                since=since_date,
                until=until_date,
                both_directions=both_directions,
                limit=limit or None,
                min_confidence=_min_confidence(min_confidence),
            )
        except AnalysisError as exc:
            raise typer.BadParameter(str(exc), param_hint="--type") from None
    emit([_event_row(f) for f in facts], fmt, table=_events_table)


# -- timeline ---------------------------------------------------------------------------------

_PERIOD_COLUMNS = (
    "start", "events", "reports", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
    "mean_intensity", "sum_intensity", "escalation",
)  # fmt: skip


def _timeline_table(timeline: Any) -> Any:
    from rich import box
    from rich.table import Table

    arrow = "↔" if timeline.both_directions else "→"
    title = f"{timeline.source} {arrow} {timeline.target} by {timeline.by}: {timeline.events} event(s), {timeline.reports} report(s)"
    table = Table(title=title, box=box.SIMPLE_HEAD, collapse_padding=True, pad_edge=False)
    heads = ("period", "events", "reports", "v.coop", "m.coop", "v.conf", "m.conf", "mean", "index")
    for head in heads:
        table.add_column(head, justify="left" if head == "period" else "right", no_wrap=True)
    for p in timeline.periods:
        table.add_row(
            p.start,
            str(p.events),
            str(p.reports),
            str(p.verbal_coop),
            str(p.material_coop),
            str(p.verbal_conflict),
            str(p.material_conflict),
            _num(p.mean_intensity),
            _num(p.escalation),
        )
    return table


@app.command()
def timeline(
    ctx: typer.Context,
    source: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE",
            help="Country/IGO code (RUS, NATO), actor id or name.",
            show_default=False,
        ),
    ],
    target: Annotated[
        str,
        typer.Argument(metavar="TARGET", help="The other party (same kinds).", show_default=False),
    ],
    by: Annotated[
        Period, typer.Option("--by", help="Period length.", case_sensitive=False)
    ] = Period.week,
    both_directions: Annotated[
        bool, typer.Option("--both-directions", "-b", help="Count TARGET → SOURCE events too.")
    ] = False,
    since: EventSinceOption = None,
    until: EventUntilOption = None,
    plot: Annotated[
        Optional[str],
        typer.Option("--plot", help="Also draw the chart to FILE.svg or FILE.png.", metavar="FILE"),
    ] = None,
    min_confidence: MinConfidenceOption = None,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Show a dyad's events per period: quad counts, intensity and the escalation index.

    Reports of one event (same day, source, target, type) count once; `reports` keeps how many
    articles carried it. The escalation index is −(summed intensity)/days: above 0 conflict,
    below 0 cooperation (docs/events.md). The table ends with a sparkline of the index.
    `--format json` prints the whole timeline, jsonl/csv one period per line.

    Example: onrecord timeline XVL XDR --by week --both-directions --plot crisis.svg
    """
    from onrecord.analysis import dyad_timeline
    from onrecord.analysis.chart import FORMATS, check_chart_path, render_chart, sparkline

    if plot is not None:
        if not plot.lower().endswith(FORMATS):
            raise typer.BadParameter("the chart must be a .svg or .png file", param_hint="--plot")
        check_chart_path(plot)
    since_date, until_date = _dates(since, until)
    with _open_store(ctx, db) as store:
        tl = dyad_timeline(
            store, source, target, by=by.value, both_directions=both_directions, since=since_date, until=until_date,
            min_confidence=_min_confidence(min_confidence),
        )  # fmt: skip
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(tl.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif fmt is OutputFormat.table:
        console = _console()
        console.print(_timeline_table(tl))
        if tl.periods:
            lo, hi = min(tl.index), max(tl.index)
            console.print(f"index {sparkline(tl.index)}  ({lo:+.2f} … {hi:+.2f})", markup=False)
            console.print(
                "index = escalation: −(summed intensity)/day; + conflict, − cooperation",
                markup=False,
            )
    else:
        emit([p.to_dict() for p in tl.periods], fmt, table=lambda rows: None)
    if plot is not None:
        render_chart(tl, plot)
        sys.stderr.write(f"chart written to {plot}\n")
    sys.stdout.flush()


# -- dyads ------------------------------------------------------------------------------------


def _dyads_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich import box
    from rich.table import Table

    window = f" (window {rows[0]['window_start']} – {rows[0]['window_end']})" if rows else ""
    title = f"{len(rows)} most active dyad(s){window}" if rows else "no dyads found"
    table = Table(title=title, box=box.SIMPLE_HEAD, collapse_padding=True, pad_edge=False)
    for head in ("dyad", "events", "reports", "last", "tone", "previous", "trend", "index"):
        table.add_column(
            head,
            justify="left" if head in ("dyad", "last") else "right",
            no_wrap=head != "dyad",
            min_width=9 if head == "dyad" else None,
        )
    for row in rows:
        trend = row["trend"]
        arrow = (
            ""
            if trend is None
            else (" ↑ warmer" if trend > 0 else " ↓ colder" if trend < 0 else " =")
        )
        table.add_row(
            f"{row['source_label']} → {row['target_label']}",
            str(row["events"]),
            str(row["reports"]),
            row["last"],
            _num(row["tone"]),
            _num(row["previous_tone"]),
            _num(trend) + arrow,
            _num(row["escalation"]),
        )
    return table


@app.command()
def dyads(
    ctx: typer.Context,
    top: Annotated[int, typer.Option("--top", "-n", help="How many pairs (0: all).", min=0)] = 10,
    window: Annotated[
        int,
        typer.Option(
            "--window", help="Days in the recent window (tone) and the one before (trend).", min=1
        ),
    ] = 28,
    both_directions: Annotated[
        bool, typer.Option("--both-directions", "-b", help="Pairs regardless of direction.")
    ] = False,
    since: EventSinceOption = None,
    until: EventUntilOption = None,
    min_confidence: MinConfidenceOption = None,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List the most active pairs (source → target) with their current tone and trend.

    Tone is the mean intensity over the last --window days (ending on --until or the newest
    event); trend is the change against the window before (positive: warmer).

    Example: onrecord dyads --top 5 --window 14 --format jsonl
    """
    from onrecord.analysis import top_dyads

    since_date, until_date = _dates(since, until)
    with _open_store(ctx, db) as store:
        found = top_dyads(
            store, top=top, since=since_date, until=until_date, window_days=window, both_directions=both_directions,
            min_confidence=_min_confidence(min_confidence),
        )  # fmt: skip
    emit([d.to_dict() for d in found], fmt, table=_dyads_table)


# -- alerts -----------------------------------------------------------------------------------


def _stated(group: dict[str, Any]) -> str:
    """`` (stated date 2026-03-03)`` for evidence placed by its stated date, else nothing."""
    return f" ({stated_date(group['date'])})" if group.get("date") else ""


def _alerts_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(show_lines=True, title=f"{len(rows)} alert(s)" if rows else "no alerts")
    for head in (
        "dyad",
        "period",
        "direction",
        "index",
        "baseline",
        "change",
        "z",
        "events",
        "evidence",
    ):
        table.add_column(
            head,
            justify="right" if head in ("index", "baseline", "change", "z", "events") else "left",
        )
    for row in rows:
        # Each piece of evidence names the stored event ids (onrecord events shows them).
        evidence = "\n".join(
            f"{g['day']}{_stated(g)} {g['type']} {g['intensity']:+g} ×{g['reports']} "
            f"[event {', '.join(map(str, g['event_ids']))}]: "
            f"{g['text'].strip()[:90]}"
            for g in row["evidence"]
        )
        arrow = "↑" if row["movement"] == "up" else "↓"
        table.add_row(
            f"{row['source_label']} → {row['target_label']}",
            f"{row['by']} {row['period_start']} – {row['period_end']}",
            f"{arrow} {row['direction']}",
            _num(row["index"]),
            f"{row['baseline_mean']:+.2f} ± {row['baseline_sd']:.2f}",
            _num(row["change"]),
            _num(row["z"], "+.1f"),
            str(row["events"]),
            evidence,
        )
    return table


@app.command()
def alerts(
    ctx: typer.Context,
    since: Annotated[
        Optional[str],
        typer.Option(
            "--since",
            help="Check every period from this date (default: the latest period only).",
            metavar="DATE",
        ),
    ] = None,
    until: EventUntilOption = None,
    by: Annotated[
        Period, typer.Option("--by", help="Period length.", case_sensitive=False)
    ] = Period.week,
    threshold: Annotated[
        float, typer.Option("--threshold", help="|z| an alert needs.", min=0.1)
    ] = 2.0,
    baseline: Annotated[
        int, typer.Option("--baseline", help="Previous periods in the baseline.", min=2)
    ] = 4,
    min_events: Annotated[
        int, typer.Option("--min-events", help="Deduplicated events a period needs.", min=1)
    ] = 2,
    min_confidence: MinConfidenceOption = None,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """List dyads whose escalation index moved beyond the threshold against their own baseline.

    z = (index − mean of the previous --baseline periods) / max(their standard deviation, 0.5);
    an alert needs |z| ≥ --threshold and at least --min-events events (docs/events.md).

    Example: onrecord alerts --since 2026-03-01 --by week --format json
    """
    from onrecord.analysis import AlertRule
    from onrecord.analysis import alerts as find_alerts

    since_date, until_date = _dates(since, until)
    rule = AlertRule(by=by.value, baseline=baseline, threshold=threshold, min_events=min_events)
    with _open_store(ctx, db) as store:
        found = find_alerts(
            store,
            since=since_date,
            until=until_date,
            rule=rule,
            min_confidence=_min_confidence(min_confidence),
        )
    emit([a.to_dict() for a in found], fmt, table=_alerts_table)
