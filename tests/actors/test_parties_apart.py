"""Parties kept apart, and the countries they take from their sentence (issue 15).

"The Russian government and the United Nations agreed" made one actor, an organisation named
"Russian government and the United Nations", and the event coder had it agree with the UN;
"Belvania has asked the United Nations" gave the unknown state Belvania the UN's code; "The
European Union called on both governments" made the two states' governments the EU's. A
place lies in a state and a government is a state's: the country the sentence names for one
is a state, never an international body. Fictional states, real bodies.
"""

from __future__ import annotations

import pytest

from onrecord import extract


def _actors(sentence: str) -> dict[str, tuple[str | None, str]]:
    rec = extract(f"Border talks\n\nBy Ana Weiss\n\n{sentence}\n")
    return {a.name: (a.country, a.kind) for a in rec.actors}


@pytest.mark.parametrize(
    "sentence,first,second",
    [
        (
            "The Russian government and the United Nations agreed to extend the mission.",
            "Government of Russia",
            "United Nations",
        ),
        (
            "The Russian government and the Chinese government agreed to extend the mission.",
            "Government of Russia",
            "Government of China",
        ),
        (
            "The Russian government and Ana Voss agreed to extend the mission.",
            "Government of Russia",
            "Ana Voss",
        ),
    ],
)
def test_coordinated_parties_are_two_actors(sentence: str, first: str, second: str) -> None:
    rec = extract(f"Border talks\n\nBy Ana Weiss\n\n{sentence}\n")
    names = {a.id: a.name for a in rec.actors}
    assert first in names.values() and second in names.values()
    assert all(" and " not in n for n in names.values())
    assert {(names.get(e.source), names.get(e.target)) for e in rec.events} >= {(first, second)}


def test_an_unknown_state_takes_no_international_bodys_code() -> None:
    actors = _actors(
        "According to two diplomats, Belvania has asked the United Nations to send observers "
        "to the border."
    )
    assert actors["Belvania"][0] is None
    assert actors["United Nations"][0] == "UNO"


def test_both_governments_are_no_international_bodys() -> None:
    actors = _actors("The European Union called on both governments to show restraint.")
    # (the parties named elsewhere: no actor of the EU's, nor one of their own)
    assert "governments" not in actors
    assert _actors("EU governments agreed to send observers.")["EU governments"][0] == "EUR"


def test_agreeing_on_a_day_is_no_statement() -> None:
    rec = extract("Border talks\n\nBy Ana Weiss\n\nBelvania and Sarnia agreed on Monday.\n")
    assert [q.text for q in rec.quotes] == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Teo Marr urged both sides to show restraint.", "sides"),
        ("Teo Marr has mediated between the two neighbours for years.", "neighbours"),
    ],
)
def test_words_for_parties_named_elsewhere_are_no_actors(sentence: str, word: str) -> None:
    # ("sides" and "neighbours" had actor pages of their own)
    assert all(word not in name for name in _actors(sentence))


def test_a_president_of_a_place_the_knowledge_base_lacks_takes_no_neighbours_country() -> None:
    # ("Lorvik's president, Hana Kovac, and the Turkish foreign minister" made Kovac Turkish)
    actors = _actors(
        "Lorvik's president, Hana Kovac, and the Turkish foreign minister, Hakan Fidan, "
        "issued a joint statement."
    )
    assert actors["Hana Kovac"] == (None, "person")
    assert actors["Hakan Fidan"][0] == "TUR"


def test_a_newspaper_the_tagger_read_as_a_person_is_one_outlet() -> None:
    rec = extract(
        "Talks stall\n\nBy Jonas Reed\n\nPiet Janssen spoke on Friday.\n\n"
        "“I made no such promise,” he told the Lorvik Herald.\n"
    )
    assert [(a.name, a.kind) for a in rec.actors if a.name == "Lorvik Herald"] == [
        ("Lorvik Herald", "outlet")
    ]


def test_delegations_are_no_actors_unless_the_mention_says_whose() -> None:
    assert "delegations" not in _actors("The mediator said both delegations would meet again.")
    assert (
        _actors("The Russian delegation walked out of the talks.")["Russian delegation"][0] == "RUS"
    )


@pytest.mark.parametrize(
    "sentence,person,country",
    [
        # a person's office-holder keeps the country around them (the rule above is for
        # offices of a place the knowledge base lacks)
        (
            "Erdogan's spokesman, Mehmet Aksoy, said Turkey would not accept the plan.",
            "Mehmet Aksoy",
            "TUR",
        ),
        (
            "President Hana Kovac of Lorvik and the Turkish foreign minister, Hakan Fidan, "
            "issued a joint statement.",
            "Hana Kovac",
            None,
        ),
    ],
)
def test_whose_office_decides_whether_the_sentence_gives_a_country(
    sentence: str, person: str, country: str | None
) -> None:
    assert _actors(sentence)[person][0] == country


def test_pollsters_the_tagger_reads_as_people_are_no_people() -> None:
    # "Morning Consult" was a person, "Rasmussen" NATO's former secretary general, and "Morning
    # Consult and Rasmussen" one person named so
    actors = _actors("Polls by Morning Consult and Rasmussen show the president ahead.")
    assert not any(kind == "person" for name, (_, kind) in actors.items() if name != "Ana Weiss")
    assert not any(country == "NATO" for country, _ in actors.values())
    actors = _actors(
        "A poll by Morning Consult found the president ahead. Morning Consult said the lead "
        "was small."
    )
    assert actors.get("Morning Consult") == (None, "organization")


def test_a_poll_by_a_person_is_still_that_persons() -> None:
    actors = _actors(
        "A survey by Maria Holt found that most voters back the treaty. Holt said the "
        "treaty was popular."
    )
    assert actors.get("Maria Holt") == (None, "person")


def test_the_body_named_in_full_before_is_the_one_its_last_word_stands_for() -> None:
    # "The Council" and "The Commission" were organisations of their own, named so
    rec = extract(
        "Talks\n\nBy Ana Weiss\n\nSarnia asked the United Nations Security Council to meet "
        "on Friday. The Council said it would meet on Monday.\n\nThe European Commission "
        "proposed new sanctions. The Commission said the measures would take effect in May.\n",
        published="2026-06-12",
    )
    names = [q.speaker.name for q in rec.quotes if q.speaker]
    assert names[1] == "UN Security Council"
    assert names[-1] == "European Commission"
    assert not {"Council", "Commission"} & {a.name for a in rec.actors}
