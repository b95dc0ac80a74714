"""``open_store()`` and the :class:`Store`: write records, query statements and actors."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    create_engine,
    event,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.pool import StaticPool

from onrecord import settings
from onrecord.errors import StoreError
from onrecord.interrupts import deferred_interrupt
from onrecord.record import Actor, Cue, Event, Mention, Quote, Record
from onrecord.store import migrate, writelock
from onrecord.store.actor_queries import ActorFilter, actor_list
from onrecord.store.actors import global_actor
from onrecord.store.clusters import StoryIndex, story_index
from onrecord.store.identity import fold, normalise_url, text_hash
from onrecord.store.lineage import quote_index
from onrecord.store.paging import Key, Order
from onrecord.store.results import ActorSummary, AddResult, Assignment, QuoteHit, StoreStats
from onrecord.store.rows import (
    article_actor_values,
    article_values,
    event_values,
    mention_values,
    published_day,
    quote_values,
)
from onrecord.store.schema import (
    ActorRow,
    ArticleActorRow,
    ArticleRow,
    EventRow,
    MentionRow,
    QuoteRow,
    json_list,
)
from onrecord.store.statements import QuoteFilter, StatementPage, statement_page

if TYPE_CHECKING:
    from datasketch import LeanMinHash

#: The session type :meth:`Store.session` yields (readers type their parameters with it).
StoreSession = Session

DEFAULT_DB = "onrecord.db"
# An article write that collides with another writer's (IntegrityError) is tried this often.
_WRITE_ATTEMPTS = 3


def resolve_url(url: str | None = None) -> str:
    """The SQLAlchemy URL for ``url``, ``$ONRECORD_DB`` or ``onrecord.db`` in the working directory.

    A value without ``://`` is a SQLite file path; ``:memory:`` is an in-memory database.
    """
    value = url or settings.DB.value() or DEFAULT_DB
    if "://" in value:
        return value
    if value == ":memory:":
        return "sqlite://"
    return "sqlite:///" + os.path.abspath(os.path.expanduser(value))


_WAL_WAIT_S = 10.0


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=10000")
    _ensure_wal(cur)
    cur.execute("PRAGMA foreign_keys=ON")
    # NORMAL is durable across application crashes in WAL mode, and much faster than FULL.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _ensure_wal(cur: Any) -> None:
    """Put the database in WAL mode, which lets readers (the web app, a second CLI) work
    while an ingest writes.

    The mode is stored in the file, so usually this is one read. Switching needs an exclusive
    lock, and SQLite answers "database is locked" at once (without its busy handler) when
    several connections open a brand-new file together: retry with a short backoff.
    """
    if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + _WAL_WAIT_S
    pause = 0.005
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {url}") from None
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database in (None, "", ":memory:"):
        # One shared connection, or every session would see its own empty database.
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        folder = os.path.dirname(parsed.database)
        if folder and not os.path.isdir(folder):
            raise StoreError(f"cannot open database {parsed.database}: no such directory {folder}")
        engine = create_engine(url)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_store(url: str | None = None, *, migrate_schema: bool = True) -> Store:
    """Open the store, creating and migrating the database as needed.

    Args:
        url: any SQLAlchemy URL or a SQLite file path; default ``$ONRECORD_DB`` or ``onrecord.db``.
        migrate_schema: apply the packaged Alembic migrations (on by default).

    Raises:
        StoreError: the database cannot be opened or migrated.

    Example:
        >>> with open_store(":memory:") as store:
        ...     store.stats().articles
        0
    """
    resolved = resolve_url(url)
    engine = _engine(resolved)
    try:
        if migrate_schema:
            migrate.upgrade(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise StoreError(f"cannot open database {_safe(resolved)}: {reason}") from exc
    return Store(engine)


def _safe(url: str) -> str:
    """A URL fit for messages: no password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


class Store:
    """A database of extracted records. Use :func:`open_store` to get one.

    Every article is written in a single transaction with its quotes, actors, mentions and
    events, so an interrupted ingest never leaves part of an article behind.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # One writer at a time among this process's threads: an in-memory SQLite store shares
        # one connection, on which two threads' transactions would mix. Writers in other
        # processes take turns through the database (onrecord.store.writelock).
        self._writing = threading.Lock()
        self.has_fts = self._detect_fts()

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The database URL, without any password."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _detect_fts(self) -> str | bool:
        # "fts5" (SQLite), "tsvector" (PostgreSQL) or False; truthy whenever search is indexed.
        from onrecord.store import fulltext

        return fulltext.detect(self.engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading, closed on leaving the block.

        Example:
            >>> with open_store(":memory:") as store, store.session() as session:
            ...     session.scalar(select(func.count()).select_from(ArticleRow))
            0
        """
        with self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in a transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    # -- identity --------------------------------------------------------------------------

    def find_article(self, *, url: str | None = None, text: str | None = None) -> str | None:
        """The id of the stored article with this URL (normalised) or exactly this text."""
        with self.session() as session:
            return self._find(
                session, normalise_url(url), text_hash(text) if text is not None else None
            )

    def has_article(self, *, url: str | None = None, text: str | None = None) -> bool:
        """Whether an article with this URL or text is already stored (cheap: no parsing)."""
        return self.find_article(url=url, text=text) is not None

    @staticmethod
    def _find(session: Session, norm_url: str | None, digest: str | None) -> str | None:
        conditions: list[ColumnElement[bool]] = []
        if norm_url:
            conditions.append(ArticleRow.normalised_url == norm_url)
        if digest:
            conditions.append(ArticleRow.text_hash == digest)
        if not conditions:
            return None
        return session.scalars(select(ArticleRow.id).where(or_(*conditions)).limit(1)).first()

    # -- writing ---------------------------------------------------------------------------

    def add_record(
        self, record: Record, *, ingested_at: dt.datetime | None = None, group: bool = True
    ) -> AddResult:
        """Store a record unless the same article is already stored.

        The article is a duplicate when its normalised URL or its text is already stored. A new
        article is grouped with its syndicated near-copies into a story cluster and its quotes
        into quote lineage (:mod:`onrecord.store.clusters`, :mod:`onrecord.store.lineage`) in
        the same transaction, so every way in (CLI, API, watch, Python) leaves the same store,
        and no crash can leave an article stored but ungrouped. Writers in other threads,
        processes or machines take turns for this short transaction
        (:mod:`onrecord.store.writelock`), so each sees every article, actor, story and quote
        the others stored.

        Args:
            record: the extraction record (see CONTRACT.md).
            ingested_at: when it was read (default: now, UTC).
            group: group it with its copies and its quotes with theirs (default). ``False``
                leaves that to :func:`~onrecord.store.clusters.index_backlog` (benchmarks use it
                to time the grouping step).

        Returns:
            ``AddResult(status="new" | "duplicate", article_id=...)``.

        Raises:
            StoreError: the write failed; nothing of the article was stored.
        """
        norm_url = normalise_url(record.url)
        digest = text_hash(record.text)
        story_index_ = story_index(self) if group else None
        # The signature is CPU work: computed before the lock, so writers overlap on it.
        sig = story_index_.signature(record.text) if story_index_ is not None else None
        # A Ctrl-C waits for the transaction to end (onrecord.interrupts): cut inside a flush
        # or its rollback, it leaves SQLAlchemy's identity map half updated.
        with deferred_interrupt():
            return self._write_record(record, norm_url, digest, ingested_at, story_index_, sig)

    def _write_record(
        self,
        record: Record,
        norm_url: str | None,
        digest: str,
        ingested_at: dt.datetime | None,
        story_index_: StoryIndex | None,
        sig: LeanMinHash | None,
    ) -> AddResult:
        for attempt in range(_WRITE_ATTEMPTS):
            story: Assignment | None = None
            try:
                with self._writing, self.transaction() as session:
                    # Writers take turns here, in any process or on any machine, so each sees
                    # the articles, actors, stories and quotes the others stored (see
                    # onrecord.store.writelock); the lock is held until this commits.
                    writelock.lock(session)
                    existing = self._find(session, norm_url, digest)
                    if existing is not None:
                        return AddResult("duplicate", existing)
                    published = self._write_article(session, record, norm_url, digest, ingested_at)
                    # The story first: a description ("the group") is the same actor only
                    # in copies of one story (onrecord.store.actors.global_actor).
                    if story_index_ is not None:
                        story = story_index_.write(session, record.id, record.text, sig=sig)
                    self._write_contents(
                        session, record, published, story.story_id if story else None
                    )
                    if story_index_ is not None:
                        quote_index(self).write(session, record.id)
                return AddResult("new", record.id, story)
            except IntegrityError as exc:
                # Another writer (one not taking the lock) stored the same article, or the
                # same new actor, between our check and our insert: look again.
                existing = self.find_article(url=record.url, text=record.text)
                if existing is not None:
                    return AddResult("duplicate", existing)
                if attempt + 1 == _WRITE_ATTEMPTS:
                    raise StoreError(f"cannot store article {record.id}: {exc.orig}") from exc
            except OperationalError as exc:
                raise StoreError(f"cannot store article {record.id}: {exc.orig}") from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _write_article(
        self,
        session: Session,
        record: Record,
        norm_url: str | None,
        digest: str,
        ingested_at: dt.datetime | None,
    ) -> dt.date | None:
        """The article's own row; returns its publication day."""
        published = published_day(record.published)
        article = ArticleRow(
            **article_values(
                record,
                normalised_url=norm_url,
                text_hash=digest,
                published_date=published,
                ingested_at=ingested_at or dt.datetime.now(dt.UTC),
            )
        )
        session.add(article)
        session.flush()
        return published

    def _write_contents(
        self, session: Session, record: Record, published: dt.date | None, story: int | None
    ) -> None:
        """The stored article's actors, statements and events (``story``: its story cluster,
        None when it is stored without grouping)."""
        globals_, names = self._write_actors(session, record, published, story)
        self._write_quotes(session, record, globals_, names)
        self._write_events(session, record, globals_)
        session.flush()

    def _write_actors(
        self, session: Session, record: Record, seen: dt.date | None, story: int | None
    ) -> tuple[dict[str, int], dict[str, str]]:
        """The stored actor id and canonical name of each of the record's actors."""
        globals_: dict[str, int] = {}
        stored: dict[str, ActorRow] = {}
        # The article's own actor rows are added after every global actor is resolved: added
        # one by one, each would be flushed by the next actor's lookups, a flush per actor.
        local_rows = []
        for ordinal, actor in enumerate(record.actors):
            row = global_actor(session, actor, seen=seen, article=record.id, story=story)
            globals_[actor.id] = row.id
            stored[actor.id] = row
            local_rows.append(
                ArticleActorRow(**article_actor_values(record, ordinal, actor, row.id))
            )
        session.add_all(local_rows)
        # Names read after every actor is resolved: a later one may give an actor a fuller name.
        return globals_, {local: row.name for local, row in stored.items()}

    def _write_quotes(
        self, session: Session, record: Record, globals_: dict[str, int], names: dict[str, str]
    ) -> None:
        rows = [
            QuoteRow(**quote_values(record, ordinal, quote, globals_, names))
            for ordinal, quote in enumerate(record.quotes)
        ]
        # One flush for every quote (the mention rows need their ids), not one per quote.
        session.add_all(rows)
        session.flush()
        for quote, row in zip(record.quotes, rows, strict=True):
            session.add_all(
                MentionRow(**values) for values in mention_values(record, row.id, quote, globals_)
            )

    def _write_events(self, session: Session, record: Record, globals_: dict[str, int]) -> None:
        session.add_all(
            EventRow(**event_values(record, ordinal, ev, globals_))
            for ordinal, ev in enumerate(record.events)
        )

    # -- reading ---------------------------------------------------------------------------

    def record(self, article_id: str) -> Record | None:
        """Rebuild the extraction record of a stored article, exactly as it was added."""
        with self.session() as session:
            row = session.scalars(
                select(ArticleRow)
                .where(ArticleRow.id == article_id)
                .options(
                    selectinload(ArticleRow.actors),
                    selectinload(ArticleRow.quotes),
                    selectinload(ArticleRow.events),
                )
            ).one_or_none()
            if row is None:
                return None
            parties = _parties_of(session, row)
            return Record(
                id=row.id,
                text=row.text,
                title=row.title,
                published=row.published,
                source=row.source,
                url=row.url,
                language=row.language,
                quotes=[_quote_of(q, parties.get(q.id)) for q in row.quotes],
                actors=[
                    Actor(
                        id=a.local_id,
                        name=a.name,
                        kind=a.kind,  # type: ignore[arg-type]
                        country=a.country,
                        titles=json_list(a.titles),
                        aliases=json_list(a.aliases),
                    )
                    for a in row.actors
                ],
                events=[_event_of(e) for e in row.events],
            )

    def article_ids(self) -> list[str]:
        """Ids of every stored article, oldest ingest first."""
        with self.session() as session:
            return list(
                session.scalars(
                    select(ArticleRow.id).order_by(ArticleRow.ingested_at, ArticleRow.id)
                )
            )

    def statements(
        self,
        f: QuoteFilter | None = None,
        *,
        order: Order = "oldest",
        after: Key | None = None,
        limit: int | None = None,
    ) -> StatementPage:
        """Stored statements matching ``f`` (see :func:`onrecord.store.statements.statement_page`).

        Args:
            f: the filters (default: none).
            order: ``oldest`` article first (default) or ``newest`` first (keyset-paginated).
            after: with ``newest``, the previous page's ``next_key``.
            limit: at most this many (None: all).
        """
        with self.session() as session:
            return statement_page(
                session,
                f or QuoteFilter(),
                has_fts=self.has_fts,
                order=order,
                after=after,
                limit=limit,
            )

    def quotes(
        self,
        *,
        speaker: str | None = None,
        search: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int | None = None,
    ) -> list[QuoteHit]:
        """Stored statements, oldest article first (:meth:`statements` with the common filters).

        Args:
            speaker: part of the speaker's name or surface text (case- and
                accent-insensitive): ``"voss"`` finds ``Foreign Minister Ána Voss``; a joint
                statement is also found by any party's name.
            search: words that must all occur in the quote (FTS5 on SQLite, a tsvector index on
                PostgreSQL, ILIKE elsewhere).
            since: only articles published on or after this date (undated ones are left out).
            until: only articles published on or before this date.
            limit: at most this many (None: all).
        """
        f = QuoteFilter(speaker=speaker, search=search, since=since, until=until)
        return self.statements(f, limit=limit).hits

    def actors(
        self,
        *,
        country: str | None = None,
        kind: str | None = None,
        name: str | None = None,
        limit: int | None = None,
    ) -> list[ActorSummary]:
        """Global actors, the most quoted first (see :func:`onrecord.store.actor_queries.actor_list`).

        Args:
            country: ISO 3166-1 alpha-3 code (or an IGO code), any case.
            kind: ``person``, ``organization``, ``country``, ``igo`` or ``group``.
            name: part of the canonical name or of an alias (any case, any accents).
            limit: at most this many (None: all).
        """
        with self.session() as session:
            found, _ = actor_list(
                session, ActorFilter(country=country, kind=kind, name=name), limit=limit
            )
        return found

    def stats(self) -> StoreStats:
        """How many articles, quotes, actors, mentions and events are stored."""
        with self.session() as session:

            def count(model: Any) -> int:
                return int(session.scalar(select(func.count()).select_from(model)) or 0)

            return StoreStats(
                articles=count(ArticleRow),
                quotes=count(QuoteRow),
                actors=count(ActorRow),
                mentions=count(MentionRow),
                events=count(EventRow),
            )


def _mention_of(row: QuoteRow, prefix: str) -> Mention | None:
    start = getattr(row, f"{prefix}_start")
    if start is None:
        return None
    return Mention(
        text=getattr(row, f"{prefix}_text"),
        start=start,
        end=getattr(row, f"{prefix}_end"),
        actor=getattr(row, f"{prefix}_local"),
        name=getattr(row, f"{prefix}_name"),
    )


def _parties_of(session: Session, article: ArticleRow) -> dict[int, list[Mention]]:
    """The parties of the article's joint statements, by quote store id: a quote's
    ``speaker`` mention rows other than its speaker phrase's own
    (:func:`onrecord.store.rows.mention_values`), in text order, with the record-local actor
    each names."""
    spans = {
        q.id: (q.speaker_start, q.speaker_end)
        for q in article.quotes
        if q.speaker_start is not None
    }
    if not spans:
        return {}
    locals_: dict[int, list[ArticleActorRow]] = {}
    for a in article.actors:
        locals_.setdefault(a.actor_id, []).append(a)
    rows = session.scalars(
        select(MentionRow)
        .where(MentionRow.article_id == article.id, MentionRow.role == "speaker")
        .order_by(MentionRow.quote_id, MentionRow.start, MentionRow.id)
    )
    out: dict[int, list[Mention]] = {}
    for m in rows:
        whole = spans.get(m.quote_id or 0)
        if whole is None or (m.start, m.end) == whole:
            continue
        local = _local_of(locals_.get(m.actor_id or 0, []), m.text)
        out.setdefault(m.quote_id or 0, []).append(
            Mention(
                text=m.text,
                start=m.start,
                end=m.end,
                actor=local.local_id if local else None,
                name=local.name if local else None,
            )
        )
    return out


def _local_of(candidates: list[ArticleActorRow], text: str) -> ArticleActorRow | None:
    """The article's actor a party names, among those stored as one global actor (after a
    merge there may be several): the one whose name the words hold, else the first."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    words = fold(text)
    return next((c for c in candidates if fold(c.name) in words), candidates[0])


def _quote_of(row: QuoteRow, parties: list[Mention] | None = None) -> Quote:
    cue = None
    if row.cue_start is not None and row.cue_end is not None:
        cue = Cue(text=row.cue_text or "", start=row.cue_start, end=row.cue_end)
    return Quote(
        id=row.local_id,
        kind=row.kind,  # type: ignore[arg-type]
        text=row.text,
        spans=[(int(s), int(e)) for s, e in json_list(row.spans)],
        cue=cue,
        speaker=_mention_of(row, "speaker"),
        addressee=_mention_of(row, "addressee"),
        speakers=parties or None,
    )


def _event_of(row: EventRow) -> Event:
    return Event(
        id=row.local_id,
        type=row.type,
        cameo=row.cameo,
        intensity=row.intensity,
        source=row.source_local,
        target=row.target_local,
        negated=row.negated,
        hypothetical=row.hypothetical,
        text=row.text,
        start=row.start,
        end=row.end,
        quote=row.quote_local,
        confidence=row.confidence,
        date=row.date,
    )
