"""A state, a province or a city a phrase names is where an act happened, not its target.

On 400 PolNeAR train articles 215 events had such a place for their target, nearly all where a
candidate campaigned, spoke or finished ("CONSULT Marco Rubio -> Cedar Rapids, Iowa" for a
town hall meeting there). A place the verb takes stays a party ("sued North Carolina"), and
so does one where blows fall.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ivo Dant held a town hall meeting in Cedar Rapids, Iowa, on Tuesday.",
        "Senator Ivo Dant is heading now to Nevada and has urged his supporters to vote.",
    ],
)
def test_where_a_politician_speaks_or_goes_is_no_party(sentence: str) -> None:
    events = coded(sentence)
    assert events, "the meeting or the journey is still coded"
    assert all(target not in {"Cedar Rapids, Iowa", "Nevada"} for _, _, target in events), events


def test_a_state_the_verb_takes_is_a_party() -> None:
    assert coded("The Belvanian Justice Ministry sued North Carolina over the law.") == [
        ("ACCUSE", "Belvanian Justice Ministry", "North Carolina")
    ]


def test_a_place_where_blows_fall_is_still_the_target() -> None:
    events = coded("Gunmen killed three people at a church in Charleston, South Carolina.")
    assert ("ASSAULT", "Gunmen", "Charleston, South Carolina") in events
