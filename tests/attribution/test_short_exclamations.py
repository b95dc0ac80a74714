"""Short cries and the people who cry them.

A one-word quotation after a comma was a whole statement only when it ended in a comma or a
full stop, so "the delegates chanted, “Out!”" and "Voss answered, “Never!”" were read as
quoted terms; an exclamation or a question is a statement too. Crowds jeer and heckle their
words. A title the tagger read as a bare verb ("screenwriter Teo Marr wrote on Twitter") still
opens the speaker's phrase. Fiction only.
"""

from __future__ import annotations

import pytest

from tests.attribution.conftest import hand_parsed, seg, spk


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        ("Marr left the hall as the delegates chanted, “Out!”", "Out!", "the delegates"),
        ("Asked about a second round, Voss answered, “Never!”", "Never!", "Voss"),
        ("Dalen turned to the envoy and asked, “Why?”", "Why?", "Dalen"),
        ("The protesters howled, “Shame!”", "Shame!", "The protesters"),
        ("The delegates heckled, “Resign now!”", "Resign now!", "The delegates"),
    ],
)
def test_a_short_cry_after_a_comma_is_a_statement(attribute, text, content, speaker) -> None:  # type: ignore[no-untyped-def]
    (a,) = attribute(text)
    assert a.kind == "direct"
    assert seg(text, a) == [content]
    assert spk(text, a) == speaker


def test_a_one_word_term_after_a_comma_is_still_no_statement(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "The plan, “stabilisation”, was dropped on Monday."
    assert attribute(text) == []


def test_a_title_tagged_as_a_verb_opens_the_speakers_phrase() -> None:
    from onrecord.attribution import find_attributions

    # the parse the small model gave a real sentence of this shape: "screenwriter" a verb
    # (VB, parataxis) with the name as its object, and "wrote" without a subject
    doc = hand_parsed(
        [
            ("“", False, "“", "PUNCT", "``", "punct", 2, "O"),
            ("We", True, "we", "PRON", "PRP", "nsubj", 2, "O"),
            ("won", False, "win", "VERB", "VBD", "ccomp", 8, "O"),
            (",", False, ",", "PUNCT", ",", "punct", 8, "O"),
            ("”", True, "”", "PUNCT", "''", "punct", 8, "O"),
            ("screenwriter", True, "screenwriter", "VERB", "VB", "parataxis", 8, "O"),
            ("Teo", True, "Teo", "PROPN", "NNP", "compound", 7, "B-PERSON"),
            ("Marr", True, "Marr", "PROPN", "NNP", "dobj", 5, "I-PERSON"),
            ("wrote", True, "write", "VERB", "VBD", "ROOT", 8, "O"),
            ("online", False, "online", "ADV", "RB", "advmod", 8, "O"),
            (".", False, ".", "PUNCT", ".", "punct", 8, "O"),
        ]
    )
    (a,) = find_attributions(doc)
    assert seg(doc.text, a) == ["We won,"]
    assert spk(doc.text, a) == "Teo Marr"
