"""Quote-text search folds the letters NFKD leaves whole (``ı ø ł æ œ đ ð þ ß``) on SQLite
as PostgreSQL's ``unaccent`` does: ``lodz`` finds "Łódź", ``osterbro`` "Østerbro", ``kirikkale``
"Kırıkkale", on a new store and on one indexed before migration ``ft01``; the FTS5 index stays
consistent with its content through inserts, updates and deletes. Both backends.

Every statement is a fictional speaker's (the factory's "Ána Voss"); the words are places.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from onrecord.letters import SPLIT_BY_NFKD, UNDECOMPOSED
from onrecord.store import Store, migrate, open_store
from onrecord.store.fulltext import FTS5, FTS_LETTERS, TSVECTOR, fts5_match, fts_fold
from tests.conftest import build_record

# statement -> the searches that must find it (plain spellings, the letters, capitals)
STATEMENTS = {
    "The Łódź tram depot stays open through the winter": [
        "lodz", "LODZ", "Łódź", "ŁÓDŹ", "łódź", "lódz", "lodz tram",
    ],
    "Ferries to Østerbro resume on Monday": [
        "osterbro", "Østerbro", "ØSTERBRO", "østerbro ferries",
    ],
    "The Kırıkkale road will be repaired by spring": ["kirikkale", "Kırıkkale", "KIRIKKALE"],
    "Every boat from Ærø and Færøerne keeps sailing": [
        "aero", "Ærø", "ÆRØ", "faeroerne", "færøerne",
    ],
    "Their œuvre is a matter for the commission": ["oeuvre", "œuvre", "ŒUVRE"],
    "The Đakovo and Guðrún bridges stay shut": [
        "dakovo", "Đakovo", "ĐAKOVO", "gudrun", "GUÐRÚN",
    ],
    "Þingvellir talks resume on the Hauptstraße at ten": [
        "thingvellir", "Þingvellir", "þingvellir", "hauptstrasse", "Hauptstraße", "HAUPTSTRAẞE",
    ],
    "We will keep the border open to every convoy": ["convoy", "border open"],
}  # fmt: skip
MISSES = ["lodzx", "oster", "kirik", "aer", "ae", "the depot ferries"]


def _records() -> list:
    return [build_record(statement=s, extra=f" Note {i}.") for i, s in enumerate(STATEMENTS)]


def _hits(store: Store, words: str) -> list[str]:
    return sorted(h.text for h in store.quotes(search=words))


def _check(conn: sqlite3.Connection | object) -> None:
    """FTS5's integrity check, comparing the index with its external content too (rank 1)."""
    sql = "INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)"
    if isinstance(conn, sqlite3.Connection):
        conn.execute(sql)
    else:
        conn.exec_driver_sql(sql)  # type: ignore[attr-defined]


@pytest.fixture
def lite(tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "fts.db")) as store:
        yield store


def test_fts_letters_are_the_letter_table_and_the_splits() -> None:
    assert FTS_LETTERS == {**UNDECOMPOSED, **SPLIT_BY_NFKD}
    assert {"Ð", "Þ", "ẞ", "Ł", "Ø", "Æ"} <= set(FTS_LETTERS)
    # the capitals of the table's letters are in it, where the letter's name gives a capital
    for letter, plain in FTS_LETTERS.items():
        if letter.upper() in FTS_LETTERS and len(letter.upper()) == 1:
            assert FTS_LETTERS[letter.upper()].lower() == plain.lower(), letter


def test_the_newest_index_migration_holds_the_letters_the_queries_fold() -> None:
    """``fl02``'s frozen copy equals the table the query fold uses: a change to
    ``onrecord.letters`` fails here until a migration re-indexes with the new table. Its copy
    of ``ft01``'s letters, for the downgrade, is ``ft01``'s own."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    fl02 = script.get_revision("fl02").module
    assert fl02._LETTERS == FTS_LETTERS
    assert fl02._FT01 == script.get_revision("ft01").module._LETTERS


def test_fts5_match_folds_the_words_and_keeps_them_quoted() -> None:
    assert fts_fold("Wałęsa ØRN Þór Straße") == "Walęsa ORN THór Strasse"
    assert fts5_match(["Łódź", 'a"b', "OR"]) == '"Lódź" "a""b" "OR"'


def test_search_finds_the_letters_from_plain_spellings_and_themselves(store: Store) -> None:
    assert store.has_fts in (FTS5, TSVECTOR)
    for record in _records():
        store.add_record(record)
    for statement, searches in STATEMENTS.items():
        for words in searches:
            assert _hits(store, words) == [statement], (store.has_fts, words)
    for words in MISSES:
        assert _hits(store, words) == [], (store.has_fts, words)
    # the dense path (more matches than a page; planner steered) folds the same words
    from onrecord.store.fulltext import count_matches

    if store.has_fts == FTS5:
        with store.session() as session:
            assert count_matches(session, FTS5, ["LODZ"], 10) == 1
            assert count_matches(session, FTS5, ["Łódź", "tram"], 10) == 1


@pytest.mark.postgres
def test_sqlite_and_postgresql_give_the_same_hits(lite: Store, pg_url: str) -> None:
    """Every word of the statements, in its own spelling, folded by hand, upper-cased and
    lower-cased, alone and with the next word: the same hits on both backends."""
    import re

    with open_store(pg_url) as pg:
        for record in _records():
            lite.add_record(record)
            pg.add_record(record)
        queries: set[str] = set()
        for statement, searches in STATEMENTS.items():
            words = re.findall(r"\w+", statement)
            for w in words:
                queries |= {w, w.lower(), w.upper(), fts_fold(w).lower()}
            queries |= {f"{a} {b}" for a, b in zip(words, words[1:])}
            queries |= set(searches)
        queries |= set(MISSES)
        mismatched = [q for q in sorted(queries) if _hits(lite, q) != _hits(pg, q)]
        assert not mismatched, mismatched
        assert sum(bool(_hits(lite, q)) for q in queries) > 100


def _raw_match(conn: object, query: str) -> list[int]:
    """Rowids of an FTS5 query as written, with no fold (``conn``: a SQLAlchemy connection)."""
    rows = conn.execute(  # type: ignore[attr-defined]
        text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :q ORDER BY rowid"), {"q": query}
    )
    return [r[0] for r in rows]


def test_ft01_upgrades_an_index_written_before_and_keeps_it_consistent(tmp_path: Path) -> None:
    """A store whose statements were indexed by 0001's triggers (raw text, content ``quotes``):
    opened, it is upgraded and finds the letters by their plain spellings; deleting and editing
    statements afterwards (through the app's engine and through a plain ``sqlite3`` client,
    which has no function of the app) keeps the index equal to its content."""
    path = str(tmp_path / "before.db")
    cfg = migrate.alembic_config()
    with open_store(path) as store:
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "fl01")
        for record in _records():
            # No events: the running code writes events' ev11 columns, which this older
            # revision's events table does not have (the statements are what is tested).
            record.events = []
            store.add_record(record)  # indexed by the old triggers
        with store.engine.connect() as conn:
            assert (
                conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'")
                .scalar_one()
                .count("content='quotes'")
            )
            assert _raw_match(conn, '"lodz"') == []  # the old index: "łodz"
            assert len(_raw_match(conn, '"łódź"')) == 1
            _check(conn)
    with open_store(path) as store:  # upgraded on open
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        for statement, searches in STATEMENTS.items():
            for words in searches:
                assert _hits(store, words) == [statement], words
        with store.engine.begin() as conn:
            _check(conn)
            lodz = conn.exec_driver_sql("SELECT id FROM quotes WHERE text LIKE '%tram%'").scalar()
            # an article deleted: its statement leaves the index (cascade, delete trigger)
            conn.exec_driver_sql(
                "DELETE FROM articles WHERE id = (SELECT article_id FROM quotes WHERE id = ?)",
                (lodz,),
            )
            # a statement's text edited: the old words leave the index, the new ones enter it
            conn.exec_driver_sql(
                "UPDATE quotes SET text = 'Ferries to Tromsø resume' WHERE text LIKE '%Østerbro%'"
            )
            _check(conn)
        assert _hits(store, "lodz") == [] and _hits(store, "Łódź") == []
        assert _hits(store, "osterbro") == []
        assert _hits(store, "tromso") == ["Ferries to Tromsø resume"]
    # a client with none of the app's functions writes through the triggers too
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute(
            "UPDATE quotes SET text = 'Ships from Ålesund and Bodø' WHERE text LIKE '%Kırıkkale%'"
        )
        con.execute("DELETE FROM quotes WHERE text LIKE '%œuvre%'")
        con.commit()
        _check(con)
        con.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")  # reads the view
        _check(con)
    finally:
        con.close()
    with open_store(path) as store:
        assert _hits(store, "bodo alesund") == ["Ships from Ålesund and Bodø"]
        assert _hits(store, "kirikkale") == [] and _hits(store, "oeuvre") == []
        assert _hits(store, "aero") == ["Every boat from Ærø and Færøerne keeps sailing"]


def test_ft01_downgrade_restores_the_raw_index_and_upgrades_again(tmp_path: Path) -> None:
    path = str(tmp_path / "down.db")
    cfg = migrate.alembic_config()
    with open_store(path) as store:
        for record in _records():
            store.add_record(record)
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "fl01")
            names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
            assert "quotes_fts_content" not in names
            assert {
                "quotes_fts",
                "quotes_fts_insert",
                "quotes_fts_delete",
                "quotes_fts_update",
            } <= names
            _check(conn)  # 0001's index: the raw text of ``quotes``
            assert _raw_match(conn, '"lodz"') == []
            assert len(_raw_match(conn, '"łódź"')) == 1
            conn.exec_driver_sql(
                "UPDATE quotes SET text = 'Ferries to Tromsø resume' WHERE text LIKE '%Østerbro%'"
            )
            _check(conn)
            assert len(_raw_match(conn, '"tromsø"')) == 1
    with open_store(path) as store:  # and up again
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert _hits(store, "tromso") == ["Ferries to Tromsø resume"]
        assert _hits(store, "lodz") == ["The Łódź tram depot stays open through the winter"]
        with store.engine.connect() as conn:
            _check(conn)


@pytest.mark.postgres
def test_ft01_is_a_no_op_on_postgresql(pg_url: str) -> None:
    with open_store(pg_url) as store, store.engine.connect() as conn:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM pg_views WHERE viewname = 'quotes_fts_content'"
            ).scalar_one()
            == 0
        )
