"""The seed article (../shared/data/seed/article.txt) through the full pipeline: dyad tones."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed" / "article.txt"

PAIRS = [
    ("RUS", "USA", 1),
    ("USA", "RUS", -1),
    ("DEU", "RUS", 1),
    ("DEU", "UKR", 1),
    ("TUR", "UKR", 1),
    ("CHN", "NATO", -1),
    ("RUS", "UKR", -1),
]


@pytest.fixture(scope="module")
def dyads() -> dict[tuple[str, str], float]:
    if not SEED.exists():
        pytest.skip("../shared is absent")
    from onrecord import extract

    record = extract(SEED.read_text(encoding="utf-8"), published="2022-02-14")
    country = {a.id: a.country for a in record.actors}
    sums: dict[tuple[str, str], float] = defaultdict(float)
    for e in record.events:
        s, t = country.get(e.source or ""), country.get(e.target or "")
        if s and t and s != t:
            sums[(s, t)] += e.intensity
    return dict(sums)


@pytest.mark.shared
@pytest.mark.parametrize(("source", "target", "sign"), PAIRS)
def test_seed_dyad_tone(dyads, source, target, sign):
    assert dyads.get((source, target), 0.0) * sign > 0, dyads
