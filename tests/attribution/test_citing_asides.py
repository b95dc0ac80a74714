"""A report's source named in an aside ("citing officials", "quoting an aide") is part of the
reporting, not a statement of its own (issue 15, twenty-ninth session).

Wire copy names its sources this way, and the parser hangs the aside where it can: on the
reporting verb, on the reported clause's head, or with the clause under it. Before, "The
Herald reported, citing two officials, that the envoy had left" gave the statement to the cue
"citing" with "two officials," in its content, and "The agency said, citing officials, the
talks would resume" made "the talks" a speaker. Fiction only.
"""

from __future__ import annotations

import pytest

from tests.attribution.conftest import seg, spk

CASES = [
    (
        "The Herald reported, citing two officials, that the envoy had left.",
        "The Herald",
        "that the envoy had left",
    ),
    (
        "The Herald reported on Sunday, citing people familiar with the talks, that Voss "
        "would resign.",
        "The Herald",
        "that Voss would resign",
    ),
    (
        "The agency said, quoting a ministry source, that talks would resume.",
        "The agency",
        "that talks would resume",
    ),
    (
        "The agency said, citing officials, the talks would resume.",
        "The agency",
        "the talks would resume",
    ),
    (
        "The state agency reported that Sarnian troops had entered the zone, citing a senior "
        "official.",
        "The state agency",
        "that Sarnian troops had entered the zone",
    ),
]


@pytest.mark.parametrize("text,speaker,content", CASES)
def test_the_aside_is_the_reporters_not_a_statement(attribute, text, speaker, content) -> None:  # type: ignore[no-untyped-def]
    found = attribute(text)
    assert [(spk(text, a), seg(text, a)) for a in found] == [(speaker, [content])]


def test_citing_a_reason_is_the_clause_subjects_own(attribute) -> None:  # type: ignore[no-untyped-def]
    # what the ministry cites is its reason, not a source of the report: its statement stays
    text = "Voss said the ministry had declined, citing the costs."
    found = attribute(text)
    assert ("the ministry", ["the costs"]) in [(spk(text, a), seg(text, a)) for a in found]
