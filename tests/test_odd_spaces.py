"""No-break and other odd space characters: the parser reads them as plain spaces, the record
keeps the text as given (web pages write "Sen.&nbsp;Ana Voss"; 243 of PolNeAR train's 840
articles hold a U+00A0). Texts are fiction about fictional states."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from onrecord import nlp
from onrecord.article import ArticleInput
from onrecord.nlp import doc_text, given_text, load_pipeline, parse, parse_many, parser_input

NBSP = "\u00a0"
TEXT = (
    f"The Lorvik Herald{NBSP}says the Merrow crossing will stay open.\n\n"
    f"Foreign{NBSP}Minister Ana{NBSP}Voss said on Monday that the talks would go on"
    f"{NBSP}\u2014 and that Belvania had agreed to the terms.\n\n"
    f"On July 6,{NBSP}Voss made the following comment:\n\n"
    "\u201cThe bridge is ours to keep open, and we will.\u201d\n"
)


def test_the_table_is_every_space_separator_but_the_plain_space() -> None:
    zs = {
        c for c in range(sys.maxunicode + 1) if c != 0x20 and unicodedata.category(chr(c)) == "Zs"
    }
    assert set(nlp._ODD_SPACES) == zs


def test_parser_input_keeps_length_and_leaves_other_text_alone() -> None:
    text = f"a{NBSP}b\u2009c\u3000d\u202fe\nf\tg\u200bh \u00e9"
    read = parser_input(text)
    assert len(read) == len(text)
    # line breaks and tabs kept; a zero-width space inside a word is taken out of it and a
    # word joiner stands in its place (onrecord.garbled: tests/test_garbled.py)
    assert read == "a b c d e\nf\tg\u2060h \u00e9"


def test_a_names_apostrophe_is_read_straight_and_other_apostrophes_are_kept() -> None:
    text = "\u2018Teo O\u2019Brien\u2019s plan,\u2019 she said, \u2018won\u2019t work.\u2019 Rock \u2019n\u2019 roll\u2019"
    read = parser_input(text)
    assert len(read) == len(text)
    assert (
        read
        == "\u2018Teo O'Brien\u2019s plan,\u2019 she said, \u2018won\u2019t work.\u2019 Rock \u2019n\u2019 roll\u2019"
    )


def test_a_left_quotation_mark_typed_for_an_apostrophe_is_read_as_one() -> None:
    # "Marr\u2018s aides" (U+2018 for the apostrophe) was one token, and a person "Marr\u2018s"
    text = "Marr\u2018s aides said it isn\u2018t over. \u2018So,\u2019 she said, \u2018sit.\u2019 A\u2018Sarn\u2019"
    read = parser_input(text)
    assert len(read) == len(text)
    assert read == (
        "Marr\u2019s aides said it isn\u2019t over. \u2018So,\u2019 she said, \u2018sit.\u2019 A'Sarn\u2019"
    )


def test_a_possessive_with_a_left_quotation_mark_is_no_persons_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Ivo Marr of Belvania spoke on Monday. Marr\u2018s aides said the talks "
        "would resume, and Marr\u2018s office confirmed it."
    )
    record = extractor(ArticleInput(text=text))
    persons = {a.name for a in record.actors if a.kind == "person"}
    assert persons == {"Ivo Marr"}


def test_a_name_with_a_typographic_apostrophe_is_a_name(extractor) -> None:  # type: ignore[no-untyped-def]
    # the small model tags "D\u2019Arcy" (typographic apostrophe) as no name at all
    text = (
        "Film director Tomas D\u2019Arcy made his prediction on Monday. "
        "D\u2019Arcy said that Belvania would close the Merrow crossing."
    )
    record = extractor(ArticleInput(text=text))
    assert [(q.speaker.text, q.speaker.name) for q in record.quotes if q.speaker] == [
        ("D\u2019Arcy", "Tomas D'Arcy")
    ]
    plain = "no odd spaces here"
    assert parser_input(plain) is plain


def test_the_parser_reads_plain_spaces_and_the_text_as_given_is_kept() -> None:
    doc = parse(load_pipeline(), TEXT)
    assert given_text(doc) == TEXT
    assert doc_text(doc) == parser_input(TEXT) != TEXT  # what the stages read
    assert not any(NBSP in t.text for t in doc)  # no token of its own, none inside a word
    voss = next(t for t in doc if t.text == "Voss")
    assert voss.pos_ == "PROPN"
    assert all(TEXT[t.idx : t.idx + len(t)] == t.text for t in doc)
    (batched,) = parse_many(load_pipeline(), [TEXT], 4)
    assert given_text(batched) == TEXT
    assert [t.text for t in batched] == [t.text for t in doc]


def test_a_long_text_parsed_in_pieces_keeps_the_text_as_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(nlp, "PARSE_WHOLE_UP_TO", 2_000)
    monkeypatch.setattr(nlp, "PIECE_CHARS", 1_000)
    text = TEXT * 12
    doc = parse(load_pipeline(), text)
    assert given_text(doc) == text and doc_text(doc) == parser_input(text)
    assert not any(NBSP in t.text for t in doc)


def test_records_keep_the_text_and_name_speakers_without_odd_spaces(extractor) -> None:  # type: ignore[no-untyped-def]
    single = extractor(ArticleInput(text=TEXT))
    (batched,) = extractor.extract_many([ArticleInput(text=TEXT)])
    assert single.to_dict() == batched.to_dict()
    assert single.text == TEXT  # the contract: the text is never rewritten
    speakers = []
    for q in single.quotes:
        if len(q.spans) == 1:
            assert q.text == TEXT[q.spans[0][0] : q.spans[0][1]]
        sp = q.speaker
        assert sp is not None
        assert sp.text == TEXT[sp.start : sp.end]
        assert sp.text == sp.text.strip(" " + NBSP)  # "Herald\u00a0" was a mention
        speakers.append(sp.name)
    # the quotation introduced by "Voss made the following comment:" is hers
    assert speakers == ["Lorvik Herald", "Ana Voss", "Belvania", "Ana Voss"]
    assert not any(NBSP in a.name or any(NBSP in t for t in a.titles) for a in single.actors)
    assert all(e.text == TEXT[e.start : e.end] for e in single.events)


def test_a_horizontal_bar_is_read_as_a_dash_and_kept_as_written(extractor) -> None:  # type: ignore[no-untyped-def]
    # the small model tags a bare U+2015 a verb and hung "Sand boasted" inside Voss's words
    bar = "\u2015"
    text = (
        f"When Voss noted that Sand has not paid any port fees {bar} as was true for the "
        f"years his accounts were made public {bar} Sand boasted, \u201cThat makes me clever.\u201d"
    )
    assert parser_input(text) == text.replace(bar, "\u2014")
    record = extractor(ArticleInput(text=text))
    assert record.text == text
    assert [(q.kind, q.speaker and q.speaker.text, q.text) for q in record.quotes] == [
        (
            "indirect",
            "Voss",
            f"that Sand has not paid any port fees {bar} as was true for the years his "
            "accounts were made public",
        ),
        ("direct", "Sand", "That makes me clever."),
    ]
