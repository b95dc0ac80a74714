"""PLOVER event coder over one spaCy parse: triggers, actors, negation, modality, intensity.

``code_events(doc, quotes, actors)`` walks each sentence once, root first, matches triggers
(:mod:`onrecord.events.triggers`), finds source and target on the dependency parse
(:mod:`onrecord.events.syntax`), falls back to a quote's speaker and addressee, and scores
the event with the intensity table. The rules are documented in ``docs/events.md``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Protocol

from onrecord.events import syntax as sx
from onrecord.events.features import trigger_features
from onrecord.events.lexicon import Lexicon, load_lexicon
from onrecord.events.model import ROOT_FOR_PENTA0, Decision, load_model
from onrecord.events.triggers import COOPERATIVE, MATERIAL_CONFLICT, Matcher, Trigger
from onrecord.record import Event, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
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
    experience see welcome condemn denounce criticize criticise deny reject dismiss""".split()
)
"""Verbs whose subject undergoes (or judges) the act its object names, rather than doing it."""
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
MAX_ARGS = 4
DEEP_PLACE_PREPS = ("to", "in", "into", "inside", "against", "on", "of", "for")
"""Prepositions followed down to a place when a trigger has no nearer target."""
NEGATED_SHARE = 0.25
HYPOTHETICAL_WEIGHT = {"intent": 0.75, "possible": 0.5, "conditional": 0.5}
FALLBACK_MIN = 0.7
FALLBACK_MIN_ALONE = 0.8
"""A sentence without a lexicon trigger gets an event from its main verb only when the verb has
an actor as its source and the model is at least this sure of the type (FALLBACK_MIN with a
target actor too, FALLBACK_MIN_ALONE without one)."""
PENTA_OF_ROOT = {
    f"{r:02d}": (0 if r <= 2 else 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4)
    for r in range(1, 21)
}
PACKAGED = "packaged"


class ActorResolver(Protocol):
    """What the coder needs from :class:`onrecord.actors.ArticleActors`."""

    def resolve_span(self, start: int, end: int) -> str | None: ...


class TypeModel(Protocol):
    """What the coder needs from :class:`onrecord.events.model.EventModel` (or a stand-in)."""

    def decide(self, features: list[str]) -> Decision | None: ...


@dataclass(slots=True)
class CodedEvent:
    """An event with the parse facts the evaluation uses to pick one per sentence.

    Attributes:
        event: the contract event.
        depth: dependency depth of the trigger's clause head (0 = sentence root).
        trigger: the trigger word(s).
        sentence: index of the sentence in the doc.
    """

    event: Event
    depth: int
    trigger: str
    sentence: int


def code_events(
    doc: Doc, quotes: list[Quote], actors: ActorResolver, model: TypeModel | str | None = PACKAGED
) -> list[Event]:
    """Code the PLOVER events of a parsed article.

    Args:
        doc: the spaCy Doc of the whole article.
        quotes: the article's quotes (speaker/addressee actors are the fallback arguments).
        actors: resolves a noun phrase's character span to a record-local actor id.
        model: the trained type model (the packaged one by default); None codes with the
            lexicon alone (every event then has ``confidence`` None).

    Returns:
        Events with ids ``e1``, ``e2``... in text order.

    Example:
        >>> from onrecord.nlp import load_pipeline
        >>> from onrecord.actors import ArticleActors
        >>> doc = load_pipeline()("Ruritania threatened Freedonia with sanctions.")
        >>> [e.type for e in code_events(doc, [], ArticleActors(doc))]
        ['THREATEN']
    """
    return [c.event for c in code_events_detailed(doc, quotes, actors, model)]


def code_events_detailed(
    doc: Doc, quotes: list[Quote], actors: ActorResolver, model: TypeModel | str | None = PACKAGED
) -> list[CodedEvent]:
    """Like :func:`code_events`, keeping the trigger and its depth for evaluation."""
    coder = _Coder(
        doc, quotes, actors, load_lexicon(), load_model() if model == PACKAGED else model
    )
    out: list[CodedEvent] = []
    for n, sent in enumerate(doc.sents):
        out.extend(coder.sentence(sent, n))
    for i, c in enumerate(out, 1):
        c.event.id = f"e{i}"
    return out


def _depth(tok: Token) -> int:
    d = 0
    while tok.head != tok and d < 50:
        tok = tok.head
        d += 1
    return d


class _Coder:
    def __init__(
        self,
        doc: Doc,
        quotes: list[Quote],
        actors: ActorResolver,
        lex: Lexicon,
        model: TypeModel | None = None,
    ) -> None:
        self.doc = doc
        self.model = model
        self.actors = actors
        self.lex = lex
        self.matcher = Matcher(lex)
        self.spans: list[tuple[int, int, Quote]] = sorted(
            ((s, e, q) for q in quotes for s, e in q.spans), key=lambda x: x[0]
        )
        self._span_starts = [s for s, _, _ in self.spans]
        self._span_reach = list(accumulate((e for _, e, _ in self.spans), max))
        self.cues: dict[int, Quote] = {q.cue.start: q for q in quotes if q.cue is not None}
        self._cache: dict[tuple[int, int], str | None] = {}
        self.ent_at: dict[int, tuple[int, int]] = {
            i: (e.start_char, e.end_char) for e in doc.ents for i in range(e.start, e.end)
        }
        self.last_subject: list[str] = []

    # ---- quotes -------------------------------------------------------------------------
    def quote_at(self, tok: Token) -> Quote | None:
        pos = tok.idx
        if pos in self.cues:
            return self.cues[pos]
        # The first span (by start) holding pos: among the spans starting at or before pos,
        # the first whose running maximum end passes pos. Two bisections instead of a scan of
        # every span for every trigger, which was quadratic in long texts.
        last = bisect_right(self._span_starts, pos) - 1
        first = bisect_right(self._span_reach, pos)
        return self.spans[first][2] if first <= last else None

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
                rep = self._reporter(tok)
                if rep is not None:
                    ids = [i for i in (self.resolve(r, quote) for r in rep) if i]
                    if ids:
                        return ids[0]
                if low not in {"it", "its", "itself"} and self.last_subject:
                    return self.last_subject[0]
            return None
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
            mod = sx.entity_modifier(tok)
            if mod is not None:
                ent = self.ent_at.get(mod.i)
                if ent is not None:
                    return self._span_id(*ent)
                return self._span_id(mod.idx, mod.idx + len(mod.text))
        return self._span_id(*sx.mention_span(tok))

    def _reporter(self, tok: Token) -> list[Token] | None:
        """Subjects of the reporting verb whose complement contains ``tok`` ("Iraq said it...")."""
        cur = tok
        for _ in range(8):
            if cur.head == cur:
                return None
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in self.lex.report:
                subj, _ = sx.subject_of(cur.head)
                return subj or None
            if cur.dep_ == "ccomp" and cur.head.pos_ in {"VERB", "AUX"}:
                # "are prepared ... that they": the clause a pronoun subject sits in.
                subj, _ = sx.subject_of(cur.head)
                if subj and all(s.lower_ not in sx.PRONOUNS_THIRD for s in subj):
                    return subj
            cur = cur.head
        return None

    def reported_by(self, tok: Token) -> Token | None:
        """The reporting verb governing the clause of ``tok``, if any."""
        cur = tok
        for _ in range(8):
            if cur.head == cur:
                return None
            if cur.dep_ in {"ccomp", "conj"} and cur.head.lemma_.lower() in self.lex.report:
                return cur.head
            cur = cur.head
        return None

    # ---- arguments ----------------------------------------------------------------------
    def sources(self, trig: Trigger) -> list[Token]:
        head = trig.head
        if trig.kind == "noun":
            return self._noun_sources(head)
        received = _received_from(trig)
        if received:
            return received
        subj, passive = sx.subject_of(head)
        subj = [x for s in subj for x in _split_modifiers(s)]
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
            ][:1]
        return subj

    def _noun_sources(self, noun: Token) -> list[Token]:
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
                return sx.prep_objects(noun, AUTHOR_PREPS) or sx.prep_objects(gov, AUTHOR_PREPS)
            if gov.lemma_.lower() not in UNDERGO_VERBS:
                subj, passive = sx.subject_of(gov)
                if subj and not passive:
                    return subj
        # An event noun in an adjunct of an uncoded clause: "At a meeting in Kyiv, A and B ...".
        if (
            noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and noun.head.head.pos_ in {"VERB", "AUX"}
        ):
            subj, passive = sx.subject_of(noun.head.head)
            if not passive:
                return subj
            if noun.head.head.lemma_.lower() in ADJECTIVAL_PASSIVES:
                sp = sx.first_child(noun.head.head, {"nsubjpass"})
                return sx.conjuncts(sp) if sp is not None else []
        return []

    def targets(self, trig: Trigger, sources: list[Token]) -> list[Token]:
        exclude = {s.i for s in sources}
        for s in sources:
            start, end = sx.mention_span(s)
            exclude.update(t.i for t in s.doc.char_span(start, end, alignment_mode="expand") or [])
        found: list[Token] = []

        src_ids = {i for i in (self.resolve(t, None) for t in sources) if i}

        def take(cands: list[Token]) -> bool:
            for c in cands:
                if (
                    c.i in exclude
                    or not sx.is_actor_like(c)
                    or _own_forces(c)
                    or _deployed_forces(c)
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

        self._targets(trig, take, found)
        for t in list(found):
            found.extend(x for x in self._led_by(t) if x not in found)
        return found

    def _targets(self, trig: Trigger, take, found: list[Token]) -> list[Token]:  # type: ignore[no-untyped-def]
        """Fill ``found`` (through ``take``) from the first argument position that has actors."""
        head, anchor, theme = trig.head, trig.anchor, trig.theme
        verbs = [head] if anchor == head else [head, anchor]
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
            and anchor.dep_ == "ccomp"
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
            and trig.kind == "verb"
            and theme.head.i in {head.i} | {c.i for c in head.children}
        ):
            # The verb's own object or particle object: "expelled two diplomats", "called on X".
            if take([theme]):
                return found
        for v in verbs:
            if v.pos_ in {"VERB", "AUX", "ADJ"}:
                obj = sx.first_child(v, {"dobj", "dative", "iobj"})
                if obj is not None and obj != theme and take([obj]):
                    return found
        speech_theme = theme is not None and theme.lemma_.lower() in SPEECH_NOUNS
        if theme is not None and speech_theme and self._authors(theme, take):
            return found
        for v in verbs:
            if take(sx.prep_objects(v, sx.TARGET_PREPS)):
                return found
        for v in verbs:
            # "refused to respond to a request from Haaretz": who made the request.
            for o in sx.prep_objects(v, sx.TARGET_PREPS):
                if o.lemma_.lower() in SPEECH_NOUNS and self._authors(o, take):
                    return found
        if theme is not None:
            if take(
                sx.prep_objects(
                    theme, sx.TARGET_PREPS + ("of",) if trig.kind == "noun" else sx.TARGET_PREPS
                )
            ):
                return found
            if self._authors(theme, take):
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
            for c in v.children
            if c.dep_ == "advcl" and any(m.lower_ in CONDITION_MARKS for m in c.children)
            for subj in [sx.first_child(c, sx.SUBJ_DEPS)]
            if subj is not None
        ]
        if take(cond):
            return found
        # "sent troops to help the Philippines army", "donated ventilators to assist Ethiopia":
        # the one a purpose clause helps.
        helped = [
            obj
            for v in verbs
            for c in v.children
            if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in HELP_VERBS
            for obj in [sx.first_child(c, {"dobj"})]
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
        if head.dep_ in {"xcomp", "advcl"} and gov is not head and gov.pos_ in {"VERB", "AUX"}:
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
            for t in s.subtree:
                if (
                    t.i not in seen
                    and t.ent_type_ == "GPE"
                    and t.dep_ == "pobj"
                    and t.head.lower_ in DEEP_PLACE_PREPS
                ):
                    seen.add(t.i)
                    found.append((_depth(t) - base, t.i, t))
        if not found:
            return []
        near = min(d for d, _, _ in found)
        return [t for d, _, t in sorted(found) if d == near]

    def _authors(self, theme: Token, take) -> bool:  # type: ignore[no-untyped-def]
        mods = [
            c for c in theme.children if c.dep_ in {"poss", "amod", "compound"} and c.i < theme.i
        ]
        if take([m for m in mods if m.ent_type_ in sx.ACTOR_ENTS or m.dep_ == "poss"]):
            return True
        return bool(take(sx.prep_objects(theme, sx.AUTHOR_PREPS)))

    def _deep(self, theme: Token) -> list[Token]:
        """Actor-like nouns down a chain of prepositional phrases ("a halt to expansion in NATO")."""
        out: list[Token] = []
        frontier = [theme]
        for _ in range(3):
            nxt: list[Token] = []
            for t in frontier:
                for o in sx.prep_objects(
                    t, ("to", "in", "of", "on", "against", "with", "for", "into", "over")
                ):
                    if sx.is_actor_like(o):
                        out.append(o)
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

    # ---- one sentence -------------------------------------------------------------------
    def sentence(self, sent: Span, n: int) -> list[CodedEvent]:
        triggers: list[tuple[int, int, Trigger]] = []
        for tok in sent:
            trig = self.matcher.match(tok)
            if trig is not None:
                triggers.append((_depth(tok), tok.i, trig))
        deontic = self._deontic_requests(sent)
        triggers.extend(deontic)
        triggers.sort(key=lambda x: (x[0], x[1]))
        consumed: set[int] = set()
        used_heads: set[int] = set()
        out: list[CodedEvent] = []
        tried = False
        if self.model is not None and triggers and triggers[0][0] >= 2:
            # Only deep triggers ("shared evidence ... over Khashoggi's killing"): the main verb
            # may carry the sentence's event; coded, it comes first.
            out.extend(self._fallback(sent, n))
            tried = True
        for depth, i, trig in triggers:
            if i in consumed or (trig.kind == "noun" and trig.head.i in used_heads):
                continue
            if trig.kind == "noun" and self._noun_absorbed(trig.head, used_heads):
                continue
            events = self.build(trig, sent, main=not out)
            consumed.update(trig.consumes)
            if not events:
                continue
            used_heads.add(trig.head.i)
            used_heads.add(trig.anchor.i)
            for ev in events:
                out.append(
                    CodedEvent(
                        ev,
                        depth,
                        trig.head.text
                        if trig.theme is None
                        else f"{trig.head.text}/{trig.theme.text}",
                        n,
                    )
                )
        if not out and not tried and self.model is not None:
            out.extend(self._fallback(sent, n))
        return out

    def _fallback(self, sent: Span, n: int) -> list[CodedEvent]:
        """An event on the main verb of a sentence the lexicon has no trigger for.

        Only when the verb has an actor as source and another as target, is not a reporting
        verb (what was reported is looked at instead) and the model is sure enough of a type.
        """
        head = sent.root
        if head.lemma_.lower() in self.lex.report:
            comp = sx.first_child(head, {"ccomp"})
            if comp is not None:
                head = comp
            elif sx.first_child(head, {"dobj"}) is None:
                return []
            # else "announced a suspension of aid to Egypt": what was announced is the act,
            # read by the model off the verb and its object (still gated by its confidence).
        if head.pos_ not in {"VERB", "AUX"}:
            return []
        if head.lemma_ == "be" and not any(
            c.dep_ == "acomp" and sx.first_child(c, {"xcomp"}) for c in head.children
        ):
            # A copula carries an event only as "is ready/willing to ...".
            return []
        trig = Trigger(
            "", "", None, head=head, anchor=head, theme=sx.direct_object(head), kind="model"
        )
        events = self.build(trig, sent, fallback=True)
        return [CodedEvent(ev, _depth(head), head.text, n) for ev in events]

    def _noun_absorbed(self, noun: Token, used: set[int]) -> bool:
        """An event noun that is an argument or adjunct of a coded verb belongs to that event."""
        cur = noun
        for _ in range(2):
            head = cur.head
            if head == cur:
                return False
            if head.i in used:
                return True
            if head.dep_ != "prep" and cur.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
                return False
            cur = head
        return False

    def _deontic_requests(self, sent: Span) -> list[tuple[int, int, Trigger]]:
        """ "X said (that) Y must/should do Z" is a demand from X to Y (REQUEST, CAMEO 10)."""
        out: list[tuple[int, int, Trigger]] = []
        for tok in sent:
            if tok.dep_ != "ccomp" or not sx.deontic(tok):
                continue
            head = tok.head
            if head.lemma_.lower() not in self.lex.report and not (
                head.pos_ == "NOUN"
                and head.lemma_.lower() in {"statement", "reminder", "warning", "declaration"}
            ):
                continue
            subj = sx.first_child(tok, sx.SUBJ_DEPS)
            if subj is None or not sx.is_actor_like(subj) or subj.lower_ in sx.PRONOUNS_FIRST:
                continue
            trig = Trigger(
                "REQUEST", "10", "demand", head=head, anchor=tok, theme=None, kind="deontic"
            )
            trig.consumes.update(t.i for t in tok.subtree)
            out.append((_depth(head), head.i, trig))
        return out

    # ---- events -------------------------------------------------------------------------
    def build(
        self, trig: Trigger, sent: Span, *, fallback: bool = False, main: bool = True
    ) -> list[Event]:
        """The events of one trigger.

        The model decides the type of a sentence's main (first coded) trigger, the one it was
        trained on; a further trigger keeps the lexicon's type, with the model's probability
        of that type as its confidence.
        """
        quote = self.quote_at(trig.head)
        src_toks = self.sources(trig)
        if trig.kind == "deontic":
            subj = sx.first_child(trig.anchor, sx.SUBJ_DEPS)
            tgt_toks = sx.conjuncts(subj) if subj is not None else []
        else:
            tgt_toks = self.targets(trig, src_toks)
        if trig.kind == "noun" and not src_toks and not tgt_toks:
            return []
        srcs = _unique(self.resolve(t, quote) for t in src_toks[:MAX_ARGS])
        tgts = _unique(self.resolve(t, quote) for t in tgt_toks[:MAX_ARGS])
        if not src_toks and trig.kind == "noun":
            # "a meeting between A and B": the parties meet each other.
            between = sx.prep_objects(trig.head, ("between",))
            if len(between) >= 2:
                srcs, tgts = _unique(self.resolve(t, quote) for t in between[:MAX_ARGS]), []
        if quote is not None:
            # Speech inside a quote: the speaker acts, the addressee is acted upon. An event
            # noun without an agent ("no strike") is not the speaker's act.
            speaker_acts = (
                not src_toks
                and trig.kind != "noun"
                or (bool(src_toks) and all(t.lower_ in sx.PRONOUNS_FIRST for t in src_toks))
            )
            if not srcs and speaker_acts and quote.speaker:
                srcs = _unique([quote.speaker.actor])
            if not tgts and quote.addressee and quote.addressee.actor not in srcs:
                tgts = _unique([quote.addressee.actor])
        if not src_toks and not tgt_toks and not srcs and not tgts:
            return []
        if fallback and not srcs:
            return []
        confidence: float | None = None
        if fallback:
            # The model never saw a sentence without an event: with one actor only it must be
            # surer ("Ruritania's economy grew" stays uncoded).
            floor = FALLBACK_MIN if [t for t in tgts if t not in srcs] else FALLBACK_MIN_ALONE
            decision = self._decide(trig, sent, None, None)
            if decision is None or decision.confidence < floor:
                return []
            trig.type, trig.cameo = self._model_reading(trig, decision, None, None)
        if srcs and trig.kind != "noun":
            self.last_subject = srcs
        type_, cameo, mode, neg, hyp, converted, mod = self.reading(trig, src_toks, srcs, quote)
        if fallback:
            confidence = decision.confidence
        elif self.model is not None:
            decision = self._decide(trig, sent, type_, cameo)
            if decision is not None and not main:
                key = "YIELD" if type_ in {"CONCEDE", "RETREAT"} else type_
                confidence = round(decision.probs.get(key, 0.0), 3)
            elif decision is not None:
                confidence = decision.confidence
                new_type, new_cameo = self._model_reading(trig, decision, type_, cameo)
                if new_type != type_:
                    if converted and neg is False and type_ == "REJECT" and new_type == trig.type:
                        neg = True  # "will not accept": the model kept the negated act itself
                    mode = self._object_mode(trig) if new_type in {"REQUEST", "REJECT"} else None
                    converted = False
                type_, cameo = new_type, new_cameo
        intensity = self.intensity(type_, mode, neg, mod if hyp else None, converted)
        mutual = trig.theme is not None and trig.theme.lemma_.lower() in MUTUAL_NOUNS
        pairs = self._pairs(type_, srcs, tgts, mutual=mutual)
        events = []
        for s, t in pairs:
            events.append(
                Event(
                    id="",
                    type=type_,
                    cameo=cameo,
                    intensity=intensity,
                    source=s,
                    target=t,
                    negated=neg,
                    hypothetical=hyp,
                    text=sent.text,
                    start=sent.start_char,
                    end=sent.end_char,
                    quote=quote.id if quote is not None else None,
                    confidence=confidence,
                )
            )
        return events

    def _decide(
        self, trig: Trigger, sent: Span, type_: str | None, cameo: str | None
    ) -> Decision | None:
        assert self.model is not None
        feats = trigger_features(
            sent,
            trig.head,
            anchor=trig.anchor,
            theme=trig.theme,
            lex_type=type_,
            lex_cameo=cameo,
            kind=trig.kind if type_ else None,
        )
        return self.model.decide(feats)

    def _model_reading(
        self, trig: Trigger, d: Decision, type_: str | None, cameo: str | None
    ) -> tuple[str, str]:
        """The contract type and CAMEO root of a model decision."""
        new = d.type
        if new == "YIELD":
            # The training data's YIELD is the 2021 manual's CONCEDE + RETREAT: keep the
            # lexicon's side when it has one, else RETREAT for a word the lexicon files there.
            if type_ in {"CONCEDE", "RETREAT"}:
                new = type_
            else:
                words = {
                    t.lemma_.lower() for t in (trig.head, trig.anchor, trig.theme) if t is not None
                }
                retreat = any(
                    e.type == "RETREAT"
                    for w in words
                    for e in (*self.lex.verbs.get(w, ()), *self.lex.nouns.get(w, ()))
                )
                new = "RETREAT" if retreat else "CONCEDE"
        if d.penta == 0 and new in ROOT_FOR_PENTA0:
            return new, ROOT_FOR_PENTA0[new]
        if new == type_ and cameo is not None and PENTA_OF_ROOT.get(cameo) == d.penta:
            return new, cameo
        return new, self.lex.default_cameo[new]

    @staticmethod
    def _pairs(
        type_: str, srcs: list[str], tgts: list[str], *, mutual: bool = False
    ) -> list[tuple[str | None, str | None]]:
        tgts = [t for t in tgts if t not in srcs] or ([] if tgts else [])
        if len(srcs) >= 2 and (type_ in SYMMETRIC or mutual):
            # "Jordan and Britain agreed to hold exercises near Iraq": the coordinated parties
            # act on each other; a third party named further on is the topic, not a side.
            return [(a, b) for a in srcs for b in srcs if a != b]
        pairs: list[tuple[str | None, str | None]] = [
            (s, t)
            for s in (srcs or [None])
            for t in (tgts or [None])  # type: ignore[list-item]
        ]
        return pairs

    def reading(
        self, trig: Trigger, src_toks: list[Token], srcs: list[str], quote: Quote | None
    ) -> tuple[str, str, str | None, bool, bool, bool, str | None]:
        """Type, CAMEO, mode, negated, hypothetical, converted and modality of a trigger."""
        type_, cameo, mode = trig.type, trig.cameo, trig.mode
        heads = [trig.head] + (
            [trig.theme] if trig.theme is not None and trig.theme != trig.head else []
        )
        if trig.anchor != trig.head and trig.kind in {"transparent", "light", "reverse"}:
            heads.append(trig.anchor)
        neg = trig.negated or any(sx.negated(h) for h in heads)
        mod = sx.modality(trig.head)
        if mod is None and trig.kind == "intent":
            mod = None
        converted = trig.converted
        hyp = mod is not None and not (trig.kind == "intent" and mod is None)
        if type_ in {"REQUEST", "REJECT"} and mode is None:
            mode = self._object_mode(trig)
            if mode is None and cameo == "10":
                mode = "demand"
        if mod == "intent" and not converted and trig.kind != "deontic":
            if neg and type_ in COOPERATIVE:
                # "will not accept", "would not meet": a refusal.
                type_, cameo, mode, neg, converted = (
                    "REJECT",
                    "12",
                    self._object_mode(trig),
                    False,
                    True,
                )
            elif type_ in {"CONSULT", "SUPPORT", "COOPERATE", "AID"}:
                type_, cameo, mode, converted = "AGREE", "03", None, True
            elif type_ == "RETREAT":
                type_, cameo, mode, converted = "CONCEDE", "08", None, True
        if (
            type_ in MATERIAL_CONFLICT
            and not neg
            and mod is not None
            and not converted
            and self._own_statement(trig, src_toks, srcs, quote)
        ):
            type_, cameo, mode, converted = "THREATEN", "13", self.lex.threat_modes.get(type_), True
        if trig.kind == "intent":
            hyp = mod is not None
        return type_, cameo, mode, neg, hyp, converted, mod

    def _object_mode(self, trig: Trigger) -> str | None:
        for t in (trig.theme, trig.anchor):
            if t is None:
                continue
            m = self.lex.object_modes.get(t.lemma_.lower())
            if m:
                return m
        return None

    def _own_statement(
        self, trig: Trigger, src_toks: list[Token], srcs: list[str], quote: Quote | None
    ) -> bool:
        """The source announces its own future conflictual act ("Iran said it would shell")."""
        if quote is not None and quote.speaker is not None and quote.speaker.actor in srcs:
            return True
        rep = self.reported_by(trig.head)
        if rep is None:
            return False
        speaker, _ = sx.subject_of(rep)
        if not speaker:
            return False
        if any(t.lower_ in sx.PRONOUNS_THIRD or t.lower_ in sx.PRONOUNS_FIRST for t in src_toks):
            return True
        spk = _unique(self.resolve(t, quote) for t in speaker)
        return bool(set(spk) & set(srcs))

    def intensity(
        self, type_: str, mode: str | None, neg: bool, mod: str | None, converted: bool
    ) -> float:
        """Score on -10..+10 after negation and modality (rules in docs/events.md)."""
        base = self.lex.score(type_, mode)
        if neg:
            share = max(0.5, NEGATED_SHARE * abs(base)) if base else 0.0
            base = share if base < 0 else -share
        elif mod is not None and not converted:
            base *= HYPOTHETICAL_WEIGHT.get(mod, 0.5)
        return round(max(-10.0, min(10.0, base)), 2)


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
        c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her", "our", "my"}
        for c in tok.children
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
    }
)
"""Verbs whose object is usually the acting side's own forces, moved to or from the target."""
TRANSFER_VERBS = frozenset({"extradite", "hand", "transfer", "repatriate", "deliver", "return"})
"""Verbs that hand their object over to a recipient ("to X"), the one acted upon."""
FORCE_NOUNS = OWN_FORCES | frozenset(
    {"peacekeeper", "peacekeepers", "division", "brigade", "battalion", "marine", "reservist"}
)


def _deployed_forces(tok: Token) -> bool:
    """ "withdrew peacekeepers from Rwanda", "sent troops to Iraq": forces a deployment verb
    moves are its source's instrument; the place or party they go to or leave is the target."""
    if tok.dep_ != "dobj":
        return False
    verb = tok.head.lemma_.lower()
    if verb in DEPLOY_VERBS and sx.entity_modifier(tok) is None:
        if tok.lemma_.lower() in FORCE_NOUNS:
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


def _received_from(trig: Trigger) -> list[Token]:
    """ "received an invitation from Putin": a light receiving verb's giver (its source)."""
    if trig.kind != "light" or trig.theme is None:
        return []
    if trig.head.lemma_.lower() not in RECEIVE_VERBS:
        return []
    return sx.prep_objects(trig.theme, AUTHOR_PREPS) or sx.prep_objects(trig.head, AUTHOR_PREPS)


def _split_modifiers(tok: Token) -> list[Token]:
    """ "Nigerian and British armed forces", "House and Senate negotiators": the coordinated
    names modifying a common noun are the parties (each acts on the other in a symmetric act)."""
    if tok.pos_ != "NOUN":
        return [tok]
    for m in tok.children:
        if m.dep_ in {"amod", "compound", "nmod", "poss"} and m.i < tok.i:
            named = [
                x for x in (m, *m.conjuncts) if x.ent_type_ in sx.ACTOR_ENTS or x.pos_ == "PROPN"
            ]
            if len(named) >= 2 and len(named) == 1 + len(m.conjuncts):
                return named
    return [tok]


def _unique(ids) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for i in ids:
        if i and i not in out:
            out.append(i)
    return out
