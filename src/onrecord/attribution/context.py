"""Per-document state shared by the attribution rules, and the helpers they all use.

:class:`Context` holds the text, the quoted segments, the sentence and paragraph ranges, the
datelines and the parts of the page that carry no attributions (headline, byline,
boilerplate); :class:`Found` is an attribution on its way to the record.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, islice
from typing import TYPE_CHECKING

from onrecord.attribution.lexicon import CueLexicon
from onrecord.attribution.marks import Segment, find_segments, paragraphs
from onrecord.attribution.model import Attribution, KnownNames, Offsets
from onrecord.attribution.sentences import SentenceIndex, sentence_ranges
from onrecord.attribution.speakers import (
    PERSON_NOUNS,
    PIECES,
    PRONOUNS_SELF,
    article_person_words,
    is_age_noun,
    maker,
    np_span,
    people_word,
    publisher,
    transcript_turns,
)
from onrecord.datelines import dateline_ranges
from onrecord.nlp import doc_text, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# determiners of a noun that points back to one named before ("the statement", "that letter")
_BACK_DETS = frozenset({"the", "this", "that"})
_THE = frozenset({"the"})
_BOILERPLATE = re.compile(
    r"^(press play to listen|listen to this article|by [\w .-]{1,40}$|photo:|image:|file photo|"
    r"\(?(reporting|writing|editing|additional reporting) by|source link|read more|"
    r"read the rest|click here|sign up|subscribe|advertisement|share this|follow us)",
    re.IGNORECASE,
)


WORD = re.compile(r"\w+")


@dataclass
class Group:
    segments: list[Segment]
    full: bool = True

    @property
    def start(self) -> int:
        return self.segments[0].open

    @property
    def end(self) -> int:
        return self.segments[-1].outer_end


@dataclass
class Found:
    att: Attribution
    pos: int
    speaker_tok: Token | None = None
    pronoun: str | None = None
    reply: bool = False
    floating: bool = False
    # signed by a dash line under it ("― Ana Voss"), as round-ups of readers' words are: the
    # name signs that quotation alone, so a quotation after it does not continue its speaker
    signed: bool = False
    order: int = 0
    absorbed: list[Segment] = field(default_factory=list)
    # the source is named in an aside of the sentence it speaks for ("as the Herald
    # reported", "according to two officials"): another source of the same words may stand
    aside: bool = False
    # a transcript's turn ("VOSS: ...", an interview's "A: ..."): the statements reported
    # inside it are statements of their own, nested in the turn, not repeats of it
    turn: bool = False
    # the sender a thing's "it" stands for ("... sent a letter. “...,” it read."), the speaker's
    # antecedent, when the text names one
    sender: Token | None = None


class Context:
    """Per-document state shared by the rules."""

    def __init__(self, doc: Doc, cues: CueLexicon, known: KnownNames | None = None):
        self.doc = doc
        self.known = known or KnownNames()
        # the document's token table, looked up once: ``token_table`` wraps the columns anew
        # on each call, which costs several Token builds, and the rules ask thousands of times
        self.table = token_table(doc)
        self.text = doc_text(doc)
        self.cues = cues
        self.segments = find_segments(self.text)
        self.paras = paragraphs(self.text)
        self.sents = SentenceIndex(sentence_ranges(self.text, self.segments))
        # the first paragraph is a headline without a full stop (set by _skipped_ranges)
        self.bare_headline = False
        self.skip = self._skipped_ranges()
        self.datelines = dateline_ranges(self.text)
        # Sorted keys for the position look-ups below: every rule asks "which segment,
        # paragraph or skipped range holds this position" for many positions, and a scan of
        # the whole list each time made extraction quadratic on quote-dense text. Segments
        # and paragraphs come in text order; the running maxima keep the answers exact even
        # if two ranges ever overlapped.
        self._seg_opens = [s.open for s in self.segments]
        self._seg_outer_ends = [s.outer_end for s in self.segments]
        self._seg_reach = list(accumulate(self._seg_outer_ends, max))
        self._para_starts = [lo for lo, _ in self.paras]
        self._skip_starts = [lo for lo, _ in self.skip]
        self._skip_reach = list(accumulate((hi for _, hi in self.skip), max))
        self._dateline_starts = [lo for lo, _ in self.datelines]
        self._it_cache: dict[int, Token | None] = {}

    def it_antecedent(self, tok: Token) -> Token | None:
        """What a speaking "it" stands for ("The ministry closed the crossing. It said that
        ..."): the nearest body or document that is the subject of a clause before it, in its
        sentence or the one before (None when there is none, or "it" is no subject)."""
        if tok.lower_ != "it" or tok.dep_ != "nsubj" or _placeholder_it(tok):
            return None
        if tok.i not in self._it_cache:
            self._it_cache[tok.i] = self._find_it_antecedent(tok)
        return self._it_cache[tok.i]

    @cached_property
    def speaking_things(self) -> frozenset[str]:
        """Bodies, artefacts and records: nouns for no one person whose statements are
        their maker's or members' own, in the first person too."""
        cues = self.cues
        return cues.it_bodies | cues.artefact | cues.records

    def read_thing(self, tok: Token, depth: int = 0) -> Token | None:
        """``Dawson lifted a sign of her own. “I am still for Marr,” it read.``: the thing an
        "it" stands for when it reads or says the quotation right before it: the last sign,
        email, letter or website the sentence before names, in any role, or the paragraph
        before when the quotation opens its paragraph, or the thing an "it" read in the
        quotation before (``“...,” it reads. ¶ “...,” it said.``); None otherwise.
        The thing's sender speaks when the text says who sent it; else the "it" does (a
        mention with no actor), where the quotation would have gone to whoever spoke last."""
        verb = tok.head
        if (
            tok.lower_ != "it"
            or tok.dep_ != "nsubj"
            or verb.lemma_.lower() not in _READS
            or self.in_quote(tok.idx)
        ):
            return None
        before = self.text[max(0, tok.idx - 4) : tok.idx]
        if not any(c in before for c in '”"’'):
            return None  # not a frame right after a quotation
        k = self.sents.index_of(tok.idx)
        if k is None or k == 0:
            return None
        lo, _hi = self.sents.ranges[k - 1]
        para = self.paragraph_of(tok.idx)
        if self.paragraph_of(lo) < para - 1:
            return None
        if self.paragraph_of(lo) == para - 1 and self.paras[para][0] <= self.sents.ranges[k][0]:
            # a quotation opening its paragraph: the thing the paragraph before names ("The
            # email was sent at 7:19 p.m. ... Two Americans were killed. ¶ “...,” it reads.")
            lo = self.paras[para - 1][0]
        things = self.cues.artefact | _READ_THINGS
        for t in reversed(self.tokens(lo, tok.idx)):
            if self.in_quote(t.idx):
                continue
            if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in things:
                return t  # (not "released", the verb)
            if t.lower_ == "it" and depth < 3:
                # "“...,” it reads. ¶ “...,” it said.": the thing the last one read
                thing = self.read_thing(t, depth + 1)
                if thing is not None:
                    return thing
        return None

    def _find_it_antecedent(self, tok: Token) -> Token | None:
        k = self.sents.index_of(tok.idx)
        if k is None:
            return None
        lo = self.sents.ranges[max(0, k - 1)][0]
        if self.paragraph_of(lo) < self.paragraph_of(tok.idx) - 1:
            lo = self.paras[self.paragraph_of(tok.idx) - 1][0]
        seen = False  # a body named since, in any role: which one "it" is, is in doubt
        for t in reversed(self.tokens(lo, tok.idx)):
            if t.i >= tok.i or self.in_quote(t.idx) or self._reported(t):
                continue
            body = t.tag_ in {"NN", "NNP"} and (
                (t.ent_type_ == "ORG" and t.text not in self.person_words)
                or t.lemma_.lower() in self.cues.it_bodies
                or t.lemma_.lower() in self.cues.artefact
                or t.lemma_.lower() in PIECES
            )
            if body and t.dep_ in {"nsubj", "nsubjpass"}:
                return None if seen else t
            seen = seen or (
                body
                and t.dep_ not in {"compound", "poss"}
                and not any(c.lower_ == "its" for c in t.children)  # "in its statement"
                # "The ministry issued a statement. It said": the statement or its issuer,
                # one voice either way
                and publisher(t, self.cues.artefact, self.cues.publish) is None
                # "A statement from the embassy said ... It said": its maker, one voice too
                and not (t.dep_ == "pobj" and maker(t.head.head, self.cues) == t)
                # "In a statement, it said", "In a statement carried by the news agency
                # Belpress, it said": where "it" spoke, not another speaker
                and not _in_modifier_of(t, tok.head)
                # "The ministry said in a separate statement ...": its own medium
                and not (
                    t.dep_ == "pobj"
                    and t.head.lower_ == "in"
                    and t.head.head.lemma_.lower() in self.cues.speech
                )
            )
        return None

    def _reported(self, t: Token) -> bool:
        """Is ``t`` in a clause someone is said to have said ("The ministry said the joint
        statement was hypocritical, noting that Belvania had held drills. It warned ..."):
        what was said, not who might say the next thing?"""
        speech = self.cues.speech
        for a in t.ancestors:
            if a.dep_ in {"ccomp", "advcl"} and a.head.lemma_.lower() in speech:
                return True
            if a.lemma_.lower() in speech and a.dep_ in {"advcl", "ccomp"}:
                return True  # (inside "noting that ...", hung on the sentence's verb)
        return False

    @cached_property
    def person_words(self) -> frozenset[str]:
        """The words the article uses as the last word of a person's name, however the
        tagger labelled each mention (see :func:`article_person_words`)."""
        return article_person_words(self.doc)[0]

    # -- geometry ---------------------------------------------------------------------
    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``doc.char_span(start, end, alignment_mode="expand")`` (none when
        that is None), found on the token table (see ``TokenTable.char_tokens``)."""
        if end <= start:
            return []
        span = self.table.char_tokens(start, end)
        if span is None:
            return []
        doc = self.doc
        return [doc[i] for i in range(*span)]

    def last_token(self, start: int, end: int) -> Token | None:
        """``self.tokens(start, end)[-1]`` (None when empty) without listing the tokens."""
        if end <= start:
            return None
        span = self.table.char_tokens(start, end)
        return self.doc[span[1] - 1] if span is not None and span[1] > span[0] else None

    def mentioned_before(self, tok: Token, dets: frozenset[str] = _BACK_DETS) -> Token | None:
        """The thing "the statement" (``tok``, with a determiner of ``dets``) points back to:
        the nearest earlier word of its lemma outside quotations, in its paragraph or the one
        before ("The ministry issued a statement. The statement read: ..."); else None."""
        if not any(c.dep_ == "det" and c.lower_ in dets for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        lo = self.paras[max(0, self.paragraph_of(tok.idx) - 1)][0]
        for t in reversed(self.tokens(lo, tok.idx)):
            if t.lemma_.lower() == lemma and not self.in_quote(t.idx):
                return t
        return None

    def in_quote(self, pos: int) -> bool:
        """Is ``pos`` between a segment's opening mark and the end of its closing mark?"""
        i = bisect_right(self._seg_opens, pos) - 1
        return i >= 0 and self._seg_reach[i] > pos

    def segment_closing_at(self, end: int) -> tuple[int, int] | None:
        """The segment (opening mark, end past its closing mark) whose closing mark ends
        at ``end``, or None."""
        i = bisect_right(self._seg_opens, end - 1) - 1
        if i >= 0 and self._seg_reach[i] == end:
            return self._seg_opens[i], end
        return None

    def next_open(self, pos: int) -> int | None:
        """The opening mark of the first segment that opens at or after ``pos``."""
        i = bisect_left(self._seg_opens, pos)
        return self._seg_opens[i] if i < len(self._seg_opens) else None

    def reach_of(self, open_pos: int) -> int:
        """The end (closing mark included) of the segment that opens at ``open_pos``."""
        return self._seg_reach[bisect_left(self._seg_opens, open_pos)]

    def next_open_after(self, pos: int) -> int | None:
        """The opening mark of the first segment that opens strictly after ``pos``."""
        i = bisect_right(self._seg_opens, pos)
        return self._seg_opens[i] if i < len(self._seg_opens) else None

    def last_close_before(self, pos: int) -> int | None:
        """The latest end of a segment (closing mark included) at or before ``pos``."""
        # Segments are disjoint and in text order, so their outer ends are sorted too.
        i = bisect_right(self._seg_outer_ends, pos) - 1
        return self._seg_outer_ends[i] if i >= 0 else None

    def skipped(self, pos: int) -> bool:
        i = bisect_right(self._skip_starts, pos) - 1
        return i >= 0 and self._skip_reach[i] > pos

    def _skipped_ranges(self) -> list[Offsets]:
        """Headline, byline and boilerplate paragraphs: they carry no attributions (but for
        the headline rule's own reading of a headline, see :attr:`bare_headline`)."""
        out = []
        for i, (lo, hi) in enumerate(self.paras):
            line = self.text[lo:hi]
            last = line.rstrip()[-1:]
            headline = i == 0 and len(self.paras) > 2 and last not in '.!?”"’»:'
            boilerplate = _BOILERPLATE.match(line)
            # a headline as pages print it, without a full stop: skipped by the rules that
            # read sentences, read by the headline rule alone
            self.bare_headline = self.bare_headline or bool(headline and not boilerplate)
            if (
                headline
                or boilerplate
                # a short line without a full stop (its words counted only then: most
                # paragraphs end with one)
                or (last not in '.!?”"' and _at_most_words(line, 4))
            ):
                out.append((lo, hi))
        return out

    def dateline_at(self, pos: int) -> Offsets | None:
        """The dateline holding ``pos`` (datelines open lines, so they never overlap)."""
        i = bisect_right(self._dateline_starts, pos) - 1
        return self.datelines[i] if i >= 0 and pos < self.datelines[i][1] else None

    @cached_property
    def has_turns(self) -> bool:
        """Is the article a transcript or an interview ("VOSS: ...", "Q: ..." / "A: ..."
        opening lines): its "I" and "we" are the speakers', not the writer's."""
        return bool(transcript_turns(self.text)) or {
            m.group(1) for m in _QA_ANY_LINE.finditer(self.text)
        } == {"Q", "A"}

    def in_headline(self, pos: int) -> bool:
        """Is ``pos`` in the article's first paragraph, when that is a short line (at most
        twenty words) before at least two more: a headline."""
        if len(self.paras) < 3 or pos >= self.paras[0][1]:
            return False
        lo, hi = self.paras[0]
        return _at_most_words(self.text[lo:hi], 20)

    def paragraph_of(self, pos: int) -> int:
        """The paragraph holding ``pos``; between two paragraphs, the earlier one."""
        if not self.paras:
            return -1
        return max(bisect_right(self._para_starts, pos) - 1, 0)


def _at_most_words(text: str, n: int) -> bool:
    """``len(WORD.findall(text)) <= n``, without finding the words after the first n + 1."""
    return next(islice(WORD.finditer(text), n, None), None) is None


def strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def trim_span(text: str, span: Offsets) -> Offsets:
    lo, hi = span
    while lo < hi and (text[lo].isspace() or text[lo] in ",;:—–-"):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:—–-."):
        hi -= 1
    return lo, hi


# the labels of the children addressee_from_verb reads an addressee from
_ADDRESS_DEPS = frozenset({"nsubjpass", "dobj", "dative", "iobj", "prep", "advcl"})
# verbs of an opening participle that names whom the speaker spoke to ("Speaking to Marr by
# phone, Voss said ...", "Addressing the assembly, ...")
_SPOKE_TO = frozenset({"speak", "talk", "write"})


def addressee_from_verb(ctx: Context, found: Found, verb: Token, frame: Offsets) -> None:
    cues = ctx.cues
    lemma = verb.lemma_.lower()
    doc = verb.doc
    table = ctx.table  # a Token only for the children with one of those labels
    deps = table.dep
    for c in table.children(verb.i):
        if deps[c] not in _ADDRESS_DEPS:
            continue
        child = doc[c]
        if deps[c] == "advcl":
            if child.tag_ == "VBG" and child.i < verb.i:
                _spoken_to(ctx, found, child, frame)
            continue
        if not (frame[0] <= child.idx < frame[1]):
            continue
        if child.dep_ == "nsubjpass" and lemma in cues.address and child.pos_ in {"PROPN", "NOUN"}:
            # "Rubio was asked by the moderator whether ...": Rubio is addressed
            found.att.addressee = np_span(child, limit=frame)
            return
        if lemma in cues.address and child.dep_ in {"dobj", "dative", "iobj"}:
            if child.lemma_.lower() not in cues.audience and child.pos_ in {
                "PROPN",
                "NOUN",
                "PRON",
            }:
                found.att.addressee = np_span(child, limit=frame)
                return
        if child.dep_ == "prep" and child.lower_ in {"in", "during"}:
            # "in a letter to X", "during a call with X"
            medium = next((c for c in child.children if c.dep_ == "pobj"), None)
            if medium is not None and medium.lemma_.lower() in cues.noun | {
                "call",
                "meeting",
                "conversation",
            }:
                for p in medium.children:
                    if p.dep_ == "prep" and p.lower_ in {"to", "with"}:
                        pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
                        if pobj is not None and pobj.lemma_.lower() not in cues.audience:
                            found.att.addressee = np_span(pobj, limit=frame)
                            return
        if (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and lemma in {"say", "write", "reply", "respond", "speak"}
        ):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if (
                pobj is not None
                and pobj.lemma_.lower() not in cues.audience
                # (what was responded to is the content, no one addressed: "Sarnia has not
                # responded to the proposal")
                and not any(a <= pobj.idx < b for a, b in found.att.spans)
            ):
                found.att.addressee = np_span(pobj, limit=frame)
                return


def _spoken_to(ctx: Context, found: Found, part: Token, frame: Offsets) -> None:
    """The addressee an opening participle names: "Speaking to Teo Marr by phone, Voss
    said ..." (to or with someone; not a generic audience, "speaking to reporters"), or
    "Addressing the assembly, ..." (its object)."""
    if found.att.addressee is not None:
        return
    lemma = part.lemma_.lower()
    cues = ctx.cues
    whom: Token | None = None
    if lemma in _SPOKE_TO:
        for p in part.children:
            if p.dep_ == "prep" and p.lower_ in ("to", "with"):
                whom = next((c for c in p.children if c.dep_ == "pobj"), None)
                break
    elif lemma == "address":
        whom = next((c for c in part.children if c.dep_ == "dobj"), None)
    if (
        whom is not None
        and frame[0] <= whom.idx < frame[1]
        and whom.pos_ in {"PROPN", "NOUN"}
        and whom.lemma_.lower() not in cues.audience
        and whom.lower_ not in cues.audience
    ):
        found.att.addressee = np_span(whom, limit=frame)


_NOT_PERSON_ENTS = {"DATE", "TIME", "MONEY", "QUANTITY"}


def _placeholder_it(tok: Token) -> bool:
    """ "it's safe to say", "it wasn't an accident", "it appears that": an "it" that stands
    for no one."""
    verb = tok.head
    return (
        verb.dep_ in {"relcl", "acl"}  # "the impact it said X would have": read the clause
        or verb.pos_ == "AUX"
        or verb.lower_ in {"'s", "’s"}
        or verb.lemma_.lower() in _PLACEHOLDER_VERBS
    )


# "it appears that ...", and verbs whose "it" is mostly a fact, not a body ("it shows how
# much the party has changed", "it casts new light on ...", "it may take days to tell")
_PLACEHOLDER_VERBS = frozenset(
    "be appear seem look remain show indicate suggest cast reveal demonstrate mean prove "
    "highlight underscore reflect signal take".split()
)


# verbs a written thing speaks with ("it read", "it says"), and things that are read besides
# the cue lexicon's artefacts
_READS = frozenset({"read", "say", "state"})
_READ_THINGS = frozenset({"website", "site", "page", "card", "shirt", "headline", "caption"})
# the writer's own pronouns: a speaker only of what the writer says (:func:`not_a_speaker`)
WRITER_PRONOUNS = frozenset({"i", "we"})
# an interview printed as questions and answers: "Q: ..." and "A: ..." opening paragraphs
# (also "Q." and "A.", "Question:" and "Answer:"); the same labels opening any line
QA_LINE = re.compile(r"([QA])(?:uestion|nswer)?[^\S\n]*[:.][^\S\n]+(?=\S)")
_QA_ANY_LINE = re.compile(r"(?m)^[^\S\n]*" + QA_LINE.pattern)


def _in_modifier_of(tok: Token, verb: Token) -> bool:
    """Does ``tok`` lie in a prepositional phrase on ``verb`` before it ("In a statement
    carried by the agency, it said")?"""
    cur = tok
    for _ in range(12):
        if cur.head == verb:
            return cur.dep_ == "prep" and cur.i < verb.i
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _published_piece(tok: Token) -> bool:
    """ "a 2013 article in the Sarn Journal concluded", "the Herald's story said", "a Herald
    article": a piece the text places in an outlet, not "this article" (the writer's own)
    nor "the story"."""
    if tok.lemma_.lower() not in PIECES:
        return False
    for child in tok.children:
        if child.pos_ != "PROPN":
            if child.dep_ == "prep" and child.lower_ in ("in", "by", "from"):
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "PROPN":
                    return True
        elif child.dep_ == "poss" or (
            child.dep_ == "compound" and child.ent_type_ not in {"GPE", "LOC", "NORP", "DATE"}
        ):
            return True
    return False


def _one_among(tok: Token, things: frozenset[str]) -> bool:
    """ "One of the men, Ivo Dalen, said", "one of his aides told", "one in four said": a
    "one" drawn from people who are named or counted (not the generic "one might say", nor
    "one of the reasons")."""
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ in {"PROPN", "NOUN"}:
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is None:
                continue
            if child.lower_ == "in":
                # "One in three said", "one in four voters": a poll's share, as "Six in 10"
                if obj.like_num or (_people(obj) and any(c.dep_ == "nummod" for c in obj.children)):
                    return True
            elif obj.lemma_.lower() not in things and _people(obj):
                return True
    return False


def _people(tok: Token) -> bool:
    """Does ``tok`` name people: "them", a person noun or a word for a kind of people, a
    people ("Americans"), a person's or a body's name (not "her first moves")?"""
    if tok.pos_ == "PRON":
        return tok.lower_ in {"them", "us"}
    if tok.pos_ == "PROPN" or tok.ent_type_ == "NORP":
        return tok.ent_type_ in {"PERSON", "ORG", "NORP"}
    return tok.lemma_.lower() in PERSON_NOUNS or (tok.tag_ == "NNS" and people_word(tok))


_EARLIER = frozenset({"earlier", "previous", "original", "first"})


_WH_WORDS = frozenset({"what", "whatever", "how", "why", "whether", "when", "where", "which"})


def _no_ones_clause(verb: Token) -> bool:
    """A clause used as a subject that names no one doing it: no subject of its own, or
    opened by a question word ("how it handles those questions")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.doc[verb.left_edge.i].lower_ in _WH_WORDS:
        return True
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def not_a_speaker(ctx: Context, tok: Token) -> bool:
    """Subjects that cannot be a speaker: times, amounts, this, 'the statement', and "it"
    unless it stands for a body or a document named just before (:meth:`Context.it_antecedent`)."""
    if is_age_noun(tok):
        return False  # "said the 46-year-old" (tagged as a date)
    table, i = ctx.table, tok.i  # the words and labels off the token table
    low = table.lower[i]
    if low == "it":
        return ctx.it_antecedent(tok) is None
    if table.lemma_lower[i] in ctx.cues.not_speaker:
        if low == "one":
            return not _one_among(tok, ctx.cues.not_speaker)
        if _published_piece(tok):
            return False
        # "A Herald article praised her. “...,” the article read.": the piece named before
        earlier = ctx.mentioned_before(tok, _THE)
        return earlier is None or not _published_piece(earlier)
    if low in PRONOUNS_SELF and (
        low not in WRITER_PRONOUNS
        or ctx.in_quote(tok.idx)
        or ctx.in_headline(tok.idx)
        or ctx.has_turns
    ):
        # "you" and "us" say nothing; "I" and "we" outside a quotation are the writer's own
        # statements ("“...,” I confessed", "We asked our readers"), inside one they are the
        # quoted speaker's, who is found through the quotation, as they are in a transcript's
        # or an interview's turns, and in a headline the subject's, quoted without marks or
        # with single ones ("Voss: ‘I Am Not Done’")
        return True
    if low in ("'s", "’s") and table.pos[i] == "PRON":
        return True  # "Let's say ...": the "us" of "let us"
    if low == "version" and any(c.lower_ in _EARLIER for c in tok.children):
        # "An earlier version of this story said that ...": a claim a correction withdraws
        return True
    if ctx.dateline_at(tok.idx) is not None:
        return True  # the parser made the dateline a subject
    if table.dep[i] == "csubj" and _no_ones_clause(tok):
        # "Holding rates near zero has fuelled ...", "What I don't think they're doing is
        # pushing back on ...": a clause as subject is no one (but "investors expecting a
        # deal" are the investors)
        return True
    if table.text[i] in ("Q", "A") and ctx.text[tok.idx + 1 : tok.idx + 2] in (":", "."):
        return True  # an interview's "Q: ..." and "A: ..." labels
    return table.ent_type[i] in _NOT_PERSON_ENTS
