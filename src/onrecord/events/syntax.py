"""Dependency-parse helpers for the event coder: arguments, mentions, negation, modality.

All functions look only at a token's neighbourhood in the parse (children, a few heads up),
so coding stays one cheap pass over the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
"""Entity labels that name actors (with LOC for "the West" handled by the actors stage)."""

ACTOR_NOUNS = frozenset(
    """government army force troop troops police rebel militant official minister president
    leader people civilian refugee diplomat ally partner soldier protester demonstrator
    opposition group authority authorities regime country nation state union party military
    parliament court council guerrilla insurgent student worker immigrant prisoner candidate
    militia side delegation administration ministry agency organization organisation embassy
    chancellor premier king queen prince envoy ambassador spokesman spokeswoman secretary
    community neighbor neighbour alliance coalition bloc member citizen national faction
    separatist fighter servicemen serviceman activist journalist landowner elder official
    general commander monitor inspector observer peacekeeper hostage victim settler villager
    resident family child woman man cabinet senate congress junta movement organization west
    counterpart colleague delegate negotiator mediator""".split()
)

STATE_OF = frozenset({"emergency", "siege", "war", "alert", "exception", "disaster", "calamity"})
"""Of-objects that make "state" a condition declared, not a state ("a state of emergency")."""

PRONOUNS_FIRST = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
PRONOUNS_SECOND = frozenset({"you", "your", "yourself", "yourselves"})
PRONOUNS_THIRD = frozenset(
    {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "itself", "themselves"}
)
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
DATELINE_MARKS = frozenset({"--", "-", "—", "–", ":", "):"})
OBJ_DEPS = frozenset({"dobj", "obj"})
INTENT_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
POSSIBLE_MODALS = frozenset({"may", "might", "could", "can", "ca"})
DEONTIC_MODALS = frozenset({"must", "should", "ought"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "once", "whether"})
TARGET_PREPS = (
    "against",
    "on",
    "with",
    "to",
    "toward",
    "towards",
    "at",
    "for",
    "upon",
    "into",
    "over",
    "from",
    "along",
)
AUTHOR_PREPS = ("from", "by")
PLACE_PREPS = ("in", "into", "inside")
CLIMB_DEPS = frozenset(
    {"xcomp", "conj", "advcl", "pcomp", "prep", "acl", "pobj", "dobj", "relcl", "acomp"}
)


def is_actor_like(tok: Token) -> bool:
    """A noun phrase head that can name an actor: a named entity or an actor noun."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in RELATIVE and tok.lower_ not in {"it", "itself", "that", "this"}
    if tok.ent_type_ in ACTOR_ENTS:
        return True
    if tok.pos_ == "PROPN":
        return tok.ent_type_ not in {
            "DATE",
            "TIME",
            "MONEY",
            "CARDINAL",
            "ORDINAL",
            "PERCENT",
            "EVENT",
        }
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.lemma_.lower() == "state" and any(
        o.lemma_.lower() in STATE_OF for o in prep_objects(tok, ("of",))
    ):
        return False  # "a state of siege" is a measure, not a state
    if tok.lemma_.lower() in ACTOR_NOUNS or tok.lower_ in ACTOR_NOUNS:
        return True
    if tok.text.isupper() and len(tok.text) >= 3 and tok.text.isalpha():
        # An acronym the tagger read as a common noun ("ICE returned"): the resolver decides.
        return True
    if tok.tag_ == "NNS" and (
        tok.lower_ in collective_heads() or _compound_collective(tok) in collective_phrases()
    ):
        # "Teachers went on strike", "detained several suspects", "asylum seekers": a plural
        # the actor lexicon resolves to a group (``actors/data/lexicon.yaml`` ``collectives``).
        return True
    if tok.tag_ == "NN" and f"{tok.lower_}s" in collective_heads():
        # "a 35-year-old inmate", "a suicide bomber": one of such a group (the resolver
        # reads the singular as its plural).
        return True
    return entity_modifier(tok) is not None


@lru_cache(maxsize=1)
def collective_heads() -> frozenset[str]:
    """One-word collective heads of the actor lexicon (the resolver makes them group actors)."""
    from onrecord.actors.lexicon import load_lexicon

    return frozenset(w for w in load_lexicon().collectives if " " not in w)


@lru_cache(maxsize=1)
def collective_phrases() -> frozenset[str]:
    """Two-word collective heads of the actor lexicon ("asylum seekers")."""
    from onrecord.actors.lexicon import load_lexicon

    return frozenset(w for w in load_lexicon().collectives if " " in w)


def _compound_collective(tok: Token) -> str:
    """The noun with the compound before it, lower-cased ("asylum seekers"), or ''."""
    i = tok.i
    if i == 0:
        return ""
    prev = tok.doc[i - 1]
    return f"{prev.lower_} {tok.lower_}" if prev.dep_ == "compound" and prev.head == tok else ""


def entity_modifier(tok: Token) -> Token | None:
    """A named-entity modifier of a common noun: "*Palestinian* homes", "*NATO* membership"."""
    for child in tok.children:
        if (
            child.dep_ in {"compound", "amod", "poss"}
            and child.i < tok.i
            and child.ent_type_ in ACTOR_ENTS
        ):
            return child
    return None


def conjuncts(tok: Token) -> list[Token]:
    """The token and the nouns coordinated with it ("Scholz and Zelenskiy")."""
    out = [tok]
    for c in tok.conjuncts:
        if c.pos_ in {"NOUN", "PROPN", "PRON"} and c not in out:
            out.append(c)
    return out


def mention_span(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok`` (without relative clauses).

    Keeps determiners, modifiers, possessors, of-phrases and a proper-name apposition
    ("his foreign minister, Sergey Lavrov"); drops coordination, relative clauses and
    participial modifiers.
    """
    start_tok, end_tok = tok, tok
    for child in tok.children:
        dep = child.dep_
        keep = child.i < tok.i and dep in {
            "det",
            "amod",
            "compound",
            "poss",
            "nmod",
            "nummod",
            "quantmod",
            "nn",
        }
        if dep == "prep" and child.lower_ == "of" and child.i > tok.i:
            keep = True
        if dep == "appos" and (child.pos_ == "PROPN" or child.ent_type_ in ACTOR_ENTS):
            keep = True
        if not keep:
            continue
        left, right = child.left_edge, child.right_edge
        if left.i < start_tok.i:
            start_tok = left
        if right.i > end_tok.i:
            end_tok = right
    # Trim punctuation at the edges.
    doc = tok.doc
    s, e = start_tok.i, end_tok.i
    while s < e and doc[s].is_punct:
        s += 1
    while e > s and doc[e].is_punct:
        e -= 1
    return doc[s].idx, doc[e].idx + len(doc[e].text)


def children(tok: Token, deps: frozenset[str] | set[str]) -> Iterator[Token]:
    """Children of ``tok`` with one of the dependency labels."""
    return (c for c in tok.children if c.dep_ in deps)


def first_child(tok: Token, deps: frozenset[str] | set[str]) -> Token | None:
    """The first child with one of the labels, or None."""
    return next(children(tok, deps), None)


def is_passive(tok: Token) -> bool:
    """True when the verb is passive ("was attacked by")."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or (
        # a participle with an object of its own is an active verb the parser hung on a
        # noun ("Imran Khan, called Erdogan on Friday")
        tok.tag_ == "VBN" and tok.dep_ == "acl" and not _has_object(tok)
    )


def _has_object(tok: Token) -> bool:
    return any(c.dep_ in {"dobj", "oprd"} for c in tok.children)


def pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, with their conjuncts."""
    out: list[Token] = []
    for c in prep.children:
        if c.dep_ in {"pobj", "pcomp"}:
            out.extend(conjuncts(c))
    return out


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of ``tok``'s prepositional children, in the order of ``preps``."""
    found: dict[str, list[Token]] = {}
    for c in tok.children:
        if c.dep_ in {"prep", "agent", "dative"} and c.lower_ in preps:
            found.setdefault(c.lower_, []).extend(pobjs(c))
    return [t for p in preps for t in found.get(p, [])]


def particle(tok: Token, word: str) -> Token | None:
    """The particle or preposition child with this lemma ("call *for*"), or None."""
    for c in tok.children:
        if c.dep_ in {"prt", "prep", "agent", "dative"} and c.lower_ == word:
            return c
    return None


def direct_object(tok: Token) -> Token | None:
    """The verb's direct object; for a passive verb its passive subject."""
    obj = first_child(tok, OBJ_DEPS)
    if obj is None:
        obj = first_child(tok, {"nsubjpass"})
    if obj is None:
        obj = first_child(tok, {"attr"}) if tok.lemma_ == "be" else None
    return obj


def negated(tok: Token) -> bool:
    """True when the token carries a negation: ``not``/``never`` or a ``no`` determiner."""
    for c in tok.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "det" and c.lower_ == "no":
            return True
        if c.dep_ == "advmod" and c.lower_ in {"never", "not"}:
            return True
    return False


def modality(tok: Token, *, stop: Token | None = None) -> str | None:
    """The modality governing ``tok``: ``"intent"``, ``"possible"``, ``"conditional"`` or None.

    Looks at auxiliaries of the token and of the verbs above it up to the clause boundary
    (a ccomp/root, or ``stop``), for "going to", and for if/unless clauses on either side.
    """
    if any(c.dep_ == "det" and c.lower_ in {"any", "possible"} for c in tok.children):
        return "possible"
    cur: Token | None = tok
    steps = 0
    while cur is not None and steps < 5:
        for c in cur.children:
            if c.dep_ in {"aux", "auxpass"}:
                w = c.lower_
                if w in INTENT_MODALS:
                    return "intent"
                if w in POSSIBLE_MODALS:
                    return "possible"
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children
            ):
                return "conditional"
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                return "conditional"
        if cur.lower_ == "going" and any(c.dep_ == "xcomp" for c in cur.children):
            return "intent"
        head = cur.head  # read once: each read builds a new Token
        if (
            (stop is not None and cur == stop)
            or cur.dep_ in {"ccomp", "ROOT", "relcl"}
            or head == cur
        ):
            break
        cur = head
        steps += 1
    return None


def deontic(tok: Token) -> bool:
    """True when the verb has must/should/ought or "have to"/"need to"."""
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in DEONTIC_MODALS:
            return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_ in {"have", "need"} and head != tok


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two (a parse error), the one nearer the verb.

    "BERLIN -- A court in Bavaria has convicted...", "KABUL (Pajhwok): President Ghani held...":
    the parser makes the dateline a second subject, always the first one written.
    """
    subjects = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
    if len(subjects) > 1:
        first, second = subjects[0], subjects[1]
        # Only across a dateline's dash or colon: "A court in the Turkish capital Ankara
        # ordered" (the parser's second subject inside the first) keeps the first.
        # "The rebel Free Syrian Army": the second holds the first.
        between = first.doc[first.i : second.i]
        if second.left_edge.i <= first.i or any(
            t.is_punct and t.text in DATELINE_MARKS for t in between
        ):
            return second
    return subjects[0] if subjects else None


def subject_of(tok: Token) -> tuple[list[Token], bool]:
    """The subjects of a verb (or of the clause a noun/complement sits in).

    Returns:
        (subjects, passive): for a passive verb the by-agents and True.
    """
    cur = tok
    for _ in range(6):
        if is_passive(cur) and cur.pos_ in {"VERB", "AUX"}:
            agents = prep_objects(cur, ("by",))
            return agents, True
        subj = nearest_subject(cur)
        if subj is not None:
            if subj.lower_ in RELATIVE and cur.dep_ == "relcl":
                return conjuncts(cur.head), False
            if subj.dep_ == "expl" or subj.lower_ in {"there"}:
                return [], False
            return conjuncts(subj), False
        if cur.dep_ == "relcl" or (
            cur.dep_ == "acl"
            and (cur.tag_ in {"VBD", "VBG"} or (cur.tag_ == "VBN" and _has_object(cur)))
            and is_actor_like(cur.head)
        ):
            # "Imran Khan, called Erdogan" (a main verb parsed as a modifier), "protesters
            # demanding reforms": the modified noun acts.
            return conjuncts(cur.head), False
        head = cur.head  # read once: each read builds a new Token
        if cur.dep_ == "ccomp" or head == cur or cur.dep_ not in CLIMB_DEPS:
            break
        cur = head
    return [], False
