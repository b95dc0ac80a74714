"""A small cache for whole-store aggregates (top dyads, alerts), valid until the store changes.

Those aggregates read every event in their range, which takes seconds on a large store, while
the home page asks for them on every visit. An entry is reused only while the store's version
(counts and highest ids of articles and events: two index lookups) is the one it was computed
at, so an ingest, a merge or a deletion is visible on the next request.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from onrecord.store import Store
from onrecord.store.articles import store_version

T = TypeVar("T")


class AggregateCache:
    """Keyed results tagged with the store version they were computed at (LRU, thread-safe)."""

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, tuple[tuple[Any, ...], Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: Store, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached value of ``key`` if the store has not changed since, else ``compute()``."""
        version = store_version(store)
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and hit[0] == version:
                self._items.move_to_end(key)
                return hit[1]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            self._items[key] = (version, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
