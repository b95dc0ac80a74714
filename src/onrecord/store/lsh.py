"""Locality-sensitive hashing of MinHash signatures, with the buckets stored in the database.

A MinHash signature of ``num_perm`` values is cut into ``b`` bands of ``r`` values (``b`` and
``r`` chosen for a Jaccard threshold as datasketch's ``MinHashLSH`` chooses them); two
signatures that agree on every value of at least one band are candidates. Each band's slice is
hashed to a signed 64-bit integer; an item's ``b`` (band, bucket) pairs are rows of an indexed
table (:mod:`onrecord.store.schema_lsh`), so a lookup is one indexed query and every writer, in
any process or on any machine, sees every item already stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import numpy as np
from sqlalchemy import Table, and_, insert, or_, select
from sqlalchemy.engine import Connection


@lru_cache(maxsize=16)
def band_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """``(bands, rows)`` for a Jaccard ``threshold`` (datasketch's choice, equal weights)."""
    from datasketch.lsh import _optimal_param

    b, r = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(b), int(r)


def band_keys(hashvalues: Any, threshold: float, num_perm: int) -> list[tuple[int, int]]:
    """The (band, bucket) pairs of a signature's hash values."""
    b, r = band_shape(threshold, num_perm)
    values = np.asarray(hashvalues, dtype="<u4")
    keys = []
    for band in range(b):
        digest = hashlib.blake2b(
            values[band * r : (band + 1) * r].tobytes(), digest_size=8
        ).digest()
        keys.append((band, int.from_bytes(digest, "little", signed=True)))
    return keys


def candidates(conn: Connection, table: Table, item: str, keys: list[tuple[int, int]]) -> list[Any]:
    """Items of ``table`` (column ``item``) sharing at least one bucket with ``keys``."""
    if not keys:
        return []
    stmt = select(table.c[item]).where(bucket_clause(table, keys)).distinct()
    return list(conn.execute(stmt).scalars())


def bucket_clause(table: Table, keys: Iterable[tuple[int, int]]) -> Any:
    """``WHERE`` rows of ``table`` in any of these (band, bucket) pairs.

    Written as ``band = ? AND bucket IN (...)`` terms, one per band, joined by OR, not as a
    row-value ``IN``: SQLite answers the ``IN`` form by scanning the whole table, and this
    one by primary-key searches (PostgreSQL does either with index scans).
    """
    by_band: dict[int, set[int]] = {}
    for band, bucket in keys:
        by_band.setdefault(band, set()).add(bucket)
    return or_(
        *(_band_term(table, band, sorted(buckets)) for band, buckets in sorted(by_band.items()))
    )


def _band_term(table: Table, band: int, buckets: list[int]) -> Any:
    # A single bucket as ``=``: an expanding ``IN`` costs a re-render at every execution.
    if len(buckets) == 1:
        return and_(table.c.band == band, table.c.bucket == buckets[0])
    return and_(table.c.band == band, table.c.bucket.in_(buckets))


def store_keys(
    conn: Connection, table: Table, item: str, value: Any, keys: Iterable[tuple[int, int]]
) -> None:
    """Insert an item's buckets."""
    rows = [{"band": band, "bucket": bucket, item: value} for band, bucket in keys]
    if rows:
        conn.execute(insert(table), rows)
