"""A pull quote is whoever said the words first (issue 15, thirty-second session).

Web pages repeat a striking quotation set apart in the middle of the story. Standing alone,
it was read as the next words of the last speaker: Belvania's foreign minister's threat went
to the Ostravan trade minister who had just rejected it. Fiction only.
"""

from __future__ import annotations

from tests.attribution.conftest import ref


def test_a_quotation_printed_again_is_its_first_speakers(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“This is a hostile act, and it will not go unanswered,” Foreign Minister Ana Voss "
        "told reporters.\n\n"
        "Ostrava's trade minister, Henrik Sol, rejected the charge. The closure was “a "
        "routine safety measure,” he said.\n\n"
        "“This is a hostile act, and it will not go unanswered.”\n\n"
        "The dispute has unsettled shipping firms."
    )
    found = [a for a in attribute(text) if a.kind == "direct"]
    assert [ref(text, a) for a in found] == ["Foreign Minister Ana Voss"] * 2
