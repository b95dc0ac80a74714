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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing-style mark in an opener's place opens, as some pages print every mark
        (
            "”Sorry Lena, you should have said no!” posted Ria Holm.",
            ["Sorry Lena, you should have said no!"],
        ),
        (
            "\u202a”Sorry Lena, you should have said no!” posted Ria Holm.",
            ["Sorry Lena, you should have said no!"],
        ),
        ("” … they are so not like him,” she said.", [" … they are so not like him,"]),
        # after a word it still closes
        ("“A,” she said. “B is fine,” he said.", ["A,", "B is fine,"]),
    ],
)
def test_a_closing_style_mark_in_an_openers_place(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_segments(text)] == expected


def test_pull_quotes_opened_with_a_closing_style_mark_keep_their_signature() -> None:
    from onrecord.pipeline import extract

    text = (
        "Readers on the vote\n\nBy Oda Lind\n\n"
        "”The ferry must keep running. We have no other way across.” ― Ria Holm\n"
        "“The bridge is a promise the ministry broke.” ― Teo Brandt\n"
    )
    quotes = {q.text: q for q in extract(text).quotes}
    ferry = quotes["The ferry must keep running. We have no other way across."]
    assert ferry.kind == "direct" and ferry.speaker is not None
    assert ferry.speaker.text == "Ria Holm"
    ellipsis = extract("” … they are so not like him,” Ida Brin said.").quotes
    assert ellipsis and ellipsis[0].text.startswith("…")
