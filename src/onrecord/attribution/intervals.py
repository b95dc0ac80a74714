"""Interval look-ups that keep the attribution clean-up near-linear on hostile text.

The clean-up rules compare every statement with every other one ("how much of this
reported clause is direct quotation?", "is there a near-twin clause already kept?",
"which reported clause holds this quoted fragment?"). Done by scanning all statements
each time, a 30 KB text with 10,000 quotation marks cost millions of comparisons; these
structures answer the same questions from sorted positions, with exactly the same
answers.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from itertools import accumulate

from onrecord.attribution.model import Offsets


class SpanCover:
    """Total overlap of a query range with a fixed set of spans (overlaps counted per span).

    Args:
        spans: the spans; when they are disjoint (direct quotations' segments are), a query
            costs two binary searches; otherwise it falls back to summing every span.
    """

    def __init__(self, spans: Sequence[Offsets]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.ends = [e for _, e in self.spans]
        self.disjoint = all(a[1] <= b[0] for a, b in zip(self.spans, self.spans[1:]))
        self.prefix = [0, *accumulate(max(0, e - s) for s, e in self.spans)]

    def covered(self, start: int, end: int) -> int:
        """``sum(max(0, min(end, e) - max(start, s)) for s, e in spans)``."""
        if not self.disjoint:
            return sum(max(0, min(end, e) - max(start, s)) for s, e in self.spans)
        lo = bisect_right(self.ends, start)  # first span ending after start
        hi = bisect_left(self.starts, end)  # spans from here on start at or after end
        if hi <= lo:
            return 0
        total = self.prefix[hi] - self.prefix[lo]
        total -= max(0, start - self.starts[lo])  # the first span may begin before start
        total -= max(0, self.ends[hi - 1] - end)  # the last may run past end
        return max(0, total)


class Pending:
    """Indexes ``0..n-1`` still waiting for something, visited in order, each removed once.

    A "next still pending" pointer with path compression: walking a range costs the
    pending indexes in it, not the range's length.
    """

    def __init__(self, flags: Sequence[bool]) -> None:
        n = len(flags)
        self._next = list(range(n + 1))
        for i in range(n - 1, -1, -1):
            if not flags[i]:
                self._next[i] = self._next[i + 1]

    def first_from(self, i: int) -> int:
        """The first pending index ``>= i`` (``n`` when none)."""
        root = i
        while self._next[root] != root:
            root = self._next[root]
        while self._next[i] != root:  # compress the path
            self._next[i], i = root, self._next[i]
        return root

    def remove(self, i: int) -> None:
        self._next[i] = i + 1


class TwinIndex:
    """Kept spans by slot; finds the earliest-slot kept span overlapping a new one by more
    than ``share`` of the longer of the two.

    Two spans can only overlap that much when their lengths are within a factor
    ``1/share`` of each other and their starts are close, so spans are kept in buckets by
    length on a log scale, each sorted by start; a query reads a few buckets in a window.
    """

    def __init__(self, share: float = 0.8) -> None:
        self.share = share
        self._log = math.log(1 / share)
        self._buckets: dict[int, list[tuple[int, int]]] = {}  # class -> sorted (start, slot)
        self._spans: dict[int, Offsets] = {}

    def _class(self, length: int) -> int:
        return int(math.log(length) / self._log)

    @staticmethod
    def overlap(a: Offsets, b: Offsets) -> float:
        inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
        return inter / max(1, max(a[1] - a[0], b[1] - b[0]))

    def add(self, slot: int, span: Offsets) -> None:
        self._spans[slot] = span
        if span[1] - span[0] >= 1:  # an empty span overlaps nothing
            insort(self._buckets.setdefault(self._class(span[1] - span[0]), []), (span[0], slot))

    def remove(self, slot: int) -> None:
        span = self._spans.pop(slot)
        if span[1] - span[0] >= 1:
            bucket = self._buckets[self._class(span[1] - span[0])]
            del bucket[bisect_left(bucket, (span[0], slot))]

    def find(self, span: Offsets) -> int | None:
        """The smallest slot whose span overlaps ``span`` by more than the share."""
        length = span[1] - span[0]
        if length < 1:
            return None
        # the starts of two spans overlapping by more than share*M (M the longer length,
        # at most length/share) differ by less than (1 - share) * M
        reach = int((1 - self.share) * length / self.share) + 2
        k = self._class(length)
        best: int | None = None
        for c in range(k - 2, k + 3):  # lengths within the factor, with room for rounding
            bucket = self._buckets.get(c)
            if not bucket:
                continue
            i = bisect_left(bucket, (span[0] - reach, -1))
            while i < len(bucket) and bucket[i][0] <= span[0] + reach:
                slot = bucket[i][1]
                if (best is None or slot < best) and self.overlap(
                    span, self._spans[slot]
                ) > self.share:
                    best = slot
                i += 1
        return best


def widest_holders(
    spans: Sequence[Offsets], queries: Sequence[Offsets], slack: int = 0
) -> list[int | None]:
    """For each query ``(qs, qe)``, the index of the widest span ``(s, e)`` with
    ``s <= qs`` and ``qe <= e + slack`` (the first such in ``spans`` order on ties), or None.

    An offline sweep over starts with a Fenwick tree of the best width by end.
    """
    if not spans or not queries:
        return [None] * len(queries)
    ends = sorted({e for _, e in spans})
    size = len(ends)
    # tree over end ranks in reverse order, so a prefix of the tree is "end >= x"
    none = (-math.inf, 0)
    tree: list[tuple[float, int]] = [none] * (size + 1)  # (width, -index), max

    def update(rank: int, key: tuple[float, int]) -> None:
        i = size - rank
        while i <= size:
            if key > tree[i]:
                tree[i] = key
            i += i & -i

    def best_from(rank: int) -> tuple[float, int]:
        i = size - rank
        best = none
        while i > 0:
            if tree[i] > best:
                best = tree[i]
            i -= i & -i
        return best

    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    out: list[int | None] = [None] * len(queries)
    j = 0
    for q in sorted(range(len(queries)), key=lambda q: queries[q][0]):
        qs, qe = queries[q]
        while j < len(order) and spans[order[j]][0] <= qs:
            s, e = spans[order[j]]
            update(bisect_left(ends, e), (e - s, -order[j]))
            j += 1
        rank = bisect_left(ends, qe - slack)  # first end >= qe - slack
        if rank < size:
            best = best_from(rank)
            if best[0] != -math.inf:
                out[q] = -best[1]
    return out


def holder_counts(spans: Sequence[Offsets], queries: Sequence[Offsets]) -> list[int]:
    """For each query ``(qs, qe)``, how many spans ``(s, e)`` hold it: ``s <= qs`` and
    ``qe <= e``.

    An offline sweep over starts with a Fenwick tree counting the ends seen so far.
    """
    if not spans or not queries:
        return [0] * len(queries)
    ends = sorted({e for _, e in spans})
    size = len(ends)
    tree = [0] * (size + 1)  # over end ranks in reverse order: a prefix is "end >= x"

    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    out = [0] * len(queries)
    j = 0
    for q in sorted(range(len(queries)), key=lambda q: queries[q][0]):
        qs, qe = queries[q]
        while j < len(order) and spans[order[j]][0] <= qs:
            i = size - bisect_left(ends, spans[order[j]][1])
            while i <= size:
                tree[i] += 1
                i += i & -i
            j += 1
        i = size - bisect_left(ends, qe)  # ranks of the ends >= qe
        total = 0
        while i > 0:
            total += tree[i]
            i -= i & -i
        out[q] = total
    return out
