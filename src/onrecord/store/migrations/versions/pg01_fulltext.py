"""Full-text search on PostgreSQL: a GIN index with the hits of SQLite's FTS5 (PostgreSQL only).

SQLite got its FTS5 table in 0001. On PostgreSQL this adds ``onrecord_fold(text)`` (lower case,
accents removed through the ``unaccent`` extension when the server has it, punctuation made a
word break) and a GIN index
over ``to_tsvector('simple', onrecord_fold(text))`` on ``quotes``: whole words, no stemming, like
FTS5's ``unicode61`` tokenizer with ``remove_diacritics``. See ``onrecord.store.fulltext``.
Also an index on articles in listing order (newest first, undated last).
Nothing changes on SQLite.

Revision ID: pg01
Revises: f25f91f040b0
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "pg01"
down_revision: str | Sequence[str] | None = "f25f91f040b0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Punctuation becomes a space, so "10.30", "a.m." or "pull-back" are split into words as FTS5
# splits them (PostgreSQL's parser would keep numbers, hosts and abbreviations whole).
# IMMUTABLE so an index may use it; unaccent's dictionary is named explicitly, which is what
# makes the wrapper safe to declare immutable (the one-argument form depends on search_path).
_FOLD_UNACCENT = """
CREATE OR REPLACE FUNCTION onrecord_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT regexp_replace(lower({schema}.unaccent('{schema}.unaccent'::regdictionary, value)), '[[:punct:]]+', ' ', 'g') $$
"""
_FOLD_PLAIN = """
CREATE OR REPLACE FUNCTION onrecord_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT regexp_replace(lower(value), '[[:punct:]]+', ' ', 'g') $$
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    available = bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'").first()
    if available:
        op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        schema = bind.exec_driver_sql(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'unaccent'"
        ).scalar_one()
        op.execute(_FOLD_UNACCENT.format(schema=schema))
    else:
        op.execute(_FOLD_PLAIN)
    op.execute(
        "CREATE INDEX ix_quotes_text_fts ON quotes "
        "USING gin (to_tsvector('simple'::regconfig, onrecord_fold(text)))"
    )
    # Listings are newest first with undated articles last; PostgreSQL reads this index in that
    # order (SQLite's planner needs no such index). A search page on 100,000 statements: the
    # planner walks it and stops after a page (137 -> 60 ms measured under load) instead of
    # sorting every article.
    op.execute("CREATE INDEX ix_articles_published_desc ON articles (published_date DESC NULLS LAST, id)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_articles_published_desc")
    op.execute("DROP INDEX IF EXISTS ix_quotes_text_fts")
    op.execute("DROP FUNCTION IF EXISTS onrecord_fold(text)")
