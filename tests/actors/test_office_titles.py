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
    from tests.actors.conftest import fiction_record

    extra = tmp_path / "past.yaml"
    extra.write_text(
        "people:\n- name: Edvin Tarrow\n  country: XOS\n"
        "  titles: [{title: President, start: 2004-01-01, end: 2014-12-31}]\n",
        encoding="utf-8",
    )

    def speaker(text: str) -> str | None:
        record = fiction_record(text, "2024-03-01", extra)
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


def test_the_new_and_the_outgoing_minister_are_the_handovers_two_sides(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.actors.conftest import fiction_record

    extra = tmp_path / "handover.yaml"
    extra.write_text(
        "people:\n"
        "- name: Katrin Moll\n  country: XBV\n"
        "  titles: [{title: Foreign Minister, start: 2023-07-01, end: 2024-03-04}]\n"
        "- name: Ivo Tannen\n  country: XBV\n"
        "  titles: [{title: Foreign Minister, start: 2024-03-05}]\n"
        "- name: Bertil Hask\n  country: XOS\n"
        "  titles: [{title: Foreign Minister, start: 2022-01-01}]\n",
        encoding="utf-8",
    )
    text = (
        "Outgoing Foreign Minister Katrin Moll leaves office on Monday. Her successor, Ivo "
        "Tannen, takes office on Tuesday.\n\nOstrava's foreign minister, Bertil Hask, said he "
        "would miss her.\n\nThe new foreign minister said he would visit Sarn.\n\n"
        "The outgoing foreign minister said she had no regrets.\n"
    )
    record = fiction_record(text, "2024-03-01", extra)
    by_words = {q.text: q.speaker.name for q in record.quotes if q.speaker}
    assert by_words["he would visit Sarn"] == "Ivo Tannen"
    assert by_words["she had no regrets"] == "Katrin Moll"


def test_our_prime_minister_is_not_the_last_prime_minister_named(article) -> None:  # type: ignore[no-untyped-def]
    # in an Ostravan's words "our prime minister" is his state's, which the description does
    # not say: not Belvania's named before
    from tests.actors.test_resolver import resolve

    text = (
        "Prime Minister Ana Voss of Belvania has offered to mediate.\n\n"
        "Teo Marran said Orlin had told our prime minister that Ostrava would not back down."
    )
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "our prime minister")
    assert actor is None or actor.name != "Ana Voss"


def test_a_spokesmans_post_is_not_the_title_of_the_one_he_speaks_for() -> None:
    from tests.actors.conftest import fiction_record

    record = fiction_record(
        "A spokesman for President Pavel Orlin warned that Ostrava would suspend the border "
        "commission."
    )
    orlin = next(a for a in record.actors if a.name == "Pavel Orlin")
    assert orlin.titles == ["President"]


# Thirty-seventh session: a deputy's rank was dropped from the learned title ("Deputy Foreign
# Minister Katrin Solberg" became "Foreign Minister"), so a later "the foreign minister" was
# the deputy; "Deputy Defence Minister Yana Brisk" made a person named "Defence".
def test_a_deputys_rank_is_part_of_the_office() -> None:
    from tests.actors.conftest import fiction_record

    rec = fiction_record(
        "Deputy Foreign Minister Katrin Solberg handed the ambassador a formal protest. The "
        "foreign minister later said Belvania would not back down.\n\n"
        "Deputy Defence Minister Yana Brisk said the troops would stay.",
        "2024-03-01",
    )
    titles = {a.name: a.titles for a in rec.actors if a.kind == "person"}
    assert titles == {
        "Katrin Solberg": ["Deputy Foreign Minister"],
        "Yana Brisk": ["Deputy Defence Minister"],
    }
    speakers = [q.speaker.name if q.speaker else None for q in rec.quotes]
    assert "Katrin Solberg" not in speakers, speakers
