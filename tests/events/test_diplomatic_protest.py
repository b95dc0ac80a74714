"""A protest in words by a state or its officials is ACCUSE, not PROTEST (issue 15,
thirty-first session).

The PLOVER manual keeps PROTEST for collective action, which "presumes significant
physical/material activity, not just an expression of opinion"; diplomatic protests are
ACCUSE ("disapprove"), and summoning an envoy to present a grievance is that ACCUSE alone.
onrecord coded "the foreign ministry lodged a formal protest" and "Sarnia protested the
expulsion" as demonstrations at -5, and "summoned the ambassador to protest ..." twice (an
ACCUSE and a PROTEST). Crowds, students and campaign groups still protest. Fiction only.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The Lorvik foreign ministry lodged a formal protest with Belvania over the drills.",
            "Lorvik foreign ministry",
        ),
        ("Sarnia protested the expulsion of its envoy in a note to the Dalen embassy.", "Sarnia"),
        (
            "Foreign Minister Ana Voss protested the seizure of the ferry in a call with her "
            "Belvanian counterpart.",
            "Ana Voss",
        ),
        (
            "Belvania's foreign ministry said it had protested to Lorvik over the detention of "
            "its fishermen.",
            "Belvania's foreign ministry",
        ),
        # the model reads a protest lodged with an envoy as a threat; the words are a protest
        (
            "He said Sarnia had lodged a formal protest with the Belvanian ambassador, Mara Quist.",
            "Sarnia",
        ),
    ],
)
def test_a_protest_in_words_by_a_state_or_an_official_is_an_accusation(
    sentence: str, source: str
) -> None:
    events = coded(sentence)
    assert events and events[0][:2] == ("ACCUSE", source)
    assert "PROTEST" not in {t for t, _, _ in events}


@pytest.mark.parametrize(
    "sentence",
    [
        "Belvania summoned Lorvik's ambassador on Monday to protest the arrest of two of its "
        "diplomats.",
        "The Lorvik foreign ministry summoned the Belvanian ambassador in protest.",
    ],
)
def test_summoning_an_envoy_to_protest_is_one_accusation(sentence: str) -> None:
    events = coded(sentence)
    assert [t for t, _, _ in events] == ["ACCUSE"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of people protested outside the Belvanian embassy in Lesk on Sunday.",
        "Farmers protested against the new tariffs in the capital.",
        "Students protested the visit of the Belvanian president.",
    ],
)
def test_crowds_still_protest(sentence: str) -> None:
    assert [t for t, _, _ in coded(sentence)][:1] == ["PROTEST"]


def test_summoning_an_envoy_named_with_his_title_is_a_protest_in_words() -> None:
    # "summoned Belvanian Ambassador Henrik Lauss": the name heads the object, the title
    # before it says what he is (it had been a concession at +4.5)
    from tests.events.conftest import fiction_events

    events, names = fiction_events(
        "Ostrava's foreign ministry summoned Belvanian Ambassador Henrik Lauss.", "2024-03-01"
    )
    assert events and events[0].type == "ACCUSE" and names.get(events[0].target) == "Henrik Lauss"
