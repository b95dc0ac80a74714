"""An attack in words is an accusation, not an armed attack (thirty-ninth session).

On PolNeAR (political news) "attack" was the commonest trigger of ASSAULT, material conflict
at -10, and most of those attacks were a politician's words: "Clinton's attacks on Trump",
"ads attacking Trump", "xenophobic attacks on Muslims". An attack made by a person, a party
or a campaign, or on a person or a group of people (by no mob, man or protesters), in a
sentence that tells of no violence and names no place attacked, is now PLOVER's ACCUSE; so
are a clash or a fight of words, a retort ("shot back") and criticism suffered ("came under
fire"), and a cause fought for is no act. Attacks by forces, gunmen or a mob, on a place, or
told with their dead stay armed attacks, and shots stay shots whoever fires them. Fiction
only.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ana Voss unleashed withering attacks against Ivo Dant in the debate.",
        "The friendly audience cheered Ana Voss's attacks on Ivo Dant.",
        "Senator Ivo Dant has relentlessly attacked her as an unreliable guardian of Belvanian "
        "jobs.",
        "A Belvanian group ran ads attacking Ana Voss.",
        "Senator Ivo Dant's xenophobic attacks on Ostravans drew rebukes.",
        "The xenophobic attacks on Ostravans drew rebukes from Lorvik.",
        "Senator Ana Voss shot back, saying the plan was a fraud.",
        "Senator Ana Voss clashed with Ivo Dant at Saturday's debate over the budget.",
        "Senator Ana Voss fired back at Ivo Dant over the budget.",
    ],
)
def test_an_attack_in_words_is_an_accusation(sentence: str) -> None:
    types = [t for t, _, _ in coded(sentence)]
    assert "ACCUSE" in types and "ASSAULT" not in types, types


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostravan forces attacked a Belvanian border post on Tuesday.",
        "Ostrava attacked Kessin on Tuesday.",
        "The attacks in Lorvik killed twelve people.",
        "The Lorvik attacks shook the government.",
        "Gunmen attacked a convoy near Sarn.",
        "Ana Voss said the attack on the convoy had killed four soldiers.",
        "Ostravan troops fired back at the Belvanian patrol.",
        "Ostravan and Belvanian soldiers clashed near Sarn.",
        "Ostravan forces fought Belvanian troops near Sarn.",
        "Senator Ana Voss shot Ivo Dant in Sarn.",
        "A mob attacked the Belvanian ambassador in Sarn.",
        "A man attacked Ana Voss outside her home.",
    ],
)
def test_an_armed_attack_stays_one(sentence: str) -> None:
    assert "ASSAULT" in [t for t, _, _ in coded(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ana Voss has fought for Belvania's sovereignty.",
        "Ana Voss said she would fight for the farmers of Sarn.",
    ],
)
def test_a_cause_fought_for_is_no_attack(sentence: str) -> None:
    assert "ASSAULT" not in [t for t, _, _ in coded(sentence)]


def test_attacking_someone_for_something_is_blame() -> None:
    """ "attacked Strickland for job losses" (PolNeAR train, the name read as a place) had been
    an armed attack: what someone is attacked for is a charge (fiftieth session)."""
    assert [t for t, _, _ in coded("The Harbour Alliance attacked Kessin for the job losses.")] == [
        "ACCUSE"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostravan forces attacked Kessin for hours on Tuesday.",
        "Ostravan forces attacked a Belvanian border post for the third time.",
    ],
)
def test_attacking_for_a_while_stays_an_attack(sentence: str) -> None:
    assert "ASSAULT" in [t for t, _, _ in coded(sentence)]
