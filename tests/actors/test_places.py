"""States, provinces and cities the knowledge base does not list take their country.

Before, "Iowa" or "Cleveland" became an actor with no country, "voters in Iowa" had none
either, "New Mexico" was Mexico (and made the senator named beside it Mexican), and "Georgia"
in a list of US primaries was the country in the Caucasus; so was "Georgia" in an article
about America that names no other state ("a crowd in Georgia", "Clarkston, Ga."), and
"Georgia Republicans" were Georgian.
"""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.actors.places import place_countries, state_country


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Iowa", "USA"),
        ("Cedar Rapids, Iowa", "USA"),
        ("Burlington, Vt.", "USA"),
        ("White Plains, New York", "USA"),
        ("Ontario", "CAN"),
        ("Kharkiv", "UKR"),
        ("Aleppo", "SYR"),
    ],
)
def test_a_place_lies_in_its_country(name: str, code: str) -> None:
    assert place_countries(name)[0] == code


def test_a_name_places_share_lists_every_country_the_most_populous_first() -> None:
    found = place_countries("Manchester")
    assert found[0] == "GBR" and "USA" in found
    assert state_country("Manchester") is None  # a city, no state
    assert place_countries("Nowhere Such Place") == ()


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    rec = extract(text, published="2016-03-02")
    return {a.name: (a.kind, a.country) for a in rec.actors}


def test_a_state_acting_and_the_people_in_one_take_its_country() -> None:
    actors = _actors("Texas sued the federal government. Voters in Iowa backed Senator Ivo Dant.")
    assert actors["Texas"][1] == "USA"
    assert actors["Voters"] == ("group", "USA")


def test_new_mexico_is_no_mention_of_mexico() -> None:
    actors = _actors("Voters in New Mexico backed Senator Ivo Dant on Tuesday.")
    assert "Mexico" not in actors
    assert all(country != "MEX" for _, country in actors.values())


def test_georgia_among_us_states_is_the_state() -> None:
    actors = _actors(
        "Governor Ivo Dant won Georgia, Alabama and Tennessee on Tuesday. Voters in Georgia "
        "protested against the results."
    )
    assert ("country", "GEO") not in actors.values()
    assert actors["Voters"][1] == "USA"


def test_georgia_where_russia_is_named_stays_the_country() -> None:
    actors = _actors(
        "Russian troops entered Georgia in 2008, Governor Ivo Dant told voters in Texas and Ohio."
    )
    assert actors.get("Georgia") == ("country", "GEO")


@pytest.mark.parametrize(
    "text",
    [
        # an article about America that names no other state: one other US place, an
        # American party and people ("a crowd in Georgia", "Georgia businessman")
        "Georgia businessman Arlo Penn says the Republican front-runner is misunderstood. "
        "Penn flew back to Georgia on Monday, and told a rally in Atlanta that American "
        "voters would decide.",
        # the state's postal abbreviation in a dateline
        "CLARKSTON, Ga. - Refugees from Syria found a home here. The mayor said Georgia "
        "welcomed them, although Syrian families said the rest of Georgia was less friendly. "
        "The U.S. resettled 75 Syrians in Atlanta this year.",
        # a word after it that no country takes
        "Georgia Republican Arlo Penn said the vote was fair.",
        "Georgia Gov. Arlo Penn said the refugees were not welcome.",
    ],
)
def test_georgia_in_an_american_story_is_the_state(text: str) -> None:
    actors = _actors(text)
    assert ("country", "GEO") not in actors.values()
    assert all(country != "GEO" for _, country in actors.values())


def test_a_group_named_for_the_state_takes_the_united_states() -> None:
    actors = _actors(
        "Cruz won delegates in Virginia, Georgia and South Carolina. Georgia Republicans said "
        "the vote was fair."
    )
    assert actors["Georgia Republicans"] == ("group", "USA")


@pytest.mark.parametrize(
    "text",
    [
        # a state's office, which no US state has
        "The United States will send military trainers to Georgia, the Pentagon said. "
        "Georgia's defence minister welcomed the move, and American officials said the "
        "trainers would arrive in May.",
        # a list of countries
        "Prosecutors in Ukraine, Moldova and Georgia will be trained, the U.S. State "
        "Department and American diplomats said.",
        # too little of America to say
        "Georgia said on Tuesday it would hold talks with the United States.",
    ],
)
def test_georgia_the_country_in_news_of_america_stays_the_country(text: str) -> None:
    assert _actors(text).get("Georgia") == ("country", "GEO")


@pytest.mark.parametrize(
    ("others", "code"),
    [("Polls in Iowa and Ohio opened.", "USA"), ("Police in Leeds and Liverpool agreed.", "GBR")],
)
def test_the_articles_other_places_choose_among_namesakes(others: str, code: str) -> None:
    actors = _actors(f"Crowds in Manchester protested against the tariffs. {others}")
    assert actors["Crowds"][1] == code
