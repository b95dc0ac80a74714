"""Full-text search over statements on both backends, with the same hits.

- **SQLite**: an FTS5 table (``quotes_fts``, migration 0001) with the ``unicode61`` tokenizer and
  diacritics removed, kept current by triggers. The tokenizer removes only the accents Unicode
  decomposes, so the letters it leaves whole (``ı ø ł æ œ đ ð þ ß ħ ŋ ƙ ﬁ`` ...,
  :data:`FTS_LETTERS`) are replaced before the text is indexed, in plain SQL (``replace()`` in a
  chain of views the triggers read: any SQLite client may write, the plain ``sqlite3`` shell
  too), and in the query's words (:func:`fts5_match`); the index's content is the view
  ``quotes_fts_content``, the folded text (migrations ``ft01`` and ``fl02``).
- **PostgreSQL**: a GIN index over ``to_tsvector('simple', onrecord_fold(text))`` (migration
  pg01). The ``simple`` configuration lower-cases and never stems, and ``onrecord_fold`` removes
  accents (the ``unaccent`` extension), so a word finds what FTS5 finds: whole words, any case,
  any accents. ``unaccent`` maps the letters of :data:`FTS_LETTERS` as the SQLite side does
  (checked letter by letter on a server: ``tests/store/test_letters_unaccent.py``).

User input is never read as query syntax: on SQLite every word is quoted; on PostgreSQL the
words go through ``plainto_tsquery``, which reads only words (all required).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Integer, column, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from onrecord.letters import SPLIT_BY_NFKD, UNDECOMPOSED

FTS5 = "fts5"
TSVECTOR = "tsvector"
#: The indexed expression; a query must use it verbatim for PostgreSQL to use the index.
PG_DOCUMENT = "to_tsvector('simple'::regconfig, onrecord_fold(quotes.text))"
PG_QUERY = "plainto_tsquery('simple'::regconfig, onrecord_fold(:fts_words))"


#: The letters FTS5's ``unicode61`` tokenizer leaves whole, with their plain spellings: the
#: store's table (:data:`onrecord.letters.UNDECOMPOSED`, capitals included) and the ligatures
#: and digraphs the tokenizer does not split (:data:`onrecord.letters.SPLIT_BY_NFKD`). No other
#: capital: PostgreSQL lower-cases after ``unaccent``, so a capital ``unaccent`` leaves whole
#: stays unfolded there (``Ƞ`` is ``ƞ``, not ``n``), as it does here once the tokenizer has
#: lower-cased it. The SQLite triggers replace exactly these (migration ``fl02`` holds a frozen
#: copy; a test keeps the two equal), and so does :func:`fts_fold` for a query's words.
FTS_LETTERS: dict[str, str] = {**UNDECOMPOSED, **SPLIT_BY_NFKD}
_FTS_FOLD = str.maketrans(FTS_LETTERS)


def fts_fold(word: str) -> str:
    """``word`` with the letters of :data:`FTS_LETTERS` replaced, as the index holds them:
    "Wałęsa" -> "Walęsa" (the tokenizer removes the ogonek)."""
    return word.translate(_FTS_FOLD)


def detect(engine: Engine) -> str | bool:
    """Which full-text index the database has: :data:`FTS5`, :data:`TSVECTOR` or False
    (searches then fall back to ``ILIKE``)."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            found = conn.execute(
                text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'quotes_fts'")
            ).first()
            return FTS5 if found else False
        if engine.dialect.name == "postgresql":
            found = conn.execute(
                text(
                    "SELECT 1 FROM pg_indexes WHERE indexname = 'ix_quotes_text_fts' AND schemaname = current_schema()"
                )
            ).first()
            return TSVECTOR if found else False
    return False


def fts5_match(words: Sequence[str]) -> str:
    """An FTS5 query requiring every word; each is quoted so none is read as syntax, and folded
    as the indexed text is (:func:`fts_fold`)."""
    return " ".join('"' + fts_fold(w).replace('"', '""') + '"' for w in words)


def match_clause(
    kind: str | bool, words: Sequence[str], *, dense: bool = False
) -> ColumnElement[bool]:
    """``quotes.id`` matches all ``words`` in the full-text index of ``kind``.

    With ``dense`` on SQLite the membership test is hidden from the planner (``+quotes.id``)
    so it walks articles in date order and stops after a page instead of sorting every match.
    """
    from onrecord.store.schema import QuoteRow

    if kind == TSVECTOR:
        clause = text(f"{PG_DOCUMENT} @@ {PG_QUERY}").bindparams(fts_words=" ".join(words))
        return clause.self_group()  # type: ignore[return-value]
    if dense:
        clause = text(
            "+quotes.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :dense_match)"
        )
        return clause.bindparams(dense_match=fts5_match(words)).self_group()  # type: ignore[return-value]
    ids = text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :match").bindparams(
        match=fts5_match(words)
    )
    return QuoteRow.id.in_(ids.columns(column("rowid", Integer)))


def count_matches(session: Session, kind: str | bool, words: Sequence[str], cap: int) -> int:
    """How many statements match ``words``, counting no further than ``cap``."""
    if kind == TSVECTOR:
        probe = text(
            f"SELECT count(*) FROM (SELECT 1 FROM quotes WHERE {PG_DOCUMENT} @@ {PG_QUERY} LIMIT :cap) AS m"
        )
        return int(
            session.execute(probe.bindparams(fts_words=" ".join(words), cap=cap)).scalar_one()
        )
    probe = text(
        "SELECT count(*) FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :match LIMIT :cap)"
    )
    return int(session.execute(probe.bindparams(match=fts5_match(words), cap=cap)).scalar_one())
