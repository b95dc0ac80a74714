"""The page parts the attribution rules skip (``Context._skipped_ranges``): headline, byline,
boilerplate and short lines without a full stop. Fiction only."""

from __future__ import annotations

import pytest
from spacy.lang.en import English

from onrecord.attribution.context import _BOILERPLATE, WORD, Context, _at_most_words
from onrecord.attribution.lexicon import load_cues


@pytest.mark.parametrize(
    "text",
    ["", "   ", "Voss", "a b c d", "a b c d e", "By Ivo Marr", "— — x —", "one, two: three; four!"],
)
@pytest.mark.parametrize("n", [0, 1, 4, 5])
def test_at_most_words_counts_like_findall(text: str, n: int) -> None:
    assert _at_most_words(text, n) == (len(WORD.findall(text)) <= n)


def _skipped_by_counting_every_word(ctx: Context) -> list[tuple[int, int]]:
    """The rule as first written: every paragraph's words found and counted."""
    out = []
    for i, (lo, hi) in enumerate(ctx.paras):
        line = ctx.text[lo:hi]
        words = WORD.findall(line)
        headline = i == 0 and len(ctx.paras) > 2 and line.rstrip()[-1:] not in '.!?”"’»:'
        if (
            headline
            or _BOILERPLATE.match(line)
            or (len(words) <= 4 and line.rstrip()[-1:] not in '.!?”"')
        ):
            out.append((lo, hi))
    return out


def test_skipped_ranges_are_the_ones_counting_every_word_finds() -> None:
    text = (
        "Belvania Rejects the Ostrava Plan\n\n"
        "By Ivo Marr\n\n"
        "LORVIK — Belvania's foreign minister said on Friday that the talks were over.\n\n"
        "Read more\n\n"
        "Kessin bridge\n\n"
        "Five short words here.\n\n"
        "Only four words here\n\n"
        "Six words but no full stop here\n\n"
        "“We will not accept it,” Dant said.\n\n"
        "The end?"
    )
    ctx = Context(English()(text), load_cues())
    assert ctx.skip == _skipped_by_counting_every_word(ctx)
    skipped = [text[lo:hi].strip() for lo, hi in ctx.skip]
    assert "Belvania Rejects the Ostrava Plan" in skipped  # the headline
    assert "By Ivo Marr" in skipped and "Read more" in skipped
    assert "Only four words here" in skipped and "Kessin bridge" in skipped
    assert "Six words but no full stop here" not in skipped
    assert "Five short words here." not in skipped
