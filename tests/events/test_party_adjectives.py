"""A party's adjective names no actor of its own: "Republican power brokers", "Democratic
voters" are the group the whole phrase names.

On 400 PolNeAR train articles, "Republican" and "Democratic" had been made groups of their own
by the adjective before a noun of people (57 and 31 actors), and the events of "Republican
voters", "Democratic politicians", "Iowa caucusgoers" or "Wisconsin voters" were theirs, or a
state's. A nationality's adjective still names its state ("Ostravan forces").
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded, coded_events, fiction_events


def test_a_partys_adjective_before_people_is_the_groups() -> None:
    assert coded(
        "Senator Ivo Dant has resisted calls from some Republican power brokers to drop out "
        "of the race."
    ) == [("REJECT", "Ivo Dant", "Republican power brokers")]


def test_a_places_adjective_before_voters_is_the_voters() -> None:
    events = coded("Wisconsin voters elected Ana Marr to the state court on Tuesday.")
    assert events and {s for _, s, _ in events} == {"Wisconsin voters"}


def test_a_nationality_still_names_its_state() -> None:
    events, names = fiction_events("Belvanian voters rejected the treaty.")
    assert [names.get(e.source) for e in events] == ["Belvania"]


def test_the_state_senator_is_the_senator_the_article_placed_there() -> None:
    events, names = coded_events(
        "Senator Rada Keel of Florida spoke on Monday. Governor Ivo Dant said he was backing "
        "the Florida senator."
    )
    assert [(e.type, names.get(e.target)) for e in events] == [("SUPPORT", "Rada Keel")]


def test_a_state_senator_never_placed_is_no_one_not_the_state() -> None:
    events, names = coded_events(
        "Senator Rada Keel spoke on Monday. Governor Ivo Dant said he was backing the Florida "
        "senator."
    )
    assert [(e.type, names.get(e.target)) for e in events] == [("SUPPORT", None)]


# Sixtieth session: the adjective alone. On PolNeAR train, "Republican" (66), "Democratic" (39),
# "Democrat" (11), "Islamic" (8) and "Muslim" (7) were still groups of their own where the
# adjective stood alone for an actor ("these Republican threats", "Muslim advocates"), and a
# party's contest was a party to acts on it ("tightening her grip on the Democratic race").


def _actors(sentence: str) -> list[str]:
    from onrecord import extract

    return [a.name for a in extract(f"Border talks\n\nBy Ana Weiss\n\n{sentence}\n").actors]


def test_a_partys_adjective_alone_is_the_partys_people() -> None:
    assert coded("Protesters denounced these Republican threats against Senator Rada Keel.") == [
        ("ACCUSE", "Protesters", "Republicans")
    ]


def test_the_adjective_and_the_plural_are_one_group() -> None:
    events, names = coded_events(
        "Republicans criticised the plan. Governor Ivo Dant rejected the Republican demands."
    )
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in events] == [
        ("ACCUSE", "Republicans", None),
        ("REJECT", "Ivo Dant", "Republicans"),
    ]
    assert events[0].source == events[1].target


@pytest.mark.parametrize(
    ("sentence", "adjective"),
    [
        ("Muslim advocates hailed the nomination of Judge Ana Marr.", "Muslim"),
        (
            "Our security is under threat from radical Islamic terrorism, Governor Ivo Dant said.",
            "Islamic",
        ),
        ("Protesters denounced these Republican threats against Senator Rada Keel.", "Republican"),
    ],
)
def test_no_group_is_named_by_the_adjective(sentence: str, adjective: str) -> None:
    assert adjective not in _actors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Ivo Dant said he would make an endorsement in the Democratic race next week.",
        "Senator Rada Keel asked the network to donate the profits from the upcoming Republican "
        "debate to veterans groups.",
        "Senator Rada Keel was tightening her grip on the Democratic race before the attacks.",
    ],
)
def test_a_partys_contest_is_no_party_to_an_act(sentence: str) -> None:
    events, names = coded_events(sentence)
    parties = {names.get(e.source) for e in events} | {names.get(e.target) for e in events}
    assert not parties & {"Democrats", "Democratic", "Republicans", "Republican"}


def test_a_city_before_an_attack_is_where_not_who() -> None:
    # (the city is where the attack happened: the place attacked, as the gold records take a
    # place an attack names)
    events, names = coded_events("The Orlando attack shocked the country.")
    assert [names.get(e.target) for e in events] == ["Orlando"]
    assert all(names.get(e.source) != "Orlando" for e in events)
