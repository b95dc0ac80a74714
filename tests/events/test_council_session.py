"""Events of a Security Council session on the Belvania-Sarnia border (issue 15,
thirty-third session). Fiction only.

- "The Security Council failed to agree on a statement" was an agreement.
- "... a statement about fighting along the border" was an attack by the council: what a
  statement is about is no act of its makers.
- "Tamm told the council that Sarnian forces had shelled three villages" made the council the
  target of the shelling: the one a speaker addresses is acted on by the speaker's own act,
  not by every act the statement reports.
- "... and demanded that the council name the aggressor": the parser hung "demanded" on
  "shelled", and the demand was the Sarnian forces'; a statement's own verb with no subject
  of its own is its speaker's act.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded, coded_events


def test_failing_to_agree_is_no_agreement() -> None:
    events, _ = coded_events("The Security Council failed on Monday to agree on a statement.")
    assert [(e.type, e.negated) for e in events] == [("AGREE", True)]


def test_failing_to_capture_a_town_is_still_an_attack() -> None:
    events, _ = coded_events("Sarnian troops failed to capture the town of Keld.")
    assert [(e.type, e.negated) for e in events] == [("ASSAULT", False)]


def test_what_a_statement_is_about_is_no_act() -> None:
    events = coded(
        "The Security Council failed to agree on a statement about fighting along the border."
    )
    assert events
    assert "ASSAULT" not in [t for t, _, _ in events]


def test_the_one_told_is_not_the_target_of_what_the_statement_reports() -> None:
    events = coded(
        "Belvania's ambassador, Oskar Tamm, told the Security Council that Sarnian forces had "
        "shelled three villages since Friday and demanded that the council name the aggressor."
    )
    assaults = [(s, t) for typ, s, t in events if typ == "ASSAULT"]
    assert assaults and all(t is None or "Council" not in t for _, t in assaults)
    assert [s for typ, s, _ in events if typ == "REQUEST"] == ["Oskar Tamm"]


@pytest.mark.parametrize(
    "sentence,type_",
    [
        # a deployment of forces is a mobilisation (it was aid at +10: the training
        # sentences deploy only peacekeepers and rescue teams)
        ("Sarnia deployed troops along the border on Monday.", "MOBILIZE"),
        ("Sarnia deployed 5,000 troops to Belvania.", "MOBILIZE"),
        # peacekeeping is aid (CAMEO 074)
        ("Belvania is deploying 300 troops to the UN peacekeeping mission in Sarnia.", "AID"),
        ("The draft called for U.N. monitors to be deployed along the border.", "AID"),
    ],
)
def test_forces_deployed_are_a_mobilisation_peacekeepers_aid(sentence: str, type_: str) -> None:
    types = [t for t, _, _ in coded(sentence)]
    other = "AID" if type_ == "MOBILIZE" else "MOBILIZE"
    assert type_ in types and other not in types


@pytest.mark.parametrize(
    "sentence,type_",
    [
        ("The leaders of Belvania and Sarnia will meet next week.", "AGREE"),
        ("The armies of Belvania and Sarnia performed joint war games in October.", "COOPERATE"),
    ],
)
def test_the_parties_of_a_coordinated_of_phrase_act_on_each_other(
    sentence: str, type_: str
) -> None:
    events = coded(sentence)
    assert (type_, "Belvania", "Sarnia") in events and (type_, "Sarnia", "Belvania") in events
