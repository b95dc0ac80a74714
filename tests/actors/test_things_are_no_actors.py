"""Things are no actors: quoted words, a common word that opens a sentence, a thing of a
country; a place of a country stands for the country.

Each case is a fictional equivalent of a junk actor seen in the example corpus and in
PolNeAR (an actor list showing "Velmaran “hysteria", "Talks", "seat of the Saradian
government" and "resignation of President ..." as groups and organisations). Fictional
states only (Belvania XBV, Ostrava XOS).
"""

from __future__ import annotations

import pytest

from tests.actors.test_resolver import resolve


def test_quoted_words_at_a_mentions_end_are_no_name(article) -> None:  # type: ignore[no-untyped-def]
    text = "Ostrava rejects Belvanian \u201chysteria\u201d over the border drills."
    actor = resolve(article(text), text, "Belvanian \u201chysteria\u201d")
    # the words before the quotation name the state; the quoted word names no body
    assert actor is not None and (actor.kind, actor.country) == ("country", "XBV")


def test_a_quoted_name_inside_a_mention_stays_a_name(article) -> None:  # type: ignore[no-untyped-def]
    text = "Leaders of the \u201cFree Coast\u201d movement in Belvania said they would march."
    actor = resolve(article(text), text, "the \u201cFree Coast\u201d movement in Belvania")
    assert actor is not None and "Free Coast" in actor.name


def test_a_common_word_opening_a_sentence_is_no_name(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Belvania and Ostrava resumed the talks in Sarn.\n\n"
        "Talks between the two foreign ministers will continue on Friday, officials said."
    )
    aa = article(text)
    assert resolve(aa, text, "Talks") is None
    assert all(a.name != "Talks" for a in aa.actors())


@pytest.mark.parametrize(
    "part",
    [
        "the seat of the Belvanian government",
        "the appointment of the Belvanian envoy",
        "the resignation of the Belvanian prime minister",
    ],
)
def test_a_thing_of_a_country_is_no_group(article, part: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Ostrava welcomed {part} on Monday."
    assert resolve(article(text), text, part) is None


@pytest.mark.parametrize(
    ("part", "kind"),
    [("the Belvanian campaign", "group"), ("a Belvanian panel", "group")],
)
def test_a_body_of_a_country_is_still_a_group(article, part: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Ostrava criticised {part} on Monday."
    actor = resolve(article(text), text, part)
    assert actor is not None and (actor.kind, actor.country) == (kind, "XBV")


def test_a_place_of_a_country_stands_for_the_country(article) -> None:  # type: ignore[no-untyped-def]
    text = "Helicopters evacuated the wounded from the besieged Belvanian town of Kessin."
    actor = resolve(article(text), text, "the besieged Belvanian town of Kessin")
    assert actor is not None and (actor.kind, actor.country) == ("country", "XBV")


@pytest.mark.parametrize(
    ("part", "group"),
    [
        ("A slew of Belvanian officials", "Belvanian officials"),
        ("Hundreds of Belvanian protesters", "Belvanian protesters"),
        ("A handful of Belvanian senators", "Belvanian senators"),
    ],
)
def test_a_quantity_of_a_group_speaks_for_the_group(article, part: str, group: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{part} said the border should stay open."
    actor = resolve(article(text), text, part)
    assert actor is not None and actor.kind == "group" and actor.country == "XBV"
    assert group.split()[-1] in actor.name and not actor.name.lower().startswith(
        ("slew", "hundreds", "handful")
    )


@pytest.mark.parametrize(
    ("part", "name"),
    [
        ("About four in 10 Unity Party voters", "Unity Party voters"),
        ("Only about 4 in 10 farmers", "farmers"),
        ("More than 6 in 10 teachers", "teachers"),
        ("About four out of 10 voters", "voters"),
        ("At least 5 ministers", "ministers"),
    ],
)
def test_an_approximate_share_of_a_group_is_the_group(article, part: str, name: str) -> None:  # type: ignore[no-untyped-def]
    # PolNeAR train: "About four in 10 South Carolina Republican primary voters" and "Only
    # about 4 in 10 Republican voters" were groups so named, each of its own
    text = f"{part} said the border should stay open, a poll in Lorvik found."
    actor = resolve(article(text), text, part)
    assert actor is not None and (actor.kind, actor.name) == ("group", name)


def test_the_lot_of_a_group_is_no_quantity_of_it(article) -> None:  # type: ignore[no-untyped-def]
    text = "A plan to improve the lot of Belvanian farmers drew criticism from Ostrava."
    assert resolve(article(text), text, "the lot of Belvanian farmers") is None


def test_a_credit_line_names_no_party(article) -> None:  # type: ignore[no-untyped-def]
    """The editor named only in the credits is no actor of the story; a reporter the story
    also names in its body stays one."""
    text = (
        "LORVIK (BPA) - Foreign Minister Ana Voss said the border would stay open.\n\n"
        "Ivo Strand, a reporter for the agency, was at the crossing on Monday.\n\n"
        "Reporting by Ivo Strand; editing by Paul Dray\n"
    )
    names = {a.name for a in article(text).actors()}
    assert "Paul Dray" not in names
    assert {"Ana Voss", "Ivo Strand"} <= names
