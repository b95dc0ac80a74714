"""Stored name keys fold the letters NFKD leaves whole: "yildirim" finds "Binali Yıldırım".

:func:`onrecord.store.identity.fold` dropped accents (NFKD, then the combining marks), so
``ı ø ł æ œ đ ð þ`` stayed in the keys: ``onrecord actors --name yildirim`` missed "Binali
Yıldırım", ``lokke`` missed "Lars Løkke Rasmussen". It now replaces them too
(:data:`onrecord.letters.UNDECOMPOSED_FOLDED`), after case folding, so a key folded before is
brought to the new fold by replacing those letters in the key itself
(:func:`onrecord.store.identity.refold`; this revision holds a frozen copy of the letters, as
they were then). This re-keys the rows holding one of them:

- ``actors.folded_name``; ``quotes.speaker_key``, ``addressee_key``, ``speaker_names``,
  ``addressee_names``: one ``UPDATE ... SET col = replace(...)`` per column;
- ``actor_aliases.key`` and ``actor_titles.key``, unique per actor: two spellings the old fold
  kept apart ("Yildirim", "Yıldırım") are one key now. As the store merges them when it adds
  a name (:func:`onrecord.store.actors.merge_aliases`, :func:`~onrecord.store.actors.merge_titles`),
  the first stored row (lowest id) stays; a title keeps the widest first/last seen and the
  first known country of the rows it absorbs;
- ``quote_lineage.key`` (a quote's wording, folded): with its signature and, for a wording
  that has them, its LSH buckets (``quote_buckets``). Clusters are not recomputed.

The downgrade leaves the keys as they are: the code before this revision still finds a name
typed with the plain letters, not one typed with the special ones.

Revision ID: fl01
Revises: an01
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "fl01"
down_revision: str | Sequence[str] | None = "an01"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 2000
# ``onrecord.letters.UNDECOMPOSED_FOLDED`` as it was at this revision: the table grew since
# (migration fl02), and this revision must re-key with the letters it was written for.
UNDECOMPOSED_FOLDED: dict[str, str] = {
    "ı": "i",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "đ": "d",
    "ł": "l",
    "ð": "d",
    "þ": "th",
}
_REFOLD = str.maketrans(UNDECOMPOSED_FOLDED)
# Plain text columns re-keyed in place, by SQL.
_COLUMNS = (
    ("actors", "folded_name"),
    ("quotes", "speaker_key"),
    ("quotes", "addressee_key"),
    ("quotes", "speaker_names"),
    ("quotes", "addressee_names"),
)
_ALIASES = sa.table("actor_aliases", sa.column("id"), sa.column("actor_id"), sa.column("key"))
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


def _affected(column: Any) -> Any:
    """``column`` holds one of the letters (LIKE: exact for non-ASCII letters on both backends)."""
    return sa.or_(*(column.like(f"%{letter}%") for letter in UNDECOMPOSED_FOLDED))


def _refolded(column: Any) -> Any:
    """``column`` with the letters replaced, in SQL (``replace`` on both backends)."""
    out = column
    for letter, plain in UNDECOMPOSED_FOLDED.items():
        out = sa.func.replace(out, letter, plain)
    return out


def refold(key: str) -> str:
    """A key folded before this revision, folded with its letters replaced."""
    return key.translate(_REFOLD)


def _batches(rows: list[dict[str, Any]]) -> Sequence[list[dict[str, Any]]]:
    return [rows[start : start + _BATCH] for start in range(0, len(rows), _BATCH)]


def _rekey_columns(bind: sa.Connection) -> None:
    for table_name, name in _COLUMNS:
        table = sa.table(table_name, sa.column(name))
        column = table.c[name]
        bind.execute(sa.update(table).where(_affected(column)).values({name: _refolded(column)}))


def _rekey_unique(bind: sa.Connection, table: Any, merge: Any = None) -> None:
    """Re-key ``table`` (``actor_id``, ``key`` unique): of the rows of one actor that share a
    new key, the lowest id stays, ``merge(kept, others)`` gives its other new values."""
    actors = sa.select(table.c.actor_id).where(_affected(table.c.key)).distinct()
    groups: dict[tuple[int, str], list[Any]] = {}
    stmt = sa.select(table).where(table.c.actor_id.in_(actors)).order_by(table.c.id)
    for row in bind.execute(stmt).mappings():
        groups.setdefault((row["actor_id"], refold(row["key"])), []).append(row)
    gone: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for (_, key), (kept, *others) in groups.items():
        gone += [{"row": other["id"]} for other in others]
        values = merge(kept, others) if merge is not None and others else {}
        if key != kept["key"] or values:
            changed.append(
                {
                    "row": kept["id"],
                    **{c: kept[c] for c in _merge_columns(table)},
                    **values,
                    "new_key": key,
                }
            )
    delete = sa.delete(table).where(table.c.id == sa.bindparam("row"))
    for batch in _batches(gone):
        bind.execute(delete, batch)
    update = (
        sa.update(table)
        .where(table.c.id == sa.bindparam("row"))
        .values(
            key=sa.bindparam("new_key"),
            **{c: sa.bindparam(c) for c in _merge_columns(table)},
        )
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
        sa.select(_LINEAGE.c.quote_id, _LINEAGE.c.key).where(_affected(_LINEAGE.c.key))
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


def upgrade() -> None:
    bind = op.get_bind()
    _rekey_columns(bind)
    _rekey_unique(bind, _ALIASES)
    _rekey_unique(bind, _TITLES, _merge_titles)
    _rekey_lineage(bind)


def downgrade() -> None:
    """Keys stay folded the new way (see the module's text)."""
