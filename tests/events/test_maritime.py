"""A collision at sea (issue 15, thirty-fourth session). Fiction only.

"The coast guard said an Ostravan ship 'deliberately rammed' its cutter Amber Star" was an
appeal at 0 from Ostrava to a person named Amber Star: "ram" was in no word list (the model
answered for an unknown verb) and the recogniser read the ship's name as a person's. Ramming
a ship, a vehicle or an actor is an assault (CAMEO 18); a ship's name after a word for a ship
is no actor, so "its cutter" is the one acted on.
"""

from __future__ import annotations

from tests.events.conftest import coded, coded_events


def test_ramming_a_ship_is_an_assault_on_its_owner() -> None:
    events, names = coded_events(
        'The Belvanian Coast Guard said an Ostravan ship "deliberately rammed" its cutter '
        "Amber Star shortly after dawn."
    )
    assert [(e.type, names.get(e.target)) for e in events] == [("ASSAULT", "Belvanian Coast Guard")]


def test_ramming_a_bill_through_is_no_assault() -> None:
    assert coded("The speaker rammed the bill through parliament on Monday.") == []
