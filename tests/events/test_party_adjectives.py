"""A party's adjective names no actor of its own: "Republican power brokers", "Democratic
voters" are the group the whole phrase names.

On 400 PolNeAR train articles, "Republican" and "Democratic" had been made groups of their own
by the adjective before a noun of people (57 and 31 actors), and the events of "Republican
voters", "Democratic politicians", "Iowa caucusgoers" or "Wisconsin voters" were theirs, or a
state's. A nationality's adjective still names its state ("Ostravan forces").
"""

from __future__ import annotations

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
