"""Whose is "her support" in "voiced her support of Ivo Dant" (fifty-first session)?

A light verb's own noun ("voiced her support", "expressed its concern", "gave his backing")
belongs to whoever does the act. The target search read that owner as the one acted upon,
the maker of a request or a statement, so where the parser lost the verb's subject ("On a
visit to Lorvik, Belvanian President Ana Voss voiced ...", the name hung on "Lorvik" as a
conjunct) the support had no source and went to Voss herself, not to Dant. The owner is now
the source when the verb has no subject, and never the target. Fiction only; the misparse is
written out by hand as the small model produced it for the real sentence.
"""

from __future__ import annotations

from onrecord.article import ArticleInput
from onrecord.pipeline import Extractor
from tests.attribution.conftest import hand_parsed
from tests.events.conftest import coded

# "On a visit to Lorvik, Belvanian President Ana Voss voiced her strong support of President
# Ivo Dant.": the speaker's name read as a conjunct of the place, "voiced" left subjectless
_SUBJECT_LOST = [
    ("On", True, "on", "ADP", "IN", "prep", 10, "O"),
    ("a", True, "a", "DET", "DT", "det", 2, "O"),
    ("visit", True, "visit", "NOUN", "NN", "pobj", 0, "O"),
    ("to", True, "to", "ADP", "IN", "prep", 2, "O"),
    ("Lorvik", False, "Lorvik", "PROPN", "NNP", "pobj", 3, "B-GPE"),
    (",", True, ",", "PUNCT", ",", "punct", 4, "O"),
    ("Belvanian", True, "belvanian", "ADJ", "JJ", "amod", 7, "B-NORP"),
    ("President", True, "President", "PROPN", "NNP", "compound", 9, "O"),
    ("Ana", True, "Ana", "PROPN", "NNP", "compound", 9, "B-PERSON"),
    ("Voss", True, "Voss", "PROPN", "NNP", "conj", 4, "I-PERSON"),
    ("voiced", True, "voice", "VERB", "VBD", "ROOT", 10, "O"),
    ("her", True, "her", "PRON", "PRP$", "poss", 13, "O"),
    ("strong", True, "strong", "ADJ", "JJ", "amod", 13, "O"),
    ("support", True, "support", "NOUN", "NN", "dobj", 10, "O"),
    ("of", True, "of", "ADP", "IN", "prep", 13, "O"),
    ("President", True, "President", "PROPN", "NNP", "compound", 17, "O"),
    ("Ivo", True, "Ivo", "PROPN", "NNP", "compound", 17, "B-PERSON"),
    ("Dant", False, "Dant", "PROPN", "NNP", "pobj", 14, "I-PERSON"),
    (".", False, ".", "PUNCT", ".", "punct", 10, "O"),
]


def test_the_owner_of_a_light_verbs_noun_acts_when_the_subject_is_lost() -> None:
    doc = hand_parsed(_SUBJECT_LOST)
    record = Extractor().from_doc(doc, ArticleInput(text=doc.text))
    names = {a.id: a.name for a in record.actors}
    coded_here = [(e.type, names.get(e.source), names.get(e.target)) for e in record.events]
    assert coded_here == [("SUPPORT", "Ana Voss", "Ivo Dant")]


def test_a_light_verb_with_its_subject_is_read_as_before() -> None:
    assert coded("Ostrava voiced its support for the Belvanian government on Monday.") == [
        ("SUPPORT", "Ostrava", "Belvanian government")
    ]
