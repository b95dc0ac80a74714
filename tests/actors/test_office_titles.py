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


def test_an_office_told_of_in_the_past_is_its_holder_of_that_time(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from onrecord.actors import load_kb
    from onrecord.pipeline import ArticleInput, Extractor
    from tests.actors.conftest import DATA

    extra = tmp_path / "past.yaml"
    extra.write_text(
        "people:\n- name: Edvin Tarrow\n  country: XOS\n"
        "  titles: [{title: President, start: 2004-01-01, end: 2014-12-31}]\n",
        encoding="utf-8",
    )
    extractor = Extractor(kb=load_kb([DATA / "fiction.yaml", extra]))

    def speaker(text: str) -> str | None:
        record = extractor(ArticleInput(text=text, published="2024-03-01"))
        return next(q.speaker.name for q in record.quotes if "Belvania of" in q.text)

    # a year in the sentence, or one just before "at the time"
    assert speaker("In 2006, the Ostravan president accused Belvania of spying.") == (
        "Edvin Tarrow"
    )
    assert (
        speaker(
            "The treaty was signed in 2006. At the time, the Ostravan president accused "
            "Belvania of spying."
        )
        == "Edvin Tarrow"
    )
    # a year of today's holder's term is his; no past, today's holder
    assert speaker("In 2020, the Ostravan president accused Belvania of spying.") == ("Pavel Orlin")
    assert speaker("The Ostravan president accused Belvania of spying.") == "Pavel Orlin"
    # a past the text does not date is no one's today ("the president" of then, unnamed)
    assert (
        speaker("At the time, the Ostravan president accused Belvania of spying.") != "Pavel Orlin"
    )
