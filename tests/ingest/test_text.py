"""Plain-text reader: the body is the decoded file, unchanged."""

from __future__ import annotations

import pytest

from onrecord.errors import InputError
from onrecord.ingest import ReadItem
from onrecord.ingest.text import read_text, title_of

ARTICLE = (
    "Ostrava and Belvania agree to talks\r\n"
    "\r\n"
    '"We are ready," Foreign Minister Ana Voss said on Tuesday.  \t\r\n'
    "‘Fine,’ her counterpart replied.\n"
)


def _one(results):
    (result,) = list(results)
    return result


def test_text_content_unchanged(write) -> None:
    path = write("a.txt", ARTICLE)
    item = _one(read_text(str(path)))
    assert isinstance(item, ReadItem)
    # CRLF, straight and curly quotes and trailing spaces all survive: offsets index the file.
    assert item.article.text == ARTICLE
    assert item.article.title == "Ostrava and Belvania agree to talks"


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [
        ("utf-8-sig", "with BOM"),
        ("utf-16", "with BOM"),
        ("latin-1", "detected"),
        ("cp1252", "detected"),
    ],
)
def test_text_non_utf8_decoded(write, encoding: str, declared: str) -> None:
    body = "Le ministre d'Ostrava a déclaré : « Nous sommes prêts à négocier dès demain. » Très bien.\n"
    path = write("fr.txt", body.encode(encoding))
    item = _one(read_text(str(path)))
    assert isinstance(item, ReadItem), declared
    assert item.article.text == body


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content (NUL bytes), not text"),
    ],
)
def test_text_bad_input_one_line_error(write, content: bytes, reason: str) -> None:
    path = write("bad.txt", content)
    err = _one(read_text(str(path)))
    assert isinstance(err, InputError)
    assert str(err) == f"{path}: {reason}"
    assert "\n" not in str(err)


def test_text_missing_file(tmp_path) -> None:
    err = _one(read_text(str(tmp_path / "gone.txt")))
    assert isinstance(err, InputError) and err.reason == "no such file"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Headline\n\nBody", "Headline"),
        ("\n\n  Spaced headline  \nBody", "Spaced headline"),
        ("x" * 300, None),
        ("", None),
    ],
)
def test_text_title_first_line(text: str, title: str | None) -> None:
    assert title_of(text) == title
