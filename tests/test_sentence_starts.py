"""No sentence starts at a word in lower case right after a word (issue 15, twenty-ninth
session).

After a headline with no full stop, the parser cut the first paragraph's opening "Russia and
Ukraine agreed ..." into "Russia" | "and" | "Ukraine agreed ...", so the agreement was
Ukraine's alone and "Russia" a sentence of its own; web pages' headlines rarely end with a
full stop. Fictional people; real states for the knowledge base to place.
"""

from __future__ import annotations

import pytest

from onrecord import nlp
from onrecord.pipeline import extract


@pytest.mark.parametrize(
    "text,first",
    [
        ("Talks\n\nRussia and Ukraine agreed to hold talks.\n", "Russia and Ukraine agreed"),
        ("Talks\n\nIsrael and Hamas agreed to a ceasefire.\n", "Israel and Hamas agreed"),
        (
            "Talks resume\n\nBy Ana Weiss\n\nVoss and Marr agreed to resume talks.\n",
            "Voss and Marr agreed",
        ),
    ],
)
def test_the_first_paragraph_after_a_bare_headline_is_one_sentence(text: str, first: str) -> None:
    doc = nlp.parse(nlp.load_pipeline(), text)
    sents = [s.text.strip() for s in doc.sents]
    assert any(s.startswith(first) for s in sents), sents


def test_both_parties_of_the_agreement_are_coded() -> None:
    rec = extract("Talks\n\nRussia and Ukraine agreed to hold talks.\n")
    names = {a.id: a.name for a in rec.actors}
    assert {(names.get(e.source), names.get(e.target)) for e in rec.events} >= {
        ("Russia", "Ukraine"),
        ("Ukraine", "Russia"),
    }


def test_a_sentence_still_starts_after_a_full_stop() -> None:
    doc = nlp.parse(nlp.load_pipeline(), "The talks ended. and then the envoys left.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize("dash", ["--", "—", "(BPA) -"])
def test_a_dateline_is_no_part_of_the_first_sentence(dash: str) -> None:
    # the parser made the dateline's place the subject of "said" and the president an
    # apposition to it; the lead had no statement
    text = (
        "Museum opens\n\nBy Ana Weiss\n\n"
        f"LESK {dash} President Ana Voss, opening the museum on Saturday, said it would "
        "tell a Belvanian story.\n"
    )
    rec = extract(text)
    (quote,) = rec.quotes
    assert quote.speaker is not None and quote.speaker.text == "President Ana Voss"
    assert quote.text == "it would tell a Belvanian story"


def test_a_paragraphs_first_word_is_no_sentence_of_its_own() -> None:
    # (forty-fourth session: the parser cut "Trade | Minister Ivo Dant said ...", and the
    # minister's title and the speaker mention lost "Trade")
    text = "Talks on the lake\n\nTrade Minister Ivo Dant said on Tuesday that talks would resume.\n"
    doc = nlp.parse(nlp.load_pipeline(), text)
    assert "Trade Minister Ivo Dant said" in [s.text.strip() for s in doc.sents][1]
    rec = extract(text)
    assert [q.speaker.text for q in rec.quotes if q.speaker] == ["Trade Minister Ivo Dant"]
    assert [a.titles for a in rec.actors if a.name == "Ivo Dant"] == [["Trade Minister"]]
