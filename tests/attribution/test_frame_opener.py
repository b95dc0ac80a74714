"""A right frame that opens with the speaker's noun phrase names the speaker even where the
parse hung that phrase on a word inside the quotation (issue 15, sixth session). The parse
is written out by hand, as the small model produced it for such a sentence on PolNeAR
train; the text is fiction."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from onrecord.attribution import find_attributions
from onrecord.pipeline import extract
from tests.attribution.conftest import hand_parsed

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


# "“We were wrong to wait,” Marr, 58, told the Herald.": the parser tagged this "Marr" an
# organisation, hung it on "were" and made "told" a second verb of the quotation's clause
_TAGGED_ORG = [
    ("Teo", True, "Teo", "PROPN", "NNP", "compound", 1, "B-PERSON"),
    ("Marr", True, "Marr", "PROPN", "NNP", "nsubj", 2, "I-PERSON"),
    ("spoke", True, "speak", "VERB", "VBD", "ROOT", 2, "O"),
    ("in", True, "in", "ADP", "IN", "prep", 2, "O"),
    ("Lorvik", False, "Lorvik", "PROPN", "NNP", "pobj", 3, "B-GPE"),
    (".", True, ".", "PUNCT", ".", "punct", 2, "O"),
    ("“", False, '"', "PUNCT", "``", "punct", 8, "O"),
    ("We", True, "we", "PRON", "PRP", "nsubj", 8, "O"),
    ("were", True, "be", "AUX", "VBD", "ROOT", 8, "O"),
    ("wrong", True, "wrong", "ADJ", "JJ", "acomp", 8, "O"),
    ("to", True, "to", "PART", "TO", "aux", 11, "O"),
    ("wait", False, "wait", "VERB", "VB", "xcomp", 9, "O"),
    (",", False, ",", "PUNCT", ",", "punct", 8, "O"),
    ("”", True, '"', "PUNCT", "''", "punct", 8, "O"),
    ("Marr", False, "Marr", "PROPN", "NNP", "npadvmod", 8, "B-ORG"),
    (",", True, ",", "PUNCT", ",", "punct", 14, "O"),
    ("58", False, "58", "NUM", "CD", "appos", 14, "B-DATE"),
    (",", True, ",", "PUNCT", ",", "punct", 14, "O"),
    ("told", True, "tell", "VERB", "VBD", "conj", 8, "O"),
    ("the", True, "the", "DET", "DT", "det", 20, "O"),
    ("Herald", False, "Herald", "PROPN", "NNP", "dobj", 18, "B-ORG"),
    (".", False, ".", "PUNCT", ".", "punct", 18, "O"),
]


def _misparsed(tokens: list[tuple] = _TOKENS) -> Doc:  # type: ignore[type-arg]
    return hand_parsed(tokens)


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


def test_a_name_tagged_an_organisation_speaks_when_the_article_calls_it_a_person() -> None:
    doc = _misparsed(_TAGGED_ORG)
    text = doc.text
    (att,) = [a for a in find_attributions(doc) if a.kind == "direct"]
    assert att.speaker is not None and text[att.speaker[0] : att.speaker[1]] == "Marr"


def test_a_verb_with_its_particle_frames_a_quotation() -> None:
    # "shoot back", "go on": the previous speaker does not carry over
    text = (
        "Ana Voss said the border would stay shut. “They are all here because the treaty is "
        "free,” Teo Marr shot back with a laugh.\n\n"
        "Lev Brandt spoke next. “And it worries me, because it would end the treaty,” Marr "
        "went on."
    )
    speakers = {
        q.text: q.speaker.name if q.speaker else None
        for q in extract(text).quotes
        if q.kind == "direct"
    }
    assert speakers == {
        "They are all here because the treaty is free,": "Teo Marr",
        "And it worries me, because it would end the treaty,": "Teo Marr",
    }


def test_a_sentence_that_only_says_who_spoke_frames_the_next_quotation() -> None:
    # before: the quotation went to whoever spoke last ("both candidates", Ana Voss)
    texts = {
        "There are no paper ballots to recount.": (
            "During the debate both candidates said the recount was no big deal. Teo Marr, "
            "the spokesman for the Lorvik party said in a statement. “There are no paper "
            "ballots to recount.”"
        ),
        "Mainstream parties are running out of time to find a deal.": (
            "Ana Voss said the border would stay shut. Lev Brandt of the Lorvik Institute "
            "agreed. “Mainstream parties are running out of time to find a deal.”"
        ),
    }
    for content, text in texts.items():
        (q,) = [q for q in extract(text).quotes if q.text == content]
        assert q.speaker is not None
        assert q.speaker.name == ("Teo Marr" if "Marr" in text else "Lev Brandt")


@pytest.mark.parametrize(
    "before, after",
    [
        # Brandt's sentence is his own statement, not a frame
        (
            "“The border stays shut,” Ana Voss said on Monday. Lev Brandt said the envoys had left.",
            "",
        ),
        # two subjects of one verb: which of them says it is in doubt
        (
            "Ana Voss said the border would stay shut. Or maybe Lev Brandt, deputy Teo Marr says.",
            "",
        ),
        # the quotation has a frame of its own, one no rule reads
        (
            "Lev Brandt, the chairman, called for a vote by voice.",
            " came shouts from the crowd.",
        ),
    ],
)
def test_no_frame_is_taken_from_the_sentence_before_when_in_doubt(
    attribute,  # type: ignore[no-untyped-def]
    before: str,
    after: str,
) -> None:
    # the quotation keeps floating (no cue), as before
    text = f"{before} “Mainstream parties are running out of time.”{after}"
    (att,) = [a for a in attribute(text) if text[a.spans[0][0] :].startswith("Mainstream")]
    assert att.cue is None
