"""PLOVER event coder over one spaCy parse: triggers, actors, negation, modality, intensity.

``code_events(doc, quotes, actors)`` walks each sentence once, root first, matches triggers
(:mod:`onrecord.events.triggers`), finds source and target on the dependency parse
(:mod:`onrecord.events.syntax`), falls back to a quote's speaker and addressee, and scores
the event with the intensity table. The rules are documented in ``docs/events.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Protocol

from onrecord.actors.kb import parse_date
from onrecord.datelines import CREDIT_LINE, CREDIT_WORDS
from onrecord.events import syntax as sx
from onrecord.events.arguments import (
    APART,
    JOURNEY_VERBS,
    MUTUAL_NOUNS,
    OWN_FORCES,
    SUFFERING_VERBS,
    SYMMETRIC,
    WHEN,
    ActorResolver,
    ArgumentFinder,
    _depth,
    adjunct_prep,
    receiving,
    split_parties,
)
from onrecord.events.dating import stated_date, time_tokens
from onrecord.events.features import sentence_features, trigger_features
from onrecord.events.lexicon import Lexicon, load_lexicon
from onrecord.events.model import ROOT_FOR_PENTA0, Decision, load_model
from onrecord.events.triggers import (
    COOPERATIVE,
    MATERIAL_CONFLICT,
    VERBAL_TYPES,
    Matcher,
    Trigger,
    labelled,
    object_ok,
    released_no_one,
)
from onrecord.garbled import snapped
from onrecord.nlp import QUESTIONING_VERBS, anonymity_terms, doc_text, given_text
from onrecord.record import Event, Quote

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from onrecord.attribution.speakers import PronounResolver

MAX_ARGS = 4
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
    doc: Doc,
    quotes: list[Quote],
    actors: ActorResolver,
    model: TypeModel | str | None = PACKAGED,
    *,
    published: str | dt.date | None = None,
) -> list[Event]:
    """Code the PLOVER events of a parsed article.

    Args:
        doc: the spaCy Doc of the whole article.
        quotes: the article's quotes (speaker/addressee actors are the fallback arguments).
        actors: resolves a noun phrase's character span to a record-local actor id.
        model: the trained type model (the packaged one by default); None codes with the
            lexicon alone (every event then has ``confidence`` None).
        published: the article's date, against which "on Tuesday" or "last week" in the
            text is read (each event's ``date``; without it only dates with a year are read).

    Returns:
        Events with ids ``e1``, ``e2``... in text order.

    Example:
        >>> from onrecord.nlp import load_pipeline
        >>> from onrecord.actors import ArticleActors
        >>> doc = load_pipeline()("Ruritania threatened Freedonia with sanctions.")
        >>> [e.type for e in code_events(doc, [], ArticleActors(doc))]
        ['THREATEN']
    """
    return [c.event for c in code_events_detailed(doc, quotes, actors, model, published=published)]


def code_events_detailed(
    doc: Doc,
    quotes: list[Quote],
    actors: ActorResolver,
    model: TypeModel | str | None = PACKAGED,
    *,
    published: str | dt.date | None = None,
    pronouns: PronounResolver | None = None,
) -> list[CodedEvent]:
    """Like :func:`code_events`, keeping the trigger and its depth for evaluation.

    ``pronouns``: the attribution stage's pronoun resolver, holding the article's speakers
    (:func:`~onrecord.attribution.extractor.find_attributions_and_pronouns`); without it a he
    or she that is no speaker stands for the subject of the last act coded, when a person."""
    out: list[CodedEvent] = []
    with sx.reading(doc):  # the helpers find the document's token table at once
        coder = _Coder(
            doc, quotes, actors, load_lexicon(), load_model() if model == PACKAGED else model
        )
        coder.published = parse_date(published)
        coder.pronouns = pronouns
        for n, sent in enumerate(doc.sents):
            if coder.corrected and _EARLIER_VERSION.search(
                coder.text, sent.start_char, sent.end_char
            ):
                continue  # a correction's withdrawn claim is no event
            out.extend(coder.sentence(sent, n))
    for i, c in enumerate(out, 1):
        c.event.id = f"e{i}"
    return out


# what a correction says an earlier version of the story reported ("An earlier version of this
# story said that Belvania had recalled its ambassador"): withdrawn, no event
_EARLIER_VERSION = re.compile(r"\b[Aa]n earlier version of this\b")


class _Coder(ArgumentFinder):
    def __init__(
        self,
        doc: Doc,
        quotes: list[Quote],
        actors: ActorResolver,
        lex: Lexicon,
        model: TypeModel | None = None,
    ) -> None:
        self.doc = doc
        self.published: dt.date | None = None  # the article's date (events' stated dates)
        self._times: list[int] | None = None
        self.table = sx.table_of(doc)
        # the sentence of an event is cut from the text as given (``sent.text`` would join it
        # anew from the sentence's tokens for each event, and show the parser's spaces)
        self.text = given_text(doc)
        self.read = doc_text(doc)  # what the parser read, the same length
        # a sentence is searched for the story's credits only when the text holds their words
        # (found by plain substring search: the pattern itself, tried at every character of
        # a whole text, cost more than any other step of the coder's set-up)
        lowered = self.text.lower()
        self._credited = any(w in lowered for w in CREDIT_WORDS)
        self.corrected = "earlier version of this" in lowered
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
        # the actors the attribution stage resolved the statements' speakers to, by where the
        # mention starts ("He said ... and accused": the He of that statement)
        self.speaker_at: dict[int, str] = {
            q.speaker.start: q.speaker.actor for q in quotes if q.speaker and q.speaker.actor
        }
        self._cache: dict[tuple[int, int], str | None] = {}
        self._nouns: dict[int, str | None] = {}
        self.ent_at: dict[int, tuple[int, int]] = {
            i: (lo, hi) for start, end, _, lo, hi, _ in self.table.ents for i in range(start, end)
        }
        self.last_subject: list[str] = []
        self.last_subject_plural = False  # ("Voss and Orlin", "officials": what "they" is)
        self.pronouns: PronounResolver | None = None
        self._pronoun_refs: dict[int, str | None] = {}
        # the sentence part of the model's features, by the sentence's first token (the
        # same for every trigger of the sentence)
        self._sentence_feats: dict[int, list[str]] = {}
        self._electoral: bool | None = None  # (read when a win is coded: see _won_not_fought)
        # the main verb's event held back in election news (see build), for the sentence
        self._held_back = False

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

    # ---- one sentence -------------------------------------------------------------------
    def sentence(self, sent: Span, n: int) -> list[CodedEvent]:
        if _question(self.text, sent):
            # "Will Belvania strike back?", an interview's "Q: Have you spoken to ...?": a
            # question asks whether an act happens; it reports none
            return []
        if self._credited and CREDIT_LINE.search(self.text, sent.start_char, sent.end_char):
            return []  # "Jon Dahl in Lorvik contributed to this report": the story's credits
        triggers: list[tuple[int, int, Trigger]] = []
        self._held_back = False
        doc = self.doc
        for i in self.matcher.candidates(self.table, sent.start, sent.end):
            tok = doc[i]
            trig = self.matcher.match(tok)
            if trig is not None:
                triggers.append((_depth(tok), tok.i, trig))
        # a warning of harm to come is the threat, whatever else its verb reads as ("it will
        # regret it" is no regret expressed; "They should not test our patience" no demand)
        threats = self._threats(sent)
        threat_heads = {t.head.i for _, _, t in threats}
        triggers = [x for x in triggers if x[2].head.i not in threat_heads]
        triggers.extend(
            x for x in self._deontic_requests(sent) if x[2].anchor.i not in threat_heads
        )
        triggers.extend(threats)
        triggers.sort(key=lambda x: (x[0], x[1]))
        # "Asked whether Belvania would consider sanctions, Voss said": the question is none
        # and "Tapper asked whether Republicans would hold the House", '"But why?" she asked
        # him': a question put, and what it asks about, are no acts
        asked = [
            doc[i]
            for _, i, _ in triggers
            if _asked(doc[i]) or _question_put(doc[i]) or self._quoted_question(doc[i])
        ]
        asked_spans = [_asked_span(v) if _asked(v) else _question_span(v) for v in asked]
        # "Russia denied planning an invasion": what a denial's clause or object holds is denied
        denied = self._denied(sent)
        denials = self._denied(sent, only="deny") if denied else set()
        quiet = _no_comment_words(sent) | anonymity_terms(sent) | self._to_the_press(sent)
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
            if asked and any(lo <= trig.head.i <= hi for lo, hi in asked_spans):
                if trig.head in asked and not _asked(trig.head):
                    # (who put the question is still who a "she" after it may be; nor does
                    # the model read another act off the question's verb)
                    self._note_subject(trig)
                    tried = tried or trig.head.i == sent.root.i
                continue  # the question a reporter asked, not an act
            if denied and trig.head.i in denied:
                trig.negated = True
                trig.denied = trig.head.i in denials
            if trig.kind == "noun" and (
                self._noun_absorbed(trig.head, used_heads) or _topic(trig.head)
            ):
                continue
            if trig.head.dep_ == "pcomp" and trig.head.tag_ == "VBG" and _topic(trig.head):
                continue  # "a statement about fighting along the border": what is talked of
            if (
                trig.head.dep_ == "xcomp"
                and trig.head.head.pos_ == "ADJ"
                and trig.head.head.lemma_.lower() in _EASE_ADJECTIVES
            ):
                continue  # "hard to intimidate", "easy to attack": a quality, no act
            if trig.head.i in quiet:
                # "declined to comment on ...", "did not respond to a request for comment",
                # "speaking on condition of anonymity because he was not authorised to brief"
                continue
            if _protest_purpose(trig.head, used_heads):
                continue  # "summoned the envoy to protest ...": the summons is the protest
            if _hortative(trig.head):
                continue  # "Let's move on", "let us make the country great again": an appeal
            if (
                self._no_conflict(trig, sent)
                or _electoral_support(trig.head, sent)
                or (trig.theme is not None and _electoral_support(trig.theme, sent))
                or _to_the_polls(trig.head)
            ):
                # Nor does the model read another act off the verb ("held rallies in Sarn"
                # had been a consultation, "beat Sanders in the caucuses" a concession).
                tried = tried or trig.head.i == sent.root.i
                continue
            events = self.build(trig, sent, main=not out and not self._held_back)
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

    def _note_subject(self, trig: Trigger) -> None:
        """Keep the subject of an act not coded as the one a later pronoun stands for, as a
        coded act's is (see build)."""
        src_toks = self.sources(trig)
        quote = self.quote_at(trig.head)
        srcs = _unique(x for t in src_toks[:MAX_ARGS] for x in self.resolve_all(t, quote))
        if srcs:
            self._set_subject(srcs, src_toks)

    def _set_subject(self, srcs: list[str], src_toks: list[Token]) -> None:
        """The actors a later "he", "she" or "they" may stand for: an act's subject."""
        self.last_subject = srcs
        self.last_subject_plural = len(src_toks) > 1 or any(
            t.tag_ in {"NNS", "NNPS"} or t.lower_ in _PLURAL_SELVES for t in src_toks
        )

    def _quoted_question(self, verb: Token) -> bool:
        """Is ``verb`` "ask" the cue of a quoted question ('"But why?" she asked him')?"""
        if verb.lemma_.lower() != "ask":
            return False
        quote = self.cues.get(verb.idx)
        return quote is not None and quote.text.rstrip(" \"'”’").endswith("?")

    def _denied(self, sent: Span, only: str | None = None) -> set[int]:
        """The tokens a denial covers: the clause, gerund or object of a negator verb of the
        lexicon ("denied planning an invasion", "denied that it planned an invasion", "denies
        any plan to invade"), the verb itself left out."""
        out: set[int] = set()
        negators = self.lex.negators
        # the words off the token table: a Token only for a negator verb
        table = sx.table_of(self.doc)
        poses, lemmas = table.pos, table.lemma_lower
        for i in range(sent.start, sent.end):
            if poses[i] != "VERB":
                continue
            lemma = lemmas[i]
            if lemma not in negators or (only is not None and lemma != only):
                continue
            tok = self.doc[i]
            part = negators[lemma]
            if part is not None and sx.particle(tok, part) is None:
                continue  # "ruled that ...", not "ruled out"
            for c in tok.children:
                if c.i > tok.i and c.dep_ in {"ccomp", "xcomp", "dobj", "pcomp"}:
                    out.update(range(c.left_edge.i, c.right_edge.i + 1))
        return out

    def _fallback(self, sent: Span, n: int) -> list[CodedEvent]:
        """An event on the main verb of a sentence the lexicon has no trigger for.

        Only when the verb has an actor as source and another as target, is not a reporting
        verb (what was reported is looked at instead) and the model is sure enough of a type.
        """
        head = sent.root
        if _no_comment(head):
            return []  # "A spokesman declined to comment": no act at all
        if head.lemma_.lower() in self.lex.report:
            comp = sx.first_child(head, {"ccomp"})
            obj = sx.first_child(head, {"dobj"})
            if comp is not None:
                head = comp
            elif obj is None or _said_no_act(obj):
                return []  # "has said little (about the talks)", "said nothing"
            # else "announced a suspension of aid to Egypt": what was announced is the act,
            # read by the model off the verb and its object (still gated by its confidence).
        if head.pos_ not in {"VERB", "AUX"}:
            return []
        table = self.table  # (the children's labels: a Token only for an object)
        if (
            head.lemma_.lower() in _NO_ACT_VERBS
            or released_no_one(head)  # ("released a new ad": no one set free)
            or _hortative(head)
            or _to_the_polls(head)
            or _electoral_support(head, sent)
            or any(
                _electoral_support(self.doc[c], sent)
                for c in table.children(head.i)
                if table.dep[c] == "dobj"
            )
        ):
            # "Clinton won the primaries in Florida", "Canova has raised $2.3 million": a
            # result or a sum, no act of one party towards another (the model had read aid
            # off them); "Let's move on": a call to one's own side
            return []
        obj = sx.direct_object(head)
        if (
            obj is not None
            and obj.lemma_.lower() in sx.INTENT_NOUNS
            and (head.lemma_ == "have" or any(c.dep_ in {"acl", "relcl"} for c in obj.children))
        ):
            # "has plans to attack", "drew up plans to halt gas deliveries": the act intended
            # is coded, not the having or the drawing up (read as aid at +10 off "deliveries")
            return []
        if labelled(head) or _described_as(head):
            return []  # "described Ostrava as a state that respects only strength": words
        if table.lemma[head.i] == "be" and not any(
            table.dep[c] == "acomp" and sx.first_child(self.doc[c], {"xcomp"})
            for c in table.children(head.i)
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
        deps, doc = self.table.dep, self.doc
        for i in range(sent.start, sent.end):
            if deps[i] != "ccomp":
                continue
            tok = doc[i]
            if not sx.deontic(tok):
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
            trig.consumes.update(sx.subtree_ids(tok))
            out.append((_depth(head), head.i, trig))
        return out

    def _threats(self, sent: Span) -> list[tuple[int, int, Trigger]]:
        """Warnings of harm to come, which name no act of the lexicon: "warned that it would
        take proportionate measures if ...", "There will be a firm response", "the
        consequences would be severe", "would not hesitate to turn off the taps", "reserves the
        right to take further steps", "we will answer in kind", "it will regret it", "will pay
        a heavy price" (THREATEN, CAMEO 13). Only what is to come (a modal, a condition, a
        warning of it) and is not denied."""
        out: list[tuple[int, int, Trigger]] = []
        doc = self.doc
        lemmas = sx.table_of(doc).lemma_lower
        if _THREAT_CUES.isdisjoint(lemmas[sent.start : sent.end]):
            return out
        for i in range(sent.start, sent.end):
            lemma = lemmas[i]
            if lemma not in _THREAT_CUES:
                continue
            tok = doc[i]
            head = _threat_head(tok, lemma)
            if head is None:
                continue
            if sx.negated(head) and head.lemma_.lower() not in _THREAT_DESPITE_NEGATION:
                continue  # "would not retaliate"
            if head.lemma_.lower() in self.lex.negators:
                continue  # "could avoid military action", "ruled out a firm response"
            trig = Trigger(
                "THREATEN", "13", None, head=head, anchor=head, theme=None, kind="threat"
            )
            # (the warning's own words: not the rest of the clause, which may hold other acts,
            # "warned of a firm response and demanded the crew's release")
            trig.consumes.update(sx.subtree_ids(tok) if tok.pos_ == "NOUN" else [tok.i])
            trig.consumes.add(head.i)
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
        if src_toks and all(t.lemma_.lower() in NATURAL_FORCES for t in src_toks):
            return []  # "homes destroyed by the floods": no one's act
        acted_on: list[Token] = []  # those the act is done to, read here rather than searched
        if trig.kind == "threat":
            # ("the consequences would be severe": the one who warns threatens)
            src_toks = [t for t in src_toks if sx.is_actor_like(t)]
            if trig.head.lemma_.lower() in _THREATENED_SUBJECTS:
                # "Ostrava will pay a heavy price", "it will regret it": the one who will
                # pay is the one threatened, by whoever says so
                acted_on, src_toks = src_toks, []
        elif trig.kind == "model" and trig.head.lemma_.lower() in SUFFERING_VERBS:
            # "two soldiers died in a Belvanian drone strike": the dead are the ones acted
            # on, by whoever the act they died in names
            doers = [
                x
                for o in sx.prep_objects(trig.head, ("in", "from", "during", "after"))
                for x in self._noun_sources(o)
            ]
            if doers:
                acted_on, src_toks = src_toks, doers
        srcs = _unique(x for t in src_toks[:MAX_ARGS] for x in self.resolve_all(t, quote))
        # Speech inside a quote: the speaker acts, the addressee is acted upon. An event noun
        # without an agent ("no strike") is not the speaker's act.
        speaker_acts = quote is not None and (
            not src_toks
            and trig.kind != "noun"
            # ("the fighting killed 60 people, according to the Red Cross", "Voss said
            # shelling had damaged houses": what did it is named, and is no one; and a
            # source cited "according to" tells of acts, it does none)
            and not _done_by_a_thing(trig.head)
            and not receiving(trig)
            # ("release 11 fans detained after a match": done to them, by no one named)
            and not (trig.head.dep_ == "acl" and trig.head.tag_ == "VBN")
            and not _according_to(self.text, quote)
            # ("Two civilians were wounded": a passive's unnamed agent is not the speaker; "is
            # committed to opening up the economy" is a stance, the speaker's as before)
            and (
                sx.first_child(trig.head, {"nsubjpass"}) is None
                or trig.head.lemma_.lower() in _STANCE_PASSIVES
            )
            # (every source a first-person pronoun: as a set, not all() over a generator,
            # which costs an exception to close when it stops early)
            or (bool(src_toks) and {t.lower_ for t in src_toks} <= sx.PRONOUNS_FIRST)
        )
        if (
            not srcs
            and (speaker_acts or (trig.kind == "threat" and not src_toks))
            and quote is not None
            and quote.speaker
        ):
            # (a threat with no one named to carry it out is the speaker's: "the response
            # will be felt in every capital")
            srcs = _unique([quote.speaker.actor])
        elif (
            trig.kind != "noun"
            and quote is not None
            and quote.cue is not None
            and quote.cue.start == trig.head.idx
            and quote.speaker is not None
            and quote.speaker.actor is not None
            and trig.head.dep_ == "conj"
            and sx.first_child(trig.head, sx.SUBJ_DEPS) is None
        ):
            # the trigger is a statement's own verb, conjoined without a subject of its own
            # ("told the council that Ostravan forces had shelled villages and demanded that
            # ..."): its speaker, as the attribution stage read it, acts, not the subject of
            # the verb the parser hung it on ("shelled")
            srcs = [quote.speaker.actor]
        decision: Decision | None = None
        if fallback:
            if not srcs:
                return []  # before the target search, the costliest part
            # the model's reading does not depend on the arguments: one it is unsure of
            # ends here too
            decision = self._decide(trig, sent, None, None)
            if decision is None or decision.confidence < min(FALLBACK_MIN, FALLBACK_MIN_ALONE):
                return []
        if trig.kind == "deontic":
            subj = sx.first_child(trig.anchor, sx.SUBJ_DEPS)
            # ("US and British forces must ensure security": each state's forces)
            tgt_toks = [x for t in sx.conjuncts(subj) for x in split_parties(t)] if subj else []
        else:
            tgt_toks = acted_on or self.targets(trig, src_toks)
        if trig.kind == "noun" and not src_toks and not tgt_toks:
            return []
        tgts = _unique(x for t in tgt_toks[:MAX_ARGS] for x in self.resolve_all(t, quote))
        if not src_toks and trig.kind == "noun":
            # "a meeting between A and B": the parties meet each other.
            between = sx.prep_objects(trig.head, ("between",))
            if len(between) >= 2:
                srcs, tgts = _unique(self.resolve(t, quote) for t in between[:MAX_ARGS]), []
        if quote is not None and not tgts and quote.addressee:
            # (whom the speaker addresses is acted on by the speaker's own act, not by another
            # party's the statement reports: "told the council that Ostravan forces had
            # shelled three villages" is no attack on the council)
            speaker = quote.speaker.actor if quote.speaker else None
            if (
                quote.addressee.actor not in srcs
                and (speaker_acts or speaker in srcs)
                # ("told Reuters": the outlet a statement was made to is no party to its act)
                and not self._an_outlet(quote.addressee.actor)
            ):
                tgts = _unique([quote.addressee.actor])
        if not src_toks and not tgt_toks and not srcs and not tgts:
            return []
        confidence: float | None = None
        if fallback:
            # The model never saw a sentence without an event: with one actor only it must be
            # surer ("Ruritania's economy grew" stays uncoded).
            floor = FALLBACK_MIN if [t for t in tgts if t not in srcs] else FALLBACK_MIN_ALONE
            if decision is None or decision.confidence < floor:
                return []
            trig.type, trig.cameo = self._model_reading(trig, decision, None, None)
        if srcs and trig.kind != "noun":
            self._set_subject(srcs, src_toks)
        if (
            fallback
            and self._electoral_article()
            and not any(self._kind(a) in {"country", "igo"} for a in (*srcs, *tgts))
        ):
            # In election news a sentence with no event word is a candidate's doings ("Clinton
            # beamed as she noted ...", "Rubio is looking for a strong performance", "Sanders
            # did well with independents"), which the model, trained on acts between states,
            # reads as aid or requests: only acts between states or international bodies are
            # read off the main verb there. What the sentence says of its subject stands (the
            # pronouns after it), and its other triggers are read as they were beside it.
            self._held_back = True
            return []
        type_, cameo, mode, neg, hyp, converted, mod = self.reading(trig, src_toks, srcs, quote)
        # (a warning is given when it is said, whatever day it names)
        date = self._stated_date(trig, sent, quote, to_come=hyp or trig.kind == "threat")
        if trig.kind == "threat":
            hyp = False  # the warning is made now, of what is to come
            if trig.head.lemma_.lower() in _THREAT_DESPITE_NEGATION:
                neg = False  # "would not hesitate to", "should not test our patience"
        if neg and hyp and not src_toks and _undergone(trig.head):
            # "We will not be intimidated", "Belvania will not be bullied": a stance against
            # a pressure no one is said to apply, no threat or attack by anyone
            return []
        if fallback:
            confidence = decision.confidence
        elif self.model is not None:
            decision = self._decide(trig, sent, type_, cameo)
            if decision is not None and (
                not main or trig.kind == "threat" or trig.fixed or _aside(trig)
            ):
                key = "YIELD" if type_ in {"CONCEDE", "RETREAT"} else type_
                confidence = round(decision.probs.get(key, 0.0), 3)
            elif decision is not None:
                confidence = decision.confidence
                new_type, new_cameo = self._model_reading(trig, decision, type_, cameo)
                if new_type != type_ and self._objects_rule_out(trig, new_type):
                    # "sent an envoy": the model reads "send" as aid, which the lexicon gives
                    # only to things sent (aid, arms, food); an envoy makes it a consultation
                    new_type, new_cameo = type_, cameo
                if (
                    type_ == "MOBILIZE"
                    and new_type in COOPERATIVE
                    and _one_sides_force(trig, sent, alone=len(srcs) < 2 and not tgts)
                ):
                    # A show of force or a deployment by one side: "Belvania ordered naval
                    # exercises near the corridor", "Ostrava deployed troops along the border"
                    # (with no peacekeeping or relief in the sentence). The training sentences
                    # hold only joint exercises (cooperation, with two parties) and deployments
                    # of peacekeepers and rescue teams (aid): the model reads both as such.
                    new_type, new_cameo = type_, cameo
                if (
                    type_ in VERBAL_TYPES
                    and trig.kind == "verb"
                    and new_type in MATERIAL_TYPES
                    and trig.theme is None
                ):
                    # a statement's verb with no object the model reads as a material act
                    # ("The court ruled that Ostrava must pay", "the ministry said"): the
                    # lexicon's verbal reading stands (the training sentences never hold one)
                    new_type, new_cameo = type_, cameo
                if (
                    type_ == "ASSAULT"
                    and trig.kind == "verb"
                    and new_type in VERBAL_TYPES
                    and decision.confidence < 0.5
                    and decision.probs.get(type_, 0.0) >= 0.2
                ):
                    # a verb of armed force the model, unsure, reads as words ("'They shelled
                    # us,' Voss said" had been a rejection at 0.38 against the attack's 0.29)
                    new_type, new_cameo = type_, cameo
                if (
                    new_type != type_
                    and (
                        (decision.confidence < 0.5 and decision.probs.get(type_, 0.0) >= 0.2)
                        # (or the model would turn the act's sign: "halt gas deliveries" is
                        # a sanction, which it read as a concession off "deliveries")
                        or (type_ in MATERIAL_CONFLICT and new_type in COOPERATIVE)
                    )
                    and self._read_off_object(trig)
                ):
                    # "He said Belvania had recalled its ambassador": the lexicon read the act
                    # off its object ("recall >ambassador": a sanction), and the model, unsure,
                    # had leaned to an appeal at 0.34 against the sanction's 0.25
                    new_type, new_cameo = type_, cameo
                if (
                    type_ == "CONSULT"
                    and trig.kind == "verb"
                    and trig.head.lemma_.lower() in _TALKING
                    and _interlocutors(trig.head)
                ):
                    # "spoke to her Russian counterpart by phone ... and demanded a ceasefire":
                    # a talk with someone is a consultation, whatever else the sentence holds
                    # (the model, which saw few such verbs, had read a concession at 0.53 off
                    # the ceasefire, or support at 0.33 with nothing else said)
                    new_type, new_cameo = type_, cameo
                if (
                    type_ == "CONSULT"
                    and trig.kind == "verb"
                    and trig.head.lemma_.lower() in JOURNEY_VERBS
                    and (trig.theme is None or sx.is_actor_like(trig.theme))
                    and sx.direct_object(trig.head) is None
                    and _an_envoy_travels(trig.head)
                ):
                    # "The foreign minister went to Ostrava on Monday": a visit (nothing
                    # carried there), which the model, having seen few such verbs, had read
                    # as aid at 0.40
                    new_type, new_cameo = type_, cameo
                if (
                    type_ in {"AGREE", "SUPPORT"}
                    and new_type in {"AID", "COOPERATE"}
                    and trig.theme is not None
                    and trig.theme.lemma_.lower() in _PROPOSALS
                ):
                    # "Belvania accepted the plan", "approved the treaty": assent to a proposal
                    # or a pact, which the model, on a sentence this bare, had read as aid at
                    # +10
                    new_type, new_cameo = type_, cameo
                if new_type != type_:
                    if converted and neg is False and type_ == "REJECT" and new_type == trig.type:
                        neg = True  # "will not accept": the model kept the negated act itself
                    mode = self._object_mode(trig) if new_type in {"REQUEST", "REJECT"} else None
                    converted = False
                type_, cameo = new_type, new_cameo
        if type_ == "ASSAULT" and (
            _verbal_attack(trig, sent, self._a_person) or self._attack_ad(trig, sent)
        ):
            # "Christie unleashed withering attacks against Rubio in the debate", "Trump has
            # relentlessly attacked her", "xenophobic attacks on Muslims": words, a
            # politician's against a person or a party, in a sentence that tells of no
            # violence (PLOVER's ACCUSE); they had been armed attacks
            type_, cameo, mode = "ACCUSE", "11", None
        if type_ == "ASSAULT" and self._measure_targets(trig):
            # "The sanctions target senior Ostravan officials": the measures' targets, no
            # military strike
            type_, cameo, mode = "SANCTION", "16", None
        if type_ == "AID" and (not tgts or _into_territory(trig)) and _forces_moved(trig, sent):
            # "Belvania was sending two more battalions to the border": one side's forces
            # moved, with no one they go to help; "Ostravan soldiers crossed the river into
            # Kestria": moved into another's land, with no help named either
            type_, cameo, mode = "MOBILIZE", "15", None
        if (
            neg
            and type_ in {"AGREE", "SUPPORT"}
            and trig.head.lemma_.lower() in _ACCEPTING
            # (a "not" or "never" on the verb; "no longer accept anything from Sarn at face
            # value" is distrust, no refusal of anything)
            and any(c.dep_ == "neg" for c in trig.head.children)
        ):
            # "We do not accept these results", "did not recognise the vote": a refusal,
            # whatever the tense ("will not accept" is read so above), not an agreement denied
            type_, cameo, mode, neg = "REJECT", "12", self._object_mode(trig), False
        if type_ in COOPERATIVE and _failed(trig.head):
            # "The Security Council failed to agree on a statement": no agreement, as the type
            # finally read says ("failed to reach a deal" read as a rejection is one already;
            # "failed to capture the town" still reports an attack)
            neg = True
        # (the lexicon's reading as well as the model's: "lodged a formal protest with the
        # ambassador" is no threat however the model weighs an envoy as its target)
        if "PROTEST" in (type_, trig.type) and self._diplomatic_protest(trig, src_toks):
            type_, cameo, mode = "ACCUSE", "11", None
        intensity = self.intensity(type_, mode, neg, mod if hyp else None, converted)
        if neg and trig.denied and type_ not in COOPERATIVE:
            # "Tarnesse denied shelling the village": a denial tells nothing of conflict or
            # cooperation (it had been +2.25, de-escalation the day after the shelling)
            intensity = 0.0
        mutual = (trig.theme is not None and trig.theme.lemma_.lower() in MUTUAL_NOUNS) or (
            # "Lorvik and Belvania traded warnings": each warned the other
            trig.head.lemma_.lower() in _TRADING and type_ not in COOPERATIVE
        )
        if _a_journey(trig):
            # "Obama and Biden arrived in Orlando", "Cruz must travel to northern Iowa", "went
            # to college", "if we go to a contested convention": who travel together visit
            # only whom they go to, and a journey to no party (a town of one's own country is
            # a place, not a target) is no visit, nor anything else the model may read
            tgts = [t for t in tgts if t not in srcs]
            seat = trig.theme is not None and trig.theme.lemma_.lower() in _SEATS
            # (a journey with nothing named as where it goes, "encouraged Belvanians to visit
            # often", goes to no party: it had raised an error on the missing place)
            actor_like = trig.theme is not None and sx.is_actor_like(trig.theme)
            if not (tgts or seat) or not (seat or actor_like):
                # (but "the envoy is due to visit both capitals" names states' seats)
                return []
            pairs: list[tuple[str | None, str | None]] = [
                (s, t)
                for s in (srcs or [None])
                for t in (tgts or [None])  # type: ignore[list-item]
            ]
        else:
            pairs = self._pairs(type_, srcs, tgts, mutual=mutual)
        events = []
        start, end = snapped(self.read, self.text, sent.start_char, sent.end_char)
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
                    text=self.text[start:end],
                    start=start,
                    end=end,
                    quote=quote.id if quote is not None else None,
                    confidence=confidence,
                    date=date,
                )
            )
        return events

    def _stated_date(
        self, trig: Trigger, sent: Span, quote: Quote | None, *, to_come: bool
    ) -> str | None:
        """When the text says the act was done (see :mod:`onrecord.events.dating`).

        Most sentences name no time: a walk of the parse looks for one only where the token
        table shows a time word, in the act's sentence or about the statement's verb (whose
        sentence may be another).
        """
        times = self._time_tokens
        own = _any_between(times, sent.start, sent.end)
        cue = -1
        if quote is not None and quote.cue is not None:
            # the cue's first token, found on the token table (no Token built for each)
            idx = self.table.idx
            i = bisect_right(idx, quote.cue.start) - 1
            if i >= 0 and idx[i] == quote.cue.start and _any_between(times, i - 60, i + 60):
                cue = i
        if not own and cue < 0:
            return None
        return stated_date(
            trig.head,
            noun=trig.head if trig.kind == "noun" else None,
            statement=self.doc[cue] if cue >= 0 else None,
            to_come=to_come,
            published=self.published,
            own=own,
        )

    @property
    def _time_tokens(self) -> list[int]:
        """The document's tokens that may name a time (``dating.time_tokens``), found once."""
        if self._times is None:
            self._times = time_tokens(self.table)
        return self._times

    def _read_off_object(self, trig: Trigger) -> bool:
        """Did the lexicon read the trigger verb's type off its object ("recall >ambassador")?"""
        if trig.kind != "verb" or trig.theme is None:
            return False
        entries = self.lex.verbs.get(trig.head.lemma_.lower(), [])
        return any(
            e.type == trig.type and e.objects and object_ok(trig.theme, e.objects) for e in entries
        )

    def _objects_rule_out(self, trig: Trigger, type_: str) -> bool:
        """Did the lexicon read the trigger verb's type off its object, and does it give the
        verb ``type_`` only with other objects ("send >aid|arms|food" for AID, "send >envoy"
        for CONSULT: "sent an envoy" is no aid)?"""
        if trig.kind != "verb" or trig.theme is None:
            return False
        entries = self.lex.verbs.get(trig.head.lemma_.lower(), [])
        read = [e for e in entries if e.type == trig.type and e.objects and e.part is None]
        other = [e for e in entries if e.type == type_]
        return (
            bool(other)
            and any(object_ok(trig.theme, e.objects) for e in read)
            and all(e.objects and not object_ok(trig.theme, e.objects) for e in other)
        )

    def _decide(
        self, trig: Trigger, sent: Span, type_: str | None, cameo: str | None
    ) -> Decision | None:
        assert self.model is not None
        sentence = self._sentence_feats.get(sent.start)
        if sentence is None:
            sentence = self._sentence_feats[sent.start] = sentence_features(sent)
        feats = trigger_features(
            sent,
            trig.head,
            anchor=trig.anchor,
            theme=trig.theme,
            lex_type=type_,
            lex_cameo=cameo,
            kind=trig.kind if type_ else None,
            sentence=sentence,
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
        if d.penta == 0 and new == "SUPPORT" and type_ == "REQUEST":
            # a statement or an appeal, the penta head says, and the lexicon's word is one of
            # appealing ("called on Ukraine to withdraw"): an appeal (CAMEO 02), not a
            # statement of support
            new = "REQUEST"
        if (
            d.penta == 0
            and new in {"SUPPORT", "REQUEST"}
            and (type_ == "REJECT" or trig.head.lemma_.lower() == "deny")
        ):
            # a statement, the penta head says, in the lexicon's word of rejection: a denial
            # ("Tarnesse denied the accusations", "rejected accusations of racism": CAMEO 016,
            # which the PLOVER manual allows to read as REJECT), not an appeal at 0 or support
            # at +5
            return "REJECT", "01"
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
        neg = (
            trig.negated
            or any(sx.negated(h) for h in heads)
            or sx.denied_intent(trig.head)
            or _purpose_of_denied(trig.head)
            or _impossible(trig.head)
        )
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
        if trig.negated and trig.head.lemma_.lower() in self.lex.negators and sx.negated(trig.head):
            # "did not rule out sending assistance", "has not ruled out talks": the act is
            # left possible, not denied
            neg, hyp, mod = False, True, mod or "possible"
        return type_, cameo, mode, neg, hyp, converted, mod

    def _to_the_press(self, sent: Span) -> set[int]:
        """The verbs of talking to the press or to an audience ("spoke to reporters in Sarn",
        "speaking to the Jordan Times", "talked with journalists", "speaking to supporters
        and thousands of people watching"), or to no one ("speaks to the reality that"): an
        interview or an address, not a consultation between parties (it was CONSULT, or AID
        at +10 when the model weighed the place, or a concession)."""
        out: set[int] = set()
        table = sx.table_of(sent.doc)  # a Token only for the few words of talking
        lemmas, pos = table.lemma_lower, table.pos
        if _TALK_WORDS.isdisjoint(lemmas[sent.start : sent.end]):
            return out  # (most sentences: no word of talking at all)
        for i in range(sent.start, sent.end):
            if lemmas[i] in _PRESS_TALKS and pos[i] == "NOUN":
                # "during a press call with reporters", "at a news conference": the press
                # is told, no party consulted
                talk = sent.doc[i]
                objs = _interlocutors(talk)
                if any(
                    c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _PRESS_WORDS
                    for c in talk.children
                ) or (objs and all(self._press(o) for o in objs)):
                    out.add(i)
                continue
            if lemmas[i] not in _TALKING:
                continue
            objs = _interlocutors(sent.doc[i])
            if objs and all(self._press(o) or not sx.is_actor_like(o) for o in objs):
                # (nor is anyone consulted when what one speaks to is a matter: "the
                # comments speak to the reality that ...")
                out.add(i)
        return out

    def _measure_targets(self, trig: Trigger) -> bool:
        """Is the trigger "target" (or "hit", "aim at") said of measures, not of weapons
        ("The sanctions target senior officials", "new tariffs hit Ostravan steel")?"""
        if trig.kind != "verb" or trig.head.lemma_.lower() not in {"target", "hit", "aim"}:
            return False
        subj = sx.first_child(trig.head, {"nsubj"})
        if subj is None:
            return False
        lemma = subj.lemma_.lower()
        return lemma in _MEASURES or any(
            e.type == "SANCTION" for e in self.lex.nouns.get(lemma, ())
        )

    def _kind(self, actor: str | None) -> str | None:
        """The kind of an actor id of the article (None without one, or with a resolver that
        keeps no kinds)."""
        kind_of = getattr(self.actors, "kind_of", None)
        return kind_of(actor) if actor is not None and kind_of is not None else None

    def _an_outlet(self, actor: str | None) -> bool:
        return self._kind(actor) == "outlet"

    def _won_not_fought(self, trig: Trigger, sent: Span) -> bool:
        """Is the win or the defeat the trigger reads one of votes, polls or a contest, not
        of arms: told in a sentence of no violence, and either the sentence speaks of an
        election or a contest ("beat Trump 46 to 40 percent", "won the caucuses, beating
        Clinton"), what is won is no one's ("beat expectations", "captured the hearts of
        moderates"), or a person won it in an article about an election ("Ted Cruz has
        captured Texas and Oklahoma")?"""
        if _tells_of_violence(sent):
            return False
        if not _CONTEST.isdisjoint(self.table.lemma_lower[sent.start : sent.end]):
            return True
        head = trig.head
        objs = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
        if objs and all(o.lemma_.lower() in _WON_THINGS for o in objs):
            return True
        if not self._electoral_article():
            return False
        if any(c.dep_ == "dobj" and _political_person(c) for c in head.children):
            return True  # "I will beat Hillary Clinton", "the only one who can beat Trump"
        return self._a_candidate(sx.first_child(head, sx.SUBJ_DEPS))

    def _a_candidate(self, subj: Token | None) -> bool:
        """Is ``subj`` (a verb's subject) a person, as the article's actors read it? A relative
        pronoun stands for its antecedent ("Ted Cruz, who captured Texas")."""
        if subj is not None and subj.lower_ in _RELATIVE_SUBJECTS and subj.head.dep_ == "relcl":
            subj = subj.head.head
        return subj is not None and self._a_person(subj)

    def _no_conflict(self, trig: Trigger, sent: Span) -> bool:
        """Is the lexicon's conflict no act at all: a win at the polls ("Ted Cruz has captured
        Texas", "Clinton would beat Trump"), a rally that protests nothing ("a campaign rally
        in Sarn", "rallied its supporters"), a cause fought for ("has fought for our
        sovereignty")?"""
        if trig.type == "PROTEST":
            return _no_protest_rally(trig.theme or trig.head)
        if trig.type != "ASSAULT":
            return False
        lemma = trig.head.lemma_.lower()
        if lemma in _WINNING:
            return self._won_not_fought(trig, sent)
        if lemma == "battle" and self._contest_fought(trig, sent):
            return True
        if lemma == "target" and self._campaign_targets(trig, sent):
            return True
        if lemma == "destroy" and _destroys_no_thing(trig, sent):
            return True
        return self._fighting_for(trig, sent)

    def _contest_fought(self, trig: Trigger, sent: Span) -> bool:
        """A battle of candidates in an article about an election, in a sentence that tells of
        no violence ("Cruz was battling with Rubio for second place", "as Clinton and Sanders
        battled to replace him", "the Republican candidates battled in Wisconsin")."""
        return (
            not _tells_of_violence(sent)
            and self._electoral_article()
            and self._a_candidate(sx.first_child(trig.head, sx.SUBJ_DEPS))
        )

    def _campaign_targets(self, trig: Trigger, sent: Span) -> bool:
        """Voters or places a campaign aims at ("Clinton is targeting Latino and black
        voters", "an ad targeting Iowa", "targets Trump's housing crash gain"): no attack, in a
        sentence that tells of none in an article about an election. (A person or a party
        targeted is an attack in words: see _attack_ad.)"""
        return self._campaign_aims(trig, sent) and not self._a_person_targeted(trig)

    def _attack_ad(self, trig: Trigger, sent: Span) -> bool:
        """A person or a party a campaign targets ("ads and mailers targeting Trump", "the
        super PAC is targeting Clinton"): an attack in words (PLOVER's ACCUSE)."""
        return (
            trig.head.lemma_.lower() == "target"
            and self._campaign_aims(trig, sent)
            and self._a_person_targeted(trig)
        )

    def _campaign_aims(self, trig: Trigger, sent: Span) -> bool:
        """Does a person, a party or a campaign (an ad, a super PAC) aim the verb ("target"),
        in a sentence that tells of no violence, in an article about an election?"""
        if _tells_of_violence(sent) or not self._electoral_article():
            return False
        head = trig.head
        aimer = head.head if head.dep_ == "acl" else sx.first_child(head, sx.SUBJ_DEPS)
        return aimer is not None and (_political_person(aimer) or self._a_candidate(aimer))

    def _a_person_targeted(self, trig: Trigger) -> bool:
        return any(
            c.dep_ == "dobj" and (_political_person(c) or self._a_person(c))
            for c in trig.head.children
        )

    def _fighting_for(self, trig: Trigger, sent: Span) -> bool:
        """ "He has fought for our sovereignty", "I will fight for you", "fighting for second
        place": a cause championed or a place sought, in a sentence of no violence."""
        head = trig.head
        return (
            head.lemma_.lower() in {"fight", "battle"}
            and any(
                (c.dep_ == "prep" and c.lower_ == "for")
                # ("fought hard to defend the tax", "fighting to defend the Constitution")
                or (
                    c.dep_ in {"xcomp", "advcl"}
                    and c.pos_ in {"VERB", "AUX"}
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                )
                for c in head.children
            )
            and not _tells_of_violence(sent)
        )

    def _electoral_article(self) -> bool:
        """Does the article speak of an election (three of its words or more)?"""
        if self._electoral is None:
            lemmas = self.table.lemma_lower
            self._electoral = sum(map(_ELECTION.__contains__, lemmas)) >= 3
        return self._electoral

    def _a_person(self, tok: Token) -> bool:
        """Does ``tok`` name a person, as the article's actors read it?"""
        return self._kind(self.resolve(tok, None)) == "person"

    def _press(self, tok: Token) -> bool:
        """Is ``tok`` the press (reporters, journalists, the media, a news outlet) or an
        audience (supporters, a crowd, people, "thousands of people")?"""
        lemma = tok.lemma_.lower()
        if lemma in _PRESS_NOUNS or lemma in _AUDIENCE_NOUNS:
            return True
        if lemma in _MANY:
            return any(self._press(o) for o in sx.prep_objects(tok, ("of",)))
        return self._an_outlet(self.resolve(tok, None))

    def _diplomatic_protest(self, trig: Trigger, src_toks: list[Token]) -> bool:
        """A protest in words by a state, its offices or officials ("Lorvik protested the
        expulsion", "the ministry lodged a formal protest", "summoned the envoy to protest"):
        PLOVER codes it ACCUSE, keeping PROTEST for collective action (demonstrations,
        strikes, boycotts), which "presumes significant physical activity"."""
        if not any(
            t is not None and t.lemma_.lower() == "protest"
            for t in (trig.head, trig.anchor, trig.theme)
        ):
            return False

        def official(tok: Token) -> bool:
            return _official(tok) or self._kind(self.resolve(tok, None)) in {"country", "igo"}

        for tok in src_toks:
            # "the ministry said it had protested": who reports it
            said_by = self._reporter(tok) if tok.lower_ in sx.PRONOUNS_THIRD else [tok]
            if not said_by or not all(official(t) for t in said_by):
                return False
        return bool(src_toks)

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
        if set(spk) & set(srcs):
            return True
        # "Marran warned that Ostrava could expel ...": an official speaks for his state
        home_country = getattr(self.actors, "home_country", None)
        return home_country is not None and any(
            a is not None and home_country(a) in srcs for a in spk
        )

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


# verbs whose "on" or "about" names what is talked about: "declined to comment on the
# request" makes no request
_TALKED_ABOUT = QUESTIONING_VERBS | {"comment", "talk", "speak", "elaborate", "remark", "testify"}


# passives that state a stance, not an act done to the subject ("is committed to", "is
# determined to")
_STANCE_PASSIVES = frozenset({"commit", "determine", "prepare", "resolve", "dedicate"})
# plural pronouns a subject may be ("They agreed ...": "they" again may be them)
_PLURAL_SELVES = frozenset({"they", "we"})


def _undergone(verb: Token) -> bool:
    """Is ``verb`` a passive with no agent ("will not be intimidated")?"""
    return (
        sx.first_child(verb, {"nsubjpass"}) is not None and sx.first_child(verb, {"agent"}) is None
    )


def _failed(verb: Token) -> bool:
    """Is ``verb`` the infinitive of "failed to ..." ("failed to agree")?"""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail"


def _no_comment(verb: Token) -> bool:
    """Does ``verb`` say that someone gave no comment ("declined to comment", "refused to
    comment on the report", "declined to say whether ...", "did not respond to a request for
    comment", "could not be reached for comment")? CAMEO's "decline comment" (011) is a
    statement, no PLOVER act."""
    # the words and labels off the token table: asked of every sentence's main verb, whose
    # children would each be built as a Token to read them
    table = sx.table_of(verb.doc)
    lemmas, deps, lowers, kids = table.lemma_lower, table.dep, table.lower, table.children
    for c in kids(verb.i):
        if lemmas[c] in _UNSAID and deps[c] == "xcomp" and lemmas[verb.i] in _DECLINING:
            return True
        if deps[c] == "prep" and lowers[c] in {"for", "to"}:
            for o in kids(c):
                if deps[o] != "pobj":
                    continue
                if lemmas[o] == "comment":
                    return True  # "reached for comment"
                if lemmas[o] in {"request", "requests", "inquiry", "query"} and any(
                    deps[g] == "prep"
                    and lowers[g] == "for"
                    and any(lemmas[x] == "comment" for x in kids(g))
                    for g in kids(o)
                ):
                    return True  # "did not respond to a request for comment"
    return False


_DECLINING = frozenset({"decline", "refuse"})
# what one declines to do when one gives no comment: "declined to say whether ...",
# "refused to discuss the talks" ("refused to give up the town" is a rejection)
_UNSAID = frozenset(
    {
        "comment",
        "say",
        "discuss",
        "elaborate",
        "confirm",
        "specify",
        "disclose",
        "reveal",
        "detail",
        "speculate",
        "answer",
    }
)


# verbs of talking whose "to"/"with" object may be the press, and the words for the press
_TALKING = frozenset({"speak", "talk"})
# who visits when they travel (peacekeepers or refugees who arrive somewhere do not)
_ENVOYS = frozenset(
    {
        "minister",
        "president",
        "envoy",
        "delegation",
        "secretary",
        "leader",
        "diplomat",
        "chancellor",
        "premier",
        "ambassador",
        "mediator",
        "negotiator",
        "emissary",
        "king",
        "queen",
        "prince",
        "pope",
        "governor",
        "mayor",
        "senator",
        "official",
        "officials",
    }
)


# where a journey goes to a state whoever is named there ("visit both capitals")
_SEATS = frozenset({"capital", "country", "nation", "embassy", "region"})


def _a_journey(trig: Trigger) -> bool:
    """Is the trigger a verb of a journey the lexicon reads as a visit ("went to Ostrava")?"""
    return (
        trig.type == "CONSULT" and trig.kind == "verb" and trig.head.lemma_.lower() in JOURNEY_VERBS
    )


def _an_envoy_travels(verb: Token) -> bool:
    """Is the one who travels a person of state ("the foreign minister went to Ostrava",
    "Voss flew to Sarn"), whose journey is a visit?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.ent_type_ == "PERSON" or subj.lemma_.lower() in _ENVOYS)


# the words _no_comment_words starts from
_NO_COMMENT_CUES = _UNSAID | {"comment"}
_PRESS_NOUNS = frozenset(
    {"reporter", "journalist", "press", "media", "newsman", "correspondent", "interviewer"}
)
# nouns of a talk that may be one with the press ("a press call", "a call with reporters")
_PRESS_TALKS = frozenset(
    """call conference briefing meeting discussion conversation talk talks interview""".split()
)
# what makes a talk one with the press ("press call", "news conference", "media briefing")
_PRESS_WORDS = _PRESS_NOUNS | {"news"}
_TALK_WORDS = _TALKING | _PRESS_TALKS
# how many of an audience ("thousands of people")
_MANY = frozenset({"hundred", "thousand", "million", "dozen", "hundreds", "thousands", "millions"})
# those one addresses rather than consults ("spoke to supporters at a rally")
_AUDIENCE_NOUNS = frozenset(
    """audience crowd people supporter voter student graduate dignitary guest attendee
    listener viewer congregation rally gathering public nation""".split()
)


# what may close a sentence after its last word: quotation marks and a bracket
_CLOSERS = frozenset("\"'”’»)")


def _question(text: str, sent: Span) -> bool:
    """Does the sentence end with a question mark (before any closing quotation marks)?"""
    end = sent.end_char
    while end > sent.start_char and (text[end - 1].isspace() or text[end - 1] in _CLOSERS):
        end -= 1
    return end > sent.start_char and text[end - 1] == "?"


def _interlocutors(verb: Token) -> list[Token]:
    """Whom a verb of talking is to or with ("spoke to her counterpart", "talked with
    Orlin")."""
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in {"to", "with"}
        for o in sx.pobjs(p)
    ]


def _no_comment_words(sent: Span) -> set[int]:
    """The words of a sentence's no-comment lines: the verb ("declined", "respond") and all
    it governs but a clause conjoined to it ("declined to comment on a report that ...
    reviewed their cooperation" is no act; "..., but Marr accused Sarnia" is)."""
    out: set[int] = set()
    table = sx.table_of(sent.doc)  # a Token only for "comment" and what one declines to say
    lemmas, deps = table.lemma_lower, table.dep
    if _NO_COMMENT_CUES.isdisjoint(lemmas[sent.start : sent.end]):
        return out
    for i in range(sent.start, sent.end):
        low = lemmas[i]
        if low != "comment" and (low not in _UNSAID or deps[i] != "xcomp"):
            continue
        verb = sent.doc[i].head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head  # "a request for comment" -> "respond"
        if not _no_comment(verb):
            continue
        out.add(verb.i)
        for c in verb.children:
            if c.dep_ not in {"conj", "cc", "nsubj", "nsubjpass", "punct"}:
                out.update(t.i for t in c.subtree)
    return out


def _topic(noun: Token) -> bool:
    """Is the event noun only what someone talks or asks about ("declined to comment on the
    request", "asked about the attack"), or the time of the act the sentence reports ("talked
    with journalists after the meeting": a bare noun after a word of time, with no party of
    its own), not an act the sentence reports?"""
    prep = noun.head
    if noun.dep_ == "dobj" and prep.lemma_.lower() in _RAISED:
        return True  # "she had raised the detention of three sailors": a subject of talks
    if noun.dep_ == "dobj" and labelled(prep):
        # "Arden called the sanctions worthless": what is labelled, not the labeller's act
        return True
    if noun.dep_ not in {"pobj", "pcomp"}:
        return False
    if prep.lower_ in _TIME_PREPS:
        return all(c.dep_ in {"det", "amod"} for c in noun.children)
    if prep.lower_ == "about" and prep.head.pos_ == "NOUN":
        return prep.head.lemma_.lower() in _WORDS_ABOUT  # "a statement about the fighting"
    if prep.lower_ == "about" and any(_said_no_act(t) for t in (prep.head, *prep.head.children)):
        return True  # "has said little about the talks", "said nothing about the attack"
    if prep.lower_ in {"over", "about", "at"} and prep.head.lemma_.lower() in SUFFERING_VERBS:
        # "Belvania walks out over shelling", "protested over the arrests": what one answers,
        # not one's own act (and no one else named doing it)
        return True
    return (
        prep.lower_ in {"on", "about"}
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in _TALKED_ABOUT
    )


def _said_no_act(obj: Token) -> bool:
    """Is a reporting verb's object only how much was said ("said little", "said nothing",
    "said much"), not an act announced ("announced a suspension of aid")?"""
    return obj.dep_ == "dobj" and obj.pos_ in {"ADJ", "PRON"} and obj.head.pos_ == "VERB"


# what is written or said about something: "a statement about the fighting" reports no fighting
# by the statement's maker
_WORDS_ABOUT = frozenset(
    {"statement", "resolution", "report", "text", "draft", "debate", "question", "story"}
)
# verbs whose object is what is talked about ("raised the detention", "discussed the attack";
# not "citing the planned visit", which reports the visit as what it is)
_RAISED = frozenset({"raise", "mention", "discuss"})
# words that set an event noun as the time of another act ("after the meeting")
_TIME_PREPS = frozenset({"after", "before", "since", "until", "during"})


def _asked(verb: Token) -> bool:
    """ "Asked whether Belvania would consider sanctions, Voss said: ...": the one asked is
    the sentence's subject and the asker a reporter, unnamed: no request between actors. A
    participle of questioning opening the sentence with no subject of its own (tagged a
    past tense too, where the tagger misreads it), or a passive of questioning with what was
    asked and no asker ("Voss was asked whether Belvania would retaliate"; "was asked by
    Ostrava to withdraw" names one, and stays a request)."""
    if verb.lemma_.lower() not in QUESTIONING_VERBS:
        return False
    doc = verb.doc
    if (
        verb.tag_ in {"VBD", "VBN"}
        and verb.i >= 2
        and doc[verb.i - 1].text == ","
        and any(
            doc[k - 1].text == "," and doc[k].lemma_.lower() in _ANSWERING
            for k in range(verb.i + 2, min(len(doc), verb.i + 25))
        )
    ):
        return True  # "Sandor, asked whether he would meet Orlin, said he was ready"
    if (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ in {"ccomp", "prep"} for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    ):
        return True  # "Voss was asked whether Belvania would retaliate": by a reporter
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.left_edge.i == verb.i))
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _question_put(verb: Token) -> bool:
    """Does "ask" put a question rather than ask for an act: whether or if something is so,
    a question word's clause, "about" something, or a quoted question ("Tapper asked whether
    Republicans would hold the House", "asked about his claims", '"But why?" she asked him')?
    Asking someone to act or for something ("asked Ostrava to withdraw", "asked for a
    ceasefire") stays a request."""
    if verb.lemma_.lower() != "ask":
        return False
    kids = list(verb.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
        if c.dep_ in {"ccomp", "advcl"} and (
            any(m.dep_ == "mark" and m.lower_ in {"whether", "if"} for m in c.children)
            or c.left_edge.tag_ in _QUESTION_WORD_TAGS
            or any(t.text == "?" for t in c.subtree)
        ):
            return True
    return False


def _question_span(verb: Token) -> tuple[int, int]:
    """The token range of the question "ask" puts (see _question_put): the verb and the
    clause or the "about" phrase it asks, not the rest of its sentence ("Tapper asked whether
    ..., and Ryan blasted him" still holds Ryan's act)."""
    lo = hi = verb.i
    for c in verb.children:
        if (c.dep_ == "prep" and c.lower_ == "about") or c.dep_ in {"ccomp", "advcl"}:
            lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i)
    return lo, hi


_QUESTION_WORD_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _described_as(verb: Token) -> bool:
    """Does ``verb`` describe its object as something ("described Ostrava as a bully")?"""
    return (
        verb.lemma_.lower() in _DESCRIBING
        and sx.direct_object(verb) is not None
        and bool(sx.prep_objects(verb, ("as",)))
    )


_DESCRIBING = frozenset(
    {"describe", "portray", "depict", "characterize", "characterise", "brand", "cast", "paint"}
)


def _asked_span(verb: Token) -> tuple[int, int]:
    """The token range of the question ``verb`` asks: its clause, or, for an aside set off
    by commas ("Sandor, asked whether he would meet Orlin, said ..."), the aside alone (the
    parser hangs the answer on "asked")."""
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if verb.i >= 1 and verb.doc[verb.i - 1].text == ",":
        asked = next(
            (c for c in verb.children if c.i > verb.i and c.dep_ in {"ccomp", "prep"}), None
        )
        if asked is not None:
            lo, hi = verb.i, asked.right_edge.i
    return lo, hi


# what the one asked goes on to do ("Sandor, asked whether ..., said ...")
_ANSWERING = frozenset({"say", "tell", "reply", "answer", "respond", "add", "insist", "declare"})


def _impossible(head: Token) -> bool:
    """ "It is not possible to discuss trade", "it was impossible to hold talks": an act said
    to be impossible is not done."""
    if head.dep_ != "xcomp" or head.head.i == head.i:
        return False
    gov = head.head
    if gov.pos_ == "ADJ":  # (the infinitive hung on the adjective)
        adj, be = gov, gov.head
    else:
        adj = next((c for c in gov.children if c.dep_ == "acomp"), None)
        be = gov
    if adj is None or be.lemma_ != "be":
        return False
    low = adj.lower_
    return low == "impossible" or (low == "possible" and (sx.negated(be) or sx.negated(adj)))


def _purpose_of_denied(tok: Token) -> bool:
    """Is ``tok`` the purpose of an act denied ("We are not sending soldiers to fight": no
    fighting either)?"""
    head = tok.head
    return (
        tok.dep_ == "advcl"
        and head.i != tok.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and sx.negated(head)
    )


# the words of a warning of harm to come (see ``_Coder._threats``)
_THREAT_NOUNS = frozenset({"retaliation", "reprisal", "countermeasure", "retribution", "revenge"})
_THREAT_HEADS = frozenset(
    {"response", "reaction", "measure", "consequence", "action", "step", "answer"}
)
# what makes an answer a threat: "a firm response", "proportionate measures", "severe
# consequences"; the weaker words only with a condition ("necessary measures if ...": "a swift
# response to the floods" is none)
_THREAT_QUALITIES = frozenset(
    {
        "firm",
        "proportionate",
        "proportional",
        "decisive",
        "tough",
        "harsh",
        "mirror",
        "retaliatory",
        "military",
        "resolute",
        "forceful",
        "reciprocal",
        "symmetrical",
        "asymmetric",
        "asymmetrical",
        "severe",
        "serious",
        "grave",
        "dire",
        "painful",
        "crushing",
        "devastating",
    }
)
_WEAK_THREAT_QUALITIES = frozenset(
    {"appropriate", "adequate", "necessary", "further", "strong", "swift", "robust"}
)
_THREAT_VERBS = frozenset(
    {"retaliate", "regret", "hesitate", "answer", "respond", "react", "pay", "act"}
)
_THREAT_CUES = (
    _THREAT_NOUNS | _THREAT_HEADS | _THREAT_VERBS | {"right", "patience", "responsibility"}
)
_WARNING_VERBS = frozenset({"warn", "vow", "promise", "pledge", "threaten"})
_BRINGING_ABOUT = frozenset(
    {"result", "lead", "cause", "trigger", "provoke", "prompt", "invite", "risk", "spark"}
)
# threats whose subject is the one threatened ("Ostrava will pay a heavy price", "will bear
# full responsibility for the consequences", "They should not test our patience")
_THREATENED_SUBJECTS = frozenset({"pay", "regret", "bear", "test", "try", "exhaust"})
# what one is warned to answer for ("will bear responsibility for the consequences")
_ANSWERED_FOR = frozenset({"consequence", "escalation", "bloodshed"})
# threats made in the negative ("would not hesitate to ...", "should not test our patience")
_THREAT_DESPITE_NEGATION = frozenset({"hesitate", "test", "try", "exhaust"})


def _threat_head(tok: Token, lemma: str) -> Token | None:
    """The verb a warning word makes a threat of, or None when the word warns of nothing
    (see ``_Coder._threats``)."""
    if tok.pos_ == "NOUN":
        said = {c.lemma_.lower() for c in tok.children if c.dep_ in {"amod", "compound"}}
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            # "the consequences would be severe"
            said |= {c.lemma_.lower() for c in tok.head.children if c.dep_ == "acomp"}
        strong = lemma in _THREAT_NOUNS or (
            lemma in _THREAT_HEADS and (bool(said & _THREAT_QUALITIES) or _in_kind(tok))
        )
        # ("If they refuse, there will be consequences": a condition makes them a threat)
        weak = lemma in _THREAT_HEADS and (
            bool(said & _WEAK_THREAT_QUALITIES) or lemma == "consequence"
        )
        if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() == "feel" and lemma in _THREAT_HEADS:
            # "the response will be felt in every capital that voted for this"
            return tok.head if sx.modality(tok.head) is not None else None
        if lemma == "patience":
            # "They should not test our patience"
            verb = tok.head
            ok = (
                tok.dep_ == "dobj"
                and verb.lemma_.lower() in {"test", "try", "exhaust"}
                and (sx.deontic(verb) or sx.modality(verb) is not None)
            )
            return verb if ok else None
        if lemma == "responsibility":
            # "Ostrava will bear full responsibility for the consequences" (not "will bear
            # responsibility for the costs of the repairs")
            verb = tok.head
            ok = (
                tok.dep_ == "dobj"
                and verb.lemma_.lower() == "bear"
                and sx.modality(verb) == "intent"
                and any(o.lemma_.lower() in _ANSWERED_FOR for o in sx.prep_objects(tok, ("for",)))
            )
            return verb if ok else None
        if lemma == "right":
            # "reserves the right to take further steps"
            verb = tok.head
            ok = tok.dep_ == "dobj" and verb.lemma_.lower() == "reserve"
            return verb if ok and sx.first_child(tok, {"acl", "relcl"}) is not None else None
        if not strong and not weak:
            return None
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head  # "warned of a firm response"
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in _BRINGING_ABOUT:
            # ("the law could result in retaliatory measures by other countries": a forecast
            # of others' answer, no one's threat)
            return None
        if lemma == "consequence" or not strong:
            # ("the floods will have serious consequences", "a swift response to the crisis":
            # none without a condition or a warning; "warned that it would take the necessary
            # measures": a warning of what it will do)
            ok = (
                _on_condition(verb)
                or (strong and verb.lemma_.lower() in _WARNING_VERBS)
                or (
                    verb.dep_ == "ccomp"
                    and verb.head.lemma_.lower() in _WARNING_VERBS
                    and sx.modality(verb) == "intent"
                )
            )
        else:
            ok = sx.modality(verb) is not None or verb.lemma_.lower() in _WARNING_VERBS
        return verb if ok else None
    if tok.pos_ != "VERB":
        return None
    mod = sx.modality(tok)
    if lemma == "hesitate":
        # "would not hesitate to turn off the taps": what follows is the threat
        return tok if mod is not None and sx.negated(tok) else None
    if mod is None and (tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in _WARNING_VERBS):
        return None
    if lemma == "retaliate":
        # its own modal, or a warning or vow it is the object of ("Sarn would retaliate",
        # "threatened to retaliate"); not "will be under pressure to retaliate"
        own = any(
            c.dep_ == "aux" and c.lower_ in sx.INTENT_MODALS | sx.POSSIBLE_MODALS
            for c in tok.children
        )
        warned = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _WARNING_VERBS
        return tok if own or warned else None
    if lemma == "regret":
        # "it will regret it": of another, never "we will regret"
        subj = sx.first_child(tok, sx.SUBJ_DEPS)
        return tok if subj is not None and subj.lower_ not in sx.PRONOUNS_FIRST else None
    if lemma == "pay":
        obj = sx.direct_object(tok)
        return tok if obj is not None and obj.lemma_.lower() == "price" else None
    # "we will answer in kind", "would respond firmly", "If they cross the river, our forces
    # will act" (an answer promised to what someone may do; not "will act to help farmers if
    # the rains fail")
    return (
        tok
        if _in_kind(tok)
        or any(c.dep_ == "advmod" and c.lower_ in _THREAT_MANNERS for c in tok.children)
        or (_promised(tok) and _on_someones_act(tok))
        else None
    )


_THREAT_MANNERS = frozenset(
    {
        "firmly",
        "decisively",
        "harshly",
        "forcefully",
        "proportionately",
        "swiftly",
        "resolutely",
        "symmetrically",
    }
)


def _on_condition(verb: Token) -> bool:
    """Does an if- or unless-clause qualify ``verb`` ("would be severe if Ostrava crossed the
    line")?"""
    marks = sx.CONDITIONAL_MARKS
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in verb.children
    ) or any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def _promised(verb: Token) -> bool:
    """Does a modal of intent ("will", "would", "shall") go with ``verb`` itself?"""
    return any(c.dep_ == "aux" and c.lower_ in sx.INTENT_MODALS for c in verb.children)


# what is proposed, or agreed, and assented to in words
_PROPOSALS = frozenset(
    """plan proposal offer proposition initiative idea formula terms treaty agreement accord
    deal pact protocol convention""".split()
)
# verbs whose denial is a refusal ("do not accept", "did not recognise")
_ACCEPTING = frozenset({"accept", "recognise", "recognize", "acknowledge", "endorse", "approve"})


def _done_by_a_thing(verb: Token) -> bool:
    """Has ``verb`` a subject of its own that is a noun and no actor ("the fighting killed"),
    or is it one ("shelling damaged")?"""
    subj = sx.nearest_subject(verb)
    if subj is None:
        # "Voss said shelling had damaged houses", parsed "said shelling (houses)": the
        # gerund is the subject of a clause the parser lost, and no one's act
        return verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in sx.SAYING
    return subj.pos_ == "NOUN" and not sx.is_actor_like(subj)


def _according_to(text: str, quote: Quote) -> bool:
    """Is ``quote`` one a source is cited for with "according to" (no speech of its own)?
    (``text``: the article as given, which the quote's offsets index.)"""
    cue = quote.cue
    return cue is not None and text[cue.start : cue.end].lower().startswith("according")


def _on_someones_act(verb: Token) -> bool:
    """Is ``verb`` qualified by an if- or unless-clause whose subject is someone ("if they
    cross the river", "if a single unit is still in Halden")? Its own clause may say no more
    than that (no purpose: "will act to protect farmers if ..." is a plan)."""
    if any(c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children
        ):
            continue
        subj = sx.first_child(c, sx.SUBJ_DEPS)
        if subj is not None and (
            sx.is_actor_like(subj)
            or subj.lemma_.lower() in {"unit", "soldier", "troop", "ship", "tank", "force"}
        ):
            return True
    return False


def _in_kind(tok: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "kind" for g in c.children)
        for c in tok.children
    )


# adjectives whose infinitive is a quality of the one described ("hard to intimidate")
_EASE_ADJECTIVES = frozenset({"hard", "easy", "difficult", "impossible", "tough", "quick", "slow"})
# measures that "target" someone without a weapon
_MEASURES = frozenset(
    {"measure", "restriction", "ban", "tariff", "law", "rule", "policy", "package", "freeze"}
)


# what does harm and is no one: "The storm destroyed dozens of homes"
NATURAL_FORCES = frozenset(
    {
        "flood",
        "storm",
        "earthquake",
        "quake",
        "wildfire",
        "blaze",
        "hurricane",
        "typhoon",
        "cyclone",
        "tornado",
        "tsunami",
        "drought",
        "landslide",
        "mudslide",
        "avalanche",
        "rain",
        "snow",
        "eruption",
        "wind",
        "heatwave",
        "disaster",
        "epidemic",
        "pandemic",
        "disease",
        "virus",
        "famine",
    }
)
# what is done, not said: no verb of saying without an object is read as one of these
MATERIAL_TYPES = frozenset(
    {"AID", "ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST", "COOPERATE", "RETREAT"}
)
# verbs whose coordinated subjects act on each other ("traded warnings", "exchanged fire")
_TRADING = frozenset({"trade", "exchange"})


# military exercises: a show of force by one side, cooperation between two
_DRILLS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "wargame", "war-game"})


# what makes an exercise a military one ("naval exercises", "live-fire drills")
_MILITARY_MODIFIERS = frozenset(
    """military naval navy air army artillery missile war live-fire combat tank troop
    nuclear amphibious""".split()
)


def _show_of_force(noun: Token) -> bool:
    """ "naval exercises", "exercises near the border", "military drills": an exercise
    with no modifier, or a military one (not "an emergency evacuation exercise")."""
    if noun.lemma_.lower() not in _DRILLS:
        return False
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
    return not mods or bool(mods & _MILITARY_MODIFIERS)


def _one_sides_force(trig: Trigger, sent: Span, *, alone: bool) -> bool:
    """A show of force by one side (``alone``: one source and no target) or forces moved with
    no peaceful purpose: what the lexicon reads as MOBILIZE and the model, from its training
    sentences, as cooperation."""
    shows = alone and any(_show_of_force(t) for t in (trig.head, trig.theme) if t is not None)
    return shows or _forces_moved(trig, sent)


def _into_territory(trig: Trigger) -> bool:
    """Does the trigger move something into or across a place ("crossed the river into
    Kestria", "pushed across the border")?"""
    head = trig.head
    obj = sx.first_child(head, {"dobj"})  # (the parser may hang it on the river crossed)
    return any(
        c.dep_ == "prep" and c.lower_ in {"into", "across"}
        for t in (head, obj)
        if t is not None
        for c in t.children
    )


def _forces_moved(trig: Trigger, sent: Span) -> bool:
    """ "deployed troops along the border", "massed tanks near Keld", "troops began massing":
    the trigger verb moves forces (its object a force noun, or its subject with no object),
    and no word of the sentence gives the move a peaceful
    purpose ("as peacekeepers", "to the UN mission", "for relief")."""
    if trig.kind not in {"verb", "transparent", "model"}:
        return False
    # what is moved, or what moves ("Ostravan troops began massing near the border"; what
    # goes somewhere moves itself: "soldiers crossed the river into Kestria")
    moved = (
        trig.theme
        if trig.theme is not None and trig.head.lemma_.lower() not in _GOING
        else sx.first_child(trig.head, {"nsubj"})
    )
    if moved is None or moved.lemma_.lower() not in _MILITARY_FORCES:
        return False
    lemmas = sx.table_of(sent.doc).lemma_lower
    return not any(
        (low := lemmas[i]) in _PEACEFUL_PURPOSES or low.startswith("peacekeep")
        for i in range(sent.start, sent.end)
    )


# verbs of going somewhere, whose subject is what moves
_GOING = frozenset({"cross", "enter", "advance", "push", "pour", "march", "roll", "move"})
# what a deployment moves that is military: the source's own forces (not its citizens or
# officials), their units and their arms
_MILITARY_FORCES = (OWN_FORCES - {"citizen", "national", "official", "personnel"}) | frozenset(
    """division brigade battalion marine reservist tank jet missile artillery howitzer
    frigate corvette destroyer submarine warplane bomber""".split()
)
# words that give a deployment a peaceful purpose (and any word opening "peacekeep")
_PEACEFUL_PURPOSES = frozenset(
    """peace mission humanitarian relief rescue aid help assist assistance monitor monitoring
    observer observe train training""".split()
)


# heads of a state's offices and officials, for :meth:`_Coder._diplomatic_protest`
_OFFICIAL_NOUNS = frozenset(
    """government ministry embassy consulate mission minister ambassador envoy diplomat
    president premier chancellor spokesman spokeswoman spokesperson office department kremlin
    cabinet administration presidency""".split()
)


def _protest_purpose(tok: Token, used: set[int]) -> bool:
    """ "summoned the envoy to protest ...", "recalled its ambassador in protest": a protest
    that is the purpose of an act already coded."""
    if tok.lemma_.lower() != "protest":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "in":
        head = head.head
    elif tok.dep_ not in {"advcl", "xcomp"}:
        return False
    return head.i in used


def _aside(trig: Trigger) -> bool:
    """Is the trigger an event noun in a clause's adjunct of time or of a stand taken ("spoke
    to reporters after the attack", "campaigned against the war")? The model reads a sentence
    by its main clause, which here tells of something else: the noun's own reading stands."""
    return trig.kind == "noun" and adjunct_prep(trig.head) in APART | WHEN


def _verbal_attack(trig: Trigger, sent: Span, person: Callable[[Token], bool]) -> bool:
    """Is the attack the trigger reads one in words: made by a person, a party or a campaign,
    or on a person or a group of people ("Clinton's attacks on Trump", "Republican attacks on
    her record", "ads attacking Trump", "attacks on Muslims"), in a sentence that tells of no
    violence and names no place attacked ("the attacks in Paris", "the Orlando attack", "the
    9/11 attacks")? So are a fight, a clash or an offensive of the same kind ("clashed with
    Dant at the debate"), a retort ("shot back", "fired back at critics") and criticism
    suffered ("came under fire"). Not one made by a mob, a man or protesters: blows.
    ``person``: does a token name a person (as the article's actors read it)?"""
    attack = trig.theme if trig.theme is not None else trig.head
    if attack.lemma_.lower() not in _ATTACK_WORDS:
        attack = trig.head
        if attack.lemma_.lower() not in _ATTACK_WORDS:
            return False
    if _tells_of_violence(sent, but=attack.i):
        return False  # (the attack's own word left out: "shot back" tells of no shooting)
    if any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in attack.children) or (
        attack.dep_ == "pobj" and attack.head.lower_ == "under"
    ):
        return True  # "Voss shot back", "fired back at critics", "came under fire"
    if attack.lemma_.lower() in _SHOOTING:
        # otherwise shots and blows, whoever fires them; but "has hit Mrs. Clinton over her
        # husband's trade policies", "an ad hitting him for skipping the debate": blame
        return attack.lemma_.lower() == "hit" and _blamed(attack)
    attackers: list[Token] = []
    targets: list[Token] = []
    reasons: list[Token] = []
    for c in attack.children:
        if c.dep_ in {"compound", "nmod", "poss", "amod", "npadvmod"}:
            if c.ent_type_ in _PLACE_ENTS or c.ent_type_ in {"DATE", "TIME"}:
                return False  # "the Orlando attack", "the 9/11 attacks"
            if c.dep_ == "poss" or c.ent_type_ == "NORP":
                attackers.append(c)  # "Clinton's attacks", "Republican attacks"
        elif c.dep_ == "prep":
            objs = sx.pobjs(c)
            if c.lower_ in {"in", "at", "near"} and any(o.ent_type_ in _PLACE_ENTS for o in objs):
                return False  # "the attacks in Paris"
            if c.lower_ in {"on", "against"}:
                targets.extend(objs)
            elif c.lower_ in {"from", "by"}:
                attackers.extend(objs)
            elif c.lower_ == "for" and attack.pos_ == "VERB":
                reasons.extend(o for o in objs if not _a_while(o))
        elif c.dep_ == "dobj":
            targets.append(c)
        elif c.dep_ in {"nsubj", "agent"}:
            attackers.append(c)
    # the subject of the verb that makes the attack ("Christie unleashed attacks", "ads
    # attacking Trump": the ad)
    if attack.dep_ in {"dobj", "acl"} and attack.head.pos_ in {"VERB", "NOUN"}:
        holder = attack.head
        attackers.extend(c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"})
        if attack.dep_ == "acl":
            attackers.append(holder)
    if reasons and any(c.dep_ == "dobj" for c in attack.children):
        # "attacked Voss for the job losses": blamed for something, in a sentence that tells
        # of no violence, whoever it is (the tagger had read the person a place)
        return True
    if any(t.ent_type_ in _PLACE_ENTS for t in targets):
        return False  # "an attack on Kessin"
    if any(t.lemma_.lower() in _ASSAILANTS for t in attackers):
        return False  # "a mob attacked the ambassador", "a man attacked Voss": blows
    if attack.lemma_.lower() == "war":
        # a war is one of words only when it is waged on persons or parties ("a two-front
        # war against Trump and Sanders"); a leader's war ("Assad's war on his own people")
        # is a war, and so is a state's ("Belvania declared war on Ostrava")
        return (
            bool(targets)
            and all(_political_person(t) or person(t) for t in targets)
            and not any(t.ent_type_ in _PLACE_ENTS for t in attackers)
        )
    return any(_political_person(t) or person(t) for t in attackers) or any(
        _people_attacked(t) or person(t) for t in targets
    )


def _blamed(verb: Token) -> bool:
    """Does ``verb`` ("hit") take a person, a party or a campaign with a reason or a
    means ("hit Clinton for enabling ...", "hits Trump on escalating costs", "hitting
    Clinton with ads"), or is it an ad's ("a new campaign ad hitting Trump")?"""
    return any(
        c.dep_ == "dobj" and (_political_person(c) or c.lower_ in {"him", "her", "them"})
        for c in verb.children
    ) and (
        any(c.dep_ == "prep" and c.lower_ in _BLAMED_FOR for c in verb.children)
        or (verb.dep_ == "acl" and verb.head.lemma_.lower() in _POLITICAL_ATTACKERS)
    )


def _destroys_no_thing(trig: Trigger, sent: Span) -> bool:
    """Is what is destroyed no thing or body that force can destroy ("destroying my
    career", "destroyed President Obama's plan", "destroying the party's chance"), in a
    sentence that tells of no violence?"""
    objs = [c for c in trig.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    return (
        bool(objs)
        and all(o.lemma_.lower() in _NOT_DESTROYED_BY_FORCE for o in objs)
        and not _tells_of_violence(sent)
    )


def _tells_of_violence(sent: Span, but: int | None = None) -> bool:
    """Does the sentence hold a word of violence (``_VIOLENCE``), token ``but`` left out?"""
    lemmas = sx.table_of(sent.doc).lemma_lower
    if but is None:
        return not _VIOLENCE.isdisjoint(lemmas[sent.start : sent.end])
    return not (
        _VIOLENCE.isdisjoint(lemmas[sent.start : but])
        and _VIOLENCE.isdisjoint(lemmas[but + 1 : sent.end])
    )


def _political_person(tok: Token) -> bool:
    """A person, a party or a campaign ("Clinton", "she", "Republican", "the ad")."""
    low = tok.lemma_.lower()
    return (
        tok.ent_type_ in {"PERSON", "NORP"}
        or tok.lower_ in {"he", "she", "his", "her", "him"}
        or low in _POLITICAL_ATTACKERS
    )


def _people_attacked(tok: Token) -> bool:
    """A person or a group of people named ("Trump", "Muslims"), or what a person has ("her
    record", "his qualifications")."""
    if _political_person(tok) or tok.lower_ in {"them", "us", "me"}:
        return True
    return any(c.dep_ == "poss" and _political_person(c) for c in tok.children)


# words of a while ("attacked the post for hours"): how long, not what for
_WHILE_WORDS = frozenset(
    "second minute hour day night week month year time while decade moment".split()
)


def _a_while(tok: Token) -> bool:
    """Does ``tok`` say how long, not what for ("for hours", "for the third time")?"""
    return tok.lemma_.lower() in _WHILE_WORDS or tok.ent_type_ in {"DATE", "TIME"}


# who attack with blows, not words (whoever they attack)
_ASSAILANTS = frozenset(
    """mob man men woman women crowd youth gang assailant attacker protester protestor
    demonstrator rioter thug hooligan intruder stranger suspect inmate prisoner""".split()
)
# words of armed attack that are words only in a turn of phrase ("shot back", "under fire")
_SHOOTING = frozenset({"shoot", "hit", "fire"})
_ATTACK_WORDS = frozenset({"attack", "offensive", "fire", "clash", "fight", "shoot", "hit", "war"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# words that tell of violence: a sentence holding one tells of an armed attack
_VIOLENCE = frozenset(
    """terror terrorist terrorism kill killing killer dead death die deadly murder murderous
    gunman gunmen gun shoot shooting shooter bomb bomber bombing explosive explosion blast
    wound wounded injure injury casualty victim massacre militant insurgent rebel jihadist
    troop soldier army military missile rocket drone airstrike artillery shell shelling
    weapon knife machete stab chemical suicide hostage raid mourn tragedy tragic grieve
    police violence violent armed fighter warplane tank invasion war guerrilla crackdown
    combat sniper conflict battalion brigade militia frontline""".split()
)
# who makes attacks in words (with persons and parties)
_POLITICAL_ATTACKERS = frozenset(
    """campaign candidate ad advert advertisement mailer commercial rival opponent critic
    party democrat republican senator governor president nominee pac surrogate spokesman
    spokeswoman columnist commentator""".split()
)


# main verbs the model is not asked about: what they tell is no act of one party towards
# another
_NO_ACT_VERBS = frozenset({"win", "raise", "score", "finish", "spend", "poll", "have"})
# who gives a candidate the support of votes and polls, not a party's help: voters, and a
# share of them
_PEOPLE_VOTING = frozenset("""voter caucusgoer electorate respondent man woman""".split())
_SHARE_WORDS = frozenset("""majority plurality minority percent half third quarter""".split())
# who "support among" is of when it is a poll's: voters and the electorate's parts
_ELECTORATE = _PEOPLE_VOTING | frozenset(
    """democrat republican independent latino hispanic evangelical white black young
    millennial conservative liberal moderate student worker those people adult american""".split()
)
# words of a poll's or a vote's share
_SHARES = frozenset({"percent", "%", "poll", "survey", "point", "points"})


def _electoral_support(word: Token, sent: Span) -> bool:
    """Is the support the trigger reads the support of voters or of a poll, no party's help or
    approval: "48% support in the Sunshine State", "Clinton has maintained support among
    black voters", "about 6 in 10 white men supported Sanders"? (It had been aid at +7.) So
    is the noun with a share, "among" voters, or no owner in a sentence of percentages and
    polls; and the noun or the verb whose holders are voters or a share of them. "120 states
    supported the resolution", "its support for the resolution, which 80 percent backed" and
    "support among NATO allies for sanctions" are support. ``word``: the trigger's word
    ("support", the noun or the verb)."""
    if word.lemma_.lower() != "support":
        return False
    lemmas = sx.table_of(sent.doc).lemma_lower[sent.start : sent.end]
    # (a noun's phrase, or the verb that holds it: "maintained support among black voters")
    near = [*word.children, *(word.head.children if word.dep_ == "dobj" else ())]
    if word.pos_ == "NOUN" and (
        any(c.dep_ in {"nummod", "compound"} and c.like_num for c in word.children)
        or any(
            c.dep_ == "prep"
            and c.lower_ == "among"
            and any(o.lemma_.lower() in _ELECTORATE for o in sx.pobjs(c))
            for c in near
        )
        or (
            not _SHARES.isdisjoint(lemmas)
            # ("Ostrava pledged its support for the resolution, which 80 percent backed")
            and not any(c.dep_ == "poss" for c in word.children)
        )
    ):
        return True  # "48% support", "support among black voters", "38 percent support"
    holders = [c for c in word.children if c.dep_ in {"nsubj", "agent"}]
    holders += [o for c in word.children if c.dep_ == "agent" for o in c.children]
    return any(_voters(h, lemmas) for h in holders)


def _voters(holder: Token, lemmas: list[str]) -> bool:
    """Are the holders of a support voters ("6 in 10 white men", "most Republican voters"), or
    a share of them ("a majority of those polled", "48 percent" in a sentence of an election)?
    A share of states or members is not: "a majority of member states supported the
    resolution"."""
    low = holder.lemma_.lower()
    if low in _PEOPLE_VOTING:
        return True
    if low in _SHARE_WORDS or holder.ent_type_ in {"PERCENT", "CARDINAL"}:
        of = [o for c in holder.children if c.lower_ == "of" for o in sx.pobjs(c)]
        if of:
            # ("of Republicans", "of college students polled", "of those who said")
            return any(
                o.lemma_.lower() in _ELECTORATE or o.lower_.removesuffix("s") in _ELECTORATE
                for o in of
            )
        return not _ELECTION.isdisjoint(lemmas) or not _SHARES.isdisjoint(lemmas)
    return False


def _to_the_polls(verb: Token) -> bool:
    """ "Voters went to the polls", "five states head to the polls": a vote held, no act of
    one party towards another (the model had read aid)."""
    return verb.lemma_.lower() in {"go", "head"} and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.lemma_.lower() == "poll" for o in c.children)
        for c in verb.children
    )


# verbs of winning that the lexicon reads as armed attacks ("captured the town", "defeated
# the rebels") and that votes, polls and contests use alike
_WINNING = frozenset(
    {"beat", "capture", "defeat", "win", "clinch", "sweep", "trounce", "crush", "rout"}
)
# words of an election
_ELECTION = frozenset(
    """election primary caucus caucuses vote voter poll pollster delegate nomination nominee
    ballot electorate campaign candidate""".split()
)
# words of an election or another contest, in the sentence of a win
_CONTEST = _ELECTION | frozenset(
    """percent point race expectation forecast estimate analyst game match championship
    contest tournament""".split()
)
# what is won that is no one's ("beat expectations", "captured the hearts of moderates")
_WON_THINGS = frozenset(
    """expectation expectations heart hearts imagination attention support mood moment
    spirit essence dilemma goal record estimate forecast odds win victory""".split()
)
# relative pronouns a verb's subject may be ("Ted Cruz, who captured Texas")
_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})
# prepositions of what a person is hit for, or with ("hit Clinton over her record")
_BLAMED_FOR = frozenset({"for", "on", "over", "with"})
# what is destroyed that no force destroys: a person's standing, chances, plans and means
_NOT_DESTROYED_BY_FORCE = frozenset(
    """career chance chances credibility reputation plan plans finance finances class
    candidacy campaign hope hopes argument case dream dreams brand standing legacy
    presidency agenda coalition party""".split()
)


def _hortative(verb: Token) -> bool:
    """ "Let's move on", "Let us not forget": the speaker's call to their own side, not one
    party letting another do something (the lexicon's "let" is a concession)."""
    if verb.lemma_.lower() != "let" or any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(
        g.dep_ == "nsubj" and g.lower_ in {"'s", "’s", "us"}
        for c in verb.children
        if c.dep_ in {"ccomp", "xcomp"}
        for g in c.children
    )


def _no_protest_rally(tok: Token) -> bool:
    """Is ``tok`` a rally that protests nothing: a gathering the text says nothing against
    ("a campaign rally", "Voss's rally in Sarn", "spoke at a rally on Friday"), or rallying
    support ("rallied its supporters", "rally around the president")?

    A rally is a protest (PLOVER's PROTEST: a demonstration against a target) when the text
    says so: "a rally against the treaty", "an anti-government rally", "a protest rally",
    "a rally demanding his resignation", "protesters rallied"; and the verb with no object
    ("thousands rallied in the capital"). Most rallies in political news are campaign
    events, and were coded as material conflict against whoever was named near them.
    """
    if tok.lemma_.lower() != "rally":
        return False
    if tok.pos_ in {"VERB", "AUX"}:
        # "rallied its base", "rallied Democrats around Clinton", "rally behind the plan"
        return any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _RALLYING_ROUND)
            for c in tok.children
        )
    return not _protest_said(tok) and not (
        tok.head.pos_ in {"VERB", "AUX"} and _protest_said(tok.head)
    )


def _protest_said(tok: Token) -> bool:
    """Does the phrase headed by ``tok`` say what it protests ("against the treaty", "anti-",
    "protest", "demanding ...", by protesters)?"""
    for c in tok.children:
        low = c.lemma_.lower()
        if c.dep_ == "prep" and c.lower_ in {"against", "over"}:
            return True
        if low in _PROTEST_WORDS or low.startswith("anti"):
            return True
        if c.dep_ in {"acl", "relcl", "advcl", "xcomp"} and low in _PROTESTING:
            return True
        if c.dep_ in {"nsubj", "poss", "compound", "agent"} and low in _PROTESTERS:
            return True
    return False


# what rallies support rather than protests ("rally around the president", "behind the plan")
_RALLYING_ROUND = frozenset({"around", "round", "behind", "to"})
_PROTEST_WORDS = frozenset({"protest", "opposition", "demonstration"})
_PROTESTING = frozenset(
    {"protest", "demand", "denounce", "condemn", "oppose", "call", "decry", "urge", "reject"}
)
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "activist", "opponent"})


def _official(tok: Token) -> bool:
    """Does the noun phrase headed by ``tok`` name a state ("Lorvik"), an office ("the
    foreign ministry") or an official ("Foreign Minister Ana Voss")?"""
    if tok.ent_type_ == "GPE" or tok.lemma_.lower() in _OFFICIAL_NOUNS:
        return True
    return any(
        c.dep_ in {"compound", "appos"} and c.lemma_.lower() in _OFFICIAL_NOUNS
        for c in tok.children
    )


def _any_between(sorted_ids: list[int], lo: int, hi: int) -> bool:
    """Does ``sorted_ids`` hold a value in ``[lo, hi)``?"""
    i = bisect_right(sorted_ids, lo - 1)
    return i < len(sorted_ids) and sorted_ids[i] < hi


def _unique(ids) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for i in ids:
        if i and i not in out:
            out.append(i)
    return out
