"""A party named like an act, and a stance that is no act (issue 15, thirty-fourth session).
Fiction only.

- "The deal drew criticism from Belvania's opposition" added a rejection by Belvania: "the
  opposition" is the parties out of power; only "opposition to" something, or opposition
  voiced (an object), is an act of opposing.
- '"We will not be intimidated," Voss said' was a threat against Voss (negated, possible):
  a passive with no one named to apply the pressure is a stance, no act of anyone's.
- "Belvania said it would appeal" (a trade body's ruling) was an appeal to someone: an appeal
  "for" something or "to" someone is one; "appeal" alone, or with the ruling as its object,
  goes to a court.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded


def test_the_opposition_is_a_party_not_a_rejection() -> None:
    assert [t for t, _, _ in coded("The deal drew criticism from Belvania's opposition.")] == [
        "ACCUSE"
    ]
    assert coded("The opposition said on Monday that the deal was a mistake.") == []


@pytest.mark.parametrize(
    "sentence", ["Belvania voiced opposition to the plan.", "Belvania voiced its opposition."]
)
def test_opposition_voiced_is_still_a_rejection(sentence: str) -> None:
    assert [t for t, _, _ in coded(sentence)] == ["REJECT"]


def test_a_pressure_no_one_applies_is_no_event() -> None:
    assert coded('"We will not be intimidated," Ana Voss told reporters in Lorvik.') == []


@pytest.mark.parametrize(
    "sentence", ["Belvania said it would appeal.", "Belvania will appeal the ruling of the panel."]
)
def test_an_appeal_to_a_court_is_no_request(sentence: str) -> None:
    assert coded(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["The Council appealed for calm on Monday.", "Ana Voss appealed to Ostrava for restraint."],
)
def test_an_appeal_for_something_or_to_someone_is_a_request(sentence: str) -> None:
    assert [t for t, _, _ in coded(sentence)] == ["REQUEST"]
