"""CLI commands for whole stores: ``export`` and ``store copy``.

Thin over :mod:`onrecord.store.export` and :mod:`onrecord.store.copy`.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

import typer

from onrecord.cli.common import DbOption, _open_store, _parse_date, _stderr, app, command_group

store_app = command_group(
    "store",
    "Whole stores: copy one to another database (SQLite <-> PostgreSQL).\n\n"
    "Example: onrecord store copy news.db postgresql+psycopg://me@db.example/onrecord",
)


class ExportFormat(str, Enum):
    """File format of an export."""

    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


@app.command()
def export(
    ctx: typer.Context,
    folder: Annotated[
        str, typer.Argument(metavar="DIR", help="Folder for the files (created if missing).")
    ],
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="parquet (typed, for DuckDB/pandas/R), csv or jsonl.",
            case_sensitive=False,
        ),
    ] = ExportFormat.parquet,
    since: Annotated[
        Optional[str],
        typer.Option(
            "--since",
            help="Articles published on or after YYYY-MM-DD (and their rows).",
            metavar="DATE",
        ),
    ] = None,
    until: Annotated[
        Optional[str],
        typer.Option("--until", help="Articles published on or before YYYY-MM-DD.", metavar="DATE"),
    ] = None,
    table: Annotated[
        Optional[list[str]],
        typer.Option(
            "--table",
            "-t",
            help="Only this table (repeatable): articles, statements, actors, article_actors, mentions, events, stories.",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Export every row of the store: one file per table plus schema.json describing them.

    Tables: articles (with story_id and canonical), statements, actors (aliases, titles),
    article_actors, mentions, events, stories. Keys are named for joins (article_id,
    statement_id, actor_id, story_id). Rows are streamed, so memory stays flat on any store.

    Example: onrecord export out/ --format parquet --since 2026-03-01 --db news.db

    Then, statements per speaker (a joint statement once for each party, as `onrecord
    actors` counts): duckdb -c "SELECT a.name, count(DISTINCT m.statement_id) FROM
    'out/mentions.parquet' m JOIN 'out/actors.parquet' a USING (actor_id) WHERE m.role =
    'speaker' GROUP BY 1 ORDER BY 2 DESC"
    """
    from onrecord.store.export import export_store

    since_date, until_date = _parse_date(since), _parse_date(until, end=True)
    with _open_store(ctx, db) as store:
        result = export_store(
            store, folder, fmt=fmt.value, tables=table or None, since=since_date, until=until_date
        )
    for name, rows in result.rows.items():
        typer.echo(f"{name}: {rows} rows -> {result.folder / f'{name}.{result.format}'}")
    _stderr(
        f"onrecord: exported {sum(result.rows.values())} rows to {result.folder} (schema in schema.json)"
    )


@store_app.command("copy")
def copy(
    source: Annotated[
        str,
        typer.Argument(
            metavar="SRC_URL", help="The store to copy: a SQLite file or a database URL."
        ),
    ],
    destination: Annotated[
        str,
        typer.Argument(metavar="DST_URL", help="An empty store (created and migrated if needed)."),
    ],
) -> None:
    """Copy a whole store into an empty one, ids, actor fixes and sources included.

    Every table is copied row for row in one transaction (a failed copy leaves the destination
    unchanged); on PostgreSQL the id sequences are moved past the copied ids.

    Example: onrecord store copy news.db postgresql+psycopg://me@db.example/onrecord

    And back: onrecord store copy postgresql+psycopg://me@db.example/onrecord laptop.db
    """
    from onrecord.store.copy import copy_store

    result = copy_store(source, destination)
    for name, rows in result.rows.items():
        typer.echo(f"{name}: {rows} rows")
    _stderr(
        f"onrecord: copied {sum(result.rows.values())} rows from {result.source} to {result.destination}"
    )
