"""Statements the small parser gets wrong in ways seen on PolNeAR train (issue 15, tenth
session): a gerund subject read as the cue's own complement, the statement's subject hung on
the cue of a closing frame, fronted material read as the subject of "said NAME", a
percentage as the speaker. Where the real pipeline parses the fiction well, the parse is
written out by hand as the small model produced it for the train sentence; the text is
fiction."""

from __future__ import annotations

from onrecord.attribution import find_attributions
from tests.attribution.conftest import hand_parsed, seg, spk

# (word, space after, lemma, pos, tag, dep, head, entity IOB)
# "Voss said legalizing it could put hundreds of Belvanians to work.": the gerund is read as
# the cue's complement and the clause's verb hangs under it
_GERUND = [
    ("Voss", True, "Voss", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
    ("said", True, "say", "VERB", "VBD", "ROOT", 1, "O"),
    ("legalizing", True, "legalize", "VERB", "VBG", "xcomp", 1, "O"),
    ("it", True, "it", "PRON", "PRP", "nsubj", 5, "O"),
    ("could", True, "could", "AUX", "MD", "aux", 5, "O"),
    ("put", True, "put", "VERB", "VB", "ccomp", 2, "O"),
    ("hundreds", True, "hundred", "NOUN", "NNS", "dobj", 5, "O"),
    ("of", True, "of", "ADP", "IN", "prep", 6, "O"),
    ("Belvanians", True, "Belvanians", "PROPN", "NNPS", "pobj", 7, "B-NORP"),
    ("to", True, "to", "ADP", "IN", "prep", 5, "O"),
    ("work", False, "work", "NOUN", "NN", "pobj", 9, "O"),
    (".", False, ".", "PUNCT", ".", "punct", 1, "O"),
]

# "The ferry made it easy for families with small, if growing, savings to visit Sarn, she
# said.": the closing frame is an adverbial of "made", and "families" a second subject of
# "said" besides "she"
_TWO_SUBJECTS = [
    ("The", True, "the", "DET", "DT", "det", 1, "O"),
    ("ferry", True, "ferry", "NOUN", "NN", "nsubj", 2, "O"),
    ("made", True, "make", "VERB", "VBD", "ROOT", 2, "O"),
    ("it", True, "it", "PRON", "PRP", "nsubj", 4, "O"),
    ("easy", True, "easy", "ADJ", "JJ", "ccomp", 2, "O"),
    ("for", True, "for", "SCONJ", "IN", "mark", 19, "O"),
    ("families", True, "family", "NOUN", "NNS", "nsubj", 19, "O"),
    ("with", True, "with", "ADP", "IN", "prep", 6, "O"),
    ("small", False, "small", "ADJ", "JJ", "amod", 13, "O"),
    (",", True, ",", "PUNCT", ",", "punct", 13, "O"),
    ("if", True, "if", "SCONJ", "IN", "mark", 11, "O"),
    ("growing", False, "grow", "VERB", "VBG", "amod", 13, "O"),
    (",", True, ",", "PUNCT", ",", "punct", 13, "O"),
    ("savings", True, "saving", "NOUN", "NNS", "pobj", 7, "O"),
    ("to", True, "to", "PART", "TO", "aux", 15, "O"),
    ("visit", True, "visit", "VERB", "VB", "advcl", 19, "O"),
    ("Sarn", False, "Sarn", "PROPN", "NNP", "dobj", 15, "B-GPE"),
    (",", True, ",", "PUNCT", ",", "punct", 19, "O"),
    ("she", True, "she", "PRON", "PRP", "nsubj", 19, "O"),
    ("said", False, "say", "VERB", "VBD", "advcl", 2, "O"),
    (".", False, ".", "PUNCT", ".", "punct", 2, "O"),
]


def test_a_gerund_subject_read_as_the_cues_complement_starts_the_statement() -> None:
    doc = hand_parsed(_GERUND)
    (att,) = find_attributions(doc)
    assert spk(doc.text, att) == "Voss"
    assert seg(doc.text, att) == ["legalizing it could put hundreds of Belvanians to work"]


def test_the_pronoun_at_a_closing_frame_speaks_when_the_parse_gives_the_cue_two_subjects() -> None:
    doc = hand_parsed(_TWO_SUBJECTS)
    (att,) = find_attributions(doc)
    assert spk(doc.text, att) == "she"
    assert seg(doc.text, att) == [
        "The ferry made it easy for families with small, if growing, savings to visit Sarn"
    ]


def test_fronted_material_read_as_the_subject_of_said_name(attribute) -> None:  # type: ignore[no-untyped-def]
    # the small model reads "signals" as a noun and the whole opening as a subject of "said"
    text = (
        'The collapse of the treaty signals "the end of an era" for Belvania, said Ivo Marr, '
        "founder of the Lorvik Freedom Party."
    )
    (att,) = attribute(text)
    assert spk(text, att) == "Ivo Marr, founder of the Lorvik Freedom Party"
    assert seg(text, att) == ['The collapse of the treaty signals "the end of an era" for Belvania']


def test_a_percentage_speaks(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Among voters under 35, 42% say they are liberal."
    (att,) = attribute(text)
    assert spk(text, att) == "42%"
    assert seg(text, att) == ["they are liberal"]


def test_a_verb_naming_something_as_something_takes_no_fronted_statement(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Some 42% say the vote was fair, 30% call themselves undecided on the border."
    found = {spk(text, a): seg(text, a) for a in attribute(text)}
    assert found["Some 42%"] == ["the vote was fair"]
    assert "the vote was fair" not in " ".join(found.get("30%", []))


def test_a_dateline_hung_on_the_cue_is_not_the_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "SARN" a second subject of "said"
    text = "SARN (Lorvik Wire) - Belvania's foreign ministry said on Tuesday it had summoned the envoy."
    (att,) = attribute(text)
    assert spk(text, att) == "Belvania's foreign ministry"
    assert seg(text, att) == ["it had summoned the envoy"]


def test_the_date_between_cue_and_clause_says_when_not_what(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry said on Tuesday the border would reopen."
    (att,) = attribute(text)
    assert seg(text, att) == ["the border would reopen"]


def test_an_outlet_quoting_someone_as_saying_gives_the_one_quoted(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "The Lorvik Herald quoted Ana Voss as saying the border would stay open."
    # (the learned stage may add the outlet's own report, "quoted [Ana Voss as saying ...]":
    # PolNeAR marks "quoted" as a cue; what is checked is whose the words are)
    (att,) = [a for a in attribute(text) if seg(text, a) == ["the border would stay open"]]
    assert spk(text, att) == "Ana Voss"


def test_told_someone_somewhere_that(attribute) -> None:  # type: ignore[no-untyped-def]
    # the parser reads the that-clause as a relative clause of "debate"
    text = "Voss told Marr at a debate that Belvanians were tired of hearing about the treaty."
    (att,) = attribute(text)
    assert spk(text, att) == "Voss"
    assert seg(text, att) == ["that Belvanians were tired of hearing about the treaty"]


def test_a_relative_clause_after_told_stays_one(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Voss told reporters about the plan that Marr had drafted last year."
    assert [seg(text, a) for a in attribute(text)] in (
        [],
        [["the plan that Marr had drafted last year"]],
    )


# "Voss rubbished Brin's claim to speak for the farmers.": the verb is read as a modifier of
# "Brin", with Voss its subject, as the small model read a PolNeAR train sentence
_CLAUSE_ON_A_NAME = [
    ("Voss", True, "Voss", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
    ("rubbished", True, "rubbish", "VERB", "VBD", "amod", 2, "O"),
    ("Brin", False, "Brin", "PROPN", "NNP", "poss", 4, "B-PERSON"),
    ("'s", True, "'s", "PART", "POS", "case", 2, "O"),
    ("claim", True, "claim", "NOUN", "NN", "ROOT", 4, "O"),
    ("to", True, "to", "PART", "TO", "aux", 6, "O"),
    ("speak", True, "speak", "VERB", "VB", "acl", 4, "O"),
    ("for", True, "for", "ADP", "IN", "prep", 6, "O"),
    ("the", True, "the", "DET", "DT", "det", 9, "O"),
    ("farmers", False, "farmer", "NOUN", "NNS", "pobj", 7, "O"),
    (".", False, ".", "PUNCT", ".", "punct", 4, "O"),
]


def test_a_clause_hung_on_a_name_is_not_part_of_the_speaker() -> None:
    doc = hand_parsed(_CLAUSE_ON_A_NAME)
    atts = [a for a in find_attributions(doc) if seg(doc.text, a) == ["to speak for the farmers"]]
    assert [spk(doc.text, a) for a in atts] == ["Brin"]  # not "Voss rubbished Brin"
