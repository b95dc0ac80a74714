"""The letter table folds every Latin letter as PostgreSQL's ``unaccent`` does, so quote search
finds the same statements on both backends and names meet on the same keys: ``hal`` finds
"Ħal", ``kano`` "Ƙano", ``finance`` "ﬁnance". Checked letter by letter on a real server; a
store indexed before migration ``fl02`` is upgraded, written from a plain ``sqlite3`` client
and downgraded again.

Every statement is a fictional speaker's (the factory's "Ána Voss"); the words are places.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from onrecord.actors.identity import fold as actor_fold
from onrecord.actors.identity import name_key
from onrecord.letters import (
    KEPT,
    SPLIT_BY_NFKD,
    UNDECOMPOSED,
    UNDECOMPOSED_FOLDED,
    latin_letters,
    plain_letters,
)
from onrecord.record import Actor
from onrecord.store import Store, migrate, open_store
from onrecord.store.fulltext import FTS_LETTERS, fts_fold
from onrecord.store.identity import fold
from onrecord.store.schema import ActorRow
from onrecord.store.schema_actors import ActorNameRow
from tests.conftest import build_record
from tests.store.test_fold_letters import _named

# statement -> searches that must find it
STATEMENTS = {
    "The Ħamrun ferry keeps its winter timetable": ["hamrun", "Ħamrun", "ĦAMRUN", "ħamrun"],
    "Talks in Ƙano and Ɓauchi resume on Monday": ["kano", "Ƙano", "ƙano", "bauchi", "ƁAUCHI"],
    "The Ŋgoma and Ŧarvik bridges stay shut": ["ngoma", "ŋgoma", "tarvik", "Ŧarvik"],
    "Ships from Ꜳrhus and Ƴola sail at ten": ["aarhus", "ꜳrhus", "yola", "ƴola"],
    "Their ﬁnance ministers meet in Ĳsselmonde": ["finance", "ﬁnance", "ijsselmonde"],
    "We will keep the Ɨnari road open to every convoy": ["inari", "Ɨnari", "ɨnari"],
}  # fmt: skip
MISSES = ["ħam", "kan", "amrun", "bauch"]
# The letter the two backends still fold differently: FTS5's tokenizer removes the dot of
# ``ẛ`` (a long s with a dot above), ``unaccent`` keeps it. No table replacing letters before
# the tokenizer can keep a letter whole.
STILL_DIFFERENT = frozenset("ẛ")


def _sqlite_words(letters: list[str]) -> list[str]:
    """What FTS5 indexes for each letter, folded as the store folds it."""
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    con.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    con.executemany(
        "INSERT INTO t(rowid, x) VALUES (?, ?)", [(i, fts_fold(c)) for i, c in enumerate(letters)]
    )
    words: dict[int, list[str]] = {}
    for term, doc in con.execute("SELECT term, doc FROM v ORDER BY doc, offset"):
        words.setdefault(doc, []).append(term)
    return [" ".join(words.get(i, [])) for i in range(len(letters))]


def _hits(store: Store, words: str) -> list[str]:
    return sorted(h.text for h in store.quotes(search=words))


def _records() -> list:
    return [build_record(statement=s, extra=f" Note {i}.") for i, s in enumerate(STATEMENTS)]


def _check(conn: object) -> None:
    """FTS5's integrity check, comparing the index with its external content too."""
    sql = "INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)"
    if isinstance(conn, sqlite3.Connection):
        conn.execute(sql)
    else:
        conn.exec_driver_sql(sql)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("letter", "plain"),
    [
        ("ħ", "h"), ("Ħ", "H"), ("ŋ", "n"), ("ĸ", "q"), ("ƙ", "k"), ("ɓ", "b"), ("ƴ", "y"),
        ("ɨ", "i"), ("ʙ", "b"), ("ʣ", "dz"), ("ꜳ", "aa"), ("ꝱ", "d"), ("œ", "oe"), ("þ", "th"),
        ("ß", "ss"), ("ı", "i"), ("ŉ", "n"), ("ə", None), ("ʒ", None), ("ʔ", None), ("a", "a"),
    ],
)  # fmt: skip
def test_plain_letters_reads_the_unicode_name(letter: str, plain: str | None) -> None:
    assert plain_letters(letter) == plain


def test_the_table_keeps_the_letters_it_had_and_both_folds_use_it() -> None:
    before = {"ß": "ss", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe"}
    before |= {"Œ": "OE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ð": "d", "þ": "th"}
    assert before.items() <= UNDECOMPOSED.items()
    assert not KEPT & set(FTS_LETTERS)
    for letter in UNDECOMPOSED_FOLDED:
        assert fold(f"x{letter}x") == actor_fold(f"x{letter}x") == f"x{UNDECOMPOSED[letter]}x"
    assert fold("Ħal Far ƘANO") == "hal far kano"
    assert name_key("Ħal Far") == name_key("Hal Far")
    assert SPLIT_BY_NFKD["ǅ"] == "Dz" and SPLIT_BY_NFKD["ﬁ"] == "fi"


@pytest.mark.postgres
def test_every_latin_letter_folds_as_unaccent_folds_it(pg_url: str) -> None:
    """Letter by letter on the server: the word FTS5 indexes on SQLite is the word the GIN index
    holds on PostgreSQL, and the table's plain letters are ``lower(unaccent(letter))``."""
    letters = latin_letters()
    sql = text(
        "SELECT array_to_string(tsvector_to_array(to_tsvector('simple', onrecord_fold(l))), ' '),"
        " lower(unaccent(l)) FROM unnest(CAST(:letters AS text[])) WITH ORDINALITY AS u(l, n)"
        " ORDER BY n"
    )
    with open_store(pg_url) as store, store.engine.connect() as conn:
        server = conn.execute(sql, {"letters": letters}).all()
    differ = {
        letter
        for letter, here, (there, _) in zip(letters, _sqlite_words(letters), server, strict=True)
        if here != there
    }
    assert differ == STILL_DIFFERENT
    table = {
        letter: (plain, unaccented)
        for letter, (_, unaccented) in zip(letters, server, strict=True)
        if (plain := FTS_LETTERS.get(letter)) is not None and plain.lower() != unaccented
    }
    assert table == {"ŉ": ("n", "'n")}  # the apostrophe is a word break on both backends
    # the letters the table leaves out although their names give a base, unaccent keeps too
    unaccent = {letter: unaccented for letter, (_, unaccented) in zip(letters, server)}
    assert {letter: unaccent[letter] for letter in KEPT} == {c: c.lower() for c in KEPT}


def test_search_finds_the_new_letters(store: Store) -> None:
    for record in _records():
        store.add_record(record)
    for statement, searches in STATEMENTS.items():
        for words in searches:
            assert _hits(store, words) == [statement], (store.has_fts, words)
    for words in MISSES:
        assert _hits(store, words) == [], (store.has_fts, words)


@pytest.mark.postgres
def test_both_backends_give_the_same_hits_for_the_new_letters(tmp_path: Path, pg_url: str) -> None:
    import re

    with open_store(str(tmp_path / "lite.db")) as lite, open_store(pg_url) as pg:
        for record in _records():
            lite.add_record(record)
            pg.add_record(record)
        queries = set(MISSES)
        for statement, searches in STATEMENTS.items():
            words = re.findall(r"\w+", statement)
            for w in words:
                queries |= {w, w.lower(), w.upper(), fts_fold(w).lower()}
            queries |= {f"{a} {b}" for a, b in zip(words, words[1:])} | set(searches)
        assert [q for q in sorted(queries) if _hits(lite, q) != _hits(pg, q)] == []
        assert sum(bool(_hits(lite, q)) for q in queries) > 80


def test_fl02_upgrades_a_store_written_before_and_downgrades(tmp_path: Path) -> None:
    """A store at ``ft01`` (its index and keys without the new letters): upgraded on open, it
    finds the new letters by their plain spellings, actors by their plain names; a plain
    ``sqlite3`` client then writes through the triggers and the index stays equal to its
    content; downgraded, ``ft01``'s index is back and consistent."""
    path = str(tmp_path / "before.db")
    cfg = migrate.alembic_config()
    with open_store(path) as store:
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "ft01")
        for record in _records():
            # No events: the running code writes events' ev11 columns, which this older
            # revision's events table does not have (the statements are what is tested).
            record.events = []
            store.add_record(record)  # indexed by ft01's triggers
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'hamrun'")).all() == []  # fmt: skip
            _check(conn)
    with open_store(path) as store:  # upgraded on open
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        for statement, searches in STATEMENTS.items():
            for words in searches:
                assert _hits(store, words) == [statement], words
        with store.engine.connect() as conn:
            _check(conn)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("UPDATE quotes SET text = 'Boats leave Ƥort Ħarbour' WHERE text LIKE '%Ƙano%'")
        con.execute("DELETE FROM quotes WHERE text LIKE '%Ŋgoma%'")
        columns = [row[1] for row in con.execute("PRAGMA table_info(quotes)") if row[1] != "id"]
        copied = ", ".join(
            {"text": "'The ﬂeet of Ɓoma is home'", "local_id": "'qx'"}.get(c, c) for c in columns
        )
        con.execute(
            f"INSERT INTO quotes ({', '.join(columns)}) SELECT {copied} FROM quotes LIMIT 1"
        )
        con.commit()
        _check(con)
        con.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
        _check(con)
    finally:
        con.close()
    with open_store(path) as store:
        assert _hits(store, "port harbour") == ["Boats leave Ƥort Ħarbour"]
        assert _hits(store, "kano") == [] and _hits(store, "ngoma") == []
        assert _hits(store, "fleet boma") == ["The ﬂeet of Ɓoma is home"]
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "ft01")
            names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
            assert not {n for n in names if n.startswith("quotes_fts_fold_")}
            assert "quotes_fts_unindex" not in names
            _check(conn)
            conn.exec_driver_sql("UPDATE quotes SET text = 'Ferries to Tromsø' WHERE text LIKE '%Ƥort%'")  # fmt: skip
            _check(conn)
    with open_store(path) as store:  # and up again
        assert _hits(store, "tromso") == ["Ferries to Tromsø"]
        assert _hits(store, "hamrun") == ["The Ħamrun ferry keeps its winter timetable"]


def test_fl02_rekeys_names_written_before(db_url: str) -> None:
    """Actors stored at ``ft01``, when the fold kept ``ħ`` in the name key and the actors'
    fold dropped it: after the upgrade a plain spelling finds them and a new article's
    "Ħamid Ƙader" meets the stored actor instead of making a second one."""
    cfg = migrate.alembic_config()
    person = Actor("a1", "Ħamid Ƙader", "person", "XVL", [], [])
    with open_store(db_url) as store:
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "ft01")
        store.add_record(_named(person))
        with store.engine.begin() as conn:
            # write the keys as the code before made them
            conn.execute(text("UPDATE actors SET folded_name = 'ħamid ƙader'"))
            conn.execute(text("UPDATE actor_names SET key = 'amid ader', surname = 'ader', prefix = 'ade'"))  # fmt: skip
    with open_store(db_url) as store:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert [a.name for a in store.actors(name="hamid kader")] == ["Ħamid Ƙader"]
        with store.session() as session:
            keys = set(session.scalars(select(ActorNameRow.key)))
            assert name_key("Ħamid Ƙader") in keys
        store.add_record(_named(Actor("a1", "Ħamid Ƙader", "person", "XVL", [], [])))
        with store.session() as session:
            assert len(session.scalars(select(ActorRow.id)).all()) == 1
