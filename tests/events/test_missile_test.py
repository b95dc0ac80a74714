"""Events of a report on a missile test (issue 15, thirty-third session). Fiction only.

- "Sarnia test-fired a ballistic missile into the sea" was an attack at -9: the tokenizer
  splits "test-fired", and "fire" alone is an attack; "test-fire" is a show of force.
- "Associated Press writer Jon Dahl contributed to this report" was a concession by the
  journalist: a story's credit line reports no act.
- "a transcript released by the presidency" was a retreat (releasing prisoners is one;
  releasing a text is not).
- "Sarnia has no plans to attack Belvania" was an attack at -9, the opposite of what it says:
  an act under a noun of intention is intended, not done, and "no" denies the intention.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded, coded_events, fiction_events


def test_a_missile_test_is_no_attack() -> None:
    types = [t for t, _, _ in coded("Sarnia test-fired a ballistic missile into the sea.")]
    assert types == ["MOBILIZE"]


@pytest.mark.parametrize(
    "line",
    [
        "Associated Press writer Jon Dahl in Lorvik contributed to this report.",
        "Jon Dahl contributed reporting.",
        "Reporting by Ana Weiss; editing by Teo Marr.",
        "ADDITIONAL REPORTING BY Ana Weiss in Lorvik.",
    ],
)
def test_a_credit_line_codes_no_event(line: str) -> None:
    assert coded(line) == []


def test_a_released_text_is_no_release() -> None:
    events = coded(
        "According to a transcript released by the Belvanian presidency, the two presidents "
        "spoke by phone."
    )
    assert "RETREAT" not in [t for t, _, _ in events]
    assert [t for t, _, _ in coded("Sarnia released two Belvanian fishermen.")] == ["RETREAT"]


@pytest.mark.parametrize(
    "sentence",
    ["Sarnia has no plans to attack Belvania.", "Sarnia has no intention of attacking anyone."],
)
def test_no_intention_to_attack_is_no_attack(sentence: str) -> None:
    events, _ = coded_events(sentence)
    assert [(e.type, e.negated, e.hypothetical) for e in events] == [("ASSAULT", True, True)]
    assert all(e.intensity > 0 for e in events)


def test_a_plan_to_attack_is_intended_not_done() -> None:
    events, _ = coded_events("Sarnia has plans to attack Belvania.")
    assert [(e.type, e.negated, e.hypothetical) for e in events] == [("ASSAULT", False, True)]


def test_his_country_is_the_state_of_the_one_he_stands_for() -> None:
    text = (
        "Ostravan President Pavel Orlin told reporters last month that his country had "
        '"no intention of attacking anyone."\n'
    )
    events, names = fiction_events(text, "2024-03-01")
    assert [(e.type, names.get(e.source), e.negated) for e in events] == [
        ("ASSAULT", "Ostrava Republic", True)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Voss warned that further provocations would be met with sanctions.",
        "Ana Voss told parliament that talks would continue, but warned that further "
        "provocations would be met with sanctions.",
        "Ana Voss warned that Sarnia would face sanctions.",
    ],
)
def test_a_warning_of_sanctions_is_the_warners_threat(sentence: str) -> None:
    # "be met with sanctions" is no meeting; the sanctions, made by no one the clause names,
    # are the warner's (they had no source, and the passive meeting swallowed them)
    assert coded(sentence, hypothetical=True) == [("THREATEN", "Ana Voss", True)]


def test_a_warning_of_anothers_act_is_no_threat_of_the_warner() -> None:
    events = coded(
        "Coming after Belvania warned that a major invasion could begin as soon as Wednesday, "
        "the talks were tense."
    )
    assert all(not (t == "THREATEN" and s == "Belvania") for t, s, _ in events)
