"""Trading warnings, blame or fire is an act of each party on the other (issue 15,
thirty-first session).

"Lorvik and Belvania trade warnings" matched the lexicon's bare "trade" (economic
cooperation, +9.5 in the headline "Ceasefire talks stall as both sides trade blame"); what is
traded now decides the type (warnings and threats THREATEN, blame and accusations ACCUSE,
fire and blows ASSAULT) and the coordinated parties act on each other, as they do when they
reach a deal. Fiction only.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Sarnia and Belvania traded warnings on Tuesday.", "THREATEN"),
        ("Sarnia and Belvania traded accusations over the crossing.", "ACCUSE"),
        ("Sarnia and Belvania exchanged fire near the border.", "ASSAULT"),
    ],
)
def test_the_parties_of_a_trade_act_on_each_other(sentence: str, type_: str) -> None:
    assert sorted(coded(sentence)) == [
        (type_, "Belvania", "Sarnia"),
        (type_, "Sarnia", "Belvania"),
    ]


def test_trading_blame_is_no_cooperation() -> None:
    assert "COOPERATE" not in {t for t, _, _ in coded("Both sides traded blame for the collapse.")}
