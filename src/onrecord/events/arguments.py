"""Who acts on whom: the source and target of a trigger on the dependency parse.

:class:`ArgumentFinder` is the part of the coder (:mod:`onrecord.events.coder`) that finds a
trigger's source and target tokens and resolves them to actors; the rules and the evidence for
each are in ``docs/events.md`` ("Arguments"). Every rule looks at a token's neighbourhood in
the parse only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from onrecord.actors.pairs import pair_form
from onrecord.actors.places import PLACE_LABELS, place_countries
from onrecord.actors.scan import adjective_people
from onrecord.attribution.speakers import (
    OWNER_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUN_GENDER,
    people_word,
)
from onrecord.events import syntax as sx
from onrecord.nlp import doc_text, meeting_place

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from onrecord.attribution.speakers import PronounResolver
    from onrecord.events.lexicon import Lexicon
    from onrecord.events.triggers import Trigger
    from onrecord.record import Quote


# what a state does to someone on its ground: "was arrested in Rwanda", "were expelled from
# North Korea" are that state's acts; "was praised in Louisville" is no city's praise
_STATE_ACTS = frozenset({"COERCE", "ASSAULT", "SANCTION", "CONCEDE", "RETREAT"})


class ActorResolver(Protocol):
    """What the coder needs from :class:`onrecord.actors.ArticleActors`."""

    def resolve_span(self, start: int, end: int) -> str | None: ...


_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves", "theirs"})
# possessive pronouns that make a thing the owner's own ("its troops", "his foreign minister")
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
# reporting verbs whose clause's unmade act is the speaker's own ("warned that any attack
# would be met with force")
_WARNING = frozenset({"warn", "threaten", "vow"})


def _consequence(noun: Token) -> bool:
    """Is ``noun`` what something is met with or what someone faces ("would be met with
    sanctions", "would face sanctions")?"""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "with":
        return head.head.lemma_.lower() == "meet"
    return noun.dep_ == "dobj" and head.lemma_.lower() == "face"


# offices a party's or a state's adjective qualifies ("the Florida senator", "the Democratic
# nominee"): the one holding it, whom the resolver may know from the article
_ELECTED = frozenset(
    {"senator", "governor", "congressman", "congresswoman", "mayor", "nominee", "candidate"}
)
# how a state or a party qualifies an office ("the Florida senator", "the Democratic nominee")
_OFFICE_QUALIFIERS = frozenset({"compound", "amod", "nmod"})
# the nouns for one's own state ("his country", "our nation")
_HOMELAND = frozenset({"country", "nation"})


def _inside_marks(tok: Token, quote: Quote | None) -> bool:
    """Is ``tok`` in the quoted words of ``quote`` (all of a direct quote's; of a mixed one's,
    those after an odd number of marks in its segment)?"""
    if quote is None or quote.kind == "indirect":
        return False
    if quote.kind == "direct":
        return True
    text = doc_text(tok.doc)
    for start, end in quote.spans:
        if start <= tok.idx < end:
            return sum(text.count(m, start, tok.idx) for m in '"“”') % 2 == 1
    return False


def _someones_person(tok: Token) -> bool:
    """Is the noun ``tok`` a person someone's "his" or "her" relates to another ("his wife",
    "his presidential rival Laurent Gbagbo": a noun for a person, or one a name is set in
    apposition to)? Not a thing a body owns ("its cutter Amber Star")."""
    return any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in tok.children) and (
        tok.lemma_.lower() in PERSON_NOUNS
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
    )


def _where_talks_were(tok: Token) -> bool:
    """ "the talks in Geneva", "a meeting at the ministry": the place a word of meeting is in
    (a noun, not the verbs "held captive in Libya", "meet challenges in Pakistan")."""
    if not meeting_place(tok, travel=False):
        return False
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.head.pos_ == "NOUN"


SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
# acts whose target may be a place: where blows fall ("shelled Kharkiv", "killed at a church
# in Charleston") and where aid goes ("set up field hospitals in Louisiana")
_PLACES_ATTACKED = frozenset({"ASSAULT", "COERCE", "AID"})
SPEECH_NOUNS = frozenset(
    {
        "proposal",
        "offer",
        "demand",
        "appeal",
        "call",
        "invitation",
        "ultimatum",
        "request",
        "plan",
        "formula",
        "resolution",
        "initiative",
        "effort",
        "efforts",
        "decision",
        "policy",
        "position",
    }
)
NAMED_NOUNS = frozenset(
    {
        "accord",
        "agreement",
        "treaty",
        "deal",
        "process",
        "talks",
        "summit",
        "pact",
        "protocol",
        "format",
    }
)
UNDERGO_VERBS = frozenset(
    """face suffer receive get undergo endure survive escape avoid withstand fear risk
    experience see welcome condemn denounce criticize criticise deny reject dismiss support back
    favor favour oppose endorse approve applaud praise hail""".split()
)
"""Verbs whose subject undergoes (or judges) the act its object names, rather than doing it
("Republican voters support a temporary ban": they do not ban)."""
RECEIVE_VERBS = frozenset({"face", "receive", "suffer", "get", "draw", "endure"})
"""Verbs whose subject receives the act its object names from someone ("from"/"by")."""
AUTHOR_PREPS = ("from", "by")
CONDITION_MARKS = frozenset({"until", "unless", "if", "till"})
HELP_VERBS = frozenset({"help", "assist", "support", "aid", "protect", "rescue", "relieve"})
MUTUAL_NOUNS = frozenset({"agreement", "deal", "accord", "consensus", "compromise", "settlement"})
"""Objects that make coordinated subjects act on each other ("X and Y failed to reach a deal")."""
ADJECTIVAL_PASSIVES = frozenset(
    {"head", "set", "schedule", "expect", "due", "poise", "suppose", "slate", "deploy", "station"}
)
"""Verbs whose agentless passive subject is the actor ("X is set to meet", "2,000 soldiers were
deployed"): forces deployed or stationed are the ones acting, not acted upon."""
DEEP_PLACE_PREPS = ("to", "in", "into", "inside", "against", "on", "of", "for")
"""Prepositions followed down to a place when a trigger has no nearer target."""


# what makes a conjunct's own description ("Syrian helicopters", "rebel tanks", "its ships")
_OWN_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})


def _depth(tok: Token) -> int:
    """How many steps up the parse from ``tok`` to its sentence's root (at most 50), read off
    the token table's heads (``tok.head`` builds a Token at every step)."""
    heads = sx.table_of(tok.doc).head
    i, d = tok.i, 0
    while heads[i] != i and d < 50:
        i = heads[i]
        d += 1
    return d


# verbs whose subject undergoes or answers an act its adjunct names
# verbs of a journey the lexicon reads as a visit ("went to Ostrava", "flew to Sarn")
JOURNEY_VERBS = frozenset({"go", "travel", "fly", "arrive", "visit"})
SUFFERING_VERBS = frozenset(
    {
        "die",
        "perish",
        "succumb",
        "drown",
        "starve",
        "suffer",
        "flee",
        "escape",
        "survive",
        "walk",
        "storm",
        "protest",
        "complain",
        "mourn",
        "shelter",
        "hide",
        "evacuate",
        "wound",
        "injure",
    }
)


# prepositions that set an event noun apart from the clause it hangs on: the clause's subject
# takes a stand on the act or speaks of it, and does not do it
APART = frozenset({"against", "about", "of", "over", "despite", "regarding", "concerning"})
# prepositions that give a clause's time by an event noun
WHEN = frozenset({"after", "before", "since", "following", "during", "amid", "until"})
# the conflicts (penta 3 and 4) whose doer a clause of that time does not name
_CONFLICT = frozenset("""ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT""".split())


def adjunct_prep(noun: Token) -> str | None:
    """The preposition by which an event noun hangs on a clause's verb ("spoke *after* the
    attack", "campaigned *against* the war"), lower-cased; None when it hangs otherwise."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in {"VERB", "AUX"}:
        return prep.lower_
    return None


class ArgumentFinder:
    """Source and target search, mixed into the coder.

    Expects ``actors`` (an :class:`ActorResolver`), ``lex``, ``ent_at`` (token index -> its
    entity's character span), ``_cache`` (span -> actor id), ``_nouns`` (token index -> the
    actor id :meth:`resolve` gave that noun phrase head), ``last_subject`` and
    ``last_subject_plural`` (whether it may be a "they"), ``pronouns`` (the attribution stage's
    pronoun resolver, or None) and ``_pronoun_refs`` (token index -> the person a he or she
    was read to stand for).
    """

    actors: ActorResolver
    lex: Lexicon
    ent_at: dict[int, tuple[int, int]]
    _cache: dict[tuple[int, int], str | None]
    _nouns: dict[int, str | None]
    last_subject: list[str]
    last_subject_plural: bool
    speaker_at: dict[int, str]
    pronouns: PronounResolver | None
    _pronoun_refs: dict[int, str | None]
    quote_at: Callable[[Token], Quote | None]

    # ---- actors -------------------------------------------------------------------------
    def _span_id(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self._cache:
            self._cache[key] = self.actors.resolve_span(start, end)
        return self._cache[key]

    def resolve(self, tok: Token, quote: Quote | None) -> str | None:
        """The actor id of a noun phrase head (pronouns through quotes and reporters)."""
        low = tok.lower_
        if tok.pos_ == "PRON":
            if quote is not None and low in sx.PRONOUNS_FIRST:
                return quote.speaker.actor if quote.speaker else None
            if quote is not None and low in sx.PRONOUNS_SECOND:
                return quote.addressee.actor if quote.addressee else None
            if low in sx.PRONOUNS_THIRD:
                spoke = self.speaker_at.get(tok.idx)
                if spoke is not None:
                    return spoke  # a statement's speaker, as the attribution stage read it
                # (never in a speaker's own quoted words, where he is "I" and they are others:
                # '"They attacked our post," Sandor said')
                rep = None if _inside_marks(tok, quote) else self._reporter(tok)
                if rep is not None:
                    ids = [i for i in (self.resolve(r, quote) for r in rep) if i]
                    if ids:
                        return ids[0]
                elif self._speech_without_subject(tok, quote):
                    # "Sandor, asked whether ..., said he was ready": the parser gave the
                    # reporting verb no subject; the statement's speaker is its subject
                    return quote.speaker.actor  # type: ignore[union-attr]
                if low in PERSON_PRONOUN_GENDER:  # (he, him, his, she, her: one person)
                    return self._person_pronoun(tok, quote)
                if (
                    low not in {"it", "its", "itself"}
                    and self.last_subject
                    and (self.last_subject_plural or low not in _PLURAL_PRONOUNS)
                ):
                    # ("since they restored relations" after "Voss defended the measures":
                    # "they" is no one person)
                    return self.last_subject[0]
            return None
        home = self._owners_country(tok, quote) or self._speakers_government(tok, quote)
        if home is not None:
            return home
        # Any other head names the same actor (or none) each time it is asked, whatever the
        # quote or the sentences coded so far: worked out once per token (the target search
        # asks again of the same heads).
        if tok.i not in self._nouns:
            self._nouns[tok.i] = self._resolve_noun(tok)
        return self._nouns[tok.i]

    def resolve_all(self, tok: Token, quote: Quote | None) -> list[str | None]:
        """The actor ids a noun phrase head names: the parties of a pair it stands for ("the
        two countries agreed", "urged both governments": ``pair_parties``, when the resolver
        can say), else the one :meth:`resolve` gives."""
        pair_parties = getattr(self.actors, "pair_parties", None)
        if pair_parties is not None and tok.lower_ not in sx.PRONOUNS_THIRD:
            pair = pair_parties(tok.i)
            if pair:
                return [actor for actor, _, _ in pair]
        return [self.resolve(tok, quote)]

    def _person_pronoun(self, tok: Token, quote: Quote | None) -> str | None:
        """The person a "he" or "she" (him, his, her) that speaks no statement stands for,
        read by the rules the attribution stage reads a pronoun speaker by (the nearest
        earlier speaker or narrative subject of the pronoun's gender: "Sanders's victory,
        which Clinton conceded, confirmed the strength of his appeal" is Sanders's), never
        an organisation, a group or a state ("The Interior Ministry accused the opposition.
        She rejected the charge" names no one), nor, in a speaker's own quoted words, the
        speaker ("“He will say things no one else will,” said Kevin Madden"). Without the
        attribution stage's resolver, the subject of the last act coded, if a person."""
        if tok.i in self._pronoun_refs:
            return self._pronoun_refs[tok.i]
        actor = (
            (self.last_subject[0] if self.last_subject else None)
            if self.pronouns is None
            else self._antecedent(tok, self.pronouns)
        )
        kind_of = getattr(self.actors, "kind_of", None)
        # (the quotation that holds the pronoun: a target is searched for without its act's)
        held = quote if quote is not None else self.quote_at(tok)
        if actor is not None and (
            (kind_of is not None and kind_of(actor) != "person")
            or (
                _inside_marks(tok, held)
                and held is not None
                and held.speaker is not None
                and held.speaker.actor == actor
            )
        ):
            actor = None
        self._pronoun_refs[tok.i] = actor
        return actor

    def _antecedent(self, tok: Token, pronouns: PronounResolver) -> str | None:
        """The actor the resolver reads the he or she ``tok`` to stand for: the subject named
        after a fronted clause that holds it ("As a part of his plea, Marcel Lazar said"),
        else the one the attribution stage's rules find before it, of the pronoun's gender
        where the surname is two people's."""
        fronted = getattr(self.actors, "fronted_person", None)
        actor = fronted(tok) if fronted is not None else None
        if actor is not None:
            return actor
        nominative = OWNER_PRONOUNS.get(tok.lower_, tok.lower_)  # ("his": read as "he")
        ref = pronouns.resolve(nominative, tok.idx)
        actor = self._span_id(*ref) if ref is not None else None
        of_gender = getattr(self.actors, "of_the_pronouns_gender", None)
        if actor is not None and of_gender is not None:
            actor = of_gender(nominative, actor)
        return actor

    def _speech_without_subject(self, tok: Token, quote: Quote | None) -> bool:
        """Is ``tok`` in the clause of a reporting verb with no subject of its own, in an
        indirect statement whose speaker is known?"""
        if quote is None or quote.kind != "indirect" or quote.speaker is None:
            return False
        verb = self.reported_by(tok)
        return verb is not None and not sx.subject_of(verb)[0]

    def _speakers_government(self, tok: Token, quote: Quote | None) -> str | None:
        """ "the government" with nothing to say whose, in the words of a speaker of a state
        ("Arden said the government had paid far too high a price by releasing two Ostravan
        officers"): the speaker's state's, not that of the country the sentence names next,
        when the resolver can say it (``home_government``)."""
        home_government = getattr(self.actors, "home_government", None)
        if (
            home_government is None
            or quote is None
            or quote.speaker is None
            or quote.speaker.actor is None
            or tok.lower_ != "government"
            or [c.lower_ for c in tok.children] != ["the"]
        ):
            return None
        return home_government(quote.speaker.actor)

    def _owners_country(self, tok: Token, quote: Quote | None) -> str | None:
        """ "his country", "our nation": the country of the one the possessive pronoun stands
        for ("Orlin told AFP that his country had no intention of attacking anyone"), when the
        resolver can say it (``home_country``); "our troops", "our armed forces" in a
        speaker's words: that state's group of that name (``home_group``). None otherwise."""
        home_country = getattr(self.actors, "home_country", None)
        if home_country is None or tok.pos_ != "NOUN":
            return None
        homeland = tok.lemma_.lower() in _HOMELAND
        if not homeland and tok.dep_ == "compound":
            return None
        # (the children's labels off the token table: a Token for the possessor only)
        table = sx.table_of(tok.doc)
        deps, poses = table.dep, table.pos
        k = next(
            (c for c in table.children(tok.i) if deps[c] == "poss" and poses[c] == "PRON"), None
        )
        if k is None:
            return None
        poss = tok.doc[k]
        # "our troops" in a speaker's words; "its troops" of a state anywhere ("Ostrava denied
        # that its troops had shelled the village")
        own = quote is not None and poss.lower_ in {"our", "my"}
        if not homeland and not own and not (poss.lower_ == "its" and tok.tag_ == "NNS"):
            return None
        owner = self.resolve(poss, quote)
        if owner is None:
            return None
        if homeland:
            return home_country(owner)
        home_group = getattr(self.actors, "home_group", None)
        words = tok.doc[poss.i + 1 : tok.i + 1]
        if home_group is None or any(t.ent_type_ or t.pos_ == "PROPN" for t in words):
            return None  # ("our Kestrian partners": of the state named)
        return home_group(owner, words.text)

    def _resolve_noun(self, tok: Token) -> str | None:
        """:meth:`resolve` for a head that is no pronoun."""
        pair_parties = getattr(self.actors, "pair_parties", None)
        pair = pair_parties(tok.i) if pair_parties is not None else None
        if pair:
            return pair[0][0]  # "the two countries": a party (resolve_all gives each)
        if not sx.is_actor_like(tok):
            # "Thousands of students", "some of the rebels": a quantity of actors.
            if tok.pos_ in {"NUM", "NOUN"} and any(
                sx.is_actor_like(o) for o in sx.prep_objects(tok, ("of",))
            ):
                return self._span_id(*sx.mention_span(tok))
            return None
        if (
            tok.ent_type_ not in sx.ACTOR_ENTS
            and tok.pos_ != "PROPN"
            and tok.lemma_.lower() not in sx.ACTOR_NOUNS
        ):
            named = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "appos" and c.i > tok.i and c.ent_type_ in sx.ACTOR_ENTS
                ),
                None,
            )
            if named is not None:
                # "Petrova's boss, Foreign Minister Ana Voss": the one the apposition names,
                # not the possessor
                return self._span_id(*sx.mention_span(named))
            mod = sx.entity_modifier(tok)
            if (
                mod is None
                and tok.dep_ == "conj"
                and not any(c.dep_ in _OWN_MODIFIERS for c in tok.children)
            ):
                # "U.S. military aircraft, helicopters and vessels": a bare conjunct is of
                # the country the first one names
                first = tok
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head
                mod = sx.entity_modifier(first)
            if mod is not None:
                ent = self.ent_at.get(mod.i)
                by_mod = (
                    self._span_id(*ent)
                    if ent is not None
                    else self._span_id(mod.idx, mod.idx + len(mod.text))
                )
                if (
                    not (tok.tag_ == "NNS" and people_word(tok))
                    and tok.lemma_.lower() not in _ELECTED
                ) or not (adjective_people(mod.text) is not None or self._a_group_word(by_mod)):
                    return by_mod
                # "Democratic voters", "Democratic leaders in Congress": the whole phrase is
                # the group, not all the party's or the faith's people its adjective stands for
                # ("Democrats"), nor a group the adjective alone names; and "the Florida
                # senator" the senator the article placed there (or no one, not Florida)
        return self._span_id(*sx.mention_span(tok))

    def _a_group_word(self, actor: str | None) -> bool:
        """Is ``actor`` a group named by an adjective alone ("Democratic", "Republican"), as
        the resolver (when it can say) makes of an adjective it knows no state for?"""
        kind_of = getattr(self.actors, "kind_of", None)
        name_of = getattr(self.actors, "name_of", None)
        if actor is None or kind_of is None or name_of is None or kind_of(actor) != "group":
            return False
        name = name_of(actor) or ""
        return " " not in name and not name.endswith("s")

    # The two walks up the parse below read the heads and labels off the token table:
    # ``tok.head`` builds a new Token at every step, and the walks climb from every trigger.
    def _reporter(self, tok: Token) -> list[Token] | None:
        """Subjects of the reporting verb whose complement contains ``tok`` ("Iraq said it...")."""
        doc = tok.doc
        t = sx.table_of(doc)
        heads, deps, lemmas, pos = t.head, t.dep, t.lemma, t.pos
        cur = tok.i
        for _ in range(8):
            head = heads[cur]
            if head == cur:
                return None
            if deps[cur] == "ccomp" and lemmas[head].lower() in self.lex.report:
                subj, _ = sx.subject_of(doc[head])
                return subj or None
            if deps[cur] == "ccomp" and pos[head] in {"VERB", "AUX"}:
                # "are prepared ... that they": the clause a pronoun subject sits in.
                subj, _ = sx.subject_of(doc[head])
                if subj and all(s.lower_ not in sx.PRONOUNS_THIRD for s in subj):
                    return subj
            cur = head
        return None

    def reported_by(self, tok: Token) -> Token | None:
        """The reporting verb governing the clause of ``tok``, if any."""
        t = sx.table_of(tok.doc)
        heads, deps, lemmas = t.head, t.dep, t.lemma
        cur = tok.i
        for _ in range(8):
            head = heads[cur]
            if head == cur:
                return None
            if deps[cur] in {"ccomp", "conj"} and lemmas[head].lower() in self.lex.report:
                return tok.doc[head]
            cur = head
        return None

    # ---- arguments ----------------------------------------------------------------------
    def sources(self, trig: Trigger) -> list[Token]:
        head = trig.head
        if trig.kind == "noun" and head.pos_ not in {"VERB", "AUX"}:
            return self._noun_sources(head, trig.type)
        # (an event noun a negator verb took over: "Belvania ruled out talks" is Belvania's)
        received = _received_from(trig)
        if received or receiving(trig):
            # ("Voss said she had received threats": the one who receives them made none)
            return received
        subj, passive = sx.subject_of(head)
        subj = [x for s in subj for x in split_parties(s)]
        if passive and not subj and head.lemma_.lower() in ADJECTIVAL_PASSIVES:
            subj = (
                sx.conjuncts(sx.first_child(head, {"nsubjpass"}))
                if sx.first_child(head, {"nsubjpass"})
                else []
            )
        elif passive and not subj and sx.is_passive(head):
            # "were killed when ISIL launched an attack", "was released after Kiir pardoned
            # him": with no agent, the one whose act the clause reports; else "was arrested in
            # Rwanda", "were expelled from North Korea": the state where (or from where) it
            # was done.
            subj = [
                x
                for c in head.children
                if c.dep_ == "advcl"
                and any(m.lower_ in {"after", "when", "as"} for m in c.children)
                and not sx.is_passive(c)
                for x in [sx.first_child(c, sx.SUBJ_DEPS)]
                if x is not None and sx.is_actor_like(x) and x.pos_ != "PRON"
            ][:1] or [
                o
                for o in sx.prep_objects(head, ("in", "from"))
                if o.ent_type_ == "GPE" and o.dep_ == "pobj"
            ][: 1 if trig.type in _STATE_ACTS else 0]
        if not subj and trig.kind == "light" and trig.theme is not None:
            # "voiced his strong support of Mnangagwa", the subject lost to a misparse: the
            # owner of a light verb's own noun is who does it
            owner = sx.first_child(trig.theme, {"poss"})
            subj = sx.conjuncts(owner) if owner is not None else []
        return subj

    def _noun_sources(self, noun: Token, type_: str | None = None) -> list[Token]:
        """The doers of an event noun: its possessor, its "by" agent, its actor modifier, the
        subject of the verb whose object it is, or of the clause it is an adjunct of. ``type_``,
        the event's type, where known: a clause around a conflict ("spoke after the attack",
        "lived there during the war") is not the conflict's doing."""
        for c in noun.children:
            if c.dep_ == "poss":
                return sx.conjuncts(c)
        agents = sx.prep_objects(noun, ("by",))
        if agents:
            return agents
        mod = sx.entity_modifier(noun)
        if (
            mod is not None
            and mod.dep_ != "poss"
            and not (mod.ent_type_ == "GPE" and noun.lemma_.lower() in NAMED_NOUNS)
            # ("the Orlando attack", "the San Bernardino shooting": a city or a province is
            # where the act happened, not who did it)
            and not self._local_place(mod)
        ):
            # "Russian attack", "U.S. sanctions"; but "the Minsk accords" is a name, not an agent.
            return [mod]
        # The object of an uncoded verb: "the court ordered an investigation against X", "the
        # EU is prolonging sanctions". Its subject acts, unless the verb makes it undergo the
        # act ("Iran faces sanctions", "received an invitation").
        gov = noun.head
        if noun.dep_ == "dobj" and gov.pos_ in {"VERB", "AUX"}:
            if gov.lemma_.lower() in RECEIVE_VERBS:
                # "faces criticism from the U.N.", "received an invitation from Putin".
                return (
                    sx.prep_objects(noun, AUTHOR_PREPS)
                    or sx.prep_objects(gov, AUTHOR_PREPS)
                    or self._warner(noun)
                )
            if gov.lemma_.lower() not in UNDERGO_VERBS:
                subj, passive = sx.subject_of(gov)
                if subj and not passive:
                    return [x for s in subj for x in split_parties(s)]
        # An event noun in an adjunct of an uncoded clause: "At a meeting in Kyiv, A and B ...".
        prep = adjunct_prep(noun)
        if (
            prep is not None
            # ("soldiers died in a drone strike", "Belvania walks out over shelling": who dies
            # in an act or walks out over it is no party to its doing)
            and noun.head.head.lemma_.lower() not in SUFFERING_VERBS
            # ("campaigned against the war", "wrote about the invasion", "warned of an
            # attack": a stand on the act or its topic, not the act)
            and prep not in APART
            # ("spoke to reporters after the attack", "lived in Kessin during the war":
            # the time of a clause, not its subject's blows; "after talks with Sarn" are
            # still the talks of the one who then speaks)
            and not (prep in WHEN and type_ in _CONFLICT)
        ):
            subj, passive = sx.subject_of(noun.head.head)
            if not passive:
                return subj
            if noun.head.head.lemma_.lower() in ADJECTIVAL_PASSIVES:
                sp = sx.first_child(noun.head.head, {"nsubjpass"})
                return sx.conjuncts(sp) if sp is not None else []
        return self._warner(noun)

    def _warner(self, noun: Token) -> list[Token]:
        """ "Voss warned that further provocations would be met with sanctions", "... that
        Sarnia would face sanctions": the consequence a warning holds out is the warner's (not
        any act it names: "warned that an invasion could begin" is another's)."""
        verb = self.reported_by(noun)
        if verb is not None and verb.lemma_.lower() in _WARNING and _consequence(noun):
            return self._reporter(noun) or []
        return []

    def targets(self, trig: Trigger, sources: list[Token]) -> list[Token]:
        exclude = {s.i for s in sources}
        for s in sources:
            # the tokens of doc.char_span(*mention_span(s)), off the token table: no Span,
            # and no Token for each word
            span = sx.table_of(s.doc).char_tokens(*sx.mention_span(s))
            if span is not None:
                exclude.update(range(*span))
        found: list[Token] = []

        src_ids = {i for i in (self.resolve(t, None) for t in sources) if i}

        def take(cands: list[Token]) -> bool:
            for c in cands:
                if c.i not in exclude and c not in found and pair_form(c) is not None:
                    # "called on both sides to freeze all movement": the pair is the target,
                    # its parties or no one known (resolve_all), never a word further on
                    found.append(c)
                    continue
                if (
                    c.i in exclude
                    or not sx.is_actor_like(c)
                    or _own_forces(c)
                    or _deployed_forces(c)
                    # "backing the Florida senator": the senator, whoever the article makes
                    # of him, not Florida
                    or (c.dep_ in _OFFICE_QUALIFIERS and c.head.lemma_.lower() in _ELECTED)
                ):
                    continue
                if c.dep_ == "poss" and c.lower_ in sx.PRONOUNS_THIRD:
                    # "lifted its blockade of Yemen": a possessive pronoun that names no one
                    # else than the source does not end the search.
                    ref = self.resolve(c, None)
                    if ref is None or ref in src_ids:
                        continue
                if c.pos_ != "PRON" and self.resolve(c, None) is None:
                    # "killed 81 people in Nigeria": a noun no actor answers to does not end
                    # the search; the place or party further on may be the target.
                    continue
                found.extend(x for x in sx.conjuncts(c) if x.i not in exclude and x not in found)
            return bool(found)

        if trig.type not in _PLACES_ATTACKED:
            # a state, a province or a city a phrase names is where the act happened, no party
            # to it ("campaigning in South Carolina", "a meeting in Cedar Rapids, Iowa", "the
            # next contest in Nevada"); one the verb takes is ("sued North Carolina"), and a
            # capital standing for its state is that state, no place of this kind
            take_parties = take

            deps = sx.table_of(trig.head.doc).dep  # (each candidate's label off the table)

            def take(cands: list[Token]) -> bool:
                return take_parties(
                    [c for c in cands if not (deps[c.i] == "pobj" and self._local_place(c))]
                )

        if trig.kind == "verb" and trig.head.lemma_.lower() in JOURNEY_VERBS:
            # a state, a province or a city of one's own country (or of no country known) is
            # where a visit went, no party to it ("Sanders and Clinton both visited
            # Wilmington"), whatever the verb takes; a foreign one is ("Mexico's top diplomat
            # will visit California")
            take_journey = take
            country_of = getattr(self.actors, "country_of", None)
            homes = {h for h in (country_of(i) for i in src_ids) if h} if country_of else set()

            def at_home(c: Token) -> bool:
                countries = self._local_countries(c)
                return bool(countries) and (not homes or not homes.isdisjoint(countries))

            def take(cands: list[Token]) -> bool:
                return take_journey([c for c in cands if not at_home(c)])

        if trig.type == "CONSULT":
            # where a meeting happened is no party to it: a building ("held at the Bolshoi
            # Theater"), or any place when no one is named meeting there (the headline "Talks
            # in Geneva"); with a source, a city stays the counterpart, as the gold records
            # take it ("held several meetings in Baghdad")
            take_any = take

            def take(cands: list[Token]) -> bool:
                return take_any(
                    [
                        c
                        for c in cands
                        if not (
                            meeting_place(c, travel=False) and (not sources or c.ent_type_ != "GPE")
                        )
                    ]
                )

        else:
            # where talks or a meeting were held is no party to any other act on them either
            # ("walked out of the talks in Geneva")
            take_all = take

            def take(cands: list[Token]) -> bool:
                return take_all([c for c in cands if not _where_talks_were(c)])

        self._targets(trig, take, found)
        for t in list(found):
            found.extend(x for x in self._led_by(t) if x not in found)
        return found

    def _local_place(self, tok: Token) -> bool:
        """Is ``tok`` a place below a country (:meth:`_local_countries`)?"""
        return bool(self._local_countries(tok))

    def _local_countries(self, tok: Token) -> tuple[str, ...]:
        """The countries a place below a country may lie in, by the gazetteer, when ``tok`` is
        one: a state, a province or a city the knowledge base does not list as standing for
        its state (an actor of kind ``group`` whose name the place gazetteer knows); () for
        anything else."""
        span = self.ent_at.get(tok.i)
        kind_of = getattr(self.actors, "kind_of", None)
        if span is None or kind_of is None or tok.ent_type_ not in PLACE_LABELS:
            return ()
        actor = self.resolve(tok, None)
        if actor is None or kind_of(actor) != "group":
            return ()
        return place_countries(doc_text(tok.doc)[span[0] : span[1]])

    def _targets(self, trig: Trigger, take, found: list[Token]) -> list[Token]:  # type: ignore[no-untyped-def]
        """Fill ``found`` (through ``take``) from the first argument position that has actors."""
        head, anchor, theme = trig.head, trig.anchor, trig.theme
        verbs = [head] if anchor == head else [head, anchor]
        # the verbs' children, labels and lemmas off the token table: a Token only for a
        # child taken (``v.children`` builds one for each, walking the verb's whole span)
        doc = head.doc
        table = sx.table_of(doc)
        deps, lemmas, lowers = table.dep, table.lemma, table.lower
        if _received_from(trig) or (
            trig.kind == "noun"
            and head.dep_ == "dobj"
            and head.head.lemma_.lower() in RECEIVE_VERBS
            and sx.prep_objects(head, AUTHOR_PREPS) + sx.prep_objects(head.head, AUTHOR_PREPS)
        ):
            # "Iran's government faces criticism from the U.N.": who receives it is the target.
            verb = head if trig.kind == "light" else head.head
            subj, passive = sx.subject_of(verb)
            if not passive and take(subj):
                return found
        if (
            anchor != head
            and (
                anchor.dep_ == "ccomp"
                # "called for Ukraine to withdraw"
                or (anchor.dep_ == "advcl" and any(c.lower_ == "for" for c in anchor.children))
            )
            and trig.type in {"REQUEST", "REJECT", "ACCUSE"}
        ):
            # "demanded that Kyiv negotiate": the one asked to act is the target.
            subj = sx.first_child(anchor, sx.SUBJ_DEPS)
            if subj is not None and take([subj]):
                return found
        if trig.kind != "noun" and sx.is_passive(head):
            sp = sx.first_child(head, {"nsubjpass"})
            if sp is not None and take([sp]):
                return found
        if trig.type in SYMMETRIC:
            # "discussed Libya with Trump": the partner, not the topic.
            for v in verbs:
                if take(sx.prep_objects(v, ("with",))):
                    return found
        if (
            theme is not None
            and trig.kind in {"verb", "model"}
            and (table.head[theme.i] == head.i or table.head[theme.i] in table.children(head.i))
        ):
            # The verb's own object or particle object: "expelled two diplomats", "called on X".
            if take([theme]):
                return found
        for v in verbs:
            if v.pos_ in {"VERB", "AUX", "ADJ"}:
                # ("oprd": "called Turkey President Erdogan", a name parsed as a predicate)
                obj = sx.first_child(v, {"dobj", "dative", "iobj", "oprd"})
                if obj is not None and obj != theme and take([obj]):
                    return found
        if head.dep_ == "xcomp" and head.head.pos_ in {"VERB", "AUX"}:
            # "pressured lecturers to cancel the strike", "urged Iran to release": the one
            # made or asked to act (the governing verb's object) is acted upon.
            obj = sx.first_child(head.head, {"dobj"})
            if obj is not None and take([obj]):
                return found
        if (
            theme is not None
            and theme != head
            and trig.kind != "noun"
            and self.resolve(theme, None) is None
        ):
            # "refuted Trump's comments", "condemned the Israeli Prime Minister's declaration":
            # the owner of the act or words a verb answers is the one acted upon.
            owners = [
                c
                for c in theme.children
                if c.dep_ == "poss"
                and c.pos_ != "PRON"
                # "his administration's commitment": the source's own side
                and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
            ]
            if take(owners):
                return found
        for v in verbs:
            # "refused to allow two airlines to land": the one let, made or asked to act.
            for k in table.children(v.i):
                if deps[k] == "ccomp" and lemmas[k].lower() not in self.lex.report:
                    subj = sx.first_child(doc[k], sx.SUBJ_DEPS)
                    if subj is not None and subj.pos_ != "PRON" and take([subj]):
                        return found
        speech_theme = theme is not None and theme.lemma_.lower() in SPEECH_NOUNS
        if theme is not None and speech_theme and self._authors(theme, take):
            return found
        for v in verbs:
            if take(sx.prep_objects(v, sx.ACT_PREPS)):
                return found
        for v in verbs:
            # "refused to respond to a request from Haaretz": who made the request.
            for o in sx.prep_objects(v, sx.TARGET_PREPS):
                if o.lemma_.lower() in SPEECH_NOUNS and self._authors(o, take):
                    return found
        if theme is not None and take(
            sx.prep_objects(theme, sx.ACT_PREPS + ("of",) if trig.kind == "noun" else sx.ACT_PREPS)
        ):
            return found
        # What the act is about ("over"), only when no other preposition of the verbs or the
        # theme names a party: "called for sanctions against Ostrava over the Marr case" are
        # against Ostrava, not Marr; "went to war over Lorvik" is over Lorvik.
        for t in (*verbs, *([theme] if theme is not None else [])):
            if take(sx.prep_objects(t, sx.TOPIC_PREPS)):
                return found
        if theme is not None:
            # (the owner of a light verb's own noun does the act: "voiced his support of X";
            # a person has no author: "arrested his presidential rival Laurent Gbagbo" is not
            # aimed at the one "his" stands for)
            if self._authors(
                theme, take, owner=trig.kind != "light" and not _someones_person(theme)
            ):
                return found
            if take(self._deep(theme)):
                return found
            if theme != head and theme.ent_type_ in sx.ACTOR_ENTS and take([theme]):
                return found
        # The object of the verb (or of its complement) that names no actor itself: its
        # prepositional phrase may ("refuses to lift the ban on Cypriot ships", "close all
        # borders with Iraqi Kurdistan").
        for v in verbs:
            obj = sx.first_child(v, {"dobj"})
            if obj is not None and obj != theme:
                if take(sx.prep_objects(obj, sx.TARGET_PREPS + ("of",))):
                    return found
        for v in verbs:
            # "mobilized the army for a ground assault against X", "began an operation
            # against X": down the verb's prepositional phrases.
            if take(self._deep(v)):
                return found
        gov = head.head
        if trig.kind == "noun" and head.dep_ == "dobj" and gov.pos_ in {"VERB", "AUX"}:
            # "reduced military aid to Argentina": the recipient hangs on the governing verb.
            if take(sx.prep_objects(gov, ("to", "with", "against", "on", "for", "from"))):
                return found
        between = [
            o
            for v in (*verbs, *(t for t in [theme] if t is not None))
            for o in sx.prep_objects(v, ("between",))
        ]
        if take(between):
            return found
        # "will not lift the embargo until Cuba undertakes reforms", "if Israel does not give":
        # the party whose act the condition waits for is the one acted upon.
        cond = [
            subj
            for v in verbs
            for c in (
                doc[k]
                for k in table.children(v.i)
                if deps[k] == "advcl"
                and any(lowers[m] in CONDITION_MARKS for m in table.children(k))
            )
            # "until their demands are met by the palestinian authorities": the agent
            for subj in (
                sx.prep_objects(c, ("by",))
                if sx.is_passive(c)
                else [sx.first_child(c, sx.SUBJ_DEPS)]
            )
            if subj is not None
        ]
        if take(cond):
            return found
        # "sent troops to help the Philippines army", "donated ventilators to assist Ethiopia":
        # the one a purpose clause helps.
        helped = [
            obj
            for v in verbs
            for k in table.children(v.i)
            if deps[k] in {"xcomp", "advcl"} and lemmas[k].lower() in HELP_VERBS
            for obj in [sx.first_child(doc[k], {"dobj"})]
            if obj is not None
        ]
        if take(helped):
            return found
        places = [
            o
            for v in (*verbs, *(t for t in [theme] if t is not None))
            for o in sx.prep_objects(v, sx.PLACE_PREPS)
        ]
        if take([p for p in places if p.ent_type_ == "GPE"]):
            return found
        gov = head.head
        if head.dep_ in {"xcomp", "advcl"} and gov.i != head.i and gov.pos_ in {"VERB", "AUX"}:
            # A purpose clause: "sent experts to Riyadh to investigate" acts on the governing
            # verb's recipient.
            obj = sx.first_child(gov, {"dative", "iobj"})
            take(
                ([obj] if obj is not None else [])
                + sx.prep_objects(gov, ("to", "with", "against", "on"))
            )
            if found:
                return found
        # Nothing nearer: the country or city the act is aimed at or happens in, down a chain
        # of prepositional phrases ("sent peacekeepers to help the force in Somalia", "aid to
        # people in northeast Nigeria"); the gold records take that place as the target.
        take(self._deep_places([*verbs, *(t for t in [theme] if t is not None)]))
        return found

    @staticmethod
    def _deep_places(starts: list[Token]) -> list[Token]:
        """Places (GPE entities) objects of a preposition under ``starts``, the nearest first."""
        seen: set[int] = set()
        found: list[tuple[int, int, Token]] = []
        for s in starts:
            base = _depth(s)
            # the subtree's tokens off the token table (``s.subtree`` builds a Token for each);
            # the order they are visited in does not matter: a token is found once per start,
            # and the places are sorted at the end
            doc = s.doc
            table = sx.table_of(doc)
            ents, deps, lowers, heads = table.ent_type, table.dep, table.lower, table.head
            stack = [s.i]
            while stack:
                i = stack.pop()
                stack += table.children(i)
                if (
                    i not in seen
                    and ents[i] == "GPE"
                    and deps[i] == "pobj"
                    and lowers[heads[i]] in DEEP_PLACE_PREPS
                ):
                    seen.add(i)
                    t = doc[i]
                    found.append((_depth(t) - base, i, t))
        if not found:
            return []
        near = min(d for d, _, _ in found)
        return [t for d, _, t in sorted(found) if d == near]

    def _authors(self, theme: Token, take, owner: bool = True) -> bool:  # type: ignore[no-untyped-def]
        """Take the maker of ``theme`` (a request, a statement): its possessor (unless
        ``owner`` is false), an actor modifier, or a "by", "from" agent."""
        deps = {"poss", "amod", "compound"} if owner else {"amod", "compound"}
        mods = [c for c in theme.children if c.dep_ in deps and c.i < theme.i]
        if take([m for m in mods if m.ent_type_ in sx.ACTOR_ENTS or m.dep_ == "poss"]):
            return True
        if take(sx.prep_objects(theme, sx.AUTHOR_PREPS)):
            return True
        # "an offer of talks from Belvania": the parser hangs the maker on the of-noun
        if take(
            [a for o in sx.prep_objects(theme, ("of",)) for a in sx.prep_objects(o, ("from",))]
        ):
            return True
        # "every offer made by the Taliban", "the threats made by the United States": the
        # agent of a participle describing the thing.
        return bool(
            take(
                [
                    o
                    for c in theme.children
                    if c.dep_ == "acl" and c.tag_ == "VBN"
                    for o in sx.prep_objects(c, ("by",))
                ]
            )
        )

    def _deep(self, theme: Token) -> list[Token]:
        """Actor-like nouns down a chain of prepositional phrases ("a halt to expansion in NATO")."""
        out: list[Token] = []
        # "its rejection and condemnation of X": a phrase on the last conjunct is on all
        frontier = [theme, *(c for c in theme.conjuncts if c.pos_ == "NOUN")]
        for _ in range(3):
            nxt: list[Token] = []
            for t in frontier:
                for o in sx.prep_objects(
                    t,
                    ("to", "in", "of", "on", "against", "with", "for", "into", "over", "between"),
                ):
                    if sx.is_actor_like(o):
                        out.append(o)
                    else:
                        # "condemnation of the Israeli Prime Minister's declaration", "positions
                        # in Saudi Arabia's Asir region": the owner of a thing named there.
                        out.extend(
                            c
                            for c in o.children
                            if c.dep_ == "poss" and c.pos_ != "PRON" and sx.is_actor_like(c)
                        )
                    nxt.append(o)
            if out:
                return out
            frontier = nxt
        return out

    @staticmethod
    def _led_by(tok: Token) -> list[Token]:
        """ "the West, led by the United States": the leader is a co-target."""
        doc = tok.doc
        j = tok.right_edge.i + 1
        if j < len(doc) and doc[j].is_punct:
            j += 1
        if j < len(doc) and doc[j].lemma_ == "lead" and doc[j].tag_ == "VBN":
            return [o for o in sx.prep_objects(doc[j], ("by",)) if sx.is_actor_like(o)]
        return []


OWN_FORCES = frozenset(
    {
        "troop",
        "troops",
        "force",
        "forces",
        "army",
        "soldier",
        "military",
        "unit",
        "personnel",
        "citizen",
        "national",
        "ship",
        "warship",
        "official",
    }
)


def _own_forces(tok: Token) -> bool:
    """ "its troops", "their citizens": the source's own people are not the target."""
    return tok.lemma_.lower() in OWN_FORCES and any(
        c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in tok.children
    )


DEPLOY_VERBS = frozenset(
    {
        "send",
        "deploy",
        "redeploy",
        "withdraw",
        "pull",
        "mobilize",
        "mobilise",
        "station",
        "dispatch",
        "move",
        "bring",
        "evacuate",
        "remove",
        "return",
        "recall",  # "recalled its ambassador from Lorvik"
    }
)
"""Verbs whose object is usually the acting side's own forces, moved to or from the target."""
TRANSFER_VERBS = frozenset({"extradite", "hand", "transfer", "repatriate", "deliver", "return"})
"""Verbs that hand their object over to a recipient ("to X"), the one acted upon."""
FORCE_NOUNS = OWN_FORCES | frozenset(
    {"peacekeeper", "peacekeepers", "division", "brigade", "battalion", "marine", "reservist"}
    # people a side sends on its own mission ("offered to send monitors")
    | {"monitor", "observer", "inspector", "adviser", "advisor", "instructor", "envoy"}
)


def _deployed_forces(tok: Token) -> bool:
    """ "withdrew peacekeepers from Rwanda", "sent troops to Iraq": forces a deployment verb
    moves are its source's instrument; the place or party they go to or leave is the target."""
    if tok.dep_ != "dobj":
        return False
    verb = tok.head.lemma_.lower()
    if verb in DEPLOY_VERBS and sx.entity_modifier(tok) is None:
        if tok.lemma_.lower() in FORCE_NOUNS or any(
            c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in tok.children
        ):
            # ("sent its foreign minister to Sarn", "withdrew its ambassador": its own)
            return True
        # "sent experts to help Freedonia": people sent somewhere or for someone.
        return tok.tag_ == "NNS" and any(
            c.dep_ in {"xcomp", "advcl"} or (c.dep_ == "prep" and c.lower_ in {"to", "into"})
            for c in tok.head.children
        )
    # "extradited two suspects to Freedonia": who is handed over goes to the recipient.
    return verb in TRANSFER_VERBS and any(
        sx.is_actor_like(o) for o in sx.prep_objects(tok.head, ("to",))
    )


def receiving(trig: Trigger) -> bool:
    """Is ``trig`` a light receiving verb ("received threats", "faced sanctions")?"""
    return (
        trig.kind == "light"
        and trig.theme is not None
        and trig.head.lemma_.lower() in RECEIVE_VERBS
    )


def _received_from(trig: Trigger) -> list[Token]:
    """ "received an invitation from Putin": a light receiving verb's giver (its source)."""
    if trig.kind != "light" or trig.theme is None:
        return []
    if trig.head.lemma_.lower() not in RECEIVE_VERBS:
        return []
    return sx.prep_objects(trig.theme, AUTHOR_PREPS) or sx.prep_objects(trig.head, AUTHOR_PREPS)


def split_parties(tok: Token) -> list[Token]:
    """ "Nigerian and British armed forces", "House and Senate negotiators", "the armies of
    Brazil and Argentina": the coordinated names modifying a common noun are the parties (each
    acts on the other in a symmetric act)."""
    if tok.pos_ != "NOUN":
        return [tok]
    if tok.tag_ == "NNS":
        # "The armies of Brazil and Argentina", "the leaders of Belvania and Ostrava": the
        # coordinated names of the of-phrase are the parties
        for o in sx.prep_objects(tok, ("of",)):
            named = [x for x in (o, *o.conjuncts) if x.ent_type_ in sx.ACTOR_ENTS]
            if len(named) >= 2 and len(named) == 1 + len(o.conjuncts):
                return named
    for m in tok.children:
        if m.dep_ in {"amod", "compound", "nmod", "poss"} and m.i < tok.i:
            named = [
                x for x in (m, *m.conjuncts) if x.ent_type_ in sx.ACTOR_ENTS or x.pos_ == "PROPN"
            ]
            if len(named) >= 2 and len(named) == 1 + len(m.conjuncts):
                return named
    return [tok]
