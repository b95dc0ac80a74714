"""An event noun in a clause's adjunct is not the clause subject's act unless the adjunct
says so; a talk with the press consults no one; a war on persons is one of words.

Before, the subject of the clause an event noun hung on was taken for its doer whatever the
preposition: a senator who "lived in Kessin during the war" or "wrote about the invasion" was
coded as attacking, and the model, reading the sentence by its main clause, turned "spoke to
reporters after the attack" into an accusation and "after talks with" into a rejection.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import fiction_coded


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ana Voss lived in Kessin during the war with Ostrava.",
        "Senator Ana Voss has campaigned against the war with Ostrava for years.",
        "Senator Ana Voss wrote about the invasion of Kessin.",
        "Senator Ana Voss warned of an attack on the Belvanian embassy.",
        "Senator Ana Voss spoke to reporters after the attack on the Belvanian embassy.",
    ],
)
def test_a_clause_of_time_or_of_a_stand_does_not_make_its_subject_the_attacker(text: str) -> None:
    coded = fiction_coded(text)
    assert coded, "the attack itself is still an event"
    assert all(source != "Ana Voss" for _, source, _ in coded), coded
    # an armed attack, not words: the model no longer reads the act by the main clause
    assert {type_ for type_, _, _ in coded} == {"ASSAULT"}, coded


@pytest.mark.parametrize("opening", ["After talks with", "During a call with"])
def test_talks_in_an_adjunct_are_still_the_talks_of_the_one_who_then_speaks(opening: str) -> None:
    coded = fiction_coded(
        f"{opening} the Ostravan president, the Belvanian president said the border would reopen."
    )
    assert ("CONSULT", "Belvanian president", "Ostravan president") in coded


@pytest.mark.parametrize(
    "text",
    [
        "During a press call with reporters on Wednesday, the Belvanian foreign ministry said it "
        "would review its options.",
        "Senator Ana Voss said in a conference call with reporters that the vote would be delayed.",
    ],
)
def test_a_talk_with_the_press_consults_no_one(text: str) -> None:
    assert all(type_ not in {"CONSULT", "SUPPORT"} for type_, _, _ in fiction_coded(text))


def test_a_war_waged_on_persons_is_one_of_words() -> None:
    coded = fiction_coded(
        "Senator Ana Voss is waging a two-front war against Senator Ivo Dant and Governor "
        "Teo Marran."
    )
    assert ("ACCUSE", "Ana Voss", "Ivo Dant") in coded
    assert all(type_ == "ACCUSE" for type_, _, _ in coded)


@pytest.mark.parametrize(
    "text",
    [
        "Belvania declared war on Ostrava on Tuesday.",
        "The Belvanian president's war on his own people has gone on for years.",
    ],
)
def test_a_states_or_a_leaders_war_stays_a_war(text: str) -> None:
    coded = fiction_coded(text)
    assert coded and all(type_ == "ASSAULT" for type_, _, _ in coded)


@pytest.mark.parametrize(
    "text",
    [
        "Several Belvanian allies have called for sanctions against Ostrava over the Marr case, "
        "including halting the Lorvik pipeline.",
        "Ana Voss called for sanctions against Ostrava over the Marr case.",
    ],
)
def test_what_an_act_is_over_is_no_party_when_another_preposition_names_one(text: str) -> None:
    """ "sanctions against Ostrava over the Marr case" are against Ostrava: the case (and
    Marr, named in it) is what they are about. Before, Marr was a second target."""
    targets = {target for _, _, target in fiction_coded(text)}
    assert targets == {"Ostrava"}


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Belvania protested over the arrest of Teo Marr.", ("ACCUSE", "Belvania", "Teo Marr")),
        ("Belvania threatened to go to war over Ostrava.", ("THREATEN", "Belvania", "Ostrava")),
    ],
)
def test_what_an_act_is_over_is_still_its_target_without_another(text: str, coded) -> None:  # type: ignore[no-untyped-def]
    assert coded in fiction_coded(text)
