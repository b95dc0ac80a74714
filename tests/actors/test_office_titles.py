"""Which titles read as office noun phrases (learned titles and the audit rely on it)."""

from __future__ import annotations

import pytest

from onrecord.actors.lexicon import is_office_title, load_lexicon


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("Foreign Minister", True),
        ("Vice President", True),
        ("Vice-President", True),  # a hyphen joins an office's words as a space does
        ("vice-president", True),
        ("Secretary of State", True),
        ("In Chief", False),  # what "editor in chief" leaves after the office word
        ("Part of the Network President", False),
    ],
)
def test_office_title(title: str, office: bool) -> None:
    assert is_office_title(title, load_lexicon()) is office
