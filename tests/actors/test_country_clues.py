"""Clues to a person's country that were not: a people's name inside a place's, a place in a
title, and what the person said.

Seen on real news (issue 15, fifty-fourth session): the head of policy of the Business
Council of British Columbia was British; the leader of the Oneida Indian Nation Indian; a
congressman who chairs a committee named for a Libyan city Libyan, though the article wrote
"(R-S.C.)" after his name; an analyst quoted on Iraq and Syria Syrian, though his own
description named the American Enterprise Institute; a National Security Council director
North Korean, by "North Korean aggression" in his own words.

The people, states and quotations below are fictional.
"""

from __future__ import annotations

import pytest

from tests.actors.conftest import fiction_record
from tests.actors.test_resolver import resolve


def _country(text: str, name: str, published: str = "2016-03-03") -> str | None:
    rec = fiction_record(text, published)
    return next(a.country for a in rec.actors if a.name == name)


def test_a_demonym_inside_a_place_name_is_no_clue() -> None:
    text = (
        "“We were not happy at first,” said Ana Lind, head of policy at the Business Council "
        "of British Columbia."
    )
    assert _country(text, "Ana Lind") != "GBR"
    assert _country(text, "Business Council of British Columbia") == "CAN"


@pytest.mark.parametrize(
    "text",
    [
        "Oneida Indian Nation leader Ivo Dant led the campaign against the team's name.",
        "American Indian leader Ivo Dant said the team's name was offensive.",
    ],
)
def test_indian_of_a_native_nation_is_not_india(text: str) -> None:
    assert _country(text, "Ivo Dant") != "IND"


def test_a_party_and_state_after_a_name_outweigh_a_place_in_the_title() -> None:
    text = (
        "Lorvik Committee Chairman Ivo Dant (R-S.C.) sent a letter to the State Department, "
        "signed by 200 House Republicans."
    )
    assert _country(text, "Ivo Dant") == "USA"


def test_a_country_named_outside_the_statement_comes_before_those_in_it() -> None:
    text = (
        "“Nothing we could do now in Belvania would make a difference,” Ivo Dant, director "
        "of a project at the American Enterprise Institute, said in an interview."
    )
    assert _country(text, "Ivo Dant") == "USA"


# (an article that names the Ostrava Republic most, but too seldom to be about it alone)
_OSTRAVA_STORY = (
    "The Ostrava Republic held talks with its neighbours on Monday, and Ostravan traders "
    "welcomed them. "
)


def test_what_a_person_said_of_another_country_is_no_clue_to_theirs() -> None:
    text = _OSTRAVA_STORY + (
        "Ivo Dant, senior director for regional affairs at the council, said he expected "
        "both sides to resist Belvanian pressure."
    )
    assert _country(text, "Ivo Dant") is None


def test_what_a_person_said_of_the_articles_country_still_counts() -> None:
    text = _OSTRAVA_STORY + (
        "Senior adviser Ivo Dant said the Ostrava Republic would not give way to pressure."
    )
    assert _country(text, "Ivo Dant") == "XOS"


def test_a_country_inside_a_place_name_inside_a_body_name_is_no_clue() -> None:
    rec = fiction_record("The University of New Mexico said it would close on Friday.")
    countries = {a.name: a.country for a in rec.actors}
    assert countries.get("University of New Mexico") != "MEX"
    assert "Mexico" not in countries


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "The senator unveiled her first Spanish-language campaign ad, featuring voters "
            "telling their family stories.",
            "voters",
        ),
        ("The ad runs in Spanish on local stations, and voters said it worked.", "voters"),
        ("The board said English skills of students had improved.", "students"),
    ],
)
def test_a_language_is_no_peoples_country(article, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2016-06-24"), text, part)
    assert actor is None or actor.country not in ("ESP", "GBR")


def test_a_demonym_before_a_people_still_names_the_country(article) -> None:  # type: ignore[no-untyped-def]
    text = "Spanish officials said the talks would resume, and Spanish voters agreed."
    assert resolve(article(text, "2016-06-24"), text, "Spanish voters").country == "ESP"
