"""A release sets people or property free; a published text, ad or tax return is no retreat
(sixty-first session).

"Release" is CAMEO 084, "return, release person(s)" or property, a retreat. In political news
it is mostly publishing: "released his tax returns", "released a new ad", "the State Department
released 5,500 pages of emails", "a press release". On PolNeAR train such readings were most of
the coder's RETREAT events off "release"; on dev all 15 it read there went with this change.
Fiction only.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmara released the Drovnian prisoners on Monday.",
        "Dozens of political activists were released by Velmara on Monday.",
        "Drovnia secured the release of the hostages on Monday.",
        "Velmara released the seized Drovnian tanker on Monday.",
    ],
)
def test_people_or_property_set_free_are_a_retreat(sentence: str) -> None:
    assert "RETREAT" in [t for t, _, _ in coded(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmaran foreign ministry released 5,500 pages of emails on Friday.",
        "Senator Ana Voss released her tax returns on Monday.",
        "Senator Ana Voss released 30 years of tax returns on Monday.",
        "The Voss campaign released a new ad on Monday.",
        "WikiLeaks released the emails of the Velmaran ministry on Friday.",
        "The release of the emails angered Drovnia.",
    ],
)
def test_what_is_published_is_no_retreat(sentence: str) -> None:
    assert "RETREAT" not in [t for t, _, _ in coded(sentence)]
