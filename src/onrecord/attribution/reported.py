"""Reported (indirect) speech from the dependency parse.

A cue verb with a clausal complement (``said that ...``), ``according to X``, ``called
for``/``called on X to``, an intention (``vowed to``), the object of a stance verb
(``derided X as Y``) and parenthetical cues (``..., he said, ...``). A reported clause
that holds a quoted fragment is *mixed* (:func:`absorb_fragments`). Where a cue verb's
reported content starts and ends is chosen among candidates by a learned model
(:mod:`onrecord.attribution.bounds`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import or_
from typing import TYPE_CHECKING

from onrecord.attribution.bounds import choose as choose_bounds
from onrecord.attribution.context import (
    WORD,
    Context,
    Found,
    Group,
    Offsets,
    addressee_from_verb,
    not_a_speaker,
    trim_span,
)
from onrecord.attribution.intervals import widest_holders
from onrecord.attribution.lexicon import CueLexicon
from onrecord.attribution.model import Attribution
from onrecord.attribution.speakers import (
    PERSON_NOUNS,
    PRESSING,
    SUBJECT_DEPS,
    can_act,
    gender_of,
    is_people_group,
    people_word,
    publisher,
    requested_act,
    someone_acting,
    subject_of,
)
from onrecord.datelines import MONTH
from onrecord.nlp import (
    QUESTIONING_VERBS,
    anonymity_terms_of,
    asked_whether,
    asks_not_to_be_named,
    token_table,
    verb_in_a_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from onrecord.nlp import TokenTable


_VERB_POS = frozenset({"VERB", "AUX"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
# speech and cognition verbs, nominal cues, learned attitude adjectives
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})
# the first words of the phrases that name a source ("according to X", "in a poll")
_PHRASE_WORDS = frozenset({"according", "in"})


def reported_speech(ctx: Context) -> list[Found]:
    out: list[Found] = []
    cues = ctx.cues
    verb_cues = frozenset().union(*(getattr(cues, g) for g in _VERB_GROUPS)) | _LIGHT_VERBS
    doc = ctx.doc
    n = len(doc)
    # The cheap word tests first, off the document's token table (no spaCy Token is built
    # for the many words that are no cue); only cues need the position lookups (quotation,
    # skipped paragraph) that follow.
    table = ctx.table
    lowers, poses, deps, idxs = table.lower, table.pos, table.dep, table.idx
    lemmas = table.lemma_lower
    # Only the words that can be one of these: a phrase's first word or a cue's part of
    # speech, picked out of the table's columns by iterators (a Python step for each of the
    # document's words cost more than all the tests that follow), in text order.
    worth = map(or_, map(_CUE_POS.__contains__, poses), map(_PHRASE_WORDS.__contains__, lowers))
    # the clauses that set a source's anonymity ("who spoke on condition of anonymity because
    # he was not authorised to discuss the case"): their verbs make no statement (read once:
    # nothing when the document holds none of the words)
    anonymous = anonymity_terms_of(doc)
    for i in compress(range(n), worth):
        pos = poses[i]
        low = lowers[i]
        # a source named in a phrase: "according to X", "in the latest poll"
        by_phrase = (
            _according_to
            if low == "according" and i + 1 < n and lowers[i + 1] == "to"
            else _in_finding
            if low == "in" and deps[i] == "prep"
            else None
        )
        if by_phrase is not None:
            tok = doc[i]
            if not ctx.skipped(tok.idx) and not ctx.in_quote(tok.idx):
                f = by_phrase(ctx, tok)
                if f:
                    out.append(f)
            continue
        if pos not in _CUE_POS:
            continue
        lemma = lemmas[i]
        if pos == "ADJ":
            if deps[i] == "acomp":
                tok = doc[i]
                if not ctx.skipped(tok.idx) and not ctx.in_quote(tok.idx):
                    f = _attitude(ctx, tok, lemma)
                    if f is not None:
                        out.append(f)
            continue
        if pos == "NOUN" and not (
            deps[i] == "ROOT" and lemma in verb_cues and _verb_read_as_noun(doc[i])
        ):
            if lemma not in cues.nominal or ctx.skipped(idxs[i]) or ctx.in_quote(idxs[i]):
                continue
            f = _nominal(ctx, doc[i])
            if f is not None:
                out.append(f)
            continue
        if (pos not in _VERB_POS and pos != "NOUN") or lemma not in verb_cues:
            continue
        if ctx.skipped(idxs[i]) or ctx.in_quote(idxs[i]):
            continue
        tok = doc[i]
        if _topic_frame(tok, cues) or asked_aside(tok, cues) or asked_whether(tok):
            continue
        if verb_in_a_name(tok):
            continue
        if deps[i] == "xcomp" and requested_act(tok):
            continue  # "urged the council to reject the plan": the urging is the statement
        if i in anonymous:
            continue  # "because he was not authorised to discuss the case": no statement
        if tok.dep_ == "advcl" and lemma in cues.as_clause:
            as_found = _as_clause(ctx, tok)
            if as_found is not None:
                out.append(as_found)
                continue
        if lemma in cues.speech:
            aside = _inverted_aside(ctx, tok)
            if aside is not None:
                out.append(aside)
                continue
        comp = None if asks_not_to_be_named(tok) else _complement(tok, cues, table)
        if comp is None:
            if lemma in cues.speech:
                paren = _parenthetical(ctx, tok)
                if paren is not None:
                    out.append(paren)
            continue
        toks = sorted(_drop_next_statement(comp, cues, table), key=lambda t: t.i)
        dated = _drop_leading_date(toks)
        date_end = dated[0].idx if dated and len(dated) < len(toks) else None
        toks = dated
        # the writer's aside the rules cut off (", the former governor") stays out; cut once
        # here for both the span and the chooser's limit (toks are in text order already)
        kept = _drop_trailing_as_clause(_drop_trailing_aside(toks, table), cues)
        span = _clean_kept(ctx, kept)
        if span is None:
            continue
        subj = _outer_subject(tok, cues) or subject_of(tok)
        if subj is None and pos == "NOUN":
            # (a cue verb read as a noun: _verb_read_as_noun)
            subj = next((c for c in tok.children if _subject_of_misread(c)), None)
        if subj is None:
            subj = _subject_read_as_conjunct(tok)
        if subj is None and tok.dep_ == "ccomp" and asked_aside(tok.head, cues):
            # "Sandor, asked whether he would meet Orlin, said he was ready": the one asked
            # says it (the parser hung "said" on "asked")
            subj = subject_of(tok.head)
        if subj is not None:
            # "the ministry issued a statement saying ...": the ministry says it
            subj = publisher(subj, cues.artefact, cues.publish) or _doer(tok, subj, cues) or subj
        if subj is None or ctx.paragraph_of(subj.idx) != ctx.paragraph_of(tok.idx):
            continue
        if not_a_speaker(ctx, subj):
            continue
        if _relative_misread_as_subject(subj):
            continue  # "..., a demand Vell has repeatedly rejected": no statement of Vell's
        if lemma in _BLOWS and subj.lemma_.lower() in _ARMED:
            continue  # "Ostravan forces attacked a patrol": blows, not words
        if lemma in PRESSING and not can_act(subj) and _has_xcomp(tok):
            continue  # "the wage rise will push companies to leave": no appeal of anyone's
        limit = kept[-1].i if kept and len(kept) < len(toks) else None
        stop = _conjoined_after(tok, toks[-1].i if toks else tok.i, cues)
        if stop is None:
            second = _before_second_statement(tok, cues)
            if second is not None and kept and kept[0].i <= second < kept[-1].i:
                # (inside the clause's own tokens: the span they make ends there too)
                trimmed = _clean_kept(ctx, [t for t in kept if t.i <= second])
                if trimmed is not None:
                    kept, span = [t for t in kept if t.i <= second], trimmed
            stop = second
        if stop is not None and (limit is None or stop < limit):
            limit = stop
        span = _past_citing(ctx, choose_bounds(ctx, tok, toks, span, limit))
        if date_end is not None and span[0] < date_end < span[1]:
            span = (date_end, span[1])  # the chooser's own start may take the date back in
        spans = _around_relative_cue(ctx, span, subj, tok)
        att = Attribution(kind="indirect", spans=spans, cue=(tok.idx, tok.idx + len(tok.text)))
        found = Found(
            att=att, pos=min(span[0], tok.idx), speaker_tok=subj, reply=lemma in cues.reply
        )
        sent = ctx.sents.at(tok.idx) or (tok.idx, tok.idx + len(tok.text))
        addressee_from_verb(ctx, found, tok, sent)
        out.append(found)
    return out


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})


def _around_relative_cue(ctx: Context, span: Offsets, subj: Token, verb: Token) -> list[Offsets]:
    """The content of a statement inside a relative clause, "documents that officials said
    would harm the talks": the relative word and the clause after the cue ("that" + "would
    harm the talks", as PolNeAR marks it), not the speaker and the cue between them. Any
    other content is ``[span]`` as it is."""
    s, e = span
    first = ctx.table.char_tokens(s, e)  # doc.char_span's tokens, no Span
    if first is None or first[0] == first[1] or verb.i + 1 >= len(ctx.doc):
        return [span]
    rel = ctx.doc[first[0]]
    after = ctx.doc[verb.i + 1]
    noun = verb.head
    if (
        verb.dep_ == "relcl"
        and noun.pos_ in {"NOUN", "PROPN"}
        and subj.left_edge.i == noun.i + 1
        and first[0] > verb.i
        and not any(t.lower_ in RELATIVE_WORDS for t in ctx.doc[noun.i + 1 : verb.i])
        and any(
            c.dep_ == "ccomp"
            and c.left_edge.i == verb.i + 1
            and not any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
            for c in verb.children
        )
    ):
        # "a pact the minister said would last a decade": a relative clause with no relative
        # word whose statement lacks its subject; what was said is of the noun the clause
        # describes ("a pact would last a decade"). Not "the story Marr told about ..." (the
        # story is what was told) nor "the third time Voss said it had ..." (a subject of its own)
        lo = noun.left_edge.i
        return [(ctx.doc[lo].idx, noun.idx + len(noun.text)), span]
    if (
        rel.lower_ not in RELATIVE_WORDS
        or rel.tag_ not in {"WDT", "WP", "IN"}
        or not rel.i < subj.i < verb.i
        or rel.head.i <= verb.i  # the relative word belongs to the clause after the cue
        or after.idx >= e
    ):
        return [span]
    return [(rel.idx, rel.idx + len(rel.text)), trim_span(ctx.text, (after.idx, e))]


def _topic_frame(verb: Token, cues: CueLexicon) -> bool:
    """A fronted participle naming the topic of the statement its head reports through a
    preposition ("Speaking of Putin, Kirby said: ..."): no statement of its own. One with an
    object of its own says something ("Citing the visit, Lavrov added ...")."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False  # (most cue verbs: the head and lemma below are not looked up)
    head = verb.head
    lemma = verb.lemma_.lower()
    return (
        verb.i < head.i
        and head.lemma_.lower() in cues.speech
        and not any(c.dep_ in {"nsubj", "nsubjpass", "ccomp", "dobj"} for c in verb.children)
        and any(
            c.dep_ == "prep" and f"{lemma} {c.lower_}" in cues.prep_content for c in verb.children
        )
    )


def _parenthetical(ctx: Context, verb: Token) -> Found | None:
    """``Five years ago, he said, the border was open``: a cue clause set off by commas
    inside (or at the end of) the statement it introduces; the rest of the sentence is
    the content, in one or two spans."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subj = subjects[0] if subjects else None
    if len(subjects) > 1:
        # the parser sometimes hangs the statement's own subject on the cue as well ("...
        # people with bogus ideas reach others, she said"): a pronoun or name right at the
        # cue is the speaker
        near = min(subjects, key=lambda c: abs(c.i - verb.i))
        if near.pos_ in {"PRON", "PROPN"} and (
            near.i == verb.i - 1 or near.left_edge.i == verb.i + 1
        ):
            subj = near
    if (
        subj is None
        or not_a_speaker(ctx, subj)
        or verb.dep_ == "relcl"
        or subj.lower_ in {"who", "which", "that"}
    ):
        return None  # ", who declared victory on Tuesday," is a relative clause, not a cue
    doc = ctx.doc
    lo = min(subj.left_edge.i, verb.i)
    hi = max(
        t.i
        for t in [
            verb,
            *[
                c
                for c in verb.children
                if c.dep_ in {"advmod", "npadvmod", "prep"} and c.i > verb.i
            ],
        ]
    )
    hi = max(
        hi,
        max(
            (t.i for c in verb.children if c.dep_ == "prep" and c.i > verb.i for t in c.subtree),
            default=hi,
        ),
    )
    if subj.i > verb.i:
        hi = max(hi, subj.right_edge.i)  # "..., said Geert Moll, the party's founder."
    if any(t.i < lo or t.i > hi for t in subj.subtree) or _acts_on_object(verb, hi):
        return None
    if _relative_misread_as_subject(subj):
        return None  # "..., a demand Vell has repeatedly rejected": no aside of Vell's
    sent = ctx.sents.at(verb.idx)
    if sent is None:
        return None
    before_ok = lo > 0 and doc[lo - 1].text in {",", "—", "–"}
    after = doc[hi + 1] if hi + 1 < len(doc) else None
    after_ok = after is not None and (
        after.text in {",", "—", "–"} or (after.is_punct and after.idx + 1 >= sent[1])
    )
    if not (before_ok and after_ok):
        return None
    spans = []
    left = trim_span(ctx.text, (sent[0], doc[lo - 1].idx))
    if len(WORD.findall(ctx.text[left[0] : left[1]])) >= 2 or _lone_subject(ctx, left):
        spans.append(left)
    if after.text != "." and after.idx + 1 < sent[1]:
        right = trim_span(ctx.text, (after.idx + 1, sent[1]))
        if len(WORD.findall(ctx.text[right[0] : right[1]])) >= 2 and not _own_participle(
            verb, right, ctx
        ):
            spans.append(right)
    if spans == [left] and _adjunct_of(verb, left, ctx):
        # only the cue's own fronted modifier before it ("But even after the growth cooled,
        # the borrowing continued"); with a statement after the cue ("If Ostrava asks, she
        # said, the border opens") the fronted clause is part of what was said
        return None
    if not spans or len(WORD.findall(" ".join(ctx.text[a:b] for a, b in spans))) < 4:
        return None
    if any(ctx.in_quote(a) for a, _ in spans):
        return None
    if spans[0][1] <= verb.idx:
        spans = _from_aside_mark(ctx, spans)
    att = Attribution(kind="indirect", spans=spans, cue=(verb.idx, verb.idx + len(verb.text)))
    return Found(att=att, pos=spans[0][0], speaker_tok=subj)


def _lone_subject(ctx: Context, span: Offsets) -> bool:
    """Is ``span`` one name that is the subject of the clause the cue interrupts ("Belvania,
    he said, would not be the first to break the truce")?"""
    toks = ctx.tokens(*span)
    return len(toks) == 1 and toks[0].pos_ == "PROPN" and toks[0].dep_ in {"nsubj", "nsubjpass"}


def _inverted_aside(ctx: Context, verb: Token) -> Found | None:
    """``Any clear reading of the move, said Ivo Dalen, an expert on Drovnia, would read this
    as a retreat``: an inverted cue clause ("said X") set off by commas inside the statement
    it introduces. The parser makes the words before it the cue's subject and the rest a
    complement whose subject is the speaker; the speaker is that subject, the content the
    words before the cue and the rest of the sentence after the speaker's phrase."""
    doc = ctx.doc
    # the verb's children and their labels off the token table (a Token for the two taken)
    deps, kids = ctx.table.dep, ctx.table.children(verb.i)
    s = next((c for c in kids if deps[c] == "nsubj" and c < verb.i), None)
    k = next((c for c in kids if deps[c] == "ccomp" and c > verb.i), None)
    if s is None or k is None or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    subj, comp = doc[s], doc[k]
    speaker = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    if (
        speaker is None
        or speaker.left_edge.i != verb.i + 1
        or not _someone(speaker)
        or _someone(subj)  # "aides to Marr, who ..., said their speeches, ..., would"
        or not_a_speaker(ctx, speaker)
    ):
        return None
    end = speaker.right_edge.i
    while end > speaker.i and doc[end].is_punct:
        end -= 1  # the phrase's closing comma hangs on it
    after = end + 1
    if after >= comp.i or doc[after].text != ",":
        return None  # "..., said Dalen would ...": no aside closed before the clause goes on
    sent = ctx.sents.at(verb.idx)
    if sent is None or subj.left_edge.idx < sent[0]:
        return None
    left = trim_span(ctx.text, (subj.left_edge.idx, doc[verb.i - 1].idx))
    right = trim_span(ctx.text, (doc[after].idx + 1, sent[1]))
    spans = [s for s in (left, right) if len(WORD.findall(ctx.text[s[0] : s[1]])) >= 2]
    if len(spans) < 2 or any(ctx.in_quote(a) for a, _ in spans):
        return None
    att = Attribution(kind="indirect", spans=spans, cue=(verb.idx, verb.idx + len(verb.text)))
    return Found(att=att, pos=spans[0][0], speaker_tok=speaker)


def _someone(tok: Token) -> bool:
    """A noun-phrase head naming a person or people ("Ivo Dalen", "experts", "aides")."""
    return (tok.pos_ == "PROPN" and tok.ent_type_ in {"PERSON", ""}) or (
        tok.pos_ == "NOUN" and (tok.lemma_.lower() in PERSON_NOUNS or is_people_group(tok))
    )


def _as_clause(ctx: Context, verb: Token) -> Found | None:
    """``As the Lorvik Herald reported, the crossing was closed``; ``The talks, as Marr
    noted, had stalled``: a cue clause opened by "as" stands for the clause it modifies,
    which is the content (the rest of the sentence, in one or two spans). Only reporting
    verbs count (``as_clause`` in cues.yaml): "As he spoke, protesters gathered" is a time.
    The clause may name whom it was told ("As Voss told the Herald") or be "put it"."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if mark is None or subj is None or not mark.i < subj.i < verb.i:
        return None
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ in {"ccomp", "xcomp", "dative", "attr", "oprd"}:
            return None  # "as he said he would", "as she told him to": its own content
        if c.dep_ == "dobj" and not (
            (lemma == "put" and c.lower_ == "it") or lemma in ctx.cues.address
        ):
            return None
    if not_a_speaker(ctx, subj):
        return None
    sent = ctx.sents.at(verb.idx)
    if sent is None:
        return None
    doc = ctx.doc
    lo, hi = mark.i, verb.right_edge.i
    while hi > verb.i and doc[hi].is_punct:
        hi -= 1
    before = doc[lo - 1] if lo else None
    closing = before if before is not None and before.tag_ == "''" and lo >= 2 else None
    if closing is not None:
        before = doc[lo - 2]  # 'would “walk all over us,” as Voss put it'
    if doc[lo].idx > sent[0] and (before is None or before.text not in _SET_OFF):
        return None  # "just as", "as well as": not a clause set off on its own
    after = doc[hi + 1] if hi + 1 < len(doc) else None
    if after is None or not (
        after.text in _SET_OFF or (after.is_punct and after.idx + 1 >= sent[1])
    ):
        return None  # the as-clause must end at a comma or at the sentence's end
    cue = (verb.idx, verb.idx + len(verb.text))
    if closing is not None:
        # the words quoted right before are the ones the clause gives: 'Marr urged a firm
        # line, saying Sarnia would “walk all over us,” as Voss put it in her memoir'
        # (a quotation that opens the sentence is framed by the clause as any other is)
        segment = ctx.segment_closing_at(closing.idx + len(closing.text))
        if segment is None or segment[0] <= sent[0]:
            return None
        start = segment[0] + 1
        while start < closing.idx and ctx.text[start] in "'`":
            start += 1  # the second mark of a doubled one ('' ... '')
        words = (start, closing.idx)
        att = Attribution(kind="direct", spans=[words], cue=cue)
        return Found(att=att, pos=segment[0], speaker_tok=subj, aside=True)
    modified = verb.head
    if (
        modified.dep_ == "ccomp"
        and modified.head.i < modified.i
        and modified.head.lemma_.lower() in ctx.cues.speech
    ):
        # "Voss said the talks had stalled, as Marr had predicted": what Voss said is what
        # Marr predicted, not that Voss said it
        sent = (max(sent[0], modified.left_edge.idx), sent[1])
    spans = _clause_around(ctx, sent, lo, hi + 1)
    if spans is None:
        return None
    att = Attribution(kind="indirect", spans=spans, cue=cue)
    return Found(att=att, pos=spans[0][0], speaker_tok=subj, aside=True)


def _finding(noun: Token, cues: CueLexicon) -> bool:
    """A poll, survey or study, or an average of them ("the Herald average of Ostrava
    polls")."""
    if noun.lemma_.lower() in cues.findings:
        return True
    return noun.lemma_.lower() == "average" and any(
        t.lemma_.lower() in cues.findings for t in noun.subtree if t.i > noun.i
    )


def _in_finding(ctx: Context, prep: Token) -> Found | None:
    """``In the latest Herald poll, Voss led Marr 56 to 32``; ``Marr trails Voss in the
    polls``: a finding reported "in" a poll or study is the poll's. The speaker is the poll,
    the content the clause the phrase modifies (the rest of the sentence)."""
    deps = ctx.table.dep  # the first "pobj" child, off the table (as in time_object)
    pobj: Token | None = None
    for c in ctx.table.children(prep.i):
        if deps[c] == "pobj":
            pobj = ctx.doc[c]
            break
    verb = prep.head
    if pobj is None or not _finding(pobj, ctx.cues) or verb.pos_ not in _VERB_POS:
        return None
    main = verb
    while main.dep_ in {"xcomp", "conj"} and main.head.pos_ in _VERB_POS:
        main = main.head  # "Voss continues to lead in the polls"
    subj = next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if main.dep_ != "ROOT" or subj is None:
        return None  # inside another clause ("Voss said she led in the polls")
    if prep.i > subj.i and any(c.dep_ == "ccomp" for c in main.children):
        return None  # "Voss told the crowd she is doing better in the polls": hers
    sent = ctx.sents.at(prep.idx)
    if sent is None:
        return None
    spans = _clause_around(ctx, sent, prep.left_edge.i, prep.right_edge.i + 1)
    if spans is None:
        return None
    att = Attribution(kind="indirect", spans=spans, cue=(prep.idx, prep.idx + len(prep.text)))
    return Found(att=att, pos=spans[0][0], speaker_tok=pobj, aside=True)


_SET_OFF = frozenset({",", "—", "–"})


def _clause_around(ctx: Context, sent: Offsets, lo: int, nxt: int) -> list[Offsets] | None:
    """The content around a phrase that names its source (tokens ``lo`` to ``nxt - 1``: "as
    the Herald reported", "in the latest poll"): the sentence before the phrase, unless that
    is only linking words ("Of course, as ..."), and after it up to another source (",
    according to three officials"). None when that says too little (under four words) or is
    a quotation (the quotation rules read it)."""
    doc, text = ctx.doc, ctx.text
    spans = []
    if doc[lo].idx > sent[0]:
        left = trim_span(text, (sent[0], doc[lo].idx))
        if not _discourse_only(ctx.tokens(*left)):
            spans.append(left)
    while nxt < len(doc) and doc[nxt].text in _SET_OFF:
        nxt += 1
    if nxt < len(doc) and doc[nxt].idx < sent[1]:
        end = sent[1]
        for t in ctx.tokens(doc[nxt].idx, sent[1]):
            if t.lower_ == "according" and doc[t.i - 1].text == ",":
                end = doc[t.i - 1].idx
                break
        spans.append(trim_span(text, (doc[nxt].idx, end)))
    spans = [sp for sp in spans if WORD.search(text[sp[0] : sp[1]])]
    if len(WORD.findall(" ".join(text[a:b] for a, b in spans))) < 4:
        return None
    if any(ctx.in_quote(a) for a, _ in spans):
        return None
    return spans


def _discourse_only(toks: list[Token]) -> bool:
    """ "And", "But", "Of course", "In fact": words that link the sentence to the text before
    it and say nothing of their own. A fronted time, place or condition ("Just weeks ago",
    "If the talks fail") is part of what was said."""
    words = [t for t in toks if not t.is_punct]
    return 0 < len(words) <= 2 and all(
        t.dep_ in {"cc", "intj", "advmod", "prep", "pobj"}
        and (t.pos_ not in {"NOUN", "PROPN", "NUM"} or t.lower_ in {"course", "fact", "all"})
        for t in words
    )


def _aside_mark(tok: Token) -> bool:
    """A dash or an opening parenthesis that sets off an aside (not a hyphen in a word)."""
    if tok.text in {"—", "–", "("}:
        return True
    return tok.text in {"-", "--"} and tok.i > 0 and bool(tok.whitespace_)


def _from_aside_mark(ctx: Context, spans: list[Offsets]) -> list[Offsets]:
    """A cue clause set off inside a dash or parenthesis aside speaks for the aside only:
    "The bill bans waivers - a provision that, Voss said, keeps the border shut"; "(the
    cost of which, Marr says, will double)". The content before it starts after the last
    mark (and its "and"), and a parenthesis closes it."""
    a, b = spans[0]
    toks = ctx.tokens(a, b)
    # the aside still open where the cue clause starts: a dash or parenthesis closed before
    # it ("12 families - a parent and a child - were let in, Voss said") is inside the content
    open_marks: list[Token] = []
    for t in toks:
        if t.text == ")" and open_marks and open_marks[-1].text == "(":
            open_marks.pop()
        elif _aside_mark(t):
            if t.text != "(" and open_marks and open_marks[-1].text != "(":
                open_marks.pop()  # the second dash of a pair
            else:
                open_marks.append(t)
    if not open_marks:
        return spans
    mark = open_marks[-1]
    rest = [t for t in toks if t.i > mark.i]
    while rest and (rest[0].is_punct or rest[0].dep_ == "cc"):
        rest.pop(0)
    if not rest or len(WORD.findall(ctx.text[rest[0].idx : b])) < (1 if spans[1:] else 3):
        return spans  # "- a provision, Voss said, that ...": the clause runs on after the cue
    out = [(rest[0].idx, b), *spans[1:]]
    if mark.text == "(" and len(out) > 1:
        ra, rb = out[-1]
        close = ctx.text.find(")", ra, rb)
        if close > ra:
            out[-1] = trim_span(ctx.text, (ra, close))
    return out


# verbs whose prepositional phrases in a set-off cue clause say where, when or to whom it
# was said ("she said at a rally", "he wrote to investors", "posted on Facebook")
_PLAIN_SAYING = frozenset({"say", "tell", "add", "write", "post", "tweet", "note", "explain"})
# verbs whose object in a set-off cue clause is whom they told ("he told a Senate panel")
_ADDRESSING = frozenset({"tell", "assure", "remind", "warn", "inform", "advise", "promise"})
_TOPIC_PREPS = frozenset({"at", "with", "about", "of", "on", "to"})


def _acts_on_object(verb: Token, hi: int) -> bool:
    """Does the cue clause (up to token ``hi``) carry an object of its own: "With his usual
    swagger, Voss held forth on the economy, ...", "In May, Marr raised $5 million, ...",
    "Voss marveled at the crowd"? It reports an act with its own content, and the text
    around it is not what was said."""
    for c in verb.children:
        if c.i <= verb.i or c.i > hi:
            continue
        if c.dep_ in {"dobj", "dative", "attr", "oprd", "prt"}:
            if c.dep_ == "oprd" or (
                verb.lemma_.lower() not in _ADDRESSING and c.right_edge.i <= hi
            ):
                return True  # (an addressee is no object, but "call themselves liberal" is)
        elif (
            c.dep_ == "prep"
            and c.lower_ in _TOPIC_PREPS
            and verb.lemma_.lower() not in _PLAIN_SAYING
            and any(g.dep_ in {"pobj", "pcomp"} and g.pos_ != "PROPN" for g in c.children)
        ):
            return True
    return False


def _own_participle(verb: Token, span: Offsets, ctx: Context) -> bool:
    """Is the text after a cue clause only the cue verb's own participle ("Voss agreed,
    praising the plan", "he explained, recalling his first visit"): what the speaker did
    while saying it, not more of the statement."""
    own = {
        t.i
        for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
        for t in c.subtree
    }
    toks = [t for t in ctx.tokens(*span) if not t.is_punct]
    return bool(toks) and all(t.i in own for t in toks)


# a cue verb's own fronted modifiers: when, where, how it was said, not what
_ADJUNCT_DEPS = frozenset({"advcl", "prep", "advmod", "npadvmod", "cc", "mark", "intj"})


def _adjunct_of(verb: Token, span: Offsets, ctx: Context) -> bool:
    """Is the text before a cue clause only the cue verb's own fronted modifiers ("But even
    after the growth cooled, the borrowing continued", "In a series of interviews, the
    candidates outlined their plans")?"""
    toks = [t for t in ctx.tokens(*span) if not t.is_punct]
    if not toks:
        return False
    own = {
        t.i for c in verb.children if c.dep_ in _ADJUNCT_DEPS and c.i < verb.i for t in c.subtree
    }
    return all(t.i in own for t in toks) and not any(_unmarked_clause(t) for t in toks)


def _unmarked_clause(tok: Token) -> bool:
    """A verb with its own subject and no subordinating word ("after", "when"): the parser
    sometimes hangs the sentence's main clause under a fronted one."""
    return (
        tok.pos_ in _VERB_POS
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        and not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in tok.children)
    )


def _attitude(ctx: Context, adj: Token, lemma: str) -> Found | None:
    """An attitude held by the subject of a copula, learned from PolNeAR train
    (``scripts/learn_cues.py``): "Voss is critical of the deal" (the preposition's object is
    the content), "Marr was eager to leave" (the infinitive), "she was glad that ..." (the
    clause). The holder is the copula's subject; without a named one, nothing."""
    adjectives = ctx.cues.adjectives
    toks: list[Token] | None = None
    last = adj  # the cue's last word
    for child in adj.children:
        if child.i < adj.i:
            continue
        if child.dep_ == "prep" and adjectives.get(f"{lemma} {child.lower_}") == "prep":
            if any(c.dep_ in {"pobj", "pcomp"} for c in child.children):
                toks = list(child.subtree)[1:]
                break
        elif child.dep_ in {"xcomp", "ccomp"} and adjectives.get(lemma) == child.dep_:
            sub = list(child.subtree)
            if len(sub) >= 3:
                toks = sub
                act = _act_on(child, ctx.cues) if child.dep_ == "xcomp" else None
                if act is not None:
                    # "quick to condemn the deal": the cue is the act, the content its object
                    last = act
                    toks = [t for t in sub if t.i > act.i]
                break
    if not toks:
        return None
    holder = subject_of(adj.head)
    if (
        holder is None
        or ctx.paragraph_of(holder.idx) != ctx.paragraph_of(adj.idx)
        or holder.lower_ in {"it", "its", "whose"}
        or not_a_speaker(ctx, holder)
    ):
        return None
    return _cued_content(ctx, toks, adj, holder, last)


def _act_on(verb: Token, cues: CueLexicon) -> Token | None:
    """The last word of a cue verb an attitude governs when that verb has an object or a
    clause of its own ("quick to condemn the deal", "reluctant to point out that ..."):
    the verb, or its particle."""
    verbs = cues.speech | cues.object_content | cues.cognition | cues.prep_verbs | cues.intention
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return None
    if not any(c.dep_ in {"dobj", "ccomp"} and c.i > verb.i for c in verb.children):
        return None
    return max([verb, *(c for c in verb.children if c.dep_ == "prt")], key=lambda t: t.i)


def _cued_content(
    ctx: Context, toks: list[Token], cue: Token, holder: Token, last: Token | None = None
) -> Found | None:
    """The reported statement of ``holder`` whose content is ``toks`` (cleaned) and whose cue
    runs from ``cue`` to ``last`` (one word without it: an attitude adjective, a nominal cue),
    or None when nothing of the content is left."""
    span = clean_span(ctx, toks)
    if span is None:
        return None
    end = last or cue
    att = Attribution(kind="indirect", spans=[span], cue=(cue.idx, end.idx + len(end.text)))
    return Found(att=att, pos=min(span[0], cue.idx), speaker_tok=holder)


_NOMINAL_PREPS = frozenset({"on", "about", "against", "for", "of", "to", "over", "with"})


def _nominal(ctx: Context, noun: Token) -> Found | None:
    """A statement or stance carried by a noun: "Voss's claim that the border is shut",
    "his attacks on Marr", "Marr expressed support for the plan". The holder is the
    possessor, else the subject of a verb that voices the noun; without one, nothing
    (a bare "the claim that ..." names nobody)."""
    cues = ctx.cues
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    voicing = noun.head.lemma_.lower()
    voiced = noun.dep_ == "dobj" and voicing in cues.voice_verbs | cues.speech
    if holder is not None and holder.pos_ == "PRON" and voiced:
        # "Voss repeated her claim that ...": the one who voices it, named; after another
        # speech verb only a subject the pronoun can stand for ("Voss defended her claim",
        # but "Her critics rejected his claim" is his claim)
        named = subject_of(noun.head)
        if (
            named is not None
            and named.pos_ != "PRON"
            and (voicing in cues.voice_verbs or _possessor_fits(holder, named))
        ):
            holder = named
    if holder is None:
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in cues.voice_verbs:
            return None
        holder = subject_of(verb)
        if holder is None or ctx.paragraph_of(holder.idx) != ctx.paragraph_of(noun.idx):
            return None
    if holder.lower_ in {"its", "it", "whose"} or not_a_speaker(ctx, holder):
        return None
    toks: list[Token] | None = None
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in {"acl", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
            sub = list(child.subtree)
            if len(sub) >= 3 and (
                sub[0].lower_ in {"that", "to"} or any(c.dep_ == "mark" for c in child.children)
            ):
                toks = sub
                break
        if (
            child.dep_ == "prep"
            and child.lower_ in _NOMINAL_PREPS
            and any(c.dep_ in {"pobj", "pcomp"} for c in child.children)
            and _nominal_content_prep(noun, child)
        ):
            toks = list(child.subtree)[1:]
            break
    if not toks:
        return None
    return _cued_content(ctx, toks, noun, holder)


# nouns whose "to" phrase is what they stand against or answer ("her opposition to the
# treaty"); after other nouns it names whom they were made to ("his comments to reporters")
_TO_CONTENT_NOUNS = frozenset(
    {"opposition", "objection", "resistance", "reference", "response", "challenge"}
)


def _nominal_content_prep(noun: Token, prep: Token) -> bool:
    """Does a nominal cue's preposition introduce what the statement is about? Not the one
    it was made to ("Voss's remarks to reporters") nor when ("her remarks on Tuesday")."""
    if prep.lower_ == "to" and noun.lemma_.lower() not in _TO_CONTENT_NOUNS:
        return False
    return not time_object(prep, {"pobj", "pcomp"})


def _possessor_fits(pronoun: Token, subject: Token) -> bool:
    """Can a possessive pronoun stand for the clause's subject: number, and gender where
    the subject phrase shows it ("Mr. Rubio ... his", never "Her critics ... his")?"""
    low = pronoun.lower_
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    if (low == "their") != plural:
        return False
    gender = gender_of(subject.doc[subject.left_edge.i : subject.i + 1].text)
    want = {"his": "male", "her": "female"}.get(low)
    return want is None or gender is None or gender == want


_TIME_NOUNS = frozenset({"day", "time", "moment", "week", "month", "year", "night", "hour"})


def _no_room_for_object(verb: Token, that: Token) -> bool:
    """Can the "that" the parser made ``verb``'s object not be one: the verb is passive or
    has another object or clause ("that the envoy had been summoned", "that Sarnia opposes
    the plan")?"""
    return any(
        c.dep_ in {"nsubjpass", "auxpass", "ccomp", "xcomp", "attr", "oprd"}
        or (c.dep_ == "dobj" and c.i != that.i)
        for c in verb.children
    )


def _told_that(verb: Token) -> list[Token] | None:
    """ "Voss told the envoys at the talks in Sarn that the border would stay shut": the parser
    reads the that-clause as a relative clause of the last noun of the phrase between. A
    relative clause whose "that" is neither its subject nor its object and that has its own
    subject is the cue's complement (not one of time: "on the day that he came"); it runs to
    the end of the cue's clause (with a second "but that ..."). Only for a verb that has its
    addressee as object."""
    if not any(c.dep_ in {"dobj", "dative"} and c.i > verb.i for c in verb.children):
        return None
    doc = verb.doc
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.dep_ != "relcl":
            continue
        mark = next(
            (
                c
                for c in tok.children
                if c.lower_ == "that"
                and c.i < tok.i
                and (
                    c.dep_ in {"mark", "advmod"}
                    # "told a regular briefing that the envoy had been summoned": an object
                    # the clause has no room for (a passive, or one with an object already)
                    or (c.dep_ == "dobj" and _no_room_for_object(tok, c))
                )
            ),
            None,
        )
        if mark is None or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            continue
        if mark.dep_ == "advmod" and (
            tok.head.ent_type_ in {"DATE", "TIME"} or tok.head.lemma_.lower() in _TIME_NOUNS
        ):
            continue  # "told him on the day that he came": a relative clause of time
        path, up = [], tok.head
        while up.i != verb.i and up.head.i != up.i:
            path.append(up)
            up = up.head
        if up.i != verb.i or not all(t.dep_ in {"pobj", "prep", "dobj", "npadvmod"} for t in path):
            continue  # the noun must sit in the phrase right after the cue
        end = verb.right_edge.i
        while end > mark.i and doc[end].is_punct:
            end -= 1
        return list(doc[mark.i : end + 1])
    return None


def _gerund_clause(verb: Token, cues: CueLexicon) -> Token | None:
    """ "Brin said legalizing it could create jobs": the parser reads the gerund subject of
    the reported clause as the verb's own complement and hangs the clause's verb under it.
    The gerund, right after the verb (or its "that"), with a finite clause of its own."""
    if verb.pos_ != "VERB":
        return None
    # the children's labels and tags off the token table: a Token only for a gerund after
    # the verb (in a loop: any() over a generator costs an exception to close early)
    table = token_table(verb.doc)
    deps, tags = table.dep, table.tag
    kids = table.children(verb.i)
    for c in kids:
        if deps[c] == "dobj" and tags[c] != "VBG":
            return None
    for k in kids:
        if deps[k] not in {"xcomp", "dobj"} or tags[k] != "VBG" or k <= verb.i:
            continue
        child = verb.doc[k]
        if child.lemma_.lower() in cues.speech:
            continue  # "..., saying that ...": the participle's own statement
        between = [t for t in verb.doc[verb.i + 1 : child.left_edge.i] if t.lower_ != "that"]
        if between:
            continue
        clause = next(
            (
                c
                for c in child.children
                if c.dep_ == "ccomp"
                and c.i > child.i
                and c.pos_ in {"VERB", "AUX"}
                and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            ),
            None,
        )
        if clause is not None:
            return child
    return None


_PREP_OBJECTS = frozenset({"pobj", "pcomp"})


# the participles that name a report's source in an aside ("reported, citing officials, that")
CITING = frozenset({"cite", "quote"})


def asked_aside(verb: Token, cues: CueLexicon) -> bool:
    """ "Voss, asked about Dalen's remarks, said: ...": a participle of questioning set off
    by commas between a name and its speech verb is said of the one asked, who asks nothing.
    The parser reads it as a past tense with the name as its subject, the clause the speech
    verb's complement."""
    doc = verb.doc
    if (
        verb.lemma_.lower() not in QUESTIONING_VERBS
        or verb.tag_ not in {"VBD", "VBN"}
        or verb.i < 2
        or doc[verb.i - 1].text != ","
    ):
        return False
    end = verb.right_edge.i  # (the closing comma in the participle's phrase, or after it)
    asked = next(
        (c for c in verb.children if c.i > verb.i and c.dep_ in {"ccomp", "prep", "advcl"}), None
    )
    if (
        asked is not None
        and asked.right_edge.i + 2 < len(doc)
        and doc[asked.right_edge.i + 1].text == ","
        and doc[asked.right_edge.i + 2].dep_ == "ccomp"
    ):
        # "Sandor, asked whether he would meet Orlin, said he was ready": the parser made
        # the speech verb after the aside a complement of "asked", and the aside's right
        # edge the sentence's end
        end = asked.right_edge.i + 1
    if doc[end].text != ",":
        end += 1
        if end >= len(doc) or doc[end].text != ",":
            return False
    if end + 1 >= len(doc):
        return False
    nxt = doc[end + 1]
    return nxt.lemma_.lower() in cues.speech and nxt.pos_ in {"VERB", "AUX"}


def _source_aside(verb: Token, cues: CueLexicon) -> Token | None:
    """The reporting verb ``verb`` is an aside of, when it is one: ``citing two officials``
    set off by commas after a speech verb with no reported clause of its own, the parser
    having hung that verb's clause on the participle ("The Herald reported, citing two
    officials, that the envoy had left")."""
    if verb.lemma_.lower() not in CITING:
        return None
    head = verb.head
    if (
        verb.tag_ != "VBG"
        or verb.dep_ != "advcl"
        or head.i >= verb.i
        or head.lemma_.lower() not in cues.speech
        or verb.doc[verb.i - 1].text != ","
        or any(c.dep_ == "ccomp" for c in head.children)
    ):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or verb.doc[clause.left_edge.i - 1].text != ",":
        return None
    return head


def citing_aside(verb: Token, cues: CueLexicon) -> bool:
    """Is ``verb`` "citing" or "quoting" set off at the head of another verb's reported
    clause ("The agency said, citing officials, the talks would resume"): an aside of the
    reporting verb, which the parser hung on the clause, not a statement of the clause's
    subject? Also after the clause when what is cited is a source ("The agency reported that
    troops had crossed, citing an official": not "the ministry declined, citing the costs"),
    and the aside of ``_source_aside`` ("reported, citing officials, that")."""
    if verb.lemma_.lower() not in CITING:
        return False  # (the common case first: no Token is built for the head)
    if _source_aside(verb, cues) is not None:
        return True
    head = verb.head
    if (
        verb.lemma_.lower() not in CITING
        or verb.tag_ != "VBG"
        or verb.dep_ != "advcl"
        or head.dep_ != "ccomp"
        or head.head.lemma_.lower() not in cues.speech
        or verb.doc[verb.i - 1].text != ","
    ):
        return False
    if head.head.i < verb.i < head.i:
        return True
    cited = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return cited is not None and (
        cited.lemma_.lower() in _SOURCES
        or cited.lemma_.lower() in PERSON_NOUNS
        or cited.lemma_.lower() in cues.records
        or is_people_group(cited)
    )


# who or what a report cites as its source, besides people and records
_SOURCES = frozenset({"source", "people", "person", "official", "officials"})


def _past_citing(ctx: Context, span: Offsets) -> Offsets:
    """``span`` without the aside naming the report's source that the parser hung at the
    head of the reported clause: "The agency said, *quoting a ministry source,* that talks
    would resume"."""
    first = ctx.table.char_tokens(*span)
    if first is None or first[0] >= first[1]:
        return span
    c = ctx.doc[first[0]]
    if (
        c.dep_ == "advcl"
        and c.lemma_.lower() in CITING
        and c.tag_ == "VBG"
        and c.right_edge.i + 2 < first[1]
        and c.doc[c.right_edge.i + 1].text == ","
    ):
        return (c.doc[c.right_edge.i + 2].idx, span[1])
    return span


def _past_own_object(verb: Token, clause: Token, cues: CueLexicon) -> bool:
    """ "Voss announced her candidacy last spring, Marr was holding a meeting": a clause
    with a subject of its own after a comma, past the verb's own object (a thing, not the
    one told), is the next clause the parser hung on the verb, not what was said."""
    if verb.lemma_.lower() in cues.address:
        return False  # "told aides, the minister was ..."
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return False
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.i < obj.i:
        return False
    return verb.doc[subj.left_edge.i - 1].text == ","


def _framed_between(verb: Token, clause: Token, cues: CueLexicon) -> bool:
    """``The spot concludes with footage of Marr saying during the debate, “That makes me
    smart,” when ...``: a quotation the parser hung on a verb further back, past a nearer
    speech verb that says nothing else (and opens no clause of time or cause: "Voss said
    after Marr spoke, “...”" is hers). The quotation is that verb's, not a clause of
    ``verb``'s."""
    doc = verb.doc
    first = clause.left_edge.i
    if doc[first].text not in _OPENING_MARKS:
        first -= 1  # (the opening mark hung on the sentence's verb)
        if first <= verb.i or doc[first].text not in _OPENING_MARKS:
            return False
    for t in doc[verb.i + 1 : first]:
        if (
            t.pos_ == "VERB"
            and t.lemma_.lower() in cues.speech
            and not any(c.tag_ in {"WDT", "WP"} for c in t.children)
            and not any(
                c.dep_ in {"ccomp", "dobj", "xcomp", "mark"}
                or (c.dep_ == "advmod" and c.tag_ == "WRB")
                for c in t.children
            )
        ):
            return True
    return False


# verbs of saying only with a that-clause (otherwise of permitting or holding: "the law
# allows voters to ...", "Marr was holding a meeting")
# speech verbs only before "that" ("he allowed that some might be right"; "the law allows
# voters to ...", "would allow “tens of thousands of families to go home”")
THAT_ONLY = frozenset({"allow", "hold"})


def _complement(verb: Token, cues: CueLexicon, table: TokenTable) -> list[Token] | None:
    """The tokens of the reported content governed by ``verb`` (``table``: the document's
    token table, looked up by the caller once for many verbs)."""
    lemma = verb.lemma_.lower()
    if lemma in THAT_ONLY:
        # "he allowed that some might be right" says; "the law allows voters to ..." and
        # "the launch allows Belvania to reach ..." permit
        return next(
            (
                list(c.subtree)
                for c in verb.children
                if c.dep_ == "ccomp"
                and c.i > verb.i
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ),
            None,
        )
    if lemma in _LIGHT_VERBS:
        light = _light_verb(verb, lemma)
        if light is not None or not _is_verb_cue(cues, lemma):
            return light  # (a light verb that is also a cue of its own reads on: "took X for")
    if citing_aside(verb, cues):
        return None  # the clause is the reporting verb's (below)
    # The reported clause normally follows the verb; one before it ("..., Carson said") counts
    # only when none follows (the parser also hangs fronted adverbial clauses here as ccomp).
    # (the children's labels off the token table: a Token for the complements only)
    doc = verb.doc
    deps, poses = table.dep, table.pos
    comps = [
        doc[c]
        for c in table.children(verb.i)
        if deps[c] == "ccomp" and poses[c] in {"VERB", "AUX", "ADJ", "NOUN", "PROPN"}
    ]
    for child in sorted(comps, key=lambda c: (c.i < verb.i, abs(c.i - verb.i))):
        toks = list(child.subtree)
        if child.i < verb.i and (
            not _set_off(child)
            or any(
                c.i > verb.i
                and (c.dep_ in {"oprd", "ccomp", "xcomp"} or (c.dep_ == "dobj" and _said_object(c)))
                for c in verb.children
            )
        ):
            # "... from all sides: Stern questioned": not a fronted statement; nor when the
            # verb names something as something ("..., 32% call themselves conservative"),
            # or says something of its own after it ('Belvania expels four diplomats, Sarn
            # vows "mirror response"')
            continue
        if child.i > verb.i and (
            _past_own_object(verb, child, cues) or _framed_between(verb, child, cues)
        ):
            continue
        if _what_one_called(child, cues) and lemma not in cues.object_content | cues.stance:
            # "if Belvania continued what she called a campaign of hostility": the thing she
            # named, object of "continued" and no words of Belvania's (but "condemned what
            # Turnbull called reckless actions" holds the condemner's stance)
            continue
        if len(toks) >= 3:
            return toks
    gerund = _gerund_clause(verb, cues) if lemma in cues.speech else None
    if gerund is not None:
        return list(gerund.subtree)
    aside = next(
        (
            c
            for c in verb.children
            if c.i > verb.i and c.dep_ == "advcl" and _source_aside(c, cues) is not None
        ),
        None,
    )
    if aside is not None:
        # "The Herald reported, citing two officials, that the envoy had left": the parser
        # hung the reported clause on the aside naming the source
        clause = next(c for c in aside.children if c.dep_ == "ccomp" and c.i > aside.i)
        return list(clause.subtree)
    if lemma in cues.speech:
        misread = _frame_misread_as_clause(verb, cues)
        if misread is not None:
            return misread
    told = _told_that(verb) if lemma in cues.address else None
    if told is not None:
        return told
    lowers = table.lower
    kids = table.children(verb.i)  # (a Token below only for a child taken)
    if lemma in {"call", "warn", "ask", "press", "push", "appeal"}:
        preps = {"for", "of", "against", "about"} | ({"on"} if lemma == "call" else set())
        for k in kids:
            # (after the verb: "On Friday, Voss called ..." is no appeal on Friday)
            if deps[k] == "prep" and lowers[k] in preps and k > verb.i:
                if lowers[k] == "on":
                    # "called on both sides to stop": the appeal runs to the clause's end
                    toks = list(doc[k + 1 : verb.right_edge.i + 1])
                    if len(toks) >= 4:
                        return toks
                    continue
                toks = list(doc[k].subtree)[1:]
                if len(toks) >= 2:
                    return toks
    for k in kids:
        # "talked about the wall", "referred to the governor": the preposition's object
        # (labels and words off the token table: a Token only for such a preposition)
        if (
            deps[k] == "prep"
            and k > verb.i
            and f"{lemma} {lowers[k]}" in cues.prep_content
            # (an object among its children's labels: no generator to close early)
            and not _PREP_OBJECTS.isdisjoint(map(deps.__getitem__, table.children(k)))
            and not _duration(doc[k])
        ):
            toks = list(doc[k].subtree)[1:]
            obj = next((t for t in doc[k].children if t.dep_ in _PREP_OBJECTS), None)
            if obj is None:
                return toks
            hi = _before_quoting_clause(obj, toks[-1].i, cues)
            return [t for t in toks if t.i <= hi]
    if lemma in cues.as_object:
        toks = _as_object(verb)
        if toks is not None:
            return toks
    if lemma in cues.object_content:
        # "criticized the plan as reckless", "cited the report": the object is the content
        k_obj = first_of(kids, deps, _DOBJ)
        passive = not _PASSIVE_DEPS.isdisjoint(map(deps.__getitem__, kids))
        if k_obj is not None and poses[k_obj] != "PRON" and not passive:
            obj = doc[k_obj]
            if lemma == "call" and a_call(verb, obj):
                return None  # "urged Voss to call Orlin directly": a telephone call
            if _voices_itself(obj, cues):
                return None  # "issued a statement saying X": the participle's statement
            if _bare_artefact(obj, cues):
                return None  # "issued a statement on Monday": what it said is elsewhere
            if (
                lemma == "welcome"
                and (obj.ent_type_ == "PERSON" or people_word(obj))
                and not any(t.is_quote for t in doc[verb.i : verb.sent.end])
                # ("welcomed Trump to visit the city" is an invitation)
                and not any(c.dep_ in {"xcomp", "ccomp"} for c in (*verb.children, *obj.children))
            ):
                # "welcomed the returning soldiers at the airfield", "welcomed world leaders to
                # the White House": a greeting, not a stance (but 'welcomed the governor -
                # "my new best friend"' quotes what was said)
                return None
            hi = max(
                [obj.right_edge.i]
                + [
                    doc[c].right_edge.i
                    for c in kids
                    if c > k_obj
                    and deps[c] in {"oprd", "prep", "xcomp", "advcl"}
                    and lowers[c]
                    in {"as", "for", "of", "over", "with"}
                    | ({lowers[c]} if deps[c] in {"oprd", "xcomp"} else set())
                ]
            )
            toks = list(doc[obj.left_edge.i : _before_quoting_clause(obj, hi, cues) + 1])
            if len(toks) >= 1:
                return toks
    if lemma in cues.intention or lemma in _APPEALS:
        for k in kids:
            if deps[k] in {"xcomp", "ccomp"} and poses[k] == "VERB" and k > verb.i:
                child = doc[k]
                toks = list(child.subtree)
                k_obj = None
                for c in kids:
                    if deps[c] == "dobj" and verb.i < c < toks[0].i:
                        k_obj = c
                        break
                if k_obj is not None:
                    # "urged the envoys to return": who is urged is part of the appeal
                    toks = list(doc[doc[k_obj].left_edge.i : child.right_edge.i + 1])
                if len(toks) >= 3:
                    return toks
    return None


_DOBJ = frozenset({"dobj"})


def _has_xcomp(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" for c in verb.children)


# cue verbs whose infinitive is an appeal to someone ("pressed Orlov to sign the pact")
_APPEALS = frozenset(
    {
        "urge",
        "ask",
        "tell",
        "call",
        "warn",
        "order",
        "invite",
        "advise",
        "instruct",
        "press",
        "push",
        "pressure",
        "beg",
        "implore",
        "persuade",
    }
)


def _verb_read_as_noun(tok: Token) -> bool:
    """``But Trump claims that he should be the exception``: a cue verb the tagger read as a
    plural noun, heading the sentence with a subject before it and a that-clause after."""
    return any(c.i < tok.i and _subject_of_misread(c) for c in tok.children) and any(
        c.dep_ == "ccomp"
        and c.i > tok.i
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in tok.children
    )


def _subject_of_misread(tok: Token) -> bool:
    """The subject of a cue verb read as a noun: its subject, or a name the parser made a
    compound of it ("Trump predicts that ...": "Trump predicts" read as one noun phrase)."""
    return tok.dep_ == "nsubj" or (tok.dep_ == "compound" and tok.pos_ == "PROPN")


_SUBJECTS = frozenset(SUBJECT_DEPS | {"expl"})


def _before_second_statement(verb: Token, cues: CueLexicon) -> int | None:
    """The last token before a second statement the parser hung on ``verb`` whose subject
    it joined to the first statement (:func:`_subject_read_as_conjunct`): "Republicans said
    the department mishandled the investigation" ends before "and Democrats accused ...";
    None when there is none."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and c.lemma_.lower() in cues.speech:
            subj = _subject_read_as_conjunct(c)
            if subj is not None:
                return subj.i - 2
    return None


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """``Republicans said the department mishandled the investigation and Democrats accused
    the GOP of ...``: the parser joined the second clause's subject to the first clause's
    object ("investigation and Democrats") and left the cue with none; the name right before
    the cue, after the "and", is its subject."""
    if verb.i < 2 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    prev = doc[verb.i - 1]
    if (
        prev.dep_ == "conj"
        and prev.pos_ in {"PROPN", "NOUN"}
        and prev.tag_ in {"NNP", "NNPS", "NNS"}
        and doc[verb.i - 2].lower_ in {"and", "but"}
        and prev.head.i < prev.i
        and verb.tag_ in {"VBD", "VBZ", "VBP"}
    ):
        return prev
    return None


def _frame_misread_as_clause(verb: Token, cues: CueLexicon) -> list[Token] | None:
    """``The nominee continues to insist, most recently in an interview, that he wants to
    release his taxes``: after a long aside the parser hung the that-clause the cue
    introduces on the verb before the cue (as an adverbial clause), or hung the cue's own
    clause on the that-clause's verb (as its ccomp). The that-clause after the cue's clause
    is what was said."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return None  # ("continues to insist, ... that": the verb it takes says it, once)
    top = verb.head if verb.dep_ == "xcomp" else verb
    doc = verb.doc
    if top.dep_ == "ccomp" and top.head.i > verb.i:
        clause = top.head  # the cue's clause under the reported one
        after = top.right_edge.i
    elif top.i != verb.i:
        # the reported clause under the verb that takes the cue ("continues to insist")
        clause = next((c for c in top.children if c.dep_ == "advcl" and c.i > verb.i), None)
        after = verb.i
    else:
        return None
    if clause is None:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if (
        mark is None
        or mark.i <= after
        or doc[mark.i - 1].lower_ in _THAT_COMPOUNDS
        # ("a question about a recent claim, first made on Monday, that he had ...": the
        # claim's content)
        or any(
            t.pos_ == "NOUN" and (t.lemma_.lower() in cues.nominal or t.lower_ in _THAT_NOUNS)
            for t in doc[verb.i + 1 : mark.i]
        )
        or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > mark.i for c in clause.children)
    ):
        return None
    return list(doc[mark.i : clause.right_edge.i + 1])


# "so that", "now that", "such that", "in that", "except that": a that-clause of purpose,
# time or manner, not a reported one
_THAT_COMPOUNDS = frozenset({"so", "now", "such", "in", "except", "given", "save"})
# nouns a that-clause may complete besides the cue nouns ("an affidavit that she had ...")
_THAT_NOUNS = frozenset(
    {
        "report",
        "reports",
        "affidavit",
        "idea",
        "fact",
        "news",
        "notion",
        "rumor",
        "rumour",
        "speculation",
        "evidence",
        "finding",
        "findings",
        "conclusion",
        "impression",
        "message",
        "letter",
        "memo",
        "filing",
        "document",
        "documents",
        "word",
        "sign",
        "signs",
    }
)


def _said_object(obj: Token) -> bool:
    """Is the object of a speech verb what was said ('vows "mirror response"'), not whom it
    was said to ("told reporters", "told him")?"""
    return not (
        obj.pos_ == "PRON" or obj.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or people_word(obj)
    )


def a_call(verb: Token, obj: Token) -> bool:
    """Is "call" with object ``obj`` a telephone call, a summons or a gathering called ("call
    Orlin directly", "called the ambassador in", "called an emergency meeting to discuss the
    test") rather than naming the object something ("called the plan a disgrace", 'called
    their son "an American hero"', "called the election a fraud") or a rebuke ("call out
    the protesters"): a person called, and after the object only adverbs and prepositional
    phrases (a gathering: anything but what names it), no quotation?"""
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False  # "took to Twitter to call out protestors": a rebuke
    convened = obj.lemma_.lower() in _CONVENED  # "called an emergency meeting": held it
    if not (convened or obj.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"} or people_word(obj)):
        return False
    for c in (*verb.children, *(() if convened else obj.children)):
        if c.i > obj.i and (c.dep_ in _NAMING_DEPS or not (convened or c.dep_ in _CALL_TAILS)):
            return False  # ("called the election a fraud": named it)
        if c.i > obj.i and c.dep_ == "prep" and c.lower_ == "as":
            return False
    doc = verb.doc
    end = max(verb.sent.end, min(obj.right_edge.i + 2, len(doc)))  # (a quotation the
    # sentence splitter set apart: 'calling Pence "my partner ..."')
    return not any(t.is_quote for t in doc[obj.i : end])


# what may follow the person "called": "directly", "in", "on Monday", "to the ministry"
_CALL_TAILS = frozenset({"advmod", "prt", "prep", "npadvmod", "punct"})
# what names the object something ("called the plan a disgrace", "called it reckless")
_NAMING_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp", "dobj"})
# what one calls to be held ("called an emergency meeting to discuss the test", "called a
# snap election"): no words of the caller's (but "called the election a fraud" names it)
_CONVENED = frozenset(
    {
        "meeting",
        "session",
        "summit",
        "election",
        "vote",
        "referendum",
        "strike",
        "hearing",
        "conference",
        "recess",
        "halt",
        "truce",
        "ceasefire",
        "timeout",
    }
)


_PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})


def first_of(ids: list[int], deps: list[str], labels: frozenset[str]) -> int | None:
    """The first of ``ids`` whose label (``deps``, the token table's) is one of ``labels``
    (a loop: next() over a generator costs an exception to close it)."""
    for x in ids:
        if deps[x] in labels:
            return x
    return None


def _duration(prep: Token) -> bool:
    """ "argued for months", "pushed for years", "agreed on Monday": the preposition says
    how long or when, not what about (the next preposition may: "pushed for years for a new
    treaty")."""
    if prep.lower_ == "on":
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return (
            obj is not None
            and obj.ent_type_ in _TIME_ENTS
            and any(_DAY_WORD.match(t.text) for t in obj.subtree)
        )
    return prep.lower_ == "for" and time_object(prep, {"pobj"})


# a day's name: "on Monday", "on Aug. 5" say when, "on his years in office" what about
_DAY_WORD = re.compile(
    rf"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?$|{MONTH}$"
)


def time_object(prep: Token, deps: set[str]) -> bool:
    """Is the preposition's object (its first child of ``deps``) a date or a time ("on
    Tuesday", "for months")?"""
    # off the token table, in a loop: no Token for each child, and no generator to close
    table = token_table(prep.doc)
    labels = table.dep
    for c in table.children(prep.i):
        if labels[c] in deps:
            return table.ent_type[c] in _TIME_ENTS
    return False


def _conjoined_after(verb: Token, end: int, cues: CueLexicon) -> int | None:
    """The last token before a statement conjoined to ``verb``'s clause (or to the clause
    it hangs on) that starts after the content's last token ``end``: "declined to comment
    on the request *but said* ...", where the content of "comment" cannot run on into what
    was said; None when there is none. (Only a verb of saying: the parser hangs many of a
    content's own clauses on the cue, "said there are no options, but that ...".)"""
    head = verb
    while True:
        for c in head.children:
            if (
                c.dep_ == "conj"
                and c.i > end
                and c.lemma_.lower() in cues.saying
                and not any(k.dep_ in {"auxpass", "nsubjpass"} for k in c.children)
            ):
                first = c.left_edge.i
                cc = next(
                    (k for k in head.children if k.dep_ in {"cc", "punct"} and end < k.i < c.i),
                    None,
                )
                return min(first, cc.i if cc is not None else first) - 1
        if head.dep_ not in {"xcomp", "ccomp"} or head.head.i == head.i:
            return None
        head = head.head


def _before_quoting_clause(obj: Token, hi: int, cues: CueLexicon) -> int:
    """``hi``, the last token of a content ending at ``obj``'s phrase, brought back before a
    relative clause on ``obj`` that quotes its own words: "praised Marr, who replied, “...”",
    "told about his father, who wired, “...”" (Marr's and the father's statements, not part
    of what was praised or told)."""
    doc = obj.doc
    for c in obj.children:
        if c.dep_ == "relcl" and c.i > obj.i and _frames_a_quotation(c, cues):
            hi = min(hi, c.left_edge.i - 1)
            while hi > obj.i and doc[hi].is_punct:
                hi -= 1
    return hi


_OPENING_MARKS = frozenset({"“", '"', "``", "''", "«", "„"})


def _frames_a_quotation(verb: Token, cues: CueLexicon) -> bool:
    """ "who replied, “...”", "who said: “...”": a speech verb whose quotation opens right
    after it (past a comma or colon)."""
    if verb.lemma_.lower() not in cues.speech:
        return False
    doc = verb.doc
    k = verb.i + 1
    if k < len(doc) and doc[k].text in {",", ":"}:
        k += 1
    return k < len(doc) and doc[k].text in _OPENING_MARKS


def _voices_itself(obj: Token, cues: CueLexicon) -> bool:
    """Does the artefact ``obj`` carry a speech verb with its own content ("a statement
    saying the border stays shut", "a letter that said ...", "a statement joining Belvania
    in calling for talks")? Then that verb's statement is the one made, said by the
    artefact's publisher."""
    if obj.lemma_.lower() not in cues.artefact:
        return False
    speech = cues.speech | cues.prep_verbs
    for clause in obj.children:
        if clause.dep_ not in {"acl", "relcl"} or clause.i < obj.i:
            continue
        # the clause's verb, or a verb it leads to through "in"/"by" + -ing ("joining X in
        # calling for"): the chain of verbs the artefact's words run through
        verb: Token | None = clause
        while verb is not None:
            if (
                verb.pos_ == "VERB"
                and verb.lemma_.lower() in speech
                and _complement(verb, cues, token_table(verb.doc)) is not None
            ):
                return True
            verb = next(
                (
                    g
                    for p in verb.children
                    if p.dep_ == "prep" and p.i > verb.i
                    for g in p.children
                    if g.dep_ == "pcomp" and g.tag_ == "VBG"
                ),
                None,
            )
    return False


_ARTEFACT_TOPIC_PREPS = frozenset({"on", "about", "against", "over", "regarding", "concerning"})


def _bare_artefact(obj: Token, cues: CueLexicon) -> bool:
    """Is ``obj`` an artefact that says nothing of what it holds ("released a statement on
    Monday", "sent a letter to the council"), rather than one with a topic or a clause of
    its own ("a statement on the border closure", "a letter that ...")?"""
    if obj.lemma_.lower() not in cues.artefact:
        return False
    for c in obj.children:
        if c.i < obj.i:
            continue
        if c.dep_ in {"acl", "relcl", "ccomp", "appos"}:
            return False
        if c.dep_ == "prep" and c.lower_ in _ARTEFACT_TOPIC_PREPS:
            if any(g.ent_type_ not in _TIME_ENTS for g in c.subtree if g.i != c.i):
                return False
    return True


def _set_off(clause: Token) -> bool:
    """A reported clause before its cue is set off by a comma, dash or closing quotation
    mark ("The border stays shut, Voss said"; "“...,” Voss said")."""
    doc = clause.doc
    marks = {",", "—", "–", "”", '"', "''", "’"}
    last = clause.right_edge.i
    return doc[last].text in marks or (last + 1 < len(doc) and doc[last + 1].text in marks)


def _doer(verb: Token, noun: Token, cues: CueLexicon) -> Token | None:
    """``Voss opened a rally blasting Marr``, ``Marr fired off a response saying ...``: a
    participle the parser hung on an object that cannot speak (an event, a deed, a thing)
    is said by the one who acts, the subject of the object's verb. Objects that carry words
    or stand for people keep them: "a statement saying", "aides warning", "polls showing",
    a name. People are known by the cue lexicon's person nouns and people groups only, so
    "met farmers complaining" also goes to the subject: on PolNeAR train such plural objects
    ("drew crowds describing", "urged voters promising") were mostly the parser's attachment
    of the subject's own participle. None when the rule does not apply."""
    if (
        verb.dep_ != "acl"
        or verb.head.i != noun.i
        or noun.dep_ != "dobj"
        or noun.pos_ != "NOUN"
        or noun.ent_type_
    ):
        return None
    if noun.lemma_.lower() in _VOTED_TEXTS:
        # "the council adopted a resolution condemning ...": the body that adopts the text
        # says it; "Ostrava vetoed a draft resolution demanding ...": the draft does
        return someone_acting(noun.head) if noun.head.lemma_.lower() in _ADOPTING else None
    if _speaks(noun, cues):
        return None
    return someone_acting(noun.head)


# texts a body votes on, which carry their own words ("vetoed a draft resolution demanding a
# ceasefire": the draft demands it, not the state that vetoed it)
_VOTED_TEXTS = frozenset({"resolution", "motion", "declaration"})
_ADOPTING = frozenset({"adopt", "pass", "approve", "endorse", "back", "unveil", "issue"})


def _speaks(noun: Token, cues: CueLexicon) -> bool:
    """Can this common noun be a speaker: a person or people, a body, a document or a
    finding (by its lemma)."""
    lemma = noun.lemma_.lower()
    return (
        lemma in PERSON_NOUNS
        or is_people_group(noun)
        or lemma in cues.artefact
        or lemma in cues.it_bodies
        or lemma in cues.findings
    )


# the lexicon's groups of verb cues (light verbs are not among them)
_VERB_GROUPS = ("speech", "cognition", "intention", "object_content", "prep_verbs", "as_object")


def _is_verb_cue(cues: CueLexicon, lemma: str) -> bool:
    return any(lemma in getattr(cues, group) for group in _VERB_GROUPS)


# Verbs that say something only with one noun or adjective: "made (it) clear that ...",
# "took aim at ...", "took a swipe at ...", "took issue with ..."
_LIGHT_VERBS = frozenset({"make", "take"})
_TAKE_NOUNS = frozenset({"aim", "shot", "swipe", "jab", "dig", "potshot", "issue"})


def _light_verb(verb: Token, lemma: str) -> list[Token] | None:
    """``Voss made it clear that the border stays shut``: the "that" clause under "clear";
    ``Marr took aim at the treaty``, ``took issue with the report``: what the aim, the shot or
    the issue is at or with. Any other use of the verb says nothing ("made a deal", "took the
    train")."""
    if lemma == "make":
        clear = next(
            (c for c in verb.children if c.lower_ == "clear" and c.dep_ in _CLEAR_DEPS), None
        )
        if clear is None:
            return None
        for c in clear.children:
            sub = list(c.subtree)
            if c.pos_ in _VERB_POS and len(sub) >= 3 and sub[0].lower_ in {"that", "whether"}:
                return sub
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.lemma_.lower() not in _TAKE_NOUNS:
        return None
    want = "with" if noun.lemma_.lower() == "issue" else "at"
    for c in (*verb.children, *noun.children):
        if (
            c.dep_ == "prep"
            and c.lower_ == want
            and c.i > noun.i
            and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
        ):
            return list(c.subtree)[1:]
    return None


_CLEAR_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp", "dobj", "advmod"})


def _as_object(verb: Token) -> list[Token] | None:
    """``Voss sees Marr as a threat``, ``cast the treaty as a betrayal``: how the speaker sees
    or paints something is the object with its "as" phrase. None without one ("saw a movie"
    is a deed, not a view) and in the passive ("Marr is seen as a threat": whose view is not
    said)."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    as_ = next(
        (
            c
            for c in (*verb.children, *obj.children)
            if c.dep_ == "prep"
            and c.lower_ == "as"
            and c.i > obj.i
            and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
        ),
        None,
    )
    if as_ is None or any(g.lemma_.lower() in LIFE_STAGES for g in as_.children):
        return None  # "saw a movie as a child": when, not how
    return list(verb.doc[obj.left_edge.i : as_.right_edge.i + 1])


LIFE_STAGES = frozenset(
    "child kid teenager teen boy girl student youth adult baby toddler youngster".split()
)


def _what_one_called(clause: Token, cues: CueLexicon) -> bool:
    """Is ``clause`` a free relative of naming with a subject of its own ("what she called a
    campaign of hostility", "what he described as sabotage"): a thing named, not a report?"""
    return (
        clause.lemma_.lower() in cues.labelling
        and clause.left_edge.lower_ == "what"
        and any(c.dep_ == "nsubj" for c in clause.children)
    )


def _outer_subject(verb: Token, cues: CueLexicon) -> Token | None:
    """``Marr says the answer was to break them up and says he wrote a bill``: a speech verb
    the parser conjoined to a verb inside another speech verb's reported clause speaks with
    that outer verb's subject (Marr), not the clause's ("the answer")."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or head.dep_ != "ccomp"
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        or head.head.lemma_.lower() not in cues.speech
        # ("announced his candidacy last spring, Mook was holding a meeting ... and told
        # aides": the clause is no content of "announced", and "told" is Mook's)
        or _past_own_object(head.head, head, cues)
        # ("Grell said Ostravan forces had crossed the river and attacked a patrol": the
        # forces attack, in Grell's words, blows and not words; but "a panel, which said the
        # army carried out attacks and also accused ISIS": the panel accuses)
        or (
            verb.lemma_.lower() in _BLOWS
            and _armed_or_state(next((c for c in head.children if c.dep_ == "nsubj"), None))
        )
    ):
        return None
    return subject_of(head.head)


# the heads of an armed force ("Ostravan forces", "the army", "rebel fighters")
_ARMED = frozenset(
    {"force", "troop", "soldier", "army", "military", "militant", "rebel", "fighter", "militia"}
)


# words of attack that are blows when an armed force deals them
_BLOWS = frozenset({"attack", "hit", "strike", "blast", "target", "slam"})


def _relative_misread_as_subject(subj: Token) -> bool:
    """ "a demand Vell has repeatedly rejected": a relative clause without "that" whose noun
    the parser made part of its subject's name ("a demand Vell"): an indefinite article, a
    common noun in lower case, then the name."""
    if subj.pos_ != "PROPN":
        return False
    kids = list(subj.children)
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower() and c.i < subj.i
        for c in kids
    ) and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kids)


def _armed_or_state(subj: Token | None) -> bool:
    """Is ``subj`` an armed force or a state ("Ostravan forces", "Kestria")?"""
    if subj is None:
        return False
    return subj.lemma_.lower() in _ARMED or (subj.ent_type_ == "GPE" and subj.pos_ == "PROPN")


def _drop_next_statement(toks: list[Token], cues: CueLexicon, table: TokenTable) -> list[Token]:
    """Cut a second statement the parser hung on the content's last verb: "he told ABC
    that he agrees Trump is a “total opportunist” *and said “the record is clear ...”*".
    A conjoined speech verb with a reported clause but no subject of its own is the speaker
    saying something else, a statement of its own (found from that verb), not more of this
    one."""
    if len(toks) < 4:
        return toks
    ids = {t.i for t in toks}
    last = max(ids)
    deps = table.dep  # the label first, off the document's table: few are conj
    for t in toks:
        if (
            deps[t.i] == "conj"
            and t.pos_ == "VERB"
            and t.lemma_.lower() in cues.speech
            and any(c.dep_ == "ccomp" for c in t.children)
            and t.head.i in ids
            and t.head.i < t.i
            and t.right_edge.i >= last
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children)
        ):
            lo = t.left_edge.i
            return [x for x in toks if x.i < lo]
    return toks


def _describing_apposition(tok: Token) -> bool:
    """``..., the former Florida governor``: a common-noun apposition that describes someone
    named before it (not a name after a description, "the front-runner, Donald Trump", and
    not an item of a list the parser read as one, "our constitution, our values and ...")."""
    return (
        tok.dep_ == "appos"
        and tok.pos_ == "NOUN"
        and tok.head.i < tok.i
        and not any(t.dep_ in {"cc", "conj"} for t in tok.subtree)
        and not any(c.dep_ in {"cc", "conj"} for c in tok.head.children)
    )


# Participles with which the writer comments on a statement (", referring to the July
# convention", ", echoing a memo from the campaign"): not the speaker's words.
_WRITERS_PARTICIPLES = frozenset(
    {"refer", "echo", "reflect", "cite", "mirror", "reference", "allude", "add", "note"}
)


def _writers_participle(tok: Token) -> bool:
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in _WRITERS_PARTICIPLES


# the labels of the asides _drop_trailing_aside cuts: an apposition, a participle, a clause
# Where and how the words were said, closing a content ("... in an interview with the Herald
# on Sunday", "... in a statement", "... on Twitter"): the occasion of the saying, not part of
# what was said. PolNeAR train never ends a content with one where onrecord's did.
_VENUE_NOUNS = frozenset("interview statement tweet post op-ed blog podcast briefing".split())
_PLATFORMS = frozenset({"twitter", "facebook", "instagram"})
_VENUE_PREPS = {"in": _VENUE_NOUNS, "during": _VENUE_NOUNS, "via": _PLATFORMS, "on": _PLATFORMS}
_OWNERS = frozenset({"a", "an", "his", "her", "their", "its", "my", "our"})
_PREDICATIVE = frozenset({"acomp", "attr", "oprd", "xcomp"})


def drop_trailing_venue(ctx: Context, span: Offsets) -> Offsets:
    """``span`` less a closing phrase that says where or how the words were said: "in" or
    "during" a venue noun said with "a", "an" or an owner's pronoun ("in an interview", "in
    his op-ed", "during a briefing"), "on" or "via" a platform ("on Twitter"), running to the
    content's end but for time words ("on Sunday") and punctuation, and hung on the
    content's head, a verb of it without a subject of its own, or outside the content. Not
    one hung on a noun ("her statements in a closed-door interview were truthful") or on a
    clause with its own subject inside the content ("... when she posted it on Facebook"):
    those are what was said."""
    found = ctx.table.char_tokens(*span)
    if found is None:
        return span
    first, last = found[0], found[1] - 1
    table, doc = ctx.table, ctx.doc
    while last > first and table.is_punct[last]:
        last -= 1
    for i in range(first + 3, last):
        nouns = _VENUE_PREPS.get(table.lower[i])
        if nouns is None or table.pos[i] != "ADP":
            continue
        prep = doc[i]
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in nouns:
            continue
        if nouns is _VENUE_NOUNS and not any(
            c.dep_ in {"det", "poss"} and c.lower_ in _OWNERS for c in obj.children
        ):
            continue  # "in the statement", "in Voss's statement": what it is about
        if nouns is _PLATFORMS and any(c.dep_ == "conj" for c in obj.children):
            continue  # "advertising on Facebook, Twitter and the like": a list, its topic
        head = prep.head
        if nouns is _PLATFORMS and first <= head.i <= last and first <= head.head.i <= last:
            continue  # "spending ... on advertising on Facebook": the spending's place
        if head.dep_ in _PREDICATIVE:
            head = head.head  # "would stay closed in an interview": on "stay"
        if first <= head.i <= last and (
            head.pos_ not in _VERB_POS
            or (
                first <= head.head.i <= last
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)
            )
        ):
            continue  # hung on a noun, or on a clause of its own inside the content
        tail = range(prep.right_edge.i + 1, last + 1)
        if all(
            table.ent_type[k] in _TIME_ENTS or table.pos[k] in {"ADP", "DET", "PUNCT"} for k in tail
        ):
            end = i - 1
            # and an adverb set off before it (", most recently in an interview")
            k = end
            while k > first and table.pos[k] == "ADV":
                k -= 1
            if k < end and table.text[k] == ",":
                end = k
            while end > first and table.is_punct[end] and not _closes(ctx, span[0], doc[end]):
                end -= 1
            return span[0], doc[end].idx + len(doc[end].text)
    return span


def end_in_relative_clause(ctx: Context, cue: Offsets, span: Offsets) -> Offsets:
    """``span`` ended with the relative clause its cue stands in, when it runs on into the
    predicate of the clause's antecedent: in "voters who say the economy matters most were
    divided", what the voters say is "the economy matters most", and "were divided" is the
    writer's news about them. A content cannot hold what is said of its own speaker."""
    found = ctx.table.char_tokens(*cue)
    if found is None:
        return span
    # off the token table first: few cues stand in a relative clause
    at = next((i for i in range(*found) if ctx.table.dep[i] == "relcl"), None)
    if at is None:
        return span
    doc = ctx.doc
    verb = doc[at]
    if verb.head.dep_ not in {"nsubj", "nsubjpass"}:
        return span
    main = verb.head.head
    if not span[0] <= main.idx < span[1] or main.i <= verb.i or not main.text[0].isalpha():
        return span
    if main.lemma_ == "be" and any(c.dep_ in {"ccomp", "xcomp"} for c in main.children):
        return span  # "one thing Voss talks about is that she grew up by the river"
    last = verb.right_edge.i
    # the antecedent's predicate opens right after the clause ("... decision were divided"),
    # or the parse has lost its way
    nxt = last + 1
    while nxt < main.i and (doc[nxt].is_punct or doc[nxt].is_space or doc[nxt].head.i == main.i):
        nxt += 1
    if nxt != main.i:
        return span
    while last + 1 < len(doc) and _closes(ctx, span[0], doc[last + 1]):
        last += 1  # the clause's closing quotation mark stays with it
    end = doc[last].idx + len(doc[last].text)
    while last > 0 and doc[last].is_punct and not _closes(ctx, span[0], doc[last]):
        last -= 1
        end = doc[last].idx + len(doc[last].text)
    return (span[0], end) if span[0] < end < span[1] else span


def _closes(ctx: Context, start: int, tok: Token) -> bool:
    """Is ``tok`` a quotation mark closing one opened in the content since ``start`` (kept:
    "the plan “reckless”", not "the plan “reckless")? A quotation the marks' reader found
    ends with it; straight single marks, which that reader leaves alone, close one opened at
    a word's start."""
    if ctx.last_close_before(tok.idx + 1) == tok.idx + 1:
        return True
    return tok.text == "'" and _OPENING_SINGLE.search(ctx.text, start, tok.idx) is not None


_OPENING_SINGLE = re.compile(r"(?:^|(?<=\s))'(?=\w)")


_ASIDE_DEPS = frozenset({"appos", "advcl", "relcl"})


def _drop_trailing_aside(toks: list[Token], table: TokenTable) -> list[Token]:
    """Cut a non-restrictive relative clause, a describing apposition or a writer's
    participle that closes the content (", who was his chief of staff at the time", ", the
    former governor", ", echoing a memo"): it describes someone named in the statement, or
    the statement, in the writer's words, and is not part of what was said. One set off on both sides ("Marr, who led
    the talks, will resign") is inside the statement and stays."""
    if len(toks) < 6:
        return toks
    first, last = toks[0].i, toks[-1].i
    doc = toks[0].doc
    # the labels off the document's token table first: a content's words are mostly none
    # of these
    deps = table.dep
    for t in toks:
        if deps[t.i] not in _ASIDE_DEPS:
            continue
        appos = _describing_apposition(t) or _writers_participle(t)
        if not appos and (
            t.dep_ != "relcl"
            or not any(c.lower_ in {"who", "which"} and c.i < t.i for c in t.children)
        ):
            continue
        lo, hi = t.left_edge.i, t.right_edge.i
        if lo - 1 <= first + 2 or doc[lo - 1].text != ",":
            continue
        if sum(doc[k].is_quote for k in range(first, lo)) % 2:
            continue  # inside a quotation: 'had "no political prisoners, only criminals"'
        if appos and hi < last:
            continue  # ", the president," inside the statement names someone in it
        if hi >= last or doc[hi + 1].text not in {",", "—", "–", ")"}:
            return [x for x in toks if x.i < lo - 1]
    return toks


def _drop_trailing_as_clause(toks: list[Token], cues: CueLexicon) -> list[Token]:
    """Cut a reporting clause opened by "as" that closes the content after a comma ("saying
    Sarnia would “walk all over us,” as Voss put it in her memoir"): it gives the words to
    someone else (:func:`_as_clause`), and is no part of this statement."""
    if len(toks) < 4:
        return toks
    first = toks[0].i
    # (each word's label and lemma off the token table: a Token's are looked up anew)
    table = token_table(toks[0].doc)
    deps, lemmas = table.dep, table.lemma_lower
    for t in toks:
        if deps[t.i] != "advcl" or lemmas[t.i] not in cues.as_clause:
            continue
        lo = t.left_edge
        if lo.lower_ != "as" or lo.dep_ != "mark" or t.right_edge.i < toks[-1].i:
            continue
        before = t.doc[lo.i - 1]
        if before.tag_ == "''" and lo.i - 2 > first and t.doc[lo.i - 2].text == ",":
            return [x for x in toks if x.i < lo.i]  # the closing mark stays the quotation's
        if before.text == "," and lo.i - 1 > first:
            return [x for x in toks if x.i < lo.i - 1]
    return toks


def _drop_leading_date(toks: list[Token]) -> list[Token]:
    """ "said on Tuesday it had summoned the envoy": a date between the cue and the clause's
    subject says when it was said; the parser hangs it on the clause."""
    first = toks[0] if toks else None
    if first is None or not (
        (first.dep_ == "prep" and first.lower_ == "on") or first.dep_ == "npadvmod"
    ):
        return toks
    date = sorted(first.subtree, key=lambda t: t.i)
    words = date[1:] if first.dep_ == "prep" else date
    if not words or any(t.ent_type_ not in {"DATE", "TIME"} for t in words):
        return toks
    rest = [t for t in toks if t.i > date[-1].i]
    nxt = rest[0] if rest else None
    if nxt is None or not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i == nxt.i for c in first.head.children
    ):
        return toks
    return rest


def clean_span(ctx: Context, toks: list[Token]) -> Offsets | None:
    return _clean_kept(ctx, _drop_trailing_aside(sorted(toks, key=lambda t: t.i), ctx.table))


def _clean_kept(ctx: Context, kept: list[Token]) -> Offsets | None:
    """:func:`clean_span` of tokens in text order whose trailing aside is cut already
    (``kept`` itself is left as it is)."""
    toks = list(_drop_leading_date(kept))
    while toks and (
        toks[-1].is_punct
        and toks[-1].text not in '”"»'
        or toks[-1].is_space
        or (toks[-1].dep_ == "cc" and len(toks) > 1)  # "... any candidate, and": cut
    ):
        toks.pop()
    while toks and (toks[0].is_punct and toks[0].text not in '“"«' or toks[0].is_space):
        toks.pop(0)
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    while (dateline := ctx.dateline_at(start)) is not None:
        start = dateline[1]  # the dateline is not part of what was said
    if (topic := _TOPIC_LABEL.match(ctx.text, start, end)) is not None:
        start = topic.end()  # "On the trade dispute: Brenn would travel ..., she said"
    if end <= start:
        return None
    # keep a trailing closing mark if a quotation inside the clause ends there
    return start, end


# a briefing's topic set before what was said of it: "On the trade dispute at the LTO: ..."
_TOPIC_LABEL = re.compile(r"(?:On|About|Regarding|As for|As to)\b[^:\n.]{1,120}:\s+(?=\S)")


def _writers_sequel(ctx: Context, before: Offsets, after: Offsets) -> bool:
    """Is the text after a closing "according to X" the writer's sequel to the sourced
    statement, a participle or a concession ("Voss leads by nine points, according to the
    poll, despite losing the primary"; "..., taking a step toward a deal")? Not when the
    phrase interrupts a clause ("... the video while, according to X, knowing ...")."""
    rest = _after_a_closed_clause(ctx, before, after)
    return bool(rest) and (rest[0].tag_ == "VBG" or rest[0].lower_ in {"despite", "even"})


def _after_a_closed_clause(ctx: Context, before: Offsets, after: Offsets) -> list[Token]:
    """The words (no punctuation) after a closing "according to X", when the words before it
    end a clause; none when the phrase interrupts one ("... the video while, according to X,
    knowing ...", "The AP reported that, according to an analysis, 85 of ...")."""
    rest = [t for t in ctx.tokens(*after) if not t.is_punct]
    said = [t for t in ctx.tokens(*before) if not t.is_punct]
    if not rest or not said:
        return []
    last = said[-1]
    if last.dep_ in {"mark", "cc", "prep", "det"} or last.tag_ in {"IN", "CC", "DT", "TO"}:
        return []
    return rest


def _own_voice(ctx: Context, before: Offsets, after: Offsets) -> bool:
    """Does the text after a closing "according to X" open with a statement of its own
    speaker ("..., according to a readout from Kesk, while the Marennian side said Harrow had
    demanded an apology")? Then it is that speaker's, not X's. (Not when the phrase
    interrupts a clause: "The AP reported that, according to an analysis, 85 of ...".)"""
    rest = _after_a_closed_clause(ctx, before, after)
    if not rest:
        return False
    opener = rest[1] if rest[0].lower_ in _JOINING and len(rest) > 1 else rest[0]
    speech = ctx.cues.speech
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in speech
        and any(c.dep_ == "nsubj" and c.left_edge.i == opener.i for c in t.children)
        # a clause of its own, with its subject (not "Trump holds 14 percent ... compared")
        and any(
            c.dep_ == "ccomp"
            and c.i > t.i
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            for c in t.children
        )
        for t in rest
    )


# words that join a clause to the one before ("..., while the other side said ...")
_JOINING = frozenset({"while", "whereas", "but", "and", "as", "although", "though"})


def _according_to(ctx: Context, tok: Token) -> Found | None:
    to = ctx.doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = ctx.sents.at(tok.idx)
    if sent is None:
        return None
    phrase_lo = tok.idx
    phrase_hi = max(t.idx + len(t.text) for t in pobj.subtree)
    start = sent[0]
    while (dateline := ctx.dateline_at(start)) is not None and dateline[1] > start:
        start = dateline[1]  # ("HALVERN, May 14 (Reuters) - ...": no part of the report)
    before = (start, phrase_lo)
    after = (phrase_hi, sent[1])
    pieces = [p for p in (before, after) if len(WORD.findall(ctx.text[p[0] : p[1]])) >= 3]
    if len(pieces) == 2 and (_writers_sequel(ctx, before, after) or _own_voice(ctx, before, after)):
        pieces = [before]
    if not pieces:
        return None
    spans = [trim_span(ctx.text, p) for p in pieces]
    att = Attribution(kind="indirect", spans=spans, cue=(tok.idx, to.idx + len(to.text)))
    return Found(att=att, pos=sent[0], speaker_tok=pobj, aside=True)


def absorb_fragments(ctx: Context, groups: list[Group], reported: list[Found]) -> None:
    """Quoted fragments inside a reported clause make it *mixed* and are not separate.

    A quotation that is most of the clause (``said: “...”``) stays a direct quotation;
    one embedded in a longer clause (``said she had been promised “...” by X``) is part
    of the reported statement.
    """
    # Nested clauses ("Carson said Trump plans to foster “...”"): the words are the
    # outermost speaker's, so the widest clause that holds the fragment takes it.
    # (Found for all groups at once by a sweep: one scan of every clause per group was
    # quadratic on quote-dense text.)
    widest = widest_holders(
        [(f.att.spans[0][0], f.att.spans[-1][1]) for f in reported],
        [(g.segments[0].start, g.segments[-1].end) for g in groups],
        slack=1,
    )
    absorbed: list[Offsets] = []
    for g, holder in zip(groups, widest):
        if g.full is None:
            continue  # already taken (a label)
        if holder is None:
            continue
        f = reported[holder]
        s, e = f.att.spans[0][0], f.att.spans[-1][1]
        quoted = sum(x.end - x.start for x in g.segments)
        if g.full and _quotation_then_adjunct(ctx, g, s, e):
            continue  # 'said “...” on Monday': the quotation is what was said
        if g.full and _cited_according_to(ctx, f) and _own_frame_follows(ctx, g, s, e):
            # '“Our patience is not unlimited,” Orlin told the council, according to a
            # transcript': the quotation is Orlin's, with his own frame, inside the clause
            # the transcript is cited for
            continue
        if not g.full or quoted < 0.7 * (e - s):
            f.att.kind = "mixed"
            g.full = None  # type: ignore[assignment]  # consumed by the clause
            absorbed.append((g.segments[0].start, g.segments[-1].end))
            last = g.segments[-1]
            end = f.att.spans[-1][1]
            if (
                last.start < end <= last.end
                and not ctx.text[end : last.end].strip(".,;:!? ")
                and last.close is not None
                and any(a <= last.open < b for a, b in f.att.spans)
            ):
                # (a clause cut right after the quoted words keeps their closing mark:
                # 'blamed it on “sickos”', not 'on “sickos')
                f.att.spans[-1] = (f.att.spans[-1][0], last.outer_end)
    _mark_holders(absorbed, reported)
    _mark_partial_holders(ctx, groups, reported)


def _cited_according_to(ctx: Context, f: Found) -> bool:
    """Is ``f`` a clause a source is cited for with "according to"?"""
    cue = f.att.cue
    return cue is not None and ctx.text[cue[0] : cue[1]].lower().startswith("according")


def _own_frame_follows(ctx: Context, g: Group, s: int, e: int) -> bool:
    """Does the clause open with the quotation, and its speaker and speech verb follow it
    ('“...,” Orlin told a meeting', '“...,” said Orlin')?"""
    if g.segments[0].start > s + 1 or g.end >= e:
        return False
    tail = ctx.doc.char_span(g.end, e, alignment_mode="expand")
    if tail is None:
        return False
    words = [t for t in tail if not (t.is_punct or t.is_space)][:5]
    for t in words:
        if t.pos_ == "VERB" and t.lemma_.lower() in ctx.cues.speech:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            # (the speaker and the verb right after the quotation, and nothing else: not
            # '“...,” when Clinton blasted him')
            return (
                subj is not None
                and subj.pos_ in {"PROPN", "PRON", "NOUN"}
                and all(w.i == t.i or w in subj.subtree for w in words[: words.index(t)])
                and (words[0].i == t.i or words[0] in subj.subtree)
            )
    return False


def _quotation_then_adjunct(ctx: Context, g: Group, s: int, e: int) -> bool:
    """The clause is the quotation and then only when it was said ('said “the border is shut”
    on Monday'): the time goes with the saying. (Other tails often carry on what was said:
    '“a two-man race” between Voss and Marr'.)"""
    if g.segments[0].start > s + 1 or g.end >= e:
        return False
    tail = ctx.doc.char_span(g.end, e, alignment_mode="expand")
    if tail is None:
        return False
    words = [t for t in tail if not (t.is_punct or t.is_space)]
    return (
        bool(words)
        and all(t.ent_type_ in _TIME_ENTS or t.pos_ in ("ADP", "DET") for t in words)
        and any(t.ent_type_ in _TIME_ENTS for t in words)
    )


def _mark_holders(absorbed: list[Offsets], reported: list[Found]) -> None:
    """A clause nested in the one that took a quoted fragment holds the fragment too, so it
    is mixed as well ("Voss said the envoy had promised “a fair hearing”": the envoy's
    promise quotes him)."""
    absorbed.sort()
    starts = [a for a, _ in absorbed]
    for f in reported:
        if f.att.kind != "indirect":
            continue
        s, e = f.att.spans[0][0], f.att.spans[-1][1]
        k = bisect_left(starts, s)
        while k < len(absorbed) and absorbed[k][0] < e:
            if absorbed[k][1] <= e + 1:
                f.att.kind = "mixed"
                break
            k += 1


def _mark_partial_holders(ctx: Context, groups: list[Group], reported: list[Found]) -> None:
    """A clause that ends inside a quotation it does not hold quotes part of it, so it is
    mixed: "advise the president on “the threats out there, in Belvania. ...”" (the clause
    ends with its sentence; the quotation runs on and is also a record of its own)."""
    free = sorted((g for g in groups if g.full is not None), key=lambda g: g.start)
    starts = [g.start for g in free]
    for f in reported:
        if f.att.kind != "indirect":
            continue
        s, e = f.att.spans[-1]
        k = bisect_left(starts, e) - 1  # the last quotation opening before the clause's end
        if k < 0 or not s < starts[k] or free[k].end <= e:
            continue
        if any(
            seg.start < e < seg.end and WORD.search(ctx.text, e, seg.end)
            for seg in free[k].segments
        ):
            f.att.kind = "mixed"
