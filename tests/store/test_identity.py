"""Article identity: URL normalisation, text hashes and folded names."""

from __future__ import annotations

import pytest

from onrecord.record import text_id
from onrecord.store.identity import fold, normalise_url, text_hash


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://wire.example/a", "https://wire.example/a"),
        ("HTTPS://Wire.Example/a", "https://wire.example/a"),
        ("https://wire.example/a/", "https://wire.example/a"),
        ("https://wire.example/a#comments", "https://wire.example/a"),
        ("https://wire.example/a?utm_source=rss&utm_medium=feed", "https://wire.example/a"),
        ("https://wire.example/a?id=4&utm_campaign=x", "https://wire.example/a?id=4"),
        ("https://wire.example:443/a", "https://wire.example/a"),
        ("http://wire.example:8080/a", "http://wire.example:8080/a"),
        ("  https://wire.example/a  ", "https://wire.example/a"),
        ("https://wire.example/Case/Kept", "https://wire.example/Case/Kept"),
    ],
)
def test_normalise_url_canonical_form(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


@pytest.mark.parametrize("url", [None, "", "   "])
def test_normalise_url_none_when_unknown(url: str | None) -> None:
    assert normalise_url(url) is None


def test_text_hash_extends_record_id() -> None:
    text = "“We will talk,” the minister said."
    assert text_hash(text).startswith(text_id(text))
    assert len(text_hash(text)) == 64


@pytest.mark.parametrize(
    ("a", "b"), [("Ána Voss", "ana voss"), ("ZELENSKYY", "zelenskyy"), (" Teo  Marr ", "teo marr")]
)
def test_fold_case_accents_spaces(a: str, b: str) -> None:
    assert fold(a) == fold(b)
