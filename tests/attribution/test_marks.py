"""Quote-mark scanning: every mark convention, and never a crash on odd marks."""

from __future__ import annotations

import pytest

from onrecord.attribution.marks import find_segments


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We are ready,” she said.", ["We are ready,"]),
        ('"We are ready," she said.', ["We are ready,"]),
        ("«Nous sommes prêts», a-t-il dit.", ["Nous sommes prêts"]),
        ("„Wir sind bereit“, sagte sie.", ["Wir sind bereit"]),
        ("''We are ready,'' she said.", ["We are ready,"]),
        ("``We are ready,'' she said.", ["We are ready,"]),
        ("“He called it ‘a farce’ today,” she said.", ["He called it ‘a farce’ today,"]),
        ("The minister’s aide didn’t comment.", []),
    ],
)
def test_segments_each_mark_convention(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_segments(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "“Never closed. Then more text follows here.",
        "Stray closer” in the middle and “one real quote.”",
        '"a" "b" "c',
        "“““",
        "”",
        '"',
        "",
        "“Open\n\nNo continuation here.",
    ],
)
def test_segments_unbalanced_marks_never_crash(text: str) -> None:
    for s in find_segments(text):
        assert 0 <= s.start <= s.end <= len(text)


def test_segments_unclosed_quote_runs_to_its_paragraph_end() -> None:
    # the convention of a quotation that goes on over paragraphs: no closing mark at the end
    text = "“We will not move. Then the narrator resumes."
    (s,) = find_segments(text)
    assert text[s.start : s.end] == "We will not move. Then the narrator resumes."
    assert s.degraded


def test_segments_multi_paragraph_quote_is_continued() -> None:
    text = (
        "She said:\n\n“First paragraph of the speech.\n\n“Second paragraph, closing now.”\n\nAfter."
    )
    a, b = find_segments(text)
    assert a.continued and not b.continued
    assert text[b.start : b.end] == "Second paragraph, closing now."
