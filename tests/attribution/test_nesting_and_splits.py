"""Statements split by a frame sentence, and statements nested in other statements (issue 15).

Fiction only: Ostrava, Belvania and their people.
"""

from __future__ import annotations

import pytest

from tests.attribution.conftest import seg, spk


@pytest.mark.parametrize(
    "text,first,second,speaker",
    [
        (
            "“The border stays open,” Ana Voss said. “We will not close it again.”",
            "The border stays open,",
            "We will not close it again.",
            "Ana Voss",
        ),
        # a long apposition in the frame sentence
        (
            "“The talks were hard,” said Teo Marr, a veteran negotiator for the Belvanian trade "
            "ministry in Lorvik. “But the deal will hold.”",
            "The talks were hard,",
            "But the deal will hold.",
            "Teo Marr",
        ),
        # an adverbial clause in the frame sentence dates the words, says nothing itself
        (
            "“The border stays open,” Ana Voss said after the vote ended. “We will not close it.”",
            "The border stays open,",
            "We will not close it.",
            "Ana Voss",
        ),
        # two quotations side by side, then one frame
        (
            "“We tried.” “We will try again,” Ana Voss said.",
            "We tried.",
            "We will try again,",
            "Ana Voss",
        ),
    ],
)
def test_quotation_resumed_after_frame_sentence_is_one_statement(
    attribute, text, first, second, speaker
) -> None:  # type: ignore[no-untyped-def]
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert len(direct) == 1
    assert seg(text, direct[0]) == [first, second]
    assert (spk(text, direct[0]) or "").startswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        # the second part names its own speaker
        "“The border stays open,” Ana Voss said. “It will close,” Teo Marr replied.",
        # the first part is a phrase quoted inside a reported clause
        "The summit achieved “too little,” Voss added. “Without new money, the plan fails.”",
    ],
)
def test_quotations_with_their_own_frames_stay_apart(attribute, text) -> None:  # type: ignore[no-untyped-def]
    found = attribute(text)
    assert not any(len(a.spans) == 2 and a.kind == "direct" for a in found)
    assert any(
        "Without new money" in " ".join(seg(text, a)) or "It will close" in " ".join(seg(text, a))
        for a in found
    )


def test_a_belief_reported_on_nearly_the_same_words_is_the_reporters_statement(attribute) -> None:  # type: ignore[no-untyped-def]
    # Marr's belief is what Voss says of him: one statement, Voss's, and none on Marr's page
    text = (
        "Ana Voss said Teo Marr believes that the Belvanian border will reopen to every truck "
        "and every bus from Lorvik early next spring, once the river has fallen."
    )
    found = [a for a in attribute(text) if a.kind != "direct"]
    assert [spk(text, a) for a in found] == ["Ana Voss"]
    assert " ".join(seg(text, found[0])).startswith("Teo Marr believes")


@pytest.mark.parametrize(
    "text",
    [
        # an act the speaker reports
        "Colonel Ivo Brandt said his battalion refused to leave the bridge at Lorvik on Monday.",
        # a decision
        "The ministry said a senior official decided to close the crossing at Lorvik to every "
        "freight truck and every bus until the spring floods have passed.",
        # a demand made of someone
        "Ostrava demanded that Belvania prove every trader crossing the river holds a permit.",
        # an expectation, told to someone (the inner words must be most of the outer ones: in
        # a short sentence the subject alone makes them differ enough to stay two statements)
        "A spokesman told the Herald that the union expects the copper mine at Lorvik and the "
        "two smelters beside it to reopen early next spring.",
    ],
)
def test_what_a_speaker_reports_of_someone_is_one_statement(attribute, text) -> None:  # type: ignore[no-untyped-def]
    found = [a for a in attribute(text) if a.kind != "direct"]
    assert len(found) == 1, [(spk(text, a), seg(text, a)) for a in found]


@pytest.mark.parametrize(
    "text",
    [
        # a wish, on words of its own
        "Eli Marr said Ana Voss wants the vote on the new exams delayed until the spring.",
        # an intention
        "The Herald reported that the Belvanian envoy plans to leave Lorvik before the talks.",
        # an act on something
        "Teo Marr told reporters on Monday that the ministry had backed the Ostravan offer.",
    ],
)
def test_a_view_nested_in_another_statement_is_that_speakers_account(attribute, text) -> None:  # type: ignore[no-untyped-def]
    found = [a for a in attribute(text) if a.kind != "direct"]
    assert len(found) == 1, [(spk(text, a), seg(text, a)) for a in found]


@pytest.mark.parametrize(
    ("text", "inner", "words"),
    [
        # nested speech carrying a quotation: the quoted words are the spokesman's
        (
            "According to the Lorvik Herald, a ministry spokesman said the treaty “is dead and "
            "buried”.",
            "a ministry spokesman",
            "the treaty",
        ),
        # a claim named by a noun is its holder's
        (
            "His critics rejected the envoy's claim that the treaty was dead.",
            "the envoy",
            "that the treaty was dead",
        ),
    ],
)
def test_nested_speech_in_its_own_words_keeps_its_record(attribute, text, inner, words) -> None:  # type: ignore[no-untyped-def]
    found = [a for a in attribute(text) if a.kind != "direct"]
    assert any(spk(text, a) == inner and " ".join(seg(text, a)).startswith(words) for a in found), [
        (spk(text, a), seg(text, a)) for a in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Voss said that she believes the talks with Belvania will fail.",
        "Ana Voss, the foreign minister, argued that she now supports the plan to reopen it.",
        "Voss told reporters that she thinks the border should stay closed until spring.",
    ],
)
def test_a_speaker_restating_her_own_view_is_one_statement(attribute, text) -> None:  # type: ignore[no-untyped-def]
    # "she believes ..." is Voss's own view inside her statement: counted once, the outer
    # statement keeping the words
    found = [a for a in attribute(text) if a.kind != "direct"]
    assert len(found) == 1
    assert " ".join(seg(text, found[0])).split()[1] == "she"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Voss said she wants to see the Belvanian border reopen before the spring.",
        "Teo Marr told reporters he would like to see more trucks cross at Lorvik.",
    ],
)
def test_a_wish_inside_the_speakers_own_statement_is_not_counted_twice(attribute, text) -> None:  # type: ignore[no-untyped-def]
    # the seeing hangs on the wanting: both are the speaker's own, inside her statement
    found = [a for a in attribute(text) if a.kind != "direct"]
    assert len(found) == 1
    assert " ".join(seg(text, found[0])).split()[0] in {"she", "he"}


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        # another person's words, even of the same surname (her view, "Ana Marr thinks the
        # exams are too many", would be his account of it)
        (
            "Former President Eli Marr said this week that Ana Marr had told him the exams are "
            "too many.",
            "Ana Marr",
        ),
        # the outer content holds its own speaker's frame: the inner statement is the one
        # with the right bounds
        (
            "Voss suggested Marr had a fondness for strongmen - ''He would have loved them,'' "
            "Voss said.",
            "Voss",
        ),
    ],
)
def test_a_nested_statement_by_someone_else_or_outside_the_frame_stays(  # type: ignore[no-untyped-def]
    attribute, text, inner
) -> None:
    found = [a for a in attribute(text) if a.kind != "direct"]
    assert len(found) == 2
    assert inner in {spk(text, a) for a in found}
