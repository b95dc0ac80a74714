"""An event someone wants is wished for, not done (issue 15, thirty-second session).

onrecord coded "No one wants a war" and "neither side wanted a war" as an assault at -9,
the war the sentence says no one wants: the object noun of "want" was read as an event that
had happened, and a subject with "neither" was not read as a negation. The noun is now read
as the verb's wish, as "wants to fight" is (PLOVER's rule for intentions: a conflictual wish
is a threat, a cooperative one an agreement in principle), and "no one" or "neither side"
negates it. Fiction only.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded_events


def _events(sentence: str) -> list[tuple]:  # type: ignore[type-arg]
    events, names = coded_events(sentence)
    return [(e.type, names.get(e.source), e.negated, e.intensity) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "No one wants a war.",
        "Victoria Hale, an analyst at the Lorvik Institute, said neither side wanted a war.",
        "Belvania does not want a war with Sarnia.",
    ],
)
def test_a_war_no_one_wants_is_no_assault(sentence: str) -> None:
    events = _events(sentence)
    assert "ASSAULT" not in {e[0] for e in events}
    assert all(e[2] for e in events)  # whatever is coded is negated
    assert all(e[3] > -5 for e in events)


def test_a_wish_for_talks_is_an_intention_not_talks() -> None:
    events = _events("Sarnia wants talks with Belvania.")
    assert [e[:3] for e in events] == [("AGREE", "Sarnia", False)]


def test_a_subject_with_neither_negates_the_act() -> None:
    events = _events("Neither side fired on the convoy.")
    assert events and all(e[2] for e in events)
