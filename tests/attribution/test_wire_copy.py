"""Shapes of diplomatic wire copy (issue 15, twenty-ninth session).

"Foreign ministry spokeswoman X told a regular briefing that ...": the parser read "that" as
a relative pronoun on "briefing" (the clause's object), so the statement was lost. A "that"
the clause has no room for as its object (a passive, a clause with an object already) opens
the reported clause. "according to a readout from X's office": a readout is a record, its
maker speaks. Fiction only.
"""

from __future__ import annotations

import pytest

from tests.attribution.conftest import ref, seg, spk


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Belvania's foreign ministry spokeswoman Lena Dalen told a regular briefing that "
            "the envoy had been summoned.",
            "that the envoy had been summoned",
        ),
        (
            "Foreign ministry spokeswoman Lena Dalen told a regular briefing that Sarnia "
            "opposes the plan.",
            "that Sarnia opposes the plan",
        ),
    ],
)
def test_told_a_briefing_that(attribute, text, content) -> None:  # type: ignore[no-untyped-def]
    found = attribute(text)
    assert [(spk(text, a).endswith("Lena Dalen"), seg(text, a)) for a in found] == [
        (True, [content])
    ]


def test_a_relative_clause_on_the_briefing_is_no_statement(attribute) -> None:  # type: ignore[no-untyped-def]
    # "that" is the clause's subject: a real relative clause, no reported content
    text = "Voss told a briefing that was held in Ostrava about the plan."
    assert not any(
        seg(text, a) and seg(text, a)[0].startswith("that was held") for a in attribute(text)
    )


def test_a_readout_speaks_for_its_maker(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Voss and Marr agreed in a phone call to resume talks, according to a readout from "
        "the Belvanian president's office."
    )
    found = attribute(text)
    assert (
        "a readout from the Belvanian president's office",
        "the Belvanian president's office",
    ) in [(spk(text, a), ref(text, a)) for a in found]
