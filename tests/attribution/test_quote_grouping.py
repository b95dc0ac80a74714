"""How quoted parts are grouped into statements (PolNeAR's convention, measured on train):
a quotation interrupted by a frame sentence goes on when its next part stands alone in its
own sentence; a second part with a frame of its own, or introduced by a second speech verb,
is a statement of its own. All texts are fiction about fictional states."""

from __future__ import annotations

import pytest

from tests.attribution.conftest import seg, spk


def _direct(attribute, text):
    return [a for a in attribute(text) if a.kind in {"direct", "mixed"}]


@pytest.mark.parametrize(
    "text",
    [
        # a frame sentence with a participle clause
        "“We will stay,” Voss said, noting that the vote had passed. “The border is ours.”",
        # a frame sentence with a relative clause
        "“We will stay,” said Ana Voss, who chairs the border committee of the Ostravan "
        "parliament. “The border is ours.”",
        # a question runs on as a comma does
        "“Why would we leave?” Voss asked. “The border is ours.”",
    ],
)
def test_quotation_resumed_after_a_frame_sentence_is_one_statement(attribute, text) -> None:
    (a,) = _direct(attribute, text)
    first, second = seg(text, a)
    assert first in {"We will stay,", "Why would we leave?"}
    assert second.rstrip(".") == "The border is ours"
    assert spk(text, a) in {"Voss", "Ana Voss"}


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # the second part has a frame before it ...
        ("“We will stay,” Voss said. She added, “The border is ours.”", "She"),
        # ... or after it
        ("“We will stay,” Voss said. “The border is ours,” she added.", "she"),
        # a second speech verb in one sentence introduces a second statement
        ("“We will stay,” Voss said, adding: “The border is ours.”", "Voss"),
    ],
)
def test_second_part_with_its_own_frame_is_a_statement_of_its_own(attribute, text, second) -> None:
    a, b = _direct(attribute, text)
    assert seg(text, a) == ["We will stay,"]
    assert seg(text, b)[0].startswith("The border is ours")
    assert spk(text, a) == "Voss"
    assert spk(text, b) == second


def test_a_frame_naming_another_person_ends_the_statement(attribute) -> None:
    text = "“We will stay,” Voss said, and her deputy Teo Marr cut in. “The border is ours.”"
    a, b = _direct(attribute, text)
    assert seg(text, a) == ["We will stay,"]
    assert seg(text, b) == ["The border is ours."]


def test_a_first_part_closed_by_a_full_stop_ends_its_statement(attribute) -> None:
    text = "“We will stay.” Voss said it twice. “The border is ours.”"
    assert [seg(text, a) for a in _direct(attribute, text)] == [
        ["We will stay."],
        ["The border is ours."],
    ]


def test_fronted_phrase_joins_the_resumed_quotation_as_one_mixed_statement(attribute) -> None:
    text = "Like every government before hers, “we will stay,” Voss said. “The border is ours.”"
    statements = [a for a in attribute(text) if a.speaker is not None]
    (a,) = statements
    assert a.kind == "mixed"
    assert seg(text, a) == [
        "Like every government before hers, “we will stay,",
        "The border is ours.",
    ]
    assert spk(text, a) == "Voss"


def test_quotation_resumes_past_a_title_quoted_in_the_frame(attribute) -> None:
    text = "“We will stay,” Voss told Ostrava's “Morning Hour” on Sunday. “The border is ours.”"
    (a,) = [a for a in _direct(attribute, text) if a.speaker is not None]
    assert seg(text, a) == ["We will stay,", "The border is ours."]
    assert spk(text, a) == "Voss"


def test_a_phrase_quoted_by_a_second_verb_is_not_a_title(attribute) -> None:
    text = (
        "“We will stay,” Voss said after the vote. The talks went “nowhere,” she added on "
        "the radio. “The border is ours.”"
    )
    assert ["We will stay,"] in [seg(text, a) for a in _direct(attribute, text)]


@pytest.mark.parametrize(
    "text",
    [
        # a phrase quoted in the frame sentence
        "“Everything is on the table,” Voss told the Herald after hinting that “changes” "
        "could come. “Every single thing is on the table.”",
        # a frame of two sentences
        "“We will stay,” said Ana Voss, who chairs the border committee. A veteran of the "
        "coast guard, she joined the party in 2009. “The border is ours.”",
    ],
)
def test_a_quotation_without_a_frame_carries_on_the_one_before(attribute, text) -> None:
    # PolNeAR joins about three in four such pairs on train: one statement, two parts
    (a,) = _direct(attribute, text)
    assert len(seg(text, a)) == 2
    assert spk(text, a) in {"Voss", "Ana Voss"}


def test_a_quotation_after_words_of_its_own_sentence_is_not_joined(attribute) -> None:
    text = "“We will stay,” said Ana Voss. Instead, “we will wait for the ships.”"
    assert [len(seg(text, a)) for a in _direct(attribute, text)] == [1, 1]


@pytest.mark.parametrize("conj", ["but", "and"])
def test_a_quotation_goes_on_past_a_conjunction_after_its_frame(attribute, conj) -> None:  # type: ignore[no-untyped-def]
    # (the second part had no record at all: a phrase after "but" was read as a quoted term)
    text = (
        f"“You know, I like Teo,” Ana Voss said, {conj} “when it comes to energy, Teo has a "
        "history of serving the coal firms.”"
    )
    (a,) = _direct(attribute, text)
    assert seg(text, a) == [
        "You know, I like Teo,",
        "when it comes to energy, Teo has a history of serving the coal firms.",
    ]
    assert spk(text, a) == "Ana Voss"


def test_phrases_quoted_inside_a_clause_are_not_joined_past_a_conjunction(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Marr is “smart as a whip,” Ana Voss wrote in a letter, and “full of himself.”"
    assert all(seg(text, a) != ["smart as a whip,", "full of himself."] for a in attribute(text))
