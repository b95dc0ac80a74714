"""Abbreviated titles and ranks are one token ("Sens.", "Capt.", "Amb."), as spaCy's own
"Sen." and "Gov." are: split in two, the full stop ended the parser's sentence. Fictional
people and states."""

from __future__ import annotations

import pytest

from onrecord import nlp
from onrecord.pipeline import extract


@pytest.mark.parametrize("word", nlp.TITLE_ABBREVIATIONS)
def test_each_abbreviation_is_one_token(word: str) -> None:
    doc = nlp.load_pipeline()(f"They met {word} Holm on Tuesday.")
    assert [t.text for t in doc][2:4] == [word, "Holm"]


def test_the_lower_case_word_is_left_to_the_tokenizer() -> None:
    doc = nlp.load_pipeline()("The delay lasted a sec. Then the talks resumed.")
    assert "sec." not in [t.text for t in doc]
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "“We will not retreat from the ridge,” said Army Capt. Daniel Kerr, a spokesman for "
        "the Ostravan command.",
        # the parser still reads "Capt." as a full stop here: no sentence may start after it
        "“We are already at war with the militia,” said Lorvik spokesman Navy Capt. Daniel "
        "Kerr, who was asked about the strategy.",
    ],
)
def test_a_rank_before_a_name_is_no_speaker_of_its_own(text: str) -> None:
    q = extract(text, published="2026-02-14").quotes[0]
    assert q.speaker is not None and q.speaker.name == "Daniel Kerr"


def test_no_sentence_starts_at_the_name_after_a_title() -> None:
    doc = nlp.load_pipeline()(
        "“We are already at war with the militia,” said Lorvik spokesman Navy Capt. Daniel "
        "Kerr, who was asked about the strategy."
    )
    assert len(list(doc.sents)) == 1
    # "Sr." follows a name: the next sentence may start after it
    doc = nlp.load_pipeline()("He met Daniel Kerr Sr. The two talked for an hour.")
    assert len(list(doc.sents)) == 2


def test_a_title_before_a_name_ends_no_content() -> None:
    record = extract(
        "The delegation also discussed Pres. Voss’s remarks on the border at length.",
        published="2026-02-14",
    )
    assert [q.text for q in record.quotes] == ["Pres. Voss’s remarks on the border at length"]
    assert all(a.name not in ("Pres", "Pres.") for a in record.actors)


def test_an_abbreviated_title_is_no_actor() -> None:
    record = extract(
        "“The corridor stays open,” Amb. Peter Lund told reporters in Lorvik.",
        published="2026-02-14",
    )
    assert [(q.speaker.text, q.speaker.name) for q in record.quotes if q.speaker] == [
        ("Amb. Peter Lund", "Peter Lund")
    ]
    assert "Amb" not in {a.name for a in record.actors}


def test_a_plural_title_keeps_the_description_with_its_names() -> None:
    q = extract(
        "Voss’s rivals, Sens. Peter Lund and Maria Holm, have both urged her to release the tapes.",
        published="2026-02-14",
    ).quotes[0]
    assert q.speaker is not None and q.speaker.text.startswith("Voss’s rivals")
    assert [m.name for m in q.speakers or []] == ["Peter Lund", "Maria Holm"]


def test_a_capitalised_word_that_is_no_title_still_ends_a_sentence() -> None:
    # "Rt." is a title ("Rt. Hon."); the network "RT." ends its sentence, and the quotation
    # after it still goes with the speaker before it
    text = (
        "“Their plan is very clear,” Teo Marr, a former envoy to Lorvik, said of RT. "
        "“Having people like Ana Voss work for them helps them.”"
    )
    (q,) = extract(text, published="2026-02-14").quotes
    assert q.speaker is not None and q.speaker.name == "Teo Marr"
    assert len(q.spans) == 2 and text[q.spans[1][0] :].startswith("Having people")
