"""A rally is a protest only when the text says what it protests (thirty-ninth session).

PLOVER's PROTEST is a demonstration against a target. onrecord coded every rally as one: on
PolNeAR (political news) half of all PROTEST events were campaign rallies ("Voss spoke at a
rally in Sarn"), each material conflict against whoever stood near the word, the place
included. A rally against something, by protesters, or with no object ("thousands rallied in
the capital") is still a protest; rallying support ("rallied its supporters", "rallied behind
the plan") is none. Fiction only.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands rallied in Lorvik on Saturday against the treaty with Ostrava.",
        "Belvanian protesters held a rally outside the Ostravan embassy.",
        "Hundreds of Belvanian students held a rally outside the Ostravan embassy to denounce "
        "the expulsions.",
        "Opposition supporters staged an anti-government rally in Sarn.",
        "Thousands rallied in the capital on Saturday.",
        "Thousands of people held a rally in the capital to protest the new law.",
    ],
)
def test_a_rally_against_something_is_a_protest(sentence: str) -> None:
    assert "PROTEST" in [t for t, _, _ in coded(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Voss held a campaign rally in Sarn on Friday.",
        "Voss told supporters at a rally in Sarn that the bridge would open in May.",
        "Ana Voss held her first rally with Ivo Dant on Monday.",
        "Belvania's allies rallied behind the plan.",
        "Voss has held rallies before large crowds in Sarn and Kessin.",
    ],
)
def test_a_rally_that_protests_nothing_is_no_protest(sentence: str) -> None:
    events = coded(sentence)
    assert not {"PROTEST", "CONSULT", "COERCE", "REJECT"} & {t for t, _, _ in events}, events
