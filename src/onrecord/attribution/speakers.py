"""Speakers and addressees from the dependency parse.

A cue's speaker is its grammatical subject (climbing through ``adding``/``and said``
to the verb that has one), the object of ``according to``, or the name after an
inverted cue (``said Putin``). The mention is the subject's noun phrase with its
appositions (``the Pentagon spokesman, John Kirby``) but without relative clauses.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

import yaml

from onrecord.attribution.lexicon import CueLexicon, inflections, load_cues
from onrecord.attribution.marks import AMBIGUOUS, CLOSERS
from onrecord.attribution.model import KnownNames, Offsets
from onrecord.nlp import (
    QUESTIONING_VERBS,
    TokenTable,
    asked_whether,
    description_and_name,
    doc_text,
    token_table,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# the arguments of a clause a later "they" in a clause hanging on it may stand for
_PLURAL_ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_DROP_CHILD_DEPS = {"relcl", "acl", "punct", "prep", "advcl", "parataxis", "ccomp", "xcomp"}
_KEEP_PREP_HEADS = {"of"}  # "the leader of the party" keeps its "of"
# "the ambassador to the United Nations, Ana Voss, said", "the spokesman for the embassy,
# Ivo Marr, said": a posting is part of the description, and the name in apposition after it
# is the speaker's.
_POSTED_NOUNS = {"ambassador", "envoy", "representative", "emissary", "delegate", "consul"}
PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_PLURAL = {"they", "them"}
PRONOUNS_SELF = {"i", "we", "you", "me", "us"}
_RELATIVE = {"who", "which", "that", "whom"}
_QUOTE_CHARS = set('“”"«»„')


_HEADING_MARKS = frozenset({"-", "–", "—", "--", ":"})


# -- transcripts ---------------------------------------------------------------------------

# a speaker label: two capitals or more, with the dots, apostrophes, spaces and hyphens of a
# name between ("JAKE TAPPER", "O'BRIEN")
_LABEL = r"([A-Z][A-Z.'’ -]{0,40}[A-Z])"
_TRANSCRIPT = re.compile(_LABEL + r"\s*:\s+(?=\S)")
#: Capitals before a colon that head a note or a rubric, not a speaker's words.
NOT_SPEAKER_LABELS = frozenset(
    {
        "UPDATE",
        "NOTE",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "CORRECTION",
        "CLARIFICATION",
        "BREAKING",
        "WATCH",
        "READ MORE",
        "RELATED",
        "PHOTOS",
        "PHOTO",
        "VIDEO",
        "SOURCE",
        "SOURCES",
        "LISTEN",
        "ADVERTISEMENT",
        "FACT CHECK",
        "ANALYSIS",
        "OPINION",
        "Q",
        "A",
        # a reporter's question in a briefing's transcript: no one's statement
        "QUESTION",
        "UPDATED",
        "EXCLUSIVE",
        # contact lines at an article's foot ("EMAIL: desk@...")
        "EMAIL",
        "E-MAIL",
        "CONTACT",
        "FOLLOW",
        "TWITTER",
        "PHONE",
        "WEBSITE",
        "BYLINE",
    }
)


def speaker_label(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """A transcript's speaker label opening ``text[start:end]`` ("LAVROV: We have ..."): the
    label's span and where the words after it start, or None (a rubric such as "UPDATE:",
    one letter, nothing after it)."""
    m = _TRANSCRIPT.match(text, start, end)
    if not m or m.group(1) in NOT_SPEAKER_LABELS or len(m.group(1)) < 2:
        return None
    return m.start(1), m.end(1), m.end()


# a speaker label opening a line after the first, after a quotation mark at most (the
# pattern of ``_TRANSCRIPT``, kept within the line); the newline it opens with lets the
# pattern engine skip ahead from line to line (a pattern anchored with MULTILINE is tried at
# every character: the actors stage cost 33 M instructions more on dev that way)
_LINE_LABEL = re.compile(r"\n[^\S\n]*[“\"]?" + _LABEL + r"[^\S\n]*:[^\S\n]+(?=\S)")


def transcript_labels(text: str) -> list[Offsets]:
    """The speaker labels opening lines of ``text`` below its first line (a headline's
    "BUSTED: ..." is none), also just inside an opening quotation mark (a transcript printed
    as a quotation that runs over several paragraphs)."""
    return [
        (m.start(1), m.end(1))
        for m in _LINE_LABEL.finditer(text)
        if m.group(1) not in NOT_SPEAKER_LABELS
    ]


def transcript_turns(text: str, labels: list[Offsets] | None = None) -> list[Offsets]:
    """A transcript's turns: every speaker label opening a line of ``text``
    (:func:`transcript_labels`) when one speaker's label opens two lines or more ("RAMOS:
    ...", "RAMOS: ...", then "CLINTON: ..." once; "KATE BOULDUAN: ..." then "BOULDUAN:
    ..."), none elsewhere: a rubric or a sign opens one line ("BUSTED: ...", "WARNING: ...")
    and names no one."""
    if labels is None:
        labels = transcript_labels(text)
    turns = Counter(text[s:e].split()[-1] for s, e in labels)
    return labels if turns and max(turns.values()) >= 2 else []


def has_alnum(text: str) -> bool:
    """Does ``text`` hold a letter or a digit: ``any(ch.isalnum() for ch in text)``, with
    the first character tried alone (a word's nearly always is one; a generator left before
    its end costs a Python exception to close)."""
    return text[:1].isalnum() or any(ch.isalnum() for ch in text)


# prepositions placed after the phrase they set aside ("His promises notwithstanding, ...")
_SET_ASIDE = frozenset({"notwithstanding", "aside", "apart"})


def _subjects_first(verb: Token) -> list[Token]:
    """``verb``'s subjects (children), one set off by a dash or colon first: the parser
    sometimes hangs a dateline or heading on the verb as a second subject ("MOSCOW (Wire) -
    the ministry said ...", "Voter turnout: Voss said ...")."""
    # the labels off the token table: a Token is built for the subjects only, not for every
    # child of every verb whose subject is asked for
    doc = verb.doc
    table = token_table(doc)
    deps = table.dep
    subjects = [doc[c] for c in table.children(verb.i) if deps[c] in SUBJECT_DEPS]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) < 2:
        return subjects
    first, last = before[0], before[-1]
    mark = verb.doc[last.left_edge.i - 1].text if last.left_edge.i > 0 else ""
    heading = mark == ":" or (
        mark in _HEADING_MARKS and (first.ent_type_ in {"GPE", "LOC"} or first.text.isupper())
    )
    # "The columnist Teo Marr wrote": the parser split one phrase, a description and the name
    # right after it, into two subjects; the name is the speaker's
    split = len(before) == 2 and description_and_name(doc, first.i, last.i)
    # "A Libertarian, he backed ...": a description set before the clause by a comma, which
    # the parser made a second subject; the pronoun after the comma is the clause's subject
    fronted = (
        len(before) == 2
        and last.lower_ in _FRONTED_PRONOUNS
        and mark == ","
        and last.left_edge.i == first.right_edge.i + 2
    )
    # "His final assessment: “It’s not quite optimistic,” he said": a lead-in before a
    # quotation the parser made a subject; the subject after the closing mark frames it
    framed = last.right_edge.i + 1 == verb.i and any(
        t.text in _CLOSING_MARKS for t in doc[first.right_edge.i : last.left_edge.i]
    )
    # "THE BORROWING Back when he wrote his book, Mr. Marr said ...": a subhead in capitals
    # run into the paragraph, which the parser made a subject
    subhead = (
        sum(1 for t in doc[first.left_edge.i : first.i + 1] if t.is_alpha and t.is_upper) >= 2
        and not last.is_upper
    )
    # "Cross-referencing voting records ..., the researchers found": a participle's clause
    # set before the subject by a comma, which the parser read as a noun phrase subject
    participle = (
        len(before) == 2
        and mark == ","
        and last.left_edge.i == first.right_edge.i + 2
        and any(
            t.lower_.endswith("ing") and t.tag_ in _PARTICIPLE_TAGS
            for t in doc[first.left_edge.i : min(first.i, first.left_edge.i + 3)]
        )
    )
    # "His promises to the rich notwithstanding, analysts agree ...", "Details aside, Voss
    # said ...": a phrase a postposed preposition sets aside, made a second subject
    aside = (
        len(before) == 2
        and mark == ","
        and last.left_edge.i == first.right_edge.i + 2
        and doc[first.right_edge.i].lower_ in _SET_ASIDE
    )
    # "X have agreed to meet on Wednesday, the first direct talks since ..., Saradia’s
    # foreign ministry said": a phrase set after a clause by a comma (what the clause was),
    # made a subject; the subject right before the verb says
    # (not a place closing a name, "... of the University of California, Berkeley, argue";
    # nor after a subject with a verb of its own, "a poll found by 43%-41%, the public says")
    apposed = (
        len(before) == 2
        and mark == ","
        and last.right_edge.i + 1 == verb.i
        and first.left_edge.i > 0
        and doc[first.left_edge.i - 1].text == ","
        and first.ent_type_ != "PERSON"
        and last.ent_type_ not in {"GPE", "LOC", "FAC"}
        and not any(c.dep_ == "acl" and c.pos_ == "VERB" for c in first.children)
        and not any(
            t.pos_ in {"VERB", "AUX"} for t in doc[first.right_edge.i + 1 : last.left_edge.i]
        )
    )
    if heading or split or fronted or framed or subhead or participle or aside or apposed:
        return [last] + [c for c in subjects if c.i != last.i]
    return subjects


# the marks that can close a quotation, as the mark reader has them, and a doubled apostrophe
_CLOSING_MARKS = frozenset({*CLOSERS, AMBIGUOUS, "''"})


_FRONTED_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# how the parser tags a participle it read as a modifier ("Cross-referencing records")
_PARTICIPLE_TAGS = frozenset({"VBG", "JJ", "NN"})
_CONTRACTED_HAS = frozenset({"’s", "'s"})


# Verbs that ask, press or allow someone to act. What they govern has not happened: "urged the
# council to reject the plan" reports an appeal, and the council has rejected nothing (unlike
# "led the council to reject the plan", "prompted", "forced": there it has; and "persuaded",
# which says the appeal worked).
REQUEST_VERBS = frozenset(
    {
        "urge",
        "ask",
        "press",
        "push",
        "pressure",
        "pressurise",
        "pressurize",
        "encourage",
        "challenge",
        "dare",
        "beg",
        "implore",
        "entreat",
        "exhort",
        "instruct",
        "order",
        "tell",
        "warn",
        "advise",
        "invite",
        "call",
        "require",
        "permit",
        "allow",
        "authorize",
        "authorise",
        "solicit",
        "approach",
        "lobby",
        "petition",
        "remind",
        "want",
        "need",
        "nudge",
        "prod",
    }
)
# verbs of pressing that things do too, as causes: "the rise will push companies to leave"
# makes them leave (read here) and is no appeal of anyone's (read in ``reported``)
PRESSING = frozenset({"push", "pressure", "press", "persuade"})
# those of them whose passive subject has been asked, not allowed or obliged ("the council was
# urged to reject it": asked; "the bank was required to report it" did report it, mostly)
_ASKED_IN_THE_PASSIVE = REQUEST_VERBS - {
    "require",
    "permit",
    "allow",
    "authorize",
    "authorise",
    "want",
    "need",
    "approach",
    "solicit",
}


# Verbs that make their object act ("led Republicans to say", "forced the bureau to admit",
# "left the party to wonder"): the object acts even where it is a thing-like word.
_CAUSATIVES = frozenset(
    {
        "lead",
        "prompt",
        "force",
        "compel",
        "spur",
        "cause",
        "drive",
        "get",
        "inspire",
        "move",
        "provoke",
        "help",
        "enable",
        "leave",
        "join",
        "send",
        "make",
    }
)
_ACTING_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def can_act(tok: Token) -> bool:
    """Can ``tok`` be someone who acts: a pronoun, a name, a person or group, a body?"""
    return (
        tok.pos_ in {"PROPN", "PRON"}
        or tok.ent_type_ in _ACTING_ENTS
        or people_word(tok)
        or tok.lemma_.lower() in load_cues().it_bodies
    )


def requested_act(verb: Token) -> bool:
    """Is ``verb`` the act that someone is asked, pressed or allowed to do, and not one done?
    "urged the council to reject the plan", "pressed Orlov to sign", "called on both sides to
    condemn it", "the council was urged to reject it": the council and Orlov have said nothing
    (the appeal is its maker's statement). Only an infinitive after a verb of
    :data:`REQUEST_VERBS` with someone to act: its object, "on" someone, or a passive subject."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or verb.tag_ != "VB":
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma not in REQUEST_VERBS:
        return False
    if lemma in PRESSING:
        # "the attacks are pushing the candidates to speak louder": a thing that pushes
        # makes them act, as "led" would
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and not can_act(subj):
            return False
    for c in head.children:
        if c.i >= verb.i:
            break
        if c.dep_ in {"dobj", "dative"} or (
            c.dep_ == "nsubjpass" and lemma in _ASKED_IN_THE_PASSIVE
        ):
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" for g in c.children):
            return True  # "called on the envoys to condemn"
    return False


def subject_of(
    verb: Token, depth: int = 0, ok: Callable[[Token], bool] | None = None
) -> Token | None:
    """The subject of ``verb``, climbing through conjoined and adverbial verbs.

    ``ok`` filters candidate subjects (the parser sometimes makes a vocative inside the
    quotation a second subject of the cue).
    """
    for child in _subjects_first(verb):
        if (
            child.dep_ in SUBJECT_DEPS
            and (ok is None or ok(child))
            and (has_alnum(child.text) or child.text == "%")  # "42% say"
        ):
            if child.dep_ == "nsubjpass" and depth == 0 and verb.lemma_.lower() != "quote":
                # "X was asked by Y whether ...", "X was told that ...": the passive subject
                # is the one spoken to; the speaker is the agent, or unknown. (Climbing from
                # "X was joined by Y and joked", the passive subject is the joker.)
                return passive_agent(verb)
            if child.lower_ in _RELATIVE and child.dep_ != "csubj":
                return _antecedent(child, verb)
            if child.lower_ in _CONTRACTED_HAS and child.i > 0 and child.nbor(-1).pos_ == "PRON":
                # "he’s said ...": the parser made the contracted "has" the subject
                return child.nbor(-1)
            return _name_hung_on_a_name(child, verb) or _name_run_on(child, verb) or child
    if depth < 3 and verb.dep_ == "ROOT" and any(c.lower_ == "then" for c in verb.children):
        # "Voss offered the envoy a job, then says he will ...": the parser made the first
        # clause a complement of the second verb, which has no subject of its own; the
        # sequence's subject is the first clause's
        before = next(
            (
                c
                for c in verb.children
                if c.dep_ in {"ccomp", "conj"}
                and c.i < verb.i
                and c.pos_ in {"VERB", "AUX"}
                and verb.doc[c.right_edge.i + 1].text == ","
            ),
            None,
        )
        if before is not None:
            return subject_of(before, depth + 1, ok)
    if (
        depth < 3
        and verb.dep_ == "dep"
        and verb.head.i < verb.i
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.lower_ == "then" and c.i < verb.i for c in verb.children)
        and verb.doc[verb.i - 2].text == ","
    ):
        # "Voss gestured ..., then leaned in and boomed: ...": the parser hung the next
        # step of the sequence on the first verb with no label; it shares that verb's subject
        return subject_of(verb.head, depth + 1, ok)
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.i > 0:
        # "a move Lorvik called “a provocation”": a relative clause without "that", whose
        # subject the parser hung on the noun as an apposition
        name = verb.doc[verb.i - 1]
        if (
            name.pos_ == "PROPN"
            and name.dep_ == "appos"
            and name.head == verb.head
            and verb.head.i < name.i
            and (ok is None or ok(name))
        ):
            return name
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        # "X was quoted as saying ...": the one quoted is the speaker; "the agency quoted X as
        # saying ...": the object
        quoted = next(
            (
                c
                for c in verb.head.head.children
                if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN"} and (ok is None or ok(c))
            ),
            None,
        )
        return quoted if quoted is not None else subject_of(verb.head.head, depth + 1, ok)
    if (
        depth < 3
        and verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.lower_ in _BY_SAYING
        and verb.head.head.pos_ in {"VERB", "AUX"}
        and not any(
            c.dep_ in {"nsubjpass", "csubj"}
            or (
                c.dep_ == "dobj"
                and (c.pos_ in {"PROPN", "PRON"} or is_person_head(c))
                and verb.head.head.lemma_ != "join"  # "joined Voss in calling": both call
            )
            for c in verb.head.head.children
        )
    ):
        # "Voss answered by saying ...", "Marr drew boos upon saying ...": the clause's
        # subject says it (not when someone is the object: "praised Marr after saying"; nor
        # under a passive: "the claim is justified by arguing ..." says nothing of who argues)
        return subject_of(verb.head.head, depth + 1, ok)
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        # object control: "led Republicans to say", "urged the envoys to warn": the one
        # who speaks is the governing verb's object
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and obj.pos_ in {"PROPN", "NOUN"} and (ok is None or ok(obj)):
            head = verb.head.lemma_.lower()
            if verb.tag_ != "VB" or head not in load_cues().means_verbs:
                if (
                    verb.tag_ != "VB"  # "footage of Voss asking": the one shown
                    or head in _CAUSATIVES
                    or head in REQUEST_VERBS
                    or can_act(obj)
                ):
                    return obj
                # "crossed party lines to vote for Obama", "chose the capital to announce
                # it": a thing is no one to act; the infinitive says what the clause's
                # subject did it for (read below)
            elif obj.ent_type_ in {"DATE", "TIME"}:
                return None  # "it may take days to determine ...": no one in particular
    if depth < 3 and verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and (
            verb.tag_ == "VBN"
            # (tagged a past tense where it opens the sentence with no subject of its own)
            or (verb.tag_ == "VBD" and verb.left_edge.i == verb.i and verb.i < verb.head.i)
        ):
            # "Asked whether ..., X said": the participle's subject is not the asker
            return None
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0:
            # "ends with footage of Marr saying ...": the parser hung the participle on the
            # clause's verb, past the recording that shows its speaker
            prev = verb.doc[verb.i - 1]
            if prev.dep_ == "pobj" and prev.head.head.i != prev.head.i:
                shown = _shown_in(prev.head.head)
                if shown is not None and shown.i == prev.i and (ok is None or ok(shown)):
                    return shown
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "Sanders said, going on to say ...": the parser hung the participle and the
            # clause it continues side by side on a later verb; the participle goes on
            # with the clause just before it, and that clause's subject
            lo = verb.left_edge.i
            before = next(
                (
                    c
                    for c in verb.head.children
                    if c.dep_ in {"parataxis", "conj"}
                    and c.pos_ in {"VERB", "AUX"}
                    and lo - 2 <= c.right_edge.i < lo
                    and all(t.is_punct for t in c.doc[c.right_edge.i + 1 : lo])
                ),
                None,
            )
            if before is not None:
                return subject_of(before, depth + 1, ok)
        if verb.dep_ == "advcl" and any(
            c.dep_ == "mark"
            and c.lower_
            in {
                "if",
                "when",
                "because",
                "as",
                "while",
                "after",
                "before",
                "since",
                "although",
                "though",
            }
            for c in verb.children
        ):
            return None
        head = verb.head
        if (
            verb.dep_ == "conj"
            and head.dep_ == "ccomp"
            and head.head.lemma_ == verb.lemma_
            and head.head.i < head.i
        ):
            # "Voss said the move was made by Marr and said, “...”": the parser joined the
            # second "said" to the clause the first one reports; it repeats the first
            head = head.head
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and _things_say_it(head):
            # "Analysts said geopolitical factors have contributed ..., citing the strategic
            # importance of ...": things do not cite; the one reporting the clause does
            head = head.head
        return subject_of(head, depth + 1, ok)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"PROPN", "NOUN"}:
        noun = verb.head
        if noun.lemma_.lower() in load_cues().occasions:
            # "said at a news conference announcing ...", "held a rally praising ...": the
            # occasion's speaker is the one who spoke at it or held it
            host = noun.head.head if noun.dep_ == "pobj" else noun.head
            if noun.dep_ in {"pobj", "dobj"} and host.pos_ in {"VERB", "AUX"} and depth < 3:
                return subject_of(host, depth + 1, ok)
            return None
        # "footage of Marr saying ...", "a video of the minister saying ...": the one shown
        shown = _shown_in(noun)
        if shown is not None and (ok is None or ok(shown)):
            return shown
        spent = _time_spent(noun)
        if spent is not None and depth < 3:
            # "Voss spent much of the run-up to the caucuses portraying Marr as ...": the
            # parser hung the participle on the last noun of the time spent; the one who
            # spent it does it
            return subject_of(spent, depth + 1, ok)
        cues = load_cues()
        if noun.dep_ == "pobj" and noun.head.lower_ == "to":
            # "sent out a text message to supporters saying: ...": the message says it
            sent = _artefact_sent(noun.head.head, cues)
            if sent is not None:
                return sent
        if (
            depth < 3
            and noun.dep_ in {"pobj", "dobj"}
            and noun.tag_ == "NN"
            and _plain_thing(noun, cues)
            and not _of_someone(noun)
            and (host := noun.head.head if noun.dep_ == "pobj" else noun.head).pos_
            in {"VERB", "AUX"}
        ):
            # "ended the debate with a reference to the film, remarking, “...”": a thing
            # remarks nothing; the one who ended it does, if a person
            doer = subject_of(host, depth + 1, ok)
            if doer is not None and (
                doer.pos_ in {"PROPN", "PRON"} or is_person_head(doer) or people_word(doer)
            ):
                return doer
        # "Oz, saying that ..." / "a statement saying ..." — the participle's head noun
        return noun
    return _apposed_in_opener(verb) or _name_run_on(verb, verb)


_SPENDING = frozenset({"spend", "devote", "waste", "pass"})
_TIME_PATH = frozenset({"pobj", "prep", "compound", "amod", "appos"})


def _time_spent(noun: Token) -> Token | None:
    """The verb of spending whose object holds ``noun`` ("spent [much of the run-up to the
    caucuses]", "spent [the final days of the campaign]"), or None."""
    tok = noun
    for _ in range(6):
        if tok.dep_ in {"dobj", "npadvmod"}:
            head = tok.head
            return head if head.lemma_.lower() in _SPENDING and head.pos_ == "VERB" else None
        if tok.dep_ not in _TIME_PATH or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _artefact_sent(tok: Token, cues: CueLexicon) -> Token | None:
    """The artefact "to" someone is about: ``tok`` itself ("a message to supporters") or
    the object of ``tok`` ("sent a message to supporters"), None when it is neither."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.artefact:
        return tok
    if tok.pos_ == "VERB":
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in cues.artefact:
            return obj
    return None


# texts that demand, bar or state what they hold ("a draft resolution demanding a ceasefire",
# "an agreement barring her from publishing"), besides the cue lexicon's artefacts and records
_TEXTS = frozenset(
    {
        "resolution",
        "draft",
        "bill",
        "law",
        "legislation",
        "act",
        "measure",
        "motion",
        "amendment",
        "proposal",
        "plan",
        "treaty",
        "agreement",
        "accord",
        "deal",
        "pact",
        "declaration",
        "decree",
        "order",
        "verdict",
        "platform",
        "policy",
        "charter",
        "constitution",
        "text",
        "clause",
        "provision",
        "rule",
        "regulation",
        "guideline",
    }
)


def _of_someone(noun: Token) -> bool:
    """Does ``noun`` name whose it is with "of" and a name or a person ("the spectacle of
    Mr. Netanyahu")? The phrase then stands for that person as well."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj is not None and (obj.pos_ == "PROPN" or is_person_head(obj))


def _plain_thing(noun: Token, cues: CueLexicon) -> bool:
    """Is ``noun`` a plain thing ("a reference", "the factors"): no name, no person, people,
    body, artefact, record or text (:data:`_TEXTS`), which could say something?"""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and lemma not in cues.it_bodies
        and lemma not in cues.artefact
        and lemma not in cues.records
        and lemma not in _TEXTS
        and not is_person_head(noun)
        and not people_word(noun)
        and not is_people_group(noun)
    )


def _things_say_it(clause: Token) -> bool:
    """Is ``clause`` a reported clause (the complement of a speech verb with a subject of its
    own) whose subject is a plain thing (:func:`_plain_thing`: "geopolitical factors", "the
    numbers"; but "the ministry had declined, citing the costs" is the ministry's reason)?"""
    if clause.dep_ != "ccomp" or clause.head.i > clause.i or clause.head.pos_ != "VERB":
        return False
    cues = load_cues()
    if clause.head.lemma_.lower() not in cues.speech:
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in clause.head.children):
        return False
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and _plain_thing(subj, cues)


# what shows someone speaking ("footage of Marr saying ...")
_RECORDINGS = frozenset(
    {"footage", "video", "clip", "recording", "tape", "film", "audio", "broadcast", "livestream"}
)


def _shown_in(noun: Token) -> Token | None:
    """The person a recording shows ("footage of Marr", "a clip of the minister"): the object
    of "of" after such a noun (None otherwise)."""
    if noun.lemma_.lower() not in _RECORDINGS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return None
    if (obj.pos_ == "PROPN" and obj.ent_type_ in {"PERSON", ""}) or is_person_head(obj):
        return obj
    return None


_NOT_A_PERSONS_NAME = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME"})


def _name_hung_on_a_name(subj: Token, verb: Token) -> Token | None:
    """ "One pastor supporting Mr. Marr, Ivo Dalen of the Harbour Church, said": the parser
    hung the subject's name on a name inside the subject's phrase, as its apposition. A
    person's name is not apposed to another person's name, so the name that ends right
    before the comma before the verb is the subject's (a description's only: "the foreign
    minister, Ana Voss" is apposed to no name)."""
    doc = verb.doc
    if subj.pos_ != "NOUN" or verb.i < 2 or doc[verb.i - 1].text != "," or subj.i > verb.i:
        return None
    for tok in subj.subtree:
        if (
            tok.dep_ == "appos"
            and tok.pos_ == "PROPN"
            and tok.right_edge.i == verb.i - 2
            and tok.ent_type_ not in _NOT_A_PERSONS_NAME
            # a full name ("Ivo Dalen"), not a party's tag ("R-Mich.")
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
            and all(t.is_alpha and t.is_title for t in doc[tok.left_edge.i : tok.i + 1])
            and tok.head.pos_ == "PROPN"
            and tok.head.ent_type_ == "PERSON"
            and tok.head.i != subj.i
        ):
            return tok
    return None


def _name_run_on(root: Token, verb: Token) -> Token | None:
    """ "Alarmed by the unrest in Nevada, Senator Ana Voss, the minority leader, said ...":
    the parser ran the subject on from the opening phrase's last noun, as a second item of a
    list without "and", and left the verb without a subject (``root`` is the verb) or gave it
    the opening word (``root``, "Alarmed"). A person's name set off by a comma that, with its
    apposition, ends right before the comma before the verb is the subject; not one of a
    list of people ("Voss, Marr and Dalen said")."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != "," or root.i > verb.i:
        return None
    if root.i != verb.i and (root.ent_type_ == "PERSON" or root.i + 1 >= verb.i):
        return None
    if root.i == verb.i and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for tok in doc[root.left_edge.i : verb.i - 1]:
        if (
            tok.dep_ == "conj"
            and tok.pos_ == "PROPN"
            and tok.ent_type_ == "PERSON"
            and tok.right_edge.i == verb.i - 2
            and tok.left_edge.i > root.left_edge.i
            and doc[tok.left_edge.i - 1].text == ","
            and tok.head.ent_type_ != "PERSON"
            and tok.head.pos_ in {"PROPN", "NOUN"}
            # (a place or a thing, not people the name is one of: "Clay's biographers,
            # David and Jeanne Heidler, wrote")
            and not (tok.head.pos_ == "NOUN" and people_word(tok.head))
            and not any(c.dep_ == "cc" for c in tok.head.children)
        ):
            return tok
    return None


def _apposed_in_opener(verb: Token) -> Token | None:
    """ "In a statement to the Herald, her adviser, Teo Dalen, said: ...": the parser hung the
    subject on the opening phrase's last noun as an apposition, and left the verb without
    one; the apposition that ends right before the comma before the verb is the subject."""
    doc = verb.doc
    if (
        verb.i < 2
        or doc[verb.i - 1].text != ","
        or verb.pos_ not in {"VERB", "AUX"}
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)  # one the filter refused
    ):
        return None
    for prep in verb.children:
        if prep.i > verb.i:
            break
        if prep.dep_ != "prep":
            continue
        for tok in prep.subtree:
            if (
                tok.dep_ == "appos"
                and tok.right_edge.i == verb.i - 2
                and tok.pos_ in {"PROPN", "NOUN"}
                and doc[tok.left_edge.i - 1].text == ","
            ):
                # "to Marr, Dalen, head of the council, said": the first of the
                # appositions the parser hung side by side on the phrase's noun
                return next(c for c in tok.head.children if c.dep_ == "appos")
    return None


def publisher(tok: Token, artefacts: frozenset[str], publish: frozenset[str]) -> Token | None:
    """Whose words an artefact speaker carries: "Voss released an ad calling ...", "the
    ministry issued a statement saying ...", "a protester held a sign reading ...": the
    subject of the publishing verb whose object the artefact is, or the agent of the one
    it is the passive subject of ("the letter was sent by Voss"); None otherwise."""
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.lemma_.lower() not in artefacts:
        return None
    verb = tok.head
    if verb.lemma_.lower() not in publish:
        return None
    if tok.dep_ == "nsubjpass":
        # "The email, released by a watchdog, was sent by the chief of staff"
        agent = passive_agent(verb)
        return agent if agent is not None and agent.pos_ in {"PROPN", "NOUN"} else None
    return someone_acting(verb)


# time and amount entities are never a record's maker ("a report from Monday")
_NOT_MAKER_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


# pieces of writing an outlet runs: "an article in the Herald" is the Herald's
PIECES = frozenset({"article", "story"})
# verbs a record is given with ("the interview he gave", "an interview she granted")
_GIVING = frozenset({"give", "grant"})
# records whose owner, written as a possessive, is their maker ("the ministry's statement"); a
# possessive on others may name their subject ("Voss's interview", "the council's audit")
_OWN_WORDS = frozenset(
    {"statement", "release", "letter", "memo", "message", "post", "tweet", "email", "e-mail"}
)
# a possessive pronoun owning a record, and the pronoun that stands for the same one
OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
# who makes the record: the object of "by", "from" or "with", or a relative clause's subject
_MAKER_DEPS = frozenset({"pobj", "nsubj"})


def maker(tok: Token, cues: CueLexicon) -> Token | None:
    """Who made the record ``tok`` stands for, when its phrase says so: "a report from the
    Herald", "a tally by the agency", "interviews with party officials", "a court filing
    submitted by Voss's lawyers" (a verb of publishing or making, with ``by``), "a letter
    Voss sent" (the same verbs, and giving, in a relative clause); None for
    anything else ("a video from the rally": an occasion; "a memo obtained by the Herald")."""
    lemma = tok.lemma_.lower()
    if lemma not in cues.records:
        return None
    for c in tok.children:
        if c.i < tok.i:
            if (
                c.dep_ == "compound"
                and lemma in PIECES
                and c.pos_ == "PROPN"
                and c.ent_type_ not in _NOT_MAKER_ENTS | {"GPE", "LOC", "NORP"}
            ):
                return c  # "a Herald article", "a Times story": the outlet ran it
            if (
                c.dep_ == "poss"
                and lemma in _OWN_WORDS
                and (c.pos_ in {"PROPN", "NOUN"} or c.lower_ in OWNER_PRONOUNS)
                and c.ent_type_ not in _NOT_MAKER_ENTS
            ):
                # "the ministry's statement", "Voss's letter", "his statement": the owner
                # wrote it (not "Monday's statement"; not "Voss's interview", which others
                # may give)
                return c
            continue
        by: Token | None = None
        if c.dep_ == "prep" and (
            c.lower_ in ("by", "from")
            or (c.lower_ == "with" and lemma == "interview")
            or (c.lower_ == "in" and lemma in PIECES)
        ):
            by = c
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in cues.publish | cues.making:
            by = next((a for a in c.children if a.dep_ == "agent"), None)
        elif c.dep_ == "relcl" and c.lemma_.lower() in cues.publish | cues.making | _GIVING:
            # "an interview his brother gave to the Herald", "a statement the ministry
            # released": the relative clause's subject (not "a report that found ...")
            by = c
        if by is None:
            continue
        obj = next((o for o in by.children if o.dep_ in _MAKER_DEPS), None)
        if (
            obj is not None
            and obj.pos_ in {"PROPN", "NOUN", "PRON"}
            and obj.ent_type_ not in _NOT_MAKER_ENTS
            and obj.lemma_.lower() not in cues.occasions
            and obj.lemma_.lower() not in cues.record_places
            and obj.lower_ not in _NO_ONE
        ):
            return obj
        return None
    return None


def someone_acting(verb: Token) -> Token | None:
    """The subject of ``verb`` when it stands for someone who acts (a name, a noun, a
    personal pronoun), not "it released", "this sent", "there was"; else None."""
    subj = subject_of(verb)
    if subj is None or subj.lower_ in _NO_ONE or subj.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    return subj


# subjects that stand for no one ("it released", "this sent")
_NO_ONE = frozenset({"it", "this", "that", "which", "what", "there"})


# prepositions whose -ing clause is said by the subject of the verb they hang on
_BY_SAYING = frozenset({"by", "upon", "on", "after", "before", "while", "in"})


def passive_agent(verb: Token) -> Token | None:
    """``by Y`` of a passive verb: Y."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return (
        next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    )


def _antecedent(rel: Token, verb: Token) -> Token | None:
    """What ``who`` stands for: the name just before it, else the clause's head noun; when
    that noun is what the subject of a "be" is ("Marr is a former banker who has promised
    ...", "Marr ... is a serial liar, racist and bully who has pledged ..."), the subject."""
    doc = rel.doc
    j = _before_aside(doc, rel.i - 1)
    if j >= 0 and doc[j].pos_ == "PROPN":
        head = doc[j]
        while head.dep_ in {"compound", "flat"} and head.head.i > head.i:
            head = head.head
        if (
            verb.dep_ == "relcl"
            and head.dep_ == "pobj"
            and verb.head.pos_ == "PROPN"
            and verb.head.i < head.i
            and verb.head.is_ancestor(head)
            # ("Ivo Marr, director of Tallin Voters for Change, which ...": the body)
            and (rel.lower_ != "which" or verb.head.ent_type_ != "PERSON")
        ):
            # "said Ida Marr, 24, from Tallin, who said ...": the clause the parser hangs on
            # the name, not on the place in its phrase (whatever the tagger read the place as)
            return verb.head
        if (
            rel.lower_ == "who"
            and head.ent_type_
            and head.ent_type_ != "PERSON"
            and head.dep_ in {"pobj", "appos", "conj", "compound"}
        ):
            # "a firefighter in Roanoke, Va., who voted ...", "an economics professor at the
            # University of Tallin, who ...": the person the phrase describes; a place is no
            # one's "who" (a subject is: "said Borges, who ...", a surname the tagger took for
            # a place), a body may be ("the Tallin Teachers Union, who ...")
            person = _placed_person(head)
            if person is not None or head.ent_type_ in _PLACE_ENTS:
                return person
        whole = whole_name_head(head)
        if whole is not None:
            # "the Velmaran Chamber of Commerce, which ...": the body's whole name, not the
            # word after its "of" or "for"
            return whole
        noun = verb.head
        if not (
            verb.dep_ == "relcl"
            and noun.pos_ == "NOUN"
            and noun.i < head.i
            and noun.left_edge.i <= head.i <= noun.right_edge.i
            and head.dep_ == "pobj"
        ):
            return head
        # ("a teacher from Mereth who asked ...": the clause is the teacher's, the place
        # only her description)
    if verb.dep_ != "relcl":
        return None
    noun = first = verb.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # the first of a list of descriptions
    if (
        first.dep_ == "attr"
        and first.head.lemma_ == "be"
        # right after the description, no comma: "The main barrier has been black voters,
        # who rejected ..." describes the voters, not the barrier
        and not doc[rel.i - 1].is_punct
        and noun.left_edge.i <= j <= noun.right_edge.i
    ):
        subj = subject_of(first.head)
        if subj is not None and subj.pos_ == "PROPN":
            return subj
    if first.dep_ == "pobj" and first.head.lower_ in {"among", "of"}:
        # "Ida Brin ... is among those who say ...", "Brin is one of the delegates who say
        # ...": the subject is one who says it
        host = first.head.head
        be = host if host.lemma_ == "be" else None
        if be is None and host.lower_ == "one" and host.dep_ == "attr" and host.head.lemma_ == "be":
            be = host.head
        if be is not None and not doc[rel.i - 1].is_punct:
            subj = subject_of(be)
            if subj is not None and subj.pos_ == "PROPN":
                return subj
    if (
        rel.lower_ == "who"
        and noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and doc[rel.i - 1].text == ","
        and not (is_person_head(noun) or people_word(noun))
    ):
        # "one Democrat familiar with the discussion, who added ...": a thing is no one's
        # "who"; the person the phrase climbs to, by way of its modifier
        tok = noun
        while tok.dep_ in {"pobj", "prep", "amod", "acl"} and tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ == "PROPN" or (
                tok.pos_ == "NOUN" and (is_person_head(tok) or people_word(tok))
            ):
                return tok
    return noun


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def whole_name_head(tok: Token) -> Token | None:
    """For a word after a preposition inside a name ("Commerce" of "the Velmaran Chamber of
    Commerce", "Voters" of "the League of Conservation Voters"), the name's first head word;
    else None."""
    if tok.dep_ != "pobj" or tok.ent_iob_ != "I":
        return None
    whole = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if whole is None:
        return None
    first = next(
        (
            t
            for t in whole
            if t.pos_ in {"PROPN", "NOUN"} and not whole.start <= t.head.i < whole.end
        ),
        None,
    )
    return first if first is not None and first.i < tok.i else None


def _before_aside(doc: Doc, j: int) -> int:
    """The word before the punctuation that ends at ``j``, stepping over a bracketed aside:
    in "Sen. Ida Marr (D-Vel.), who ...", Marr, not the party and state."""
    while j >= 0 and doc[j].is_punct:
        if doc[j].text == ")":
            opening = next(
                (k for k in range(j - 1, max(-1, j - 12), -1) if doc[k].text in {"(", ")"}),
                None,
            )
            if opening is not None and doc[opening].text == "(":
                j = opening
        j -= 1
    return j


def _placed_person(place: Token) -> Token | None:
    """Who a place after a description belongs to ("Ida Marr, a nurse in Tallin, Osk., who
    ...", "the leader of the opposition in Osk, who ..."): the nearest person or people the
    phrase climbs to, by the name the description is set beside; else no one (not the
    body on the way: "a staff member for the Marr campaign in Osk, who ...")."""
    tok = place
    while tok.dep_ in {"appos", "conj", "compound", "pobj", "prep"} and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
            return tok
        if tok.pos_ == "NOUN" and (is_person_head(tok) or people_word(tok)):
            while tok.dep_ == "conj" and tok.head.i < tok.i:
                tok = tok.head  # "a firefighter and union member": the first description
            if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                return tok.head
            return tok
    return None


def is_age_noun(tok: Token) -> bool:
    """``the 46-year-old``: an age used as a noun names a person."""
    doc = tok.doc
    return (
        tok.lower_ == "old"
        and tok.i >= 2
        and doc[tok.i - 1].text in {"-", "–"}
        and doc[tok.i - 2].lower_ in {"year", "years"}
    )


def inverted_subject(verb: Token, stop: int, *, object_ok: bool = False) -> Token | None:
    """For ``..., said Putin`` or ``..., said the minister``: the noun after the cue.

    ``object_ok``: the cue opens the frame right after a quotation (``“...?” asked the
    boy``), where the parser often takes the speaker for the verb's object.
    """
    skip = {"npadvmod", "pobj"} if object_ok else {"npadvmod", "dobj", "pobj"}
    for tok in verb.doc[verb.i + 1 : min(stop, verb.i + 6)]:
        if tok.is_punct and tok.text not in {"'", "’"}:
            if tok.text == ",":
                continue
            break
        if tok.dep_ == "mark" or tok.pos_ in {"SCONJ", "CCONJ"}:
            # "adding that its value ...", "said and a guard led him out": a clause begins,
            # no inverted subject
            break
        if tok.dep_ == "prep" and tok.head.i == verb.i:
            # "said at a recent Herald event": where it was said, not who said it
            break
        if tok.pos_ in {"VERB", "AUX"} and verb.doc[tok.i - 1].text == ",":
            # "said, explaining he ...": a clause of its own begins
            break
        if (
            tok.i == verb.i + 1
            and tok.pos_ == "ADV"
            and tok.head.i == verb.i
            and tok.text[:1].isupper()
            and tok.text[1:].islower()
        ):
            # "said Skelly": a surname the tagger took for an adverb
            return tok
        if is_age_noun(tok):
            return tok
        if tok.pos_ in {"PROPN", "NOUN", "PRON"} and tok.dep_ not in skip:
            head = tok
            # climb to the head of a compound name
            while (
                head.dep_ in {"compound", "amod", "det", "poss"}
                and head.head.i > head.i
                and head.head.i < stop
            ):
                head = head.head
            return head
    return None


def _commas_before_a_party(doc: Doc, ids: set[int]) -> list[int]:
    """Commas outside a phrase's words ``ids`` that stand between two of them, right before
    an "and" joining a named party: "Hakan Fidan, and Ana Voss" (not "Voss, 66", nor
    "Moreover, any company", nor "Steve Bell, ..., and a Republican who ...")."""
    out = []
    for i in ids:
        j = i + 1
        if j + 1 not in ids or j in ids or doc[j].text != ",":
            continue
        cc = doc[j + 1]
        if cc.dep_ == "cc" and any(
            c.dep_ == "conj"
            and c.i > j
            and c.pos_ == "PROPN"
            and not any(d.dep_ == "det" for d in c.children)  # "a Republican who ..."
            for c in cc.head.children
        ):
            out.append(j)
    return out


_NAME_WORDS = 3  # the most words of a name after an opening verb ("Said Dorothy Poynter,")
_SPEECH_FORMS: list[tuple[CueLexicon, frozenset[str]]] = []


def _speech_forms() -> frozenset[str]:
    """The past and third-person forms of the lexicon's speech verbs ("stated", "adds"),
    made once per lexicon."""
    cues = load_cues()
    for lex, forms in _SPEECH_FORMS:
        if lex is cues:
            return forms
    forms = frozenset(inflections(cues.speech))
    _SPEECH_FORMS[:] = [(cues, forms)]
    return forms


def inverted_speech_verb(tok: Token) -> bool:
    """Is ``tok`` a speech verb that opens its sentence before the speaker's name ("Stated
    Stone: “...”", "Said Ellis, who ...", "Continued Stone:"), which the tagger reads as the
    name's first word? Only when the name's last word is also written in the article without
    the verb before it ("Roger Stone", "Stone said"): "Said" is a given name too ("Said
    Jalili: “...”" stays whole when the article writes no other "Jalili", or writes "Said
    Jalili" inside a sentence too)."""
    doc = tok.doc
    if not (tok.is_sent_start and tok.is_title and tok.is_alpha):
        return False
    run = 0
    while (
        run < _NAME_WORDS
        and tok.i + run + 1 < len(doc)
        and doc[tok.i + run + 1].is_title
        and doc[tok.i + run + 1].is_alpha
    ):
        run += 1
    if not run or tok.lower_ not in _speech_forms():
        return False
    last = doc[tok.i + run]
    elsewhere = False
    for t in doc:
        if t.orth != last.orth or t.i == last.i:
            continue
        before = doc[t.i - run] if t.i >= run else None
        if before is not None and before.orth == tok.orth:
            if not before.is_sent_start:
                return False  # "negotiator Said Jalili": a given name
            continue  # another opening ("Said Ellis:" twice) says nothing
        elsewhere = True
    return elsewhere


def np_span(tok: Token, *, limit: Offsets | None = None) -> Offsets:
    """The character span of ``tok``'s noun phrase, appositions kept, clauses dropped."""
    if tok.pos_ == "PRON":
        return tok.idx, tok.idx + len(tok.text)
    toks = list({t.i: t for t in _np_tokens(tok)}.values())  # an apposition's comma may come twice
    if limit is not None:
        toks = [t for t in toks if limit[0] <= t.idx and t.idx + len(t.text) <= limit[1]] or [tok]
    # the comma before "and" a second named party that the parser hung elsewhere ("The
    # Turkish foreign minister, Hakan Fidan, and Ana Voss said") does not cut the phrase
    ids = {t.i for t in toks}
    toks += [tok.doc[j] for j in _commas_before_a_party(tok.doc, ids)]
    toks.sort(key=lambda t: t.i)
    # keep the contiguous run around the head
    run = [t for t in toks if abs(t.i - tok.i) <= 40]
    i0 = run.index(tok) if tok in run else 0
    lo = i0
    while lo > 0 and run[lo - 1].i == run[lo].i - 1:
        lo -= 1
    hi = i0
    while hi + 1 < len(run) and run[hi + 1].i == run[hi].i + 1:
        hi += 1
    run = run[lo : hi + 1]
    while (
        run
        and (
            (
                run[-1].is_punct
                and run[-1].text != "%"  # "42%" keeps its sign
                # "Sen. Kelly Ayotte (R-N.H.)" keeps the bracket it opened
                and not (
                    run[-1].text == ")"
                    and sum(t.text == "(" for t in run) > sum(t.text == ")" for t in run[:-1])
                )
            )
            or run[-1].text in _QUOTE_CHARS
            or run[-1].dep_ == "cc"
            or (run[-1].dep_ == "case" and len(run) > 1)  # "Voss's claim": the holder is Voss
            # a preposition whose object was cut off (a quoted title: "Ida Brin, the author of
            # “Salt Roads,” said")
            or (run[-1].dep_ == "prep" and len(run) > 1)
        )
    ):
        run.pop()
    while run and (
        run[0].is_punct
        or run[0].text in _QUOTE_CHARS
        or (run[0].i < tok.i and inverted_speech_verb(run[0]))  # "Stated Stone:" is Stone
    ):
        run.pop(0)
    if not run:
        return tok.idx, tok.idx + len(tok.text)
    start = run[0].idx
    while start < tok.idx and run[0].text[start - run[0].idx] in "-–—―":
        start += 1  # "-Commissioner Ana Voss": the dash belongs to the attribution, not the name
    return start, run[-1].idx + len(run[-1].text)


# Bodies named by their seat, which says whose they are: "the Foreign Ministry in Beijing",
# "police in Sarn" (not an embassy, a consulate or a mission: they sit abroad).
_SEATED_NOUNS = frozenset(
    "ministry government office parliament legislature court authorities police prosecutors".split()
)


def _seat(tok: Token, prep: Token) -> bool:
    """Is ``prep`` the place a body sits ("the Foreign Ministry in Beijing said"), which says
    whose body it is?"""
    if prep.lower_ != "in" or tok.lower_ not in _SEATED_NOUNS:
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    # a place's name: one proper noun (the tagger sometimes folds it into the body's name)
    return (
        len(objs) == 1
        and objs[0].pos_ == "PROPN"
        and objs[0].ent_type_ in {"GPE", "ORG", "LOC"}
        and objs[0].left_edge.i == objs[0].right_edge.i == objs[0].i
    )


def _named_after(tok: Token, prep: Token) -> bool:
    """Is the person noun ``tok`` named in apposition after its phrase ``prep``? The parser
    hangs the name on the noun or on the phrase's last word ("the spokesman for the embassy
    in Sarn, Teo Marr")."""
    return any(
        c.dep_ == "appos" and c.i > prep.i and c.pos_ == "PROPN" for c in tok.children
    ) or any(
        d.dep_ == "appos" and d.ent_type_ == "PERSON" and d.right_edge.i == prep.right_edge.i
        for d in prep.subtree
    )


def _kept_phrase(tok: Token, prep: Token) -> bool:
    """Does the phrase ``prep`` after ``tok`` belong to the speaker's description: "the leader
    of the party", a posting before a name ("the ambassador to the UN, Ana Voss"; "the
    spokesman for the embassy, Ivo Marr"), a body's seat ("the Foreign Ministry in Lorvik"),
    a share's whole ("one in four voters")?"""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in _KEEP_PREP_HEADS:
        return True
    if prep.lower_ == "in" and tok.like_num:
        return True  # a share: "one in four voters", "Six in 10"
    return _posting(tok, prep) or _seat(tok, prep)


def _posting(tok: Token, prep: Token) -> bool:
    """Does ``prep`` say whom or where the person ``tok`` serves, or what they know ("a
    spokesman for the embassy", "a lawyer at the firm", "a lawyer in Orlando", "an expert on
    trade", "the ambassador to the UN")? Not a time ("a judge in October")."""
    if prep.lower_ == "to":
        return tok.lower_ in _POSTED_NOUNS
    if prep.lower_ not in {"for", "at", "in", "on"} or tok.lower_ not in PERSON_NOUNS:
        return False
    return prep.lower_ in {"for", "at"} or not any(
        c.dep_ == "pobj" and (c.ent_type_ in {"DATE", "TIME"} or c.like_num) for c in prep.children
    )


def posting_phrase(tok: Token) -> Token | None:
    """The preposition of the phrase that says whom or where the person ``tok`` serves, when
    it ends the phrase ("a spokesman for the embassy"; not "the spokesman for the embassy,
    Ivo Marr", whose name follows); None when there is none."""
    # (the children's labels off the token table: a Token for the preposition only; asked
    # of every word of many mentions)
    table = token_table(tok.doc)
    deps = table.dep
    k = next((c for c in table.children(tok.i) if deps[c] == "prep" and c > tok.i), None)
    if k is None:
        return None
    prep = tok.doc[k]
    if not _posting(tok, prep) or _named_after(tok, prep):
        return None
    return prep


_BODY_ENTS = frozenset({"ORG", "FAC", "GPE"})


def _in_the_name(tok: Token, prep: Token) -> bool:
    """Is the phrase ``prep`` inside the name of the body ``tok`` heads, as the entity
    recogniser reads it ("the Council on Foreign Relations", "the Institute for Peace")?"""
    return (
        tok.ent_type_ in _BODY_ENTS
        and prep.ent_iob_ == "I"
        and prep.ent_type_ == tok.ent_type_
        and all(prep.doc[k].ent_iob_ == "I" for k in range(tok.i + 1, prep.i + 1))
    )


def _without_asides(phrase: Token) -> list[Token]:
    """``phrase``'s subtree without a relative clause set off by a comma: "president of the
    union, which represents the city's teachers," describes the union, not the speaker."""
    doc = phrase.doc
    aside: set[int] = set()
    for t in phrase.subtree:
        if t.dep_ == "relcl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ",":
            aside.update(range(t.left_edge.i - 1, t.right_edge.i + 1))
    return [t for t in phrase.subtree if t.i not in aside]


def _np_tokens(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ in _DROP_CHILD_DEPS:
            if child.i > tok.i and _kept_phrase(tok, child):
                out.extend(_without_asides(child))
            elif child.i > tok.i and child.dep_ == "prep" and _in_the_name(tok, child):
                # "the Center for Border Studies": the phrase is part of the body's name
                out.extend(t for t in child.subtree if t.ent_iob_ == "I")
            elif child.dep_ == "punct" and (
                child.text in {"-", "–", "."}
                or (
                    # the commas of a list of names: "Ana Voss, Tomas Brin and Lena Holt"
                    child.text == ","
                    and any(c.dep_ == "conj" and c.i > child.i for c in tok.children)
                    and tok.dep_ != "appos"  # an apposition's commas come with it
                    and not any(c.dep_ == "appos" for c in tok.children)
                )
            ):
                out.append(child)
            continue
        if child.dep_ == "appos":
            if child.like_num:
                continue  # "Vesna Holt, 52, a café owner": the age is not part of the name
            out.extend(_np_tokens(child))
            # the comma(s) around the apposition
            for t in child.doc[min(child.left_edge.i, tok.i) : max(child.right_edge.i, tok.i) + 1]:
                if t.text == ",":
                    out.append(t)
            continue
        if child.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in _NOMINAL_SUBJECTS for c in child.children
        ):
            # a verb with its own subject is a clause the parser hung on the name ("Biden
            # rubbished Trump's claim" read "rubbished" as Trump's modifier): not the name
            continue
        # a joined description keeps no aside either ("a leader in Indiana and close friend
        # of Gov. Pence, who was nominated ..."), nor a modifier ("one Democrat familiar
        # with the discussion, who added that ...")
        out.extend(_without_asides(child))
    return out


PERSON_NOUNS = frozenset(
    "president minister spokesman spokeswoman spokesperson official chancellor premier senator "
    "governor mayor candidate nominee secretary leader chairman chairwoman chair envoy ambassador "
    "diplomat general admiral commander aide adviser advisor director chief head king queen prince "
    "emperor judge lawyer attorney professor economist analyst expert doctor author writer reporter "
    "journalist host anchor activist lawmaker congressman congresswoman representative delegate "
    "speaker sheriff officer man woman father mother son daughter wife husband owner founder ceo "
    "executive manager member colonel captain lieutenant sergeant negotiator mediator prosecutor "
    "coordinator editor publisher driver witness resident villager guard soldier farmer passenger "
    # (occupations and kin the eyewitnesses of a story are described by: "Amira, a teacher")
    "teacher student nurse engineer refugee pastor priest imam shopkeeper fisherman businessman "
    "businesswoman trader researcher historian columnist photographer volunteer survivor "
    "pensioner grandmother grandfather sister brother neighbour neighbor "
    # (words for a person by the post another holds: "his Russian counterpart, Ivo Dalen")
    "counterpart deputy successor predecessor "
    # (a campaign's and a newsroom's people: "One Republican presidential hopeful, Carly
    # Fiorina,", "a former staffer named ...")
    "hopeful contender challenger staffer correspondent blogger pundit".split()
)
_NOT_PERSON_ENT = {
    "GPE",
    "NORP",
    "LOC",
    "FAC",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "PRODUCT",
    "DATE",
    "TIME",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
    "ORDINAL",
    "LANGUAGE",
}


# Singulars of people-group words the parser may label a person's name ("Latinos gave
# us plenty ..."): their plural is a group, never the antecedent of he or she.
_PEOPLE_GROUPS = frozenset(
    "latino latina hispanic black white asian arab jew muslim christian catholic protestant "
    "evangelical mormon democrat republican independent liberal conservative progressive "
    "american mexican canadian european african asian-american african-american "
    "immigrant native millennial boomer".split()
)


def is_people_group(tok: Token) -> bool:
    """A plural demonym or people-group noun ("Latinos", "Evangelicals", "Americans"), or a
    family ("the Clintons", "both Obamas": a name in the plural after "the" or "both")."""
    # the word, its tag and labels off the token table (asked of many speakers and subjects:
    # each read of a Token's would look the string up again)
    table = token_table(tok.doc)
    i = tok.i
    low, tag, ent = table.lower[i], table.tag[i], table.ent_type[i]
    if tag in ("NNS", "NNPS") and ent == "NORP":
        return True
    if (
        ent == "PERSON"
        and i > 0
        and table.lower[i - 1] in ("the", "both")
        # not a name modifying a thing ("the Sanders campaign")
        and table.dep[i] not in _NAME_MODIFIER_DEPS
    ):
        if tag == "NNPS":
            return True
        if tag == "NNP" and low.endswith("s"):
            # tagged singular ("The Veldens preferred ..."): a family when the article names
            # someone by the word's singular ("Anna Velden")
            return _names_someone(tok.doc, (tok.text[:-1], tok.text[:-2]))
    return low.endswith("s") and low[:-1] in _PEOPLE_GROUPS


def _names_someone(doc: Doc, words: tuple[str, ...]) -> bool:
    """Is one of ``words`` the last word of a PERSON entity of ``doc`` of two words or
    more?"""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text in words for e in doc.ents)


_COORD_WORDS = frozenset({"and", "&", "or", "nor"})
_NAME_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _names_person(tok: Token, is_name: Callable[[Token], bool]) -> bool:
    """``tok`` is (part of) a person's name standing for that person ("Clinton"), not a
    modifier of some thing ("the Clinton campaign", "a Cruz supporter"); a modifier of
    another name still counts ("Republican Trump and Democrat Clinton")."""
    if not is_name(tok):
        return False
    top = tok  # the last word of the name ("Mitt" -> "Romney"), or the name it modifies
    while top.dep_ in _NAME_MODIFIER_DEPS and top.head.i != top.i and is_name(top.head):
        top = top.head
    if top.dep_ in {"compound", "nmod"} and any(c.dep_ == "cc" for c in top.children):
        # "Donald Trump and House Speaker Paul Ryan", parsed with "Trump" (and "House") as
        # modifiers of "Speaker": a coordination before another person's title and name
        head = top.head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        if head.i > top.i and is_name(head):
            return True
    # a name modifying a thing ("Romney's chief strategist") or inside a prepositional
    # phrase ("the brother of Ron Howard") is not one of the speakers
    return top.dep_ not in _NAME_MODIFIER_DEPS and top.dep_ != "pobj"


def joins_people(toks: Sequence[Token], is_name: Callable[[Token], bool]) -> bool:
    """Does a speaker phrase coordinate two or more people ("Mr. Rubio and Senator Ted
    Cruz", "Ana Voss, Tomas Brin and Lena Holt")? Then it names no single person.

    A coordinating word with a person's name on each side, each heading its own phrase:
    "Neera Tanden, a Clinton supporter and president of the Center" is one person."""
    inside = {t.i for t in toks}

    def described(t: Token) -> bool:
        # inside a description of someone: "Kim Wells, a teacher and Trump supporter"
        while t.i in inside and t.head.i != t.i:
            if t.dep_ == "appos" and not is_name(t):
                return True
            t = t.head
        return False

    seen_name = False
    for tok in toks:
        if tok.lower_ in _COORD_WORDS and (tok.dep_ == "cc" or tok.pos_ == "CCONJ"):
            if seen_name and any(
                _names_person(t, is_name) and not described(t) for t in toks if t.i > tok.i
            ):
                return True
        elif not seen_name and _names_person(tok, is_name) and not described(tok):
            seen_name = True
    return False


def is_person_name(tok: Token) -> bool:
    """A token of a person's name as the parser labels it."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"


def article_person_words(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The capitalised words the article uses as the last word of a person's name.

    The tagger labels one name differently from sentence to sentence ("Trump" a person,
    an organisation, even a common noun); an article uses a name in one sense ("one sense
    per discourse"). A surname the article gives with a first name ("Tomas Halloran")
    is a person's, unless a longer name of a place or body ends in it too ("New York");
    a lone word is a person's when most of its labels say so. Returns those words, and
    the surnames given with a first name among them."""
    votes: dict[str, int] = {}
    full: set[str] = set()
    blocked: set[str] = set()
    table = token_table(doc)  # the tokens' texts and tags without a Token object each
    texts, pos = table.text, table.pos
    for start, end, label, _, _, root in table.ents:
        word = texts[end - 1]
        if not word[:1].isupper() or pos[end - 1] not in {"PROPN", "NOUN"}:
            continue
        if label == "PERSON" and not is_people_group(doc[root]):
            votes[word] = votes.get(word, 0) + 1
            if end - start > 1 and all(t[:1].isupper() for t in texts[start:end]):
                full.add(word)  # not "Trump's Supporters", a headline's words
        elif label == "ORG" or label in _NOT_PERSON_ENT:
            votes[word] = votes.get(word, 0) - 1
            if end - start > 1:
                blocked.add(word)
    surnames = frozenset(full - blocked)
    return surnames | {w for w, v in votes.items() if v > 0}, surnames


def is_person_head(tok: Token) -> bool:
    """Can this noun-phrase head stand for one person (an antecedent of he/she)?"""
    if is_people_group(tok):
        return False
    if tok.pos_ == "PROPN":
        # an organisation ("the Commission", "the FBI") is never he or she
        return (
            tok.ent_type_ not in _NOT_PERSON_ENT and tok.ent_type_ != "ORG" and tok.tag_ != "NNPS"
        )
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS and tok.tag_ == "NN"


@lru_cache(maxsize=1)
def _gender_data() -> dict[str, dict[str, frozenset[str]]]:
    raw = yaml.safe_load(
        files("onrecord.attribution").joinpath("data/gender.yaml").read_text("utf-8")
    )
    return {
        k: {g: frozenset(w.lower() for w in v[g]) for g in ("male", "female")}
        for k, v in raw.items()
    }


def given_name_gender(word: str) -> str | None:
    """``male``/``female`` for a given name of the gender list ("Carly", "Philip"), or for
    given names joined by a hyphen, all of the list, by the first ("Eva-Maria", "Hans-Peter";
    not "Jean-Marie": "Jean" is a man's name in French and a woman's in English, and not on
    the list); None for any other word."""
    names = _gender_data()["first_names"]
    male, female = names["male"], names["female"]
    w = word.lower()
    if w in male:
        return "male"
    if w in female:
        return "female"
    if "-" not in w:
        return None
    first, *rest = w.split("-")
    if not all(x in male or x in female for x in rest):
        return None
    return "male" if first in male else "female" if first in female else None


def is_given_name(word: str) -> bool:
    """Is ``word`` a given name of the gender list ("Carly", "Philip"), or given names of it
    joined by a hyphen ("Eva-Maria")?"""
    return given_name_gender(word) is not None


def honorific_gender(word: str) -> str | None:
    """``male``/``female`` for an honorific ("Mr.", "Mrs", "Ms."), else None."""
    w = word.strip(".,'’").lower()
    data = _gender_data()["honorific"]
    if w in data["male"]:
        return "male"
    return "female" if w in data["female"] else None


def gender_of(text: str, surnames: dict[str, str] | None = None) -> str | None:
    """``male``/``female`` from honorifics, gendered nouns or a known given name in a
    speaker phrase, else from what the article said of the same surname; None if unknown."""
    written = [w.strip(".,'’") for w in text.split()]
    written = [w for w in written if w]
    words = [w.lower() for w in written]
    for k, w in enumerate(words):
        if (
            k
            and k == len(words) - 1
            and written[k][:1].isupper()
            and written[k - 1][:1].isupper()
            and words[k - 1] not in {"the", "a", "an"}
        ):
            break  # a name's last word is its surname: "Ida King", "Tomas Prince"
        g = _word_gender(w)
        if g is not None:
            return g
    for w in words:
        g = given_name_gender(w)
        if g is not None:
            return g
    if surnames and words:
        return surnames.get(words[-1])
    return None


def _word_gender(word: str) -> str | None:
    """``male``/``female`` for a title or noun of one gender ("King", "Lady", "spokesman"),
    else None."""
    data = _gender_data()
    w = word.strip(".,'’").lower()
    return next(
        (g for g in ("male", "female") if w in data["honorific"][g] or w in data["nouns"][g]),
        None,
    )


# how most English words for kinds of people end ("voters", "economists", "attendees"); not
# "accomplishments", "payments"
PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "men", "ites")
# plural nouns for bodies of people that act and speak as they ("The police said they would
# charge him"), which no ending marks: what a later "they" may stand for, not things
_ACTING_BODIES = frozenset({"police", "authority", "troop", "force", "crew", "personnel"})
# plurals that end so but name things ("geopolitical factors", "legal papers"): data/people.yaml
NOT_PEOPLE = frozenset(
    str(w).lower()
    for w in yaml.safe_load(
        files("onrecord.attribution").joinpath("data/people.yaml").read_text("utf-8")
    )["not_people"]
)


def people_word(tok: Token) -> bool:
    """A common noun for people ("voters", "aides", "Latinos"), not for things ("figures",
    "accomplishments", and the plurals :data:`NOT_PEOPLE` lists: "factors", "numbers")."""
    low = tok.lower_
    return (
        tok.lemma_.lower() in PERSON_NOUNS
        or is_people_group(tok)
        or (low.endswith(PEOPLE_ENDINGS) and not low.endswith("ments") and low not in NOT_PEOPLE)
    )


def _described_as_a_person(tok: Token) -> bool:
    """Is the untagged name ``tok`` a person's by the description in apposition to it
    ("Teo Marran, the secretary of Ostrava's Security Council, went further": the tagger
    had seen no name)? A name of two words or more, capitalised ("Reuters, the news agency"
    has no person noun); a lone word only when the tagger read it as a body's or a place's and
    the description follows its comma ("Amira, a 34-year-old teacher from Mereth, said"),
    never one it left untagged, too often a body's short name."""
    if tok.pos_ != "PROPN" or not any(
        c.dep_ == "appos" and is_person_head(c) for c in tok.children
    ):
        return False
    if not tok.ent_type_:
        return any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.i < tok.i
            for c in tok.children
        )
    # a lone name tagged a body's, with a person's description in apposition after the
    # comma: "Amira, a 34-year-old teacher from Mereth, said ..." (a given name by itself)
    return (
        tok.ent_type_ in {"ORG", "GPE"}
        and not any(c.dep_ == "compound" for c in tok.children)
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].text == ","
    )


def _titled_as_a_person(tok: Token) -> bool:
    """Is the name ``tok`` the tagger did not call a person's a person's by its own words: a
    given name just before it and an office before that ("Valmoran Foreign Minister Nadia
    Corvel thanked him", the name tagged an organisation)?"""
    if tok.pos_ != "PROPN" or tok.i == 0:
        return False
    given = tok.doc[tok.i - 1]
    return (
        given.dep_ == "compound"
        and given.head.i == tok.i
        and is_given_name(given.text)
        and any(
            c.dep_ == "compound" and c.i < given.i and c.lemma_.lower() in PERSON_NOUNS
            for c in tok.children
        )
    )


def _named_in_apposition(subject: Token, table: TokenTable) -> Token | None:
    """The name in apposition to the person noun ``subject`` of a main clause ("Dulas's
    wife, Marta, ..."), when the tagger did not call it a person's (those are read already)
    nor a body's."""
    deps, poses, ents = table.dep, table.pos, table.ent_type
    appos = next(
        (c for c in table.children(subject.i) if deps[c] == "appos" and poses[c] == "PROPN"),
        None,
    )
    if (
        appos is None
        or ents[appos] in {"PERSON", "ORG", "NORP"}
        or not is_person_head(subject)
        or not _main_clause(subject)
    ):
        return None
    return subject.doc[appos]


def _demonym_before_an_office(doc: Doc, start: int, end: int) -> bool:
    """Is the one-word name ``start``-``end`` the tagger called a person's a people's
    adjective before an office ("Valmoran Foreign Minister Nadia Corvel": "Valmoran")?"""
    if end - start != 1 or end >= len(doc):
        return False
    word = doc[start]
    nxt = doc[end]
    return (
        word.lower_.endswith(_DEMONYM_ENDINGS)
        and word.dep_ in {"compound", "amod"}
        and nxt.text[:1].isupper()
        and any(t.lemma_.lower() in PERSON_NOUNS for t in doc[end : min(end + 3, len(doc))])
    )


# how a people's adjective ends ("Valmoran", "Belvanian", "Kestrian", "Sudanese")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i")


def _main_clause(subject: Token) -> bool:
    """Is ``subject`` the subject of its sentence's main clause (or of a clause joined to
    it)? Not of a reported clause or a relative one: in "Sexton said he doubts that Trump
    believes it. He ...", the reader's chain runs through Sexton. (Asked only of names the
    tagger mislabelled: asked of every subject, it turned 8 of a sample of 30 changed chains
    on PolNeAR train from right to wrong.)"""
    head = subject.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT"


# singular pronouns a clause's own subject binds ("Voss said she ...", "Marr, stressing in his
# remarks that ..."), with the gender each asks of it
_BOUND_GENDER = {"he": "male", "his": "male", "she": "female", "her": "female"}
# where a name stands that could own what a "his" or "her" after it speaks of
_OWNER_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
_OWNED = re.compile(r"['’]s?$")  # the owner's ending of a name
# the gender a personal pronoun speaker or object asks of its antecedent
PRONOUN_GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}
# the gender every singular personal pronoun gives its person (a speaker, a holder, an object)
PERSON_PRONOUN_GENDER = {**_BOUND_GENDER, "him": "male"}


# plural pronouns a clause's plural subject binds ("Belvanian officials said they ...", "the
# candidates outlined their priorities"), and the plural pronouns that could be other people
_BOUND_PLURAL = frozenset({"they", "their"})
_PLURAL_OBJECTS = frozenset({"they", "them", "their"})
# plural words that name no one ("Others were unapologetic in their criticism")
_NO_ONE_NAMED = frozenset({"others", "those", "these", "some", "both", "all", "several"})
# heads of a phrase that counts people: "51 percent of respondents", "a majority of her backers"
_COUNTS_OF_PEOPLE = frozenset(
    {"percent", "majority", "minority", "number", "third", "half", "quarter", "most", "many"}
)


def plural_people(tok: Token) -> bool:
    """Is ``tok`` the head of a phrase for several people: a plural noun for people or a
    people ("voters", "Democrats", "Latinos"), or a count of them ("51 percent of
    respondents", "a majority of her backers")? Never a name of one ("Ana Voss"), things
    ("the numbers"), a body ("the Commission"), or a word that names no one ("others")."""
    if tok.lower_ in _NO_ONE_NAMED:
        return False
    if tok.tag_ in {"NNS", "NNPS"}:
        return people_word(tok)
    if tok.lemma_.lower() in _COUNTS_OF_PEOPLE:
        return any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(
                o.dep_ == "pobj" and o.tag_ in {"NNS", "NNPS"} and people_word(o)
                for o in c.children
            )
            for c in tok.children
        )
    return False


def binding_subject(pron: Token, is_person: Callable[[Token], bool]) -> Token | None:
    """The person a he/she/his/her inside someone's clause stands for: the grammatical
    subject of the nearest clause above it that has one ("Voss said she would go": Voss;
    "Marr offered support, stressing in his remarks that ...": Marr; "the envoy was given a
    chance to explain his remarks": the envoy), or the object of an object-control verb
    ("urged Marr to drop his claim": Marr). A they/their is bound the same way to a subject
    for several people (:func:`plural_people`: "Belvanian officials said they would ...",
    "forced the senators to reconsider their opposition"), never to one person, things, a
    body or parties joined by "and"; ``is_person`` is then not asked.

    None when nothing binds it, or the binding is in doubt: the pronoun is the subject of its
    own clause with nothing above it ("He said ...") or sits inside the subject ("His claim
    drew jeers"); the clause is parenthetical ("Loyalty, he noted, is ..."); the subject is
    not one person ("Clinton and other Democrats", "the aides") or not a person at all; the
    clause names another person of the pronoun's gender between its subject and the pronoun
    ("Cameron criticised Trump over his call", "a judge would be biased against him because
    he ..."). A subject that is itself a pronoun is returned too (the caller resolves it)."""
    low = pron.lower_
    if low in _BOUND_PLURAL:
        want, is_person = "plural", plural_people
    elif low not in _BOUND_GENDER or (low == "her" and pron.dep_ != "poss"):
        return None
    else:
        want = _BOUND_GENDER[low]
    came, tok = pron, pron.head
    while came.i != tok.i:
        if tok.pos_ in {"VERB", "AUX"}:
            if came.dep_ == "parataxis":
                return None
            asked = _asked_about(tok, came, want, is_person)
            if asked is not None:
                return asked
            if came.dep_ == "xcomp":
                ctrl = next(
                    (
                        c
                        for c in tok.children
                        if c.dep_ in {"dobj", "dative"} and c.i < came.i and is_person(c)
                    ),
                    None,
                )
                if ctrl is not None:
                    return ctrl
            # (the pronoun is this clause's subject: a second one is the parser's, "A
            # Libertarian, he backed ...", a description set before it, binding nothing)
            own = came.i == pron.i and pron.dep_ in {"nsubj", "nsubjpass"}
            subj = (
                None
                if own
                else next(
                    (
                        c
                        for c in tok.children
                        if c.dep_ in {"nsubj", "nsubjpass"} and has_alnum(c.text)
                    ),
                    None,
                )
            )
            if subj is not None and subj.i != pron.i:
                if subj.left_edge.i <= pron.i <= subj.right_edge.i:
                    return None
                if came.dep_ == "ccomp" and came.right_edge.i < subj.i:
                    # a clause set before a verb whose subject follows it: "She will resign,
                    # Voss said" (or "she issued a plan: President Orlin later adopted it",
                    # parsed so) is no "Voss said she ..."
                    return None
                if subj.lower_ in _RELATIVE:
                    subj = _antecedent(subj, tok)
                    if subj is None:
                        return None
                # (not one named in a clause set off between them: "Marr, alleging that
                # Dalen ..., said he would ...": Marr)
                aside = [
                    (c.left_edge.i, c.right_edge.i)
                    for c in tok.children
                    if c.dep_ == "advcl" and subj.i < c.i < pron.i
                ]
                # (and a subject after the pronoun, not over one named before it: "From
                # Trump's effusion to his call for a deportation force, Will described ...")
                between = pron.doc[
                    subj.right_edge.i + 1 if subj.i < pron.i else tok.left_edge.i : pron.i
                ]
                if any(
                    PERSON_PRONOUN_GENDER.get(t.lower_) == want
                    or (want == "plural" and t.lower_ in _PLURAL_OBJECTS)
                    or ((t.pos_ == "PROPN" or want == "plural") and is_person(t))
                    for t in between
                    if tok.left_edge.i <= t.i <= tok.right_edge.i
                    and not any(lo <= t.i <= hi for lo, hi in aside)
                ):
                    return None  # another person (or other people) in the clause could be meant
                if want == "plural" and subj.pos_ == "PRON":
                    return subj if subj.lower_ == "they" else None
                if subj.lower_ in _BOUND_GENDER and subj.dep_ != "poss":
                    return subj if _BOUND_GENDER[subj.lower_] == want else None
                if any(c.dep_ == "conj" for c in subj.children):
                    # "Clinton and other Democrats": not one person; and for a "they", parties
                    # a record names one by one, not as one speaker
                    return None
                return subj if is_person(subj) else None
        came, tok = tok, tok.head
    return None


def _asked_about(
    verb: Token, came: Token, want: str, is_person: Callable[[Token], bool]
) -> Token | None:
    """The person asked, when the pronoun is in what ``verb`` (ask, question, press) asked
    them about ("Hewitt asked Trump about statements he had made", "asking Rubio why he
    decided to attack"): the one a he/she there stands for, not the asker. Only a named
    person whose name does not say another gender, set before the question."""
    if (
        verb.lemma_.lower() not in QUESTIONING_VERBS
        or want == "plural"
        or came.dep_ not in {"prep", "ccomp", "advcl"}
    ):
        return None
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    if obj is None or obj.i > came.i or obj.pos_ != "PROPN" or not is_person(obj):
        return None
    return obj if gender_of(obj.text) in {want, None} else None


_NAME_LEFT_DEPS = frozenset({"compound", "flat", "amod", "det", "nummod", "poss", "case"})


def name_span(tok: Token) -> Offsets:
    """The span of the name or description ``tok`` heads, without appositions or clauses
    ("Mr. Putin, Mr. Trump" gives "Mr. Trump"): the run of its modifiers just before it. A
    description with a name in apposition gives the name ("Nevada's governor, Ida Brin")."""
    doc = tok.doc
    if tok.pos_ != "PROPN":
        tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)
    lo = tok.i
    while lo > 0 and doc[lo - 1].dep_ in _NAME_LEFT_DEPS and tok in doc[lo - 1].ancestors:
        lo -= 1  # "the South Carolina congressman": "South" hangs on "Carolina"
    while lo < tok.i and doc[lo].dep_ == "det":
        lo += 1  # "the longtime senator": the article is not part of the name
    return doc[lo].idx, tok.idx + len(tok.text)


def _opens_sentence(doc: Doc, start: int, end: int) -> bool:
    """Does the name at tokens ``start``..``end`` open its sentence (after a list number at
    most) and the sentence go on after it with words of its own?"""
    sent = doc[start].sent
    if not all(t.like_num or t.is_punct or t.is_space for t in doc[sent.start : start]):
        return False
    return any(t.is_alpha for t in doc[end : sent.end])


def _agent_noun(tok: Token) -> bool:
    """A singular common noun for someone who does something ("shooter", "sociologist")."""
    return tok.tag_ == "NN" and tok.lower_.endswith(("er", "or", "ist", "ian"))


def _without_owner_mark(text: str, lo: int, hi: int) -> Offsets:
    """The span ``lo``..``hi`` of a name without its owner's ending ("Bill Clinton's" ->
    "Bill Clinton")."""
    mark = _OWNED.search(text, lo, hi)
    return lo, mark.start() if mark else hi


def _presented(name: Token) -> bool:
    """Is ``name`` what a command with no subject of its own, its sentence's root, points the
    reader to, a sentence that ends with the name ("Just look at Paul Ryan.", "Take Ana
    Voss.", "Consider Voss.")?"""
    verb = name.head.head if name.dep_ == "pobj" else name.head
    if verb.dep_ != "ROOT" or verb.tag_ != "VB":
        return False
    doc = name.doc
    # (the root's words are its sentence's: no Span built for it)
    return (
        all(t.is_punct for t in doc[name.right_edge.i + 1 : verb.right_edge.i + 1])
        and not any(c.dep_ in _NOMINAL_SUBJECTS or c.dep_ == "aux" for c in verb.children)
        and all(doc[k].pos_ == "ADV" for k in range(verb.left_edge.i, verb.i))
    )


def _in_question_put(verb: Token) -> bool:
    """Is ``verb`` in what a participle of asking, set before its sentence's main clause
    and with no subject of its own, says the main clause's subject was asked ("Asked about
    her vote in the event that Voss runs against Marr, she replied ...")? The one asked is
    that subject, so a person named inside the question is no one a pronoun of the main
    clause stands for."""
    for up in verb.ancestors:
        if (
            up.tag_ == "VBN"
            and up.lemma_.lower() in QUESTIONING_VERBS
            and up.dep_ == "advcl"
            and up.i < up.head.i
            and not any(c.dep_ in _NOMINAL_SUBJECTS for c in up.children)
        ):
            return True
    return False


# nouns whose "that" clause is what someone holds or puts about, not a turn of the narrative
# (not "the possibility that Clinton might nominate him", nor a tweet's words)
_CLAIM_NOUNS = frozenset(
    "suggestion claim assertion allegation accusation charge rumor rumour insinuation "
    "notion speculation theory belief idea".split()
)


def _says_a_nouns_content(verb: Token) -> bool:
    """Is ``verb`` the head of a "that" clause a noun of claiming governs ("the suggestion
    that Obama was the founder", "the claim that Voss had lied")?"""
    return (
        verb.dep_ == "acl"
        and verb.head.lemma_.lower() in _CLAIM_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )


def _clause_verb(subject: Token) -> Token:
    """The verb whose subject ``subject`` is, or is in apposition to."""
    head = subject.head
    return head.head if subject.dep_ == "appos" else head


_POSSESSIVE_ENDS = frozenset({"'s", "’s", "'", "’"})


def _not_a_persons_name(table: TokenTable) -> set[str]:
    """The last words of entities the article labels something other than a person at
    least as often as a person, and never gives with a first name: "Ostrava" tagged a person
    once among its labels of a body, where "Sanders" of "Bernie Sanders" stays a name however
    often "the Sanders campaign" is labelled a body."""
    votes: dict[str, int] = {}
    full: set[str] = set()
    texts = table.text
    for start, end, label, _, _, _ in table.ents:
        if end - start > 1 and texts[end - 1] in _POSSESSIVE_ENDS:
            end -= 1  # "Donald Trump's"
        word = texts[end - 1]
        if label == "PERSON":
            votes[word] = votes.get(word, 0) + 1
            if end - start > 1 and all(t[:1].isupper() for t in texts[start:end]):
                full.add(word)
        else:
            votes[word] = votes.get(word, 0) - 1
    return {w for w, v in votes.items() if v <= 0 and w not in full}


class PronounResolver:
    """Resolve pronoun speakers to the nearest compatible named speaker before them.

    Prefers earlier attributions' speakers (people who are speaking in this stretch of
    the article), then person names in the preceding text.
    """

    def __init__(
        self,
        doc: Doc,
        person_like: Callable[[Token], bool],
        narrative: Callable[[int], bool] | None = None,
        known: KnownNames | None = None,
    ):
        self.doc = doc
        known = known or KnownNames()
        self.person_like = person_like
        self.speakers: list[tuple[int, Offsets, bool]] = []  # (position, span, plural)
        # singular person speakers: position, span, gender, and the statement's reach
        self.persons: list[tuple[int, Offsets, str | None, Offsets | None]] = []
        self._plural_persons: set[int] = set()  # the positions of persons who are several
        self.surnames = self._surname_genders(doc)
        self._known_surnames = known.surnames
        # Entities and tokens are read from the document's token table: a Span or Token
        # object is built only for the few that pass the cheap tests.
        table = token_table(doc)
        dep, pos, ent_type = table.dep, table.pos, table.ent_type
        # (a state's name the tagger called a person is none: "Valmora has signed a pact")
        text = doc_text(doc)
        persons = [
            e
            for e in table.ents
            if e[2] == "PERSON"
            and (not known.places or text[e[3] : e[4]].lower() not in known.places)
            # (a name has a word longer than an initial: not "it's O.K.")
            and any(len(w) > 1 for w in text[e[3] : e[4]].replace(".", " ").split())
        ]
        # he/she fall back on people only: never an organisation or a place ("He" is not
        # "the Commission" or "Chicago" however near they are).
        self._names = [
            (lo, (lo, hi))
            for start, end, _, lo, hi, root in persons
            if self._any_person_like(start, end)
            and not is_people_group(doc[root])
            and not _demonym_before_an_office(doc, start, end)
        ]
        self._name_starts = [n for n, _ in self._names]
        # People named as the subject of a clause in the narrative (outside quotations):
        # "Trump has continued to needle his detractors. He ..." - the chain a reader
        # follows, nearer than an earlier speaker of the article.
        self.person_words, self._surnames = article_person_words(doc)
        texts = table.text
        not_names = _not_a_persons_name(table)
        subjects = {
            lo: (lo, hi)
            for start, end, _, lo, hi, root in persons
            if (
                dep[root] in {"nsubj", "nsubjpass"}
                # "The Herald's editor, Paul Rask, defended ...", "The alleged shooter, Ivo
                # Dansk, is to appear in court": the name in apposition to a person's noun
                or (
                    dep[root] == "appos"
                    and dep[table.head[root]] in {"nsubj", "nsubjpass"}
                    and (
                        is_person_head(doc[table.head[root]])
                        # (a noun for a doer, of the main clause only: "watching a populist,
                        # Ivo Dansk, clash with ..." is no subject the text goes on about)
                        or (
                            _agent_noun(doc[table.head[root]])
                            and _main_clause(doc[table.head[root]])
                        )
                    )
                )
                # a name that opens its sentence, which the parser made the sentence's root
                # ("Trump, when asked about errors, often steam-rolls through the questions":
                # read as a name and its apposition); not a name alone, the signature under a
                # reader's letter
                or (dep[root] == "ROOT" and _opens_sentence(doc, start, end))
                # the person a command presents ("Just look at House Speaker Paul Ryan. He
                # has said ..."): the one the text goes on about
                or (dep[root] in {"pobj", "dobj"} and _presented(doc[root]))
            )
            and pos[root] == "PROPN"
            and not is_people_group(doc[root])
            # (a name the article labels otherwise at least as often, and never gives with
            # a first name: "Ostrava would not accept ..., he said", the one mention of a
            # state the tagger called a person)
            and texts[end - 1] not in not_names
            and (narrative is None or narrative(lo))
            # ("Asked whether Orlin planned to ..., she replied": the question's subject;
            # "Asked about her vote in the event that Voss runs, she replied")
            and not asked_whether(_clause_verb(doc[root]))
            and not _in_question_put(_clause_verb(doc[root]))
            # ("Trump's remarks, which included the suggestion that Obama was the founder":
            # what a suggestion, a claim or a report says, not whom the narrative follows)
            and not _says_a_nouns_content(_clause_verb(doc[root]))
        }
        # "Mr. Trump's temperament came under scrutiny: he was challenged ...": the owner of
        # a main clause's subject that is no person, whom the sentence is about (a weaker lead
        # than a subject: see _last_subject)
        self._owners_of_subjects: set[int] = set()
        for _, _, _, lo, hi, root in persons:
            if (
                dep[root] != "poss"
                or pos[root] != "PROPN"
                or (narrative is not None and not narrative(lo))
            ):
                continue
            owner = self._owner_of_subject(doc[root], table)
            plain = not any(c in text[lo:hi] for c in "-–—,;(/")  # (not "Ann Roe - Lee's")
            if owner is not None and plain and lo not in subjects:
                subjects[lo] = _without_owner_mark(text, lo, hi)
                self._owners_of_subjects.add(lo)
        # the nominal subjects, read off the table's positions of the labels (a Python step
        # for each of the document's words cost more than the tests on the few that pass)
        for i in table.positions_of("dep", _NOMINAL_SUBJECTS):
            # the same people where the tagger mislabelled this one mention of the name
            # (the tests on the table's columns first: they leave few tokens)
            if pos[i] == "PROPN" and ent_type[i] == "PERSON":
                continue
            if pos[i] == "NOUN":
                # "Dulas's wife, Marta, broke down in tears": a person described, her name in
                # apposition however the tagger labelled it (a place, here)
                named = _named_in_apposition(doc[i], table)
                if named is not None:
                    if narrative is None or narrative(named.idx):
                        subjects[named.idx] = name_span(named)
                    continue
                # "Trump's attempt to stay calm did not last": the owner of a subject that is
                # no person, a name the article gives a person however the tagger read it here
                owner = self._named_owner_of(i, table, known)
                if owner is not None and (narrative is None or narrative(owner.idx)):
                    lo, hi = name_span(owner)
                    if lo not in subjects:
                        subjects[lo] = _without_owner_mark(text, lo, hi)
                        self._owners_of_subjects.add(lo)
            tok = None
            # ("Tal declared victory. ... he told supporters": a surname of someone the
            # knowledge base lists, which the tagger left unlabelled or called a place)
            surname = pos[i] == "PROPN" and texts[i].lower() in known.surnames
            if (
                not surname
                and texts[i] not in self.person_words
                and (pos[i] != "PROPN" or ent_type[i])
            ):
                tok = doc[i] if pos[i] == "PROPN" else None
                if tok is None or not (_titled_as_a_person(tok) or _described_as_a_person(tok)):
                    continue
            tok = tok or doc[i]
            if (
                _main_clause(tok)
                and (
                    self.names_person(tok)
                    or _described_as_a_person(tok)
                    or _titled_as_a_person(tok)
                    or surname
                )
                and (narrative is None or narrative(tok.idx))
            ):
                lo = tok
                while (
                    lo.i > 0
                    and (prev := doc[lo.i - 1]).head.i == tok.i
                    and prev.dep_ == "compound"
                    and prev.text[:1].isupper()
                ):
                    lo = prev
                subjects[lo.idx] = (lo.idx, tok.idx + len(tok.text))
        self._subjects = sorted(subjects.items())
        self._subject_starts = [n for n, _ in self._subjects]
        # plural subjects of the narrative's main clauses ("Bush campaign officials looked
        # into it. They ..."): nearer than an earlier plural speaker, what a "they" stands for
        plurals = []
        tags = table.tag
        for i in table.positions_of("dep", _NOMINAL_SUBJECTS):
            # (the tests on the table's columns first: a Token only for the few that pass)
            if pos[i] not in {"NOUN", "PROPN"} or not (
                tags[i] in {"NNS", "NNPS"} or any(dep[c] == "conj" for c in table.children(i))
            ):
                continue
            tok = doc[i]
            if _main_clause(tok) and (narrative is None or narrative(tok.idx)):
                end = max(
                    [tok.idx + len(tok.text)]
                    + [
                        c.right_edge.idx + len(c.right_edge.text)
                        for c in tok.children
                        if c.dep_ in {"conj", "compound", "amod"} and c.i > tok.i
                    ]
                )
                people = pos[i] == "PROPN" or people_word(tok)
                # (several people in one phrase, "Sanders supporters", not parties named one
                # by one)
                lone = end == tok.idx + len(tok.text) and plural_people(tok)
                plurals.append((tok.left_edge.idx, (tok.left_edge.idx, end), people, lone))
        self._plurals = plurals
        self._plural_starts = [n for n, _, _, _ in plurals]

    def _named_owner_of(self, i: int, table: TokenTable, known: KnownNames) -> Token | None:
        """The person named as the owner of the common noun subject at ``i`` ("Trump's
        attempt"), when the tagger did not call the name a person's here but the article (or
        the knowledge base) gives it to one; None for a subject that is a person itself ("his
        wife") or has no such owner."""
        owner = next((c for c in table.children(i) if table.dep[c] == "poss"), None)
        if owner is None or table.ent_type[owner] == "PERSON":
            return None  # (a name tagged a person's: among the entities already)
        word = table.text[owner]
        if not word[:1].isupper() or (
            word not in self.person_words and word.lower() not in self._known_surnames
        ):
            return None
        return self._owner_of_subject(self.doc[owner], table)

    @staticmethod
    def _owner_of_subject(owner: Token, table: TokenTable) -> Token | None:
        """``owner`` when it owns the subject of its sentence's main clause and that subject
        is no person ("Trump's attempt", "Mr. Sanders's campaign"; not "Bloomberg's
        pollster, Douglas Schoen," or "his wife"), else None."""
        head = owner.head
        if (
            table.dep[head.i] not in _NOMINAL_SUBJECTS
            or table.pos[head.i] != "NOUN"
            or people_word(head)
            or is_person_head(head)
            # (a person named or described in apposition: "Bloomberg's pollster, Douglas
            # Schoen," is a person after all; "Trump's temperament, a subject of anxiety," not)
            or any(
                table.dep[c] == "appos"
                and (table.pos[c] == "PROPN" or is_person_head(owner.doc[c]))
                for c in table.children(head.i)
            )
            or not _main_clause(head)
        ):
            return None
        return owner

    def _named(self, span: Offsets) -> bool:
        """Is the mention ``span`` a name ("Trump", "Simmons, an Obama supporter"), not a
        description ("a campaign aide", "a senior White House official")?"""
        phrase = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        return phrase is not None and phrase.root.pos_ == "PROPN"

    def _any_person_like(self, start: int, end: int) -> bool:
        """Is one of the tokens ``start`` to ``end`` person-like? (A loop: any() over a
        generator that stops early costs an exception to close it.)"""
        doc, person_like = self.doc, self.person_like
        for k in range(start, end):
            if person_like(doc[k]):
                return True
        return False

    def names_person(self, tok: Token) -> bool:
        """``tok`` is a name the article uses for a person, however the tagger labelled
        this mention ("Trump said ..." tagged an organisation or a common noun)."""
        return (
            tok.text in self.person_words
            and tok.pos_ in {"PROPN", "NOUN"}
            and tok.dep_ not in _NAME_MODIFIER_DEPS
            # tagged plural: a surname the article gives with a first name ("Sanders"),
            # not a word a headline capitalises ("Trump's Supporters Say ...")
            and (tok.tag_ not in {"NNS", "NNPS"} or tok.text in self._surnames)
        )

    @staticmethod
    def _surname_genders(doc: Doc) -> dict[str, str]:
        """Surnames the article itself genders: "Mr. Sanders", "Jane Sanders", "spokeswoman
        Marta Ruskaya" (unless two of them give one surname both)."""
        out: dict[str, str] = {}
        clash: set[str] = set()
        table = token_table(doc)
        texts = table.text
        text = doc_text(doc)
        nouns = _gender_data()["nouns"]
        for start, end, label, lo, hi, _ in table.ents:
            if label != "PERSON" or end - start < 1:
                continue
            prev = texts[start - 1] if start > 0 else ""
            name = text[lo:hi]  # the entity's text
            lowered = prev.rstrip(".").lower()
            # ("Marcel Lehel Lazar": the tagger's name began a word late)
            given = prev[:1].isupper() and is_given_name(lowered)
            titled = lowered in {"mr", "mrs", "ms", "miss"}
            if not (titled or given) and _word_gender(name.split()[-1]) is not None:
                continue  # a surname, not a title: "King said ..." (Ida King)
            g = gender_of(f"{prev} {name}" if titled or given else name)
            if g is None and lowered in nouns["female"]:
                # a marked noun before a name no given name genders: "spokeswoman" is said
                # only of women, "spokesman" of women too ("Trump spokesman Hope Hicks")
                g = "female"
            if g and len(name.split()) >= 1:
                key = name.split()[-1].strip(".,'’").lower()
                if out.get(key, g) != g:
                    clash.add(key)
                out[key] = g
        return {k: v for k, v in out.items() if k not in clash}

    def add_speaker(
        self,
        pos: int,
        span: Offsets,
        plural: bool = False,
        person: bool = False,
        content: Offsets | None = None,
        gender: str | None = None,
    ) -> None:
        """A speaker at ``pos`` (its mention's position), named by ``span``; ``content``
        is where the statement's words run, first to last; ``gender`` what the mention
        itself says (a "he" that stands for the name), else read off the name."""
        self.speakers.append((pos, span, plural))
        if person and plural:
            self._plural_persons.add(pos)  # ("aides say Ivanka Trump advises ...")
        if person:
            if gender is None:
                gender = gender_of(doc_text(self.doc)[span[0] : span[1]], self.surnames)
            self.persons.append((pos, span, gender, content))

    def _last_subject(self, pos: int, want: str | None, window: int) -> tuple[int, Offsets] | None:
        """The nearest person subject of the narrative before ``pos`` that a pronoun of
        gender ``want`` agrees with (a name with no gender evidence agrees with both)."""
        text = doc_text(self.doc)
        i = bisect_left(self._subject_starts, pos) - 1
        while i >= 0 and pos - self._subjects[i][0] <= window:
            start, (lo, hi) = self._subjects[i]
            if hi <= pos:
                gender = gender_of(text[lo:hi], self.surnames)
                if (want is None or gender is None or gender == want) and not (
                    start in self._owners_of_subjects and self._named_between(hi, pos, want)
                ):
                    return start, (lo, hi)
            i -= 1
        return None

    def _named_between(self, lo: int, hi: int, want: str | None) -> bool:
        """Is a person the pronoun may stand for named between the characters ``lo`` and
        ``hi`` ("Rubio's campaign portrays Cruz as a politician who says whatever suits him
        when he says it": an owner of a subject before it is no lead to follow past Cruz)?"""
        text = doc_text(self.doc)
        k = bisect_left(self._name_starts, lo)
        while k < len(self._names) and self._names[k][0] < hi:
            a, b = self._names[k][1]
            gender = gender_of(text[a:b], self.surnames)
            if want is None or gender is None or gender == want:
                return True
            k += 1
        return False

    def resolve(self, pronoun: str, pos: int, window: int = 2500) -> Offsets | None:
        p = pronoun.lower()
        plural = p in PRONOUNS_PLURAL
        best: tuple[int, Offsets] | None = None
        if plural:
            for spos, span, splural in reversed(self.speakers):
                if spos >= pos:
                    continue
                if pos - spos > window:
                    break
                if splural:
                    best = (spos, span)
                    break
            k = bisect_left(self._plural_starts, pos) - 1
            if k >= 0 and pos - self._plurals[k][0] <= window:
                start, span, people, lone = self._plurals[k]
                # (over an earlier speaker; alone, a plural subject is too weak a lead further
                # back than the sentence before, "The two squabbled ... They traded charges" is
                # no "Democrats" named before; one that names things, "the numbers ... they
                # showed", leaves "they" open)
                if span[1] <= pos and best is not None and start > best[0]:
                    best = (start, span) if people else None
                elif (
                    span[1] <= pos
                    and best is None
                    and (lone or people)
                    and self._next_to(start, pos)
                ):
                    # "Sanders supporters are crying fraud. They have promised ...", "Rubio
                    # and Cruz ... They were especially hard on him" (not a "they" set in a
                    # sentence as its source, "Within marriages, they said, women ...": more
                    # often those the writer asked)
                    best = None if self._aside(pos) else (start, span)
            if best is not None and self._things_govern(pos):
                best = None
        else:
            want = PRONOUN_GENDER.get(p)
            # the chosen speaker's statements: those made with the same mention ("Ida Brin,
            # who said Marr lied, recounted the talks": both hers)
            reaches: list[Offsets] = []
            known = False  # whether that speaker's gender is known
            for spos, span, gender, content in reversed(self.persons):
                if spos >= pos:
                    continue
                if pos - spos > window:
                    break
                if best is not None:
                    if span != best[1]:
                        break
                    if content is not None:
                        reaches.append(content)
                    continue
                if pos - span[0] > window:
                    continue  # a pronoun that stood for a name far back does not renew it
                if gender is None:  # the article may have gendered the name since
                    gender = gender_of(doc_text(self.doc)[span[0] : span[1]], self.surnames)
                if (want is None or gender is None or gender == want) and not self._nested(
                    spos, want
                ):
                    best, known = (spos, span), gender is not None
                    if content is not None:
                        reaches.append(content)
            subject = self._last_subject(pos, want, window)
            if (
                subject is not None
                and (best is None or subject[0] > best[0])
                # "he believes McConnell is right. “...,” he said": a name inside the
                # statement of a named or gendered speaker is what the speaker spoke of,
                # not who speaks next (but "an aide said Clinton misspoke ... her claim":
                # an ungendered description is weaker evidence than the name it reports)
                and not (
                    any(lo <= subject[0] < hi for lo, hi in reaches)
                    and best is not None
                    and (known or self._named(best[1]))
                )
            ):
                best = subject
        if best is None and not plural:
            # the nearest name before pos that the pronoun agrees with, within the window
            # (names are in text order; "she" never falls back on "Bernie Sanders")
            want = PRONOUN_GENDER.get(p)
            text = doc_text(self.doc)
            i = bisect_left(self._name_starts, pos) - 1
            while i >= 0 and pos - self._names[i][0] <= window:
                lo, hi = self._names[i][1]
                gender = gender_of(text[lo:hi], self.surnames)
                if want is None or gender is None or gender == want:
                    best = self._names[i]
                    break
                i -= 1
        if best is not None and not plural:
            self.learn_gender(best[1], p)
        return best[1] if best else None

    def _aside(self, pos: int) -> bool:
        """Is the word at ``pos`` the subject of a clause set in a sentence as an aside ("...,
        they said, ...")?"""
        at = token_table(self.doc).char_tokens(pos, pos + 1)
        return at is not None and self.doc[at[0]].head.dep_ == "parataxis"

    def _next_to(self, lo: int, pos: int) -> bool:
        """Is the character ``lo`` in the sentence of ``pos`` or in the one before it?"""
        table = token_table(self.doc)
        at, to = table.char_tokens(lo, lo + 1), table.char_tokens(pos, pos + 1)
        if at is None or to is None:
            return False
        first, sent = self.doc[at[0]].sent.start, self.doc[to[0]].sent.start
        return first == sent or (sent > 0 and self.doc[sent - 1].sent.start == first)

    def _things_govern(self, pos: int) -> bool:
        """Is the "they" at ``pos`` in a clause that hangs on one whose nearest plural
        argument names things, with no people named before it in the sentence ("Romney
        released his returns, even though they exposed his accounts"): that is what it
        stands for, not a plural speaker of an earlier sentence."""
        doc = self.doc
        at = token_table(doc).char_tokens(pos, pos + 1)
        if at is None:
            return False
        tok = doc[at[0]]
        within = {a.i for a in tok.ancestors}  # (a phrase the pronoun is part of: not it)
        nearest = None
        for t in doc[tok.sent.start : tok.i]:
            plural = t.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in t.children)
            if t.lower_ in PRONOUNS_PLURAL or (
                plural
                and (
                    t.pos_ == "PROPN"
                    or people_word(t)
                    or self.person_like(t)
                    or t.lemma_.lower() in _ACTING_BODIES
                )
            ):
                return False  # people a "they" may stand for ("whom they named")
            if (
                plural
                and t.dep_ in _PLURAL_ANTECEDENT_DEPS
                and t.head.i in within
                and t.i not in within
            ):
                nearest = t
        return nearest is not None and nearest.pos_ == "NOUN"

    def _nested(self, spos: int, want: str | None) -> bool:
        """Is the speaker mentioned at ``spos`` one an earlier speaker the pronoun is known
        to agree with reported ("Orlin said his security chief, Marran, had told him ... .
        The Council, he argued, ..."): the one reported on is not who speaks next; the
        reporter is."""
        text = doc_text(self.doc)
        for opos, span, gender, content in self.persons:
            if opos >= spos:
                break
            if content is None or not content[0] <= spos < content[1]:
                continue
            if opos in self._plural_persons:
                continue  # "aides say Ivanka Trump also advises ...": no he or she reports
            if gender is None:
                gender = gender_of(text[span[0] : span[1]], self.surnames)
            # (known to agree: "Karel Dansk said Lena Hartwig had told him ... ' ...,' she
            # said" is still hers when the article never says whether Dansk is a he)
            if gender is not None and gender == want:
                return True
        return False

    def sole_owner(self, owner: Token) -> Offsets | None:
        """The one person a possessive "his" or "her" speaker (``owner``: "his call for
        talks", "her argument that ...") can stand for: the only person named before it in
        its sentence, or, when the sentence names none the pronoun agrees with, in the
        sentence before ("Marr's decision ... . His call to close the border ..."). None when
        two people could own it ("Voss criticised Marr over his plan", "Voss has broken more
        rules than Marr did, from his ..."), or none: a possessive is not read, like a
        subject "he", as the last speaker, who is often not the one the sentence is about."""
        want = _BOUND_GENDER.get(owner.lower_)
        if want is None:
            return None
        sent = owner.sent
        found, doubt = self._owners(sent.start_char, owner.idx, want)
        if not found and not doubt and sent.start > 0:
            before = self.doc[sent.start - 1].sent
            found, doubt = self._owners(before.start_char, before.end_char, want)
        if not found and not doubt:
            # neither sentence names anyone ("She played little role in the bill. And her
            # bill to curb ..."): the chain a subject "she" would follow
            return self.resolve(OWNER_PRONOUNS[owner.lower_], owner.idx)
        return next(iter(found.values())) if len(found) == 1 and not doubt else None

    def _owners(self, lo: int, hi: int, want: str) -> tuple[dict[str, Offsets], bool]:
        """The people named between ``lo`` and ``hi`` a pronoun of gender ``want`` agrees
        with (a name the article does not gender agrees with both), by surname: "Donald
        Trump ... Mr. Trump's" is one; and whether a name there that is not known to be a
        person's could be the owner too (a subject or an owner the tagger called a body's).
        Names the tagger did not label a person count when the article or the knowledge base
        gives one, or a description in apposition says so ("the Philippines' president,
        Rodrigo Duterte", tagged an organisation)."""
        text = doc_text(self.doc)
        spans: list[Offsets] = []
        i = bisect_left(self._name_starts, lo)
        while i < len(self._names) and self._names[i][0] < hi:
            spans.append(self._names[i][1])
            i += 1
        doubt = False
        toks = token_table(self.doc).char_tokens(lo, hi)
        for k in range(*toks) if toks is not None else ():
            tok = self.doc[k]
            if (
                tok.pos_ not in {"PROPN", "NOUN"}
                or not tok.text[:1].isupper()
                # (a first name is read with its surname, the head)
                or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN")
                or any(a <= tok.idx < b for a, b in spans)
            ):
                continue
            if (
                tok.text in self.person_words
                # (a surname the knowledge base lists, as the tagger read it: "As Trump has
                # become ...", tagged a body's; not a place of that name, "at Austin's
                # festival")
                or (
                    tok.text.lower() in self._known_surnames
                    and (
                        tok.ent_type_ in {"", "PERSON"}
                        or (tok.ent_type_ == "ORG" and tok.dep_ in _OWNER_DEPS)
                    )
                )
                or (tok.pos_ == "PROPN" and tok.dep_ == "appos" and is_person_head(tok.head))
                or _described_as_a_person(tok)
                or _titled_as_a_person(tok)
            ):
                spans.append(name_span(tok))  # (an owner, "Trump's call", all the same)
            elif (
                tok.pos_ == "PROPN"
                and tok.dep_ in _OWNER_DEPS
                and tok.ent_type_ in {"", "PERSON", "ORG"}
            ):
                doubt = True
        found: dict[str, Offsets] = {}
        for a, b in spans:
            if b > hi:
                continue
            name = _OWNED.sub("", text[a:b])  # "Richard Nixon's" is Richard Nixon
            words = name.split()
            if not words:
                continue
            gender = gender_of(name, self.surnames)
            if gender is None or gender == want:
                found.setdefault(words[-1].strip(".,'’").lower(), (a, a + len(name)))
        return found, doubt

    def learn_gender(self, span: Offsets, pronoun: str) -> None:
        """A name the article has just called "she" is a woman's for the rest of it (and
        "he" a man's): a later "he" does not fall back on "Louise Sunshine"."""
        want = PRONOUN_GENDER.get(pronoun)
        words = doc_text(self.doc)[span[0] : span[1]].split()
        if want is None or not words:
            return
        if gender_of(" ".join(words), self.surnames) is None:
            self.surnames[words[-1].strip(".,'’").lower()] = want
