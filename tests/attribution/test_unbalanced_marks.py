"""A quotation mark never closed: closed at its paragraph's end or the next opening mark,
never over the attribution that follows it, in every mark convention."""

from __future__ import annotations

import pytest

from onrecord.attribution.marks import find_segments
from tests.attribution.conftest import seg, spk

# (opening mark, closing mark) of each double-mark convention onrecord reads
STYLES = [("“", "”"), ('"', '"'), ("«", "»"), ("»", "«"), ("„", "“")]
IDS = ["curly", "straight", "guillemets", "reversed-guillemets", "low-9"]


@pytest.mark.parametrize(("o", "c"), STYLES, ids=IDS)
def test_unbalanced_mark_stops_before_attribution_frame(attribute, o: str, c: str) -> None:
    text = f"{o}We will not move, Foreign Minister Ana Voss said on Tuesday."
    (a,) = attribute(text)
    assert seg(text, a) == ["We will not move,"]
    assert spk(text, a) == "Foreign Minister Ana Voss"


@pytest.mark.parametrize(("o", "c"), STYLES, ids=IDS)
def test_unbalanced_mark_long_frame_and_following_sentence_not_swallowed(
    attribute, o: str, c: str
) -> None:
    text = (
        "Talks resumed in Lesk on Monday.\n\n"
        f"{o}We will not move, Foreign Minister Ana Voss of Ostrava said on Tuesday. The border stays shut."
    )
    quotes = attribute(text)
    assert [seg(text, a) for a in quotes] == [["We will not move,"]]
    assert spk(text, quotes[0]) == "Foreign Minister Ana Voss of Ostrava"


@pytest.mark.parametrize(("o", "c"), STYLES, ids=IDS)
def test_unbalanced_mark_inverted_frame(attribute, o: str, c: str) -> None:
    text = f"{o}We will not move, said Foreign Minister Ana Voss. The border stays shut."
    (a,) = attribute(text)
    assert seg(text, a) == ["We will not move,"]
    assert "Ana Voss" in spk(text, a)


@pytest.mark.parametrize(("o", "c"), STYLES, ids=IDS)
def test_unbalanced_mark_closes_at_paragraph_end(o: str, c: str) -> None:
    text = f"{o}We will not move. The border stays shut.\n\nThe talks resumed in Lesk."
    (s,) = find_segments(text)
    assert text[s.start : s.end] == "We will not move. The border stays shut."
    assert s.degraded


@pytest.mark.parametrize(("o", "c"), STYLES, ids=IDS)
def test_unbalanced_mark_stops_before_sentence_with_speech_cue(o: str, c: str) -> None:
    text = (
        f"{o}We will not move. Foreign Minister Ana Voss told reporters the border would stay shut."
    )
    (s,) = find_segments(text)
    assert text[s.start : s.end] == "We will not move."


@pytest.mark.parametrize(("o", "c"), STYLES, ids=IDS)
def test_unbalanced_mark_closes_at_next_opening_mark(attribute, o: str, c: str) -> None:
    text = f"{o}We will not move. {o}We stand firm,{c} Voss said."
    first, second = find_segments(text)
    assert text[first.start : first.end] == "We will not move."
    assert text[second.start : second.end] == "We stand firm,"


@pytest.mark.parametrize(("o", "c"), STYLES, ids=IDS)
def test_unbalanced_mark_question_before_short_cue(attribute, o: str, c: str) -> None:
    text = f"{o}Why would we move? Voss asked."
    (a,) = attribute(text)
    assert seg(text, a) == ["Why would we move?"]
    assert spk(text, a) == "Voss"


def test_unbalanced_single_mark_never_quotes_the_attribution(attribute) -> None:
    # Single marks are not quotation marks to onrecord (only inside a double-quoted
    # segment), so an unclosed ‘ must not make the attribution quote text either.
    text = "‘We will not move, Foreign Minister Ana Voss said on Tuesday."
    for a in attribute(text):
        assert all("said" not in part for part in seg(text, a))


def test_unbalanced_multi_paragraph_quote_still_continues() -> None:
    text = "“We will not move.\n\n“We stand firm,” she said."
    first, second = find_segments(text)
    assert first.continued
    assert text[second.start : second.end] == "We stand firm,"
