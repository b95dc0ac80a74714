"""Dates of plain-text articles: from a wire dateline, else from the file name."""

from __future__ import annotations

import pytest

from onrecord.ingest.text import published_of


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        ("Headline\n\nCASTELBRUN, March 2, 2026 (BPA) — The minister said.", None, "2026-03-02"),
        ("Headline\n\nSOLVETSK, 14 Sept. 2026 — Talks ended.", None, "2026-09-14"),
        ("Headline\n\nNo dateline here.", "corpus/2026-04-06-deal-at-risk.txt", "2026-04-06"),
        ("Headline\n\nNo dateline here.", "corpus/notes.txt", None),
        ("Headline\n\nCASTELBRUN, Smarch 40, 2026 — odd.", None, None),
    ],
)
def test_published_of_dateline_then_file_name(text, path, expected) -> None:
    assert published_of(text, path) == expected


def test_published_of_ignores_dates_deep_in_the_body() -> None:
    text = "Headline\n\n" + "Words. " * 100 + "On March 2, 2026 the talks began."
    assert published_of(text) is None
