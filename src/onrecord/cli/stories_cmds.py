"""Commands for syndication and quote lineage: stories, lineage, conflicts.

Thin over :mod:`onrecord.store.clusters` and :mod:`onrecord.store.lineage`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from onrecord.cli.common import (
    DbOption,
    FormatOption,
    LimitOption,
    OutputFormat,
    _cell,
    _console,
    _open_store,
    _stderr,
    app,
    emit,
)

if TYPE_CHECKING:
    from onrecord.store.core import Store


# -- stories, lineage, conflicts -------------------------------------------------------------


def _stories_table(rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(
        title=f"{len(rows)} stor{'y' if len(rows) == 1 else 'ies'}" if rows else "no stories found"
    )
    for col in ("story", "first published", "title", "outlets", "copies", "carried by"):
        table.add_column(
            col,
            justify="right" if col in ("story", "outlets", "copies") else "left",
            overflow="fold",
        )
    for r in rows:
        outlets = list(dict.fromkeys(rep["outlet"] for rep in r["reports"]))
        table.add_row(
            _cell(r["story_id"]),
            _cell(r["published"]),
            _cell(r["title"]),
            _cell(r["outlets"]),
            _cell(r["articles"]),
            "; ".join(outlets),
        )
    return table


def _backlog(store: Store) -> None:
    # Articles stored without grouping (by an older onrecord, or add_record(group=False)).
    from onrecord.store.clusters import index_backlog

    index_backlog(store)


@app.command()
def stories(
    ctx: typer.Context,
    min_copies: Annotated[
        int,
        typer.Option("--min-copies", help="Only stories carried at least this many times.", min=1),
    ] = 2,
    limit: LimitOption = 50,
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
        variant = (
            "" if a.text == first_text else f"\n    [yellow]wording:[/yellow] “{escape(a.text)}”"
        )
        lines.append(f"{when}  {escape(a.outlet)} — {who}  [dim]{a.quote_ref}[/dim]{variant}")
    if len(lin.speakers) > 1:
        lines.append(
            "[red]attributed to different speakers:[/red] " + escape(", ".join(lin.speakers))
        )
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
            {
                "lineage_id": r["lineage_id"],
                "summary": r["summary"],
                "first_text": r["first"]["text"],
                "speakers": r["speakers"],
                "variants": len(r["variants"]),
            }
            for r in rows
        ]
    emit(rows, fmt, table=lambda _: None)


@app.command()
def lineage(
    ctx: typer.Context,
    quote_id: Annotated[
        Optional[str],
        typer.Argument(
            metavar="QUOTE_ID",
            help="ARTICLE_ID:qN (as `quotes --format jsonl` shows) or a lineage id.",
            show_default=False,
        ),
    ] = None,
    search: Annotated[
        Optional[str], typer.Option("--search", "-q", help="Words the quotation contains.")
    ] = None,
    limit: LimitOption = 20,
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
                _stderr(
                    f"{quote_id}: no such quote, or too short to trace (under {lineage_lib.MIN_WORDS} words)"
                )
                raise typer.Exit(1)
            found = [one]
        else:
            found = lineage_lib.search(store, search or "", limit=limit or None)
    _emit_lineages(found, fmt)


@app.command()
def conflicts(
    ctx: typer.Context,
    limit: LimitOption = 0,
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
