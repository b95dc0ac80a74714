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


@pytest.mark.parametrize(
    ("title", "role", "head"),
    [
        # the head stands before a "for"/"to" complement that names another office
        ("Spokesman for the Secretary-General", "spokesperson", "spokesman"),
        ("Adviser to the President", "official", "adviser"),
        # unless the phrase across it is an office of its own
        ("Minister for Foreign Affairs", "foreign_minister", "minister for foreign affairs"),
        ("Special Envoy for Syria", "diplomat", "special envoy"),
        # longest, then rightmost, as before
        ("Pentagon press secretary", "spokesperson", "press secretary"),
        ("deputy chairman of the security council", "deputy_head", "deputy chairman"),
        ("former secretary of state", "foreign_minister", "secretary of state"),
    ],
)
def test_the_head_of_a_title(title: str, role: str, head: str) -> None:
    lex = load_lexicon()
    assert (lex.role_of(title), lex.head_title(title)) == (role, head)
