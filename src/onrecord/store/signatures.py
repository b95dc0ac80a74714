"""MinHash signatures shared by story clusters and quote lineage.

Both groupings estimate the Jaccard similarity of two shingle sets with a MinHash and store
the signatures, so the LSH indexes can be rebuilt from the database. The helpers live here,
below both :mod:`onrecord.store.clusters` and :mod:`onrecord.store.lineage`, so neither
imports the other.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

if TYPE_CHECKING:
    from datasketch import LeanMinHash

    from onrecord.store.core import Store

T = TypeVar("T")

SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 1
_WORDS = re.compile(r"\w+", re.UNICODE)
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold_text(text: str) -> str:
    """Like :func:`~onrecord.store.identity.fold` for whole articles, but fast: the
    combining marks go in one regex pass instead of a Python loop over every character."""
    if text.isascii():
        return text.casefold()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def shingles(text: str, size: int = SHINGLE_WORDS) -> list[bytes]:
    """The word shingles of a text (folded case and accents), as bytes for hashing.

    A text shorter than ``size`` words is one shingle.

    Example:
        >>> [s.decode() for s in shingles("Ána Voss met Teo Marr today", size=5)]
        ['ana voss met teo marr', 'voss met teo marr today']
    """
    words = _WORDS.findall(fold_text(text))
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")] if words else []
    return list(
        {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}
    )


_TEMPLATES: dict[int, Any] = {}


def minhash(items: Iterable[bytes], num_perm: int = NUM_PERM) -> LeanMinHash:
    """A MinHash signature of byte strings (permutations are built once per size)."""
    from datasketch import LeanMinHash, MinHash

    template = _TEMPLATES.get(num_perm)
    if template is None:
        template = _TEMPLATES[num_perm] = MinHash(num_perm=num_perm, seed=SEED)
    m = MinHash(
        num_perm=num_perm, seed=SEED, permutations=template.permutations, scheme=template.scheme
    )
    m.update_batch(list(items))
    return LeanMinHash(m)


def to_bytes(sig: LeanMinHash) -> bytes:
    """A signature as stored: its hash values as little-endian uint32 (values fit 32 bits)."""
    return np.asarray(sig.hashvalues, dtype="<u4").tobytes()


def from_bytes(data: bytes) -> LeanMinHash:
    """The signature :func:`to_bytes` stored."""
    from datasketch import LeanMinHash

    values = np.frombuffer(data, dtype="<u4").astype(np.uint64)
    return LeanMinHash(seed=SEED, hashvalues=values, scheme="affine32")


def per_store(build: Callable[[Store], T]) -> Callable[[Store], T]:
    """A getter of one ``build(store)`` per open store, built on first use and dropped with
    the store (the story and quote LSH indexes are kept this way)."""
    made: weakref.WeakKeyDictionary[Store, T] = weakref.WeakKeyDictionary()
    lock = threading.Lock()

    def get(store: Store) -> T:
        with lock:
            if store not in made:
                made[store] = build(store)
            return made[store]

    return get
