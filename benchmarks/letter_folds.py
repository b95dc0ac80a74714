"""Which Latin letters quote-text search folds differently on SQLite and PostgreSQL.

For every Latin letter of the Latin blocks (Latin-1 Supplement to Latin Extended-E, IPA, the
ligatures ﬀ-ﬆ), the word a search reads is compared on both backends, each through its real
code path: on SQLite the letter as the store indexes and queries it (``fts_fold``, then FTS5's
``unicode61`` tokenizer with diacritics removed, read back with ``fts5vocab``); on PostgreSQL
``to_tsvector('simple', onrecord_fold(letter))`` in a freshly migrated store (``unaccent``).
It also counts the letters whose name key (``onrecord.store.identity.fold``) differs from
``lower(unaccent(letter))``.

    .venv/bin/python benchmarks/letter_folds.py              # a throwaway cluster of its own
    .venv/bin/python benchmarks/letter_folds.py --pg-url postgresql+psycopg://... --list

Run it with another checkout's ``src`` first on ``PYTHONPATH`` to measure that code.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BLOCKS = {
    "Latin-1 Supplement": (0x00C0, 0x00FF),
    "Latin Extended-A": (0x0100, 0x017F),
    "Latin Extended-B": (0x0180, 0x024F),
    "IPA Extensions": (0x0250, 0x02AF),
    "Phonetic Extensions": (0x1D00, 0x1DBF),
    "Latin Extended Additional": (0x1E00, 0x1EFF),
    "Latin Extended-C": (0x2C60, 0x2C7F),
    "Latin Extended-D": (0xA720, 0xA7FF),
    "Latin Extended-E": (0xAB30, 0xAB6F),
    "Latin ligatures": (0xFB00, 0xFB06),
}


def latin_letters() -> list[tuple[str, str]]:
    """(block, letter) for every Latin letter of :data:`BLOCKS`."""
    return [
        (block, chr(code))
        for block, (start, end) in BLOCKS.items()
        for code in range(start, end + 1)
        if unicodedata.category(chr(code)).startswith("L")
        and "LATIN" in unicodedata.name(chr(code), "")
    ]


def sqlite_words(letters: list[str]) -> list[str]:
    """The words FTS5 indexes for each letter, folded as the store folds it (space-joined)."""
    from onrecord.store.fulltext import fts_fold

    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    con.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    con.executemany(
        "INSERT INTO t(rowid, x) VALUES (?, ?)",
        [(i, fts_fold(letter)) for i, letter in enumerate(letters)],
    )
    words: dict[int, list[str]] = {}
    for term, doc in con.execute("SELECT term, doc FROM v ORDER BY doc, offset"):
        words.setdefault(doc, []).append(term)
    return [" ".join(words.get(i, [])) for i in range(len(letters))]


def postgres_words(url: str, letters: list[str]) -> list[tuple[str, str]]:
    """(the words the GIN index holds, ``lower(unaccent(letter))``) for each letter, in a
    migrated store at ``url``."""
    from sqlalchemy import text

    from onrecord.store import open_store

    sql = text(
        "SELECT array_to_string(tsvector_to_array(to_tsvector('simple', onrecord_fold(l))), ' '),"
        " lower(unaccent(l)) FROM unnest(CAST(:letters AS text[])) WITH ORDINALITY AS u(l, n)"
        " ORDER BY n"
    )
    with open_store(url) as store, store.engine.connect() as conn:
        return [(row[0], row[1]) for row in conn.execute(sql, {"letters": letters})]


def measure(url: str, *, show: bool) -> int:
    from onrecord.store.identity import fold

    pairs = latin_letters()
    letters = [letter for _, letter in pairs]
    lite = sqlite_words(letters)
    pg = postgres_words(url, letters)
    search = Counter()
    keys = 0
    for (block, letter), sqlite_word, (pg_word, unaccented) in zip(pairs, lite, pg, strict=True):
        if sqlite_word != pg_word:
            search[block] += 1
            if show:
                name = unicodedata.name(letter)
                print(
                    f"U+{ord(letter):04X} {letter} {name:<58} sqlite={sqlite_word!r} pg={pg_word!r}"
                )
        keys += fold(letter) != unaccented
    print(f"Latin letters: {len(letters)}")
    for block in BLOCKS:
        print(f"  {block:<26} {search[block]:4d} fold differently")
    print(f"search folds differently on the two backends: {sum(search.values())}")
    print(f"name key differs from lower(unaccent()): {keys}")
    return sum(search.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pg-url", help="an empty PostgreSQL database (default: a throwaway cluster)"
    )
    parser.add_argument("--list", action="store_true", help="print every letter that differs")
    args = parser.parse_args()
    if args.pg_url:
        measure(args.pg_url, show=args.list)
        return 0
    from tests.pg_cluster import start_cluster

    cluster = start_cluster()
    try:
        measure(cluster.create_database("letters"), show=args.list)
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
