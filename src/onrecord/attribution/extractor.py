"""Find attributions in a parsed document.

Order of work, one pass each:

1. quoted segments by their marks (:mod:`marks`), sentences that respect them
   (:mod:`sentences`), segments grouped into quotations (split and multi-paragraph);
2. reported speech from the parse: a cue verb with a clausal complement, ``according
   to``, ``called for``; a reported clause that holds a quoted fragment is *mixed*;
3. each direct quotation's speaker from the frame around it (the words between and
   beside its segments in its sentence): a cue verb's subject, ``X:``, ``— X``,
   ``according to X``; a quotation with no frame continues the previous speaker
   (floating and multi-paragraph quotes);
4. short quoted labels governed by a labelling verb (``branded as “terrorists”``)
   become mixed quotes of that verb's subject; other scare quotes are dropped;
5. pronouns resolved to the nearest earlier named speaker; addressees from vocatives,
   ``told X``, ``addressed X``, ``in a letter to X`` and replies.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from onrecord.attribution.context import (
    QA_LINE,
    WORD,
    WRITER_PRONOUNS,
    Context,
    Found,
    Group,
    Offsets,
    addressee_from_verb,
    not_a_speaker,
    strip_end,
)
from onrecord.attribution.intervals import Pending, SpanCover, TwinIndex, holder_counts
from onrecord.attribution.learned import learned_statements
from onrecord.attribution.lexicon import CueLexicon, load_cues
from onrecord.attribution.marks import ALL_MARKS, AMBIGUOUS, CLOSERS, Segment
from onrecord.attribution.model import Attribution, KnownNames
from onrecord.attribution.reported import (
    RELATIVE_WORDS,
    THAT_ONLY,
    absorb_fragments,
    clean_span,
    drop_trailing_venue,
    end_in_relative_clause,
    reported_speech,
)
from onrecord.attribution.sentences import ends_sentence
from onrecord.attribution.speakers import (
    NOT_SPEAKER_LABELS,
    OWNER_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUN_GENDER,
    PIECES,
    PRONOUN_GENDER,
    PRONOUNS_PERSON,
    PRONOUNS_PLURAL,
    SUBJECT_DEPS,
    PronounResolver,
    binding_subject,
    gender_of,
    inverted_subject,
    is_age_noun,
    is_people_group,
    is_person_head,
    is_person_name,
    joins_people,
    maker,
    name_span,
    np_span,
    publisher,
    speaker_label,
    subject_of,
    transcript_turns,
    whole_name_head,
)
from onrecord.nlp import DASHES as _DASHES  # (what a signing line starts with: "― Ana Voss")
from onrecord.nlp import QUESTIONING_VERBS, verb_in_a_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find_attributions(doc: Doc, known: KnownNames | None = None) -> list[Attribution]:
    """All attributions of ``doc`` in text order.

    ``known``: names a knowledge base lists, which the pronoun resolver trusts over the
    tagger's labels (:class:`~onrecord.attribution.context.KnownNames`).
    """
    return find_attributions_and_pronouns(doc, known)[0]


def find_attributions_and_pronouns(
    doc: Doc, known: KnownNames | None = None
) -> tuple[list[Attribution], PronounResolver]:
    """:func:`find_attributions`, also returning the pronoun resolver its speakers were
    resolved by, holding the article's speakers: the event coder reads the article's other
    he and she by the same rules."""
    ctx = Context(doc, load_cues(), known)
    groups = _group_segments(ctx)
    reported = reported_speech(ctx)
    # A label put on someone by a labelling verb is the labeller's ("..., whom Voss has
    # branded as “bandits”") even inside another's reported clause; any other fragment in a
    # reported clause is that clause's speaker's (mixed), and what is left over may still be
    # governed by another cue verb.
    labels = _labels(ctx, groups, strong=True)
    absorb_fragments(ctx, groups, reported)
    labels += _labels(ctx, groups, strong=False)
    direct = _quoted_transcripts(ctx, [_direct(ctx, g) for g in groups if g.full])
    direct += _transcript_lines(ctx)
    direct += _interview_answers(ctx)
    reported += _headline(ctx, direct)
    found = _venues_out(ctx, [f for f in direct + reported + labels if f is not None])
    found = _lead_in(_nested_back(ctx, found, _drop_overlaps(found)))
    found += _venues_out(ctx, learned_statements(ctx, found))
    found = _reports_within(ctx, found)
    found.sort(key=lambda f: f.pos)
    pronouns = _resolve(ctx, found)
    found = _speakers_out(ctx, _one_per_cue(_drop_restated(ctx, found)))
    out: list[Attribution] = []
    for n, f in enumerate(found):
        if f.att.speaker is None and f.att.kind != "direct":
            continue
        if n and out and out[-1] is found[n - 1].att and _goes_on(ctx, found[n - 1], f):
            out[-1].spans = [*out[-1].spans, *f.att.spans]
            continue
        if _vocative_only(ctx, f, found[n + 1 : n + 2]):
            # the form of address opens the same speaker's next quotation: one statement
            nxt = found[n + 1].att
            nxt.spans = [*f.att.spans, *nxt.spans]
            continue
        out.append(f.att)
    _before_conjoined_statements(ctx, out)
    return out, pronouns


# the pronouns that carry a statement's speaker on into a clause joined to it ("Clinton
# praised her donors, and she asked the bankers ...": the same statement goes on)
_GOING_ON = frozenset({"he", "she", "they", "it", "we", "i"})
_RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose"})


def _before_conjoined_statements(ctx: Context, atts: list[Attribution]) -> None:
    """End each reported content before a clause joined to it that is another statement with
    its own speaker ("fathers would not be eligible for the leave, and when pressed on why,
    the 34-year-old mother of three replied, '...'", "79 percent said they were satisfied and
    60 percent said ..."): the first statement had run on into the second, whose record then
    lost the words to it. Not a second complement of the same verb ("and that he fears
    ..."), nor a clause a pronoun carries on ("and she asked ...")."""
    doc, text = ctx.doc, ctx.text
    for a in atts:
        if a.kind == "direct":
            continue
        lo, hi = a.spans[0][0], a.spans[-1][1]
        for b in atts:
            if b.cue is None or b.speaker is None or not lo <= b.cue[0] < hi or b is a:
                continue  # (the cheap tests first: most pairs are far apart)
            if not (_at(b.cue[0], a.spans) and _at(b.speaker[0], a.spans)):
                continue
            # (the cue is one word: its token off the table, no Span)
            cue = ctx.table.char_tokens(b.cue[0], b.cue[1])
            if cue is None or cue[1] - cue[0] != 1:
                continue
            verb = doc[cue[0]]
            if (
                verb.dep_ != "conj"
                or verb.pos_ not in {"VERB", "AUX"}
                or verb.head.pos_ not in {"VERB", "AUX"}
                or not _at(verb.head.idx, a.spans)
                or any(c.dep_ == "mark" for c in verb.children)
                or text[b.speaker[0] : b.speaker[1]].lower() in _GOING_ON
            ):
                continue
            first = verb.left_edge.i
            while first > 0 and (
                doc[first - 1].dep_ == "cc" or doc[first - 1].text in {",", ";", "--", "—", "–"}
            ):
                first -= 1
            cut = doc[first].idx
            if not cut <= b.speaker[0] < b.cue[0] or any(
                t.lower_ in _RELATIVE_WORDS for t in doc[max(0, first - 3) : first]
            ):
                # ("angering his supporters, both of which Mrs. Clinton praised": a relative
                # clause the parser joined, which the content holds)
                continue
            spans = [(s, min(e, cut)) for s, e in a.spans if s < cut]
            if not spans:
                continue
            s0, e0 = spans[-1]
            while e0 > s0 and text[e0 - 1] in " ,;\n":
                e0 -= 1
            spans[-1] = (s0, e0)
            a.spans = [sp for sp in spans if sp[0] < sp[1]]
            if a.kind == "mixed" and not _quotes_in(ctx, a.spans):
                a.kind = "indirect"
            break


def _at(pos: int, spans: list[Offsets]) -> bool:
    """Is the position ``pos`` in one of ``spans``?"""
    return any(s <= pos < e for s, e in spans)


# the writer's gloss on words just quoted, after their attribution ("she said, in an apparent
# reference to Lorvik", "he said, apparently referring to the minister")
_WRITERS_GLOSS = re.compile(
    r"(?:in (?:an? |what (?:was|appeared to be|seemed) an? )?"
    r"(?:(?:apparent|obvious|veiled|thinly[- ]veiled|oblique|clear|implicit|pointed) )?"
    r"(?:reference|allusion|dig|swipe|jab|nod|rebuke) (?:to|at)"
    r"|(?:apparently|presumably|clearly) (?:referring|alluding) to)\b",
    re.IGNORECASE,
)


def _venues_out(ctx: Context, found: list[Found]) -> list[Found]:
    """Each reported statement's content less a closing phrase saying where or how it was
    said ("... in an interview with the Herald on Sunday": :func:`drop_trailing_venue`) and
    what the writer says of the speaker ("voters who say X were divided":
    :func:`end_in_relative_clause`), before statements on the same words are matched up."""
    for f in found:
        if f.att.kind != "direct" and f.att.cue is not None:
            *rest, last = f.att.spans
            if rest and _WRITERS_GLOSS.match(ctx.text, *last):
                # '"...," she said, in an apparent reference to Lorvik': the writer's reading
                # of the words, not more of them
                f.att.spans, last = rest[:-1], rest[-1]
                rest = f.att.spans
            cut = end_in_relative_clause(ctx, f.att.cue, last)
            f.att.spans = [*rest, drop_trailing_venue(ctx, cut)]
            if cut != last and f.att.kind == "mixed" and not _quotes_in(ctx, f.att.spans):
                f.att.kind = "indirect"  # the quotation went with the words cut
    return found


def _quotes_in(ctx: Context, spans: list[Offsets]) -> bool:
    """Does a quotation of the article overlap ``spans``?"""
    return any(
        ctx.in_quote(s) or (nxt := ctx.next_open(s)) is not None and nxt < e for s, e in spans
    )


def _goes_on(ctx: Context, before: Found, f: Found) -> bool:
    """``“Everything is on the table,” Voss told the Herald after hinting at “changes”.
    “I am looking carefully.”``: a quotation with no frame of its own that takes the speaker
    of the quotation just before it in the same paragraph carries that statement on, whatever
    kept the grouping of the marks (:func:`_resumed`) from joining them (a phrase quoted in
    the frame, a second sentence of frame, "Instead, “...”"). PolNeAR joins about three in
    four such pairs on train (62 of 81, the quotation before direct or mixed); after a
    reported statement it joins about as many as it keeps apart, so those stay two. The
    quotation must open its sentence: one with words before it has a frame of its own."""
    a, b = before.att, f.att
    return (
        f.floating
        and b.kind == "direct"
        and a.kind in ("direct", "mixed")
        and a.cue is not None
        and b.speaker is not None
        and b.speaker == a.speaker
        and ctx.paragraph_of(a.end) == ctx.paragraph_of(b.start)
        and _opens_its_sentence(ctx, b.start)
        # as for the marks' grouping: a first part closed by a full stop ends its statement,
        # and a frame naming another person may hand the word to someone else
        and ctx.text[a.start : a.end].rstrip().rstrip("’'‘”\"")[-1:] not in (".", ";")
        and not _two_subjects(ctx.tokens(a.end, b.start), a.end, b.start)
    )


def _opens_its_sentence(ctx: Context, pos: int) -> bool:
    """Nothing but quotation marks stands before ``pos`` in its sentence ("It continued: “..."
    and "One of his reads, “...”" have a frame or a sentence of their own)."""
    sent = ctx.sents.at(pos)
    return sent is None or not ctx.text[sent[0] : pos].strip(" “”\"'‘’«»")


# -- transcripts ---------------------------------------------------------------------------


def _transcript_lines(ctx: Context) -> list[Found]:
    """Interview transcripts: a paragraph opening ``TAPPER: ...`` is the words of the
    speaker named in capitals, quoted verbatim though it has no quotation marks."""
    out = []
    labels = [speaker_label(ctx.text, lo, hi) for lo, hi in ctx.paras]
    said = Counter(ctx.text[a:b] for a, b, _ in filter(None, labels))
    for n, (lo, hi) in enumerate(ctx.paras):
        if n == 0 and len(ctx.paras) > 1:
            continue  # a headline ("BUSTED: Emails Reveal ...")
        label = labels[n]
        if label is None or ctx.skipped(lo):
            continue
        words = label[2]
        if said[ctx.text[label[0] : label[1]]] < 2 and any(
            ch in ctx.text[words:hi] for ch in '“”"«»'
        ):
            # a lone label before a quotation is a digest's heading ("UN: PEACEKEEPERS ...
            # “...”"); in a transcript, whose speakers take turns, the quotation marks inside
            # a turn are someone the speaker quotes (read as quotations of their own as well)
            continue
        end = strip_end(ctx.text, words, hi)
        if len(WORD.findall(ctx.text[words:end])) < 3:
            continue
        att = Attribution(kind="direct", spans=[(words, end)], speaker=label[:2])
        out.append(Found(att=att, pos=lo, turn=True))
    return out


# "Q&A with Ana Voss", "An interview with Ana Voss", "in conversation with ...": who answers
_INTERVIEW_WITH = re.compile(
    r"\b(?:Q\s?&\s?A|Q and A|[Ii]nterview|[Cc]onversation|[Cc]hat)s?\s+with\s+(?=\S)"
)


# words a paragraph introducing an interview holds
_INTERVIEW_WORDS = re.compile(r"\b(?:[Ii]nterview(?:ed)?|asked|questions)\b")
_BRIEFING_WORDS = re.compile(r"\b(?:briefing|news conference|press conference)\b")


def _interview_answers(ctx: Context) -> list[Found]:
    """An interview printed as questions and answers ("Q: Why now?" / "A: We acted because
    ..."): each answer is the words of the person interviewed, quoted verbatim though it has
    no quotation marks, with the paragraphs after it that open with no label (up to the last
    label). The person interviewed is the one the headline or the first paragraph has the
    interview "with" ("Q&A with Foreign Minister Ana Voss"), else the one person the headline
    names when the first paragraph opens with them too; without one of these the answers are
    no one's (a wrong speaker is worse than none). The questions are the outlet's and stay
    unread; so do answers with quotation marks of their own (read as quotations)."""
    lines = [(n, QA_LINE.match(ctx.text, lo, hi)) for n, (lo, hi) in enumerate(ctx.paras)]
    labels = [(n, m) for n, m in lines if m is not None and n > 0]
    first_q = next((n for n, m in labels if m.group(1) == "Q"), None)
    if first_q is None or not any(m.group(1) == "A" and n > first_q for n, m in labels):
        return []
    who = _interviewee(ctx, first_q)
    if who is None:
        return []
    last = labels[-1][0]  # past the last label, a paragraph may be the outlet's note
    out: list[Found] = []
    current: Found | None = None
    for n, (lo, hi) in enumerate(ctx.paras):
        if n <= first_q or n > last:
            continue
        m = lines[n][1]
        if m is not None:
            current = None
            if m.group(1) == "Q":
                continue
            lo = m.end()
        elif current is None:
            continue  # a question's second paragraph, or no answer yet
        end = strip_end(ctx.text, lo, hi)
        if end <= lo or any(ch in ctx.text[lo:end] for ch in '“”"«»') or ctx.skipped(lo):
            current = None
            continue
        if current is None:
            att = Attribution(kind="direct", spans=[(lo, end)], speaker=who)
            current = Found(att=att, pos=lo, turn=True)
            out.append(current)
        else:
            current.att.spans = [*current.att.spans, (lo, end)]
    return out


def _interviewee(ctx: Context, before: int) -> tuple[int, int] | None:
    """The person an interview (its first question in paragraph ``before``) is with: see
    :func:`_interview_answers`. The span of their name in the headline or the paragraphs
    above the first question."""
    people = [
        e for e in ctx.doc.ents if e.label_ == "PERSON" and e.start_char < ctx.paras[before][0]
    ]
    for lo, hi in ctx.paras[: min(before, 2)]:
        for m in _INTERVIEW_WITH.finditer(ctx.text, lo, hi):
            # the name after "with", past a title ("with Foreign Minister Ana Voss")
            near = [e for e in people if m.end() <= e.start_char < min(hi, m.end() + 40)]
            if near:
                return near[0].start_char, near[0].end_char
    # else the one person named in the paragraph just above the first question, when it
    # introduces an interview ("In an interview with the Herald, Foreign Minister Ana Voss was
    # asked whether ...": a live blog's or a long story's interview set in its middle)
    lo, hi = ctx.paras[before - 1]
    if _INTERVIEW_WORDS.search(ctx.text, lo, hi):
        there = [e for e in people if lo <= e.start_char < hi]
        if there and len({e.text for e in there}) == 1:
            return there[0].start_char, there[0].end_char
    # else the person the story opens with, when a paragraph nearer the first question that
    # speaks of the interview names them alone ("SARN - Pavel Orlin receives visitors in a
    # wood-panelled study ..." / "Orlin spoke for nearly two hours. The interview has been
    # edited for length.": a profile around its interview)
    lede = [e for e in people if ctx.paras[1][0] <= e.start_char < ctx.paras[1][1]]
    if lede:
        surname = lede[0].text.split()[-1]
        for lo, hi in reversed(ctx.paras[2:before]):
            if not _INTERVIEW_WORDS.search(ctx.text, lo, hi):
                continue
            there = {e.text.split()[-1] for e in people if lo <= e.start_char < hi}
            if there == {surname}:
                return lede[0].start_char, lede[0].end_char
            break
    # else the one person a paragraph above names at a briefing she gives ("Foreign ministry
    # spokeswoman Marta Ruskaya told her weekly news briefing ...": a briefing written up
    # with its questions and answers below)
    for lo, hi in ctx.paras[1:before]:
        m = _BRIEFING_WORDS.search(ctx.text, lo, hi)
        if m is None:
            continue
        # the one who gave it: named just before ("Marta Ruskaya told her weekly news
        # briefing"), else just after ("At a news conference, Ana Voss said")
        ahead = [e for e in people if lo <= e.start_char and e.end_char <= m.start()]
        after = [e for e in people if m.end() <= e.start_char < min(hi, m.end() + 80)]
        giver = ahead[-1] if ahead else after[0] if after else None
        if giver is not None:
            return giver.start_char, giver.end_char
    # else the one speaker whose label opens paragraphs above the first question, in a
    # briefing's transcript ("SPOKESPERSON LINA ORO: Good afternoon. ..." / "Q: ..." / "A:
    # ..."): the one at the lectern answers
    labelled = {
        (label[0], label[1])
        for lo, hi in ctx.paras[1:before]
        if (label := speaker_label(ctx.text, lo, hi)) is not None
    }
    if len({ctx.text[a:b] for a, b in labelled}) == 1:
        return min(labelled)
    # else the one person the headline names, when the first paragraph below it opens with
    # them too ("Immigration debate hits home for actress Ana Voss" / "Actress Ana Voss has
    # ..."): not "Voss's critic speaks out", whose first paragraph introduces the critic
    hi = ctx.paras[0][1]
    named = [e for e in people if e.end_char <= hi]
    below = [e for e in people if ctx.paras[1][0] <= e.start_char < ctx.paras[1][1]]
    if len({e.text for e in named}) == 1 and below and below[0].text == named[0].text:
        return named[0].start_char, named[0].end_char
    return None


def _quoted_transcripts(ctx: Context, direct: list[Found | None]) -> list[Found | None]:
    """A transcript printed as a quotation running over several paragraphs, each opening
    with a speaker's name in capitals (``"MARR: Why now?`` / ``"VOSS: We acted because
    ...``): every labelled paragraph is its speaker's statement, carried on by the
    paragraphs after it that have no label, not one long quotation without a speaker. Only
    a quotation that opens with a label and that no frame gave a speaker is read so, and only
    in an article that is a transcript (:func:`transcript_turns`: "WARNING: ..." quoted off a
    sign is no one)."""
    names: frozenset[str] | None = None
    out: list[Found | None] = []
    for f in direct:
        if f is None or f.speaker_tok is not None or f.att.speaker is not None:
            out.append(f)
            continue
        if names is None:
            names = frozenset(ctx.text[s:e] for s, e in transcript_turns(ctx.text))
        labels = [speaker_label(ctx.text, s, e) for s, e in f.att.spans]
        labels = [x if x and ctx.text[x[0] : x[1]] in names else None for x in labels]
        if labels[0] is None:
            out.append(f)
            continue
        for (s, e), label in zip(f.att.spans, labels):
            if label is not None:
                att = Attribution(kind="direct", spans=[(label[2], e)], speaker=label[:2])
                out.append(Found(att=att, pos=s))
            else:
                last = out[-1]
                assert last is not None
                last.att.spans = [*last.att.spans, (s, e)]
    return out


# "Voss: Talks with Belvania have failed" as a headline; "Voss to the assembly: ...", "Marr on
# the treaty: ...", "Voss at the summit: ..." (what follows the name says whom, what or where)
_HEADLINE = re.compile(r"(?P<who>[^:\n]{2,60}?)\s*:\s+(?=\S)")
_HEADLINE_TAIL = re.compile(r"\s+(?:to|on|at|in|about)\s+\S.*$", re.IGNORECASE)
# a headline's opening that is a clause or a phrase of its own, not a speaker: "Clinton Cash
# Debunks Hillary:", "Voss Endorses Marr:" (a verb between two names), "Big Win For Marr:"
_HEADLINE_CLAUSE = re.compile(r"\b[A-Z][a-z]+s(?=\s+[A-Z])|\s(?:For|With|By|Against|From|Vs\.?)\s")
# words that make a headline's opening a rubric, not a speaker ("The Latest:", "Delegate
# Update:", "Tuesday's Morning Email:", "Wash Post Fact-Check:")
_HEADLINE_WORDS = 20  # a headline longer than this is a paragraph that happens to open a text
_FUNCTION_WORDS = frozenset("of the and de van von in on out up for".split())
# the quotation marks a quoted headline opens and closes with (headlines favour single ones)
_HEADLINE_MARKS = {"‘": "’", "“": "”", '"': '"', "'": "'"}
_MARK_CHARS = '“”"«»‘’'  # (an apostrophe inside a quoted headline is a closing single mark)
# a quotation mark inside a quoted headline (a straight one between two letters is an
# apostrophe: "Voss: 'Marr's plan is dead'")
_MARK_INSIDE = re.compile(r"[“”«»‘’\"]|(?<!\w)'|'(?!\w)")
# a shouted rubric and a dash before a headline's speaker ("EXCLUSIVE – Ana Voss: ...")
_HEADLINE_LEAD = re.compile(r"[A-Z]{3,}\s*[–—-]\s+")
# "A lesson from Ana Voss", "More From Voss": the name after "from" at the opening's end
_HEADLINE_FROM = re.compile(r"\b[Ff]rom\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)$")
# a quoted part of a headline ("Voss: Belvania ‘must open’ the border", "... 'must open' ...")
_HEADLINE_PART = re.compile(r"(?:^|\s)‘|’(?:\s|$|[.,])|(?:^|\s)'(?=\w)")
_VERBS = frozenset({"VERB", "AUX"})
# two names a headline is about ("Voss and Marr: ...")
_HEADLINE_PAIR = re.compile(r"\s(?:and|&|[Vv]s\.?)\s")
# a Title Case verb after a name in a headline ("Voss Slams Marr", "Voss heckles ...")
_HEADLINE_VERB = re.compile(r"\s([A-Za-z][a-z]+(?:es|s))\b")


# a headline opening with one of these is a phrase, not a speaker ("On stage at the Kremlin:")
_NOT_OPENING = frozenset(
    "on in at for with from by after before inside behind beyond into over under why how what "
    "when where who this that these those a an my our your his her their its is are was".split()
)
_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _named_in_body(ctx: Context, head: str) -> bool:
    """Does the article's body name ``head`` as a name ("Voss", "Belvania") or is it a body,
    a finding or a collective speaker ("Poll", "Report", "Historians")? The tagger reads Title
    Case poorly ("Voss" as a verb), so the body's own use decides: "Clinton Wades In:", "On
    stage at the Kremlin:" name no one."""
    low = head.lower()
    cues = ctx.cues
    if (
        low in cues.findings | cues.it_bodies | cues.headline_speakers
        or low.rstrip("s") in cues.findings
    ):
        return True
    title = ctx.tokens(*ctx.paras[0])
    first = title[-1].i + 1 if title else 0
    table = ctx.table
    return any(
        text == head and (table.pos[i] == "PROPN" or table.ent_type[i] in _NAMED_ENTS)
        for i, text in enumerate(table.text[first:], first)
    )


def _headline(ctx: Context, direct: list[Found | None]) -> list[Found]:
    """A headline in the news' own shorthand, "Voss: Talks with Belvania have failed" (the
    first paragraph, of at most 20 words, of a text with more, with or without a full stop),
    is the named speaker's statement as the outlet sums it up: the words after the colon;
    direct when they are one quotation ("Voss: ‘...’"), mixed when they hold a quoted part.
    Only when the part before the colon reads as a speaker: the body names it (or it is a
    poll, a body or a group of people), and it is no rubric ("The Latest:", "FIX IS IN:"), no
    clause or phrase of its own ("Herald Debunks Voss:", "Big Win For Voss:", "On stage at
    the Kremlin:"); not a question ("Marr: Reformer or career politician?"). A quotation
    after the colon is also the words of a name that opens a clause before it ("Voss Slams
    Marr: ‘He is not serious’") or ends it after "from" ("A lesson from Ana Voss: ‘...’").
    Where the quotation rules read the headline's quotation (a headline with a full stop),
    the quotation takes the speaker; otherwise the quotation is read here."""
    if len(ctx.paras) < 2:
        return []
    lo, hi = ctx.paras[0]
    if ctx.skipped(lo) and not ctx.bare_headline:
        return []  # boilerplate
    m = _HEADLINE.match(ctx.text, lo, hi)
    if m is None or len(WORD.findall(ctx.text[lo:hi])) > _HEADLINE_WORDS:
        return []
    body_lo = m.end()
    end = strip_end(ctx.text, body_lo, hi)
    if len(WORD.findall(ctx.text[body_lo:end])) < 3 or ctx.text[body_lo:hi].rstrip().endswith("?"):
        return []  # "Marr: Reformer or career politician?" asks about Marr
    inner = ctx.text[body_lo:end].rstrip(".")
    marks = _HEADLINE_MARKS.get(inner[:1])
    quoted = bool(
        marks and inner.endswith(marks) and not _MARK_INSIDE.search(inner, 1, len(inner) - 1)
    )
    who = _headline_speaker(ctx, lo, m.group("who"), quoted)
    if who is None:
        return []
    read = ctx.skipped(lo)  # the quotation rules do not read a skipped headline
    if not read and any(ctx.in_quote(t.idx) for t in ctx.tokens(body_lo, hi)):
        # the quotation rules read its quotation: it takes the speaker it lacks
        for f in direct:
            if (
                f is not None
                and lo <= f.att.start < hi
                and f.att.speaker is None
                and f.speaker_tok is None
            ):
                f.att.speaker, f.floating = who, False
        return []
    kind, start = "indirect", body_lo
    if quoted:
        # "Voss: ‘Belvania must open the border’": her words, the marks left out
        kind, start, end = "direct", body_lo + 1, body_lo + len(inner) - 1
    elif any(ch in inner for ch in '“”"«»') or _HEADLINE_PART.search(inner):
        kind = "mixed"  # "Voss: Belvania ‘must open’ the border"
    elif _HEADLINE_PAIR.search(ctx.text, *who):
        return []  # "Voss and Marr: A tense partnership" is about the two of them
    att = Attribution(kind=kind, spans=[(start, end)], speaker=who)
    return [Found(att=att, pos=lo)]


def _headline_speaker(ctx: Context, lo: int, opening: str, quoted: bool) -> tuple[int, int] | None:
    """The speaker a headline's opening (the words before its colon, from ``lo``) names:
    all of it but a trailing "to/on/at/in/about ..." ("Voss to the assembly") and a leading
    shouted rubric ("EXCLUSIVE – Ana Voss"); or, for a headline that quotes, the name opening
    a clause ("Voss Slams Marr") or ending it after "from" ("A lesson from Ana Voss")."""
    if opening.upper() in NOT_SPEAKER_LABELS:
        return None
    lead = _HEADLINE_LEAD.match(opening)
    skip = lead.end() if lead else 0
    who_text = _HEADLINE_TAIL.sub("", opening[skip:])
    words = WORD.findall(who_text)
    if not words or any(w.lower() in ctx.cues.headline_rubrics for w in words):
        return None
    if sum(w.isupper() and len(w) > 3 for w in words) > 0 and len(words) > 1:
        return None  # "FIX IS IN", "BIG WIN": a shouted rubric
    if not words[0][:1].isupper():
        return None
    whole = (lo + skip, lo + skip + len(who_text))
    # the tagger reads Title Case poorly ("Voss" as a verb), so the speaker must be someone
    # or something the article's body names: "Clinton Wades In: ..." is no one
    head = next((w for w in reversed(words) if w.lower() not in _FUNCTION_WORDS), None)
    if (
        len(words) <= 5
        and head is not None
        # no clause ("Ministry rejects Velmaran “hysteria”: full text of statement")
        and not any(ch in who_text for ch in _MARK_CHARS)
        and not any(t.pos_ in _VERBS and t.text.islower() for t in ctx.tokens(*whole))
        and words[0].lower() not in _NOT_OPENING
        and _named_in_body(ctx, head)
        and not any(
            not _named_in_body(ctx, c.group(0).split()[0])
            for c in _HEADLINE_CLAUSE.finditer(who_text)
        )
    ):
        return whole
    if not quoted:
        return None
    from_name = _HEADLINE_FROM.search(who_text)
    if from_name is not None:  # "A lesson from Ana Voss"
        ok = _body_names_all(ctx, from_name.group(1))
        return (whole[0] + from_name.start(1), whole[1]) if ok else None
    # "Ana Voss Slams Marr": names the body uses, then a verb it never names anyone by
    for verb in _HEADLINE_VERB.finditer(who_text):
        if _named_in_body(ctx, verb.group(1)):
            continue  # "Ana Voss": a name that ends like a verb
        name = who_text[: verb.start()]
        return (whole[0], whole[0] + len(name)) if _body_names_all(ctx, name) else None
    return None


def _body_names_all(ctx: Context, name: str) -> bool:
    """Does the body name every word of ``name`` (of one to four words, each capitalised)?"""
    words = name.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and _named_in_body(ctx, w) for w in words)


# -- grouping -----------------------------------------------------------------------------


def _group_segments(ctx: Context) -> list[Group]:
    groups: list[Group] = []
    segs = [s for s in ctx.segments if not ctx.skipped(s.start)]
    for n, seg in enumerate(segs):
        if groups:
            last = groups[-1].segments[-1]
            after = segs[n + 1].open if n + 1 < len(segs) else None
            if last.continued or _same_sentence(ctx, last, seg) or _resumed(ctx, last, seg, after):
                groups[-1].segments.append(seg)
                continue
            # a title or phrase quoted in the frame sentence ("“...,” Voss told Ostrava's
            # “Morning Hour” on Sunday. “...”"): the quotation resumes past it
            title = groups[-1].segments
            if (
                len(groups) > 1
                and len(title) == 1
                and title[0].paragraph == seg.paragraph
                and len(WORD.findall(ctx.text[title[0].start : title[0].end])) <= _TITLE_WORDS
                and _resumed(ctx, groups[-2].segments[-1], seg, after, inner=title[0])
            ):
                groups[-2].segments.append(seg)
                groups[-2], groups[-1] = groups[-1], groups[-2]
                continue
        groups.append(Group([seg]))
    for g in groups:
        g.full = _is_full_quotation(ctx, g)
    return groups


_CONJOINED = re.compile(r",\s*(?:but|and|yet)$")


def _same_sentence(ctx: Context, a: Segment, b: Segment) -> bool:
    if a.paragraph != b.paragraph or a.close is None:
        return False
    gap = ctx.text[a.outer_end : b.open]
    if ends_sentence(ctx.text, a.outer_end, b.open):
        return False  # ("Mr. Bush said," does not end one)
    # Both must be real quotations (not two scare quotes in a row) and the first must
    # run on: a split quotation ends its first part with a comma or a dash.
    content = ctx.text[a.start : a.end].rstrip()
    # ... and the frame between must lead back into the quotation (“..,” he said, “...”):
    # a gap that runs on into a clause (“..,” X says, but she cautions that she sees “...”)
    # introduces a separate, reported statement.
    frame = gap.strip()
    if not (
        content
        and content[-1] in ",—–-:;"
        # (“...,” she said, but “...”: the quotation goes on past a conjunction too)
        and (
            frame[-1:] in {",", ":", ";", "—", "–", "-"}
            # (not a phrase quoted inside a clause: Oz is “smart as hell,” X wrote, and
            # “...”, two fragments of one reported clause)
            or (_CONJOINED.search(frame) is not None and _opens_statement(ctx, a))
        )
    ):
        return False
    # A second speech verb introduces a second statement (“...,” Voss said, adding: “...”;
    # “...,” Voss said as the crowd chanted, “...”), also when the first verb introduces the
    # first part (Voss said, “...,” adding, “...”): PolNeAR marks two attributions.
    verbs = sum(_speech_verb(ctx, t) for t in ctx.tokens(a.outer_end, b.open))
    sent = ctx.sents.at(a.open)
    lo = max(sent[0] if sent else ctx.paras[a.paragraph][0], ctx.last_close_before(a.open) or 0)
    if ctx.text[lo : a.open].rstrip()[-1:] in {",", ":"}:
        verbs += sum(_speech_verb(ctx, t) for t in ctx.tokens(lo, a.open))
    return verbs < 2


def _speech_verb(ctx: Context, t: Token) -> bool:
    return t.lemma_.lower() in ctx.cues.speech and t.pos_ in {"VERB", "AUX"}


_FRAME_SENTENCE_WORDS = 40
_TITLE_WORDS = 8


def _resumed(
    ctx: Context, a: Segment, b: Segment, next_open: int | None, inner: Segment | None = None
) -> bool:
    """``“We will stay,” Voss said. “The border is ours.”``: a quotation that runs on is
    interrupted by a frame sentence, or by nothing at all, and the next quotation of the
    paragraph carries the same statement on. PolNeAR marks such a pair as one attribution
    (with a discontinuous content) whatever the frame holds ("Voss said, adding that the
    talks had failed.", "Voss, who chairs the committee, said."), as long as the second part
    stands alone in its own sentence: a second part with a frame of its own ("She added,
    “...”", "“...,” she added.") is a statement of its own."""
    if a.close is None or b.close is None:
        return False
    # The frame sentence may close the paragraph and the next paragraph be the rest of the
    # quotation and nothing else ("“...,” said Ana Voss.¶“The border is ours.”").
    next_para = (
        b.paragraph == a.paragraph + 1
        and b.open == ctx.paras[b.paragraph][0]
        and not ctx.text[b.outer_end : ctx.paras[b.paragraph][1]].strip()
    )
    if a.paragraph != b.paragraph and not next_para:
        return False
    gap = ctx.text[a.outer_end : b.open]
    if inner is not None:  # the marks of a phrase quoted in the frame do not count
        gap = ctx.text[a.outer_end : inner.open] + ctx.text[inner.outer_end : b.open]
    if any(ch in gap for ch in '“”"«»'):
        return False
    gap = ctx.text[a.outer_end : b.open]
    content = ctx.text[a.start : a.end].rstrip()
    frame = gap.strip()
    if not _opens_statement(ctx, a):
        return False  # the first part is a phrase quoted inside a sentence, not a statement
    if next_para and not frame:
        # A quotation closing its paragraph and one that is the whole next paragraph,
        # with no frame of its own: the statement goes on (PolNeAR joins them).
        return True
    if not frame:
        # two quotations side by side: one statement (the frame, if any, follows)
        return content[-1:] in ",.!?—–-"
    # A first part closed by a full stop ends its statement (“... .” Voss said.); one
    # closed by a comma, a dash, a question or nothing runs on.
    if content.rstrip("’'‘")[-1:] in ".;" or len(WORD.findall(frame)) > _FRAME_SENTENCE_WORDS:
        return False
    if inner is not None and (
        content.rstrip("’'‘")[-1:] not in ",?!—–-"
        or sum(_speech_verb(ctx, t) for t in ctx.tokens(a.outer_end, b.open)) != 1
    ):
        return False  # the phrase quoted in the frame may be a statement of its own
    if not ends_sentence(ctx.text, a.outer_end, b.open):
        return False  # a frame inside one sentence: _same_sentence decides
    if _two_subjects(ctx.tokens(a.outer_end, b.open), a.outer_end, b.open):
        return False  # “...,” Voss said, and Marr cut in. “...”: another may speak now
    # The second part opens its sentence and the rest of that sentence names nobody.
    sent = ctx.sents.at(b.open)
    if sent is not None and ctx.text[sent[0] : b.open].strip():
        return False
    sent = ctx.sents.at(b.outer_end - 1)
    hi = ctx.paras[b.paragraph][1] if sent is None else sent[1]
    if next_open is not None:
        hi = min(hi, next_open)
    return not any(
        t.lemma_.lower() in ctx.cues.speech and t.pos_ in {"VERB", "AUX"}
        for t in ctx.tokens(b.outer_end, hi)
    )


def _two_subjects(toks: list[Token], lo: int, hi: int) -> bool:
    """Do the main clauses among ``toks`` have subjects between ``lo`` and ``hi`` naming two
    different people (not a pronoun, and neither name the end of the other: "Ana Voss" and
    "Voss" are one)?"""

    def main(t: Token) -> bool:  # a clause of its own, not one inside the frame's clause
        return t.dep_ == "ROOT" or not lo <= t.head.idx < hi

    names: list[str] = []
    for t in toks:
        if t.pos_ not in {"VERB", "AUX"}:
            continue
        if not (main(t) or (t.dep_ == "conj" and main(t.head))):
            continue
        # one subject per clause (the parser may split one name into two subjects)
        c = next((c for c in reversed(list(t.children)) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if c is not None and c.pos_ == "PROPN" and lo <= c.idx < hi:
            first = min((k.i for k in c.children if k.dep_ == "compound"), default=c.i)
            names.append(" ".join(k.text for k in c.doc[first : c.i + 1]))
    return any(
        not (x.endswith(y) or y.endswith(x)) for i, x in enumerate(names) for y in names[i + 1 :]
    )


def _opens_statement(ctx: Context, a: Segment) -> bool:
    """Does the quotation ``a`` open its sentence, or follow a colon, a dash or a fronted
    phrase closed by a comma ("Like most campaigns, “the process ...,” Voss said.")?"""
    sent = ctx.sents.at(a.open)
    lo = sent[0] if sent else ctx.paras[a.paragraph][0]
    k = a.open  # the last character before the mark in its sentence, white space skipped
    while k > lo and ctx.text[k - 1].isspace():
        k -= 1  # (not a slice of the sentence: one line of marks is one long sentence)
    return k <= lo or ctx.text[k - 1] in ":—–,"


def _says_something(tok: Token, lo: int, hi: int) -> bool:
    """A token of a frame (``lo``-``hi``) that opens a reported clause of its own ("he said
    *that* ...", "she told them the border *stays* shut"); an adverbial clause ("Voss said
    *after* the vote ended") only dates or places the words. The frame's own cue verb hung
    as a complement of a verb inside a quotation (the parser reads "“...,” said X." as the
    quotation governing "said") opens nothing."""
    clause = tok if tok.dep_ == "ccomp" else tok.head if tok.dep_ == "mark" else None
    if clause is None or clause.dep_ != "ccomp":
        return False
    return lo <= clause.head.idx < hi


def _is_full_quotation(ctx: Context, g: Group) -> bool:
    """A quotation standing for a whole statement, rather than a quoted phrase."""
    first = g.segments[0]
    if len(g.segments) > 1 and first.continued:
        return True
    sent = ctx.sents.at(first.open)
    lo = sent[0] if sent else ctx.paras[first.paragraph][0]
    left = ctx.text[lo : first.open].strip()
    content = ctx.text[first.start : first.end].strip()
    words = WORD.findall(" ".join(ctx.text[s.start : s.end] for s in g.segments))
    if not left:
        return True
    if left[-1] in ":,—–―-":
        return len(words) >= 2 or content[-1:] in ",.!?"
    # only the word before the mark matters: listing the whole sentence's tokens for each
    # quotation was quadratic in a long sentence full of quotation marks
    before = ctx.last_token(lo, first.open)
    if before is None:
        return False
    said = before.lemma_.lower() in ctx.cues.speech and before.pos_ in {"VERB", "AUX"}
    if (
        said
        and any(c.dep_ == "oprd" and c.idx > first.open for c in before.children)
        and any(c.dep_ == "dobj" and c.lower_ in RELATIVE_WORDS for c in before.children)
    ):
        # "under what Dalen called “the old model,” the club ...": a label the verb puts on
        # what its relative object names, not a statement it frames (the frame after it is no one's: "the club
        # charged a fee")
        said = False
    # "Voss spoke.“We leave now,” she said": a sentence ended right before the mark, which
    # the parser, seeing no space, did not take for a sentence break
    ended = before.text in {".", "!", "?"}
    return (said or ended) and len(words) >= 3


# -- direct quotations ---------------------------------------------------------------------


def _strip_start(text: str, start: int, end: int) -> int:
    """``start`` past the spaces a quotation opens with ("” … they are so not like him")."""
    while start < end and text[start].isspace():
        start += 1
    return start


def _frames(ctx: Context, g: Group) -> list[tuple[str, Offsets]]:
    """The unquoted stretches that can introduce ``g``: gaps, right, left."""
    frames: list[tuple[str, Offsets]] = []
    for a, b in zip(g.segments, g.segments[1:]):
        if a.paragraph == b.paragraph or not a.continued:
            frames.append(("gap", (a.outer_end, b.open)))  # (a frame closing a paragraph)
    last = g.segments[-1]
    sent = ctx.sents.at(last.outer_end - 1) or (last.open, last.outer_end)
    nxt = ctx.next_open(last.outer_end)
    while nxt is not None and nxt < sent[1] and _named_in_passing(ctx, last.outer_end, nxt):
        nxt = ctx.next_open(ctx.reach_of(nxt))
    right_hi = sent[1] if nxt is None else min(sent[1], nxt)
    if last.close is not None and right_hi > last.outer_end:
        frames.append(("right", (last.outer_end, right_hi)))
    first = g.segments[0]
    sent0 = ctx.sents.at(first.open)
    prev = ctx.last_close_before(first.open) or 0
    left_lo = max(sent0[0] if sent0 else ctx.paras[first.paragraph][0], prev)
    if first.open > left_lo:
        frames.append(("left", (left_lo, first.open)))
    return frames


def _named_in_passing(ctx: Context, lo: int, open_pos: int) -> bool:
    """``“...,” Sarn delegate Ivo Dalen, wearing “Marr for Mayor” pins, said``: a short
    quotation (a slogan or a title, at most five words, no sentence inside) inside a right
    frame that has no finite verb before it is part of the frame, not the next statement."""
    reach = ctx.reach_of(open_pos)
    inner = ctx.text[open_pos + 1 : reach - 1]
    if len(inner.split()) > _PASSING_WORDS or any(c in inner for c in ".!?;:,"):
        return False
    return not any(t.tag_ in _FINITE_TAGS for t in ctx.tokens(lo, open_pos))


_PASSING_WORDS = 5
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _direct(ctx: Context, g: Group) -> Found | None:
    spans = [
        (_strip_start(ctx.text, s.start, s.end), strip_end(ctx.text, s.start, s.end))
        for s in g.segments
    ]
    spans = [s for s in spans if s[1] > s[0]]
    if not spans:
        return None
    att = Attribution(kind="direct", spans=spans)
    found = Found(att=att, pos=g.start)
    for where, (lo, hi) in _frames(ctx, g):
        if _attribute_from_frame(ctx, found, where, lo, hi):
            return found
    # "X said:" closing the previous paragraph introduces a quotation that opens this one.
    first = g.segments[0]
    if first.paragraph > 0 and first.open == ctx.paras[first.paragraph][0]:
        plo, phi = ctx.paras[first.paragraph - 1]
        if ctx.text[plo:phi].rstrip().endswith(":"):
            sent = ctx.sents.at(phi - 1) or (plo, phi)
            if _attribute_from_frame(ctx, found, "left", sent[0], phi):
                return found
    if _frame_after_question(ctx, found, g):
        return found
    signer = _signature(ctx, g.segments[-1])
    if signer is not None:
        found.speaker_tok = signer
        found.signed = True
        return found
    if _said_before(ctx, found, g):
        return found
    found.floating = True
    return found


def _two_subjects_of(verb: Token) -> bool:
    return sum(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) > 1


# what a speech verb's own content hangs on; a frame with none of these said nothing itself
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "dative"})


def _said_before(ctx: Context, found: Found, g: Group) -> bool:
    """``Sam Lau, the party's spokesman, said in a statement. “There are no ballots ...”``,
    ``Ida Brin agreed. “...”``: a quotation with no frame of its own, opening its sentence,
    right after a sentence whose main verb is a speech verb with a subject and no content
    of its own (an audience or a person spoken to aside), the subject opening it. That
    subject speaks the quotation, rather than whoever spoke last before it. The sentence is
    the one before in the paragraph, or the last of the paragraph before when the quotation
    opens its own; the quotation's own sentence must hold nothing else (no frame left
    unread)."""
    first = g.segments[0]
    i = ctx.sents.index_of(first.open)
    if i is None or i == 0 or ctx.text[ctx.sents.ranges[i][0] : first.open].strip():
        return False
    last = g.segments[-1]
    own = ctx.sents.at(last.outer_end - 1)
    if own is not None and ctx.text[last.outer_end : own[1]].strip(" .,;!?”’\"'"):
        return False  # "“Call the roll,” came shouts from the crowd": a frame not read
    lo, hi = ctx.sents.ranges[i - 1]
    para = ctx.paragraph_of(lo)
    if para != first.paragraph and not (
        para == first.paragraph - 1 and first.open == ctx.paras[first.paragraph][0]
    ):
        return False
    if ctx.text[lo:hi].rstrip()[-1:] != ".":
        return False  # a question, an exclamation, a colon (read above), a quotation
    return _framed_by(ctx, found, lo, hi) is not None


# speech verbs whose object is always the one spoken to, never what was said
_TOLD = frozenset({"tell", "inform", "brief", "notify"})


def _contentless_frame(ctx: Context, lo: int, hi: int) -> tuple[Token, Token] | None:
    """The speech verb and its subject when the sentence ``lo:hi`` is a frame with no
    content of its own ("Ida Brin agreed.", "Voss told the Lorvik Herald on Monday."): its
    main verb is a speech verb with no content (an audience or a person spoken to aside),
    and its subject, naming someone, opens it."""
    cues = ctx.cues
    for verb in ctx.tokens(lo, hi):
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or ctx.in_quote(verb.idx):
            continue
        if verb.lemma_.lower() not in cues.speech and _phrasal(verb) not in cues.speech:
            continue
        spoken_to = verb.lemma_.lower() in _TOLD  # "told the Lorvik Herald": who heard it
        if any(
            c.dep_ in _CONTENT_DEPS
            and not ctx.in_quote(c.idx)
            and not (c.pos_ in {"PROPN", "PRON"} or c.lemma_.lower() in cues.audience)
            and not (spoken_to and c.dep_ in {"dobj", "dative"})
            for c in verb.children
        ):
            return None  # "Voss said the border was shut.": that was her statement
        subj = subject_of(verb, ok=lambda t: not ctx.in_quote(t.idx))
        if subj is None or not (lo <= subj.idx < hi) or not_a_speaker(ctx, subj):
            return None
        if subj.pos_ not in {"PROPN", "NOUN", "PRON"}:
            return None
        if _two_subjects_of(verb) or subj.left_edge.dep_ == "cc":
            return None  # "Or maybe Brin, an adviser, says.": which is the sayer is in doubt
        if ctx.text[lo : subj.left_edge.idx].strip():
            # the subject opens the sentence: not "“...,” Voss charged" (that frame had its
            # own quotation) nor "Or maybe Brin, an adviser says" (a parse in doubt)
            return None
        return verb, subj
    return None


def _framed_by(ctx: Context, found: Found, lo: int, hi: int) -> Token | None:
    """Give ``found`` the speaker and cue of the sentence ``lo:hi`` when it is a frame with no
    content of its own (:func:`_contentless_frame`); its speech verb, or None."""
    frame = _contentless_frame(ctx, lo, hi)
    if frame is None:
        return None
    verb, subj = frame
    found.att.cue = (verb.idx, verb.idx + len(verb.text))
    found.speaker_tok = subj
    return verb


def _frame_after_question(ctx: Context, found: Found, g: Group) -> bool:
    """``“Who knows?” Voss told the Lorvik Herald in an interview aired on Monday.``: a
    question or an exclamation closing a quotation was read as the end of its sentence (the
    frame after it is too long to tell), and the next sentence of the paragraph is a frame
    with no content of its own: the quotation is what it says. So too after a full stop, as
    messy pages print a comma's place ("“... the emails that are missing.” Voss said."), and
    after a quotation inside the quotation ("her answer was, ‘What can we do?’” Voss said)."""
    last = g.segments[-1]
    if (
        last.close is None
        or ctx.text[last.start : last.end].rstrip().rstrip(_INNER_CLOSERS)[-1:] not in "?!."
    ):
        return False
    i = ctx.sents.index_of(last.outer_end - 1)
    if i is None or i + 1 >= len(ctx.sents.ranges):
        return False
    if ctx.text[last.outer_end : ctx.sents.ranges[i][1]].strip():
        return False
    lo, hi = ctx.sents.ranges[i + 1]
    if ctx.paragraph_of(lo) != last.paragraph or ctx.text[ctx.sents.ranges[i][1] : lo].strip():
        return False
    nxt = ctx.next_open(lo)
    if nxt is not None and nxt < hi:
        return False  # the sentence frames a quotation of its own
    verb = _framed_by(ctx, found, lo, hi)
    if verb is None:
        return False
    found.reply = verb.lemma_.lower() in ctx.cues.reply
    addressee_from_verb(ctx, found, verb, (lo, hi))
    return True


# marks that close a quotation inside a quotation
_INNER_CLOSERS = "’'\""


def _signature(ctx: Context, last: Segment) -> Token | None:
    """The name on a dash line that signs a quotation ending its paragraph, as round-ups and
    pull quotes do: "“The bridge stays shut.” ¶ — Ana Voss, Lorvik." (None otherwise; a line
    between dashes is a section heading: "– Old hands –."). Or the name on the line a pull
    quote's closing mark ends (see :func:`_signed_inside`)."""
    if last.paragraph + 1 >= len(ctx.paras):
        return None
    if last.close is None:
        return _signed_inside(ctx, last)
    _plo, phi = ctx.paras[last.paragraph]
    if ctx.text[last.outer_end : phi].strip(" .,"):
        return None
    nlo, nhi = ctx.paras[last.paragraph + 1]
    line = ctx.text[nlo:nhi].strip()
    if not line.startswith(_DASHES) or len(line) > 160 or line.rstrip(" .").endswith(_DASHES):
        return None
    words = [t for t in ctx.tokens(nlo, nhi) if not t.is_punct and not t.is_space][:4]
    name = [t for t in words if t.pos_ == "PROPN"]
    if not name or ctx.in_quote(name[0].idx):
        return None
    head = name[0]
    while head.dep_ in {"compound", "flat"} and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    return head


# the longest line that signs a pull quote ("Dean Baker, Center for Economic and Policy
# Research.")
_SIGNATURE_CHARS = 120


def _signed_inside(ctx: Context, last: Segment) -> Token | None:
    """The name on the line a pull quote's closing mark ends, as pages print them set apart:
    "\"We cannot keep a border shut forever. ¶ Ana Voss, foreign minister.\"" -- a quotation
    opening its line and left open at its end (``last``), on the next line (a blank line
    between at most: a page's line break inside the quotation reads as one) a name, a comma
    and what the speaker is, if anything, and the closing mark. The
    line has no verb and no opening mark, and the name is its root (a title before it goes
    with it: "Former party chair Ivo Brandt."), or the person's name among its roots when
    the parse broke it up. None otherwise."""
    plo, phi = ctx.paras[last.paragraph]
    nlo, nhi = ctx.paras[last.paragraph + 1]
    line = ctx.text[nlo:nhi]
    if (
        last.open != plo
        or ctx.text[last.end : phi].strip()
        or ctx.text[phi:nlo].count("\n") > 2
        or len(line) > _SIGNATURE_CHARS
        or line[-1] not in CLOSERS + AMBIGUOUS
        or any(m in line[:-1] for m in ALL_MARKS)
        or not line[0].isupper()
    ):
        return None
    words = [t for t in ctx.tokens(nlo, nhi - 1) if not t.is_punct and not t.is_space]
    roots = [t for t in words if not nlo <= t.head.idx < nhi - 1 or t.head.i == t.i]
    if (
        not roots
        or any(t.pos_ != "PROPN" for t in roots)
        or any(t.pos_ in {"VERB", "AUX"} for t in words)
    ):
        return None
    if len(roots) == 1:
        return roots[0]
    # the parse broke the line ("S.C. Rep. Jim Clyburn.": the state a root of its own)
    return next((t for t in roots if t.ent_type_ == "PERSON"), None)


def _attribute_from_frame(ctx: Context, found: Found, where: str, lo: int, hi: int) -> bool:
    toks = [t for t in ctx.tokens(lo, hi) if lo <= t.idx < hi]
    if not toks:
        return False
    if where == "right" and next((t for t in toks if not t.is_punct), toks[0]).lower_ in _JOINS:
        # "Voss said “the border is shut” and Marr agreed": a clause joined after the
        # quotation is a new one, not its frame; the frame may only come after a comma
        # ("“... a choice” but to lead, says Marr")
        comma = next((t for t in toks if t.text == ","), None)
        if comma is None:
            return False
        lo = comma.idx + 1
        toks = [t for t in toks if t.i > comma.i]
        if not toks:
            return False
    cues = ctx.cues
    poses, lemmas = ctx.table.pos, ctx.table.lemma  # off the token table, as the words are many
    verbs = [
        t
        for t in toks
        if poses[t.i] in {"VERB", "AUX"}
        and (lemmas[t.i].lower() in cues.speech or _phrasal_cue(t, cues))
        # ("saying the money would allow “...”": "allow" says only "allowed that ...")
        and not (lemmas[t.i].lower() in THAT_ONLY and not _that_follows(t))
        and not verb_in_a_name(t)  # "the negotiator Said Kavani told reporters"
    ]
    if where == "left" and ctx.text[lo:hi].rstrip().endswith(":"):
        # "Voss released the following statement:", "the ministry issued a statement:"
        verbs += [
            t
            for t in toks
            if t.lemma_.lower() in cues.publish
            and t.pos_ == "VERB"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in cues.artefact for c in t.children)
        ]
        verbs.sort(key=lambda t: t.i)
    if where == "left":
        verbs.reverse()  # nearest to the quotation first
    colon = (
        _colon_clause(ctx, found, toks)
        if where == "left" and ctx.text[lo:hi].rstrip().endswith(":")
        else None
    )
    if colon == "person":
        return True
    words = [t for t in toks if not t.is_punct]
    first_person: tuple[Token, Token] | None = None
    for verb in verbs:
        if (
            (where == "right" and words and words[0].head.i == verb.i)
            or (where == "left" and verb.head.i != verb.i and verb.head in verbs)
        ) and _in_time_clause(verb):
            # "“That makes me smart,” when Marr blasted him", "Voss said after Marr spoke,
            # “...”": when the words were spoken, not who spoke them (but "when a boy
            # shouted, “...”" frames the quotation)
            continue
        subj = subject_of(verb, ok=lambda t: not ctx.in_quote(t.idx))
        if (
            subj is None
            and verb.dep_ == "acl"
            and lo <= verb.head.idx
            and (
                verb.head.i == verb.i - 1
                # ("which Apple's chief executive, Tim Cook, called ''...''")
                or (
                    verb.head.i == verb.i - 2
                    and verb.nbor(-1).text == ","
                    and verb.head.ent_type_ == "PERSON"
                )
            )
        ):
            subj = verb.head  # "“...?” the 43-year-old asked": the parser made the verb a modifier
        # (a gap between two parts of one quotation frames the first as a right frame does)
        if subj is None and where != "left" and verb.i == verbs[0].i:
            subj = _frame_opener(ctx, words, verb)
        if subj is None or not (lo <= subj.idx < hi):
            opens = where != "left" and bool(words) and words[0].i == verb.i
            inv = inverted_subject(verb, toks[-1].i + 1, object_ok=opens)
            subj = (
                inv
                if inv is not None and lo <= inv.idx < hi
                else (subj if subj is not None and not ctx.in_quote(subj.idx) else None)
            )
        # (a body named before that "it" stands for speaks first: "The union received a
        # letter. “We will strike,” it said.")
        thing = (
            ctx.read_thing(subj) if subj is not None and ctx.it_antecedent(subj) is None else None
        )
        if thing is not None:
            # "... sent a letter. “...,” it read.": the "it" speaks, standing for the sender
            # when the text names one
            sender = publisher(thing, cues.artefact, cues.publish)
            if sender is not None and not not_a_speaker(ctx, sender):
                found.sender = sender
        elif subj is None or not_a_speaker(ctx, subj):
            continue
        if subj.lower_ in WRITER_PRONOUNS and first_person is None:
            # "Voss said, and I quote, “...”", "I noticed a post by Marr that read, “...”":
            # the writer frames the quotation only when no one else in the frame does
            first_person = (verb, subj)
            continue
        _framed(ctx, found, verb, subj, (lo, hi))
        return True
    if first_person is not None:
        _framed(ctx, found, *first_person, (lo, hi))
        return True
    if where != "left" and verbs and _nominal_before(ctx, found, toks, verbs[0]):
        return True
    # according to X
    for t in toks:
        if t.lower_ == "according" and t.i + 1 < len(ctx.doc) and ctx.doc[t.i + 1].lower_ == "to":
            pobj = next((c for c in ctx.doc[t.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() not in cues.noun:
                found.att.cue = (t.idx, ctx.doc[t.i + 1].idx + 2)
                found.speaker_tok = pobj
                return True
    if where == "left":
        owner = _in_the_words_of(toks)
        if owner is not None and not not_a_speaker(ctx, owner[1]):
            found.att.cue = (owner[0].idx, owner[0].idx + len(owner[0].text))
            found.speaker_tok = owner[1]
            return True
    frame = ctx.text[lo:hi].strip()
    # "X: “...”"  and  "“...” — X"
    bare = not any(t.pos_ in {"VERB", "AUX"} for t in toks)  # a label, not a clause
    if where == "left" and frame.endswith(":") and 0 < len(WORD.findall(frame)) <= 10:
        head = _name_head(ctx, [t for t in toks if t.text != ":"])
        if head is not None and (bare or _names_someone(head)):
            found.speaker_tok = head
            return True
    if colon == "thing":
        return True  # introduced by a document or a thing ("A footnote makes it clear:"): no speaker, no floating
    if where == "right" and frame[:1] in _DASHES and len(WORD.findall(frame)) <= 12:
        head = _name_head(ctx, toks[1:])
        if (
            head is not None
            and head.pos_ != "PRON"
            # ("“...” — the balloons cascaded down on the crowd": a clause of its own after
            # the dash, whose subject signs nothing)
            and not any(t.tag_ in _FINITE_TAGS and t.head.i == t.i and t.is_alpha for t in toks)
        ):
            # (a pronoun after the dash begins a clause, "- he has often been ...", and
            # signs nothing)
            found.speaker_tok = head
            found.signed = True
            return True
    return False


def _in_time_clause(verb: Token) -> bool:
    """Is ``verb`` the verb of a clause of time or cause with a subject of its own ("when
    Marr blasted him", "after Marr spoke", "because Voss asked")? (Its opening word is
    then a child of ``verb``.)"""
    return any(
        c.dep_ in {"advmod", "mark"} and c.i < verb.i and c.lower_ in _TIME_OPENERS
        for c in verb.children
    ) and any(c.dep_ == "nsubj" for c in verb.children)


_TIME_OPENERS = frozenset({"when", "after", "before", "while", "because", "since", "until"})


# the words a quotation is someone's by: "In Voss's words, “...”", "in the words of Voss",
# "Voss's message was clear: “...”"
_WORDS_OF = frozenset({"word", "words", "message", "phrase"})


def _in_the_words_of(toks: list[Token]) -> tuple[Token, Token] | None:
    """(the noun, its owner) of a left frame that gives a quotation as someone's words: "In
    Voss's words,", "In the words of Voss,", "Voss's message was clear:" (the owner a name or
    a noun, not a pronoun, which the rules of pronouns read)."""
    for t in toks:
        if t.lemma_.lower() not in _WORDS_OF or t.pos_ != "NOUN":
            continue
        opening = t.head.lower_ == "in" and (t.head.is_sent_start or t.head.nbor(-1).is_punct)
        if not (opening or (t.dep_ == "nsubj" and t.head.lemma_ == "be")):
            continue  # "a blind faith in Obama's word:" frames no words of Obama's
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is None and t.i > 0 and t.nbor(-1).tag_ == "POS" and t.nbor(-1).head.i < t.i:
            owner = t.nbor(-1).head  # ("In Voss's words": the parser made both objects of "In")
        if owner is None:
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if owner is not None and owner.pos_ in {"PROPN", "NOUN"}:
            return t, owner
    return None


def _framed(ctx: Context, found: Found, verb: Token, subj: Token, frame: Offsets) -> None:
    """Give ``found`` the frame's cue ``verb`` and speaker ``subj`` (and who was addressed)."""
    found.att.cue = (verb.idx, verb.idx + len(verb.text))
    found.speaker_tok = subj
    found.reply = verb.lemma_.lower() in ctx.cues.reply or _phrasal(verb) in ctx.cues.reply
    addressee_from_verb(ctx, found, verb, frame)


_JOINS = frozenset({"and", "but", "or", "yet"})

_PARTICLES = frozenset({"back", "on", "in", "out"})


def _phrasal_cue(verb: Token, cues: CueLexicon) -> bool:
    """Is ``verb`` with its particle a speech or reply cue ("shot back", "went on")?"""
    phrase = _phrasal(verb)
    return phrase is not None and (phrase in cues.speech or phrase in cues.reply)


def _phrasal(verb: Token) -> str | None:
    """``shot back`` -> "shoot back", ``went on`` -> "go on": a verb with the particle
    right after it, as the cue lists spell such verbs (None without one)."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.head.i != verb.i or nxt.lower_ not in _PARTICLES:
        return None
    return f"{verb.lemma_.lower()} {nxt.lower_}"


_NOMINAL_POS = {"DET", "NOUN", "PROPN", "ADJ", "NUM", "PART", "PUNCT", "SPACE"}
_OPENER_DEPS = frozenset({"compound", "flat", "det", "amod", "nmod", "nummod", "poss", "case"})


def _frame_opener(ctx: Context, words: list[Token], verb: Token) -> Token | None:
    """``“Yes, I back the treaty,” Lev Brandt, founder of the Lorvik Institute, tells the
    Herald``: a person's noun phrase fills the frame from the quotation to the cue, but the
    parse left the cue without a subject, having hung the phrase on a word inside the
    quotation ("treaty"), the cue on the phrase ("the opposition leader, Teo Marr, tweeted
    Sunday" read as a modifier) or the name on the cue as a compound ("Voss barked"). The
    phrase is the speaker (None otherwise)."""
    if not words or words[0].i >= verb.i:
        return None
    head = words[0]
    while head.dep_ in _OPENER_DEPS and head.i < head.head.i < verb.i:
        head = head.head
    person = is_person_head(head) or (
        # a name the article gives a person, whatever this mention was tagged ("Ramos, 58,")
        head.pos_ == "PROPN" and (head.ent_type_ == "PERSON" or head.text in ctx.person_words)
    )
    if not person or not_a_speaker(ctx, head) or ctx.in_quote(head.idx):
        return None
    lo, hi = head.left_edge.i, head.right_edge.i
    rest = [t for t in words if t.i < verb.i and not (lo <= t.i <= hi)]
    if rest and not _participle_aside(ctx.doc, hi, rest, verb):
        return None  # something else stands between the phrase and the cue
    hung = head.head.i != head.i and ctx.in_quote(head.head.idx)
    modifier = verb.dep_ == "acl" and verb.head.i == head.i
    rootless = head.dep_ == "ROOT" and verb.head.i == verb.i
    # "“...,” Voss barked and ...": the name read as a compound of the cue
    glued = head.dep_ == "compound" and head.head.i == verb.i
    # "Mr. Dalen, now 81 and retired in Lesk, said": the name made the aside's subject
    aside = bool(rest) and head.dep_ == "nsubj" and head.head.i == rest[0].i
    return head if hung or modifier or rootless or glued or aside else None


def _participle_aside(doc: Doc, end: int, rest: list[Token], verb: Token) -> bool:
    """``Ivo Dalen, wearing a fur hat and “Marr” pins, said``: the words between a speaker's
    phrase (ending at token ``end``) and the cue are an aside set off by commas that opens
    with a participle, or goes on with one after "and" ("Mr. Dalen, now 81 and retired in
    Lesk, said": the parser hangs "now 81 and" on the name)."""
    joined = rest[0].i == end + 1 and doc[end].lower_ == "and"
    return (
        ((rest[0].i == end + 2 and doc[end + 1].text == ",") or joined)
        # (after "and" the tagger may read the participle as a past tense: "and retired")
        and rest[0].tag_ in (("VBG", "VBN", "VBD") if joined else ("VBG", "VBN"))
        and doc[verb.i - 1].text == ","
        and all(t.i < verb.i - 1 for t in rest)
    )


def _nominal_before(ctx: Context, found: Found, toks: list[Token], verb: Token) -> bool:
    """``“...,” Tulsa police Chief Chuck Jordan said Monday.``: when the parse gives the cue
    no subject (here it took "Tulsa" for a verb), a frame that is only a noun phrase and
    the cue names its last noun as the speaker."""
    before = [t for t in toks if t.i < verb.i and not t.is_punct]
    if not before or len(before) > 10 or verb.i - before[-1].i != 1:
        return False
    if not all(
        t.pos_ in _NOMINAL_POS
        or t.text[:1].isupper()
        # "screenwriter Cole Haddon wrote": a title the tagger read as a bare verb
        or (k == 0 and t.tag_ in {"VB", "VBP"} and len(before) > 1 and before[1].pos_ == "PROPN")
        for k, t in enumerate(before)
    ):
        return False
    head = before[-1]
    if head.pos_ not in {"PROPN", "NOUN"} or not_a_speaker(ctx, head) or ctx.in_quote(head.idx):
        return False
    found.att.cue = (verb.idx, verb.idx + len(verb.text))
    found.speaker_tok = head
    return True


def _colon_clause(ctx: Context, found: Found, toks: list[Token]) -> str | None:
    """``Rubio fired back forcefully: “...”``, ``Perez lobbies for a higher wage: “...”``:
    a clause ending in a colon introduces the quotation. Its subject is the speaker when it
    names someone ("person"); a thing as subject ("A footnote makes it clear:") means the
    quotation is no one's words in particular ("thing"); None when the clause says neither."""
    colon = next((t for t in reversed(toks) if t.text == ":"), None)
    if colon is None:
        return None
    verb = colon.head
    if (
        verb.pos_ == "NOUN"
        and verb.dep_ == "dobj"
        and verb.lemma_.lower() in ctx.cues.noun
        and verb.head.pos_ == "VERB"
    ):
        # "Voss is rolling out a new campaign message: “...”": the colon hung on the
        # object, a word for something said; the clause is the frame
        verb = verb.head
    if (
        verb.dep_ == "dobj"
        and verb.i == colon.i - 1
        and is_person_name(verb)
        and verb.head.pos_ == "VERB"
        and verb.head.idx >= toks[0].idx
    ):
        # "The timing does not surprise pollster Daron Shaw: “...”": the person the clause
        # ends on, when its subject is a thing, is the one whose words follow
        said = subject_of(verb.head, ok=lambda t: not ctx.in_quote(t.idx))
        if said is not None and not _names_someone(said) and not _speaks_as_body(ctx, said):
            found.speaker_tok = verb
            return "person"
    if verb.pos_ != "VERB" or ctx.in_quote(verb.idx):
        return _name_colon(ctx, found, toks, colon)
    if _name_colon(ctx, found, toks, colon, after_dash=True) is not None:
        # "VOTERS CARE MORE ABOUT ... - Ana Voss and Teo Marr: “...”": a heading in capitals
        # the parser read as a clause, then a dash and the names that sign the quotation
        return "person"
    subj = subject_of(verb, ok=lambda t: not ctx.in_quote(t.idx))
    # "Voss said as the heckler yelled:": the parser hangs the colon on the main verb, but
    # the clause that ends at it, with a speech verb and a subject of its own, introduces
    # the quotation
    for t in reversed(toks):
        if (
            verb.i < t.i < colon.i
            and _speech_verb(ctx, t)
            and t.dep_ in {"advcl", "conj", "parataxis"}  # not "a candidate who promised"
            and t.tag_ in {"VBD", "VBZ", "VBP"}  # finite: not "when asked about X:"
        ):
            own = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if own is not None and own.lower_ not in {"who", "that", "which"}:
                verb, subj = t, own
                break
    if not _speech_verb(ctx, verb) and colon.i > 0:
        # "She became so upset ... that I had to change my answer:": the main verb says
        # nothing; the clause that ends at the colon, with a person as its subject, frames
        # the quotation
        last = _last_clause_subject(ctx, colon, verb)
        if last is not None:
            subj = last
    if subj is None or subj.i > colon.i or subj.idx < toks[0].idx:
        return None
    if _earlier_publisher(ctx, subj) is not None:
        # "The ministry issued a statement. The statement read: ...": the statement speaks
        # for its issuer (see _resolve)
        found.att.cue = (verb.idx, verb.idx + len(verb.text))
        found.speaker_tok = subj
        return "person"
    if not_a_speaker(ctx, subj) or (
        subj.lemma_.lower() == "statement" and maker(subj, ctx.cues) is None
    ):
        # "the statement reads:" (whose, the text does not say): whoever spoke in it, from
        # the context, unless its phrase names the maker ("A statement from the ministry")
        return None
    if _names_someone(subj) or _speaks_as_body(ctx, subj) or maker(subj, ctx.cues) is not None:
        # (a record whose maker its phrase names, "A poll by the Herald found:", speaks for
        # the maker: see _resolve)
        found.att.cue = (verb.idx, verb.idx + len(verb.text))
        found.speaker_tok = subj
        return "person"
    return "thing" if subj.pos_ == "NOUN" and subj.ent_type_ == "" else None


def _last_clause_subject(ctx: Context, colon: Token, verb: Token) -> Token | None:
    """The subject of the clause ending at ``colon``, when it is a subordinate clause after
    ``verb``'s own subject and that subject names someone ("that I had to change my answer:")."""
    doc = colon.doc
    clause = doc[colon.i - 1]
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.i == verb.i or clause.i < verb.i or clause.dep_ not in {"ccomp", "advcl", "xcomp"}:
        return None
    # (the clause a speech verb reports is what was said: "where he suggested Curiel was from
    # Mexico:" frames the one who suggested it)
    up = clause
    while up.i != verb.i and up.head.i != up.i:
        below, up = up, up.head
        if _speech_verb(ctx, up) and not any(
            # ("shouted so loudly that the envoy had to change his answer:": a result, not
            # what was shouted)
            t.lower_ in {"so", "such"}
            for t in doc[up.i : below.left_edge.i]
        ):
            clause = up
    subj = subject_of(clause, ok=lambda t: not ctx.in_quote(t.idx))
    if subj is None or subj.i < verb.i or not (_names_someone(subj) or subj.lower_ in {"i", "we"}):
        return None
    return subj


def _earlier_publisher(ctx: Context, subj: Token) -> Token | None:
    """``The ministry issued a statement on Monday. The statement read: “...”``: the artefact
    ("the statement") was published just before (this paragraph or the one before), and its
    publisher speaks."""
    lemma = subj.lemma_.lower()
    if lemma not in ctx.cues.artefact and lemma not in PIECES:
        return None
    t = ctx.mentioned_before(subj)
    if t is None:
        return None
    # ("Voss issued a statement", "a statement issued by Voss", "a Herald article")
    found = publisher(t, ctx.cues.artefact, ctx.cues.publish) or maker(t, ctx.cues)
    return found if found is not None and not not_a_speaker(ctx, found) else None


def _issued_before(ctx: Context, tok: Token, framing: Found | None) -> bool:
    """Is ``tok`` "the statement" the text names no maker or publisher for, said after a
    statement with a named speaker in its paragraph or the one before ("The campaign
    responded that it had moved. “...,” the statement said.")? That statement's speaker
    issued it."""
    return (
        tok.lemma_.lower() == "statement"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)
        and framing is not None
        and framing.speaker_tok is not None
        and framing.speaker_tok.pos_ != "PRON"
        # (someone who issues statements, not a record: "the report said ...")
        and framing.speaker_tok.lemma_.lower() not in ctx.cues.artefact | ctx.cues.records
        and 0 <= ctx.paragraph_of(tok.idx) - ctx.paragraph_of(framing.pos) <= 1
    )


_NOT_PERSON_ENTS = frozenset(
    {"GPE", "LOC", "ORG", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"}
)


def _name_colon(
    ctx: Context, found: Found, toks: list[Token], colon: Token, *, after_dash: bool = False
) -> str | None:
    """``VOTERS WAVER - Ana Voss and Teo Marr: “...”``, ``More from Voss: “...”``: a name
    alone before the colon (after a dash, "from" or nothing else; only a dash with
    ``after_dash``) signs the quotation, as news round-ups and live blogs do."""
    if len(ctx.paras) > 1 and ctx.paragraph_of(colon.idx) == 0:
        return None  # a headline's opening: the headline rule reads it ("Voss Slams Marr:")
    run: list[Token] = []
    for t in reversed([t for t in toks if t.i < colon.i]):
        if t.pos_ == "PROPN" or (run and t.lower_ in {"and", "&"}):
            run.append(t)
            continue
        if t.text not in _DASHES and (after_dash or t.lower_ != "from"):
            return None
        break
    else:
        if after_dash:
            return None  # the names open the clause: no dash sets them apart
    run.reverse()
    if not run or run[0].pos_ != "PROPN" or len(run) > 6 or ctx.in_quote(run[0].idx):
        return None
    if all(t.is_upper for t in run):
        return None  # a heading in capitals ("WALLACE:" lines are transcripts, read apart)
    head = run[0]
    while head.dep_ in {"compound", "flat"} and head.head.i > head.i and head.head in run:
        head = head.head
    # a person's name, not a place or a body ("Ostrava: “...”" is a dateline or a heading)
    if head.ent_type_ != "PERSON" and (head.i == run[0].i or head.ent_type_ in _NOT_PERSON_ENTS):
        return None
    found.speaker_tok = head
    return "person"


def _names_someone(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        or is_person_head(tok)
        or tok.lower_ in PRONOUNS_PERSON | PRONOUNS_PLURAL
    )


def _speaks_as_body(ctx: Context, tok: Token) -> bool:
    """A subject that can speak although it names no one person: a body ("The Marr campaign
    worded it more carefully:"), people ("Her first five questioners ranged from skeptical to
    hostile:"), a description with a name in apposition ("One early supporter, Representative
    Ana Voss, gave it a whirl:"); not a finding or a document, which speak only through
    whoever wrote them."""
    lemma = tok.lemma_.lower()
    return (
        (lemma in ctx.cues.it_bodies and lemma not in ctx.cues.findings | ctx.cues.records)
        or is_people_group(tok)
        or (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and lemma in PERSON_NOUNS)
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
    )


def _name_head(ctx: Context, toks: list[Token]) -> Token | None:
    """The head of the first noun phrase in ``toks`` that can be a speaker: past times and
    amounts ("On July 6, Sanders made the following comment:" is Sanders's)."""
    for t in toks:
        if t.pos_ in {"PROPN", "NOUN"} or t.lower_ in PRONOUNS_PERSON | PRONOUNS_PLURAL:
            head = t
            while (
                head.head.i != head.i
                and head.dep_ in {"compound", "amod", "det", "poss", "nmod"}
                and head.head in toks
            ):
                head = head.head
            if not not_a_speaker(ctx, head):
                return head
    return None


# -- labels ----------------------------------------------------------------------------------

# Prepositions that can link a verb to a quoted phrase that is a label or a statement
# ("branded as", "called for", "warned of"); "on", "in", "during", "with" introduce titles.
_LABEL_PREPS = {"as", "like", "for", "of", "about", "against", "over", "to", "into"}


def _labels(ctx: Context, groups: list[Group], *, strong: bool) -> list[Found]:
    out = []
    for g in groups:
        if g.full is False and (f := _label_quote(ctx, g, strong=strong)) is not None:
            out.append(f)
            g.full = None  # type: ignore[assignment]  # consumed as a label
    return out


def _label_quote(ctx: Context, g: Group, *, strong: bool = False) -> Found | None:
    """A quoted label put on someone by a labelling verb (``branded as “terrorists.”``).

    ``strong`` accepts only labelling and stance verbs; otherwise any cue verb governs.
    """
    seg = g.segments[0]
    toks = ctx.tokens(seg.start, seg.end)
    if not toks or _is_title(ctx, seg):
        return None
    cues = ctx.cues
    # The climb starts from the quotation's first token. (It used to be the token of least
    # depth by a helper that walked up 50 heads per token and, comparing spaCy tokens with
    # ``is`` -- always a fresh object -- always counted 50, so the first token won anyway;
    # the walk was most of the cost on quote-dense text. Same result, none of the cost.)
    tok = toks[0]
    verbs = cues.labelling | cues.speech | cues.cognition | cues.stance | cues.intention
    child = tok
    for _ in range(5):
        if tok.head.i == tok.i:
            return None
        child, tok = tok, tok.head
        if child.dep_ in {"prep", "agent"} and child.lower_ not in _LABEL_PREPS:
            return None  # "said on ABC’s “This Week”": a programme's or paper's title
        if tok.pos_ != "VERB" or ctx.in_quote(tok.idx):
            continue
        if tok.lemma_.lower() not in verbs or child.dep_ in SUBJECT_DEPS:
            # (a quotation inside the verb's subject is no label it puts on anyone: "said
            # Ida Brin, the author of “Salt Roads”")
            return None
        if strong and (
            tok.lemma_.lower() not in cues.labelling | cues.stance or _outer_speech_verb(ctx, tok)
        ):
            return None
        if tok.lemma_.lower() not in cues.labelling | cues.stance:
            # "Cruz said Rubio will continue to be “a champion”": the phrase is in the
            # outer speaker's reported words, not a label put on anyone by "continue".
            tok = _outer_speech_verb(ctx, tok) or tok
        subj = subject_of(tok, ok=lambda t: not ctx.in_quote(t.idx))
        if subj is None or not_a_speaker(ctx, subj):
            return None
        lo = tok.i + 1
        while lo < toks[0].i and ctx.table.ent_type[lo] in {"DATE", "TIME"}:
            lo += 1  # "praised Tuesday night “for ...”": when, not what
        hi = max(child.right_edge.i, toks[-1].i)
        span = clean_span(ctx, list(ctx.doc[lo : hi + 1]))
        if span is None:
            return None
        seg_end = g.segments[-1].outer_end
        span = (
            span[0],
            max(
                span[1],
                min(seg_end, ctx.sents.at(span[0])[1] if ctx.sents.at(span[0]) else seg_end),
            ),
        )
        att = Attribution(kind="mixed", spans=[span], cue=(tok.idx, tok.idx + len(tok.text)))
        return Found(att=att, pos=span[0], speaker_tok=subj)
    return None


_TITLE_BEFORE = re.compile(
    r"(?:['’]s|\b(?:on|in|at|to|from|with|told|wrote for))\s*$", re.IGNORECASE
)
_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "of",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
}


def _is_title(ctx: Context, seg: Segment) -> bool:
    """``on ABC’s “This Week”``, ``told “Fox News Sunday”``: a programme's, paper's or
    book's title in Title Case after a possessive or a preposition."""
    words = WORD.findall(ctx.text[seg.start : seg.end])
    if (
        not words
        or len(words) > 10
        or not _TITLE_BEFORE.search(ctx.text[max(0, seg.open - 20) : seg.open])
    ):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS or w[0].isdigit() for w in words)


def _that_follows(verb: Token) -> bool:
    doc = verb.doc
    return verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "that"


def _outer_speech_verb(ctx: Context, verb: Token) -> Token | None:
    """The outermost speech verb whose reported clause holds ``verb``, if any."""
    outer = None
    tok = verb
    for _ in range(6):
        if tok.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or tok.head.i == tok.i:
            break
        if tok.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            break  # "Goldman holds $28 billion, and the report says ...": a clause of its own
        tok = tok.head
        if (
            tok.pos_ in {"VERB", "AUX"}
            and tok.lemma_.lower() in ctx.cues.speech
            and not (tok.lemma_.lower() in THAT_ONLY and not _that_follows(tok))
            and not ctx.in_quote(tok.idx)
        ):
            outer = tok
    return outer


# -- clean-up and resolution -------------------------------------------------------------------


def _drop_overlaps(found: list[Found]) -> list[Found]:
    """Keep direct quotations; drop reported clauses that mostly repeat them."""
    direct = [f for f in found if f.att.kind == "direct"]
    out = list(direct)
    cover = SpanCover([span for d in direct if not d.turn for span in d.att.spans])
    # direct quotations by where they start, for lending a frame verb's speaker
    by_start = sorted(range(len(direct)), key=lambda i: direct[i].att.spans[0][0])
    starts = [direct[i].att.spans[0][0] for i in by_start]
    waiting = Pending([direct[i].speaker_tok is None for i in by_start])
    twins = TwinIndex(0.8)
    for f in found:
        if f.att.kind == "direct":
            continue
        s, e = f.att.spans[0][0], f.att.spans[-1][1]
        size = max(e - s, 1)
        if cover.covered(s, e) / size > 0.5:
            # the quotation's frame verb: lend it the speaker when the quote has none
            j, stop = waiting.first_from(bisect_left(starts, s)), bisect_right(starts, e)
            while j < stop:
                d = direct[by_start[j]]
                d.speaker_tok, d.att.cue, d.floating = f.speaker_tok, f.att.cue, False
                if d.speaker_tok is not None:
                    waiting.remove(j)
                j = waiting.first_from(j + 1)
            continue
        slot = twins.find((s, e))
        if slot is None:
            twins.add(len(out), (s, e))
            out.append(f)
        elif _parallel(f, out[slot]):
            out.append(f)
        elif _width(f) > _width(out[slot]):
            # nested clauses on nearly the same words ("Carson said Trump plans to ..."):
            # the wider one is the outer statement
            twins.remove(slot)
            twins.add(slot, (s, e))
            out[slot] = f
    return out


def _nested_back(ctx: Context, found: list[Found], kept: list[Found]) -> list[Found]:
    """Statements nested in another's content keep their own record.

    ``Carson said Trump believes that the wall will be built``: Carson's statement is
    "Trump believes that ...", and inside it Trump's belief "that the wall will be built"
    has its own speaker. The overlap clean-up keeps only the wider of two clauses on nearly
    the same words; a narrower reported clause whose speaker is itself part of the wider
    one's content comes back as a statement of its own. (:func:`_reports_within` then drops
    those whose words are nearly the outer one's, as here, unless they carry a quotation:
    what comes back to stay is nested speech in its own words.)
    """
    outers = [
        (f, f.speaker_tok) for f in kept if f.att.kind != "direct" and f.speaker_tok is not None
    ]
    if not outers:
        return kept
    kept_ids = {id(f) for f in kept}
    verbs = ctx.cues.speech | ctx.cues.cognition
    cands: list[tuple[Found, Token]] = []
    for f in found:
        if (
            id(f) in kept_ids
            or f.att.kind == "direct"
            or f.speaker_tok is None
            or f.att.cue is None
        ):
            continue
        cue = _cue_token(ctx, f)
        lemma = cue.lemma_.lower() if cue is not None else ""
        if lemma in ctx.cues.intention or lemma not in verbs:
            continue  # "Marr plans to ...": an intention inside a statement is its words
        cands.append((f, f.speaker_tok))
    if not cands:
        return kept
    # An outer statement g takes f back when g's content holds f's content and f's speaker
    # (g's span holds ``(min(s, tok), max(e, tok + 1))``), is not f's very span, and has
    # another speaker token. Counted with sorted sweeps (a scan of every outer for every
    # candidate was quadratic in statement-dense text): the holders, less those with f's
    # speaker token, less those on exactly f's span with another speaker token.
    spans = [(g.att.spans[0][0], g.att.spans[-1][1]) for g, _ in outers]
    own = [(f.att.spans[0][0], f.att.spans[-1][1]) for f, _ in cands]
    queries = [(min(s, tok.idx), max(e, tok.idx + 1)) for (s, e), (_, tok) in zip(own, cands)]
    total = holder_counts(spans, queries)
    outers_by_speaker: dict[int, list[int]] = {}
    for k, (_, tok) in enumerate(outers):
        outers_by_speaker.setdefault(tok.i, []).append(k)
    cands_by_speaker: dict[int, list[int]] = {}
    for q, (_, tok) in enumerate(cands):
        cands_by_speaker.setdefault(tok.i, []).append(q)
    same = [0] * len(cands)
    for i, qs in cands_by_speaker.items():
        members = outers_by_speaker.get(i)
        if members:
            counts = holder_counts([spans[k] for k in members], [queries[q] for q in qs])
            for q, n in zip(qs, counts):
                same[q] = n
    on_span = Counter(spans)
    on_span_same = Counter((span, tok.i) for span, (_, tok) in zip(spans, outers))
    back = []
    for q, (f, tok) in enumerate(cands):
        n = total[q] - same[q]
        if queries[q] == own[q]:  # only then can a holder lie on exactly f's span
            n -= on_span[own[q]] - on_span_same[(own[q], tok.i)]
        if n > 0:
            back.append(f)
    return kept + back


# An inner statement whose words come this near the outer one's (token F1, as the strict
# scorer counts) is the outer speaker's report. Chosen on PolNeAR train (strict content F1
# 0.6977 without the rule; 0.7053 at 0.7 but with joint recall 0.5944 -> 0.5927; 0.7023 at
# 0.8 with 0.5938; 0.6987 at 0.9). At 0.8, before the rule for views, it drops 251 train
# statements: 33 had matched a gold content, 28 have a gold attribution on the same cue word.
REPORT_WITHIN = 0.8


def _reports_within(ctx: Context, found: list[Found]) -> list[Found]:
    """``Shelby said he refused to follow her commands``: a reported statement whose cue word
    lies inside another reported statement's content, on nearly the same words, is what the
    outer speaker reports, not a statement of its own. "He refused to follow her commands" is
    Shelby's account; a record of its own would put Shelby's words on the other man's page
    (and the same goes for "Carson said Trump believes the wall will be built": Carson's
    words about Trump). A view, an intention or an act on something nested in another's
    statement, quoting nothing, is the outer speaker's account whatever its words ("Marr said
    Voss wants the vote delayed until the spring": Marr's statement); on PolNeAR train such
    nested statements match a gold attribution about one time in eight.

    Kept: nested speech on other words ("Marr said Voss told him the exams are too many")
    and nested speech that carries a quotation ("According to the Herald, Voss's spokesman
    said the deal “is dead”": the quoted words are the spokesman's own); a claim named by a
    noun ("his claim that ..."); and one of two sources of the same words ("..., as the
    Herald reported, according to two officials")."""
    reported = [f for f in found if f.att.kind != "direct"]
    if len(reported) < 2:
        return found
    text = ctx.text

    def words(f: Found) -> Counter[str]:
        return Counter(w.lower() for s, e in f.att.spans for w in WORD.findall(text, s, e))

    bag: dict[int, Counter[str]] = {}
    order = sorted(reported, key=lambda f: f.att.spans[0][0])
    starts = [f.att.spans[0][0] for f in order]
    reach = {id(f): _may_be_report(ctx, f) for f in reported}
    # how many reported statements hold each cue word (for a view, whatever its words)
    viewing = [f for f in reported if reach[id(f)] == "view"]
    held = holder_counts(
        [(f.att.spans[0][0], f.att.spans[-1][1]) for f in reported],
        [(f.att.cue[0], f.att.cue[0] + 1) for f in viewing],
    )
    holders = {id(f): n for f, n in zip(viewing, held)}
    dropped: set[int] = set()
    # narrowest first: of two statements each holding the other's cue, the wider stays
    for f in sorted(reported, key=_width):
        kind = reach[id(f)]
        if kind is None:
            continue
        c = f.att.cue[0]
        if kind == "view":
            if holders[id(f)] > (f.att.spans[0][0] <= c < f.att.spans[-1][1]) and any(
                _holds(g, f, c, dropped) for g in reversed(order[: bisect_right(starts, c)])
            ):
                dropped.add(id(f))
            continue
        # an outer statement this near in words is at most about half as long again
        lo = bisect_left(starts, c - 3 * _width(f))
        for g in order[lo : bisect_right(starts, c)]:
            if not _holds(g, f, c, dropped):
                continue
            a = bag.get(id(f))
            if a is None:
                a = bag[id(f)] = words(f)
            b = bag.get(id(g))
            if b is None:
                b = bag[id(g)] = words(g)
            common = sum((a & b).values())
            if common and 2 * common >= REPORT_WITHIN * (a.total() + b.total()):
                dropped.add(id(f))
                break
    if not dropped:
        return found
    return [f for f in found if id(f) not in dropped]


def _holds(g: Found, f: Found, c: int, dropped: set[int]) -> bool:
    """Whether ``g`` is a statement other than ``f`` whose content holds offset ``c``, not
    dropped and not a second source of the same words."""
    return (
        g is not f
        and id(g) not in dropped
        and g.att.spans[0][0] <= c < g.att.spans[-1][1]
        and not _parallel(f, g)
    )


def _may_be_report(ctx: Context, f: Found) -> str | None:
    """How ``f`` may be the outer speaker's report when nested: ``"view"`` for a view, an
    intention or an act on something (a verb of thinking, intending or acting on an object,
    not of speaking: "Marr said Voss wants the vote delayed"), whatever its words; ``"near"``
    for another statement, only on nearly the outer one's words; None when never: a cue that
    is a noun ("His critics rejected his claim that the treaty was dead": the claim is his,
    and the article says he made it), or speech carrying a quotation."""
    tok = _cue_token(ctx, f)
    if tok is None or tok.pos_ in ("NOUN", "PROPN"):
        return None
    lemma = tok.lemma_.lower()
    cues = ctx.cues
    if f.att.kind == "mixed":
        return None if lemma in cues.speech else "near"
    if lemma in cues.speech:
        return "near"
    if tok.pos_ == "VERB" and (
        lemma in cues.cognition or lemma in cues.intention or lemma in cues.object_content
    ):
        return "view"
    return "near"


def _cue_token(ctx: Context, f: Found) -> Token | None:
    """The first token of ``f``'s cue words (``doc.char_span``'s tokens), or None."""
    if f.att.cue is None:
        return None
    span = ctx.table.char_tokens(*f.att.cue)
    return ctx.doc[span[0]] if span is not None and span[1] > span[0] else None


def _lead_in(found: list[Found]) -> list[Found]:
    """``Like most campaigns, “the process is ...,” Voss said. “We check every gift.”``: the
    fronted phrase is the writer's paraphrase of the same statement, read by the reported
    speech rule as the start of Voss's clause up to the first quoted part. The clause and
    the quotation become one mixed statement: the phrase, then the quoted parts."""
    direct = {}
    for f in found:
        if f.att.kind == "direct" and f.speaker_tok is not None:
            direct.setdefault(f.speaker_tok.i, []).append(f)
    if not direct:
        return found
    drop = set()
    for r in found:
        if r.att.kind == "direct" or r.speaker_tok is None or len(r.att.spans) != 1:
            continue
        (s, e) = r.att.spans[0]
        for d in direct.get(r.speaker_tok.i, ()):
            ds, de = d.att.spans[0]
            if s < ds < e <= de and len(d.att.spans) > 1:
                d.att.spans = [(s, de), *d.att.spans[1:]]
                d.att.kind = "mixed"
                d.pos = min(d.pos, r.pos)
                drop.add(id(r))
                break
    return [f for f in found if id(f) not in drop] if drop else found


def _parallel(a: Found, b: Found) -> bool:
    """Two sources of one claim, not one statement nested in another: "Marr met the envoys,
    as the Herald reported, according to two officials". One is named in an aside (which
    may sit inside the other's content), and the other's speaker is not inside its content
    ("as the Herald reported Voss said ...": Voss's words are nested in the Herald's)."""
    if a.speaker_tok is None or b.speaker_tok is None or a.speaker_tok.i == b.speaker_tok.i:
        return False
    return any(
        aside.aside and not any(s <= tok.idx < e for s, e in aside.att.spans)
        for aside, tok in ((a, b.speaker_tok), (b, a.speaker_tok))
    )


def _whose_owner(tok: Token) -> Token | None:
    """The name or noun a "whose" at ``tok`` (or owning ``tok``) stands for: the head of
    the relative clause it opens, when that is no pronoun; else None."""
    whose = (
        tok
        if tok.lower_ == "whose"
        else next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    )
    if whose is None:
        return None
    verb = whose.head
    while verb.dep_ != "relcl" and verb.head.i != verb.i:
        verb = verb.head
    owner = verb.head
    if verb.dep_ != "relcl" or owner.pos_ not in {"PROPN", "NOUN"} or owner.i > whose.i:
        return None
    # ("Mitch McConnell, the majority leader, whose ...": the name; "the League of
    # Conservation Voters, whose ...": the whole name)
    while owner.dep_ == "appos" and owner.head.pos_ == "PROPN" and owner.head.i < owner.i:
        owner = owner.head
    return whole_name_head(owner) or owner


def _reach(att: Attribution) -> Offsets:
    """Where a statement's words run, from its first segment's start to its last's end."""
    return att.spans[0][0], att.spans[-1][1]


def _speaks_on(resolver: PronounResolver, pron: Token, att: Attribution) -> None:
    """A he or she speaker resolved to a name is that person speaking at this point of
    the article: "Voss ... he believes Brin is right. “...,” he said" is Voss again, and
    Brin, inside Voss's statement, is not the next speaker (see
    :meth:`PronounResolver.resolve`)."""
    gender = PERSON_PRONOUN_GENDER.get(pron.lower_)
    if att.speaker_ref is None or gender is None:
        return
    resolver.add_speaker(pron.idx, att.speaker_ref, person=True, content=_reach(att), gender=gender)


def _negated_cue(ctx: Context, att: Attribution) -> bool:
    """Is the statement's cue verb negated ("Marennia did not immediately respond to the
    offer")? A reply not made answers no one."""
    if att.cue is None:
        return False
    verb = ctx.last_token(*att.cue)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _the_one_asked(
    ctx: Context, f: Found, previous: Found | None, resolver: PronounResolver
) -> Offsets | None:
    """The one a question was just put to, when a he or she answers it: '"Is Valmora sitting
    on the fence?" another journalist asked Corvel. "Valmora is sitting at the table," she
    replied' (the asker is no "she", nor the last name before the reply)."""
    pron = f.speaker_tok
    want = PRONOUN_GENDER.get(pron.lower_) if pron is not None else None
    if (
        want is None
        or not (f.reply or _answers_next(ctx, f, previous))
        or previous is None
        or previous.att.addressee is None
        or previous.att.cue is None
        or ctx.paragraph_of(f.pos) - ctx.paragraph_of(previous.pos) > 1
    ):
        return None
    asked = ctx.last_token(*previous.att.cue)
    if asked is None or asked.lemma_.lower() not in QUESTIONING_VERBS:
        return None
    lo, hi = previous.att.addressee
    named = ctx.last_token(lo, hi)
    if named is None or named.pos_ != "PROPN":
        return None  # ("asked him": a pronoun the resolver reads in its own order)
    if gender_of(ctx.text[lo:hi], resolver.surnames) not in {None, want}:
        return None
    return previous.att.addressee_ref or previous.att.addressee


def _answers_next(ctx: Context, f: Found, previous: Found | None) -> bool:
    """Does ``f``, a quotation opening the paragraph after ``previous``'s, answer it as a
    reply would, whatever its verb ('Conroy asked Sanders whether ... ¶ “Sure it is. ...,”
    he said': the one asked answers)?"""
    if previous is None or f.att.kind != "direct":
        return False
    para = ctx.paragraph_of(f.pos)
    opens = ctx.text[ctx.paras[para][0] : f.att.spans[0][0]].strip() in _OPENING_MARKS
    return opens and para - ctx.paragraph_of(previous.pos) == 1


_OPENING_MARKS = frozenset({"", '"', "“", "‘", "'", "«"})


def _width(f: Found) -> int:
    return f.att.spans[-1][1] - f.att.spans[0][0]


def _resolve(ctx: Context, found: list[Found]) -> PronounResolver:
    """Speaker spans, pronouns, floating quotations and addressees, in text order; returns
    the pronoun resolver, holding the speakers read."""
    resolver = PronounResolver(
        ctx.doc,
        lambda t: t.pos_ == "PROPN",
        narrative=lambda i: not ctx.in_quote(i),
        known=ctx.known,
    )
    previous: Found | None = None
    # the statement a quotation standing alone continues: the last one with a speaker, not a
    # statement nested in another's words ("X said her friends had mocked him, calling him
    # “a buffoon”": the next paragraph's quotation is X's), nor one whose speaker is anyone
    nested = _nested_in_others(found)
    framing: Found | None = None
    voice: Found | None = None  # the last framing statement one person could have made
    repeated: dict[str, Found] = {}  # direct statements with a speaker, by their words
    pronoun_refs: dict[int, Offsets] = {}  # what each pronoun speaker was resolved to
    for f in found:
        att = f.att
        if f.speaker_tok is not None:
            author = publisher(f.speaker_tok, ctx.cues.artefact, ctx.cues.publish)
            if author is not None:
                f.speaker_tok = author
            tok = f.speaker_tok
            att.speaker = np_span(tok, limit=_frame_limit(ctx, tok))
            # "according to a report from the Herald": the Herald speaks, and the mention
            # keeps the record ("a report from the Herald")
            record = att.speaker
            made_by = maker(tok, ctx.cues)
            if made_by is not None:
                tok = made_by
                att.speaker = np_span(tok, limit=_frame_limit(ctx, tok))
            # "The ministry issued a statement. The statement said ...": the mention is the
            # statement, its issuer the one who speaks
            issuer = _earlier_publisher(ctx, tok) if made_by is None else None
            partner = _pronoun_partner(tok)
            bound = None if partner is not None else _bound_name(ctx, tok, resolver)
            if issuer is not None:
                if issuer.pos_ != "PRON":
                    att.speaker_ref = np_span(issuer, limit=_frame_limit(ctx, issuer))
            elif made_by is None and _issued_before(ctx, tok, framing):
                # "The campaign responded that ... “...,” the statement said.": the
                # statement the text has just reported, its speaker's
                assert framing is not None and framing.speaker_tok is not None
                att.speaker_ref = framing.att.speaker_ref or framing.att.speaker
            elif (owner := _whose_owner(tok)) is not None:
                # "Trump, whose attorneys argued ...", "Iran, whose leaders have called for
                # ...", "McConnell, whose new book boasts ...": the one "whose" stands for
                att.speaker_ref = np_span(owner, limit=_frame_limit(ctx, owner))
            elif made_by is not None and made_by.lower_ in OWNER_PRONOUNS:
                # "his statement said", "In her statement ..., Ana Voss said": the one the
                # pronoun stands for
                att.speaker_ref = bound or resolver.resolve(
                    OWNER_PRONOUNS[made_by.lower_], made_by.idx
                )
            elif partner is not None:
                # "He and Ana Voss said": both speak; the whole phrase is the speaker (its
                # parties are named by the pipeline), never the pronoun's antecedent alone
                att.speaker = (tok.idx, np_span(partner, limit=_frame_limit(ctx, partner))[1])
                resolver.add_speaker(tok.idx, att.speaker, plural=True, person=False)
            elif bound is not None:
                att.speaker_ref = bound
                resolver.learn_gender(bound, tok.lower_)  # "Symms said he": Symms is a he
                _speaks_on(resolver, tok, att)
            elif tok.lower_ in OWNER_PRONOUNS and tok.dep_ == "poss":
                # "his call for talks", "her argument that ...": the one person the
                # sentence (or the one before) names who can own it
                att.speaker_ref = resolver.sole_owner(tok)
                _speaks_on(resolver, tok, att)
            elif tok.lower_ in PRONOUNS_PERSON | PRONOUNS_PLURAL:
                att.speaker_ref = (
                    # (one pronoun speaking twice is one person: "she replied, adding that ...")
                    pronoun_refs.get(tok.i)
                    or _the_one_asked(ctx, f, previous, resolver)
                    or resolver.resolve(tok.lower_, tok.idx)
                )
                if att.speaker_ref is not None:
                    pronoun_refs[tok.i] = att.speaker_ref
                _speaks_on(resolver, tok, att)
            elif f.sender is not None:
                # ("... sent a letter. “...,” it read.": the sender)
                att.speaker_ref = np_span(f.sender, limit=_frame_limit(ctx, f.sender))
            elif (it := ctx.it_antecedent(tok)) is not None:
                # ("The letter read: ... “...,” it added": the letter's sender, when the text
                # says who sent it)
                it = _earlier_publisher(ctx, it) or maker(it, ctx.cues) or it
                if it.pos_ != "PRON":
                    att.speaker_ref = np_span(it, limit=_frame_limit(ctx, it))
            elif tok.pos_ != "PRON":
                # "Mr. Voss and Senator Brin said": they, never he
                joint = joins_people(ctx.tokens(*att.speaker), _named_person)
                person = (
                    resolver.names_person(tok)
                    or _titled_name(tok)
                    # the person whose record speaks ("Palin’s pugnacious posts ... saying
                    # ..."): a name the article gives a person, however the tagger labelled
                    # this mention; a later "she" may stand for her
                    or (
                        made_by is not None
                        and tok.dep_ == "poss"
                        and tok.pos_ in {"PROPN", "NOUN"}
                        and tok.text in resolver.person_words
                    )
                )
                if made_by is None or is_person_head(tok) or person:
                    # (a record's maker that is not a person, "a poll by the Herald", is
                    # not what a later "they" stands for: the people polled are)
                    resolver.add_speaker(
                        tok.idx,
                        att.speaker,
                        # a surname tagged plural or an organisation ("Sanders") is one person
                        plural=(
                            not person and (tok.tag_ in {"NNS", "NNPS"} or tok.ent_type_ == "ORG")
                        )
                        or is_people_group(tok)
                        or joint,
                        person=(is_person_head(tok) or person) and not joint,
                        content=_reach(att),
                    )
            if (
                made_by is not None
                and att.speaker is not None
                # (the maker after the record, or its owner: "the ministry's statement")
                and (record[0] < att.speaker[0] or made_by.dep_ == "poss")
            ):
                att.speaker_ref = att.speaker_ref or att.speaker
                end = max(record[1], att.speaker[1])
                if made_by.dep_ == "nsubj":
                    # "an interview his brother gave": the clause's verb closes the mention
                    end = max(end, made_by.head.idx + len(made_by.head))
                att.speaker = (record[0], end)
        elif f.floating and (earlier := repeated.get(_words_key(ctx, att) or "-")) is not None:
            # a pull quote: words the article prints again, set apart, are whoever said them
            # first ("“This is a hostile act ...”" repeated after another speaker's paragraph
            # was that speaker's)
            att.speaker, att.speaker_ref = earlier.att.speaker, earlier.att.speaker_ref
            att.addressee, att.addressee_ref = earlier.att.addressee, earlier.att.addressee_ref
            continue
        elif f.floating and framing is not None and framing.att.speaker is not None:
            goes_on: Found | None = framing
            if _first_person(ctx, att) and not _one_voice(ctx, framing.speaker_tok):
                # "I" is no group's or thing's: the last statement one person could have made
                goes_on = voice
            if (
                goes_on is not None
                and ctx.paragraph_of(f.pos) - ctx.paragraph_of(goes_on.pos) <= 1
                and not goes_on.signed
                and not _someone_else_leads_in(ctx, f, goes_on)
            ):
                att.speaker = goes_on.att.speaker
                att.speaker_ref = goes_on.att.speaker_ref
                att.addressee = att.addressee or goes_on.att.addressee
                att.addressee_ref = att.addressee_ref or goes_on.att.addressee_ref
        if att.kind == "direct":
            _vocative(ctx, f)
        if (
            att.addressee is None
            and previous is not None
            and previous.att.speaker is not None
            and att.speaker is not None
        ):
            same = _same_speaker(ctx, previous.att, att)
            if (
                f.reply
                and not same
                and nested.get(id(f)) is not previous
                and not _negated_cue(ctx, att)
            ):
                # (not one the previous speaker reports: "Sarnia has not responded to the
                # proposal, the document says" answers no document)
                att.addressee = previous.att.speaker
                att.addressee_ref = previous.att.speaker_ref
            elif (
                same
                and ctx.paragraph_of(f.pos) - ctx.paragraph_of(previous.pos) <= 1
                and previous.att.kind == "direct"
                and att.kind == "direct"
            ):
                att.addressee = previous.att.addressee
                att.addressee_ref = previous.att.addressee_ref
        if att.speaker is not None:
            if att.kind == "direct" and (words := _words_key(ctx, att)):
                repeated.setdefault(words, f)
            previous = f
            outer = nested.get(id(f))
            if (outer is None or _same_speaker(ctx, outer.att, att)) and (
                f.speaker_tok is None or f.speaker_tok.lower_ not in _ANYONE
            ):
                # (one reported inside the words of the same speaker frames as well: "Voss
                # said she felt ... “...,” she said. “...”")
                framing = f
                if _one_voice(ctx, f.speaker_tok):
                    voice = f
    return resolver


def _someone_else_leads_in(ctx: Context, f: Found, goes_on: Found) -> bool:
    """Does the sentence of the unframed quotation ``f`` name, before it, someone else as a
    clause's subject ("When Trump finally wrapped up — “...” — the balloons cascaded")? Then
    the quotation may be theirs, and the last speaker (``goes_on``'s) does not carry on."""
    sent = ctx.sents.at(f.pos)
    if sent is None or sent[0] >= f.pos:
        return False
    # the words of the last speaker's mention and of the name it stands for ("he" -> Harvey)
    theirs = {
        w
        for span in (goes_on.att.speaker, goes_on.att.speaker_ref)
        if span is not None
        for w in ctx.text[span[0] : span[1]].split()
    }
    return any(
        t.dep_ in {"nsubj", "nsubjpass"}
        and t.pos_ == "PROPN"
        and t.ent_type_ == "PERSON"
        and t.text not in theirs
        and not ctx.in_quote(t.idx)
        for t in ctx.tokens(sent[0], f.pos)
    )


def _words_key(ctx: Context, att: Attribution) -> str:
    """A statement's words, for finding the same words printed twice: lower case, letters and
    digits only; empty (never matched) under five words."""
    words = re.findall(r"\w+", " ".join(ctx.text[a:b] for a, b in att.spans).lower())
    return " ".join(words) if len(words) >= 5 else ""


# a quotation in the first person singular: one person's words
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b|\bI['’](?:m|ve|d|ll)\b")
# how most English words for one person end ("leader", "pastor", "activist")
_ONE_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person")


def _first_person(ctx: Context, att: Attribution) -> bool:
    """Is ``att``'s content in the first person singular ("I", "me", "my")?"""
    return bool(_FIRST_PERSON.search(" ".join(ctx.text[a:b] for a, b in att.spans)))


def _one_voice(ctx: Context, tok: Token | None) -> bool:
    """Could the speaker ``tok`` say "I"? A pronoun (or a speaker this rule cannot see, None),
    a name, a noun for one person, a body or a record can; a group or a thing cannot
    ("The legislation also mandates three appointments. ¶ “... But I believe very firmly
    ...”" is not the legislation's, nor is “I will fight for you” the balloons'): a plural
    noun, a verb the parse made the mention's head, a noun for no person, body or record."""
    if tok is None or tok.pos_ == "PRON":
        return True
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = tok.lemma_.lower()
    if lemma in ctx.speaking_things:
        return True  # "reports Mr. Schoen filed": their maker's words
    if tok.tag_ in {"NNS", "NNPS"}:
        # (also "Critics" opening a paragraph, tagged a plural name; not the last word of a
        # longer name, "Red Hot Chili Peppers", whose members say "I")
        return tok.pos_ == "PROPN" and tok.ent_iob_ == "I"
    if tok.pos_ == "PROPN":
        return True
    # a name the tagger took for a common noun ("Hannity said"), a noun for one person
    return tok.text[:1].isupper() or lemma in PERSON_NOUNS or lemma.endswith(_ONE_PERSON_ENDINGS)


# indefinite pronouns: a statement they make frames no quotation after it
_ANYONE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"})


def _nested_in_others(found: list[Found]) -> dict[int, Found]:
    """The ids of the statements reported inside another statement's content, their words
    and their cue (and not the other's cue) inside it: "calling Trump “a buffoon”" in "her
    friends had mocked him, calling Trump “a buffoon,” Susan said"; not the same quotation
    framed twice ("X said “...,” she said"); each with the statement it is inside. One sweep
    in order of start, the widest first."""
    out: dict[int, Found] = {}
    spans = sorted(
        ((f.att.spans[0][0], -f.att.spans[-1][1], id(f), f) for f in found if f.att.spans),
        key=lambda x: x[:3],
    )
    outer: tuple[int, int, Found] | None = None  # the statement reaching furthest so far
    for lo, neg_hi, _, f in spans:
        hi = -neg_hi
        own = f.att.cue
        if (
            outer is not None
            and hi <= outer[1]
            and (lo, hi) != outer[:2]
            and own is not None
            and outer[0] <= own[0] < outer[1]
        ):
            # its words and its cue inside the other's words: reported in that statement
            cue = outer[2].att.cue
            if cue is None or not lo <= cue[0] < hi:
                out[id(f)] = outer[2]
        if outer is None or hi > outer[1]:
            outer = (lo, hi, f)
    return out


# what may stand in an outer content before the speaker it repeats ("said that he
# believes", "argued, again, that she now thinks")
_RESTATED_OPENERS = frozenset({"SCONJ", "ADV", "PUNCT", "CCONJ"})


def _drop_restated(ctx: Context, found: list[Found]) -> list[Found]:
    """``Voss said that she believes the talks will fail``: the belief is Voss's, already
    inside her statement's content, and its own record would count one statement twice on
    her page. A reported statement is dropped when its speaker is the subject (or the
    possessor) of its own cue and opens another statement's content (after at most a "that"
    or an adverb), its content ends within that content, and both speakers are the same
    person (a bound pronoun, the same name); the outer statement keeps its words. Kept:
    ``Voss said Marr believes ...`` (another speaker), and an outer content that holds its
    own speaker's frame ("Voss suggested Marr had lied - “He lied,” Voss said").
    """
    outers = sorted(
        (f.att.spans[0][0], k)
        for k, f in enumerate(found)
        if f.att.kind != "direct"
        and f.speaker_tok is not None
        and f.speaker_tok.idx < f.att.spans[0][0]
    )
    starts = [s for s, _ in outers]
    drop = set()
    for f in found:
        att, tok = f.att, f.speaker_tok
        if att.kind == "direct" or att.speaker is None or tok is None or att.cue is None:
            continue
        if not _subject_of_cue(ctx, tok, att.cue):
            continue  # "claiming that ...", its subject found by climbing: not this pattern
        at = att.speaker[0]
        # an outer content that opens a few characters before this speaker at most
        for s, k in outers[bisect_left(starts, at - 24) : bisect_right(starts, at)]:
            g = found[k]
            if g is f or id(g) in drop or att.spans[-1][1] > g.att.spans[-1][1]:
                continue
            if g.att.spans[0][1] <= at or not _same_person(ctx, g, f):
                continue
            before = ctx.tokens(s, at)
            if len(before) <= 3 and all(
                t.lower_ == "that" or t.pos_ in _RESTATED_OPENERS for t in before
            ):
                drop.add(id(f))
                break
    return [f for f in found if id(f) not in drop] if drop else found


def _one_per_cue(found: list[Found]) -> list[Found]:
    """One cue, one statement: of two statements framed by the same cue word, one whose
    words lie within the other's is a second, shorter reading of the same statement (the
    quotation rule stopping at a closing mark, 'Bush called Trump “unhinged”' beside the
    clause rule's 'Trump “unhinged” before ...'), and it goes; the wider reading stays. On
    PolNeAR train the wider one matches the annotated content five times as often (45 and
    9 of 61). Statements with their own cues, nested or not, are left alone."""
    by_cue: dict[tuple[int, int], list[Found]] = {}
    for f in found:
        if f.att.cue is not None:
            by_cue.setdefault(f.att.cue, []).append(f)
    drop = set()
    for group in by_cue.values():
        if len(group) < 2:
            continue
        for f in group:
            for g in group:
                if g is not f and id(g) not in drop and _within(f.att.spans, g.att.spans):
                    drop.add(id(f))
                    break
    return [f for f in found if id(f) not in drop] if drop else found


def _speakers_out(ctx: Context, found: list[Found]) -> list[Found]:
    """A reported content that opens with its own speaker's name is a misreading of the
    frame after the words ('“...,” said Ana Voss, chairman of the commission, who wrote the
    treaty': no one said "Ana Voss, chairman ..."). What it quotes after the name, if
    anything longer than a phrase, is the statement ('Said Piet Marr, who grew up in Sarn,
    “We were all so proud.”'); else it goes. Contents that hold a speaker after a relative
    word ("what he saw as a mistake") are not touched: the name does not open them."""
    out = []
    for f in found:
        att = f.att
        if (
            att.kind == "direct"
            or att.speaker is None
            or not (
                att.spans[0][0] <= att.speaker[0] < att.spans[0][1]
                and not ctx.text[att.spans[0][0] : att.speaker[0]].strip(" \"'“‘")
            )
        ):
            out.append(f)
            continue
        quoted = [
            (max(seg.start, s), min(seg.end, e))
            for s, e in att.spans
            for seg in ctx.segments
            if seg.start < e and s < seg.end and seg.start >= att.speaker[1]
        ]
        if sum(len(ctx.text[a:b].split()) for a, b in quoted) >= 4:
            att.spans, att.kind = quoted, "direct"
            out.append(f)  # (not a phrase in scare quotes: "other “gifts”")
    return out


def _within(inner: list[Offsets], outer: list[Offsets]) -> bool:
    """Does each of ``inner``'s spans lie in one of ``outer``'s, the two not the same? (A
    reported clause between a quotation's two parts lies in neither.)"""
    return inner != outer and all(any(c <= a and b <= d for c, d in outer) for a, b in inner)


def _subject_of_cue(ctx: Context, tok: Token, cue: Offsets) -> bool:
    """Is ``tok`` the subject of the cue, or of the verb the cue completes ("she wants to
    see ...", "he'd like to see ...": the wanting and the seeing are one person's)?"""
    head = tok.head
    if cue[0] <= head.idx < cue[1]:
        return True
    span = ctx.table.char_tokens(*cue)
    if span is None:
        return False
    head_i = head.i
    heads, deps = ctx.table.head, ctx.table.dep  # read off the table: no Token per step
    for i in range(*span):
        while deps[i] == "xcomp" and heads[i] != i:
            i = heads[i]
            if i == head_i:
                return True
    return False


def _same_person(ctx: Context, a: Found, b: Found) -> bool:
    """Do two statements' speakers name the same person: the names their pronouns stand
    for or their own names, equal or one the other's last words ("Voss", "Ana Voss"; not
    "Bill Clinton", "Hillary Clinton")."""
    names = []
    for f in (a, b):
        if f.att.speaker_ref is not None:
            span = f.att.speaker_ref
        elif f.speaker_tok is not None and f.speaker_tok.pos_ != "PRON":
            span = name_span(f.speaker_tok)
        else:
            return False
        words = ctx.text[span[0] : span[1]].split()
        if not words:
            return False
        names.append(words)
    short, long = sorted(names, key=len)
    return long[len(long) - len(short) :] == short


def _pronoun_partner(tok: Token) -> Token | None:
    """The last party a pronoun speaker is joined to by "and" ("He and Ana Voss said",
    "she and her aides"), or None for a pronoun that speaks alone."""
    if tok.pos_ != "PRON":
        return None
    last = None
    head = tok
    while True:
        conj = next((c for c in head.children if c.dep_ == "conj" and c.i > head.i), None)
        if conj is None:
            break
        if not any(c.dep_ == "cc" and c.lower_ in {"and", "&"} for c in head.children):
            return None  # "he or Voss"
        last = head = conj
    return last


def _bound_name(
    ctx: Context, tok: Token, resolver: PronounResolver, depth: int = 0
) -> Offsets | None:
    """The name a pronoun speaker inside someone's clause stands for: "Voss said she would
    sign" (she is Voss), "Marr offered support, stressing in his remarks that ..." (his is
    Marr): the clause's person subject, when it agrees in gender (see
    :func:`binding_subject`); a pronoun subject bound in turn ("Marr, alleging that Dalen
    ..., said he would deport refugees, who he speculates are ...": both are Marr). None
    when no clause binds it."""
    if ctx.in_quote(tok.idx):
        return None  # "“He lied,” Voss said": the quotation's he is someone else
    subj = binding_subject(
        tok, lambda t: is_person_head(t) or resolver.names_person(t) or is_age_noun(t)
    )
    if subj is None or ctx.in_quote(subj.idx):
        return None
    if subj.pos_ == "PRON":
        bound = _bound_name(ctx, subj, resolver, depth + 1) if depth < 3 else None
        return bound if bound is not None else resolver.resolve(subj.lower_, subj.idx)
    if tok.lower_ in PRONOUNS_PLURAL | {"their"}:
        # ("51 percent of respondents said they ...": the whole phrase)
        return np_span(subj, limit=_frame_limit(ctx, subj))
    span = name_span(subj)
    gender = gender_of(ctx.text[span[0] : span[1]], resolver.surnames)
    want = "male" if tok.lower_ in {"he", "his"} else "female"
    return span if gender in (None, want) else None


def _titled_name(tok: Token) -> bool:
    """ "spokeswoman Nadia Petrova", "Foreign Minister Erik Sand": a name after a word for
    one person is a person's, whatever the tagger read it as (here an organisation)."""
    if tok.pos_ != "PROPN":
        return False
    doc = tok.doc
    k = tok.i - 1
    # back over the name's words and a title written in capitals ("Foreign Minister")
    while k >= 0 and doc[k].head.i == tok.i and doc[k].dep_ == "compound":
        if doc[k].lemma_.lower() in PERSON_NOUNS:
            return True
        k -= 1
    return False


def _named_person(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and is_person_head(tok)


def _frame_limit(ctx: Context, tok: Token) -> Offsets:
    """Do not let a speaker phrase run into a quotation or another paragraph."""
    plo, phi = ctx.paras[ctx.paragraph_of(tok.idx)] if ctx.paras else (0, len(ctx.text))
    dateline = ctx.dateline_at(plo)
    plo = max(plo, dateline[1]) if dateline else plo
    lo = max(ctx.last_close_before(tok.idx) or 0, plo)
    # nor back over a spaced dash: "OTHER STATES - Ana Voss: “...”" names Ana Voss
    dash = max(ctx.text.rfind(f" {d} ", lo, tok.idx) for d in _DASHES)
    lo = dash + 3 if dash >= 0 else lo
    hi = ctx.next_open_after(tok.idx)
    hi = len(ctx.text) if hi is None else hi
    return lo, min(hi, phi)


def _same_speaker(ctx: Context, a: Attribution, b: Attribution) -> bool:
    ra = a.speaker_ref or a.speaker
    rb = b.speaker_ref or b.speaker
    if ra is None or rb is None:
        return False
    ta = ctx.text[ra[0] : ra[1]].split()
    tb = ctx.text[rb[0] : rb[1]].split()
    return bool(ta and tb and ta[-1] == tb[-1])


def _vocative_only(ctx: Context, f: Found, after: list[Found]) -> bool:
    """A quotation that is nothing but the name of the one addressed (“Sergey Viktorovich,”
    Putin addressed Lavrov. “In your opinion ...”, he asked): a form of address, no
    statement of its own, when the same speaker's next quotation follows; it opens that
    quotation, which takes the addressee (see :func:`_resolve`). A title in quotation marks
    (“Citizen Carly,”) is left as it was."""
    if f.att.kind != "direct" or len(f.att.spans) != 1 or f.att.addressee is None:
        return False
    nxt = after[0] if after else None
    if (
        nxt is None
        or nxt.att.kind != "direct"
        or nxt.att.addressee != f.att.addressee
        or not _same_speaker(ctx, f.att, nxt.att)
        or ctx.paragraph_of(nxt.pos) - ctx.paragraph_of(f.pos) > 1
    ):
        return False
    s, e = f.att.spans[0]
    m = re.fullmatch(r"((?:[A-Z][\w'’-]+\s?){1,3}),\s*", ctx.text[s:e])
    toks = ctx.tokens(s, s + len(m.group(1).rstrip())) if m else []
    return bool(toks) and all(t.pos_ == "PROPN" for t in toks)


def _vocative(ctx: Context, f: Found) -> None:
    """“Sergey Viktorovich,” ... — a quotation opening with a name addresses that person."""
    s, e = f.att.spans[0]
    head = ctx.text[s:e]
    m = re.match(r"^((?:[A-Z][\w'’-]+\s?){1,3}),", head)
    if not m:
        return
    toks = ctx.tokens(s, s + len(m.group(1).rstrip()))
    if toks and all(t.pos_ == "PROPN" for t in toks):
        name = (s, s + len(m.group(1).rstrip()))
        if f.att.addressee is None:
            f.att.addressee = name
