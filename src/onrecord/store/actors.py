"""Mapping record-local actors to the store's global actors: one actor per person across articles.

The only place the store decides actor identity. For each actor of an incoming record,
:func:`global_actor` tries, in order:

1. the analyst's manual fixes (``actor_fixes``, written by ``onrecord actors merge`` and
   ``split``): the newest fix naming this actor (same kind and country) decides;
2. countries by their code (``country:RUS``);
3. people by surname: candidates come from the ``actor_names`` index (exact
   transliteration-insensitive surname key, then, for near spellings, the surname's first
   letters), and :func:`onrecord.actors.same_person` confirms — Sergei / Sergey Shoigu,
   Erdogan / Erdoğan, Zelensky / Zelenskiy / Zelenskyy, "Putin" (with a country) and
   "Vladimir Putin" meet; two people sharing a surname with different countries or first
   names never do;
4. organisations, IGOs and groups by any stored name or alias key, with the same country
   (the UN's bodies all carry the code ``UNO``, so IGOs are told apart by name as well):
   the incoming canonical name first, then, for a group, the article's other proper names
   for it of two words or more;
   except descriptions that name no one by themselves ("the group", "the company", "the
   party": :func:`onrecord.actors.identity.story_local`), which are one actor only within
   the copies of one story, so an actor page "group" does not gather every article's group;
5. otherwise a new actor.

Every lookup is an indexed query; nothing scans the actors table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Result, Select, and_, bindparam, insert, inspect, or_, select
from sqlalchemy.orm import Session

from onrecord.actors.identity import actor_key as _kb_actor_key
from onrecord.actors.identity import name_key, same_person, split_name, story_local
from onrecord.actors.lexicon import Lexicon, load_lexicon
from onrecord.record import Actor
from onrecord.store.identity import fold
from onrecord.store.schema import ActorAliasRow, ActorRow, ActorTitleRow, ArticleActorRow
from onrecord.store.schema_actors import PREFIX_LEN, ActorFixRow, ActorNameRow
from onrecord.store.schema_sources import ArticleSignatureRow
from onrecord.store.statement_names import refresh_names

# More candidates than this for one surname means a very common name: the first ones by id
# are confirmed and the rest ignored, so one ingest never turns into a scan.
MAX_CANDIDATES = 200
# Near spellings (Mitterand / Mitterrand) are only looked for on surnames this long, as
# ``same_person`` only accepts fuzzy surname matches from this length.
FUZZY_MIN_LEN = 5
_FIXES_KEY = "onrecord.actor_fixes.any"
# Between a story-local description's key and the id of the article it was first stored from
# (name keys hold no such character).
LOCAL_MARK = "@"

# The lookups every actor of every article runs, built once with bound parameters: building a
# statement anew each time cost more than SQLite took to answer it.
_COUNTRY = (
    select(ActorRow)
    .where(ActorRow.kind == "country", ActorRow.country == bindparam("country"))
    .order_by(ActorRow.id)
    .limit(1)
)


def _by_name(country: ColumnElement[bool], key: ColumnElement[bool]) -> Select[Any]:
    return (
        select(ActorRow)
        .join(ActorNameRow, ActorNameRow.actor_id == ActorRow.id)
        .where(
            ActorNameRow.kind == bindparam("kind"),
            key,
            country,
            # not a story's own description (its key names its article): "Foreign Ministry"
            # with no country is not the "foreign ministry" one story spoke of
            ActorRow.key.not_like(f"%{LOCAL_MARK}%"),
        )
        .order_by(ActorRow.id)
        .limit(1)
    )


_SAME_COUNTRY = ActorRow.country == bindparam("country")
_NO_COUNTRY = ActorRow.country.is_(None)
_ONE_KEY = ActorNameRow.key == bindparam("key")
# (any of an incoming actor's other names: see match_actor)
_ANY_KEY = ActorNameRow.key.in_(bindparam("keys", expanding=True))
_BY_NAME = _by_name(_SAME_COUNTRY, _ONE_KEY)
_BY_NAME_NO_COUNTRY = _by_name(_NO_COUNTRY, _ONE_KEY)
_BY_NAMES = _by_name(_SAME_COUNTRY, _ANY_KEY)
_BY_NAMES_NO_COUNTRY = _by_name(_NO_COUNTRY, _ANY_KEY)


def _people_by(column: Any, param: str) -> Select[tuple[int]]:
    """Person actors with a stored name whose ``column`` is in the expanding parameter."""
    return (
        select(ActorNameRow.actor_id)
        .where(ActorNameRow.kind == "person", column.in_(bindparam(param, expanding=True)))
        .distinct()
        .order_by(ActorNameRow.actor_id)
        .limit(MAX_CANDIDATES)
    )


_SURNAMES = _people_by(ActorNameRow.surname, "surnames")
_PREFIXES = _people_by(ActorNameRow.prefix, "prefixes")
_PREFIXES_NOT_IN = _PREFIXES.where(
    ActorNameRow.actor_id.not_in(bindparam("exclude", expanding=True))
)
_CANDIDATES = (
    select(ActorRow.id, ActorRow.name, ActorRow.country, ActorAliasRow.alias)
    .outerjoin(ActorAliasRow, ActorAliasRow.actor_id == ActorRow.id)
    .where(ActorRow.id.in_(bindparam("ids", expanding=True)))
    .order_by(ActorRow.id, ActorAliasRow.id)
)
_KEYS_TAKEN = select(ActorRow.key, ActorRow.id).where(
    or_(
        ActorRow.key == bindparam("key"),
        and_(ActorRow.key >= bindparam("low"), ActorRow.key < bindparam("high")),
    )
)
_ALIASES_KNOWN = select(ActorAliasRow.key).where(
    ActorAliasRow.actor_id == bindparam("actor_id"),
    ActorAliasRow.key.in_(bindparam("keys", expanding=True)),
)
_NAMES_KNOWN = select(ActorNameRow.key).where(
    ActorNameRow.actor_id == bindparam("actor_id"),
    ActorNameRow.key.in_(bindparam("keys", expanding=True)),
)


def actor_key(actor: Actor) -> str:
    """The key a new global actor is stored under (``person:RUS:vladimir putin``, ``country:RUS``).

    Unique in the table: a second actor wanting a taken key (two people the store keeps
    apart, a split) gets ``#2``, ``#3`` ... appended. Identity is decided by
    :func:`global_actor`, not by comparing keys.
    """
    return _kb_actor_key(actor)


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return load_lexicon()


def identity_aliases(aliases: Iterable[str], *, person: str | None = None) -> list[str]:
    """The aliases fit to decide identity: proper names, not descriptions.

    Records also list how an article referred to an actor ("foreign minister", "Foreign
    Minister Alexei Vorontsin", "reporters"); two ministers sharing "foreign minister" must
    not become one person. Aliases without a capital letter or containing an office title
    are kept for display but never indexed or compared.

    Args:
        aliases: the names an article (or the store) gives an actor.
        person: for a person, the canonical name: an alias whose surname is not a word of
            it ("Mr. King" for Vladimir Putin, learned from one article's mistake) is kept
            for display but never decides identity, so it cannot pull another article's
            Mr. King onto this person's page.
    """
    out = [a for a in aliases if a and _names_someone(a)]
    if person:
        out = [a for a in out if alias_fits_name(person, a)]
    return out


def _person_name(actor: Actor) -> str | None:
    return actor.name if actor.kind == "person" else None


def alias_fits_name(name: str, alias: str) -> bool:
    """Whether a person's alias carries the surname of their name, or one of its words
    ("Putin", "Sergei Lavrov", "Lula" for "Luiz Inácio Lula da Silva")."""
    surname = split_name(alias)[1]
    if not surname:
        return True
    words = set(name_key(name).split())
    own = split_name(name)[1]
    return (
        surname in words
        or surname == own
        or same_person(
            Actor(id="", name=name, kind="person"), Actor(id="", name=alias, kind="person")
        )
    )


@lru_cache(maxsize=65536)
def _names_someone(alias: str) -> bool:
    """``alias`` has a capital letter and no office title (see :func:`identity_aliases`)."""
    return any(ch.isupper() for ch in alias) and _lexicon().role_of(alias) is None


def name_entries(kind: str, names: Iterable[str]) -> list[dict[str, str | None]]:
    """Index entries (``kind``, ``key``, ``surname``, ``prefix``) for an actor's names, one per key.

    Args:
        kind: the actor's kind; only people get surname entries.
        names: canonical name and aliases; empty ones are skipped.
    """
    entries: dict[str, dict[str, str | None]] = {}
    for name in names:
        key = name_key(name or "")
        if not key or key in entries:
            continue
        surname: str | None = None
        if kind == "person":
            surname = split_name(name)[1] or None
        entries[key] = {
            "kind": kind,
            "key": key,
            "surname": surname,
            "prefix": surname[:PREFIX_LEN] if surname else None,
        }
    return list(entries.values())


def global_actor(
    session: Session,
    actor: Actor,
    *,
    seen: dt.date | None,
    article: str | None = None,
    story: int | None = None,
) -> ActorRow:
    """Find or create the global actor for a record-local one, merging aliases and titles.

    Args:
        session: the article's session; everything happens inside its transaction.
        actor: the actor as one record describes it.
        seen: the article's publication date, to date the titles it uses.
        article: the article's id. A description that names no one by itself ("the
            group", "the company": :func:`onrecord.actors.identity.story_local`) is then
            the same actor only in the copies of its story, found through ``story``
            (the article's story cluster; None when it is stored without grouping, and
            the description is this article's own). Without ``article``, it is matched by
            name as any organisation is.
        story: see ``article``.

    Returns:
        The global actor row (flushed, so it has an id).
    """
    row = fixed_actor(session, actor)
    local = article is not None and story_local(actor)
    if row is None:
        if not local:
            row = match_actor(session, actor)
        elif story is not None:
            row = _in_story(session, actor, story)
    extra: list[str] = []
    created = row is None
    if row is None:
        # A description's key names the article it was first stored from: unique without
        # counting how many others share its name.
        key = actor_key(actor) + (f"{LOCAL_MARK}{article}" if local else "")
        # Empty collections given up front: a new actor has no aliases or titles to load.
        row = ActorRow(
            key=free_key(session, key), name=actor.name, kind=actor.kind, country=actor.country,
            aliases=[], titles=[],
        )  # fmt: skip
        session.add(row)
    else:
        before = row.name
        extra = _upgrade(session, row, actor)
        if row.name != before:
            # A fuller name ("Marr" -> "Teo Marr"): the statements stored under the
            # shorter one are found by it too.
            refresh_names(session, [row.id])
    merge_aliases(row, [actor.name, *actor.aliases, *extra], session=session)
    merge_titles(row, actor.titles, seen, country=actor.country, session=session)
    if created:
        # A new actor, its aliases and titles go in one flush (it needs an id for the index).
        session.flush()
    names = [
        row.name,
        actor.name,
        *identity_aliases([*actor.aliases, *extra], person=_person_name(actor)),
    ]
    index_names(session, row, names, kind=actor.kind, new=created)
    return row


# -- lookup ----------------------------------------------------------------------------------


def fixed_actor(session: Session, actor: Actor) -> ActorRow | None:
    """The actor a manual fix sends ``actor`` to, or None.

    A ``merge`` fix matches the incoming canonical name; a ``split`` fix matches the
    canonical name or any alias. Kind and country must be equal (both unknown counts as
    equal). The newest matching fix wins.
    """
    if not _has_fixes(session):
        return None
    own = name_key(actor.name)
    keys = {own, *(name_key(a) for a in identity_aliases(actor.aliases))} - {""}
    if not keys:
        return None
    fixes = session.scalars(
        select(ActorFixRow)
        .where(ActorFixRow.kind == actor.kind, ActorFixRow.match_key.in_(sorted(keys)))
        .order_by(ActorFixRow.id.desc())
    )
    for fix in fixes:
        if fix.country != actor.country:
            continue
        if fix.action == "merge" and fix.match_key != own:
            continue
        return session.get(ActorRow, fix.actor_id)
    return None


def _lookup(session: Session, stmt: Select[Any], **params: Any) -> Result[Any]:
    """``session.execute(stmt)`` for plain-column reads, without the ORM's per-statement work.

    Pending changes are flushed first, as autoflush would, so the rows are the same; an
    article's write runs a few of these per actor, where the ORM layer costs more than SQLite.
    """
    if session.autoflush:
        session.flush()
    return session.connection().execute(stmt, params)


def _has_fixes(session: Session) -> bool:
    """Whether the store holds any manual fix; asked once per session (one article's write).

    Fixes are written by ``onrecord actors merge`` / ``split`` in their own sessions, so
    none appears in the middle of an article's.
    """
    known = session.info.get(_FIXES_KEY)
    if known is None:
        known = session.info[_FIXES_KEY] = (
            session.scalar(select(ActorFixRow.id).limit(1)) is not None
        )
    return bool(known)


def match_actor(session: Session, actor: Actor) -> ActorRow | None:
    """The stored actor that ``actor`` is, by code, surname or name (see the module doc)."""
    if actor.kind == "country" and actor.country:
        return session.scalars(_COUNTRY, {"country": actor.country}).first()
    if actor.kind == "person":
        return _match_person(session, actor)
    key = name_key(actor.name)
    if not key:
        return None
    params: dict[str, Any] = {"kind": actor.kind, "key": key}
    if actor.country is not None:
        params["country"] = actor.country
    found = session.scalars(
        _BY_NAME_NO_COUNTRY if actor.country is None else _BY_NAME, params
    ).first()
    if found is not None:
        return found
    # A group, then, by the other names the article gives it ("Port Amber police" for the
    # group it names "Velmaran police"): a group's record name is its most general mention,
    # and the store may hold the group under a narrower one another article met it by
    # first. Names of two words or more only: one word ("Post") is too little to join by.
    if actor.kind != "group":
        return None
    keys = sorted(
        {k for k in (name_key(a) for a in identity_aliases(actor.aliases)) if " " in k} - {key}
    )
    if not keys:
        return None
    params["keys"] = keys
    del params["key"]
    return session.scalars(
        _BY_NAMES_NO_COUNTRY if actor.country is None else _BY_NAMES, params
    ).first()


def _in_story(session: Session, actor: Actor, story: int) -> ActorRow | None:
    """The description actor an earlier copy of ``story`` stored under the same words, kind
    and country, or None. The story's articles lead the query (its index on ``story_id``,
    then each article's actors by their key), so it reads one story's actors however many
    other articles have a "group"."""
    country = (
        ArticleActorRow.country.is_(None)
        if actor.country is None
        else ArticleActorRow.country == actor.country
    )
    found = _lookup(
        session,
        select(ArticleActorRow.actor_id)
        .join(ArticleSignatureRow, ArticleSignatureRow.article_id == ArticleActorRow.article_id)
        .where(
            ArticleSignatureRow.story_id == story,
            ArticleActorRow.kind == actor.kind,
            ArticleActorRow.name == actor.name,
            country,
        ),
    ).scalars()
    # the oldest, chosen here: an ORDER BY on actor_id could lead the planner to walk the
    # article_actors index by actor instead
    oldest = min(found, default=None)
    return session.get(ActorRow, oldest) if oldest is not None else None


def _match_person(session: Session, actor: Actor) -> ActorRow | None:
    actor = Actor(
        id=actor.id,
        name=actor.name,
        kind="person",
        country=actor.country,
        aliases=identity_aliases(actor.aliases, person=actor.name),
    )
    names = [n for n in (actor.name, *actor.aliases) if n]
    surnames = {split_name(n)[1] for n in names} - {""}
    if not surnames:
        return None
    exact = list(_lookup(session, _SURNAMES, surnames=sorted(surnames)).scalars())
    found = _confirm(session, actor, exact)
    if found is not None:
        return found
    prefixes = {s[:PREFIX_LEN] for s in surnames if len(s) >= FUZZY_MIN_LEN}
    if not prefixes:
        return None
    if exact:
        near = _lookup(session, _PREFIXES_NOT_IN, prefixes=sorted(prefixes), exclude=exact)
    else:
        near = _lookup(session, _PREFIXES, prefixes=sorted(prefixes))
    return _confirm(session, actor, list(near.scalars()))


def _confirm(session: Session, actor: Actor, ids: Sequence[int]) -> ActorRow | None:
    """The candidate ``same_person`` accepts; the same country, then the same name, then the oldest."""
    if not ids:
        return None
    # Candidates and their aliases as plain rows in one query, not ORM objects: a common
    # surname brings many candidates, a much-reported person hundreds of aliases, and only
    # the chosen one is needed as an object.
    candidates: dict[int, tuple[str, str | None, list[str]]] = {}
    for row_id, row_name, row_country, alias in _lookup(session, _CANDIDATES, ids=list(ids)):
        aliases = candidates.setdefault(row_id, (row_name, row_country, []))[2]
        if alias is not None:
            aliases.append(alias)
    own = name_key(actor.name)
    best: tuple[int, int] | None = None
    chosen: int | None = None
    for row_id, (row_name, row_country, aliases) in candidates.items():
        candidate = Actor(
            id=str(row_id),
            name=row_name,
            kind="person",
            country=row_country,
            aliases=identity_aliases(aliases, person=row_name),
        )
        if not same_person(actor, candidate):
            continue
        score = 2 * bool(actor.country and actor.country == row_country) + (
            own in {name_key(n) for n in (row_name, *candidate.aliases)}
        )
        rank = (score, -row_id)
        if best is None or rank > best:
            best, chosen = rank, row_id
    return session.get(ActorRow, chosen) if chosen is not None else None


# -- writing ---------------------------------------------------------------------------------


def free_key(session: Session, key: str, *, exclude: int | None = None) -> str:
    """``key``, or ``key#2``, ``key#3`` ... whichever no other actor (than ``exclude``) holds."""
    # ``key`` and every ``key#...`` in one range scan of the unique index ('$' follows '#').
    taken = dict(
        _lookup(session, _KEYS_TAKEN, key=key, low=f"{key}#", high=f"{key}$").tuples().all()
    )
    candidate, n = key, 1
    while True:
        holder = taken.get(candidate)
        if holder is None or holder == exclude:
            return candidate
        n += 1
        candidate = f"{key}#{n}"


def _upgrade(session: Session, row: ActorRow, actor: Actor) -> list[str]:
    """Learn from a new mention of a stored person: a country, a fuller name.

    Returns the names that became aliases (a bare surname replaced by the full name).
    """
    if row.kind != "person" or actor.kind != "person":
        return []
    changed = False
    extra: list[str] = []
    if row.country is None and actor.country:
        row.country, changed = actor.country, True
    given_row, _ = split_name(row.name)
    given_new, _ = split_name(actor.name)
    if not given_row and given_new:
        # "Putin" was all we knew; "Vladimir Putin" is the better canonical name.
        extra.append(row.name)
        row.name, changed = actor.name, True
    if changed:
        new_key = actor_key(Actor(id="", name=row.name, kind="person", country=row.country))
        if new_key != row.key.split("#")[0]:
            row.key = free_key(session, new_key, exclude=row.id)
    return extra


def _unloaded(row: ActorRow, collection: str, session: Session | None) -> bool:
    """Whether ``row``'s ``collection`` can be left unloaded: a session to query is given and
    nothing of it is in memory (an in-memory collection must see every change)."""
    return session is not None and collection in inspect(row).unloaded


def merge_aliases(row: ActorRow, aliases: Iterable[str], *, session: Session | None = None) -> None:
    """Add the names ``row`` does not know yet (case- and accent-insensitive) as aliases.

    Args:
        row: the global actor.
        aliases: names one article gave it.
        session: when given and ``row``'s aliases are not loaded, only these names are looked
            up and new ones are added beside the collection instead of loading it (a much
            reported actor has hundreds of aliases).
    """
    if not _unloaded(row, "aliases", session):
        known = {a.key for a in row.aliases} | {fold(row.name)}
        for alias in aliases:
            key = fold(alias)
            if key and key not in known:
                known.add(key)
                row.aliases.append(ActorAliasRow(alias=alias, key=key))
        return
    assert session is not None
    wanted: dict[str, str] = {}  # key -> the first spelling, in the order given
    for alias in aliases:
        key = fold(alias)
        if key and key not in wanted:
            wanted[key] = alias
    wanted.pop(fold(row.name), None)
    if not wanted:
        return
    known = set(_lookup(session, _ALIASES_KNOWN, actor_id=row.id, keys=list(wanted)).scalars())
    for key, alias in wanted.items():
        if key not in known:
            session.add(ActorAliasRow(actor_id=row.id, alias=alias, key=key))


def merge_titles(
    row: ActorRow,
    titles: Iterable[str],
    seen: dt.date | None,
    *,
    country: str | None,
    session: Session | None = None,
) -> None:
    """Add titles with the date they were seen, or widen the first/last seen of known ones.

    Args:
        row: the global actor.
        titles: titles one article gave the actor.
        seen: that article's publication date (None: undated, dates unchanged).
        country: the country the article says the actor acted for (default: the actor's).
        session: when given and ``row``'s titles are not loaded, only these titles are
            looked up (see :func:`merge_aliases`).
    """
    titles = list(titles)
    if not titles:
        return
    unloaded = _unloaded(row, "titles", session)
    if unloaded:
        assert session is not None
        keys = sorted({fold(t) for t in titles} - {""})
        stored = session.scalars(
            select(ActorTitleRow).where(
                ActorTitleRow.actor_id == row.id, ActorTitleRow.key.in_(keys)
            )
        )
        by_key = {t.key: t for t in stored}
    else:
        by_key = {t.key: t for t in row.titles}
    for title in titles:
        key = fold(title)
        if not key:
            continue
        existing = by_key.get(key)
        if existing is None:
            existing = ActorTitleRow(
                title=title,
                key=key,
                country=country or row.country,
                first_seen=seen,
                last_seen=seen,
            )
            if unloaded:
                existing.actor_id = row.id
                session.add(existing)  # type: ignore[union-attr]
            else:
                row.titles.append(existing)
            by_key[key] = existing
            continue
        if existing.country is None and country:
            existing.country = country
        widen_dates(existing, seen, seen)


def widen_dates(title: ActorTitleRow, first: dt.date | None, last: dt.date | None) -> None:
    """Stretch a title's first/last seen to cover ``first`` .. ``last``."""
    if first is not None and (title.first_seen is None or first < title.first_seen):
        title.first_seen = first
    if last is not None and (title.last_seen is None or last > title.last_seen):
        title.last_seen = last


def index_names(
    session: Session,
    row: ActorRow,
    names: Iterable[str],
    *,
    kind: str | None = None,
    new: bool = False,
) -> None:
    """Add the names ``row`` is not indexed under yet to ``actor_names``.

    Args:
        session: the open session.
        row: the global actor (flushed).
        names: names and aliases to index.
        kind: the kind the names were seen with (default: the actor's).
        new: ``row`` was created just now and has no entries yet (nothing to look up).
    """
    entries = name_entries(kind or row.kind, names)
    if not entries:
        return
    known: set[str] = set()
    if not new:
        keys = [e["key"] for e in entries]
        known = set(_lookup(session, _NAMES_KNOWN, actor_id=row.id, keys=keys).scalars())
    fresh = [{"actor_id": row.id, **entry} for entry in entries if entry["key"] not in known]
    if fresh:
        # Index rows have no ORM collection to keep in step: one insert, no unit-of-work objects
        # (after the flush an ORM write would get, so the order of writes is unchanged).
        if session.autoflush:
            session.flush()
        session.connection().execute(insert(ActorNameRow), fresh)


def repoint_names(session: Session, source: int, target: int) -> None:
    """Move ``source``'s index entries to ``target``, dropping keys ``target`` already has."""
    taken = set(session.scalars(select(ActorNameRow.key).where(ActorNameRow.actor_id == target)))
    for entry in session.scalars(select(ActorNameRow).where(ActorNameRow.actor_id == source)).all():
        if entry.key in taken:
            session.delete(entry)
        else:
            taken.add(entry.key)
            entry.actor_id = target
    session.flush()


def reset_names(session: Session, actor_id: int) -> None:
    """Forget every index entry of an actor (before rebuilding them)."""
    for entry in session.scalars(
        select(ActorNameRow).where(ActorNameRow.actor_id == actor_id)
    ).all():
        session.delete(entry)
    session.flush()
