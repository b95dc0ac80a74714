"""A show of force is no cooperation, and an act weighed is no act done (issue 15,
thirty-first session).

The training sentences hold military exercises only as joint ones (cooperation between two
armies), so the type model read "Belvania ordered naval exercises near the corridor" as a
concession at +4.5 and "held military drills near the border" as aid at +10, against the
lexicon's MOBILIZE (CAMEO 15, "exhibit military posture"). One side's exercise keeps the
lexicon's type; two sides' stay the model's, and a civil drill ("an emergency evacuation
exercise") is no show of force. An act governed by a verb of weighing ("considering all
options, including closing its airspace") is possible, not done. Fiction only.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded


def _events_h(sentence: str) -> list[tuple]:  # type: ignore[type-arg]
    return coded(sentence, hypothetical=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Belvanian Defence Minister Oleg Marr on Wednesday ordered naval exercises near the "
        "corridor.",
        "The Belvanian navy began exercises near the corridor on Wednesday.",
        "Belvania held military drills near the border.",
    ],
)
def test_one_sides_military_exercise_is_a_show_of_force(sentence: str) -> None:
    events = _events_h(sentence)
    assert events and events[0][0] == "MOBILIZE"


@pytest.mark.parametrize(
    "sentence",
    [
        "Belvania and Lorvik held naval exercises near the corridor.",
        "Belvanian troops carried out an emergency evacuation exercise in a school.",
    ],
)
def test_joint_or_civil_exercises_are_no_show_of_force(sentence: str) -> None:
    assert "MOBILIZE" not in {t for t, _, _ in _events_h(sentence)}


def test_an_act_weighed_is_possible_not_done() -> None:
    events = _events_h(
        "Asked whether Lorvik would retaliate, the spokesman, Erik Sand, said the government "
        'was "considering all options," including closing its airspace to Belvanian flights.'
    )
    assert events and all(hyp for _, _, hyp in events)
    done = _events_h("Lorvik closed its airspace to Belvanian cargo flights.")
    assert done and not any(hyp for _, _, hyp in done)


def test_troops_massing_are_one_sides_force() -> None:
    # (thirty-fourth session: the model read "Ostravan troops began massing near the border"
    # as aid at +10: the force moved was the subject, with no object, and went unseen)
    sentence = (
        "LORVIK — Three weeks after Ostravan troops began massing near the border, analysts in "
        "Lorvik and abroad are split over whether the crisis between Belvania and the Ostrava "
        "Republic will spiral into open conflict."
    )
    types = [t for t, _, _ in coded(sentence)]
    assert types and types[0] == "MOBILIZE"


def test_soldiers_sent_to_train_others_are_no_show_of_force() -> None:
    types = [
        t
        for t, _, _ in coded(
            "Twelve Sarnian soldiers deployed to the Belvanian infantry school to train 200 "
            "Belvanian soldiers for seven weeks."
        )
    ]
    assert "MOBILIZE" not in types
