"""Warnings of harm to come that name no act of the lexicon, read in fictional articles
(issue 15, thirty-fifth session). Four reviewers' articles (an expulsion row, a missile test,
a walkout, a pipeline summit) held a dozen such threats and onrecord coded none of them:
"warned that it would take proportionate measures if ...", "There will be a firm response",
"the consequences would be severe if ...", "would not hesitate to ...", "reserves the right
to take further steps", "we will answer in kind", "should not test our patience", "would
retaliate", "it will regret it", "will pay a heavy price". Only what is to come is a threat,
and the weaker words only with a condition.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import fiction_events


@pytest.mark.parametrize(
    "sentence,source,target",
    [
        (
            'Ostrava warned that it would take "proportionate measures" if the trawler was not '
            "released.",
            "Ostrava",
            None,
        ),
        ('"There will be a firm response," Mira Orlin said.', "Mira Orlin", None),
        # a weaker word in a warning of what the one who warns will do
        (
            "Ostrava's foreign ministry warned that Ostrava would take the necessary measures "
            "to ensure its security.",
            "Ostrava",
            None,
        ),
        (
            "Prime Minister Ana Voss said the consequences would be severe if Ostrava crossed "
            "the line.",
            "Ana Voss",
            "Ostrava",
        ),
        # (Sarn's threat, in its president's words)
        ("Pavel Orlin said Sarn would not hesitate to turn off the taps.", "Ostrava", None),
        ('"We will answer, and we will answer in kind," Mira Orlin said.', "Mira Orlin", None),
        ('"They should not test our patience," Pavel Orlin said.', "Pavel Orlin", None),
        (
            '"If Lorvik chooses sanctions, it will regret it," Pavel Orlin said.',
            "Pavel Orlin",
            "Belvania",
        ),
        (
            "Ostrava will pay a heavy price for this, Prime Minister Ana Voss said.",
            "Ana Voss",
            "Ostrava",
        ),
        (
            'The Ostravan foreign ministry warned of a "firm and proportionate response."',
            None,
            None,
        ),
    ],
)
def test_a_warning_of_harm_to_come_is_a_threat(
    sentence: str, source: str | None, target: str | None
) -> None:
    events, names = fiction_events(sentence, "2024-03-01")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats, [(e.type, names.get(e.source)) for e in events]
    t = threats[0]
    assert not t.negated and t.intensity is not None and t.intensity < 0
    if source is not None:
        assert source in (names.get(t.source) or "")
    if target is not None:
        assert target in (names.get(t.target) or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The floods will have serious consequences for the economy.",
        "The ministry will take all necessary measures to protect citizens abroad.",
        "Voss said Belvania would respond to the proposal next week.",
        "Ostrava did not retaliate after the incident.",
        '"We regret the loss of life," Voss said.',
        "Belvania took firm measures against smugglers last year.",
        # a pressure on someone, a quality of someone
        '"If Sarn raises prices, she will be under huge pressure to retaliate," the diplomat said.',
        "Supporters describe her as methodical, blunt and hard to intimidate.",
        # a plan on a condition, costs borne
        "The government will act to help farmers if the rains fail again.",
        "Voss said Belvania would bear responsibility for the costs of the repairs.",
        "If the storm reaches the coast, the navy will act.",
    ],
)
def test_no_threat_where_nothing_hostile_is_to_come(sentence: str) -> None:
    events, _ = fiction_events(sentence, "2024-03-01")
    assert "THREATEN" not in {e.type for e in events}


def test_a_forecast_of_others_answer_is_no_threat() -> None:
    events, _ = fiction_events(
        "Voss said the law could result in retaliatory measures by other countries.",
        "2024-03-01",
    )
    assert "THREATEN" not in {e.type for e in events}


def test_a_bare_consequence_on_a_condition_is_a_threat() -> None:
    events, names = fiction_events(
        '"If they refuse, there will be consequences," Mira Orlin said.', "2024-03-01"
    )
    assert [names.get(e.source) for e in events if e.type == "THREATEN"] == ["Mira Orlin"]


def test_an_official_announcing_his_states_harm_threatens() -> None:
    # the state's act announced by its official is the state's threat ("Iran said it would
    # shell" already was one; Marran speaks for Ostrava)
    events, _ = fiction_events(
        "Teo Marran warned that the Ostrava Republic could expel Belvanian diplomats if the "
        "prisoners were not returned.",
        "2024-06-01",
    )
    assert "THREATEN" in {e.type for e in events}


def test_a_response_to_be_felt_is_the_speakers_threat() -> None:
    events, names = fiction_events(
        '"Ostrava will respond, and the response will be felt in every capital that voted for '
        'this," Mira Orlin said.',
        "2024-03-01",
    )
    assert [names.get(e.source) for e in events if e.type == "THREATEN"] == ["Mira Orlin"]


# Thirty-seventh session: an answer promised to what someone may do, and responsibility for
# the consequences, were no threats ("If a single unit is still in Halden on Friday, our armed
# forces will act" had no event; "Ostrava would bear responsibility for the consequences" was
# a demand made by Ostrava).
@pytest.mark.parametrize(
    "sentence,source,target",
    [
        (
            '"If they cross the river, we will respond with everything we have," Pavel Orlin said.',
            "Pavel Orlin",
            None,
        ),
        (
            '"If a single unit is still in Halden on Friday, our armed forces will act," Mira '
            "Orlin said.",
            "Belvanian armed forces",
            None,
        ),
        (
            '"Ostrava will bear full responsibility for the consequences," Ana Voss said.',
            "Ana Voss",
            "Ostrava",
        ),
        (
            "Prime Minister Ana Voss said Ostrava would bear responsibility for the consequences "
            "of the blockade.",
            "Ana Voss",
            "Ostrava",
        ),
    ],
)
def test_an_answer_on_a_condition_and_responsibility_for_consequences_are_threats(
    sentence: str, source: str, target: str | None
) -> None:
    events, names = fiction_events(sentence, "2024-03-01")
    threats = [(names.get(e.source), names.get(e.target)) for e in events if e.type == "THREATEN"]
    assert threats, [(e.type, names.get(e.source)) for e in events]
    assert source in (threats[0][0] or "")
    if target is not None:
        assert target in (threats[0][1] or "")


def test_our_troops_in_a_ministers_words_are_her_states() -> None:
    events, names = fiction_events(
        '"Our troops have shelled the depot," Defence Minister Mira Orlin said.', "2024-03-01"
    )
    assert [names.get(e.source) for e in events if e.type == "ASSAULT"] == ["Belvanian troops"]
    # ("our Ostravan partners": of the state the words name, not the speaker's)
    events, names = fiction_events(
        '"Our Ostravan partners have shelled the depot," Mira Orlin said.', "2024-03-01"
    )
    assert "Belvanian" not in " ".join(names.get(e.source) or "" for e in events)
