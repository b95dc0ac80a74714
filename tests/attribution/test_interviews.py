"""Interviews printed as questions and answers ("Q: ..." / "A: ..."): the answers are the
words of the person interviewed, named by the headline or the introduction, never a guess."""

from __future__ import annotations

import re

import pytest

from tests.attribution.conftest import seg, spk

_QA = (
    "Q: Why did the talks fail?\n\n"
    "A: Lorvik walked away from the table. We offered a fair deal on the border.\n\n"
    "We will offer it again next month.\n\n"
    "Q: Will you meet them again?\n\n"
    "A: Yes, if they come back with a serious plan.\n\n"
)


def _answers(attribute, text: str) -> list[tuple[str | None, list[str]]]:  # type: ignore[no-untyped-def]
    q = re.search(r"\nQ(?:uestion)?[:.]", text).start()  # type: ignore[union-attr]
    return [(spk(text, a), seg(text, a)) for a in attribute(text) if a.start > q]


def test_answers_are_the_words_of_the_person_the_interview_is_with(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Q&A with Foreign Minister Ana Voss\n\n"
        "The minister spoke to the Herald's Teo Marr in Ostrava on Monday. The interview "
        "has been edited.\n\n" + _QA + "The Herald thanks the minister.\n"
    )
    assert _answers(attribute, text) == [
        (
            "Ana Voss",
            [
                "Lorvik walked away from the table. We offered a fair deal on the border.",
                "We will offer it again next month.",
            ],
        ),
        ("Ana Voss", ["Yes, if they come back with a serious plan."]),
    ]
    found = attribute(text)
    assert all(a.kind == "direct" for a in found if a.start > text.index("Q:"))


def test_the_one_person_a_headline_and_its_introduction_name_answers(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The border talks, as seen by Anna Berg\n\n"
        "Anna Berg has led the delegation since 2019. She answered questions on Monday.\n\n" + _QA
    )
    assert {s for s, _ in _answers(attribute, text)} == {"Anna Berg"}


@pytest.mark.parametrize(
    "intro",
    [
        # no one named: the answers are no one's
        "The border talks, seen from Ostrava\n\nA delegate answered questions on Monday.\n\n",
        # two people named above the questions: which one answers is a guess
        "The border talks\n\nThe envoys Maria Lind and Peter Holm answered questions on Monday.\n\n",
        # the story opens with one person, the paragraph about the interview names another
        (
            "Border talks\n\nPavel Orlin met the envoys on Monday.\n\n"
            "Maria Lind spoke for two hours. The interview has been edited.\n\n"
            "The talks went on late.\n\n"
        ),
    ],
)
def test_answers_are_no_ones_without_a_named_interviewee(attribute, intro: str) -> None:  # type: ignore[no-untyped-def]
    assert not [s for s, _ in _answers(attribute, intro + _QA) if s is not None]


@pytest.mark.parametrize(
    "intro,who",
    [
        # the headline names one person, but the introduction opens with another, who
        # answered: the critic, not Berg
        (
            "Anna Berg's fiercest critic speaks out\n\n"
            "Maria Lind has opposed the minister since 2019. She answered questions on "
            "Monday.\n\n",
            "Maria Lind",
        ),
        # an interview set in the middle of a live blog, introduced just above it
        (
            "Live: the border crisis\n\n14:05 — Belvania says two drones were shot down.\n\n"
            "12:30 — In an interview with the Lorvik Herald, Belvanian Foreign Minister Ana Voss "
            "was asked whether Belvania would retaliate.\n\n",
            "Ana Voss",
        ),
        # a profile around its interview: the story opens with the one a paragraph about
        # the interview names alone, and goes on about others before the questions
        # (thirty-fourth session: the president's answers were no one's)
        (
            "'We will never kneel': Ostrava's president on the Council\n\n"
            "SARN — Pavel Orlin receives visitors in a study on the top floor of the palace.\n\n"
            "Orlin spoke for nearly two hours. The interview has been edited for length.\n\n"
            "On relations with Belvania, the president was blunt. He said Prime Minister Ana "
            "Voss was taking orders from abroad.\n\n",
            "Pavel Orlin",
        ),
    ],
)
def test_the_one_person_the_paragraph_above_the_questions_introduces_answers(
    attribute, intro: str, who: str
) -> None:  # type: ignore[no-untyped-def]
    assert {s for s, _ in _answers(attribute, intro + _QA)} == {who}


def test_a_statement_reported_inside_an_answer_keeps_its_own_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Q&A with Foreign Minister Ana Voss\n\nThe minister spoke on Monday.\n\n"
        "Q: Why did the talks fail?\n\n"
        "A: My staff warned me that Lorvik would walk away from the table, and it did.\n\n"
        "Q: What now?\n\nA: We wait for them.\n\n"
    )
    found = [(spk(text, a), seg(text, a)) for a in attribute(text)]
    assert ("Ana Voss", ["We wait for them."]) in found
    inner = [c for s, c in found if s == "My staff"]
    assert inner and "that Lorvik would walk away from the table" in inner[0][0]
    assert not [s for s, _ in found if s in ("Q", "A")]


def test_a_statement_reported_inside_a_transcript_turn_keeps_its_own_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Transcript: the minister on the border\n\n"
        "MARR: Why did the talks fail?\n\n"
        "VOSS: My staff warned me that Lorvik would walk away from the table, and it did.\n"
    )
    found = [(spk(text, a), seg(text, a)) for a in attribute(text)]
    turn = text[text.index("My staff") : text.rindex(".") + 1]
    assert ("VOSS", [turn]) in found
    assert [s for s, _ in found].count("My staff") == 1


def test_a_transcript_turn_quoting_someone_is_still_the_speakers_turn(attribute) -> None:  # type: ignore[no-untyped-def]
    # the turn had been dropped whole for its quotation marks: only the words it quotes
    # were recorded, and the minister's own answer was lost
    text = (
        "Transcript: the minister on the border\n\n"
        "MARR: Do you accept that?\n\n"
        'VOSS: No. President Orlin told me himself, "Our soldiers will not cross the river." '
        "Three weeks later they crossed it.\n\n"
        "MARR: And now?\n\n"
        "VOSS: Now we wait.\n"
    )
    found = [(spk(text, a), seg(text, a)) for a in attribute(text)]
    turn = text[text.index("No. President") : text.index("crossed it.") + len("crossed it.")]
    assert ("VOSS", [turn]) in found
    assert ("President Orlin", ["Our soldiers will not cross the river."]) in found


def test_a_lone_label_before_a_quotation_is_a_heading_not_a_turn(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Morning briefing\n\n"
        'BORDER: TALKS STALL "We are no closer," the envoy said on Monday.\n\n'
        "Markets were calm.\n"
    )
    assert "BORDER" not in [spk(text, a) for a in attribute(text)]


def test_questions_and_answers_may_be_labelled_with_full_stops_or_words(attribute) -> None:  # type: ignore[no-untyped-def]
    intro = "Q&A with Foreign Minister Ana Voss\n\nThe minister spoke on Monday.\n\n"
    for q, a in (("Q.", "A."), ("Question:", "Answer:")):
        text = intro + f"{q} Why did the talks fail?\n\n{a} Lorvik walked away from the table.\n"
        assert _answers(attribute, text) == [("Ana Voss", ["Lorvik walked away from the table."])]
