"""Every Latin letter PostgreSQL's ``unaccent`` folds is folded on SQLite and in the keys too.

The table of letters NFKD leaves whole (``onrecord.letters``) held nine (``ı ø ł æ œ đ ð þ ß``);
``unaccent`` folds over two hundred more (``ħ ŧ ŋ ĸ``, hooked ``ƙ ɓ ƴ``, barred ``ɨ ƶ``, ``ꜳ``,
small capitals, and the ligatures ``ĳ ǆ ﬁ`` FTS5's tokenizer does not split). On SQLite
``hal`` missed "Ħal Far", which PostgreSQL found. The table now holds every Latin letter whose
Unicode name gives its plain letters and that ``unaccent`` folds (measured on a server by
``tests/store/test_letters_unaccent.py``). This revision brings a store to it:

- SQLite's full-text index (external content ``quotes_fts_content``, as ``ft01`` made it):
  the 264 letters of :data:`_LETTERS` are replaced in plain SQL (``replace()``, so the plain
  ``sqlite3`` shell still writes), but no longer inside the triggers: one expression cannot
  nest that many calls, so views ``quotes_fts_fold_1`` ... chain them, 25 each, and the
  content view takes their text for a statement holding one of the letters, its own text for
  the others; the four triggers read the content view by id (:func:`_index`). The index is
  rebuilt;
- the store's name keys (``onrecord.store.identity.fold``): as ``fl01`` did, the letters are
  replaced in the keys themselves, here in Python, row by row, for the rows that hold one
  (``actors.folded_name``; ``quotes.speaker_key``, ``addressee_key``, ``speaker_names``,
  ``addressee_names``; ``actor_aliases.key`` and ``actor_titles.key``, merging spellings that
  are one key now, the first row staying; ``quote_lineage.key`` with its signature and LSH
  buckets);
- the actors' identity keys (``onrecord.actors.identity.name_key``), where these letters used
  to be dropped ("Ħal" was "al"): the names of the actors that hold one are indexed again
  (``actor_names``, entries added, none removed) and the manual fixes naming one get their
  ``match_key`` again. These keys are computed from the stored names by the app's code, as
  the running code computes them; ``actors.key`` (unique, not used to match) stays.

The letters are a frozen copy of ``onrecord.store.fulltext.FTS_LETTERS`` as of this revision
(a test keeps the two equal: changing the table needs a migration that re-indexes).

Downgrade (SQLite with FTS5): ``ft01``'s index again, with its seventeen letters, rebuilt.
Keys stay folded the new way, as ``fl01``'s downgrade leaves them.

Revision ID: fl02
Revises: ft01
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "fl02"
down_revision: str | Sequence[str] | None = "ft01"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 2000
# onrecord.store.fulltext.FTS_LETTERS at this revision, "letter=plain" pairs.
_PAIRS = """
Æ=AE Ð=D Ø=O Þ=TH ß=ss æ=ae ð=d ø=o þ=th Đ=D đ=d Ħ=H ħ=h ı=i ĸ=q Ł=L ł=l Ŋ=N ŋ=n Œ=OE
œ=oe Ŧ=T ŧ=t ƀ=b Ɓ=B Ƃ=B ƃ=b Ƈ=C ƈ=c Ɖ=D Ɗ=D Ƌ=D ƌ=d Ɛ=E Ƒ=F ƒ=f Ɠ=G ƕ=hv Ɩ=I Ɨ=I Ƙ=K
ƙ=k ƚ=l Ɲ=N ƞ=n Ƣ=OI ƣ=oi Ƥ=P ƥ=p ƫ=t Ƭ=T ƭ=t Ʈ=T Ʋ=V Ƴ=Y ƴ=y Ƶ=Z ƶ=z Ǥ=G ǥ=g ȡ=d Ȥ=Z
ȥ=z ȴ=l ȵ=n ȶ=t ȷ=j ȸ=db ȹ=qp Ⱥ=A Ȼ=C ȼ=c Ƚ=L Ⱦ=T ȿ=s ɀ=z Ƀ=B Ʉ=U Ɇ=E ɇ=e Ɉ=J ɉ=j Ɍ=R
ɍ=r Ɏ=Y ɏ=y ɓ=b ɕ=c ɖ=d ɗ=d ɛ=e ɟ=j ɠ=g ɡ=g ɢ=g ɦ=h ɧ=h ɨ=i ɪ=i ɫ=l ɬ=l ɭ=l ɱ=m ɲ=n ɳ=n
ɴ=n ɶ=oe ɼ=r ɽ=r ɾ=r ʀ=r ʂ=s ʈ=t ʉ=u ʋ=v ʏ=y ʐ=z ʑ=z ʙ=b ʛ=g ʜ=h ʝ=j ʟ=l ʠ=q ʣ=dz ʥ=dz
ʦ=ts ʪ=ls ʫ=lz ẜ=s ẝ=s ẞ=SS Ỻ=LL ỻ=ll Ỽ=V ỽ=v Ỿ=Y ỿ=y Ⱡ=L ⱡ=l Ɫ=L Ᵽ=P Ɽ=R ⱥ=a ⱦ=t Ⱨ=H
ⱨ=h Ⱪ=K ⱪ=k Ⱬ=Z ⱬ=z Ɱ=M ⱱ=v Ⱳ=W ⱳ=w ⱴ=v ⱸ=e ⱺ=o Ȿ=S Ɀ=Z ꜰ=f ꜱ=s Ꜳ=AA ꜳ=aa Ꜵ=AO ꜵ=ao
Ꜷ=AU ꜷ=au Ꜹ=AV ꜹ=av Ꜻ=AV ꜻ=av Ꜽ=AY ꜽ=ay Ꝁ=K ꝁ=k Ꝃ=K ꝃ=k Ꝅ=K ꝅ=k Ꝇ=L ꝇ=l Ꝉ=L ꝉ=l Ꝋ=O ꝋ=o
Ꝍ=O ꝍ=o Ꝏ=OO ꝏ=oo Ꝑ=P ꝑ=p Ꝓ=P ꝓ=p Ꝕ=P ꝕ=p Ꝗ=Q ꝗ=q Ꝙ=Q ꝙ=q Ꝟ=V ꝟ=v Ꝡ=VY ꝡ=vy Ꝥ=TH ꝥ=th
Ꝧ=TH ꝧ=th ꝱ=d ꝲ=l ꝳ=m ꝴ=n ꝵ=r ꝶ=r ꝷ=t Ꝺ=D ꝺ=d Ꝼ=F ꝼ=f Ꞇ=T ꞇ=t Ꞑ=N ꞑ=n Ꞓ=C ꞓ=c Ꞡ=G ꞡ=g
Ꞣ=K ꞣ=k Ꞥ=N ꞥ=n Ꞧ=R ꞧ=r Ꞩ=S ꞩ=s Ɦ=H ᵽ=p Ĳ=IJ ĳ=ij Ŀ=L ŀ=l ŉ=n Ǆ=DZ ǅ=Dz ǆ=dz Ǉ=LJ ǈ=Lj
ǉ=lj Ǌ=NJ ǋ=Nj ǌ=nj Ǳ=DZ ǲ=Dz ǳ=dz ẚ=a ﬀ=ff ﬁ=fi ﬂ=fl ﬃ=ffi ﬄ=ffl ﬅ=st ﬆ=st Ǡ=A ǡ=a
"""
_LETTERS: dict[str, str] = dict(pair.split("=") for pair in _PAIRS.split())  # type: ignore[misc]
# ft01's letters (its frozen copy), for the downgrade and to pick the letters new here.
_FT01: dict[str, str] = {
    "ß": "ss",
    "ı": "i",
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "đ": "d",
    "Đ": "D",
    "ł": "l",
    "Ł": "L",
    "ð": "d",
    "þ": "th",
    "Ð": "D",
    "Þ": "TH",
    "ẞ": "SS",
}
#: The letters a case-folded key may hold that fl01 left in it: replaced in the keys.
_KEY_LETTERS: dict[str, str] = {
    letter: plain
    for letter, plain in _LETTERS.items()
    if letter == letter.casefold() and letter not in _FT01
}
_REFOLD = str.maketrans(_KEY_LETTERS)
#: Every new letter, both cases: names holding one get new identity keys.
_NEW_LETTERS = sorted(set(_LETTERS) - set(_FT01))

_TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"
# SQLite's parser overflows its stack at about 35 nested calls: the replacements are split
# over views of this many each, every view reading the one before (the planner flattens them,
# each view using its source's text once, so no expression is repeated).
_PER_VIEW = 25
_TRIGGERS = ("quotes_fts_insert", "quotes_fts_delete", "quotes_fts_unindex", "quotes_fts_update")

# Plain text columns holding store keys, and their tables' primary keys.
_COLUMNS = (
    ("actors", "id", "folded_name"),
    ("quotes", "id", "speaker_key"),
    ("quotes", "id", "addressee_key"),
    ("quotes", "id", "speaker_names"),
    ("quotes", "id", "addressee_names"),
)
_ALIASES = sa.table(
    "actor_aliases", sa.column("id"), sa.column("actor_id"), sa.column("alias"), sa.column("key")
)
_TITLES = sa.table(
    "actor_titles",
    sa.column("id"),
    sa.column("actor_id"),
    sa.column("key"),
    sa.column("country"),
    sa.column("first_seen"),
    sa.column("last_seen"),
)
_LINEAGE = sa.table(
    "quote_lineage", sa.column("quote_id"), sa.column("key"), sa.column("signature")
)
_BUCKETS = sa.table("quote_buckets", sa.column("band"), sa.column("bucket"), sa.column("quote_id"))
_ACTORS = sa.table(
    "actors", sa.column("id"), sa.column("name"), sa.column("kind"), sa.column("country")
)
_NAMES = sa.table(
    "actor_names",
    sa.column("actor_id"),
    sa.column("kind"),
    sa.column("key"),
    sa.column("surname"),
    sa.column("prefix"),
)
_FIXES = sa.table("actor_fixes", sa.column("id"), sa.column("name"), sa.column("match_key"))


def refold(key: str) -> str:
    """A store key folded before this revision, as the fold makes it now."""
    return key.translate(_REFOLD)


# -- the full-text index (SQLite) -------------------------------------------------------------


def _fold_sql(column: str, letters: dict[str, str]) -> str:
    """``column`` with every letter of ``letters`` replaced, in SQLite SQL."""
    out = column
    for letter, plain in letters.items():
        out = f"replace({out}, '{letter}', '{plain}')"
    return out


def _views(letters: dict[str, str]) -> list[str]:
    """The views replacing ``letters`` in ``quotes.text``, :data:`_PER_VIEW` at a time, each
    reading the one before, and ``quotes_fts_content``, the folded text: the last of them for a
    text holding one of the letters (:func:`_any_letter`), the text itself for the others, so
    most statements skip the replacements."""
    pairs = list(letters.items())
    chunks = [dict(pairs[i : i + _PER_VIEW]) for i in range(0, len(pairs), _PER_VIEW)]
    statements = []
    source = "quotes"
    for n, chunk in enumerate(chunks, 1):
        view = f"quotes_fts_fold_{n}"
        statements.append(
            f"CREATE VIEW {view} AS SELECT id, {_fold_sql('text', chunk)} AS text FROM {source}"
        )
        source = view
    # CASE evaluates only the branch it takes: the replacements run for the texts that need them
    statements.append(
        "CREATE VIEW quotes_fts_content AS SELECT q.id, "
        f"CASE WHEN q.text GLOB '*[{_any_letter(letters)}]*' THEN f.text ELSE q.text END AS text "
        f"FROM quotes AS q JOIN {source} AS f ON f.id = q.id"
    )
    return statements


def _any_letter(letters: dict[str, str]) -> str:
    """A GLOB character class matching every letter of ``letters`` (and a few others): those
    below U+0180 one by one (Latin-1 and Latin Extended-A hold the accented letters of most
    European names, which need no replacement), the rest as one range per 256 code points.
    Testing a text against it costs a fraction of the replacements (see
    ``benchmarks/fts_fold_cost.py``)."""
    codes = sorted(map(ord, letters))
    parts = [chr(code) for code in codes if code < 0x180]
    pages: dict[int, list[int]] = {}
    for code in codes:
        if code >= 0x180:
            pages.setdefault(code >> 8, []).append(code)
    for page in pages.values():
        first, last = chr(page[0]), chr(page[-1])
        parts.append(first if first == last else f"{first}-{last}")
    return "".join(parts)


def _index(letters: dict[str, str]) -> tuple[str, ...]:
    """The index with ``letters`` replaced: the content views, the FTS5 table and its triggers.

    One expression cannot hold every replacement (see :data:`_PER_VIEW`), so the triggers read
    the folded text from the content view by id, while the row is in ``quotes``: after an
    insert, before a delete, before (the old text) and after (the new) an update of the text.
    """
    folded = "SELECT id, text FROM quotes_fts_content WHERE id = "
    return (
        *_views(letters),
        "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes_fts_content', "
        f"content_rowid='id', {_TOKENIZE})",
        "CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN "
        f"INSERT INTO quotes_fts(rowid, text) {folded}new.id; END",
        "CREATE TRIGGER quotes_fts_delete BEFORE DELETE ON quotes BEGIN "
        "INSERT INTO quotes_fts(quotes_fts, rowid, text) "
        f"SELECT 'delete', id, text FROM ({folded}old.id); END",
        "CREATE TRIGGER quotes_fts_unindex BEFORE UPDATE OF text ON quotes BEGIN "
        "INSERT INTO quotes_fts(quotes_fts, rowid, text) "
        f"SELECT 'delete', id, text FROM ({folded}old.id); END",
        "CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN "
        f"INSERT INTO quotes_fts(rowid, text) {folded}new.id; END",
    )


def _ft01_index() -> tuple[str, ...]:
    """``ft01``'s index: one content view, the folded text written into its triggers."""
    new, old = _fold_sql("new.text", _FT01), _fold_sql("old.text", _FT01)
    return (
        f"CREATE VIEW quotes_fts_content AS SELECT id, {_fold_sql('text', _FT01)} AS text "
        "FROM quotes",
        "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes_fts_content', "
        f"content_rowid='id', {_TOKENIZE})",
        "CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN "
        f"INSERT INTO quotes_fts(rowid, text) VALUES (new.id, {new}); END",
        "CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN "
        f"INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, {old}); END",
        "CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN "
        f"INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO quotes_fts(rowid, text) VALUES (new.id, {new}); END",
    )


def _has_index(bind: sa.Connection) -> bool:
    """A SQLite store with the FTS5 index (0001 made none where SQLite lacks FTS5)."""
    if bind.dialect.name != "sqlite":
        return False
    found = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'quotes_fts'"
    ).first()
    return found is not None


def _replace_index(statements: Sequence[str]) -> None:
    bind = op.get_bind()
    views = bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'view' AND name LIKE 'quotes_fts_fold_%'"
    ).scalars()
    drops = [
        *(f"DROP TRIGGER IF EXISTS {trigger}" for trigger in _TRIGGERS),
        "DROP TABLE quotes_fts",
        "DROP VIEW IF EXISTS quotes_fts_content",
        # the last view first: each reads the one before
        *(f"DROP VIEW {view}" for view in sorted(views, key=_view_number, reverse=True)),
    ]
    for statement in (*drops, *statements):
        bind.exec_driver_sql(statement)
    bind.exec_driver_sql("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")


def _view_number(view: str) -> int:
    return int(view.rsplit("_", 1)[1])


# -- the store's keys -------------------------------------------------------------------------


def _holding(column: Any, letters: Iterable[str]) -> Any:
    """``column`` holds one of ``letters`` (LIKE: exact for non-ASCII letters on both backends)."""
    return sa.or_(*(column.like(f"%{letter}%") for letter in letters))


def _batches(rows: list[dict[str, Any]]) -> Sequence[list[dict[str, Any]]]:
    return [rows[start : start + _BATCH] for start in range(0, len(rows), _BATCH)]


def _rekey_columns(bind: sa.Connection) -> None:
    for table_name, key, name in _COLUMNS:
        table = sa.table(table_name, sa.column(key), sa.column(name))
        rows = bind.execute(
            sa.select(table.c[key], table.c[name]).where(_holding(table.c[name], _KEY_LETTERS))
        ).all()
        changes = [{"row": row_id, "value": refold(value)} for row_id, value in rows]
        update = (
            sa.update(table)
            .where(table.c[key] == sa.bindparam("row"))
            .values({name: sa.bindparam("value")})
        )
        for batch in _batches(changes):
            bind.execute(update, batch)


def _rekey_unique(bind: sa.Connection, table: Any, merge: Any = None) -> None:
    """Re-key ``table`` (``actor_id``, ``key`` unique): of the rows of one actor that share a
    new key, the lowest id stays, ``merge(kept, others)`` gives its other new values."""
    actors = sa.select(table.c.actor_id).where(_holding(table.c.key, _KEY_LETTERS)).distinct()
    groups: dict[tuple[int, str], list[Any]] = {}
    stmt = sa.select(table).where(table.c.actor_id.in_(actors)).order_by(table.c.id)
    for row in bind.execute(stmt).mappings():
        groups.setdefault((row["actor_id"], refold(row["key"])), []).append(row)
    merged = _merge_columns(table)
    gone: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for (_, key), (kept, *others) in groups.items():
        gone += [{"row": other["id"]} for other in others]
        values = merge(kept, others) if merge is not None and others else {}
        if key != kept["key"] or values:
            changed.append(
                {"row": kept["id"], **{c: kept[c] for c in merged}, **values, "new_key": key}
            )
    delete = sa.delete(table).where(table.c.id == sa.bindparam("row"))
    for batch in _batches(gone):
        bind.execute(delete, batch)
    update = (
        sa.update(table)
        .where(table.c.id == sa.bindparam("row"))
        .values(key=sa.bindparam("new_key"), **{c: sa.bindparam(c) for c in merged})
    )
    for batch in _batches(changed):
        bind.execute(update, batch)


def _merge_columns(table: Any) -> tuple[str, ...]:
    return ("country", "first_seen", "last_seen") if table is _TITLES else ()


def _merge_titles(kept: Any, others: list[Any]) -> dict[str, Any]:
    """A title's row absorbing the rows of its other spellings (as ``widen_dates`` does)."""
    rows = [kept, *others]
    firsts = [r["first_seen"] for r in rows if r["first_seen"] is not None]
    lasts = [r["last_seen"] for r in rows if r["last_seen"] is not None]
    return {
        "country": next((r["country"] for r in rows if r["country"] is not None), None),
        "first_seen": min(firsts) if firsts else None,
        "last_seen": max(lasts) if lasts else None,
    }


def _rekey_lineage(bind: sa.Connection) -> None:
    from onrecord.store.lineage import CANDIDATE_THRESHOLD, NUM_PERM, quote_signature
    from onrecord.store.lsh import band_keys
    from onrecord.store.signatures import to_bytes

    rows = bind.execute(
        sa.select(_LINEAGE.c.quote_id, _LINEAGE.c.key).where(_holding(_LINEAGE.c.key, _KEY_LETTERS))
    ).all()
    if not rows:
        return
    ids = [quote_id for quote_id, _ in rows]
    bucketed: set[int] = set()
    for start in range(0, len(ids), _BATCH):
        part = ids[start : start + _BATCH]
        bucketed.update(
            bind.execute(
                sa.select(_BUCKETS.c.quote_id).where(_BUCKETS.c.quote_id.in_(part)).distinct()
            ).scalars()
        )
    updates: list[dict[str, Any]] = []
    buckets: list[dict[str, Any]] = []
    for quote_id, key in rows:
        new_key = refold(key)
        sig = quote_signature(new_key)
        updates.append({"row": quote_id, "new_key": new_key, "sig": to_bytes(sig)})
        if quote_id in bucketed:
            buckets += [
                {"band": b, "bucket": k, "quote_id": quote_id}
                for b, k in band_keys(sig.hashvalues, CANDIDATE_THRESHOLD, NUM_PERM)
            ]
    update = (
        sa.update(_LINEAGE)
        .where(_LINEAGE.c.quote_id == sa.bindparam("row"))
        .values(key=sa.bindparam("new_key"), signature=sa.bindparam("sig"))
    )
    for batch in _batches(updates):
        bind.execute(update, batch)
    gone = sorted(bucketed)
    for start in range(0, len(gone), _BATCH):
        bind.execute(
            sa.delete(_BUCKETS).where(_BUCKETS.c.quote_id.in_(gone[start : start + _BATCH]))
        )
    for batch in _batches(buckets):
        bind.execute(sa.insert(_BUCKETS), batch)


# -- the actors' identity keys ----------------------------------------------------------------


def _reindex_actor_names(bind: sa.Connection) -> None:
    """Index again the names of the actors whose name or an alias holds a new letter."""
    from onrecord.store.actors import identity_aliases, name_entries

    holders = sa.union(
        sa.select(_ACTORS.c.id).where(_holding(_ACTORS.c.name, _NEW_LETTERS)),
        sa.select(_ALIASES.c.actor_id).where(_holding(_ALIASES.c.alias, _NEW_LETTERS)),
    ).subquery()
    actors = bind.execute(
        sa.select(_ACTORS.c.id, _ACTORS.c.name, _ACTORS.c.kind).where(
            _ACTORS.c.id.in_(sa.select(holders.c[0]))
        )
    ).all()
    rows: list[dict[str, Any]] = []
    for actor_id, name, kind in actors:
        aliases = bind.execute(
            sa.select(_ALIASES.c.alias).where(_ALIASES.c.actor_id == actor_id)
        ).scalars()
        person = name if kind == "person" else None
        names = [name, *identity_aliases(list(aliases), person=person)]
        known = set(
            bind.execute(sa.select(_NAMES.c.key).where(_NAMES.c.actor_id == actor_id)).scalars()
        )
        rows += [
            {"actor_id": actor_id, **entry}
            for entry in name_entries(kind, names)
            if entry["key"] not in known
        ]
    for batch in _batches(rows):
        bind.execute(sa.insert(_NAMES), batch)


def _rekey_fixes(bind: sa.Connection) -> None:
    from onrecord.actors.identity import name_key

    fixes = bind.execute(
        sa.select(_FIXES.c.id, _FIXES.c.name).where(_holding(_FIXES.c.name, _NEW_LETTERS))
    ).all()
    update = (
        sa.update(_FIXES)
        .where(_FIXES.c.id == sa.bindparam("row"))
        .values(match_key=sa.bindparam("key"))
    )
    changes = [{"row": fix_id, "key": name_key(name)} for fix_id, name in fixes]
    for batch in _batches(changes):
        bind.execute(update, batch)


def upgrade() -> None:
    bind = op.get_bind()
    _rekey_columns(bind)
    _rekey_unique(bind, _ALIASES)
    _rekey_unique(bind, _TITLES, _merge_titles)
    _rekey_lineage(bind)
    _reindex_actor_names(bind)
    _rekey_fixes(bind)
    if _has_index(bind):
        _replace_index(_index(_LETTERS))


def downgrade() -> None:
    """``ft01``'s index again; the keys stay folded the new way (see the module's text)."""
    bind = op.get_bind()
    if _has_index(bind):
        _replace_index(_ft01_index())
