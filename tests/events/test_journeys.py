"""A journey is a visit only to a party: a foreign state or a person, not a town of one's own
country, a college or a convention.

On 400 PolNeAR train articles, the lexicon's visits ("go to", "travel to", "fly to", "arrive
in", "visit") had made 30-odd events of no interaction ("went to college", "if we go to a
contested convention", "my thoughts and prayers go out", "Cruz is racing to visit all 99 of
the state's counties"); two who arrived somewhere together consulted each other; and "the
foreign minister went to Ostrava" was aid, which the model, having seen few such verbs, read
at 0.40 over the lexicon's visit.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded, fiction_coded


def test_an_envoys_journey_to_a_state_is_a_visit() -> None:
    assert [
        e[0] for e in fiction_coded("The Belvanian foreign minister went to Ostrava on Monday.")
    ] == ["CONSULT"]


def test_something_flown_to_a_state_is_still_aid() -> None:
    assert [e[0] for e in fiction_coded("Belvania flew food and medicine to Ostrava.")] == ["AID"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ivo Dant went to college in Kessin.",
        "If we go to a contested convention, the delegates will decide.",
        "President Ivo Voss and Vice President Ana Marr visited Columbus, Ohio on Monday.",
        # a journey to nowhere named: it had raised an error on the missing place
        "Ana Voss encouraged Belvanians to visit often.",
        "Voss, encouraging his supporters to visit on Election Day, spoke.",
    ],
)
def test_a_journey_to_no_party_is_no_event(sentence: str) -> None:
    assert coded(sentence) == []


def test_who_arrive_together_do_not_visit_each_other() -> None:
    events = fiction_coded(
        "President Ivo Voss and Vice President Ana Marr arrived in Kessin, Belvania, on Monday."
    )
    assert events and all(t not in {"Ivo Voss", "Ana Marr"} for _, _, t in events)


def test_an_envoy_due_to_visit_capitals_still_visits() -> None:
    assert [
        e[0] for e in fiction_coded("Tarnessian envoy Jan Halm is due to visit both capitals.")
    ] == ["CONSULT"]
