"""Complete exports of a store: every row of every table, as Parquet, CSV or JSON Lines.

``onrecord export DIR`` writes one file per table plus ``schema.json`` describing them:

==================  ==========================================================================
``articles``        one row per stored article, with its story (``story_id``) and whether it
                    is the story's canonical copy (the one counts use)
``statements``      one row per statement (quote): kind, text, spans, cue, speaker, addressee
``actors``          global actors with their aliases and titles (with first/last seen dates)
``article_actors``  each article's own actors, as the extraction record lists them
``mentions``        where an actor is named as a statement's speaker or addressee
``events``          coded events (PLOVER type, CAMEO root, intensity, parties, evidence)
``stories``         story clusters of syndicated near-copies: canonical article and size
==================  ==========================================================================

Keys are named for joining: ``article_id``, ``statement_id``, ``actor_id`` (and
``speaker_actor_id``, ``source_actor_id`` ...), ``story_id``, so DuckDB or pandas join the
files as they are. Rows are read in chunks through a streaming cursor (``yield_per``: a
server-side cursor on PostgreSQL) and written chunk by chunk, so memory stays constant
whatever the size of the store. ``since``/``until`` keep articles published in that range
and the rows that belong to them; actors are always exported whole, stories when one of
their articles is in the range. Each file is written under a temporary name and renamed
when complete, so a file that exists is a whole table.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, exists, literal, select
from sqlalchemy.orm import aliased

from onrecord.errors import StoreError
from onrecord.store.schema import (
    ActorAliasRow,
    ActorRow,
    ActorTitleRow,
    ArticleActorRow,
    ArticleRow,
    EventRow,
    MentionRow,
    QuoteRow,
    json_list,
)
from onrecord.store.schema_sources import ArticleSignatureRow, StoryClusterRow

FORMATS = ("parquet", "csv", "jsonl")
CHUNK = 2000
SCHEMA_FILE = "schema.json"


@dataclass(frozen=True, slots=True)
class Column:
    """One exported column: its name, type (``string``, ``int``, ``float``, ``bool``,
    ``date``, ``timestamp``, ``json``, ``list<string>``, ``titles``) and meaning.

    ``expr`` is the SQL expression the table's query reads it from; a column without one is
    added per chunk by the table's ``enrich`` (actors' aliases and titles).
    """

    name: str
    type: str
    doc: str
    expr: Any = field(default=None, compare=False, repr=False)


Shape = Callable[[Select[Any], dt.date | None, dt.date | None], Select[Any]]


@dataclass(frozen=True)
class Table:
    """An exported table: its columns, and how to read its rows for a date range.

    The query selects every column's ``expr`` under the column's name; ``shape`` adds the
    joins, the date range and the order.
    """

    name: str
    doc: str
    key: str
    columns: tuple[Column, ...]
    shape: Shape
    # Adds columns read per chunk (actors' aliases and titles) to the rows of one chunk.
    enrich: Callable[[Any, list[dict[str, Any]]], None] | None = field(default=None)

    def query(self, since: dt.date | None, until: dt.date | None) -> Select[Any]:
        """The statement reading this table's rows for articles published in the range."""
        read = [c.expr.label(c.name) for c in self.columns if c.expr is not None]
        return self.shape(select(*read), since, until)


def _in_range(
    since: dt.date | None, until: dt.date | None, date_col: Any = ArticleRow.published_date
) -> list[Any]:
    where = []
    if since is not None:
        where.append(date_col >= since)
    if until is not None:
        where.append(date_col <= until)
    return where


def _articles(stmt: Select[Any], since: dt.date | None, until: dt.date | None) -> Select[Any]:
    return (
        stmt.outerjoin(ArticleSignatureRow, ArticleSignatureRow.article_id == ArticleRow.id)
        .where(*_in_range(since, until))
        .order_by(ArticleRow.id)
    )


def _by_article(model: Any) -> Shape:
    """Rows of ``model`` (which has an ``article_id``) whose article is in the range."""

    def shape(stmt: Select[Any], since: dt.date | None, until: dt.date | None) -> Select[Any]:
        where = _in_range(since, until)
        if where:
            stmt = stmt.join(ArticleRow, ArticleRow.id == model.article_id).where(*where)
        return stmt.order_by(*model.__table__.primary_key.columns)

    return shape


_CARRIER = aliased(QuoteRow)  # the statement that carries an event


def _events(stmt: Select[Any], since: dt.date | None, until: dt.date | None) -> Select[Any]:
    carried = and_(
        _CARRIER.article_id == EventRow.article_id, _CARRIER.local_id == EventRow.quote_local
    )
    return _by_article(EventRow)(stmt.outerjoin(_CARRIER, carried), since, until)


def _actors(stmt: Select[Any], since: dt.date | None, until: dt.date | None) -> Select[Any]:
    return stmt.order_by(ActorRow.id)


def _actor_details(conn: Any, rows: list[dict[str, Any]]) -> None:
    """Aliases and titles of one chunk of actors (two queries per chunk)."""
    ids = [r["actor_id"] for r in rows]
    aliases: dict[int, list[str]] = {}
    for actor_id, alias in conn.execute(
        select(ActorAliasRow.actor_id, ActorAliasRow.alias)
        .where(ActorAliasRow.actor_id.in_(ids))
        .order_by(ActorAliasRow.id)
    ):
        aliases.setdefault(actor_id, []).append(alias)
    titles: dict[int, list[dict[str, Any]]] = {}
    for t in conn.execute(
        select(
            ActorTitleRow.actor_id,
            ActorTitleRow.title,
            ActorTitleRow.country,
            ActorTitleRow.first_seen,
            ActorTitleRow.last_seen,
        )
        .where(ActorTitleRow.actor_id.in_(ids))
        .order_by(ActorTitleRow.id)
    ):
        titles.setdefault(t.actor_id, []).append(
            {
                "title": t.title,
                "country": t.country,
                "first_seen": t.first_seen,
                "last_seen": t.last_seen,
            }
        )
    for r in rows:
        r["aliases"] = aliases.get(r["actor_id"], [])
        r["titles"] = titles.get(r["actor_id"], [])


def _stories(stmt: Select[Any], since: dt.date | None, until: dt.date | None) -> Select[Any]:
    where = _in_range(since, until)
    if where:
        member = (
            select(literal(1))
            .select_from(ArticleSignatureRow)
            .join(ArticleRow, ArticleRow.id == ArticleSignatureRow.article_id)
            .where(ArticleSignatureRow.story_id == StoryClusterRow.id, *where)
        )
        stmt = stmt.where(member.exists())
    return stmt.order_by(StoryClusterRow.id)


def _mention(role: str) -> tuple[Column, ...]:
    """A statement's speaker or addressee columns, ``{role}_text`` and so on."""
    return tuple(
        Column(f"{role}_{name}", type_, f"{role}: {doc}", getattr(QuoteRow, f"{role}_{name}"))
        for name, type_, doc in (
            ("text", "string", "the words naming the actor"),
            ("start", "int", "start offset in the article text"),
            ("end", "int", "end offset (exclusive)"),
            ("local", "string", "the record-local actor id (a1, a2 ...)"),
            ("actor_id", "int", "the global actor (actors.actor_id)"),
            ("name", "string", "the actor's canonical name in the record"),
        )
    )


_IS_CANONICAL = exists().where(StoryClusterRow.canonical_article_id == ArticleRow.id) | (
    ArticleSignatureRow.article_id.is_(None)
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "articles",
            "One row per stored article.",
            "article_id",
            (
                Column("article_id", "string", "record id (16 hex digits of the text's sha256)", ArticleRow.id),
                Column("url", "string", "where it was read, if known", ArticleRow.url),
                Column("title", "string", "headline", ArticleRow.title),
                Column("published", "string", "publication date/time as given", ArticleRow.published),
                Column("published_date", "date", "publication day (undated: null)", ArticleRow.published_date),
                Column("source", "string", "outlet", ArticleRow.source),
                Column("language", "string", "ISO 639-1 code", ArticleRow.language),
                Column("text", "string", "the article text every offset indexes (Python string indices)",
                   ArticleRow.text),
                Column("ingested_at", "timestamp", "when it was stored (UTC)", ArticleRow.ingested_at),
                Column("story_id", "int", "its story cluster (stories.story_id); null until clustered",
                   ArticleSignatureRow.story_id),
                Column("story_similarity", "float", "estimated Jaccard similarity to the copy it joined",
                   ArticleSignatureRow.similarity),
                Column("canonical", "bool", "whether it counts for its story (the earliest copy, or unclustered)",
                   _IS_CANONICAL),
            ),
            _articles,
        ),
        Table(
            "statements",
            "One row per statement (direct, indirect or mixed quotation).",
            "statement_id",
            (
                Column("statement_id", "int", "store id of the statement", QuoteRow.id),
                Column("article_id", "string", "articles.article_id", QuoteRow.article_id),
                Column("local_id", "string", "id within the record (q1, q2 ...)", QuoteRow.local_id),
                Column("ordinal", "int", "position in the record", QuoteRow.ordinal),
                Column("kind", "string", "direct, indirect or mixed", QuoteRow.kind),
                Column("text", "string", "the statement's text", QuoteRow.text),
                Column("spans", "json", "[[start, end], ...] offsets of its parts in the article text",
                   QuoteRow.spans),
                Column("cue_text", "string", "the reporting verb or phrase", QuoteRow.cue_text),
                Column("cue_start", "int", "cue start offset", QuoteRow.cue_start),
                Column("cue_end", "int", "cue end offset", QuoteRow.cue_end),
                *_mention("speaker"),
                *_mention("addressee"),
            ),
            _by_article(QuoteRow),
        ),
        Table(
            "actors",
            "Global actors shared by every article that names them (after merges and splits).",
            "actor_id",
            (
                Column("actor_id", "int", "store id of the actor", ActorRow.id),
                Column("key", "string", "unique key (kind:country:name)", ActorRow.key),
                Column("name", "string", "canonical name", ActorRow.name),
                Column("kind", "string", "person, organization, country, igo or group", ActorRow.kind),
                Column("country", "string", "ISO 3166-1 alpha-3 (or IGO) code", ActorRow.country),
                Column("aliases", "list<string>", "other names it goes by"),
                Column("titles", "titles", "titles held: title, country, first_seen, last_seen"),
            ),
            _actors,
            _actor_details,
        ),
        Table(
            "article_actors",
            "Each article's own actors, as its extraction record lists them.",
            "article_id,local_id",
            (
                Column("article_id", "string", "articles.article_id", ArticleActorRow.article_id),
                Column("local_id", "string", "id within the record (a1, a2 ...)", ArticleActorRow.local_id),
                Column("ordinal", "int", "position in the record", ArticleActorRow.ordinal),
                Column("actor_id", "int", "the global actor (actors.actor_id)", ArticleActorRow.actor_id),
                Column("name", "string", "name in the record", ArticleActorRow.name),
                Column("kind", "string", "kind in the record", ArticleActorRow.kind),
                Column("country", "string", "country code in the record", ArticleActorRow.country),
                Column("titles", "json", "titles in the record", ArticleActorRow.titles),
                Column("aliases", "json", "aliases in the record", ArticleActorRow.aliases),
            ),
            _by_article(ArticleActorRow),
        ),
        Table(
            "mentions",
            "Where an actor is named as a statement's speaker or addressee.",
            "mention_id",
            (
                Column("mention_id", "int", "store id of the mention", MentionRow.id),
                Column("article_id", "string", "articles.article_id", MentionRow.article_id),
                Column("actor_id", "int", "actors.actor_id (null: unresolved)", MentionRow.actor_id),
                Column("statement_id", "int", "statements.statement_id", MentionRow.quote_id),
                Column(
                    "role",
                    "string",
                    "speaker or addressee (a joint statement also has one speaker row per "
                    "party, inside its speaker phrase)",
                    MentionRow.role,
                ),
                Column("text", "string", "the words naming the actor", MentionRow.text),
                Column("start", "int", "start offset in the article text", MentionRow.start),
                Column("end", "int", "end offset (exclusive)", MentionRow.end),
            ),
            _by_article(MentionRow),
        ),
        Table(
            "events",
            "Coded events: one row per report in an article (a story's copies each report it).",
            "event_id",
            (
                Column("event_id", "int", "store id of the event", EventRow.id),
                Column("article_id", "string", "articles.article_id", EventRow.article_id),
                Column("local_id", "string", "id within the record (e1, e2 ...)", EventRow.local_id),
                Column("ordinal", "int", "position in the record", EventRow.ordinal),
                Column("type", "string", "PLOVER event type", EventRow.type),
                Column("cameo", "string", "CAMEO root code", EventRow.cameo),
                Column("intensity", "float", "cooperation (+10) to conflict (-10)", EventRow.intensity),
                Column("source_local", "string", "record-local id of the source actor", EventRow.source_local),
                Column("target_local", "string", "record-local id of the target actor", EventRow.target_local),
                Column("source_actor_id", "int", "actors.actor_id of the source", EventRow.source_actor_id),
                Column("target_actor_id", "int", "actors.actor_id of the target", EventRow.target_actor_id),
                Column("negated", "bool", "the event is denied", EventRow.negated),
                Column("hypothetical", "bool", "threatened, promised or conditional", EventRow.hypothetical),
                Column("confidence", "float",
                   "the coder's probability of the type (the CLI and web count events at 0.5 "
                   "or more by default); null for rules-only coding", EventRow.confidence),
                Column("text", "string", "evidence sentence", EventRow.text),
                Column("start", "int", "evidence start offset", EventRow.start),
                Column("end", "int", "evidence end offset", EventRow.end),
                Column("quote_local", "string", "record-local id of the statement carrying it",
                   EventRow.quote_local),
                Column("statement_id", "int", "statements.statement_id of that statement", _CARRIER.id),
                Column("date", "string",
                   "when the text says the act took place: YYYY-MM-DD, YYYY-Www (ISO week), YYYY-MM "
                   "or YYYY; null when it does not say (the article's date stands for it)", EventRow.date),
            ),
            _events,
        ),
        Table(
            "stories",
            "Story clusters: syndicated near-copies of one article (articles.story_id).",
            "story_id",
            (
                Column("story_id", "int", "store id of the story", StoryClusterRow.id),
                Column("canonical_article_id", "string", "the copy that counts (earliest published)",
                   StoryClusterRow.canonical_article_id),
                Column("size", "int", "how many stored copies", StoryClusterRow.size),
            ),
            _stories,
        ),
    )
}  # fmt: skip


def arrow_schema(table: Table) -> Any:
    """The declared pyarrow schema of an exported table."""
    import pyarrow as pa

    title = pa.struct(
        [
            ("title", pa.string()),
            ("country", pa.string()),
            ("first_seen", pa.date32()),
            ("last_seen", pa.date32()),
        ]
    )
    types = {
        "string": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us", tz="UTC"),
        "json": pa.string(),
        "list<string>": pa.list_(pa.string()),
        "titles": pa.list_(title),
    }
    return pa.schema(
        [pa.field(c.name, types[c.type], metadata={"description": c.doc}) for c in table.columns],
        metadata={"description": table.doc, "key": table.key},
    )


@dataclass
class ExportResult:
    """What an export wrote: rows per table and the files."""

    folder: Path
    format: str
    rows: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)


def _plain(value: Any, type_: str) -> Any:
    """A value as JSON Lines / CSV carry it."""
    if value is None:
        return None
    if type_ == "json":
        return json_list(value) if isinstance(value, str) else value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if type_ == "bool":
        return bool(value)
    if type_ == "titles":
        return [
            {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in t.items()}
            for t in value
        ]
    return value


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _chunks(
    store: Any, table: Table, since: dt.date | None, until: dt.date | None, chunk: int
) -> Iterator[list[dict[str, Any]]]:
    with store.engine.connect() as conn:
        result = conn.execution_options(yield_per=chunk).execute(table.query(since, until))
        # A second connection reads per-chunk details while the first one streams.
        with store.engine.connect() as details:
            for part in result.mappings().partitions(chunk):
                rows = [dict(r) for r in part]
                if table.enrich is not None:
                    table.enrich(details, rows)
                yield rows


class _Writer:
    def __init__(self, path: Path, table: Table, fmt: str) -> None:
        self.table, self.fmt, self.path = table, fmt, path
        self.handle: Any = None
        if fmt == "parquet":
            import pyarrow.parquet as pq

            self.schema = arrow_schema(table)
            self.parquet = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        else:
            self.handle = path.open("w", encoding="utf-8", newline="")
            if fmt == "csv":
                self.csv = csv.writer(self.handle)
                self.csv.writerow([c.name for c in table.columns])

    def write(self, rows: list[dict[str, Any]]) -> None:
        cols = self.table.columns
        if self.fmt == "parquet":
            import pyarrow as pa

            data = {}
            for c in cols:
                values = [r.get(c.name) for r in rows]
                if c.type == "json":
                    values = [
                        None if v is None else json.dumps(_plain(v, "json"), ensure_ascii=False)
                        for v in values
                    ]
                elif c.type == "timestamp":
                    values = [_utc(v) for v in values]
                elif c.type == "bool":
                    values = [None if v is None else bool(v) for v in values]
                data[c.name] = values
            self.parquet.write_batch(pa.RecordBatch.from_pydict(data, schema=self.schema))
        elif self.fmt == "jsonl":
            for r in rows:
                plain = {c.name: _plain(r.get(c.name), c.type) for c in cols}
                self.handle.write(json.dumps(plain, ensure_ascii=False) + "\n")
        else:
            for r in rows:
                out = []
                for c in cols:
                    v = _plain(r.get(c.name), c.type)
                    if c.type in ("json", "list<string>", "titles") and v is not None:
                        v = json.dumps(v, ensure_ascii=False)
                    elif c.type == "bool" and v is not None:
                        v = "true" if v else "false"
                    out.append("" if v is None else v)
                self.csv.writerow(out)

    def close(self) -> None:
        if self.fmt == "parquet":
            self.parquet.close()
        else:
            self.handle.close()


def export_store(
    store: Any,
    folder: str | Path,
    *,
    fmt: str = "parquet",
    tables: Sequence[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    chunk: int = CHUNK,
    progress: Callable[[str, int], None] | None = None,
) -> ExportResult:
    """Write every row of the chosen tables to ``folder`` (created if missing).

    Args:
        store: the open store.
        folder: where the files go (``TABLE.parquet|csv|jsonl`` and ``schema.json``).
        fmt: ``parquet`` (needs pyarrow: ``pip install 'onrecord[export]'``), ``csv`` or ``jsonl``.
        tables: which tables (default: all of :data:`TABLES`).
        since: keep articles published on or after this day (and their rows).
        until: keep articles published on or before this day.
        chunk: rows read and written at a time.
        progress: called with (table, rows so far) after each chunk.

    Raises:
        StoreError: unknown table or format, pyarrow missing, or the folder cannot be written.
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    chosen = list(tables) if tables else list(TABLES)
    unknown = [t for t in chosen if t not in TABLES]
    if unknown:
        raise StoreError(f"unknown table {unknown[0]!r} (choose {', '.join(TABLES)})")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401 - imported only to check it is installed
        except ImportError:
            raise StoreError(
                "Parquet export needs pyarrow: pip install 'onrecord[export]' (or use --format csv|jsonl)"
            ) from None
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{out}: cannot create the export folder ({exc.strerror})") from None
    result = ExportResult(out, fmt)
    for name in chosen:
        table = TABLES[name]
        final = out / f"{name}.{fmt}"
        partial = out / f".{name}.{fmt}.partial"
        writer = _Writer(partial, table, fmt)
        count = 0
        try:
            for rows in _chunks(store, table, since, until, chunk):
                writer.write(rows)
                count += len(rows)
                if progress is not None:
                    progress(name, count)
        except BaseException:
            writer.close()
            partial.unlink(missing_ok=True)
            raise
        writer.close()
        os.replace(partial, final)
        result.rows[name] = count
        result.files.append(final)
    _write_schema(result, chosen, since, until, store)
    return result


def _write_schema(
    result: ExportResult,
    chosen: list[str],
    since: dt.date | None,
    until: dt.date | None,
    store: Any,
) -> None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        exported_by = f"onrecord {version('onrecord')}"
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        exported_by = "onrecord"
    description = {
        "exported_by": exported_by,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "store": store.url,
        "format": result.format,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "tables": {
            name: {
                "file": f"{name}.{result.format}",
                "rows": result.rows[name],
                "key": TABLES[name].key,
                "description": TABLES[name].doc,
                "columns": [
                    {"name": c.name, "type": c.type, "description": c.doc}
                    for c in TABLES[name].columns
                ],
            }
            for name in chosen
        },
    }
    path = result.folder / SCHEMA_FILE
    path.write_text(json.dumps(description, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    result.files.append(path)
