"""Quote-dense and very long texts: extraction completes with sane, exact output.

Time is measured by ``benchmarks/scaling.py``, not here; these tests pin the behaviour the
near-linear algorithms must keep (they took minutes, or hours, before).
"""

from __future__ import annotations

import random

import pytest

from onrecord import nlp
from onrecord.attribution.intervals import (
    Pending,
    SpanCover,
    TwinIndex,
    holder_counts,
    widest_holders,
)
from onrecord.nlp import load_pipeline, parse, pieces
from onrecord.pipeline import extract

_WORDS = "the envoy said Ostrava would keep the Merrow crossing open to every convoy".split()
_MARKS = '“”"«»„'


def _quote_dense(n: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    out = []
    while sum(map(len, out)) < n:
        out.append(
            rng.choice(_MARKS) + rng.choice(_WORDS) + rng.choice(_MARKS) + " " + rng.choice(_MARKS)
        )
    return " ".join(out)[:n]


def _check_record(text: str) -> None:
    rec = extract(text)
    assert rec.text == text
    for q in rec.quotes:
        assert q.spans and all(0 <= s < e <= len(text) for s, e in q.spans)
        assert q.text == " ".join(text[s:e] for s, e in q.spans)
    for e in rec.events:
        assert 0 <= e.start <= e.end <= len(text)


def test_hostile_quote_dense_text_extracts_with_valid_offsets() -> None:
    text = _quote_dense(12_000)
    assert sum(text.count(m) for m in _MARKS) > 3_500
    _check_record(text)


@pytest.mark.parametrize("unit", ["“", '"no" ', "»«", ".”", "“We will hold,” she said. "])
def test_hostile_repeated_marks_extract(unit: str) -> None:
    # 10,000 “ in a row took over a minute in the tokenizer alone
    _check_record((unit * (5_000 // len(unit) + 1))[:5_000])


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> int:
    """Parse in pieces from 6,000 characters on (100,000 in production), to keep it quick."""
    monkeypatch.setattr(nlp, "PARSE_WHOLE_UP_TO", 6_000)
    monkeypatch.setattr(nlp, "PIECE_CHARS", 3_000)
    return 6_000


def test_hostile_long_text_parsed_in_pieces_keeps_text_and_offsets(small_pieces: int) -> None:
    sentence = "Foreign Minister Ana Voss said that the Merrow crossing would stay open. "
    text = ("“We will hold,” Voss said. " + sentence * 10 + "\n\n") * 12 + sentence * 60
    assert len(text) > small_pieces
    parts = pieces(text, 3_000)
    assert "".join(parts) == text and len(parts) > 2
    assert all(p[-1].isspace() for p in parts[:-1])  # cut after white space, never in a word
    doc = parse(load_pipeline(), text)
    assert doc.text == text
    assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_hostile_single_line_without_spaces_parsed_in_pieces(small_pieces: int) -> None:
    text = "x" * (small_pieces + 10)
    doc = parse(load_pipeline(), text)
    assert doc.text == text


# -- the interval helpers answer exactly what the scans they replaced answered -------------


def _spans(rng: random.Random, n: int, disjoint: bool) -> list[tuple[int, int]]:
    if disjoint:
        cuts = sorted(rng.sample(range(2000), 2 * n))
        return [(cuts[i], cuts[i + 1]) for i in range(0, 2 * n, 2)]
    out = []
    for _ in range(n):
        s = rng.randrange(1000)
        out.append((s, s + rng.randrange(0, 300)))
    return out


@pytest.mark.parametrize("seed", range(5))
def test_span_cover_matches_sum_of_overlaps(seed: int) -> None:
    rng = random.Random(seed)
    for disjoint in (True, False):
        spans = _spans(rng, 40, disjoint)
        cover = SpanCover(spans)
        for _ in range(200):
            s = rng.randrange(-10, 2010)
            e = s + rng.randrange(0, 400)
            assert cover.covered(s, e) == sum(max(0, min(e, de) - max(s, ds)) for ds, de in spans)


@pytest.mark.parametrize("seed", range(5))
def test_twin_index_finds_first_kept_near_twin(seed: int) -> None:
    rng = random.Random(seed)

    def overlap(a, b):
        inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
        return inter / max(1, max(a[1] - a[0], b[1] - b[0]))

    kept: list[tuple[int, int]] = []
    index = TwinIndex(0.8)
    for span in _spans(rng, 300, disjoint=False):
        want = next((i for i, o in enumerate(kept) if overlap(span, o) > 0.8), None)
        assert index.find(span) == want
        if want is None:
            index.add(len(kept), span)
            kept.append(span)
        elif span[1] - span[0] > kept[want][1] - kept[want][0]:
            index.remove(want)
            index.add(want, span)
            kept[want] = span


@pytest.mark.parametrize("seed", range(5))
def test_widest_holders_matches_scan(seed: int) -> None:
    rng = random.Random(seed)
    spans = _spans(rng, 60, disjoint=False)
    queries = [(s, s + rng.randrange(0, 50)) for s in (rng.randrange(1200) for _ in range(100))]
    got = widest_holders(spans, queries, slack=1)
    for (qs, qe), g in zip(queries, got):
        holders = [i for i, (s, e) in enumerate(spans) if s <= qs and qe <= e + 1]
        want = max(holders, key=lambda i: spans[i][1] - spans[i][0]) if holders else None
        assert g == want


@pytest.mark.parametrize("seed", range(5))
def test_holder_counts_matches_scan(seed: int) -> None:
    rng = random.Random(seed)
    spans = _spans(rng, 60, disjoint=False) + [(100, 200), (100, 200)]  # duplicates count twice
    queries = [(s, s + rng.randrange(0, 50)) for s in (rng.randrange(1200) for _ in range(100))] + [
        (100, 200)
    ]
    got = holder_counts(spans, queries)
    assert got == [sum(s <= qs and qe <= e for s, e in spans) for qs, qe in queries]


def test_pending_visits_each_index_once() -> None:
    waiting = Pending([True, False, True, True, False, True])
    assert waiting.first_from(0) == 0
    waiting.remove(0)
    assert waiting.first_from(0) == 2
    waiting.remove(3)
    assert waiting.first_from(3) == 5
    assert waiting.first_from(6) == 6
