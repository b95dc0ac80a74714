"""Words turned away, acts said to be impossible, unlikely, prevented or no longer done,
assurances, and a correction's withdrawn claim, read in fictional articles (issue 15,
thirty-sixth session).

"Teo Marran dismissed the sanctions threat" had been a negated threat by Marran (a threat is
someone else's words: dismissing it is a rejection); "It is not possible to discuss trade" a
consultation; "Kestria was unlikely to block the measures" an act done; a state that "has
resisted previous sanctions on Ostrava" had coerced Ostrava at -7; guarantees provided that a
trial would be fair were aid at +10 (they are a promise); "prevented an attack" an attack;
"An earlier version of this story said that Belvania had recalled its ambassador" a sanction.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import fiction_events


def _events(sentence: str) -> list[tuple[str, str | None, bool, bool]]:
    events, names = fiction_events(sentence, "2024-03-01")
    return [(e.type, names.get(e.source), e.negated, e.hypothetical) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostravan Foreign Minister Teo Marran dismissed the sanctions threat.",
        "Teo Marran denied the accusations.",
    ],
)
def test_anothers_words_turned_away_are_no_threat_or_accusation_of_ones_own(sentence: str) -> None:
    events = _events(sentence)
    assert events and all(t not in {"THREATEN", "ACCUSE"} for t, *_ in events), events
    assert events[0][:2] == ("REJECT", "Teo Marran")


# Thirty-seventh session: the type model reads a denial as CAMEO does, a statement (penta 0,
# CAMEO 016), and had made it an appeal at 0 ("Tarnesse flatly denied the accusations":
# REQUEST) or support at +5; "denies any role" had no event.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ostrava flatly denied the accusations.",
        "Ostrava denied the charges.",
        "Ostrava rejected accusations that it had shelled the town.",
        "Ostrava denies any role in the attack.",
        "Ostrava denied any involvement.",
        "Ostrava denied responsibility for the attack.",
    ],
)
def test_a_denial_is_a_rejection(sentence: str) -> None:
    events, names = fiction_events(sentence, "2024-03-01")
    assert [(e.type, e.cameo, names.get(e.source), e.negated) for e in events][:1] in (
        [("REJECT", "01", "Ostrava", False)],
        [("REJECT", "12", "Ostrava", False)],
    ), [(e.type, e.cameo) for e in events]
    assert events[0].intensity is not None and events[0].intensity < 0


def test_ones_own_act_denied_stays_denied() -> None:
    events = _events("Teo Marran denied attacking the convoy.")
    assert events and events[0][0] == "ASSAULT" and events[0][2]


@pytest.mark.parametrize(
    "sentence",
    [
        '"It is not possible to discuss trade while sailors are being held," Ana Voss said.',
        '"It is impossible to discuss trade now," Ana Voss said.',
        # accepting nothing, or no longer, is not accepting
        '"So I no longer accept anything from Sarn at face value," Teo Marran said.',
        "Kestria accepted nothing from Ostrava.",
    ],
)
def test_an_act_said_to_be_impossible_or_refused_is_not_done(sentence: str) -> None:
    events = _events(sentence)
    assert events and all(neg for _, _, neg, _ in events), events


def test_an_act_said_to_be_unlikely_is_only_possible() -> None:
    events = _events("Kestria was unlikely to send troops.")
    assert events and all(hyp for *_, hyp in events), events


def test_resisting_sanctions_is_no_coercion() -> None:
    events = _events("Kestria has resisted previous sanctions on Ostrava.")
    assert events and all(t != "COERCE" for t, *_ in events), events


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel ruled that Ostrava had provided sufficient guarantees that the trial would "
        "be fair.",
        "Ostrava gave assurances that the crew would be safe.",
    ],
)
def test_assurances_given_are_a_promise_not_aid(sentence: str) -> None:
    events = _events(sentence)
    assert events and events[0][0] == "AGREE", events


def test_a_claim_a_correction_withdraws_is_no_event_and_no_statement() -> None:
    from onrecord.pipeline import extract

    text = (
        "Digest\n\nKestria has recalled its ambassador from Sarn, officials said.\n\n"
        "Correction: An earlier version of this story said that Belvania had recalled its "
        "ambassador from Sarn. Belvania has not recalled any diplomats.\n"
    )
    events, names = fiction_events(text, "2024-03-01")
    assert all(not (names.get(e.source) == "Belvania" and not e.negated) for e in events), [
        (e.type, names.get(e.source), e.negated) for e in events
    ]
    speakers = [q.speaker.text for q in extract(text).quotes if q.speaker]
    assert all("version" not in s for s in speakers)


def test_an_attack_prevented_is_no_attack() -> None:
    events = _events("Belvanian troops prevented an attack on the convoy.")
    assert all(t != "ASSAULT" or neg for t, _, neg, _ in events), events


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN refugee agency said 14,000 people had reached the border from the besieged "
        "town of Mereth.",
        "Ostrava freed the detained Belvanian journalist on Thursday.",
    ],
)
def test_a_participle_that_describes_a_noun_is_no_act_of_the_sentence(sentence: str) -> None:
    events = _events(sentence)
    assert all(t not in {"ASSAULT", "COERCE"} for t, *_ in events), events
