"""Words whose sign was read wrong, from reviewers' fictional articles (issue 15,
thirty-seventh session): refusals read as agreements denied, assent read as aid, labels that
blame read as the act labelled, a war of words as fighting, a wish to avoid a war as a threat,
abused trust as an assault, a protest dismissed as one's own accusation denied.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import fiction_events


def _events(text: str) -> list[tuple[str, str | None, bool]]:
    events, names = fiction_events(text, "2024-03-01")
    return [(e.type, names.get(e.source), e.negated) for e in events]


@pytest.mark.parametrize(
    "text,expected",
    [
        # refusals, not agreements denied (AGREE negated had been +0.6)
        ('"We do not accept these results," Teo Marran said.', ("REJECT", "Teo Marran", False)),
        ("Ostrava did not recognise the vote.", ("REJECT", "Ostrava", False)),
        # assent to a plan or a pact, not aid at +10
        ("Belvania accepted the plan.", ("AGREE", "Belvania", False)),
        (
            "The Belvanian parliament approved the treaty with Ostrava.",
            ("SUPPORT", "Belvanian parliament", False),
        ),
        # a label of blame on a thing is an accusation, not the thing done by the labeller
        ('Ana Voss called the sanctions "worthless".', ("ACCUSE", "Ana Voss", False)),
        # another's protest turned away (it had been one's own accusation, denied)
        ("Ostrava dismissed the protest.", ("REJECT", "Ostrava", False)),
    ],
)
def test_the_first_event_reads_as_the_words_mean(
    text: str, expected: tuple[str, str | None, bool]
) -> None:
    events = _events(text)
    assert events[:1] == [expected], events


@pytest.mark.parametrize(
    "text,not_types",
    [
        ('Ana Voss called the deal "a ceasefire on paper".', {"AGREE", "SUPPORT"}),
        ('Ana Voss called the sanctions "worthless".', {"COERCE", "SANCTION"}),
        ("A war of words between Ostrava and Belvania escalated on Monday.", {"ASSAULT"}),
        ('"We want to avoid a war," Ana Voss said.', {"THREATEN"}),
        ("Ana Voss said Belvania wanted to prevent a war.", {"THREATEN"}),
        ('"Those who abuse our trust will be sent home," Ana Voss said.', {"ASSAULT"}),
    ],
)
def test_no_act_of_the_wrong_kind(text: str, not_types: set[str]) -> None:
    events = _events(text)
    assert not {t for t, _, negated in events if not negated} & not_types, events


def test_a_threat_to_do_still_is_one() -> None:
    assert ("THREATEN", "Ostrava", False) in _events("Ostrava wants to attack Belvania.")


def test_an_act_read_off_its_object_stands_when_the_model_is_unsure() -> None:
    # ("He said" had tipped the model to an appeal at 0.34 against the sanction's 0.25)
    events = _events("He said Belvania had recalled its ambassador.")
    assert events[:1] == [("SANCTION", "Belvania", False)], events


def test_the_charge_is_no_part_of_the_accused() -> None:
    events, names = fiction_events("Ana Voss accused the government of corruption.")
    targets = [names.get(e.target) or "" for e in events if e.type == "ACCUSE"]
    assert targets and not any("corruption" in t for t in targets), targets


@pytest.mark.parametrize(
    "text,expected",
    [
        # a place or a thing of war struck is an attack (it had been no event)
        ("Ostrava struck a fuel terminal in Belvania.", ("ASSAULT", "Ostrava", False)),
        # a label of blame in a noun of theatre
        ("Ana Voss called the summit a political stunt.", ("ACCUSE", "Ana Voss", False)),
    ],
)
def test_strikes_and_stunts(text: str, expected: tuple[str, str | None, bool]) -> None:
    assert _events(text)[:1] == [expected]


def test_people_detained_are_no_act_of_the_one_who_demands_their_release() -> None:
    events = _events("Ostrava demanded that Belvania release 11 fans detained after a match.")
    assert ("COERCE", "Ostrava", False) not in events, events


def test_the_one_asked_asks_nothing() -> None:
    events = _events(
        "Ana Voss, asked whether she would meet Teo Marran, said she was ready to talk."
    )
    assert [t for t, *_ in events if t == "REQUEST"] == [], events


# An analyst's timeline had read a denial of shelling as de-escalation (+2.25 the day after the
# shelling), an order to withdraw as the withdrawal itself (+6.5), readiness to sanction as
# support (+5) and a plan to halt deliveries as aid (+10).
def test_a_denied_act_carries_no_tone() -> None:
    events, _ = fiction_events("Ostrava denied shelling the village.", "2024-03-01")
    assert [(e.type, e.negated, e.intensity) for e in events] == [("ASSAULT", True, 0.0)]
    events, names = fiction_events(
        "The Ostrava Republic denied that its troops had shelled the village.", "2024-03-01"
    )
    assert [(names.get(e.source), e.negated, e.intensity) for e in events] == [
        ("Ostravan troops", True, 0.0)
    ]
    # (an act ruled out keeps its small signal of de-escalation)
    events, _ = fiction_events("Ostrava ruled out a military strike.", "2024-03-01")
    assert events and all(e.intensity and e.intensity > 0 for e in events)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ana Voss told Ostrava to withdraw its troops.", ("REQUEST", "Ana Voss", False)),
        ("Ana Voss ordered Ostrava to withdraw its troops.", ("REQUEST", "Ana Voss", False)),
        ("Belvania was ready to impose sanctions on Ostrava.", ("THREATEN", "Belvania", False)),
        ('"We have nothing to discuss with Sarn," Ana Voss said.', ("CONSULT", None, True)),
    ],
)
def test_orders_readiness_and_nothing_to_discuss(
    text: str, expected: tuple[str, str | None, bool]
) -> None:
    assert _events(text)[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Voss described Ostrava as a state that respects only strength.",
        "Belvania drew up plans to halt gas deliveries to Ostrava.",
    ],
)
def test_no_cooperation_read_off_a_description_or_a_plan(text: str) -> None:
    events, _ = fiction_events(text, "2024-03-01")
    assert not [e for e in events if e.intensity and e.intensity > 3], [
        (e.type, e.intensity) for e in events
    ]


def test_a_condition_of_time_is_no_act_done() -> None:
    # "only after Ostrava withdrew its troops" had been a withdrawal done, at +6.5
    events, _ = fiction_events(
        "Belvania said talks would resume only after the Ostrava Republic withdrew its troops.",
        "2024-03-01",
    )
    withdrawals = [e for e in events if e.type == "RETREAT"]
    assert withdrawals and all(e.hypothetical for e in withdrawals)
    events, _ = fiction_events("The Ostrava Republic withdrew its troops after the talks.")
    assert [e.hypothetical for e in events if e.type == "RETREAT"] == [False]


def test_a_decision_not_taken_is_no_act_decided() -> None:
    # "has not yet taken a final decision to attack" had been a hypothetical attack at -6.75
    events = _events("The Ostrava Republic has not yet taken a final decision to attack.")
    assert events and all(negated for _, _, negated in events), events
