"""A win at the polls is no armed attack (thirty-ninth session).

"Capture", "beat", "defeat" and "win" are armed acts to the lexicon ("captured the town").
In election news they are votes: "Ted Cruz has captured Texas and Oklahoma" had been two
attacks on two states at -10, "Clinton would beat Trump 46 to 40 percent" an attack on
Trump. A win told in a sentence of no violence is no event when the sentence speaks of an
election or another contest, when what is won is no one's ("beat expectations"), or when a
person won it in an article about an election. Fiction only.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded, fiction_events


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Voss has captured Sarn and Kessin in the primaries.",
        "Voss would beat Dant 46 to 40 percent, the poll found.",
        "Voss beat expectations in Kessin.",
        "Ivo Dant won the caucuses in Sarn, beating his rival Ana Voss.",
    ],
)
def test_a_win_at_the_polls_is_no_attack(sentence: str) -> None:
    events = coded(sentence)
    assert not {"ASSAULT", "CONCEDE", "CONSULT"} & {t for t, _, _ in events}, events


def test_a_candidate_capturing_a_state_in_an_election_article_attacks_no_one() -> None:
    text = (
        "SARN, March 2 — Belvanian voters went to the polls in twelve provinces on Tuesday.\n\n"
        "Senator Ana Voss has captured Kessin and Lorvik, the election officials said.\n\n"
        "Her rival took the delegates of three other provinces, and the nomination is "
        "still open.\n"
    )
    events, _ = fiction_events(text, published="2026-03-02")
    assert "ASSAULT" not in [e.type for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostravan forces captured the town of Kessin on Tuesday.",
        "Ostrava captured Kessin after a week of shelling.",
    ],
)
def test_a_town_taken_by_force_is_still_an_attack(sentence: str) -> None:
    assert "ASSAULT" in [t for t, _, _ in coded(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Voss won the Belvanian primaries in Sarn and Kessin.",
        "Ana Voss has raised $2.3 million from small donors since June.",
        "Ivo Dant finished second in the Lorvik primary.",
        "Dant scored victories in Sarn and Kessin.",
    ],
)
def test_a_result_or_a_sum_raised_is_no_aid(sentence: str) -> None:
    assert not {"AID", "CONCEDE", "ASSAULT"} & {t for t, _, _ in coded(sentence)}


# Sixtieth session: more of a campaign's words of war, read on PolNeAR train (883 ASSAULT
# events, most of them votes, ads and careers): wins captured, a candidate beaten by a
# relative clause's subject or in a speaker's own words, battles of candidates, voters
# targeted, a rival hit for something, a cause fought to defend, a career destroyed.

_CAMPAIGN = (
    "SARN, March 2 — Belvanian voters went to the polls in twelve provinces on Tuesday, and "
    "the candidates fought for delegates in the primary election.\n\n{}\n\nThe nomination "
    "is still open.\n"
)


def _campaign_events(sentence: str) -> list[tuple[str, str | None, str | None]]:
    events, names = fiction_events(_CAMPAIGN.format(sentence), published="2026-03-02")
    return [(e.type, names.get(e.source), names.get(e.target)) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ana Voss has dominated her rival, capturing wins in Kessin and Lorvik.",
        "Ivo Dant, who captured Kessin and Lorvik, thanked the crowd.",
        "“I will beat Ana Voss in the fall,” Ivo Dant said.",
        "Ivo Dant was battling with Senator Ana Voss for second place in Kessin.",
        "Senator Ana Voss is targeting young voters in Kessin.",
        "The ministry fought hard to defend the fuel tax.",
        "“They meant to destroy my career,” Ivo Dant said.",
    ],
)
def test_a_campaigns_words_of_war_are_no_attack(sentence: str) -> None:
    found = _campaign_events(sentence)
    assert "ASSAULT" not in [t for t, _, _ in found], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Dant, who has hit Senator Ana Voss for missing the vote, spoke on Monday.",
        "The party has spent $1 million on ads and mailers targeting Senator Ana Voss.",
        # the press's words for criticism, which the lexicon lacked (the model had read them,
        # off the main verb, as aid or a concession)
        "In Kessin, Ivo Dant has railed against Senator Ana Voss, taking aim at her record.",
        "Ivo Dant has hammered Senator Ana Voss throughout the campaign.",
        "Ivo Dant has a new campaign ad hitting Senator Ana Voss for not paying her taxes.",
    ],
)
def test_a_rival_hit_or_targeted_is_an_attack_in_words(sentence: str) -> None:
    found = _campaign_events(sentence)
    assert ("ACCUSE", "Ana Voss") in [(t, g) for t, _, g in found], found
    assert "ASSAULT" not in [t for t, _, _ in found], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostravan forces destroyed the bridge at Kessin on Tuesday.",
        "Ostrava targeted Belvanian soldiers near Kessin.",
        "Ostravan troops battled Belvanian soldiers for the hill.",
    ],
)
def test_force_in_a_campaign_article_is_still_an_attack(sentence: str) -> None:
    found = _campaign_events(sentence)
    assert "ASSAULT" in [t for t, _, _ in found], found


# In election news a sentence with no event word is mostly a candidate's doings, which the
# model (trained on acts between states) reads as aid, requests or concessions: on PolNeAR
# train its readings of such sentences fell from 693 to 201 in 400 articles, nearly all of
# them wrong before. Acts between states are still read off the main verb there.


@pytest.mark.parametrize(
    "sentence",
    [
        "Hours later, Ivo Dant returned the compliment to Senator Ana Voss.",
        "Ivo Dant handed the microphone to Senator Ana Voss.",
        "Ivo Dant picked Senator Ana Voss as his running mate.",
    ],
)
def test_a_candidates_doings_are_no_act_read_by_the_model(sentence: str) -> None:
    assert _campaign_events(sentence) == []


def test_an_act_between_states_is_still_read_in_election_news() -> None:
    assert _campaign_events("Ostrava gave Belvania two patrol boats.") == [
        ("AID", "Ostrava", "Belvania")
    ]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Belvania blasted Ostrava's decision to close the border.", "Ostrava"),
        ("The Belvanian minister is panning Ostrava's new set of measures.", "Ostrava"),
    ],
)
def test_the_press_words_for_criticism_are_accusations(sentence: str, target: str) -> None:
    events, names = fiction_events(sentence)
    assert ("ACCUSE", target) in [(e.type, names.get(e.target)) for e in events]


@pytest.mark.parametrize(
    "sentence",
    ["A blast killed five soldiers in Kessin.", "Workers hammered the steel into shape."],
)
def test_a_blast_and_a_hammer_are_no_accusation(sentence: str) -> None:
    events, _ = fiction_events(sentence)
    assert "ACCUSE" not in [e.type for e in events]
