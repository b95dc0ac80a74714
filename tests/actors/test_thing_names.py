"""A place or an event the tagger read as a person's name is no person.

Seen on PolNeAR train: "Trump Tower", "Trump Plaza", "Vigo County", "the Democratic Primary",
"Franklin Delano Roosevelt Park" and a lone "Caucus" were persons on actor pages, and
"Wall Street" was resolved to the person "Hermenegildo Galeana Street" (a street in Mexico)
by the word they share. Each case here is a fictional equivalent, the tagger's misreading
made on purpose (``_with_entities``).
"""

from __future__ import annotations

from tests.actors.test_name_trust import _with_entities
from tests.actors.test_resolver import resolve


def _persons(aa) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in aa.actors() if a.kind == "person"}


def test_a_building_named_after_someone_named_in_full_is_no_person(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ivo Marr opened his campaign office on Monday. Its staff work on the fifth floor of "
        "Marr Tower in Lorvik, and Marr said the rent was fair."
    )
    aa = _with_entities(nlp, fiction_kb, text, [("Marr Tower", "PERSON")])
    assert _persons(aa) == {"Ivo Marr"}
    assert resolve(aa, text, "Marr", 2).name == "Ivo Marr"


def test_a_person_whose_surname_is_a_buildings_word_stays_a_person(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Oskar Tower of Belvania said on Monday that the plan would fail."
    aa = _with_entities(nlp, fiction_kb, text, [("Oskar Tower", "PERSON")])
    actor = resolve(aa, text, "Oskar Tower")
    assert (actor.kind, actor.name) == ("person", "Oskar Tower")


def test_a_park_after_a_full_name_is_no_person(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters gathered in Ana Lene Voss Park in Lorvik on Sunday, the police said."
    aa = _with_entities(nlp, fiction_kb, text, [("Ana Lene Voss Park", "PERSON")])
    assert _persons(aa) == set()
    assert resolve(aa, text, "Ana Lene Voss Park") is None


def test_a_county_a_primary_and_a_lone_caucus_are_no_persons(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kessel County has backed every winner since 1950. The Unity Primary is next month. "
        "Caucus turnout was low, organisers said."
    )
    marks = [("Kessel County", "PERSON"), ("Unity Primary", "PERSON"), ("Caucus", "PERSON")]
    aa = _with_entities(nlp, fiction_kb, text, marks)
    assert _persons(aa) == set()
    for part in ("Kessel County", "Unity Primary", "Caucus"):
        actor = resolve(aa, text, part)
        assert actor is None or actor.kind != "person", part


def test_a_street_read_as_a_person_takes_no_other_street(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The plant stands on Hermen Galeano Street in Lorvik. Pressure from Dock Street, "
        "where the investors sit, prompted the move, the plant's manager said."
    )
    aa = _with_entities(
        nlp, fiction_kb, text, [("Hermen Galeano Street", "PERSON"), ("Dock Street", "ORG")]
    )
    assert _persons(aa) == set()
    dock = resolve(aa, text, "Dock Street")
    assert dock is None or dock.name == "Dock Street"


def test_a_hyphenated_surname_ending_in_a_buildings_word_stays_a_person(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    text = "Party chair Daria Lund-Hall of Lorvik said on Monday that the vote was fair."
    aa = _with_entities(nlp, fiction_kb, text, [("Daria Lund-Hall", "PERSON")])
    actor = resolve(aa, text, "Daria Lund-Hall")
    assert (actor.kind, actor.name) == ("person", "Daria Lund-Hall")
