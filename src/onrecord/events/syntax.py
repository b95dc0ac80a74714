"""Dependency-parse helpers for the event coder: arguments, mentions, negation, modality.

All functions look only at a token's neighbourhood in the parse (children, a few heads up),
so coding stays one cheap pass over the sentence. They take and return spaCy tokens, but read
labels, words, heads and children off the document's token table (:func:`table_of`): a
spaCy ``Token`` is built only for a token returned (each ``tok.children``, ``tok.head`` or
``tok.dep_`` builds one, or looks a string up), and the coder asks these questions of the
same few tokens many times over.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING

from onrecord.actors.scan import US_PARTY_WORDS
from onrecord.nlp import description_and_name, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from onrecord.nlp import TokenTable

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

INTENT_NOUNS = frozenset(
    """plan intention intent desire wish ambition aim readiness willingness determination
    decision pledge vow promise commitment""".split()
)
"""Nouns of an intention whose act is not (yet) done: "plans to attack", "intention of
attacking"."""

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
DELIBERATING = frozenset({"consider", "weigh", "mull", "contemplate", "explore", "debate"})
"""Verbs of weighing an act not yet decided: what they govern is possible, not done."""
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
# what a dispute or a measure is about: a party only when no other preposition names one
TOPIC_PREPS = ("over",)
# the target prepositions that name whom an act is done to
ACT_PREPS = tuple(p for p in TARGET_PREPS if p not in TOPIC_PREPS)
AUTHOR_PREPS = ("from", "by")
PLACE_PREPS = ("in", "into", "inside")
CLIMB_DEPS = frozenset(
    {"xcomp", "conj", "advcl", "pcomp", "prep", "acl", "pobj", "dobj", "relcl", "acomp"}
)
# Label and word sets the helpers below test tokens against (built once, not on each call).
_NOT_ACTOR_PRONOUNS = frozenset({"it", "itself", "that", "this"})
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "EVENT"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# (an "nmod" is a name before the noun, "U.S. military aircraft"; one with a "'s" is a possessor
# the parser did not label "poss", "Trump's supporters", and is not read as the noun's actor)
_CONJUNCT_POS = frozenset({"NOUN", "PROPN", "PRON"})
_MENTION_MODIFIERS = frozenset(
    {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "nn"}
)
_PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
_OBJECT_DEPS = frozenset({"dobj", "oprd"})
_POBJ_DEPS = frozenset({"pobj", "pcomp"})
_PREP_DEPS = frozenset({"prep", "agent", "dative"})
_PARTICLE_DEPS = frozenset({"prt", "prep", "agent", "dative"})
# particles the parser reads as adverbs after an object ("pulled its troops back")
_ADVERB_PARTICLES = frozenset({"back", "out", "down", "off", "away"})


# The document the event coder is reading, with its token table (see ``reading``).
_READING: ContextVar[tuple[Doc, TokenTable] | None] = ContextVar(
    "onrecord_events_reading", default=None
)


@contextmanager
def reading(doc: Doc) -> Iterator[None]:
    """While the event coder reads ``doc``: :func:`table_of` gives its token table at once.

    The coder asks the helpers here thousands of questions about one document; each would
    otherwise look the table up again (:func:`onrecord.nlp.token_table` checks the document's
    user data and wraps its columns in a new :class:`TokenTable` on every call). A context
    variable, so that threads coding other documents, and code outside the coder, each get
    their own document's table; nothing is kept once the coder is done.
    """
    token = _READING.set((doc, token_table(doc)))
    try:
        yield
    finally:
        _READING.reset(token)


def table_of(doc: Doc) -> TokenTable:
    """``token_table(doc)``: the table kept by :func:`reading` while the coder reads ``doc``."""
    current = _READING.get()
    if current is not None and current[0] is doc:
        return current[1]
    return token_table(doc)


def is_actor_like(tok: Token) -> bool:
    """A noun phrase head that can name an actor: a named entity or an actor noun."""
    # read off the token table: the coder asks this of most nouns it meets, several times
    t = table_of(tok.doc)
    i = tok.i
    pos, low, ent = t.pos[i], t.lower[i], t.ent_type[i]
    if pos == "PRON":
        return low not in RELATIVE and low not in _NOT_ACTOR_PRONOUNS
    if ent in ACTOR_ENTS:
        return True
    if pos == "PROPN":
        return ent not in _NOT_NAME_ENTS
    if pos != "NOUN":
        return False
    lemma = t.lemma[i].lower()
    if lemma == "state" and any(o.lemma_.lower() in STATE_OF for o in prep_objects(tok, ("of",))):
        return False  # "a state of siege" is a measure, not a state
    if lemma in ACTOR_NOUNS or low in ACTOR_NOUNS:
        return True
    text = t.text[i]
    if text.isupper() and len(text) >= 3 and text.isalpha():
        # An acronym the tagger read as a common noun ("ICE returned"): the resolver decides.
        return True
    tag = t.tag[i]
    if tag == "NNS" and (
        low in collective_heads() or _compound_collective(tok) in collective_phrases()
    ):
        # "Teachers went on strike", "detained several suspects", "asylum seekers": a plural
        # the actor lexicon resolves to a group (``actors/data/lexicon.yaml`` ``collectives``).
        return True
    if tag == "NN" and f"{low}s" in collective_heads():
        # "a 35-year-old inmate", "a suicide bomber": one of such a group (the resolver
        # reads the singular as its plural).
        return True
    if any(t.dep[c] == "appos" and c > i and t.ent_type[c] in ACTOR_ENTS for c in t.children(i)):
        return True  # "Its foreign policy chief, Ilka Stern, urged ...": the one named
    mod = entity_modifier(tok)
    if mod is not None and lemma in _PARTY_CONTESTS and t.lower[mod.i] in US_PARTY_WORDS:
        # "tightening her grip on the Democratic race", "the upcoming Republican debate": a
        # party's contest is no party to an act (it had made "Democratic" a target)
        return False
    return mod is not None


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
    t = table_of(tok.doc)
    prev = i - 1
    return (
        f"{t.lower[prev]} {t.lower[i]}" if t.dep[prev] == "compound" and t.head[prev] == i else ""
    )


# a party's contests: with a party's adjective ("the Democratic race", "Republican
# primaries"), what the party holds, not the party or its people
_PARTY_CONTESTS = frozenset(
    "race primary caucus nomination debate convention contest election ballot".split()
)


def entity_modifier(tok: Token) -> Token | None:
    """A named-entity modifier of a common noun: "*Palestinian* homes", "*NATO* membership"."""
    t = table_of(tok.doc)
    dep, ent, i = t.dep, t.ent_type, tok.i
    for c in t.children(i):
        if dep[c] in _MODIFIER_DEPS and c < i and ent[c] in ACTOR_ENTS:
            if dep[c] == "nmod" and any(dep[k] == "case" for k in t.children(c)):
                continue
            return tok.doc[c]
    return None


def _conjunct_ids(t: TokenTable, i: int) -> list[int]:
    """``[c.i for c in doc[i].conjuncts]`` read off the token table: up the ``conj`` arcs to
    the first conjunct, then down the ``conj`` arcs to its right, breadth first."""
    heads, dep, kids = t.head, t.dep, t.children
    start = i
    while heads[start] != start and dep[start] == "conj":
        start = heads[start]
    queue = [start]
    for word in queue:  # grows while read
        queue.extend(c for c in kids(word) if c > word and dep[c] == "conj")
    return [w for w in queue if w != i]


def subtree_ids(tok: Token) -> list[int]:
    """The indices of ``tok.subtree`` (the token and everything under it), in no particular
    order, read off the token table: ``tok.subtree`` builds a Token for each."""
    kids = table_of(tok.doc).children
    out = [tok.i]
    for i in out:  # grows while read
        out.extend(kids(i))
    return out


def conjuncts(tok: Token) -> list[Token]:
    """The token and the nouns coordinated with it ("Scholz and Zelenskiy")."""
    # read off the token table: a Token is built only for a noun coordinated with ``tok``
    t = table_of(tok.doc)
    pos = t.pos
    out = [tok]
    doc = tok.doc
    for c in _conjunct_ids(t, tok.i):
        if pos[c] in _CONJUNCT_POS:
            out.append(doc[c])
    return out


# verbs whose object is charged "of" something ("accused X of corruption")
_CHARGING = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "absolve"})


# what joins the words of a name ("Trans-Pacific Partnership", "Missing & Exploited")
_NAME_HYPHENS = frozenset({"-", "&"})


def mention_span(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok`` (without relative clauses).

    Keeps determiners, modifiers, possessors, of-phrases and a proper-name apposition
    ("his foreign minister, Sergey Lavrov"); drops coordination, relative clauses and
    participial modifiers.
    """
    # the children's labels and the ends' offsets off the token table: a Token only for
    # each child kept (for its edges)
    doc = tok.doc
    t = table_of(doc)
    dep, lower, pos, ent = t.dep, t.lower, t.pos, t.ent_type
    i = tok.i
    s, e = i, i
    # ("accused the government of corruption": the parser hung the charge on the accused)
    charged = dep[i] == "dobj" and t.lemma[t.head[i]].lower() in _CHARGING
    for c in t.children(i):
        d = dep[c]
        keep = c < i and d in _MENTION_MODIFIERS
        if d == "prep" and lower[c] == "of" and c > i and not charged:
            keep = True
        if d == "appos" and (pos[c] == "PROPN" or ent[c] in ACTOR_ENTS):
            keep = True
        if not keep:
            continue
        child = doc[c]
        left, right = child.left_edge.i, child.right_edge.i
        if left < s:
            s = left
        if right > e:
            e = right
    # A body's name that goes on past its head over a small word or a hyphen ("Democracy
    # for Ostrava urged ...": the parser hangs "for Ostrava" on the head, and the phrase is
    # the name's, as the recogniser read it); it had made a body called "Democracy". Not
    # when the recogniser ran the name on into an owner ("with Technion for China's first
    # university"), nor over a capitalised word (a headline: "Ostrava Votes To Resign").
    if ent[i] == "ORG" and e + 1 < len(ent) and ent[e + 1] == "ORG":
        after = t.text[e + 1]
        end = e
        while end + 1 < len(ent) and ent[end + 1] == "ORG" and doc[end + 1].ent_iob_ == "I":
            end += 1
        if (after.islower() or after in _NAME_HYPHENS) and not any(
            t.tag[k] == "POS" for k in range(e + 1, end + 1)
        ):
            e = end
    # Trim punctuation at the edges.
    punct = t.is_punct
    while s < e and punct[s]:
        s += 1
    while e > s and punct[e]:
        e -= 1
    idx = t.idx
    return idx[s], idx[e] + len(t.text[e])


def children(tok: Token, deps: frozenset[str] | set[str]) -> Iterator[Token]:
    """Children of ``tok`` with one of the dependency labels."""
    t = table_of(tok.doc)
    dep, doc = t.dep, tok.doc
    return (doc[c] for c in t.children(tok.i) if dep[c] in deps)


def first_child(tok: Token, deps: frozenset[str] | set[str]) -> Token | None:
    """The first child with one of the labels, or None."""
    t = table_of(tok.doc)
    dep = t.dep
    for c in t.children(tok.i):
        if dep[c] in deps:
            return tok.doc[c]
    return None


def is_passive(tok: Token) -> bool:
    """True when the verb is passive ("was attacked by")."""
    t = table_of(tok.doc)
    dep, i = t.dep, tok.i
    # (a label in common, in C: any() over a generator costs an exception to close)
    return not _PASSIVE_DEPS.isdisjoint(map(dep.__getitem__, t.children(i))) or (
        # a participle with an object of its own is an active verb the parser hung on a
        # noun ("Imran Khan, called Erdogan on Friday")
        t.tag[i] == "VBN" and dep[i] == "acl" and not _has_object(t, i)
    )


def _has_object(t: TokenTable, i: int) -> bool:
    dep = t.dep
    return any(dep[c] in _OBJECT_DEPS for c in t.children(i))


def pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, with their conjuncts."""
    t = table_of(prep.doc)
    dep, doc = t.dep, prep.doc
    out: list[Token] = []
    for c in t.children(prep.i):
        if dep[c] in _POBJ_DEPS:
            if t.lower[c] in _ADJECTIVAL_PARTICIPLES:
                # "from neighbouring Belvania", which the parser reads as a participle
                # with an object: the object is the preposition's
                objs = [doc[o] for o in t.children(c) if dep[o] == "dobj"]
                if objs:
                    out.extend(conjuncts(objs[0]))
                    continue
            out.extend(conjuncts(doc[c]))
    return out


# participles that are adjectives before a name ("neighbouring Belvania")
_ADJECTIVAL_PARTICIPLES = frozenset({"neighbouring", "neighboring", "warring", "ruling"})


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of ``tok``'s prepositional children, in the order of ``preps``."""
    # the children's labels and words off the token table: most verbs and nouns asked have
    # no preposition of those asked for, and no Token is built for their other children
    t = table_of(tok.doc)
    dep, lower, doc = t.dep, t.lower, tok.doc
    found: dict[str, list[Token]] = {}
    for c in t.children(tok.i):
        if dep[c] in _PREP_DEPS and lower[c] in preps:
            found.setdefault(lower[c], []).extend(pobjs(doc[c]))
    if not found:
        return []
    return [x for p in preps for x in found.get(p, [])]


def particle(tok: Token, word: str) -> Token | None:
    """The particle or preposition child with this lemma ("call *for*"), or None; also the
    "for" the parser made the mark of a clause right after the verb ("called *for* Ukraine to
    withdraw": a for-to clause under the verb, not a preposition of its own)."""
    t = table_of(tok.doc)
    dep, lower = t.dep, t.lower
    for c in t.children(tok.i):
        if lower[c] == word and (
            dep[c] in _PARTICLE_DEPS or (dep[c] == "advmod" and word in _ADVERB_PARTICLES)
        ):
            # ("pulled its artillery back": past the object, the parser makes "back" an adverb)
            return tok.doc[c]
    nxt = tok.i + 1
    if (
        nxt < len(tok.doc)
        and lower[nxt] == word
        and dep[nxt] == "mark"
        and t.head[t.head[nxt]] == tok.i
        and dep[t.head[nxt]] in {"advcl", "ccomp", "xcomp"}
    ):
        return tok.doc[nxt]
    return None


def direct_object(tok: Token) -> Token | None:
    """The verb's direct object; for a passive verb its passive subject."""
    obj = first_child(tok, OBJ_DEPS)
    if obj is None:
        obj = first_child(tok, {"nsubjpass"})
    if obj is None:
        obj = first_child(tok, {"attr"}) if table_of(tok.doc).lemma[tok.i] == "be" else None
    return obj


def negated(tok: Token) -> bool:
    """True when the token carries a negation: ``not``/``never``, a ``no`` determiner, a
    subject that is no one, or "stopped (fell) short of" above it."""
    t = table_of(tok.doc)
    dep, lower = t.dep, t.lower
    of = t.head[tok.i]
    if dep[tok.i] in {"pobj", "pcomp"} and lower[of] == "without" and of != tok.i:
        return True  # "passed without Kestria's support", "acted without consulting Sarn"
    if (
        dep[tok.i] == "nsubj"
        and t.lemma[of] == "be"
        and any(dep[c] == "attr" and t.lemma[c].lower() in _FALSEHOODS for c in t.children(of))
    ):
        return True  # "The so-called shelling of Dunmere is a fabrication"
    if dep[tok.i] in {"relcl", "acl"} and lower[of] == "nothing" and of != tok.i:
        return True  # "We have nothing to discuss with Sarn"
    if (
        dep[tok.i] == "pcomp"
        and lower[of] == "of"
        and lower[t.head[of]] == "short"
        and t.lemma[t.head[t.head[of]]].lower() in {"stop", "fall"}
    ):
        return True  # "stopped short of blaming Ostrava", "fell short of endorsing the plan"
    if (
        dep[tok.i] in {"xcomp", "ccomp", "advcl"}
        and of != tok.i
        and t.lemma[of].lower() in _PERMITTING
        and any(dep[c] == "neg" for c in t.children(of))
    ):
        return True  # "We will not allow Ostrava to threaten our citizens"
    for c in t.children(tok.i):
        d = dep[c]
        if d == "neg":
            return True
        if d == "det" and lower[c] == "no":
            return True
        if d == "advmod" and lower[c] in {"never", "not"}:
            return True
        if d == "advmod" and lower[c] == "longer" and any(lower[g] == "no" for g in t.children(c)):
            return True  # "no longer accepts anything from Sarn"
        if d == "dobj" and lower[c] == "nothing":
            return True  # "accepted nothing from Ostrava"
        if d in {"nsubj", "nsubjpass"} and (
            lower[c] in _NO_ONE
            or any(
                (dep[g] == "det" and lower[g] in {"no", "neither"}) or dep[g] == "neg"
                for g in t.children(c)
            )
        ):
            # "Nobody wins a war of nerves", "No country will send troops", "neither side
            # wanted a war", "Not everyone welcomed the deal"
            return True
    return False


# verbs of letting an act happen: not letting it is no act ("will not allow Ostrava to
# threaten our citizens", "will not permit them to cross")
_PERMITTING = frozenset({"allow", "permit", "let", "tolerate"})


# what an act is said to be when it never happened
_FALSEHOODS = frozenset({"fabrication", "lie", "hoax", "myth", "fiction", "invention", "fake"})


# subjects that say no one acts
_NO_ONE = frozenset({"nobody", "noone", "none", "nothing", "neither"})


# adjectives of how likely an act is ("unlikely to launch an invasion")
_LIKELIHOOD = frozenset({"likely", "unlikely", "probable", "improbable", "possible"})


_CONDITION_OF_TIME = frozenset({"until", "till", "after", "before", "once"})


def modality(tok: Token, *, stop: Token | None = None) -> str | None:
    """The modality governing ``tok``: ``"intent"``, ``"possible"``, ``"conditional"`` or None.

    Looks at auxiliaries of the token and of the verbs above it up to the clause boundary
    (a ccomp/root, or ``stop``), for "going to", and for if/unless clauses on either side.
    """
    # walked on the token table's heads and children: no Token for each step and child
    t = table_of(tok.doc)
    dep, lower, heads, kids = t.dep, t.lower, t.head, t.children
    if any(dep[c] == "det" and lower[c] in {"any", "possible"} for c in kids(tok.i)):
        return "possible"
    stop_i = stop.i if stop is not None else None
    cur = prev = tok.i
    steps = 0
    while steps < 5:
        for c in kids(cur):
            d = dep[c]
            if d in {"aux", "auxpass"}:
                w = lower[c]
                if w in INTENT_MODALS:
                    return "intent"
                if w in POSSIBLE_MODALS:
                    return "possible"
                if w in DEONTIC_MODALS and not _performative(t, cur):
                    # ("Ostrava must pay compensation": owed, not paid)
                    return "possible"
            if d == "advcl" and any(
                dep[m] == "mark" and lower[m] in CONDITIONAL_MARKS for m in kids(c)
            ):
                return "conditional"
            if d == "mark" and lower[c] in CONDITIONAL_MARKS:
                return "conditional"
            if (
                d == "mark"
                and lower[c] in _CONDITION_OF_TIME
                and (lower[c] in {"until", "till"} or any(lower[k] == "only" for k in kids(cur)))
            ):
                # "talks will resume only after Ostrava withdraws its troops", "until Ostrava
                # withdrew": a condition set, not an act done
                return "conditional"
        if lower[cur] == "going" and any(dep[c] == "xcomp" for c in kids(cur)):
            return "intent"
        if cur != tok.i and t.lemma[cur].lower() in DELIBERATING:
            return "possible"  # "considering all options, including closing its airspace"
        if cur != tok.i and lower[cur] in _LIKELIHOOD and t.pos[cur] == "ADJ":
            return "possible"  # "was unlikely to launch an invasion", "is likely to respond"
        if (
            cur != tok.i
            and t.lemma[cur] == "be"
            and dep[prev] == "xcomp"
            and any(dep[c] == "acomp" and lower[c] in _LIKELIHOOD for c in kids(cur))
        ):
            return "possible"  # the infinitive hung on "be": "Kestria was unlikely to block"
        if cur != tok.i and t.pos[cur] == "NOUN" and t.lemma[cur].lower() in INTENT_NOUNS:
            return "intent"  # "plans to attack", "no intention of attacking"
        head = heads[cur]
        if cur == stop_i or dep[cur] in {"ccomp", "ROOT", "relcl"} or head == cur:
            break
        prev, cur = cur, head
        steps += 1
    return None


# verbs a speaker performs by saying "I must ...": "I must say", "we must admit"
_PERFORMED = frozenset({"say", "admit", "confess", "stress", "note", "add", "tell", "insist"})


def _performative(t: TokenTable, i: int) -> bool:
    """Is verb ``i`` one the speaker does in saying it must ("I must say there is always a
    chance": said, not owed)?"""
    return t.lemma[i].lower() in _PERFORMED and any(
        t.dep[c] == "nsubj" and t.lower[c] in {"i", "we"} for c in t.children(i)
    )


def denied_intent(tok: Token) -> bool:
    """Is ``tok`` the act of an intention denied ("has no plans to attack", "had no
    intention of attacking")? The intention noun above it has "no" or a negation."""
    t = table_of(tok.doc)
    dep, lower, heads, kids = t.dep, t.lower, t.head, t.children
    cur = tok.i
    for _ in range(5):
        head = heads[cur]
        if head == cur or dep[cur] in {"ccomp", "ROOT", "relcl"}:
            return False
        cur = head
        if t.pos[cur] == "NOUN" and t.lemma[cur].lower() in INTENT_NOUNS:
            if any((dep[c] == "det" and lower[c] == "no") or dep[c] == "neg" for c in kids(cur)):
                return True
            # "has not yet taken a final decision to attack": the intention's verb denied
            verb = heads[cur]
            return dep[cur] == "dobj" and any(dep[c] == "neg" for c in kids(verb))
    return False


def deontic(tok: Token) -> bool:
    """True when the verb has must/should/ought or "have to"/"need to"."""
    t = table_of(tok.doc)
    dep, lower, i = t.dep, t.lower, tok.i
    for c in t.children(i):
        if dep[c] == "aux" and lower[c] in DEONTIC_MODALS:
            return True
    head = t.head[i]
    return dep[i] == "xcomp" and t.lemma[head] in {"have", "need"} and head != i


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two (a parse error), the one nearer the verb.

    "BERLIN -- A court in Bavaria has convicted...", "KABUL (Pajhwok): President Ghani held...":
    the parser makes the dateline a second subject, always the first one written.
    """
    doc = verb.doc
    t = table_of(doc)
    dep = t.dep
    subjects = [c for c in t.children(verb.i) if dep[c] in SUBJ_DEPS]
    if not subjects:
        return None
    if len(subjects) > 1:
        first, second = subjects[0], subjects[1]
        # Only across a dateline's dash or colon: "A court in the Turkish capital Ankara
        # ordered" (the parser's second subject inside the first) keeps the first.
        # "The rebel Free Syrian Army": the second holds the first.
        punct, texts = t.is_punct, t.text
        if doc[second].left_edge.i <= first or any(
            punct[k] and texts[k] in DATELINE_MARKS for k in range(first, second)
        ):
            return doc[second]
        if description_and_name(doc, first, second) and not any(
            # (nor "the novice who wants to unseat Rep. Ana Voss": a clause of its own)
            t.pos[k] in {"VERB", "AUX"}
            for k in range(doc[first].left_edge.i, doc[second].right_edge.i + 1)
        ):
            # "Democratic presidential frontrunner Ivo Marr is calling for ...": one phrase,
            # a description and the name right after it, split by the parser into two
            # subjects; the name is the one who acts (as the attribution stage reads it)
            return doc[second]
    return doc[subjects[0]]


def _described(noun: Token) -> Token:
    """Whom a relative clause's noun stands for: the noun, or the subject a copula says it
    is ("Voss is a hawk and a bully who has pledged ...": Voss pledged), when that subject
    can name an actor."""
    top = noun
    while top.dep_ in ("appos", "conj") and top.head.i != top.i:
        top = top.head
    if top.dep_ == "attr" and top.head.lemma_ == "be":
        # (the copula's own subject, or, for "X incites ... and is a bully who ...", the
        # subject of the verb it is joined to)
        subjects, passive = subject_of(top.head)
        subj = subjects[0] if subjects and not passive else None
        if subj is not None and subj.lower_ not in RELATIVE and is_actor_like(subj):
            return subj
    return noun


def subject_of(tok: Token) -> tuple[list[Token], bool]:
    """The subjects of a verb (or of the clause a noun/complement sits in).

    Returns:
        (subjects, passive): for a passive verb the by-agents and True.
    """
    doc = tok.doc
    t = table_of(doc)
    dep, lower, pos, tag, heads = t.dep, t.lower, t.pos, t.tag, t.head
    cur = tok
    for _ in range(6):
        i = cur.i
        if is_passive(cur) and pos[i] in {"VERB", "AUX"}:
            agents = prep_objects(cur, ("by",))
            return agents, True
        subj = nearest_subject(cur)
        if subj is not None:
            s = subj.i
            if lower[s] in RELATIVE and dep[i] == "relcl":
                return conjuncts(_described(doc[heads[i]])), False
            if dep[s] == "expl" or lower[s] in {"there"}:
                return [], False
            return conjuncts(subj), False
        if dep[i] == "relcl" or (
            dep[i] == "acl"
            and (tag[i] in {"VBD", "VBG"} or (tag[i] == "VBN" and _has_object(t, i)))
            and is_actor_like(doc[heads[i]])
        ):
            # "Imran Khan, called Erdogan" (a main verb parsed as a modifier), "protesters
            # demanding reforms": the modified noun acts.
            return conjuncts(doc[heads[i]]), False
        head = heads[i]
        if dep[i] == "ccomp" or head == i or dep[i] not in CLIMB_DEPS:
            break
        if dep[i] == "xcomp" and tag[i] == "VBG" and t.lemma[head].lower() in SAYING:
            # "Voss said shelling had damaged houses", parsed "said shelling (houses)": no
            # one says by shelling; the gerund is the subject of a clause the parser lost
            break
        cur = doc[head]
    return [], False


SAYING = frozenset({"say", "tell", "add", "state", "report", "claim"})
