"""A question reports no act (issue 15, thirty-second session).

An interview in a live blog ("Q: Have you spoken to your Ostravan counterpart?") coded a
consultation with Ostrava, and "Voss was asked whether Belvania would retaliate" a request to
Belvania: what a reporter asks, or a sentence ending in a question mark, says no act happened.
Fiction only.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded


@pytest.mark.parametrize(
    "sentence",
    [
        "Q: Have you spoken to your Ostravan counterpart?",
        "Will Belvania strike back against Ostrava?",
        "Belvanian Foreign Minister Ana Voss was asked whether Belvania would retaliate.",
    ],
)
def test_a_question_reports_no_act(sentence: str) -> None:
    assert coded(sentence) == []


def test_a_request_by_a_named_party_in_the_passive_is_still_one() -> None:
    assert [t for t, _, _ in coded("Voss was asked by Ostrava to withdraw her troops.")] == [
        "REQUEST"
    ]


# Sixtieth session: a question put by a named asker ("Tapper asked whether Republicans would
# hold the House", '"But why?" she asked him') had been a request to the one asked, and what
# the question asks about an act of its own ("Hannity asked Trump if he would deport all ...":
# a threat). On PolNeAR train 122 such requests went, nearly all interviews' questions.


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporter Ana Weiss asked Foreign Minister Ivo Dant whether Belvania would sign the "
        "treaty.",
        "Reporter Ana Weiss asked Ivo Dant if Belvania would expel the Ostravan envoy.",
        "Ana Weiss asked Ivo Dant about the talks with Ostrava.",
        "“Will you sign the treaty?” Ana Weiss asked Ivo Dant.",
    ],
)
def test_a_question_put_is_no_request_nor_what_it_asks_about(sentence: str) -> None:
    assert coded(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Belvania asked Ostrava to withdraw its troops from the border.",
        "The Belvanian government asked for a ceasefire.",
    ],
)
def test_asking_for_an_act_is_still_a_request(sentence: str) -> None:
    assert "REQUEST" in [t for t, _, _ in coded(sentence)]


def test_an_act_beside_the_question_is_still_coded() -> None:
    events = coded(
        "Reporter Ana Weiss asked whether Belvania would sign the treaty, and Foreign Minister "
        "Ivo Dant condemned Ostrava for the blockade."
    )
    assert ("ACCUSE", "Ivo Dant", "Ostrava") in events
