"""Trigger matching: which token of a clause carries which PLOVER event.

A trigger is a verb, an event noun or a predicative adjective found in the lexicon, possibly
composed with its object or complement:

* typed verbs ("threaten", "call for", "impose >sanction");
* light verbs taking the type of their object noun ("held talks", "launched an attack");
* reversal verbs turning their object around ("lifted the curfew" -> CONCEDE);
* intent verbs and adjectives ("offered to host" -> AGREE, "vowed to strike" -> THREATEN);
* transparent verbs passing their complement through ("continued to send arms" -> AID).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from onrecord.events import syntax as sx
from onrecord.events.lexicon import ACTOR_OBJECT, Entry, Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from onrecord.nlp import TokenTable

VERBAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# Reading of a reversal verb by the type of its object ("lift" + curfew -> CONCEDE).
# verbs that put forces on alert ("put the army on high alert"; "troops remained on alert",
# read as such, cost the events CV more than it won)
_ALERTING = frozenset({"put", "place", "keep"})
# verbs of practising an act, which is then not done ("rehearsing an invasion")
_REHEARSING = frozenset({"rehearse", "practise", "practice", "simulate"})
REVERSED: dict[str, tuple[str, str, str | None]] = {
    "COERCE": ("CONCEDE", "08", None),
    "PROTEST": ("CONCEDE", "08", None),
    "REQUEST": ("CONCEDE", "08", None),
    "SANCTION": ("RETREAT", "08", None),
    "ASSAULT": ("RETREAT", "08", "ceasefire"),
    "MOBILIZE": ("RETREAT", "08", "withdraw"),
    "THREATEN": ("CONCEDE", "08", None),
    "AID": ("SANCTION", "16", "discontinue"),
    "CONSULT": ("SANCTION", "16", "withdraw"),
    "COOPERATE": ("SANCTION", "16", "discontinue"),
    "SUPPORT": ("SANCTION", "16", "discontinue"),
    "AGREE": ("REJECT", "12", None),
}
# Words that mark the blockade reading of COERCE objects, eased by RETREAT rather than CONCEDE.
RETREAT_OBJECTS = frozenset({"blockade", "siege", "embargo", "sanction", "occupation"})


@dataclass(slots=True)
class Trigger:
    """A matched trigger before its arguments are resolved.

    Attributes:
        type, cameo, mode: the coded reading.
        head: the token whose clause gives subject, negation and modality.
        anchor: the token whose arguments give the target (a complement verb or the head).
        theme: the object noun the type came from, if any.
        kind: how it matched: verb, noun, adjective, light, reverse, intent, transparent.
        converted: the type was set by the intent rule (AGREE/THREATEN), not read off a word.
        negated: a negator verb ("denied attacking") negates the event.
        consumes: token indices whose own triggers this one absorbs.
        fixed: a rule's reading of a construction the model's training sentences do not hold
            ("fired a warning shot", "called Dulas a criminal"); the model gives only its
            confidence and does not change the type.
        denied: the act is one someone denies was done ("denied shelling the village",
            "denied that its troops had shelled it"): no tone either way.
    """

    type: str
    cameo: str
    mode: str | None
    head: Token
    anchor: Token
    theme: Token | None = None
    kind: str = "verb"
    converted: bool = False
    negated: bool = False
    consumes: set[int] = field(default_factory=set)
    fixed: bool = False
    denied: bool = False


_DESIRE = frozenset({"want", "wish", "desire"})
"""Verbs of wanting, whose object noun names an event wished for, not one that happened."""

SERIES_NOUNS = frozenset({"round", "series", "wave", "spate", "string", "flurry", "barrage"})
"""Nouns that count the events of their of-phrase ("a round of talks")."""


def object_ok(obj: Token | None, objects: frozenset[str]) -> bool:
    """Does ``obj`` satisfy an entry's object constraint (its lemmas, or any actor)?"""
    if not objects:
        return True
    if obj is None:
        return False
    if ACTOR_OBJECT in objects and sx.is_actor_like(obj):
        return True
    if obj.lemma_.lower() in objects or obj.lower_ in objects:
        return True
    # a name with its title before it ("summoned Belvanian Ambassador Henrik Lauss"): the
    # title says what the object is
    return obj.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < obj.i and c.lower_ in objects and c.lower_ in _ENVOYS
        for c in obj.children
    )


# the titles before an envoy's name an entry's object may ask for ("summon >ambassador")
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "charge"})


# verbs that also publish ("released a statement", "issued a report")
_PUBLISHING = frozenset({"release", "issue"})
# what is published, not set free or handed over
_TEXTS = frozenset(
    """statement report transcript video footage result data figure document list recording
    letter photo image book text detail budget film record finding study survey poll memo
    readout communique communiqué plan proposal draft map guideline rule""".split()
)


# what is released when it is published, not set free or handed back ("released a new ad",
# "released his tax returns", "the release of the emails", "a press release")
_PUBLISHED = frozenset(
    """email e-mail mail message correspondence exchange note page batch trove cache file ad
    advertisement commercial spot mailer robocall brochure flyer website site excerpt tape
    audio information return tax taxes name amount number total figure estimate projection
    schedule calendar agenda platform policy strategy column op-ed tweet album song movie
    trailer version update paper press news""".split()
)
# words that count the people or things of their of-phrase ("dozens of political activists")
_COUNTS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "scores"})


def _publishes(word: Token) -> bool:
    """Does the verb or noun "release" ``word`` publish what it releases, a text, an ad,
    figures or tax returns ("released 5,500 pages of emails", "released a new ad", "a press
    release", "the video's release"), rather than set free people or property ("released the
    prisoners", "the release of the hostages", "Nega's release")?"""
    if word.pos_ in {"VERB", "AUX"}:
        things = [sx.direct_object(word)]
        if things[0] is None and word.dep_ == "acl":
            things = [word.head]  # "the emails released by the department"
    else:
        things = [
            c for c in word.children if c.dep_ in {"poss", "compound"} and c.i < word.i
        ] + sx.prep_objects(word, ("of",))
    for thing in things:
        if thing is None:
            continue
        if thing.lemma_.lower() in _COUNTS or thing.like_num:
            # "dozens of political activists": what is counted is what is released
            thing = next(iter(sx.prep_objects(thing, ("of",))), thing)
        # (and what a measure holds: "30 years of tax returns", "copies of the report")
        for t in (thing, *sx.prep_objects(thing, ("of",))):
            lemma = t.lemma_.lower()
            if lemma in _TEXTS or lemma in _PUBLISHED or t.lower_ in _PUBLISHED:
                return True
    return False


def released_no_one(verb: Token) -> bool:
    """Does the verb "release" ``verb`` publish what it releases ("released a statement",
    "released a new ad", "released his tax returns")? No act of setting free, read off the
    lexicon or off the model."""
    return verb.lemma_.lower() == "release" and _publishes(verb)


def _published_text(verb: Token) -> bool:
    """Is what ``verb`` releases or issues a text ("released a statement", "a transcript
    released by the presidency", "the report was released")?"""
    obj = sx.direct_object(verb)
    if obj is None and verb.dep_ == "acl":
        obj = verb.head  # "a transcript released by ..."
    return obj is not None and obj.lemma_.lower() in _TEXTS


def _met_with(verb: Token) -> bool:
    """ "would be met with sanctions", "was met with protests": a passive "met with" whose
    object is no party one meets."""
    if not sx.is_passive(verb):
        return False
    with_ = sx.particle(verb, "with")
    objs = sx.pobjs(with_) if with_ is not None else []
    return bool(objs) and not any(sx.is_actor_like(o) and not _bare_force(o) for o in objs)


def _bare_force(noun: Token) -> bool:
    """ "met with force", "respond with force": force used, not a force of troops (which
    has a determiner or is plural: "the force", "forces")."""
    return noun.lower_ == "force" and not any(c.dep_ in {"det", "poss"} for c in noun.children)


def _hyphenated(tok: Token, words: dict[str, list[Entry]]) -> str | None:
    """The lexicon's hyphenated verb the tokenizer split ("test-fired": "test", "-",
    "fired" is "test-fire", a show of force, not "fire", an attack), or None."""
    doc = tok.doc
    i = tok.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 2].whitespace_ or doc[i - 1].whitespace_:
        return None
    word = f"{doc[i - 2].lower_}-{tok.lemma_.lower()}"
    return word if word in words else None


_FIRING = frozenset({"fire", "shoot"})
# acts done in words by someone else, which a negator verb turns away rather than denies
# ("dismissed the threat": the threat is another's; "denied attacking": the act is one's own)
_VERBAL_ACTS_OF_OTHERS = frozenset({"THREATEN", "ACCUSE", "REQUEST"})
# what one denies having had in a thing blamed on one ("denied any involvement in the attack")
_PARTS_DENIED = frozenset(
    {"role", "involvement", "responsibility", "wrongdoing", "complicity", "link", "part", "report"}
)


# verbs that tell someone to act ("told Kestria to withdraw", "ordered the army to halt")
_ORDERING = frozenset({"tell", "order", "instruct", "direct", "command"})


def _told_to_act(verb: Token) -> Token | None:
    """The act ``verb`` tells its object to do ("told [Kestria] to [withdraw]"), when the
    object is someone."""
    obj = sx.direct_object(verb)
    if obj is None or not sx.is_actor_like(obj):
        return None
    return _infinitive(verb, {"xcomp", "ccomp"})


def _infinitive(verb: Token, deps: set[str]) -> Token | None:
    """The to-infinitive hanging on ``verb`` by one of ``deps`` ("to [withdraw]")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in deps
            and c.tag_ == "VB"
            and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        ),
        None,
    )


def _given_time_to_act(verb: Token) -> Token | None:
    """The act an ultimatum demands: "gave Ostrava until Friday to withdraw", "has given
    Ostrava 48 hours to pull its troops back", "gave the rebels a week to lay down their arms".

    A "give" with someone given, a time given (until a day, or hours, days, a week) and an
    infinitive: the act demanded.
    """
    if verb.lemma_.lower() != "give":
        return None
    given = next((c for c in verb.children if c.dep_ in {"dative", "dobj"}), None)
    if given is None or not sx.is_actor_like(given):
        return None
    timed = any(
        (c.dep_ == "prep" and c.lower_ in {"until", "till"})
        or (c.dep_ in {"dobj", "npadvmod"} and c.ent_type_ in {"DATE", "TIME"})
        for c in verb.children
    )
    return _infinitive(verb, {"advcl", "xcomp"}) if timed else None


def _warning_shot(verb: Token) -> Token | None:
    """The warning shot ``verb`` fired ("fired a warning shot", "warning shots were fired")."""
    shot = sx.direct_object(verb)
    if shot is None or shot.lemma_.lower() != "shot":
        return None
    return shot if any(c.lower_ == "warning" for c in shot.children) else None


def _shot_at(verb: Token, shot: Token) -> Token | None:
    """What a warning shot was fired toward: "at the vessel", "across the bow of the vessel"
    (the vessel, not its bow; the parser hangs the phrase on the verb or on the shot)."""
    for prep in ("at", "toward", "towards", "over", "near", "across"):
        for obj in (*sx.prep_objects(verb, (prep,)), *sx.prep_objects(shot, (prep,))):
            owner = sx.prep_objects(obj, ("of",))
            return owner[0] if owner and obj.lemma_.lower() in {"bow", "path"} else obj
    return None


# verbs that put a label on what they name ("called Dulas a criminal")
_LABELLING = frozenset({"call", "dub", "label", "term"})
# words of a label that praise ("called the deal a milestone", "the finest piece of
# diplomacy", "a patriot") and that blame ("a criminal", "an act of piracy", "illegal")
_PRAISE_LABELS = frozenset(
    """friend partner ally brother sister hero success breakthrough milestone achievement
    victory triumph model example honour honor gift opportunity step landmark statesman
    champion patriot fine finest best great greatest historic excellent remarkable brave
    courageous wise positive welcome constructive useful helpful important fair balanced
    encouraging promising valuable vital essential""".split()
)
_BLAME_LABELS = frozenset(
    """criminal terrorist traitor liar disgrace provocation aggression violation threat
    mistake farce sham lie crime insult agent puppet occupier thug dictator murderer fascist
    bandit spy failure disaster catastrophe scandal outrage betrayal blunder fraud hoax joke
    embarrassment tyrant aggressor enemy menace danger invasion piracy theft blackmail
    extortion interference meddling propaganda illegal unacceptable dangerous reckless
    irresponsible shameful disgraceful hostile unfriendly provocative aggressive cynical
    absurd lies slander worthless useless pointless meaningless futile hollow toothless
    counterproductive illegitimate unjust unfair ridiculous outrageous baseless groundless
    inadequate naive stunt charade circus theatre theater farce hostility hypocrisy
    blackmail""".split()
)


def _label_words(label: Token) -> set[str]:
    """The words that say what a label is: its noun, the noun's modifiers and the object of
    its "of" ("an act of piracy", "the finest piece of diplomacy")."""
    words = {label.lemma_.lower(), label.lower_}
    for c in label.children:
        if c.dep_ == "conj" and c.pos_ == "ADJ":
            words |= {c.lemma_.lower(), c.lower_}  # "worthless and illegal"
        elif c.dep_ in {"amod", "compound"}:
            words |= {c.lemma_.lower(), c.lower_}
        elif c.dep_ == "prep" and c.lower_ == "of":
            words |= {o.lemma_.lower() for o in sx.pobjs(c)}
    return words


def _label(verb: Token) -> Token | None:
    """The common noun or adjective ``verb`` puts on its object as a label ("called [Dulas]
    a [criminal]", "called the sanctions [worthless]"), not a name the parser read as one
    ("called Turkish President Erdogan")."""
    if sx.direct_object(verb) is None:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "oprd" and c.pos_ in {"NOUN", "ADJ"} and c.i > verb.i
        ),
        None,
    )


def labelled(verb: Token) -> bool:
    """Does ``verb`` label its object ("called the deal a sham")?"""
    return verb.lemma_.lower() in _LABELLING and _label(verb) is not None


def match_entry(tok: Token, entries: list[Entry]) -> tuple[Entry, Token | None] | None:
    """The most specific verb/adjective entry whose particle and object constraints hold."""
    obj = sx.direct_object(tok)
    for e in entries:
        theme = obj
        if e.part is not None:
            p = sx.particle(tok, e.part)
            if p is None and e.via is not None:
                # "walked out of the talks": the parser hangs "of" on "out"
                first = sx.particle(tok, e.via)
                p = sx.particle(first, e.part) if first is not None else None
            if p is None:
                continue
            if p.dep_ in {"prep", "agent", "dative"}:
                objs = sx.pobjs(p)
                theme = objs[0] if objs else obj
        if not object_ok(theme, e.objects):
            # Coordinated objects: "demanded elections and reforms".
            continue
        return e, theme
    return None


# event nouns that also name a party ("the opposition")
_ALSO_A_PARTY = frozenset({"opposition"})


def _a_feeling(relief: Token) -> bool:
    """Is "relief" a feeling ("mistake today's relief for gratitude", "expressed relief at
    the release", "a sense of relief", "relief that the talks resumed"), not aid ("flood
    relief", "sent relief", "relief supplies")? A feeling when owned by a day, felt,
    expressed or mistaken, "at" or "over" something, of a sense, or with a clause."""
    head = relief.head
    for c in relief.children:
        if c.dep_ == "poss" and (c.ent_type_ in {"DATE", "TIME"} or c.lower_ in _TIME_WORDS):
            return True  # "today's relief"
        if c.dep_ == "prep" and c.lower_ in {"at", "over"}:
            return True  # "relief at the news"
        if c.dep_ in {"acl", "ccomp"} or (c.dep_ == "mark" and c.lower_ == "that"):
            return True
    if relief.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _FEELINGS:
        return True  # "a sense of relief"
    return relief.dep_ == "dobj" and head.lemma_.lower() in {"express", "voice", "feel", "mistake"}


_TIME_WORDS = frozenset(
    "today yesterday tonight monday tuesday wednesday thursday friday saturday sunday".split()
)
_FEELINGS = frozenset({"sense", "sigh", "feeling", "mood", "air", "wave"})


# the tagger's labels of named wars, crises and laws
_NAMED_EVENTS = frozenset({"EVENT", "LAW"})
# the named events that are still meetings of their parties ("the Three Amigos summit")
_MEETING_NOUNS = frozenset(
    {"summit", "talk", "talks", "meeting", "conference", "visit", "negotiation", "dialogue"}
)


def _named_war(tok: Token) -> bool:
    """ "the Second Kestrian War" (which the tagger may read as a body's name): a war written
    with capitals mid-sentence and a capitalised word before it names one."""
    return (
        tok.text == "War"
        and not tok.is_sent_start
        and any(
            c.i < tok.i and c.dep_ in {"compound", "amod", "nmod"} and c.text[:1].isupper()
            for c in tok.children
        )
    )


def match_noun(tok: Token, lex: Lexicon) -> Entry | None:
    """The noun entry for an event noun ("hunger strike", "state of emergency"), or None."""
    entries = lex.nouns.get(tok.lemma_.lower()) or lex.nouns.get(tok.lower_)
    if not entries or tok.pos_ not in {"NOUN", "PROPN", "VERB"}:
        return None
    if tok.lemma_.lower() in _ALSO_A_PARTY and not (
        tok.dep_ == "dobj" or any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
    ):
        # "criticism from Belvania's opposition", "the opposition said": the parties out of
        # power, not an act of opposing ("its opposition to the plan", "voiced opposition")
        return None
    if tok.lemma_.lower() == "relief" and _a_feeling(tok):
        return None  # "today's relief", "expressed relief at the release": no aid
    if tok.lemma_.lower() == "release" and _publishes(tok):
        return None  # "a press release", "the release of the emails": no one set free
    if (tok.ent_type_ in _NAMED_EVENTS and tok.lemma_.lower() not in _MEETING_NOUNS) or _named_war(
        tok
    ):
        # "the Cold War", "the Iraq war", "the Iran Sanctions Act": a named war or law the
        # sentence speaks of, not an act done on the article's day (a named summit is one)
        return None
    # the children's labels and words off the token table: a Token only for an "of"
    # phrase's head (``tok.children`` builds one for each child, three times over)
    doc, table = tok.doc, sx.table_of(tok.doc)
    deps, lowers, lemmas = table.dep, table.lower, table.lemma
    kids = table.children(tok.i)
    mods = {lemmas[c].lower() for c in kids if deps[c] in {"compound", "amod", "nmod"}}
    # (the of-phrase's word as written too: "war of *words*")
    of_heads = {
        w
        for c in kids
        if deps[c] == "prep" and lowers[c] == "of"
        for o in sx.pobjs(doc[c])
        for w in (o.lemma_.lower(), o.lower_)
    }
    has_on = any(deps[c] == "prep" and lowers[c] in {"on", "against"} for c in kids)
    best: Entry | None = None
    for e in entries:
        if e.modifier is not None and e.modifier not in mods:
            continue
        if e.of is not None and e.of not in of_heads:
            continue
        if e.objects and ACTOR_OBJECT in e.objects:
            if not any(sx.is_actor_like(o) for o in sx.prep_objects(tok, ("against", "at", "to"))):
                continue
        if best is None:
            best = e
            if e.specificity:
                break
            continue
        # Equal specificity: "strike on Ukraine" is an assault, a bare "strike" a walkout.
        if has_on and e.type == "ASSAULT" and best.type != "ASSAULT":
            best = e
    return best


def _complement(tok: Token) -> Token | None:
    # read off the token table: a Token is built for the complement found only
    doc = tok.doc
    table = sx.table_of(doc)
    dep, pos, kids = table.dep, table.pos, table.children
    for c in kids(tok.i):
        if dep[c] in {"xcomp", "ccomp"} and pos[c] in {"VERB", "AUX"}:
            return doc[c]
    # "called for Ukraine to withdraw": a for-to clause right after the verb
    nxt = tok.i + 1
    if nxt < len(doc) and table.lower[nxt] == "for" and dep[nxt] == "mark":
        c = table.head[nxt]
        if table.head[c] == tok.i and dep[c] == "advcl" and pos[c] in {"VERB", "AUX"}:
            return doc[c]
    # "accused X of violating", "insisted on demanding": a gerund under a preposition.
    for c in kids(tok.i):
        if dep[c] == "prep":
            for g in kids(c):
                if dep[g] == "pcomp" and pos[g] == "VERB":
                    return doc[g]
    return None


_ADJ_DEPS = frozenset({"acomp", "amod", "attr", "ROOT", "conj"})


class Matcher:
    """Matches the tokens of a parsed sentence against a lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        # The words a trigger can start from, by part of speech (see candidates).
        self._verb_words = frozenset(
            {
                *lex.verbs,
                *lex.reverse,
                *lex.light,
                *lex.negators,
                *lex.intent,
                *lex.transparent,
                *_REHEARSING,
                *_ALERTING,
                *_LABELLING,
                *_FIRING,
                *_ORDERING,
            }
        )
        self._noun_words = frozenset(lex.nouns)
        self._adj_words = frozenset({*lex.intent, *lex.adjectives})

    def candidates(self, table: TokenTable, start: int, end: int) -> list[int]:
        """The tokens ``start`` to ``end - 1`` that :meth:`match` may find a trigger on.

        It finds none on any other: a verb needs its lemma among the lexicon's verbs (typed,
        reversal, light, negator, intent or transparent), a noun its lemma or form among the
        nouns, an adjective its form among the intent words or adjectives. Read off the
        document's token table, so most tokens are passed over without building a spaCy
        ``Token`` for them.
        """
        pos, lemma, lower, dep = table.pos, table.lemma_lower, table.lower, table.dep
        verbs, nouns, adjs = self._verb_words, self._noun_words, self._adj_words
        out = []
        for i in range(start, end):
            p = pos[i]
            if p == "VERB" or (p == "AUX" and lemma[i] != "be"):
                # (not a participle that describes a noun: "the besieged town", "a detained
                # journalist" tell of a state an earlier act left, no act of the sentence)
                if lemma[i] in verbs and dep[i] != "amod":
                    out.append(i)
            elif p == "NOUN" or p == "PROPN":
                if lemma[i] in nouns or lower[i] in nouns:
                    out.append(i)
            elif p == "ADJ" and dep[i] in _ADJ_DEPS and lower[i] in adjs:
                out.append(i)
        return out

    def match(self, tok: Token) -> Trigger | None:
        """The trigger carried by ``tok`` (verb, noun or adjective), or None."""
        pos = tok.pos_
        if pos == "VERB" or (pos == "AUX" and tok.lemma_ != "be"):
            return self.match_verb(tok)
        if pos in {"NOUN", "PROPN"}:
            e = match_noun(tok, self.lex)
            if e is None:
                return None
            return Trigger(e.type, e.cameo, e.mode, head=tok, anchor=tok, theme=tok, kind="noun")
        if pos == "ADJ" and tok.dep_ in _ADJ_DEPS:
            return self.match_adjective(tok)
        return None

    def match_adjective(self, tok: Token) -> Trigger | None:
        """Predicative adjectives: "opposed to", "ready to host", "guilty of violating"."""
        lemma = tok.lower_
        head = tok.head if tok.dep_ == "acomp" else tok
        if lemma in self.lex.intent:
            comp = _complement(tok)
            inner = self._inner(comp) if comp is not None else None
            if inner is not None:
                return self._intent(head, inner, comp)
        entries = self.lex.adjectives.get(lemma)
        if entries:
            hit = match_entry(tok, entries)
            if hit is not None:
                e, theme = hit
                comp = _complement(tok)
                trig = Trigger(
                    e.type,
                    e.cameo,
                    e.mode,
                    head=head,
                    anchor=comp or tok,
                    theme=theme,
                    kind="adjective",
                )
                if comp is not None:
                    trig.consumes.update(sx.subtree_ids(comp))
                return trig
        return None

    def _inner(self, comp: Token) -> Trigger | None:
        """The trigger of a complement clause, looking through transparent verbs."""
        t = self.match_verb(comp)
        return t

    def _intent(self, head: Token, inner: Trigger, comp: Token) -> Trigger:
        if inner.negated:
            # "We want to avoid a war", "wanted to prevent a war": the wish is that the act
            # not be done, no threat of it
            # (kept against the type model, which reads the wish as an agreement)
            inner.head = head
            inner.kind = "intent"
            inner.fixed = True
            inner.consumes.update(sx.subtree_ids(comp))
            return inner
        if inner.type in COOPERATIVE:
            type_, cameo, mode = "AGREE", "03", None
        elif inner.type in MATERIAL_CONFLICT:
            type_, cameo, mode = "THREATEN", "13", self.lex.threat_modes.get(inner.type)
        else:
            type_, cameo, mode = inner.type, inner.cameo, inner.mode
        trig = Trigger(
            type_, cameo, mode, head=head, anchor=inner.anchor, theme=inner.theme, kind="intent"
        )
        trig.converted = type_ != inner.type
        # ("was ready to impose sanctions on Ostrava": a threat, which the type model had
        # read as support at +5 off "ready")
        trig.fixed = type_ == "THREATEN"
        trig.consumes.update(sx.subtree_ids(comp))
        return trig

    def match_verb(self, tok: Token) -> Trigger | None:
        """Typed, light, reversal, intent, transparent and negator verbs, in that precedence."""
        lex = self.lex
        lemma = _hyphenated(tok, lex.verbs) or tok.lemma_.lower()
        if lemma in _PUBLISHING and (_published_text(tok) or released_no_one(tok)):
            # "a transcript released by the presidency", "released a new ad", "released his
            # tax returns": no one set free
            return None
        if lemma == "meet" and _met_with(tok):
            return None  # "provocations would be met with sanctions": the answer is the act
        shot = _warning_shot(tok) if lemma in _FIRING else None
        if shot is not None:
            # "fired a warning shot across the bow of a patrol vessel": force shown, not used
            # (CAMEO 15), at whatever the shot was fired toward
            trig = Trigger(
                "MOBILIZE",
                "15",
                None,
                head=tok,
                anchor=tok,
                theme=_shot_at(tok, shot),
                kind="verb",
                fixed=True,
            )
            trig.consumes.update(sx.subtree_ids(shot))
            return trig
        label = _label(tok) if lemma in _LABELLING else None
        if label is not None:
            # "called Dulas a criminal", "called the deal 'the finest piece of diplomacy'": a
            # label put on someone or something, no telephone call; an accusation in a word
            # of blame, praise in a word of praise, and no act in a label of neither ("called
            # the anniversary a reminder that ...")
            words = _label_words(label)
            blame = bool(words & _BLAME_LABELS)
            if not blame and not words & _PRAISE_LABELS:
                return None
            trig = Trigger(
                "ACCUSE" if blame else "SUPPORT",
                "11" if blame else "05",
                None,
                head=tok,
                anchor=tok,
                theme=sx.direct_object(tok),
                kind="verb",
                fixed=True,
            )
            trig.consumes.update(sx.subtree_ids(label))
            return trig
        told = (
            _told_to_act(tok)
            if lemma in _ORDERING
            # ("gave Ostrava until Friday to withdraw": an ultimatum, a demand of Ostrava)
            else _given_time_to_act(tok)
            if lemma == "give"
            else None
        )
        if told is not None and lemma in lex.verbs and match_entry(tok, lex.verbs[lemma]):
            told = None  # "ordered two diplomats to leave": an expulsion, by the lexicon
        if told is not None:
            # "Sallow told Kestria to withdraw its troops", "ordered Kestria to withdraw": a
            # demand made of the one told, not the act demanded (it had been a withdrawal by
            # Sallow, cooperation at +6.5)
            # (an ultimatum's "give" the model may read as aid: the rule's reading stands)
            trig = Trigger(
                "REQUEST", "10", None, head=tok, anchor=tok, theme=told, fixed=lemma == "give"
            )
            trig.consumes.update(sx.subtree_ids(told))
            return trig
        typed = match_entry(tok, lex.verbs[lemma]) if lemma in lex.verbs else None
        if typed is not None and (typed[0].objects or typed[0].part):
            return self._typed(tok, *typed)
        obj = sx.direct_object(tok)
        if lemma in _ALERTING:
            alert = next(
                (o for o in sx.prep_objects(tok, ("on",)) if o.lemma_.lower() == "alert"), None
            )
            if alert is not None:
                # "put its western military district on heightened alert": a raised alert
                # (CAMEO 15), the forces' owner's show of readiness. Not a lexicon entry
                # "put on >alert": its theme would be the alert, where the forces put on it
                # are what tells a show of force from aid (`coder._one_sides_force`)
                trig = Trigger("MOBILIZE", "15", None, head=tok, anchor=tok, theme=obj, kind="verb")
                trig.consumes.add(alert.i)
                return trig
        if lemma in _REHEARSING and obj is not None:
            ne = match_noun(obj, lex)
            if ne is not None and ne.type in {"ASSAULT", "COERCE"}:
                # "rehearsing an invasion", "practised an assault on a mock town": a show of
                # force, no attack
                trig = Trigger(
                    "MOBILIZE", "15", None, head=tok, anchor=obj, theme=obj, kind="light"
                )
                trig.consumes.update(sx.subtree_ids(obj))
                return trig
        for cls_name, cls in (("reverse", lex.reverse), ("light", lex.light)):
            if lemma not in cls:
                continue
            noun = obj
            part = cls[lemma]
            if part is not None:
                p = sx.particle(tok, part)
                if p is None:
                    noun = None
                elif p.dep_ in {"prep", "agent", "dative"}:
                    objs = sx.pobjs(p)
                    noun = objs[0] if objs else obj
            if noun is not None and noun.lemma_.lower() in SERIES_NOUNS:
                # "began a new round of joint exercises", "launched a wave of strikes".
                inner = sx.prep_objects(noun, ("of",))
                noun = inner[0] if inner else noun
            ne = match_noun(noun, lex) if noun is not None else None
            if ne is None:
                continue
            if cls_name == "reverse":
                return self._reverse(tok, noun, ne)
            trig = Trigger(
                ne.type, ne.cameo, ne.mode, head=tok, anchor=noun, theme=noun, kind="light"
            )
            trig.consumes.update(sx.subtree_ids(noun))
            return trig
        if lemma in lex.negators and (
            # "ruled out sending troops", not "ruled that ...": the particle must be there
            lex.negators[lemma] is None or sx.particle(tok, lex.negators[lemma]) is not None
        ):
            comp = _complement(tok)
            target = comp if comp is not None else obj
            if (
                comp is not None
                and comp.dep_ == "ccomp"
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in comp.children)
                and lemma == "deny"
            ):
                # "Marran denied that soldiers had been killed": the clause's act keeps its
                # own doer (here none), denied (``_Coder._denied``); the one who denies did
                # not do it ("denied that it planned an invasion" is read the same way)
                target = None
            if target is not None:
                inner = self.match(target)
                if comp is None and (
                    (
                        inner is not None
                        and (
                            inner.type in _VERBAL_ACTS_OF_OTHERS
                            # ("Ostrava dismissed the protest": Belvania's, turned away)
                            or (inner.type == "PROTEST" and lemma in {"dismiss", "deny"})
                        )
                    )
                    or (
                        inner is None and lemma == "deny" and target.lemma_.lower() in _PARTS_DENIED
                    )
                ):
                    # "dismissed the sanctions threat", "denied the accusations": someone else's
                    # words turned away (a rejection), no threat or accusation of the one who
                    # turns them away; "denies any role" in what it is blamed for
                    trig = Trigger("REJECT", "12", None, head=tok, anchor=tok, theme=target)
                    trig.consumes.update(sx.subtree_ids(target))
                    return trig
                if inner is not None and inner.type not in {"REJECT"}:
                    inner.head = tok
                    inner.negated = True
                    inner.denied = lemma == "deny"
                    inner.consumes.update(sx.subtree_ids(target))
                    return inner
        comp = _complement(tok)
        if comp is None and lemma in _DESIRE and obj is not None:
            # "wants a war", "did not want talks": the wish for the event its object
            # names, as "wants to fight" is (no one "wants a war" and fights one)
            ne = match_noun(obj, lex)
            if ne is not None:
                inner = Trigger(ne.type, ne.cameo, ne.mode, head=obj, anchor=obj, theme=obj)
                return self._intent(tok, inner, obj)
        if comp is not None and (lemma in lex.intent or lemma in lex.transparent):
            inner = self._inner(comp)
            if inner is not None:
                if lemma in lex.intent:
                    return self._intent(tok, inner, comp)
                inner.head = tok
                inner.kind = "transparent"
                inner.consumes.update(sx.subtree_ids(comp))
                return inner
        if typed is not None:
            return self._typed(tok, *typed)
        return None

    def _typed(self, tok: Token, e: Entry, theme: Token | None) -> Trigger:
        trig = Trigger(e.type, e.cameo, e.mode, head=tok, anchor=tok, theme=theme, kind="verb")
        if theme is not None and theme.pos_ in {"NOUN", "PROPN"}:
            # The object's own event noun is part of this event ("imposed sanctions").
            trig.consumes.add(theme.i)
        if e.type in VERBAL_TYPES:
            comp = _complement(tok)
            if comp is not None:
                trig.anchor = comp
                trig.consumes.update(sx.subtree_ids(comp))
            if theme is not None:
                trig.consumes.update(sx.subtree_ids(theme))
        if e.type == "ACCUSE":
            # "accused Tarnesse of shelling a border post, wounding four soldiers": the
            # participle goes on with the act alleged, no act of the accuser (the parser hangs
            # it on "accused")
            for c in tok.children:
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > tok.i:
                    trig.consumes.update(sx.subtree_ids(c))
        return trig

    def _reverse(self, tok: Token, noun: Token, ne: Entry) -> Trigger:
        type_, cameo, mode = REVERSED.get(ne.type, (ne.type, ne.cameo, ne.mode))
        if type_ == "CONCEDE" and noun.lemma_.lower() in RETREAT_OBJECTS:
            type_, cameo, mode = "RETREAT", "08", None
        trig = Trigger(type_, cameo, mode, head=tok, anchor=noun, theme=noun, kind="reverse")
        trig.consumes.update(sx.subtree_ids(noun))
        return trig
