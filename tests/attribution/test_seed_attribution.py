"""Regression test on the seed article (read from ../shared, never copied here)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "seed" / "article.txt"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SEED.exists(), reason="../shared/data/seed/article.txt is not here"),
]

# The opening words of the seed's 17 quoted segments, with who said them. The vocative
# "Sergey Viktorovich," (Putin addressing Lavrov by name and patronymic) is no statement of its
# own: it opens Putin's question (test_seed_vocative_opens_the_question).
SEGMENTS = [
    ("Sergey Viktorovich,", "Putin"),
    ("In your opinion, is there a chance,", "Putin"),
    ("to agree, to reach an agreement", "Putin"),
    ("Vladimir Vladimirovich,", "Lavrov"),
    ("You have already said more than once", "Lavrov"),
    ("But still,", "Lavrov"),
    ("I must say that there is always a chance.", "Lavrov"),
    ("It seems to me", "Lavrov"),
    ("OK,", "Putin"),
    ("Large-scale exercises", "Shoigu"),
    ("Troops from almost all", "Shoigu"),
    ("the relevant draft laws", "Scholz"),
    ("There is no signal from us", "Zelenskiy"),
    ("Unfortunately, not everything", "Zelenskiy"),
    ("terrorists.", "Zelenskiy"),
    ("This is a military", "Kirby"),
    ("We believe that he has", "Kirby"),
]

# Reported statements: (speaker surname, words from the reported content).
REPORTED = [
    ("Lavrov", "10-page answer was ready"),
    ("Shoigu", "exercises that had raised alarm"),
    ("Scholz", "received assurances"),
    ("Zelenskiy", "had not given up its aspiration"),
    ("Zelenskiy", "would have to approve"),
    ("U.S.", "major invasion could begin"),  # the government of the United States
    ("officials", "should not be underestimated"),
    ("Putin", "Kyiv negotiate directly"),
]


@pytest.fixture(scope="module")
def seed_record(extractor):
    from onrecord.article import ArticleInput

    return extractor(ArticleInput(text=SEED.read_text(encoding="utf-8")))


def _who(q) -> str:
    sp = q.speaker
    return f"{sp.text} {sp.name or ''}" if sp else ""


@pytest.mark.parametrize(("opening", "speaker"), SEGMENTS, ids=[s for s, _ in SEGMENTS])
def test_seed_every_quoted_segment_has_the_right_speaker(
    seed_record, opening: str, speaker: str
) -> None:
    pos = seed_record.text.index(opening)
    holders = [q for q in seed_record.quotes if any(s <= pos < e for s, e in q.spans)]
    assert holders, f"no quote holds the segment {opening!r}"
    # the innermost statement holding the segment is the one that speaks it
    inner = min(holders, key=lambda q: q.spans[-1][1] - q.spans[0][0])
    assert speaker in _who(inner), _who(inner)


def _quote_with(record, opening: str):
    text = record.text
    return next(q for q in record.quotes if any(text[s:e].startswith(opening) for s, e in q.spans))


def test_seed_vocative_opens_the_question(seed_record) -> None:
    pos = seed_record.text.index("Sergey Viktorovich,")
    (holder,) = [q for q in seed_record.quotes if any(s <= pos < e for s, e in q.spans)]
    assert holder.text.startswith("Sergey Viktorovich, In your opinion, is there a chance,")
    assert "Lavrov" in f"{holder.addressee.text} {holder.addressee.name}"


def test_seed_opening_lines_address_each_other(seed_record) -> None:
    putin = _quote_with(seed_record, "In your opinion")
    lavrov = _quote_with(seed_record, "Vladimir Vladimirovich,")
    assert (
        putin.addressee is not None and "Lavrov" in f"{putin.addressee.text} {putin.addressee.name}"
    )
    assert lavrov.addressee is not None
    assert "Putin" in f"{lavrov.addressee.name}" or "Vladimir" in lavrov.addressee.text


@pytest.mark.parametrize(("speaker", "words"), REPORTED, ids=[w for _, w in REPORTED])
def test_seed_reported_statements_found_with_speaker(seed_record, speaker: str, words: str) -> None:
    hits = [q for q in seed_record.quotes if q.kind != "direct" and words in q.text]
    assert hits, f"no reported statement contains {words!r}"
    assert any(speaker in _who(q) for q in hits), [_who(q) for q in hits]


def test_seed_country_speaks_through_its_government(seed_record) -> None:
    hits = [q for q in seed_record.quotes if "major invasion could begin" in q.text]
    names = {a.id: a for a in seed_record.actors}
    for q in hits:
        actor = names[q.speaker.actor] if q.speaker and q.speaker.actor else None
        assert actor is None or (actor.kind != "country" and actor.country == "USA"), actor


def test_seed_headline_and_boilerplate_yield_nothing(seed_record) -> None:
    text = seed_record.text
    first_para_end = text.index("Russian President Vladimir Putin")
    assert all(q.spans[0][0] >= first_para_end for q in seed_record.quotes)
