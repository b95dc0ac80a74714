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
