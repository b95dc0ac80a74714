"""A right frame that opens with the speaker's noun phrase names the speaker even where the
parse hung that phrase on a word inside the quotation (issue 15, sixth session). The parse
is written out by hand, as the small model produced it for such a sentence on PolNeAR
train; the text is fiction."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from onrecord.attribution import find_attributions
from onrecord.pipeline import extract

# (word, space after, lemma, pos, tag, dep, head, entity IOB)
_TOKENS = [
    ("“", False, '"', "PUNCT", "``", "punct", 4, "O"),
    ("Yes", False, "yes", "INTJ", "UH", "intj", 4, "O"),
    (",", True, ",", "PUNCT", ",", "punct", 4, "O"),
    ("I", True, "I", "PRON", "PRP", "nsubj", 4, "O"),
    ("back", True, "back", "VERB", "VBP", "ROOT", 4, "O"),
    ("the", True, "the", "DET", "DT", "det", 6, "O"),
    ("treaty", False, "treaty", "NOUN", "NN", "dobj", 4, "O"),
    (",", False, ",", "PUNCT", ",", "punct", 6, "O"),
    ("”", True, '"', "PUNCT", "''", "punct", 6, "O"),
    ("Lev", True, "Lev", "PROPN", "NNP", "compound", 10, "B-PERSON"),
    # the parser's error: the name is an apposition of "treaty", inside the quotation
    ("Brandt", False, "Brandt", "PROPN", "NNP", "appos", 6, "I-PERSON"),
    (",", True, ",", "PUNCT", ",", "punct", 10, "O"),
    ("founder", True, "founder", "NOUN", "NN", "appos", 10, "O"),
    ("of", True, "of", "ADP", "IN", "prep", 12, "O"),
    ("the", True, "the", "DET", "DT", "det", 16, "B-ORG"),
    ("Lorvik", True, "Lorvik", "PROPN", "NNP", "compound", 16, "I-ORG"),
    ("Institute", False, "Institute", "PROPN", "NNP", "pobj", 13, "I-ORG"),
    (",", True, ",", "PUNCT", ",", "punct", 10, "O"),
    ("tells", True, "tell", "VERB", "VBZ", "ROOT", 18, "O"),
    ("the", True, "the", "DET", "DT", "det", 20, "O"),
    ("Herald", False, "Herald", "PROPN", "NNP", "dobj", 18, "B-ORG"),
    (".", False, ".", "PUNCT", ".", "punct", 18, "O"),
]


def _misparsed() -> Doc:
    cols = list(zip(*_TOKENS))
    return Doc(
        English().vocab,  # punctuation and the like known as in the real pipeline
        words=list(cols[0]),
        spaces=list(cols[1]),
        lemmas=list(cols[2]),
        pos=list(cols[3]),
        tags=list(cols[4]),
        deps=list(cols[5]),
        heads=list(cols[6]),
        ents=list(cols[7]),
    )


def test_a_name_the_parse_hung_inside_the_quotation_still_speaks() -> None:
    doc = _misparsed()
    text = doc.text
    (att,) = [a for a in find_attributions(doc) if a.kind == "direct"]
    assert att.speaker is not None
    assert text[att.speaker[0] : att.speaker[1]] == "Lev Brandt, founder of the Lorvik Institute"


def test_the_same_sentence_parsed_well_keeps_its_speaker() -> None:
    text = (
        "“Yes, I back the treaty,” Lev Brandt, founder of the Lorvik Institute, tells the Herald."
    )
    (q,) = [q for q in extract(text).quotes if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.name == "Lev Brandt"
