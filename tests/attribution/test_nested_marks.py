"""A quotation quoted inside a quotation in the same marks ("... calls “hell” than ...”), as
reader comments and tweets are often printed, is one quotation, not an unclosed one cut at
the inner mark; an opening mark with no closer of its own still ends the quotation before it."""

from __future__ import annotations

import pytest

from onrecord.attribution.marks import find_segments
from tests.attribution.conftest import seg, spk


def _segments(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_segments(text)]


@pytest.mark.parametrize(("o", "c"), [("“", "”"), ('"', '"')], ids=["curly", "straight"])
def test_quotation_inside_a_quotation_in_the_same_marks(o: str, c: str) -> None:
    text = f"Teo Marr posted, {o}The minister calls it {o}a pause{c} but the border is shut.{c} He left."
    assert _segments(text) == [f"The minister calls it {o}a pause{c} but the border is shut."]


def test_quoted_word_ending_the_inner_quotation_just_before_the_outer_close() -> None:
    text = "Voss wrote: “Lesk will not accept what they call “stability.”” The talks ended."
    assert _segments(text) == ["Lesk will not accept what they call “stability.”"]


def test_an_opener_with_no_closer_of_its_own_still_ends_the_unclosed_quotation() -> None:
    text = "“We will not move. “The border stays shut,” Voss said."
    assert _segments(text) == ["We will not move.", "The border stays shut,"]


def test_a_third_quotation_after_the_pair_means_the_first_was_never_closed() -> None:
    text = "“We will not move. “Never,” Voss said, “not this year.”"
    assert _segments(text) == ["We will not move.", "Never,", "not this year."]


def test_reader_comment_signed_with_a_bar_keeps_its_whole_text_and_its_writer(attribute) -> None:
    text = (
        "Readers wrote in.\n\n"
        "“I would rather live in what he calls “chaos” than in a country he runs.” ― Ana Voss"
    )
    (a,) = attribute(text)
    assert seg(text, a) == [
        "I would rather live in what he calls “chaos” than in a country he runs."
    ]
    assert spk(text, a) == "Ana Voss"


def test_an_opening_mark_typed_for_a_closer() -> None:
    # "“It's unusual,“ said ..." closes with an opening mark: an opener is glued to its word,
    # this one to the comma before it and followed by a space
    text = "“It's unusual,“ said Ivo Dalen, a lawyer in Lesk. “It's a hard thing to do.”"
    assert _segments(text) == ["It's unusual,", "It's a hard thing to do."]
    assert _segments("He said “yes” and “no.”") == ["yes", "no."]
