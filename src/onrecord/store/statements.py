"""Statements (stored quotes): the filter and the one query behind ``onrecord quotes``,
``/api/quotes``, the search page, the home page's latest statements and :meth:`Store.quotes`.

    from onrecord.store import open_store
    from onrecord.store.statements import QuoteFilter

    with open_store("news.db") as store:
        page = store.statements(QuoteFilter(speaker="voss", search="border"), order="newest", limit=20)
        for hit in page.hits:
            print(hit.published, hit.speaker, hit.text)

The CLI reads oldest first; the web reads newest first, one keyset page at a time
(:mod:`onrecord.store.paging`). Both ask the same question with the same filters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from onrecord.store import fulltext
from onrecord.store.identity import fold
from onrecord.store.paging import Key, Order, check_order, iso, like_pattern, newest_first
from onrecord.store.results import QuoteHit
from onrecord.store.schema import ActorRow, ArticleRow, EventRow, MentionRow, QuoteRow

_WORDS = re.compile(r"\w+", re.UNICODE)

#: Above this many full-text matches, a newest-first page is read in date order and filtered by
#: the match set; below it, the matches are read and sorted. Either way a page costs a few
#: milliseconds.
DENSE_MATCHES = 2000


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Filters of a statement search; every field is optional and they combine with AND.

    Attributes:
        search: words that must all occur in the statement (FTS5 on SQLite, a tsvector index
            on PostgreSQL, ILIKE elsewhere).
        speaker: part of the speaker's name or surface words (case- and accent-insensitive):
            ``"voss"`` finds ``Foreign Minister Ána Voss``; a joint statement is also found by
            any party's name.
        addressee: part of the addressee's name or surface words.
        speaker_id: the speaker's global actor id.
        country: the speaker's country code (ISO 3166-1 alpha-3 or an IGO code); a joint
            statement matches when any of its parties is of the country.
        type: a PLOVER event type the statement carries.
        since: articles published on or after this date (undated ones are left out).
        until: articles published on or before this date.
        article_id: only statements of this article.
        ids: only these statements (store ids).
    """

    search: str | None = None
    speaker: str | None = None
    addressee: str | None = None
    speaker_id: int | None = None
    country: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    article_id: str | None = None
    ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class StatementPage:
    """A page of statements: the hits, each speaker's country, and where the next page starts.

    Attributes:
        hits: the statements in the order asked for.
        countries: the speaker's country code of each hit (None when unresolved).
        next_key: pass as ``after`` for the next page (newest first only); None on the last.
    """

    hits: list[QuoteHit] = field(default_factory=list)
    countries: list[str | None] = field(default_factory=list)
    next_key: Key | None = None

    def rows(self) -> list[dict[str, Any]]:
        """JSON-ready rows: the hit's fields plus ``speaker_country``."""
        return [
            {**hit.to_dict(), "speaker_country": country}
            for hit, country in zip(self.hits, self.countries)
        ]


def spoken_by(actor_id: int) -> ColumnElement[bool]:
    """The statement is the actor's: its speaker, or one party of a joint statement ("Putin
    and his foreign minister, Sergey Lavrov, signaled ..." is Putin's and Lavrov's). A
    condition on ``quotes``: each statement matches once, however many parties it has.

    The set of the actor's statement ids, read through the speaker and mention indexes: as
    an ``OR`` of the speaker test and the party subquery, PostgreSQL read every statement
    (an actor page, a sparse actor's newest page: 100-260 ms on 100,000 statements)."""
    single = select(QuoteRow.id).where(QuoteRow.speaker_actor_id == actor_id)
    return QuoteRow.id.in_(union_all(single, _party_quotes(MentionRow.actor_id == actor_id)))


def speaker_named(folded: str) -> ColumnElement[bool]:
    """The statement's speaker goes by ``folded`` (a folded part of a name or of the words):
    the speaker's words or the name its article gave (``speaker_key``; a joint statement's
    holds its parties' names too, :func:`onrecord.store.rows.joint_speaker_key`), or the
    current canonical name of its speaker's actor or of a party's (``speaker_names``,
    :mod:`onrecord.store.statement_names`): an actor's statements are found by its name after
    ``actors merge`` or ``split --name`` or a fuller name learned later, as its page lists
    them."""
    pattern = like_pattern(folded)
    return or_(
        QuoteRow.speaker_key.like(pattern, escape="\\"),
        QuoteRow.speaker_names.like(pattern, escape="\\"),
    )


def addressee_named(folded: str) -> ColumnElement[bool]:
    """The statement's addressee goes by ``folded``: its words, the name its article gave, or
    its actor's current canonical name (see :func:`speaker_named`)."""
    pattern = like_pattern(folded)
    return or_(
        QuoteRow.addressee_key.like(pattern, escape="\\"),
        QuoteRow.addressee_names.like(pattern, escape="\\"),
    )


def from_country(speaker: Any, code: str, *, dense: bool = False) -> ColumnElement[bool]:
    """The statement's speaker (``speaker``: the speaker's actor, joined to the statement) is
    of this country, or one party of a joint statement is: "Putin and his foreign minister,
    Sergey Lavrov, signaled ..." is a statement from RUS. A condition on ``quotes``: each
    statement matches once, however many of its parties are of the country.

    Two forms of one condition (:func:`country_is_dense` chooses): a country with few
    statements is read as the set of their ids (its actors, through the speaker and mention
    indexes); a country with many by walking the statements in the order asked for and
    stopping after a page, a statement with no single speaker looking its parties up through
    the mentions' statement index. Either form alone read every statement, or every mention,
    in the other case. The party test is a scalar subquery, not EXISTS: PostgreSQL turns an
    EXISTS under OR into one hashed pass over all the country's mentions.
    """
    if dense:
        party = (
            select(literal(1))
            .select_from(MentionRow)
            .join(ActorRow, ActorRow.id == MentionRow.actor_id)
            .where(
                MentionRow.quote_id == QuoteRow.id,
                MentionRow.role == "speaker",
                ActorRow.country == code,
            )
            .limit(1)
            .correlate(QuoteRow)
            .scalar_subquery()
        )
        return or_(
            speaker.country == code,
            and_(QuoteRow.speaker_actor_id.is_(None), party.is_not(None)),
        )
    actors = select(ActorRow.id).where(ActorRow.country == code)
    single = select(QuoteRow.id).where(QuoteRow.speaker_actor_id.in_(actors))
    parties = _party_quotes(MentionRow.actor_id.in_(actors))
    return QuoteRow.id.in_(union_all(single, parties))


def country_is_dense(session: Session, code: str | None) -> bool:
    """Whether the country's actors spoke more than :data:`DENSE_MATCHES` statements on their
    own (a bounded count over the speaker index)."""
    if not code or not code.strip():
        return False
    actors = select(ActorRow.id).where(ActorRow.country == code.strip().upper())
    some = select(QuoteRow.id).where(QuoteRow.speaker_actor_id.in_(actors)).limit(DENSE_MATCHES + 1)
    return int(session.scalar(select(func.count()).select_from(some.subquery())) or 0) > (
        DENSE_MATCHES
    )


def _party_quotes(condition: ColumnElement[bool]) -> Select[Any]:
    """Store ids of the statements with a ``speaker`` mention meeting ``condition``."""
    return select(MentionRow.quote_id).where(
        MentionRow.role == "speaker", MentionRow.quote_id.is_not(None), condition
    )


def search_words(search: str | None) -> list[str]:
    """The words of a search (letters and digits; everything else separates them)."""
    return _WORDS.findall(search or "")


def search_clause(
    has_fts: str | bool, words: Sequence[str], *, dense: bool = False
) -> ColumnElement[bool]:
    """All ``words`` occur in the quote text; user input is never read as query syntax.

    ``has_fts`` is the store's full-text kind (:attr:`Store.has_fts`, see
    :mod:`onrecord.store.fulltext`): FTS5 on SQLite, a tsvector index on PostgreSQL, ILIKE when
    neither exists. With ``dense`` on SQLite the membership test is hidden from the planner
    (``+quotes.id``), so it walks articles newest first and stops after a page instead of
    sorting every match.
    """
    if has_fts:
        return fulltext.match_clause(has_fts, words, dense=dense)
    return and_(*(QuoteRow.text.ilike(like_pattern(w), escape="\\") for w in words))


def _dense(session: Session, has_fts: str | bool, words: Sequence[str]) -> bool:
    """Whether the words match more than :data:`DENSE_MATCHES` quotes (a bounded count)."""
    if has_fts != fulltext.FTS5 or not words:
        # PostgreSQL's planner chooses between the GIN index and the date order itself.
        return False
    return fulltext.count_matches(session, has_fts, words, DENSE_MATCHES + 1) > DENSE_MATCHES


def _select(
    f: QuoteFilter, has_fts: str | bool, *, dense: bool = False, dense_country: bool = False
) -> Select[Any]:
    speaker_actor = aliased(ActorRow)
    stmt = (
        select(QuoteRow, ArticleRow, speaker_actor.country)
        .join(ArticleRow, QuoteRow.article_id == ArticleRow.id)
        .outerjoin(speaker_actor, speaker_actor.id == QuoteRow.speaker_actor_id)
    )
    words = search_words(f.search)
    if words:
        stmt = stmt.where(search_clause(has_fts, words, dense=dense))
    if f.speaker and fold(f.speaker):
        stmt = stmt.where(speaker_named(fold(f.speaker)))
    if f.addressee and fold(f.addressee):
        stmt = stmt.where(addressee_named(fold(f.addressee)))
    if f.speaker_id is not None:
        stmt = stmt.where(spoken_by(f.speaker_id))
    if f.country:
        code = f.country.strip().upper()
        stmt = stmt.where(from_country(speaker_actor, code, dense=dense_country))
    if f.type:
        stmt = stmt.where(
            exists().where(
                EventRow.article_id == QuoteRow.article_id,
                EventRow.quote_local == QuoteRow.local_id,
                EventRow.type == f.type.strip().upper(),
            )
        )
    if f.since is not None:
        stmt = stmt.where(ArticleRow.published_date >= f.since)
    if f.until is not None:
        stmt = stmt.where(ArticleRow.published_date <= f.until)
    if f.article_id is not None:
        stmt = stmt.where(QuoteRow.article_id == f.article_id)
    if f.ids is not None:
        stmt = stmt.where(QuoteRow.id.in_(f.ids))
    return stmt


@contextmanager
def _serial(session: Session, f: QuoteFilter) -> Iterator[None]:
    """On PostgreSQL, no parallel workers for a page filtered by country or speaker id alone.

    Each form of those filters reads a page's worth of statements (a date-order walk that
    stops early) or the few the id set holds; starting a parallel worker (5-15 ms, more on a
    busy machine) costs more than the read. Filters that may scan (words, names) keep the
    planner's choice. The setting is the transaction's and is put back after the page."""
    scans = search_words(f.search) or f.speaker or f.addressee
    bind = session.get_bind()
    if bind.dialect.name != "postgresql" or scans or not (f.country or f.speaker_id):
        yield
        return
    setting = "max_parallel_workers_per_gather"
    before = session.scalar(select(func.current_setting(setting)))
    session.execute(select(func.set_config(setting, "0", True)))
    try:
        yield
    finally:
        session.execute(select(func.set_config(setting, before, True)))


def statement_page(
    session: Session,
    f: QuoteFilter,
    *,
    has_fts: str | bool,
    order: Order = "newest",
    after: Key | None = None,
    limit: int | None = 50,
) -> StatementPage:
    """Statements matching ``f``, in ``order``.

    Args:
        session: an open session (:meth:`Store.session`, or the web request's).
        f: the filters.
        has_fts: the store's full-text index (:attr:`Store.has_fts`: ``"fts5"``,
            ``"tsvector"`` or False).
        order: ``newest`` (newest article first, then newest statement; keyset-paginated) or
            ``oldest`` (oldest article first, undated last, in article order; no cursor).
        after: with ``newest``, the ``next_key`` of the previous page.
        limit: at most this many (None: all).

    Raises:
        ValueError: an unknown order, or ``after`` with ``oldest``.
    """
    check_order(order)
    if order == "oldest":
        if after is not None:
            raise ValueError("an oldest-first listing has no cursor")
        crowded = country_is_dense(session, f.country)
        stmt = _select(f, has_fts, dense_country=crowded).order_by(
            ArticleRow.published_date.asc().nulls_last(),
            ArticleRow.ingested_at,
            ArticleRow.id,
            QuoteRow.ordinal,
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        with _serial(session, f):
            rows = list(session.execute(stmt).tuples())
        return StatementPage(_hits(session, f, rows), [c for _, _, c in rows])
    stmt = _select(
        f,
        has_fts,
        dense=_dense(session, has_fts, search_words(f.search)),
        dense_country=country_is_dense(session, f.country),
    )
    with _serial(session, f):
        rows, more = newest_first(
            session, stmt, ArticleRow.published_date, QuoteRow.id, after=after, limit=limit
        )
    next_key: Key | None = None
    if more and rows:
        q, a, _ = rows[-1]
        next_key = (iso(a.published_date), q.id)
    return StatementPage(_hits(session, f, rows), [c for _, _, c in rows], next_key)


def _hits(session: Session, f: QuoteFilter, rows: Sequence[Any]) -> list[QuoteHit]:
    """The hits of the rows, joint statements with their parties (one query for the page)."""
    joint = [q for q, _, _ in rows if q.speaker_actor_id is None and q.speaker_start is not None]
    parties: dict[int, list[dict[str, Any]]] = {}
    if joint:
        found = session.execute(
            select(MentionRow, ActorRow.name, ActorRow.country)
            .outerjoin(ActorRow, ActorRow.id == MentionRow.actor_id)
            .where(
                MentionRow.quote_id.in_([q.id for q in joint]),
                MentionRow.role == "speaker",
            )
            .order_by(MentionRow.quote_id, MentionRow.start, MentionRow.id)
        ).tuples()
        whole = {q.id: (q.speaker_start, q.speaker_end) for q, _, _ in rows}
        for m, name, country in found:
            if (m.start, m.end) != whole.get(m.quote_id or 0):
                parties.setdefault(m.quote_id or 0, []).append(
                    {"name": name, "text": m.text, "actor_id": m.actor_id, "country": country}
                )
    hits = []
    for q, a, _ in rows:
        hit = QuoteHit.from_rows(q, a)
        mine = parties.get(q.id)
        if mine and len(mine) >= 2:
            hit = replace(hit, speakers=mine, joint_with=_joint_with(f, mine))
        hits.append(hit)
    return hits


def _joint_with(f: QuoteFilter, parties: list[dict[str, Any]]) -> list[str]:
    """The other parties of a joint statement found through one of them (by ``speaker_id``
    or ``speaker``): what a listing shows as "with Sergey Lavrov"."""
    if f.speaker_id is not None:
        mine = [p["actor_id"] == f.speaker_id for p in parties]
    elif f.speaker and fold(f.speaker):
        want = fold(f.speaker)
        mine = [want in fold(p["name"]) or want in fold(p["text"]) for p in parties]
    else:
        return []
    if not any(mine):
        return []
    return [p["name"] or p["text"] for p, me in zip(parties, mine, strict=True) if not me]
