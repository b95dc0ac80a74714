"""Speakers drawn from a group, and records whose makers a relative clause names.

Found by reading the statements PolNeAR's training articles lost or gave to the wrong person:
"One of the men, X, said ..." had no statement at all ("one" was refused as the generic
pronoun, "one might say"), so the next clause's "he" took the belief and went to the last man
named; "according to an interview his brother gave" had the interview, and no one, as its
speaker. Every text is fiction.
"""

from __future__ import annotations

import pytest

from onrecord.pipeline import ArticleInput, Extractor
from tests.attribution.conftest import seg, spk


@pytest.fixture(scope="module")
def extract():  # type: ignore[no-untyped-def]
    ex = Extractor()
    return lambda text: next(ex.extract_many([ArticleInput(text=text)]))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("One of the men, Ivo Dalen, said the war would end.", "One of the men, Ivo Dalen"),
        ("One of his advisers told reporters the port would open.", "One of his advisers"),
        ("One of them said the strike would go on.", "One of them"),
        ("One of Sarn's generals said the war would end.", "One of Sarn's generals"),
        # a poll's share, as "Six in 10" always was
        ("One in three said the party does not care about the farmers.", "One in three"),
        ("One in four voters in a Herald poll said the envoys should leave.", None),
    ],
)
def test_one_of_a_group_speaks(attribute, text: str, speaker: str | None) -> None:
    found = attribute(text)
    assert found and spk(text, found[0]) == (speaker or text[: text.index(" said")])


@pytest.mark.parametrize(
    "text",
    [
        "One might say the war would end.",
        "One of her first moves was a bid for the mill, believing the takeover would help her.",
    ],
)
def test_a_generic_one_or_one_thing_does_not(attribute, text: str) -> None:
    assert not any(spk(text, a) and spk(text, a).lower().startswith("one") for a in attribute(text))


def test_one_of_the_men_named_is_that_man(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Teo Marr spoke to the crowd. One of the men, Ivo Dalen, 70, had served in the navy and "
        "said he was convinced that the war would end."
    )
    rec = extract(text)
    quote = next(q for q in rec.quotes if "the war would end" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Ivo Dalen"
    assert quote.text.startswith("he was convinced")


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            "Dalen is believed to have fled, according to an interview his brother Teo Dalen "
            "gave to the Sarn Herald.",
            "an interview his brother Teo Dalen gave",
            "Teo Dalen",
        ),
        (
            "The army will withdraw, according to a statement the ministry released on Monday.",
            "a statement the ministry released",
            "ministry",
        ),
        (
            "The army will withdraw, according to a letter that Ana Voss sent to the council.",
            "a letter that Ana Voss sent",
            "Ana Voss",
        ),
    ],
)
def test_a_record_speaks_for_whoever_the_relative_clause_says_made_it(
    extract,  # type: ignore[no-untyped-def]
    text: str,
    speaker: str,
    name: str,
) -> None:
    rec = extract(text)
    quote = rec.quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.text == speaker
    assert quote.speaker.name == name


def test_a_record_that_found_something_has_no_maker(attribute) -> None:
    text = "The army will withdraw, according to a report that found no trace of fighting."
    found = attribute(text)
    assert found and spk(text, found[0]) == "a report"
    assert seg(text, found[0]) == ["The army will withdraw"]


def test_a_subject_hung_on_the_opening_phrase_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "her senior policy adviser, Teo Dalen" on "the Observer" as an
    # apposition and leaves "said" without a subject
    text = (
        "In a statement to the Observer, her senior policy adviser, Teo Dalen, said: “Ana Voss "
        "believes that cooperation is essential, and that cooperation is strongest when the "
        "provinces are united.”"
    )
    quote = extract(text).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Teo Dalen"
    assert quote.speaker.text == "her senior policy adviser, Teo Dalen"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the quotation goes on from the one who said the paragraph, not from the friends
        # her statement reports calling Marr a name
        (
            "Her friends in Sarn have mocked Marr's campaign, calling Marr “an orange buffoon,” "
            "Ana Dalen said as she turned around.\n\n“But he’s our orange buffoon, and we love "
            "him!”",
            "Dalen",
        ),
        # nor from "someone" in a clause about the emails
        (
            "The council issued a statement apologizing to Marr for the emails, which included "
            "staff members suggesting someone should question Marr's faith.\n\n“On behalf of "
            "everyone at the council, we want to offer a deep apology to Marr.”",
            "council",
        ),
    ],
)
def test_a_quotation_alone_goes_on_from_the_framing_statement(
    extract, text: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    rec = extract(text)
    alone = rec.quotes[-1]
    assert alone.kind == "direct" and alone.cue is None
    assert alone.speaker is not None and name in (alone.speaker.name or "")


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            "“Marr cannot handle tough questions,” concluded a 2013 article in the Sarn Journal.",
            "a 2013 article in the Sarn Journal",
            "Sarn Journal",
        ),
        (
            "The army will withdraw, according to an article in the Sarn Herald.",
            "an article in the Sarn Herald",
            "Sarn Herald",
        ),
    ],
)
def test_an_article_an_outlet_ran_speaks_for_the_outlet(
    extract, text: str, speaker: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    quote = extract(text).quotes[0]
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name) == (speaker, name)


def test_this_article_is_still_the_writers(attribute) -> None:
    text = "This article argues that Marr cannot handle questions."
    assert not any(spk(text, a) for a in attribute(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hangs the pastor's name on Mr. Marr's: a name is not apposed to a name
        (
            "One pastor supporting Mr. Marr, Ivo Dalen of the Harbour Church, said the vote "
            "would be close.",
            "Ivo Dalen of the Harbour Church",
        ),
        # a name apposed to a description is that description's: the aide is unnamed
        ("An aide to the foreign minister, Ana Voss, said the vote would be close.", "An aide"),
    ],
)
def test_a_name_hung_on_another_name_is_the_subjects(attribute, text: str, speaker: str) -> None:
    found = [a for a in attribute(text) if "the vote would be close" in " ".join(seg(text, a))]
    assert found and spk(text, found[0]) == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a thing said the paragraph before; the last one who could say "I" is Richards
        (
            "Ana Richards also spoke about the case. (The legislation also mandates three "
            "separate appointments for women.)\n\n“Roe is the law of the land. But I believe "
            "very firmly that it is not a right if you cannot access it.”",
            "Ana Richards",
        ),
        # nor critics, many people, who demanded something: none
        (
            "Critics also demanded that Marr apologize.\n\n“I am impressed by his ability to "
            "find a way to offend everyone.”",
            None,
        ),
    ],
)
def test_a_quotation_in_the_first_person_is_no_groups_or_things(
    extract, text: str, name: str | None
) -> None:  # type: ignore[no-untyped-def]
    alone = extract(text).quotes[-1]
    assert alone.kind == "direct" and "I " in alone.text
    assert (alone.speaker.text if alone.speaker else None) == name
