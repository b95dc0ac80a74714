"""Two constructions the type model's training sentences do not hold, read in fictional
articles (issue 15, thirty-sixth session): a label put on someone ("called Dulas a criminal")
had been a telephone call, a consultation at +2.5, and a warning shot an armed attack at -9.
A label is an accusation, or praise in a word of praise; a warning shot is force shown, not
used (CAMEO 15), at whatever it was fired toward. A call with no label stays a call.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import fiction_events


def _first(sentence: str) -> tuple[str, str | None, str | None, float | None]:
    events, names = fiction_events(sentence, "2024-03-01")
    assert events
    e = events[0]
    return e.type, names.get(e.source), names.get(e.target), e.intensity


@pytest.mark.parametrize(
    "sentence,type_,target",
    [
        ("President Pavel Orlin has repeatedly called Ana Voss a criminal.", "ACCUSE", "Ana Voss"),
        ("President Pavel Orlin called the ruling a disgrace.", "ACCUSE", None),
        ("President Pavel Orlin called Ana Voss a friend of Ostrava.", "SUPPORT", "Ana Voss"),
        ("President Pavel Orlin called Ana Voss on Tuesday.", "CONSULT", "Ana Voss"),
        # praise in the label's modifier, and blame in its of-phrase
        (
            "President Pavel Orlin called the deal 'the finest piece of diplomacy this "
            "republic has produced'.",
            "SUPPORT",
            None,
        ),
        ("President Pavel Orlin called the seizure an act of piracy.", "ACCUSE", None),
    ],
)
def test_a_label_put_on_someone_is_no_telephone_call(
    sentence: str, type_: str, target: str | None
) -> None:
    got, source, tgt, _ = _first(sentence)
    assert (got, source) == (type_, "Pavel Orlin")
    if target is not None:
        assert tgt == target


@pytest.mark.parametrize(
    "sentence",
    [
        "A Belvanian frigate fired a warning shot across the bow of an Ostravan trawler.",
        "The Belvanian Coast Guard fired warning shots at an Ostravan trawler.",
    ],
)
def test_a_warning_shot_is_force_shown_at_its_mark(sentence: str) -> None:
    type_, source, target, intensity = _first(sentence)
    assert type_ == "MOBILIZE" and intensity is not None and intensity > -9
    assert "Belvan" in (source or "") and "Ostrava" in (target or "")


def test_a_shot_fired_at_someone_is_still_an_attack() -> None:
    type_, _, _, _ = _first("Belvanian troops fired on Ostravan positions near the border.")
    assert type_ == "ASSAULT"


def test_a_label_of_neither_blame_nor_praise_is_no_accusation() -> None:
    events, _ = fiction_events(
        "President Pavel Orlin called the anniversary 'a reminder that peace is a policy, not "
        "a memory'.",
        "2024-03-01",
    )
    assert all(e.type != "ACCUSE" for e in events)
