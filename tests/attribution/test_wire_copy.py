"""Shapes of diplomatic wire copy (issue 15, twenty-ninth session).

"Foreign ministry spokeswoman X told a regular briefing that ...": the parser read "that" as
a relative pronoun on "briefing" (the clause's object), so the statement was lost. A "that"
the clause has no room for as its object (a passive, a clause with an object already) opens
the reported clause. "according to a readout from X's office": a readout is a record, its
maker speaks. "Voss, asked about Dalen's remarks, said": the one asked asks nothing.
Fiction only.
"""

from __future__ import annotations

import pytest

from onrecord.attribution import find_attributions
from tests.attribution.conftest import hand_parsed, ref, seg, spk


@pytest.mark.parametrize(
    "text,content",
    [
        (
            "Belvania's foreign ministry spokeswoman Lena Dalen told a regular briefing that "
            "the envoy had been summoned.",
            "that the envoy had been summoned",
        ),
        (
            "Foreign ministry spokeswoman Lena Dalen told a regular briefing that Sarnia "
            "opposes the plan.",
            "that Sarnia opposes the plan",
        ),
    ],
)
def test_told_a_briefing_that(attribute, text, content) -> None:  # type: ignore[no-untyped-def]
    found = attribute(text)
    assert [(spk(text, a).endswith("Lena Dalen"), seg(text, a)) for a in found] == [
        (True, [content])
    ]


def test_a_relative_clause_on_the_briefing_is_no_statement(attribute) -> None:  # type: ignore[no-untyped-def]
    # "that" is the clause's subject: a real relative clause, no reported content
    text = "Voss told a briefing that was held in Ostrava about the plan."
    assert not any(
        seg(text, a) and seg(text, a)[0].startswith("that was held") for a in attribute(text)
    )


def test_a_readout_speaks_for_its_maker(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Voss and Marr agreed in a phone call to resume talks, according to a readout from "
        "the Belvanian president's office."
    )
    found = attribute(text)
    assert (
        "a readout from the Belvanian president's office",
        "the Belvanian president's office",
    ) in [(spk(text, a), ref(text, a)) for a in found]


# "Voss, asked about Dalen's remarks, said it was false.", parsed as the model parsed the
# same shape in a longer fictional article: "Voss asked about ..." a clause of its own
_ASKED_ASIDE = [
    ("Voss", False, "Voss", "PROPN", "NNP", "nsubj", 2, "B-PERSON"),
    (",", True, ",", "PUNCT", ",", "punct", 2, "O"),
    ("asked", True, "ask", "VERB", "VBD", "ccomp", 8, "O"),
    ("about", True, "about", "ADP", "IN", "prep", 2, "O"),
    ("Dalen", False, "Dalen", "PROPN", "NNP", "poss", 6, "B-PERSON"),
    ("'s", True, "'s", "PART", "POS", "case", 4, "O"),
    ("remarks", False, "remark", "NOUN", "NNS", "pobj", 3, "O"),
    (",", True, ",", "PUNCT", ",", "punct", 2, "O"),
    ("said", True, "say", "VERB", "VBD", "ROOT", 8, "O"),
    ("it", True, "it", "PRON", "PRP", "nsubj", 10, "O"),
    ("was", True, "be", "AUX", "VBD", "ccomp", 8, "O"),
    ("false", False, "false", "ADJ", "JJ", "acomp", 10, "O"),
    (".", False, ".", "PUNCT", ".", "punct", 8, "O"),
]


def test_the_one_asked_in_an_aside_asked_nothing() -> None:
    doc = hand_parsed(_ASKED_ASIDE)
    found = find_attributions(doc)
    assert not [a for a in found if a.cue and doc.text[a.cue[0] : a.cue[1]] == "asked"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("In Voss’s words, “the border will stay closed until spring.”", "Voss"),
        ("In the words of Ana Voss, “the border will stay closed.”", "Ana Voss"),
        ("Voss’s message was clear: “The border stays closed.”", "Voss"),
    ],
)
def test_a_quotation_given_as_someones_words(attribute, text, speaker) -> None:  # type: ignore[no-untyped-def]
    # before, no speaker: the frame has no verb of saying
    full = "Row\n\nBy Ana Weiss\n\n" + text
    assert [(a.kind, spk(full, a)) for a in attribute(full)] == [("direct", speaker)]


def test_words_in_an_aside_of_the_frame_are_not_its_speakers(attribute) -> None:  # type: ignore[no-untyped-def]
    # "a blind faith in Voss's word:" gives no quotation to Voss
    text = "Row\n\nBy Ana Weiss\n\nThe Herald showed a blind faith in Voss’s word: “The border stays closed.”"
    assert "Voss" not in [spk(text, a) for a in attribute(text)]


@pytest.mark.parametrize(
    "text,addressee",
    [
        (
            "Speaking to Teo Marr by phone, Ana Voss said the border would stay closed.",
            "Teo Marr",
        ),
        (
            "Addressing the Lorvik assembly, Ana Voss said the border would stay closed.",
            "the Lorvik assembly",
        ),
        # a generic audience is no one addressed
        ("Speaking to reporters, Ana Voss said the border would stay closed.", None),
    ],
)
def test_an_opening_participle_names_whom_the_speaker_addressed(attribute, text, addressee) -> None:  # type: ignore[no-untyped-def]
    full = "Row\n\nBy Ana Weiss\n\n" + text
    [a] = attribute(full)
    got = full[a.addressee[0] : a.addressee[1]] if a.addressee else None
    assert got == addressee


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "With turnout in doubt, President Ana Voss is rolling out a new and more personal "
            "campaign message: “It is about me.”",
            "President Ana Voss",
        ),
        ("Teo Marr sent the council a short message: “Do not test us.”", "Teo Marr"),
    ],
)
def test_a_message_before_a_colon_is_its_senders(attribute, text, speaker) -> None:  # type: ignore[no-untyped-def]
    # (the parser hangs the colon on the object, "message", not on the verb)
    (a,) = attribute(text)
    assert spk(text, a) == speaker


def test_a_relative_clause_quoting_its_own_words_is_not_the_objects(attribute) -> None:  # type: ignore[no-untyped-def]
    # "praised Marr" took "Marr, who replied, “...”" as what was praised, and the reply
    # was lost inside it
    text = "Voss praised Marr, who replied, “Thank you, minister.”"
    praised, replied = attribute(text)
    assert (spk(text, praised), seg(text, praised)) == ("Voss", ["Marr"])
    assert (spk(text, replied), seg(text, replied)) == ("Marr", ["Thank you, minister."])


def test_a_relative_clause_reporting_without_a_quotation_stays_in_the_object(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Voss praised the envoy, who later said the talks had gone well."
    praised = next(a for a in attribute(text) if spk(text, a) == "Voss")
    assert seg(text, praised) == ["the envoy, who later said the talks had gone well"]


def test_what_was_not_commented_on_stops_before_what_was_said(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A UN spokesman, Lena Brandt, declined to comment on the request but said the "
        "secretary-general was following events “very closely.”"
    )
    contents = [seg(text, a) for a in attribute(text)]
    assert ["the request"] in contents
    assert ["the secretary-general was following events “very closely.”"] in contents
    assert all(not c[0].startswith("the request but") for c in contents)


def test_a_clause_cut_after_its_quoted_words_keeps_their_closing_mark(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Voss blamed the unrest on “provocateurs” and suggested closing the border."
    blamed = next(a for a in attribute(text) if seg(text, a)[0].startswith("the unrest"))
    assert seg(text, blamed) == ["the unrest on “provocateurs”"]
