"""Who did it: the one who tells of an act is not its doer (issue 15, thirty-seventh session).

Reviewers' articles of a border clash, a disputed election and a peace conference had the
speaker, or a source cited "according to", recorded as the attacker: '"They attacked our post,"
Sandor said' was an attack by Sandor; "Voss said shelling had damaged houses" one by Voss;
"The fighting ... killed at least 60 people, according to the Valmoran Red Cross" one by the
Red Cross; "Marran denied that soldiers had been killed" a (denied) killing by Marran; "Voss
said she had received threats" a threat by Voss; "Grell said Ostravan forces had crossed the
river and attacked a patrol" an attack by Grell (and a statement by him, "a patrol"). And "The
senator attacked the plan" was an armed attack.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import fiction_events


def _events(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    events, names = fiction_events(text, "2024-03-01")
    return [(e.type, names.get(e.source), names.get(e.target), e.negated) for e in events]


@pytest.mark.parametrize(
    "text,teller",
    [
        ('"They attacked our post," Mira Orlin said.', "Mira Orlin"),
        ("Ana Voss said shelling had damaged houses in the village.", "Ana Voss"),
        (
            "The fighting, which began when Ostravan troops crossed the river, killed at least "
            "60 people, according to the Northern Lakes Council.",
            "Northern Lakes Council",
        ),
        ("Teo Marran denied that soldiers had been killed.", "Teo Marran"),
        ("Ana Voss said she had received threats.", "Ana Voss"),
    ],
)
def test_the_one_who_tells_of_an_act_did_not_do_it(text: str, teller: str) -> None:
    events = _events(text)
    assert all(source != teller for _, source, _, _ in events), events


def test_a_denied_clause_keeps_its_own_doer_and_is_denied() -> None:
    events = _events("Teo Marran denied that Belvanian troops had attacked the base.")
    assert ("ASSAULT", "Belvanian troops", None, True) in events, events


def test_an_armed_forces_attack_in_someones_words_is_theirs_and_no_statement() -> None:
    events, names = fiction_events(
        "Ana Voss said Ostravan forces had crossed the river and attacked a patrol.", "2024-03-01"
    )
    assert [names.get(e.source) for e in events if e.type == "ASSAULT"] == ["Ostravan forces"]
    from onrecord.pipeline import ArticleInput
    from tests.events.conftest import _fiction_extractor

    rec = _fiction_extractor()(
        ArticleInput(
            text="Ana Voss said Ostravan forces had crossed the river and attacked a patrol.",
            published="2024-03-01",
        )
    )
    assert [q.text for q in rec.quotes] == [
        "Ostravan forces had crossed the river and attacked a patrol"
    ]


@pytest.mark.parametrize(
    "text",
    ["The senator attacked the plan.", "Ostrava attacked the proposal as reckless."],
)
def test_words_against_a_plan_are_no_armed_attack(text: str) -> None:
    assert [t for t, *_ in _events(text)] == ["ACCUSE"]


def test_our_own_words_still_make_the_speaker_act() -> None:
    assert ("ASSAULT", "Mira Orlin", None, False) in _events(
        '"We shelled the depot," Mira Orlin said.'
    )


def test_the_act_alleged_goes_on_in_a_participle_and_is_no_act_of_the_accuser() -> None:
    # "..., wounding four soldiers" had been an attack by Kestria on the soldiers, and the
    # store's alerts showed the accuser as the aggressor (thirty-seventh session)
    events = _events(
        "Belvania accused the Ostrava Republic on Tuesday of shelling a border post near the "
        "Sella dam overnight, wounding four soldiers."
    )
    assert [(t, s) for t, s, _, _ in events] == [("ACCUSE", "Belvania")], events
