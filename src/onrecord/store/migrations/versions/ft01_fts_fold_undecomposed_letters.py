"""SQLite's full-text index folds the letters NFKD leaves whole: "walesa" finds "Wałęsa".

FTS5's ``unicode61`` tokenizer (``remove_diacritics 2``, migration 0001) removes the
accents Unicode decomposes, not ``ı ø ł æ œ đ ð þ ß``: on SQLite ``walesa`` missed "Wałęsa",
``lokke`` "Løkke", ``yildirim`` "Yıldırım", which PostgreSQL's search (``unaccent``, pg01)
finds. The
index now holds the text with those letters (and their capitals) replaced, in plain SQL (nested
``replace()``, so any SQLite client can still write to ``quotes``, the ``sqlite3`` shell too);
the query's words are replaced the same way (``onrecord.store.fulltext.fts_fold``).

Upgrade (SQLite with FTS5; nothing elsewhere):

- the view ``quotes_fts_content`` (``id``, the folded ``text`` of ``quotes``) becomes the FTS5
  table's external content, so the index and its declared content agree: FTS5's ``rebuild``
  and ``integrity-check`` (with the content check) read the folded text, not the raw one;
- ``quotes_fts`` is made again with that content, its three triggers index (and, on delete and
  update, remove) the folded text, and ``rebuild`` indexes the stored statements.

Downgrade: the index of 0001 again (content ``quotes``, the raw text, its triggers), rebuilt;
the view is dropped.

The letters are a frozen copy (:data:`_LETTERS`) of ``onrecord.store.fulltext.FTS_LETTERS`` as
of this revision, so this migration does the same whatever the code becomes; a test checks that
the two are equal (changing the table needs a migration that re-indexes).

Revision ID: ft01
Revises: fl01
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "ft01"
down_revision: str | Sequence[str] | None = "fl01"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# onrecord.letters.UNDECOMPOSED and the capitals that lower-case to its letters.
_LETTERS: dict[str, str] = {
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
_TOKENIZE = "tokenize='unicode61 remove_diacritics 2'"
_DROP = (
    "DROP TRIGGER IF EXISTS quotes_fts_insert",
    "DROP TRIGGER IF EXISTS quotes_fts_delete",
    "DROP TRIGGER IF EXISTS quotes_fts_update",
    "DROP TABLE quotes_fts",
)
# 0001's index, for the downgrade.
_RAW = (
    f"CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', "
    f"{_TOKENIZE})",
    "CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
)


def _fold(column: str) -> str:
    """``column`` with every letter of :data:`_LETTERS` replaced, in SQLite SQL."""
    out = column
    for letter, plain in _LETTERS.items():
        out = f"replace({out}, '{letter}', '{plain}')"
    return out


def _folded() -> tuple[str, ...]:
    new, old = _fold("new.text"), _fold("old.text")
    return (
        f"CREATE VIEW quotes_fts_content AS SELECT id, {_fold('text')} AS text FROM quotes",
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


def _has_index() -> bool:
    """A SQLite store with the FTS5 index (0001 made none where SQLite lacks FTS5)."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    found = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'quotes_fts'"
    ).first()
    return found is not None


def _replace_index(statements: Sequence[str]) -> None:
    for statement in (*_DROP, *statements):
        op.execute(statement)
    op.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")


def upgrade() -> None:
    if _has_index():
        _replace_index(_folded())


def downgrade() -> None:
    if _has_index():
        _replace_index(("DROP VIEW IF EXISTS quotes_fts_content", *_RAW))
