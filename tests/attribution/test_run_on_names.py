"""A speaker the parser ran on from an opening phrase (issue 15, twenty-ninth session).

"Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he
spoke with Mr. Sanders ...": the small model made "Senator Harry Reid" a second item of a list
headed by "Nevada" (no "and") and left "said" without a subject, so the statement was lost
(in another context it made "Alarmed" the subject, and "Alarmed" spoke). A person's name set
off by a comma that, with its apposition, ends right before the comma before the verb is
the subject. And an opening "Asked whether ..." the tagger read as a past tense is still
the participle of the one asked, who asked nothing. The parses are written out by hand as
the model produced them for the train sentences; the text is fiction.
"""

from __future__ import annotations

import pytest

from onrecord.attribution import find_attributions
from tests.attribution.conftest import hand_parsed, seg, spk


def _opener(subject_dep: str) -> list[tuple]:  # type: ignore[type-arg]
    """ "Alarmed by the unrest in Ostrava, Senator Ana Voss, the council leader, said that
    she met Marr." with "Alarmed" as the parser labelled it: an adverbial clause (the verb
    has no subject) or the verb's subject."""
    alarmed = (
        ("Alarmed", True, "alarm", "VERB", "VBN", "advcl", 15, "O")
        if subject_dep == "advcl"
        else ("Alarmed", True, "Alarmed", "PROPN", "NNP", "nsubj", 15, "O")
    )
    return [
        alarmed,
        ("by", True, "by", "ADP", "IN", "prep", 0, "O"),
        ("the", True, "the", "DET", "DT", "det", 3, "O"),
        ("unrest", True, "unrest", "NOUN", "NN", "pobj", 1, "O"),
        ("in", True, "in", "ADP", "IN", "prep", 3, "O"),
        ("Ostrava", False, "Ostrava", "PROPN", "NNP", "pobj", 4, "B-GPE"),
        (",", True, ",", "PUNCT", ",", "punct", 5, "O"),
        ("Senator", True, "Senator", "PROPN", "NNP", "compound", 9, "O"),
        ("Ana", True, "Ana", "PROPN", "NNP", "compound", 9, "B-PERSON"),
        ("Voss", False, "Voss", "PROPN", "NNP", "conj", 5, "I-PERSON"),
        (",", True, ",", "PUNCT", ",", "punct", 9, "O"),
        ("the", True, "the", "DET", "DT", "det", 13, "O"),
        ("council", True, "council", "NOUN", "NN", "compound", 13, "O"),
        ("leader", False, "leader", "NOUN", "NN", "appos", 9, "O"),
        (",", True, ",", "PUNCT", ",", "punct", 15, "O"),
        ("said", True, "say", "VERB", "VBD", "ROOT", 15, "O"),
        ("that", True, "that", "SCONJ", "IN", "mark", 18, "O"),
        ("she", True, "she", "PRON", "PRP", "nsubj", 18, "O"),
        ("met", True, "meet", "VERB", "VBD", "ccomp", 15, "O"),
        ("Marr", False, "Marr", "PROPN", "NNP", "dobj", 18, "B-PERSON"),
        (".", False, ".", "PUNCT", ".", "punct", 15, "O"),
    ]


@pytest.mark.parametrize("shape", ["advcl", "nsubj"])
def test_the_name_run_on_from_the_opening_phrase_speaks(shape: str) -> None:
    doc = hand_parsed(_opener(shape))
    (att,) = find_attributions(doc)
    assert spk(doc.text, att) == "Senator Ana Voss, the council leader"
    assert seg(doc.text, att) == ["that she met Marr"]


def test_names_listed_with_and_stay_one_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Voss, Marr and Dalen said the talks had failed."
    assert [spk(text, a) for a in attribute(text)] == ["Voss, Marr and Dalen"]


def test_names_apposed_to_people_stay_with_them(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Marr's biographers, Ivo and Lena Dalen, wrote that he had a tin ear."
    assert [spk(text, a) for a in attribute(text)] == ["Marr's biographers, Ivo and Lena Dalen"]


# "Asked whether troops would withdraw, Voss said it depended on Sarnia.", with "Asked" tagged
# a past tense as the model tagged it in a PolNeAR train sentence: Voss was asked, and asked
# nothing (before, "whether troops would withdraw" was Voss's statement)
_ASKED = [
    ("Asked", True, "ask", "VERB", "VBD", "advcl", 7, "O"),
    ("whether", True, "whether", "SCONJ", "IN", "mark", 4, "O"),
    ("troops", True, "troop", "NOUN", "NNS", "nsubj", 4, "O"),
    ("would", True, "would", "AUX", "MD", "aux", 4, "O"),
    ("withdraw", False, "withdraw", "VERB", "VB", "ccomp", 0, "O"),
    (",", True, ",", "PUNCT", ",", "punct", 7, "O"),
    ("Voss", True, "Voss", "PROPN", "NNP", "nsubj", 7, "B-PERSON"),
    ("said", True, "say", "VERB", "VBD", "ROOT", 7, "O"),
    ("it", True, "it", "PRON", "PRP", "nsubj", 9, "O"),
    ("depended", True, "depend", "VERB", "VBD", "ccomp", 7, "O"),
    ("on", True, "on", "ADP", "IN", "prep", 9, "O"),
    ("Sarnia", False, "Sarnia", "PROPN", "NNP", "pobj", 10, "B-GPE"),
    (".", False, ".", "PUNCT", ".", "punct", 7, "O"),
]


def test_the_one_asked_is_not_the_asker() -> None:
    doc = hand_parsed(_ASKED)
    assert [(spk(doc.text, a), seg(doc.text, a)) for a in find_attributions(doc)] == [
        ("Voss", ["it depended on Sarnia"])
    ]
