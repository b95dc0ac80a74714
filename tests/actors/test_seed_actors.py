"""The seed article (../shared/data/seed/article.txt): every party lands on its country."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.actors import ArticleActors

SEED = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed" / "article.txt"

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed(nlp, kb) -> tuple[str, ArticleActors]:  # type: ignore[no-untyped-def]
    if not SEED.exists():
        pytest.skip("../shared/data/seed/article.txt is absent")
    text = SEED.read_text(encoding="utf-8")
    return text, ArticleActors(nlp(text), kb=kb, published="2022-02-14")


@pytest.mark.parametrize(
    "mention,kind,country",
    [
        ("Putin", "person", "RUS"),
        ("Vladimir Putin", "person", "RUS"),
        ("Lavrov", "person", "RUS"),
        ("Sergey Viktorovich", "person", "RUS"),
        ("Shoigu", "person", "RUS"),
        ("Scholz", "person", "DEU"),
        ("Zelenskiy", "person", "UKR"),
        ("Kirby", "person", "USA"),
        ("Joe Biden", "person", "USA"),
        ("Erdoğan", "person", "TUR"),
        ("Xi Jinping", "person", "CHN"),
        ("Kremlin", "organization", "RUS"),
        ("Moscow", "country", "RUS"),
        ("Kyiv", "country", "UKR"),
        ("U.S.", "country", "USA"),
        ("Washington", "country", "USA"),
        ("NATO", "igo", "NATO"),
    ],
)
def test_seed_every_occurrence_resolves_to_its_country(
    seed, mention: str, kind: str, country: str
) -> None:  # type: ignore[no-untyped-def]
    text, aa = seed
    if mention not in text:
        pytest.skip(f"{mention!r} is not in this copy of the seed")
    start = 0
    ids = set()
    while (i := text.find(mention, start)) >= 0:
        actor = aa.actor_at(i, i + len(mention))
        assert actor is not None, (mention, i)
        assert (actor.kind, actor.country) == (kind, country), (mention, i, actor)
        ids.add(actor.id)
        start = i + len(mention)
    assert len(ids) == 1


@pytest.mark.parametrize(
    "name,country",
    [
        ("Vladimir Putin", "RUS"),
        ("Sergey Lavrov", "RUS"),
        ("Sergei Shoigu", "RUS"),
        ("Olaf Scholz", "DEU"),
        ("Volodymyr Zelenskyy", "UKR"),
        ("John Kirby", "USA"),
        ("Joe Biden", "USA"),
        ("Recep Tayyip Erdoğan", "TUR"),
        ("Xi Jinping", "CHN"),
        ("the Kremlin", "RUS"),
        ("Russia", "RUS"),
        ("Ukraine", "UKR"),
        ("United States", "USA"),
        ("NATO", "NATO"),
    ],
)
def test_seed_actor_list_contains(seed, name: str, country: str) -> None:  # type: ignore[no-untyped-def]
    _, aa = seed
    listed = {a.name: a.country for a in aa.actors()}
    assert listed.get(name) == country, sorted(listed)


def test_seed_model_mislabels_are_repaired(seed) -> None:  # type: ignore[no-untyped-def]
    _, aa = seed
    kinds = {a.name: a.kind for a in aa.actors()}
    assert kinds["Sergey Lavrov"] == "person"
    assert kinds["Olaf Scholz"] == "person"
    assert not any("Lavrov" in a.name and a.kind != "person" for a in aa.actors())


@pytest.mark.parametrize(
    "mention,name,kind,country",
    [
        ("the Pentagon spokesman, John Kirby", "John Kirby", "person", "USA"),
        ("senior U.S. officials", None, "group", "USA"),
        ("Russian officials", None, "group", "RUS"),
        ("a Kremlin transcript", "the Kremlin", "organization", "RUS"),
        ("his trusty foreign minister, Sergey Lavrov", "Sergey Lavrov", "person", "RUS"),
    ],
)
def test_seed_speaker_mentions(
    seed, mention: str, name: str | None, kind: str, country: str
) -> None:  # type: ignore[no-untyped-def]
    text, aa = seed
    i = text.index(mention)
    actor = aa.actor_at(i, i + len(mention))
    assert (actor.kind, actor.country) == (kind, country)
    if name:
        assert actor.name == name


def test_seed_learned_titles(seed) -> None:  # type: ignore[no-untyped-def]
    _, aa = seed
    titles = {a.name: a.titles for a in aa.actors()}
    assert "German Chancellor" in titles["Olaf Scholz"]
    assert "Pentagon Spokesman" in titles["John Kirby"]
    assert "Foreign Minister" in titles["Sergey Lavrov"]
