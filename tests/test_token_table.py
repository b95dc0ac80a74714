"""The token table the stages after the parse read token attributes from (``nlp.token_table``).

Fiction only: Ostrava, Belvania and their invented people.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
import pytest
from spacy.strings import StringStore
from spacy.tokens import DocBin

from onrecord import nlp as nlp_module
from onrecord.nlp import (
    TokenTable,
    _Labels,
    doc_text,
    load_pipeline,
    parse,
    parse_many,
    token_table,
)

TEXT = (
    "LORVIK — Belvania's foreign minister, Ivo Dant, said on Friday that “we will not "
    "accept” the 12 demands Ostrava made in March.\n\n"
    "He told reporters the talks were over, and that the army would stay in Kessin."
)

ATTRS = [
    ("dep", "dep_"),
    ("pos", "pos_"),
    ("tag", "tag_"),
    ("lower", "lower_"),
    ("text", "text"),
    ("lemma", "lemma_"),
    ("ent_type", "ent_type_"),
    ("is_punct", "is_punct"),
    ("is_space", "is_space"),
    ("like_num", "like_num"),
    ("is_stop", "is_stop"),
    ("orth", "orth"),
    ("is_title", "is_title"),
    ("idx", "idx"),
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline()


@pytest.mark.parametrize("column,attr", ATTRS)
def test_token_table_holds_the_tokens_own_values(nlp, column: str, attr: str) -> None:
    doc = nlp(TEXT)
    assert getattr(token_table(doc), column) == [getattr(t, attr) for t in doc]


def test_token_table_heads_and_children(nlp) -> None:
    doc = nlp(TEXT)
    table = token_table(doc)
    assert table.head == [t.head.i for t in doc]
    assert [table.children(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]


def test_char_tokens_are_the_tokens_of_char_span_expand(nlp) -> None:
    """Every character range, white space and the text's ends included: the tokens of
    ``doc.char_span(start, end, alignment_mode="expand")``, or None where it is None."""
    doc = nlp(TEXT)
    table = token_table(doc)
    assert table.chars == len(doc.text)
    for start in range(-2, len(doc.text) + 3):
        for end in range(start + 1, min(start + 40, len(doc.text) + 3)):
            span = doc.char_span(start, end, alignment_mode="expand")
            want = None if span is None else (span.start, span.end)
            assert table.char_tokens(start, end) == want, (start, end)
    assert token_table(nlp("")).char_tokens(0, 1) is None


def test_token_table_lower_forms_are_the_tokens_own(nlp) -> None:
    doc = nlp("İLKA ǅORVAN and ΣΟΦΙΑ ΒΕΛ met the STRAẞE committee in Kessin.")
    assert token_table(doc).lower == [t.lower_ for t in doc]


def test_token_table_entities(nlp) -> None:
    doc = nlp(TEXT)
    assert doc.ents  # the text names people and places
    assert token_table(doc).ents == [
        (e.start, e.end, e.label_, e.start_char, e.end_char, e.root.i) for e in doc.ents
    ]


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "",
        " ",
        "  two spaces before,\ttab and  two after  ",
        "Lines\r\n\nand a no-break\u00a0space “quoted”  \n",
        "“" * 12 + " Dant " + "!" * 20,  # cut up by the bounded tokenizer
    ],
)
def test_doc_text_is_the_documents_text(nlp, text: str) -> None:
    doc = nlp(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc)  # joined once, then kept


def test_the_parse_keeps_the_text_it_read(nlp, monkeypatch) -> None:
    """parse() and parse_many() keep the text they gave the parser: doc_text() joins
    nothing from the tokens (a long text parsed in pieces too)."""
    monkeypatch.setattr(nlp_module, "_joined_text", _no_join)
    long_text = (TEXT + "\n\n") * (nlp_module.PARSE_WHOLE_UP_TO // len(TEXT) + 2)
    docs = [parse(nlp, TEXT), parse(nlp, long_text), *parse_many(nlp, [TEXT, "", " a "], 2)]
    for doc, text in zip(docs, [TEXT, long_text, TEXT, "", " a "], strict=True):
        assert doc_text(doc) == doc.text == text


def _no_join(doc) -> str:  # type: ignore[no-untyped-def]
    raise AssertionError("doc_text joined the tokens of a parsed document")


@pytest.mark.parametrize("column,attr", [("dep_positions", "dep_"), ("pos_positions", "pos_")])
def test_token_table_positions_are_the_tokens_of_each_label(nlp, column: str, attr: str) -> None:
    # each label's tokens in text order, for the steps that read only the tokens of one label
    doc = nlp(TEXT)
    labels = {getattr(t, attr) for t in doc}
    positions = getattr(token_table(doc), column)
    assert set(positions) == labels
    for label in labels:
        assert positions[label] == [t.i for t in doc if getattr(t, attr) == label]


def test_token_table_positions_of_an_empty_document_and_after_serialising(nlp) -> None:
    assert token_table(nlp("")).dep_positions == {}
    doc = nlp(TEXT)
    appos = token_table(doc).dep_positions["appos"]
    back = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))[0]
    assert list(token_table(back).dep_positions["appos"]) == appos


def test_token_table_is_read_once_per_document(nlp) -> None:
    doc = nlp(TEXT)
    first = token_table(doc).dep
    assert token_table(doc).dep is first  # kept with the document
    other = nlp(TEXT)
    assert token_table(other).dep is not first  # never shared between documents


def test_token_table_of_an_empty_document(nlp) -> None:
    table = token_table(nlp(""))
    assert table.n == 0
    assert table.head == table.dep == table.is_punct == []


def test_a_document_with_its_table_still_serialises(nlp) -> None:
    doc = nlp(TEXT)
    assert token_table(doc).dep  # read, so the document carries the table
    assert token_table(doc).children(0) == [c.i for c in doc[0].children]
    assert token_table(doc).ents and doc_text(doc)
    back = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))[0]
    assert [t.dep_ for t in back] == [t.dep_ for t in doc]
    assert list(token_table(back).dep) == [t.dep_ for t in doc]  # (msgpack gives tuples)
    assert token_table(back).children(0) == [c.i for c in doc[0].children]
    assert [tuple(e) for e in token_table(back).ents] == token_table(doc).ents
    assert doc_text(back) == doc.text


def test_a_column_read_is_a_plain_attribute_of_every_later_table(nlp) -> None:
    # a column is read once per document and kept as an attribute of the table (no Python
    # call on each access); a later table of the same document has it at once, another
    # document's table never does
    doc = nlp(TEXT)
    table = token_table(doc)
    assert "dep" not in vars(table)
    deps = table.dep
    assert vars(table)["dep"] is deps
    later = token_table(doc)
    assert vars(later)["dep"] is deps and "pos" not in vars(later)
    other = token_table(nlp(TEXT))
    assert "dep" not in vars(other) and other.dep == deps and other.dep is not deps


def test_a_table_keeps_its_columns_and_nothing_else_with_the_document(nlp) -> None:
    # the table's attributes are the document's kept columns (its __dict__ is their dict)
    doc = nlp(TEXT)
    table = token_table(doc)
    columns = {k for k, v in vars(TokenTable).items() if isinstance(v, cached_property)}
    for name in columns:
        getattr(table, name)
    assert table.children(0) == [c.i for c in doc[0].children]
    kept = doc.user_data["onrecord_tokens"]
    assert vars(table) is kept
    assert set(kept) == columns | {"n"}
    later = token_table(doc)
    assert vars(later) is kept and later.children(0) == table.children(0)


def test_a_children_column_kept_by_an_earlier_version_is_dropped(nlp) -> None:
    # earlier versions kept the children's index under "children", the method's name
    doc = nlp(TEXT)
    doc.user_data["onrecord_tokens"] = {"n": len(doc), "children": [[], [0] * (len(doc) + 1)]}
    table = token_table(doc)
    assert [table.children(t.i) for t in doc] == [[c.i for c in t.children] for t in doc]


def test_a_table_reads_its_columns_anew_when_the_document_changed_length(nlp) -> None:
    doc = nlp(TEXT)
    before = token_table(doc).text
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    table = token_table(doc)
    assert table.n == len(doc) == len(before) - 1
    assert "text" not in vars(table)
    assert table.text == [t.text for t in doc]


def test_label_columns_read_labels_no_earlier_document_held(nlp) -> None:
    # the label columns' strings are kept across documents (see nlp._Labels)
    for text in ("Dant spoke.", TEXT, "Dant spoke."):
        doc = nlp(text)
        table = token_table(doc)
        assert table.tag == [t.tag_ for t in doc] and table.dep == [t.dep_ for t in doc]
        assert table.pos == [t.pos_ for t in doc]
        assert table.ent_type == [t.ent_type_ for t in doc]


def test_labels_kept_across_documents_are_those_of_one_string_store() -> None:
    labels = _Labels()
    store = StringStore()
    nsubj, dobj, amod = (store.add(s) for s in ("nsubj", "dobj", "amod"))
    assert labels.names(store, "DEP", np.array([dobj, nsubj, dobj], dtype=np.uint64)) == [
        "dobj",
        "nsubj",
        "dobj",
    ]
    # a label first seen later, among known ones
    assert labels.names(store, "DEP", np.array([amod, nsubj, amod], dtype=np.uint64)) == [
        "amod",
        "nsubj",
        "amod",
    ]
    other = StringStore()
    aux = other.add("aux")
    assert labels.names(other, "DEP", np.array([aux], dtype=np.uint64)) == ["aux"]
    assert labels.names(store, "DEP", np.array([nsubj], dtype=np.uint64)) == ["nsubj"]


def test_reading_the_texts_reads_the_lower_forms_and_hashes_too(nlp) -> None:
    doc = nlp(TEXT)
    table = token_table(doc)
    assert table.text == [t.text for t in doc]
    assert vars(table)["lower"] == [t.lower_ for t in doc]
    assert vars(table)["orth"] == [t.orth for t in doc]


def test_the_lower_cased_lemmas_are_the_tokens_lemmas_lower_cased(nlp) -> None:
    doc = nlp(TEXT + " The Ostravan Ministry of Defence SAID nothing.")
    table = token_table(doc)
    assert table.lemma_lower == [t.lemma_.lower() for t in doc]
    # one read gives both lemma columns, whichever is asked for first
    assert vars(table)["lemma"] == [t.lemma_ for t in doc]
    assert token_table(nlp("")).lemma_lower == []
