"""Finding stored actors by name, and the analyst's manual fixes: merge and split.

Both fixes rewrite what is stored *and* record a row in ``actor_fixes`` that
:func:`onrecord.store.actors.global_actor` consults first, so articles ingested later land
where the analyst put things:

* ``merge_actors(store, keep, fold_in)``: ``fold_in`` disappears into ``keep`` — its
  aliases, titles (dates widened), index entries, quotes, mentions, events, article links and
  earlier fixes move over; every name ``fold_in`` was stored under (with its kind and
  country) now leads to ``keep``.
* ``split_actor(store, actor, alias)``: the article mentions whose record names the actor
  ``alias`` (as its name or one of its aliases) move to a new actor, with their quotes,
  mentions and events; later actors named ``alias`` land on the new actor.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, inspect, select, update
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table
from sqlalchemy.orm import Session

from onrecord.actors.identity import name_key
from onrecord.errors import OnrecordError
from onrecord.record import Actor
from onrecord.store.actors import (
    actor_key,
    free_key,
    identity_aliases,
    index_names,
    merge_aliases,
    merge_titles,
    repoint_names,
    reset_names,
    widen_dates,
)
from onrecord.store.identity import fold
from onrecord.store.schema import (
    ActorRow,
    ActorTitleRow,
    ArticleActorRow,
    ArticleRow,
    EventRow,
    MentionRow,
    QuoteRow,
    json_list,
)
from onrecord.store.schema_actors import ActorFixRow, ActorNameRow
from onrecord.store.statement_names import refresh_names
from onrecord.validation import in_id_range

if TYPE_CHECKING:
    from onrecord.store.core import Store

_ID = re.compile(r"#?(\d+)")
_CODE = re.compile(r"[A-Za-z]{2,12}")
# Tables whose actor references merge_actors moves itself (they need de-duplication).
_OWN_TABLES = frozenset({"actors", "actor_aliases", "actor_titles", "actor_names"})
MAX_LISTED = 20


class ActorLookupError(OnrecordError):
    """No stored actor, or more than one, answers to a name.

    Attributes:
        query: what the user asked for.
        candidates: the actors that matched (empty when none did).
    """

    def __init__(self, query: str, candidates: list[ActorRef] | None = None) -> None:
        self.query = query
        self.candidates = candidates or []
        if self.candidates:
            message = f"{query!r} matches {len(self.candidates)} actors; give one of their ids"
        else:
            message = f"no stored actor matches {query!r}"
        super().__init__(message)


class ActorFixError(OnrecordError):
    """A merge or split that cannot be done (same actor twice, an alias no mention uses ...)."""


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A stored actor, briefly: enough to tell candidates apart."""

    id: int
    name: str
    kind: str
    country: str | None

    def __str__(self) -> str:
        name = " ".join(self.name.split())
        return f"#{self.id} {name} ({self.kind}, {self.country or 'no country'})"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class FixResult:
    """What a merge or split did."""

    action: str
    actor: ActorRef
    other: ActorRef
    moved: dict[str, int] = field(default_factory=dict)
    fixes: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "action": self.action,
            "actor": self.actor.to_dict(),
            "other": self.other.to_dict(),
            "moved": dict(self.moved),
            "fixes": self.fixes,
        }


@dataclass(frozen=True, slots=True)
class FixRecord:
    """One recorded fix, for listing."""

    id: int
    action: str
    name: str
    kind: str
    country: str | None
    actor_id: int
    actor: str
    note: str | None
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)


def ref_of(row: ActorRow) -> ActorRef:
    """The brief form of an actor row."""
    return ActorRef(id=row.id, name=row.name, kind=row.kind, country=row.country)


# -- finding ---------------------------------------------------------------------------------


def find_actors(session: Session, query: str) -> list[ActorRow]:
    """Stored actors answering to ``query``, best tier first, accent-insensitive.

    Tiers, the first that finds anything wins: an id (``12`` or ``#12``); actors whose
    canonical name is ``query``; actors with ``query`` among their aliases; a country by code
    (``RUS``); people with that surname; names containing ``query``.

    Args:
        session: an open session.
        query: an id, a name, an alias, a country code or part of a name.

    Returns:
        The matching rows (possibly several, possibly none), oldest first.
    """
    text = query.strip()
    m = _ID.fullmatch(text)
    if m:
        if not in_id_range(int(m.group(1))):
            return []  # beyond any id (and beyond what the driver can bind)
        row = session.get(ActorRow, int(m.group(1)))
        return [row] if row is not None else []
    key = name_key(text)
    if not key:
        return []
    by_name = _rows(session, select(ActorNameRow.actor_id).where(ActorNameRow.key == key))
    canonical = [r for r in by_name if name_key(r.name) == key]
    if canonical:
        return canonical
    if by_name:
        return by_name
    if _CODE.fullmatch(text):
        coded = list(
            session.scalars(
                select(ActorRow)
                .where(ActorRow.kind == "country", ActorRow.country == text.upper())
                .order_by(ActorRow.id)
            )
        )
        if coded:
            return coded
    surname = _rows(
        session,
        select(ActorNameRow.actor_id).where(
            ActorNameRow.kind == "person", ActorNameRow.surname == key
        ),
    )
    if surname:
        return surname
    pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return _rows(
        session, select(ActorNameRow.actor_id).where(ActorNameRow.key.like(pattern, escape="\\"))
    )


def _rows(session: Session, ids: Any) -> list[ActorRow]:
    return list(
        session.scalars(
            select(ActorRow)
            .where(ActorRow.id.in_(ids.distinct().limit(MAX_LISTED)))
            .order_by(ActorRow.id)
        )
    )


def resolve_actor(session: Session, query: str) -> ActorRow:
    """The one stored actor answering to ``query``.

    Raises:
        ActorLookupError: none or several match (``candidates`` lists them).
    """
    rows = find_actors(session, query)
    if len(rows) != 1:
        raise ActorLookupError(query, [ref_of(r) for r in rows])
    return rows[0]


def lookup_actors(store: Store, query: str) -> list[ActorRef]:
    """Stored actors answering to ``query`` (see :func:`find_actors`)."""
    with store.session() as session:
        return [ref_of(r) for r in find_actors(session, query)]


# -- merge -----------------------------------------------------------------------------------


def merge_actors(store: Store, keep: str, fold_in: str) -> FixResult:
    """Fold actor ``fold_in`` into actor ``keep`` and record the fix.

    Args:
        store: an open :class:`onrecord.store.Store`.
        keep: the actor that stays (id, name or alias).
        fold_in: the actor that disappears into it.

    Returns:
        What moved (article links, quotes, mentions, events ...) and how many fixes were recorded.

    Raises:
        ActorLookupError: either name matches no actor or several.
        ActorFixError: both name the same actor.
    """
    with store.transaction() as session:
        target = resolve_actor(session, keep)
        source = resolve_actor(session, fold_in)
        if target.id == source.id:
            raise ActorFixError(f"{keep!r} and {fold_in!r} are the same actor ({ref_of(target)})")
        before = ref_of(source)
        fixes = _record_merge_fixes(session, target, source)
        moved = _repoint_references(session, source.id, target.id)
        _move_identity(session, source, target)
        session.delete(source)
        session.flush()
        refresh_names(session, [target.id])  # its statements are found by its name
        return FixResult("merge", ref_of(target), before, moved, fixes)


def _record_merge_fixes(session: Session, target: ActorRow, source: ActorRow) -> int:
    """One fix per (kind, country, name) the source was stored under."""
    forms = {(source.kind, source.country, name_key(source.name)): source.name}
    for kind, country, name in session.execute(
        select(ArticleActorRow.kind, ArticleActorRow.country, ArticleActorRow.name)
        .where(ArticleActorRow.actor_id == source.id)
        .distinct()
    ):
        forms.setdefault((kind, country, name_key(name)), name)
    note = f"merged {ref_of(source)} into {ref_of(target)}"
    count = 0
    for (kind, country, key), name in forms.items():
        if key:
            session.add(
                ActorFixRow(
                    action="merge",
                    kind=kind,
                    country=country,
                    match_key=key,
                    name=name,
                    actor_id=target.id,
                    note=note,
                )
            )
            count += 1
    session.flush()
    return count


def _repoint_references(session: Session, source: int, target: int) -> dict[str, int]:
    """Every column referencing ``actors.id`` (any table, found by reflection) moves to ``target``.

    Reflection rather than a fixed list, so tables other parts of onrecord add later (and
    that reference actors) follow a merge too.
    """
    moved: dict[str, int] = {}
    inspector = inspect(session.connection())
    for table_name in inspector.get_table_names():
        if table_name in _OWN_TABLES:
            continue
        for fk in inspector.get_foreign_keys(table_name):
            if fk.get("referred_table") != "actors":
                continue
            for col in fk["constrained_columns"]:
                tbl = sql_table(table_name, sql_column(col))
                result = session.execute(
                    update(tbl).where(tbl.c[col] == source).values({col: target})
                )
                count = int(getattr(result, "rowcount", 0) or 0)
                if count:
                    label = table_name if table_name != "quotes" else f"quotes.{col}"
                    moved[label] = moved.get(label, 0) + count
    return moved


def _move_identity(session: Session, source: ActorRow, target: ActorRow) -> None:
    """Aliases, titles and index entries of ``source`` go to ``target`` (de-duplicated)."""
    if target.country is None and source.country:
        target.country = source.country
    merge_aliases(target, [source.name, *(a.alias for a in source.aliases)])
    by_key = {t.key: t for t in target.titles}
    for title in list(source.titles):
        mine = by_key.get(title.key)
        if mine is None:
            mine = ActorTitleRow(
                title=title.title,
                key=title.key,
                country=title.country,
                first_seen=title.first_seen,
                last_seen=title.last_seen,
            )
            target.titles.append(mine)
            by_key[title.key] = mine
        else:
            widen_dates(mine, title.first_seen, title.last_seen)
    session.flush()
    repoint_names(session, source.id, target.id)
    index_names(session, target, [source.name])


# -- split -----------------------------------------------------------------------------------


def split_actor(store: Store, actor: str, alias: str, *, name: str | None = None) -> FixResult:
    """Move the mentions of ``actor`` that go by ``alias`` to a new actor, and record the fix.

    Args:
        store: an open :class:`onrecord.store.Store`.
        actor: the actor to split (id, name or alias).
        alias: the name (accent/transliteration-insensitive) whose mentions move: an article's
            actor moves when its record names it ``alias``; when no record does, when one of
            its record aliases is ``alias``.
        name: the new actor's name (default: the commonest record name of the moved mentions).

    Returns:
        The new actor, the old one, and what moved.

    Raises:
        ActorLookupError: ``actor`` matches no actor or several.
        ActorFixError: no mention uses ``alias``, or every mention does (nothing would stay).
    """
    key = name_key(alias)
    if not key:
        raise ActorFixError(f"not a name: {alias!r}")
    with store.transaction() as session:
        source = resolve_actor(session, actor)
        links = list(
            session.scalars(select(ArticleActorRow).where(ArticleActorRow.actor_id == source.id))
        )
        # Mentions the article itself named that way first; an alias every record repeats
        # (a knowledge-base alias) would otherwise select everything.
        moving = [link for link in links if name_key(link.name) == key] or [
            link for link in links if key in {name_key(n) for n in json_list(link.aliases)}
        ]
        if not moving:
            raise ActorFixError(f"no stored mention of {ref_of(source)} goes by {alias!r}")
        if len(moving) == len(links):
            raise ActorFixError(
                f"every stored mention of {ref_of(source)} goes by {alias!r}; nothing would stay "
                "(split by a name only some mentions use)"
            )
        new = _new_actor_for(session, moving, source, name)
        moved = move_links(session, moving, source.id, new.id)
        refresh_names(session, [source.id, new.id])
        fixes = _record_split_fixes(session, moving, key, alias, source, new)
        rebuild_identity(session, source)
        rebuild_identity(session, new)
        return FixResult("split", ref_of(new), ref_of(source), moved, fixes)


def _new_actor_for(
    session: Session, moving: list[ArticleActorRow], source: ActorRow, name: str | None
) -> ActorRow:
    names = Counter(link.name for link in moving)
    chosen = name or max(names, key=lambda n: (names[n], len(n)))
    kinds = Counter(link.kind for link in moving)
    countries = Counter(link.country for link in moving if link.country)
    kind = kinds.most_common(1)[0][0] if kinds else source.kind
    country = countries.most_common(1)[0][0] if countries else source.country
    key = actor_key(Actor(id="", name=chosen, kind=kind, country=country))  # type: ignore[arg-type]
    row = ActorRow(key=free_key(session, key), name=chosen, kind=kind, country=country)
    session.add(row)
    session.flush()
    return row


def move_links(
    session: Session, moving: list[ArticleActorRow], source: int, target: int
) -> dict[str, int]:
    """Repoint the moving article actors and what refers to them through their local ids."""
    moved: Counter[str] = Counter()
    for link in moving:
        link.actor_id = target
        moved["article_actors"] += 1
        art, local = link.article_id, link.local_id
        for role in ("speaker", "addressee"):
            local_col = getattr(QuoteRow, f"{role}_local")
            actor_col = getattr(QuoteRow, f"{role}_actor_id")
            quote_ids = select(QuoteRow.id).where(QuoteRow.article_id == art, local_col == local)
            moved[f"quotes.{role}_actor_id"] += _count(
                session.execute(
                    update(QuoteRow)
                    .where(QuoteRow.article_id == art, local_col == local, actor_col == source)
                    .values({actor_col.key: target})
                )
            )
            moved["mentions"] += _count(
                session.execute(
                    update(MentionRow)
                    .where(
                        MentionRow.article_id == art,
                        MentionRow.role == role,
                        MentionRow.actor_id == source,
                        MentionRow.quote_id.in_(quote_ids),
                    )
                    .values(actor_id=target)
                )
            )
        moved["mentions"] += _move_parties(session, link, source, target)
        for end in ("source", "target"):
            local_col = getattr(EventRow, f"{end}_local")
            actor_col = getattr(EventRow, f"{end}_actor_id")
            moved[f"events.{end}"] += _count(
                session.execute(
                    update(EventRow)
                    .where(
                        and_(EventRow.article_id == art, local_col == local, actor_col == source)
                    )
                    .values({actor_col.key: target})
                )
            )
    session.flush()
    return {k: v for k, v in moved.items() if v}


def _move_parties(session: Session, link: ArticleActorRow, source: int, target: int) -> int:
    """Repoint the article's joint-statement parties (``speaker`` mentions of statements
    with no single speaker) that name the moving actor from ``source`` to ``target``.

    A party's row keeps no record-local id. When no other actor of the article is still
    ``source``, every party naming ``source`` is this actor's; otherwise (two of the
    article's actors were merged) a party moves only when its words hold this actor's name
    and none of the staying ones'."""
    session.flush()
    art = link.article_id
    staying = [
        fold(name)
        for name in session.scalars(
            select(ArticleActorRow.name).where(
                ArticleActorRow.article_id == art, ArticleActorRow.actor_id == source
            )
        )
    ]
    joint = select(QuoteRow.id).where(
        QuoteRow.article_id == art, QuoteRow.speaker_actor_id.is_(None)
    )
    parties = session.scalars(
        select(MentionRow).where(
            MentionRow.article_id == art,
            MentionRow.role == "speaker",
            MentionRow.actor_id == source,
            MentionRow.quote_id.in_(joint),
        )
    ).all()
    mine = fold(link.name)
    moved = 0
    for row in parties:
        words = fold(row.text)
        if not staying or (mine in words and not any(n and n in words for n in staying)):
            row.actor_id = target
            moved += 1
    return moved


def _count(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def _record_split_fixes(
    session: Session,
    moving: list[ArticleActorRow],
    key: str,
    alias: str,
    source: ActorRow,
    new: ActorRow,
) -> int:
    forms = {(link.kind, link.country) for link in moving}
    note = f"split {alias!r} off {ref_of(source)} into {ref_of(new)}"
    for kind, country in sorted(forms, key=lambda f: (f[0], f[1] or "")):
        session.add(
            ActorFixRow(
                action="split",
                kind=kind,
                country=country,
                match_key=key,
                name=alias,
                actor_id=new.id,
                note=note,
            )
        )
    session.flush()
    return len(forms)


def rebuild_identity(session: Session, row: ActorRow) -> None:
    """Recompute an actor's aliases, dated titles and index entries from its article mentions."""
    row.aliases.clear()
    row.titles.clear()
    session.flush()
    reset_names(session, row.id)
    links = session.execute(
        select(ArticleActorRow, ArticleRow.published_date)
        .join(ArticleRow, ArticleRow.id == ArticleActorRow.article_id)
        .where(ArticleActorRow.actor_id == row.id)
        .order_by(ArticleRow.published_date, ArticleActorRow.article_id)
    ).tuples()
    for link, published in links:
        link_names = [link.name, *json_list(link.aliases)]
        merge_aliases(row, link_names)
        merge_titles(row, json_list(link.titles), published, country=link.country)
        index_names(
            session, row, [link.name, *identity_aliases(json_list(link.aliases))], kind=link.kind
        )
        session.flush()
    index_names(session, row, [row.name])
    session.flush()


# -- listing fixes ---------------------------------------------------------------------------


def list_fixes(store: Store) -> list[FixRecord]:
    """Every recorded fix, oldest first."""
    with store.session() as session:
        rows = session.execute(
            select(ActorFixRow, ActorRow.name)
            .join(ActorRow, ActorRow.id == ActorFixRow.actor_id)
            .order_by(ActorFixRow.id)
        ).tuples()
        return [
            FixRecord(
                id=fix.id,
                action=fix.action,
                name=fix.name,
                kind=fix.kind,
                country=fix.country,
                actor_id=fix.actor_id,
                actor=actor_name,
                note=fix.note,
                created_at=fix.created_at.isoformat() if fix.created_at else "",
            )
            for fix, actor_name in rows
        ]


def forget_fix(store: Store, fix_id: int) -> FixRecord:
    """Delete a recorded fix (what it moved stays moved; later ingests no longer follow it).

    Raises:
        ActorFixError: no fix has this id.
    """
    for fix in list_fixes(store):
        if fix.id == fix_id:
            with store.transaction() as session:
                session.execute(delete(ActorFixRow).where(ActorFixRow.id == fix_id))
            return fix
    raise ActorFixError(f"no recorded fix #{fix_id}")


__all__ = [
    "ActorFixError",
    "ActorLookupError",
    "ActorRef",
    "FixRecord",
    "FixResult",
    "find_actors",
    "forget_fix",
    "list_fixes",
    "lookup_actors",
    "merge_actors",
    "ref_of",
    "resolve_actor",
    "split_actor",
]
