"""Garbled pages: mojibake and invisible characters inside words (onrecord.garbled).

A page encoded as UTF-8 and read as Windows-1252 or Latin-1 writes "Ibáñez" as "IbÃ¡Ã±ez"
and a closing mark as "â€\x9d"; a page hyphenated for the screen puts soft hyphens inside
words. The parser reads each garbled word mended, at the length it was given, so the record
keeps the text as given (the contract) while its names, speakers and events are those of the
clean text. Texts are fiction about fictional states.
"""

from __future__ import annotations

import json

import pytest

from onrecord.garbled import PAD, clean_name, read_whole, repaired, snapped
from onrecord.nlp import load_pipeline, parse, parser_input
from tests.actors.conftest import DATA, fiction_record

CLEAN = (
    "Belvanian Foreign Minister Tomás Ibáñez said on Monday that Belvania would reopen the "
    "Merrow crossing. “We will not close it again,” Ibáñez told reporters in Lorvik.\n\n"
    "Ostravan Defence Minister Zoë Ferré accused Belvania of massing troops on the border — a "
    "charge Lorvik denied. “It’s a provocation,” Ferré said.\n"
)


def _as(codec: str, text: str = CLEAN, times: int = 1) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode(codec, errors="replace")
    return text


def _soft_hyphens(text: str) -> str:
    """A soft hyphen after the third letter of every word of seven letters or more, and a
    zero-width space inside each name."""
    words = []
    for word in text.split(" "):
        if len(word) >= 7 and word[:3].isalpha():
            word = f"{word[:3]}\u00ad{word[3:]}"
        words.append(word)
    return " ".join(words).replace("Ferré", "Fer\u200bré")


GARBLED = {
    "windows-1252": _as("cp1252"),
    "latin-1": _as("latin-1"),
    "windows-1252 twice": _as("cp1252", times=2),
    "soft hyphens": _soft_hyphens(CLEAN),
}


def _record(text: str):  # type: ignore[no-untyped-def]
    return fiction_record(text, "2024-03-01", DATA / "accented.yaml")


# -- the parser's copy ---------------------------------------------------------------------


def test_text_without_damage_is_read_as_it_is() -> None:
    for text in ("plain ASCII", "Ibáñez and Zoë met in Łódź — “naïve” ‘talks’ «ici»"):
        assert read_whole(text) is text
        assert repaired(text) is text


@pytest.mark.parametrize("name", sorted(GARBLED))
def test_the_copy_keeps_the_length_and_reads_the_clean_words(name: str) -> None:
    text = GARBLED[name]
    read = parser_input(text)
    assert len(read) == len(text)
    assert clean_name(read).split() == CLEAN.split()


def test_what_a_word_lost_stands_beside_it_where_it_was() -> None:
    # inside the letters: word joiners where the damage began, the word one token
    assert read_whole("Ana Vo\u00adss said") == f"Ana Vo{PAD}ss said"
    assert read_whole(_as("cp1252", "Ibáñez")) == f"Ib{PAD * 2}áñez"
    # a mark at either end: spaces beside the mark, which keeps its place in the word, so
    # an opening mark follows a space and a closing one ends at a space
    assert read_whole(_as("cp1252", "(“Ibáñez’s”)")) == f"(  “Ib{PAD * 4}áñez’s”  )"
    # a direction mark before a paragraph's opening mark, a zero-width space before a comma
    assert read_whole("\u202a”Look,” Voss\u200b, said") == " ”Look,” Voss , said"


def test_a_line_is_mended_as_a_whole_and_a_half_mended_word_is_left_as_it_was() -> None:
    # alone, "ErdoÄŸan" could be Latin-1 text; on a line of other mojibake it is not
    clean = "Voss met Aydın Erdoğan’s envoy in Lorvik’s “new” hall."
    for times in (1, 2):
        assert clean_name(read_whole(_as("cp1252", clean, times))).split() == clean.split()
    # letters already lost before onrecord saw them: the word is read as it was given
    assert read_whole("Stefan KA\u0303\x83 rner") == "Stefan KA\u0303\x83 rner"


def test_mojibake_whose_letters_were_decomposed_is_mended() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", _as("latin-1", _as("cp1252", "Ibáñez")))
    assert clean_name(read_whole(text)) == "Ibáñez"


def test_a_span_that_takes_in_a_mended_mark_takes_all_of_it() -> None:
    given = _as("cp1252", "as “mad.” Then")
    read = read_whole(given)
    close = read.index("”")
    # a content that stops before the mark stays; one that takes it in takes its three bytes
    assert snapped(read, given, 3, close) == (3, close)
    assert given[slice(*snapped(read, given, 3, close + 1))] == _as("cp1252", "“mad.”")
    # a no-break space read as a plain space is no padding
    assert snapped("a b", "a\u00a0b", 0, 1) == (0, 1)


def test_repaired_mends_a_whole_text_at_any_length() -> None:
    assert repaired(GARBLED["windows-1252"]) == CLEAN
    assert repaired(GARBLED["latin-1"]) == CLEAN
    assert repaired(GARBLED["soft hyphens"]) == CLEAN


def test_the_model_reads_a_padded_word_as_the_word() -> None:
    nlp = load_pipeline()
    doc = nlp(f"Foreign Minister Sergei Lav{PAD}rov announ{PAD}ced the talks.")
    clean = nlp("Foreign Minister Sergei Lavrov announced the talks.")
    for a, b in zip(doc, clean, strict=True):
        assert (a.norm_, a.shape_, a.prefix_, a.suffix_, a.lower_, a.lemma_, a.is_title) == (
            b.norm_,
            b.shape_,
            b.prefix_,
            b.suffix_,
            b.lower_,
            b.lemma_,
            b.is_title,
        )
        assert (a.tag_, a.ent_type_) == (b.tag_, b.ent_type_)
        assert len(a) == len(a.text)  # its length is its own


def test_a_word_of_many_joiners_is_one_token_not_a_hostile_run() -> None:
    text = _as("latin-1", _as("cp1252", "Ibáñez"))  # encoded twice: ten characters lost
    doc = parse(load_pipeline(), f"Luis {text} said so.")
    assert [t.text.replace(PAD, "") for t in doc][:2] == ["Luis", "Ibáñez"]


def test_any_mix_of_damage_keeps_every_line_its_length() -> None:
    # random runs of mojibake pieces, C1 controls, invisible characters and marks: a word
    # mended only in part must not shift the offsets after it (a seeded sweep; a first
    # version lost or gained characters on one line in about 160)
    import random

    from onrecord.garbled import _read_line

    pieces = [
        *"abcÃÂâ€œ™šž\x80\x81\x85\x8d\x9d\xa0 \u00ad\u200b\u2060’”“éñ¡±©«»\ufffd.,;",
        *("Ã©", "Ã±", "â€™", "â€œ", "â€\ufffd", "Â\xa0", "Ã‚Â\xa0", "Ã¢â‚¬Å“"),
    ]
    rng = random.Random(7)
    for _ in range(3000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        assert len(_read_line(line)) == len(line), repr(line)


def test_ten_thousand_soft_hyphens_are_read_in_one_piece() -> None:
    text = "Voss " + "\u00ad" * 10_000 + " said so."
    doc = parse(load_pipeline(), text)
    assert doc.text == parser_input(text) and len(doc.text) == len(text)


# -- the record ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clean_record():  # type: ignore[no-untyped-def]
    return _record(CLEAN)


@pytest.mark.parametrize("name", sorted(GARBLED))
def test_a_garbled_page_gives_the_clean_pages_record(name: str, clean_record) -> None:  # type: ignore[no-untyped-def]
    given = GARBLED[name]
    record = _record(given)
    assert record.text == given  # the text as given

    def actors(r):  # type: ignore[no-untyped-def]
        return sorted((a.name, a.kind, a.country) for a in r.actors)

    assert actors(record) == actors(clean_record)
    assert ("Tomás Ibáñez", "person", "XBV") in actors(record)
    assert ("Zoë Ferré", "person", "XOS") in actors(record)
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in record.quotes] == [
        (q.kind, q.speaker.name if q.speaker else None) for q in clean_record.quotes
    ]
    for quote, clean in zip(record.quotes, clean_record.quotes, strict=True):
        # cut from the text as given, each mangled mark whole: mended, the clean quotation
        assert quote.text == " ".join(given[s:e] for s, e in quote.spans)
        assert repaired(quote.text) == clean.text
    assert [(e.type, e.source, e.target, e.intensity) for e in record.events] == [
        (e.type, e.source, e.target, e.intensity) for e in clean_record.events
    ]
    assert PAD not in json.dumps(record.to_dict(), ensure_ascii=False)


# -- what onrecord extracts itself ---------------------------------------------------------


def test_a_pages_body_and_title_are_mended_where_onrecord_extracts_them() -> None:
    from onrecord.ingest.html import html_article

    body = "".join(f"<p>{p}</p>" for p in CLEAN.strip().split("\n\n"))
    page = (
        f"<html><head><title>{_as('cp1252', 'Ibáñez reopens the crossing')}</title></head>"
        f"<body><article>{_as('cp1252', body)}</article></body></html>"
    )
    article = html_article(page, "page.html")
    assert article.title == "Ibáñez reopens the crossing"
    assert "Tomás Ibáñez" in article.text and "“It’s a provocation,”" in article.text


def test_a_feed_entrys_body_is_mended() -> None:
    from onrecord.ingest.feed import entry_article

    entry = {"title": "Lav\u00adrov speaks", "summary": f"<p>{_soft_hyphens(CLEAN)}</p>"}
    article = entry_article(entry, "The Lorvik Herald")
    assert article is not None
    assert article.title == "Lavrov speaks"
    assert "\u00ad" not in article.text and "Ibáñez" in article.text
