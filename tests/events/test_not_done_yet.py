"""Acts that are owed, rehearsed, denied as a purpose or done by nature, and relief that is a
feeling, read in fictional articles (issue 15, thirty-fifth session).

- "The court ruled that Ostrava must pay compensation" was aid paid, at +10: what one must do
  is not yet done (but "I must say ..." is said).
- '"They are rehearsing an invasion," Sarvas said' was an invasion at -9: an attack rehearsed
  or practised is a show of force, no attack.
- "housing destroyed by the floods", "The storm destroyed dozens of homes": attacks by no one.
- '"We are not sending soldiers to fight," Orlin said' was a fight at -9: the purpose of an
  act denied is denied too.
- "Sarn should not mistake today's relief for gratitude" was aid at +10: relief owned by a
  day, felt, expressed or "at" something is a feeling.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import fiction_events


def test_what_one_must_do_is_not_done() -> None:
    events, _ = fiction_events(
        "Ostrava must pay compensation to the families of the fishermen, the court ruled."
    )
    paid = [e for e in events if e.type == "AID"]
    assert paid and all(e.hypothetical for e in paid)


@pytest.mark.parametrize(
    "sentence,kind",
    [
        # an attack rehearsed is no attack
        ('"They are rehearsing an invasion," Sarvas said.', "ASSAULT"),
        ("Ostravan troops practised an assault on a mock town near the border.", "ASSAULT"),
        # harm done by nature is no one's attack
        (
            "The aid will rebuild roads, bridges and housing destroyed by the floods in May.",
            "ASSAULT",
        ),
        ("The storm destroyed dozens of homes in northern Kestria.", "ASSAULT"),
        # relief felt is no aid
        ('"Sarn should not mistake today\'s relief for gratitude," Voss said.', "AID"),
        ("Belvania expressed relief at the release of the sailors.", "AID"),
    ],
)
def test_no_act_of_that_kind(sentence: str, kind: str) -> None:
    events, _ = fiction_events(sentence)
    assert kind not in {e.type for e in events}


def test_the_purpose_of_an_act_denied_is_denied() -> None:
    events, _ = fiction_events('"We are not sending soldiers to fight," Orlin said.')
    fights = [e for e in events if e.type == "ASSAULT"]
    assert fights and all(e.negated for e in fights)
    assert all(e.intensity is None or e.intensity > -1 for e in fights)


def test_relief_sent_is_aid() -> None:
    events, _ = fiction_events("Belvania sent relief to the flooded provinces of Kestria.")
    assert "AID" in {e.type for e in events}


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("It said Belvanian troops did not return fire.", "ASSAULT"),
        ("The resolution passed without Kestria's support.", "SUPPORT"),
        ("The ministers hoped the plan could avoid military action against Ostrava.", "ASSAULT"),
    ],
)
def test_acts_not_done_are_negated(sentence: str, kind: str) -> None:
    events, _ = fiction_events(sentence)
    # (the act negated, or no act at all: never one done, nor a threat of it)
    assert not [e for e in events if e.type in {kind, "THREATEN"} and not e.negated]


def test_forces_sent_to_ones_own_border_are_no_aid() -> None:
    events, _ = fiction_events(
        "Belvania announced it was sending two additional battalions and an air-defence unit "
        "to the border."
    )
    types = {e.type for e in events}
    assert "AID" not in types and "MOBILIZE" in types


def test_measures_that_target_people_are_no_strike() -> None:
    events, _ = fiction_events("The sanctions target senior Ostravan officials and three banks.")
    types = {e.type for e in events}
    assert "ASSAULT" not in types and "SANCTION" in types


def test_an_act_called_a_fabrication_is_denied() -> None:
    events, _ = fiction_events('"The so-called shelling of Dunmere is a fabrication," Marran said.')
    assert not [e for e in events if e.type == "ASSAULT" and not e.negated]


def test_who_dies_in_an_attack_made_none() -> None:
    events, names = fiction_events(
        "Ostrava said two of its soldiers had died in a Belvanian drone strike on a depot."
    )
    assert events
    assert all("soldiers" not in (names.get(e.source) or "") for e in events)


def test_forces_put_on_alert_are_a_show_of_force() -> None:
    events, names = fiction_events(
        "The Ostrava Republic put its western military district on heightened alert."
    )
    assert [(e.type, names.get(e.source)) for e in events][:1] == [("MOBILIZE", "Ostrava Republic")]


def test_what_one_walks_out_over_is_not_ones_act() -> None:
    events, names = fiction_events(
        "Truce talks collapse as Belvania walks out over shelling\n\nVELL, Aug 4 - Talks ended.\n"
    )
    assert not [e for e in events if e.type == "ASSAULT" and names.get(e.source) == "Belvania"]
