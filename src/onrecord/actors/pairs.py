"""Mentions that stand for a pair (or a trio) of parties named before them.

"The two countries agreed to pull back", "both governments", "both men described the talks as
difficult": such a mention names no actor of its own. Read as one, it had made a group called
"countries" of whichever state the sentence named nearest, and an agreement between two states
one state's. :func:`pair_form` says whether a noun phrase's head is such a mention, how many
parties it stands for and of which sort; :class:`~onrecord.actors.resolver.ArticleActors`
finds the parties (``pair_parties``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Heads standing for states: "the two countries", "both governments", "both sides".
STATE_HEADS = frozenset(
    {"country", "nation", "government", "side", "neighbour", "neighbor", "capital"}
)
# "both sides" are two states where a coordination names them ("Velmara and Drovnia"); the
# article's leading states are not enough ("both sides" of a tax deal are its parties)
LOOSE_HEADS = frozenset({"side"})
# Heads standing for people: "both men", "the two presidents". Each party of a head naming
# an office must hold one of its roles (the lexicon's) or a title holding the word: "both
# candidates" after "Trump taped a show with Dr. Oz" is not Trump and Oz.
PEOPLE_HEADS: dict[str, frozenset[str]] = {
    "man": frozenset(),
    "woman": frozenset(),
    "president": frozenset({"head_of_state"}),
    "leader": frozenset({"head_of_state", "head_of_government"}),
    "minister": frozenset({"foreign_minister", "defence_minister", "minister"}),
    "senator": frozenset(),
    "diplomat": frozenset({"diplomat"}),
    "envoy": frozenset({"diplomat"}),
}
# the gender a people head asks of every party
HEAD_GENDER = {"man": "male", "woman": "female"}
_NUMBERS = {"two": 2, "three": 3}
# what makes "the two X" definite: the parties were named before
_DEFINITE = frozenset({"the", "these", "those", "all"})


@dataclass(frozen=True, slots=True)
class PairForm:
    """What a pair mention asks for: ``n`` parties of the sort ``sort`` ("state" or
    "people"), of ``gender`` if the head says, each holding ``office`` if it names one; a
    ``loose`` head ("sides") stands for states only where a coordination names them."""

    n: int
    sort: str
    gender: str | None = None
    office: str | None = None  # the head's lemma, when each party must hold that office
    loose: bool = False


def pair_form(tok: Token) -> PairForm | None:
    """The pair form of a noun phrase whose head is ``tok``, or None.

    "both countries", "the two countries", "the three leaders", "both" or "the two" alone as a
    clause's subject. Not a phrase that says more of whom it means ("both sides of
    the border", "both Clinton and Trump", "two countries", an indefinite number), nor a
    pronoun "both" qualifying another phrase ("they both")."""
    low = tok.lower_
    if low == "both" or low in _NUMBERS:
        if (
            tok.dep_ not in _ARGUMENT_DEPS
            or any(c.dep_ in _MORE for c in tok.children)
            or (low != "both" and not _definite(tok))
            or _floating(tok)
        ):
            return None
        # (alone, people: "the two met"; as states, "the two" and "both" were as often two
        # senators of Cuban families, or two rules)
        return PairForm(2 if low == "both" else _NUMBERS[low], "people")
    if tok.tag_ not in ("NNS", "NNPS") or tok.pos_ != "NOUN":
        return None
    lemma = tok.lemma_.lower()
    sort = "state" if lemma in STATE_HEADS else "people" if lemma in PEOPLE_HEADS else None
    if sort is None or any(c.dep_ in _MORE for c in tok.children):
        return None
    n = None
    for c in tok.children:
        if c.i > tok.i:
            continue
        if c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj", "amod"):
            n = 2
        elif c.lower_ in _NUMBERS and c.dep_ == "nummod" and _definite(tok):
            n = _NUMBERS[c.lower_]
    if n is None:
        return None
    office = lemma if sort == "people" and lemma not in HEAD_GENDER else None
    return PairForm(n, sort, HEAD_GENDER.get(lemma), office, lemma in LOOSE_HEADS)


# the relations of a bare "both" or "the two" standing for the parties themselves: a
# subject's ("both had agreed", "the two met"); as an object "both" is as often two things
# ("we are doing both")
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass"})
# children that say more of whom a phrase means than a pair named before: "both sides of the
# border", "both Clinton and Trump", "the two leading Republicans, Trump and Cruz"
_MORE = frozenset({"prep", "conj", "cc", "appos", "poss", "compound"})


_FLOAT_MARKS = frozenset({"—", "–", "--", "-", ",", "(", ")"})


def _floating(tok: Token) -> bool:
    """Is a bare "both" a plural noun's, floated after it ("Republican establishment figures
    — both suggested ...", where the parser may make both words the verb's subjects)?"""
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in tok.head.children):
        return True
    doc, i = tok.doc, tok.i - 1
    while i >= 0 and doc[i].text in _FLOAT_MARKS:
        i -= 1
    return i >= 0 and i < tok.i - 1 and doc[i].tag_ in ("NNS", "NNPS") and not doc[i].is_sent_end


def _definite(tok: Token) -> bool:
    """Does a determiner make the phrase of ``tok`` definite ("the two", "all three")?"""
    return any(c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE for c in tok.children)
