"""Quotation marks run into the words beside them, as on messy pages ("Voss said,“Look",
"tomorrow,”Marr said"): the tokenizer splits them off, so the parser sees the quotation and
its frame. Text with a space beside every mark is tokenized as before. Fictional people."""

from __future__ import annotations

import pytest

from onrecord import nlp
from onrecord.pipeline import extract


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Marr said,“Look, we will win.”", ["Marr", "said", ",", "“", "Look", ","]),
        ("“We will win tomorrow,”Marr said.", ["tomorrow", ",", "”", "Marr", "said", "."]),
        ('Voss said:"We will win."', ["said", ":", '"', "We"]),
        ('It was "a joke."Clinton left.', ["joke", ".", '"', "Clinton"]),
    ],
)
def test_a_glued_mark_is_a_token_of_its_own(text: str, tokens: list[str]) -> None:
    words = [t.text for t in nlp.load_pipeline()(text)]
    start = words.index(tokens[0])
    assert words[start : start + len(tokens)] == tokens


@pytest.mark.parametrize(
    "text",
    [
        "“Plain,” she said. “Fine.”",
        "He is 5'10\" tall and U.S.-born.",
        "The envoy’s plan, e.g. a ceasefire, failed.",
    ],
)
def test_spaced_text_is_tokenized_as_before(text: str) -> None:
    from spacy.lang.en import English

    plain = [t.text for t in English().tokenizer(text)]
    assert [t.text for t in nlp.load_pipeline()(text)] == plain


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Marr said,“Look, we will win the vote tomorrow.”", "Look, we will win"),
        ("“We will win the vote tomorrow,”Marr said.", "We will win the vote"),
        ('Marr said,"Look, we will win the vote tomorrow."', "Look, we will win"),
        (
            "Voss spoke at noon. “We will win,” Marr said.“We leave now for the capital.”",
            "We leave now",
        ),
    ],
)
def test_a_glued_quotation_keeps_its_speaker(text: str, content: str) -> None:
    record = extract(text)
    quote = next(q for q in record.quotes if q.text.startswith(content))
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "Marr"
