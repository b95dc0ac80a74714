"""An ad, a statement or a sign speaks for whoever published it (issue 15, fifth session).

"Voss released an ad calling the treaty ..." is Voss's statement: before, the speaker was "an
ad", an actor of no one. Fiction only: Ostrava, Belvania, Lorvik and their people.
"""

from __future__ import annotations

import pytest

from tests.attribution.conftest import ref, seg, spk


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        (
            'Ana Voss released a new radio ad calling the treaty "a surrender to Belvania."',
            "Ana Voss",
            'the treaty "a surrender to Belvania."',
        ),
        (
            'A protester held a sign reading "Lorvik is not for sale."',
            "A protester",
            "Lorvik is not for sale.",
        ),
    ],
)
def test_the_publisher_of_an_artefact_is_the_speaker(attribute, text, speaker, content) -> None:  # type: ignore[no-untyped-def]
    found = attribute(text)
    assert [(spk(text, a), seg(text, a)) for a in found] == [(speaker, [content])]


@pytest.mark.parametrize(
    "text,speaker",
    [
        # the artefact is the subject: no publisher is named in the clause
        ('The ad, released on Monday, calls the treaty "a surrender."', "The ad"),
        # watching is not publishing: the envoy in the video speaks
        ('Ana Voss watched a video in which the envoy said "the bridge stays shut."', "the envoy"),
    ],
)
def test_no_publisher_without_a_publishing_verb_and_its_subject(attribute, text, speaker) -> None:  # type: ignore[no-untyped-def]
    assert [spk(text, a) for a in attribute(text)] == [speaker]


def test_a_published_statement_introduced_by_a_colon_is_its_publishers(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "When the envoy died in 1998, President Ana Voss released the following statement:\n\n"
        "\u201cLorvik mourns a patient man. He kept the bridge open.\u201d\n"
    )
    found = attribute(text)
    assert [(spk(text, a), a.kind) for a in found] == [("President Ana Voss", "direct")]


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        (
            "The Belvanian foreign ministry issued a statement saying the border would stay "
            "closed until March.",
            "The Belvanian foreign ministry",
            "the border would stay closed until March",
        ),
        (
            "The ministry put out a statement that said the talks had failed.",
            "The ministry",
            "the talks had failed",
        ),
        (
            "Teo Marr issued a statement joining Ostrava in calling for a halt to the fighting.",
            "Teo Marr",
            "a halt to the fighting",
        ),
    ],
)
def test_a_published_statement_says_what_its_participle_says(  # type: ignore[no-untyped-def]
    attribute, text, speaker, content
) -> None:
    # the content starts after "saying"/"that said"/"calling for", not at "a statement"
    found = attribute(text)
    assert [(spk(text, a), seg(text, a)) for a in found] == [(speaker, [content])]


def test_an_artefact_that_voices_nothing_is_itself_the_content(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Teo Marr issued a statement listing the treaty's flaws."
    found = attribute(text)
    assert [(spk(text, a), seg(text, a)) for a in found] == [
        ("Teo Marr", ["a statement listing the treaty's flaws"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The ministry of Belvania issued a statement on Monday. The statement read: "We will '
        'not yield to threats."',
        "The ministry of Belvania issued a statement late on Monday.\n\n"
        '"We will not yield to threats," the statement said.',
    ],
)
def test_the_statement_just_issued_speaks_for_its_publisher(attribute, text) -> None:  # type: ignore[no-untyped-def]
    found = attribute(text)
    # and "issued a statement on Monday" is not a statement of its own; the mention is the
    # frame's own words, "the statement", which stand for the ministry
    assert [(a.kind, spk(text, a).lower(), ref(text, a)) for a in found] == [
        ("direct", "the statement", "The ministry of Belvania")
    ]


def test_an_artefact_with_a_topic_is_what_was_said(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry of Belvania issued a statement on the closure of the river crossing."
    assert ["a statement on the closure of the river crossing"] in [
        seg(text, a) for a in attribute(text)
    ]


def test_a_report_speaks_for_its_findings(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "The report said the economy of Belvania grew by two percent last year."
    (a,) = attribute(text)
    assert (spk(text, a), seg(text, a)) == (
        "The report",
        ["the economy of Belvania grew by two percent last year"],
    )


def test_it_speaks_for_the_body_named_just_before(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ministry of Belvania closed the river crossing on Monday. It said that the border "
        "would stay shut until the talks resume."
    )
    (a,) = attribute(text)
    assert (spk(text, a), ref(text, a)) == ("It", "The ministry of Belvania")


@pytest.mark.parametrize(
    "text",
    [
        "It is clear that Ostrava will object to the closure.",
        # no body or document before it: nobody to stand for
        "Ana Voss crossed the river on Monday. It said that the border would stay shut.",
        # two bodies before it: which one speaks is in doubt
        "The ministry of Belvania met the Lorvik council on Monday. It said that the border "
        "would stay shut.",
        # "it" before a copula stands for no one
        "The ministry of Belvania met on Monday. It is safe to say that the border will stay shut.",
    ],
)
def test_it_with_nothing_to_stand_for_says_nothing(attribute, text) -> None:  # type: ignore[no-untyped-def]
    assert attribute(text) == []


@pytest.mark.parametrize(
    "text,speaker",
    [
        # an event or a deed cannot speak: the one who acts does
        ("Marr fired off a response saying he would not sign the treaty.", "Marr"),
        ("The Lorvik council approved a resolution condemning the blockade.", "The Lorvik council"),
        (
            "Senator Ana Voss drew huge crowds describing a country run by bankers.",
            "Senator Ana Voss",
        ),
        # people and documents keep their words
        ("The ministry issued a statement saying the border would reopen.", "The ministry"),
        ("Voss met an aide complaining that the border had ruined the town.", "an aide"),
    ],
)
def test_a_participle_on_an_object_that_cannot_speak_is_the_doers(  # type: ignore[no-untyped-def]
    attribute, text, speaker
) -> None:
    assert spk(text, attribute(text)[0]) == speaker
