"""The shared checks (onrecord.validation) that the CLI, the API and the readers all use."""

from __future__ import annotations

import pytest

from onrecord.article import ArticleInput
from onrecord.validation import (
    MAX_ARTICLE_CHARS,
    MAX_ID,
    InvalidValue,
    check_article,
    in_id_range,
    parse_id,
    published_date,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12),
        (" 7 ", 7),
        (str(MAX_ID), MAX_ID),
        ("Voss", None),
        ("²", None),
        ("١٢", None),
        ("-3", None),
    ],
)
def test_parse_id_reads_ascii_numbers_only(text: str, expected: int | None) -> None:
    assert parse_id(text) == expected


@pytest.mark.parametrize("text", ["0", str(MAX_ID + 1), "9" * 40])
def test_parse_id_refuses_numbers_beyond_any_id(text: str) -> None:
    with pytest.raises(InvalidValue, match="no such id"):
        parse_id(text)


@pytest.mark.parametrize(
    ("value", "ok"),
    [(1, True), (MAX_ID, True), (0, False), (MAX_ID + 1, False), (True, False), ("1", False)],
)
def test_in_id_range(value: object, ok: bool) -> None:
    assert in_id_range(value) is ok


@pytest.mark.parametrize(
    "value", ["2026-03-05", "2026-03-05T10:00:00Z", "2026-03-05T10:00:00+02:00", " 2024-02-29 "]
)
def test_published_date_accepts_real_dates(value: str) -> None:
    assert published_date(value) == value.strip()


@pytest.mark.parametrize(
    "value",
    [
        "garbage-date-xyz",
        "2026-13-45",
        "2025-02-29",
        "2026-03",
        "2026-03-05Tgarbage",
        # (a date in figures only is ambiguous: March or April?)
        "03/04/2026",
        "30 February 2026",
    ],
)
def test_published_date_refuses_what_is_not_a_real_date(value: str) -> None:
    with pytest.raises(InvalidValue, match='"published" is not a real date'):
        published_date(value)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("March 5, 2026", "2026-03-05"),
        ("5 March 2026", "2026-03-05"),
        ("Sept. 4, 2026", "2026-09-04"),
        # the day where it was written, not in UTC
        ("Tue, 03 Mar 2026 01:30:00 +0300", "2026-03-03"),
    ],
)
def test_published_date_reads_a_date_with_its_months_name(value: str, day: str) -> None:
    # a scraped archive's "3 March 2026" had made the whole article refused (thirty-seventh
    # session)
    assert published_date(value) == day


@pytest.mark.parametrize(
    ("article", "reason"),
    [
        (ArticleInput(text="a\x00b said Voss."), "NUL bytes"),
        (ArticleInput(text="x" * (MAX_ARTICLE_CHARS + 1)), "too long"),
        (ArticleInput(text="   \n"), "empty"),
        (ArticleInput(text="Voss spoke.", title="a\x00"), '"title" contains NUL'),
        (ArticleInput(text="Voss spoke.", published="2026-13-45"), "not a real date"),
    ],
)
def test_check_article_refuses_with_a_reason(article: ArticleInput, reason: str) -> None:
    with pytest.raises(InvalidValue, match=reason):
        check_article(article)


def test_check_article_accepts_the_limit_exactly() -> None:
    check_article(ArticleInput(text="x" * MAX_ARTICLE_CHARS, published="2026-03-05"))
