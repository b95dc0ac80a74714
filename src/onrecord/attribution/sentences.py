"""Sentence ranges that respect quotations.

spaCy's small model splits sentences inside and around quotations unreliably, and the
attribution rules care about exactly those places, so onrecord draws its own
boundaries: inside a paragraph, after ``.``, ``?`` or ``!`` (plus any closing marks),
before white space and a capital, an opening mark or a digit, but never inside a quoted
segment and never after a known abbreviation or an initial.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from onrecord.attribution.lexicon import inflections, load_cues
from onrecord.attribution.marks import Segment, paragraphs
from onrecord.nlp import TITLE_ABBREVIATIONS

_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "st",
    "jr",
    "sr",
    "prof",
    "sgt",
    "capt",
    "adm",
    "maj",
    "cmdr",
    "pres",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "inc",
    "co",
    "corp",
    "ltd",
    "vs",
    "etc",
    "no",
    "mt",
    "ft",
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "d.c",
    "p.m",
    "a.m",
    "ph.d",
    "rev",
    "hon",
    "amb",
    "messrs",
}
# and every abbreviated title the tokenizer keeps whole ("Sens.", "Amb.", "Lt."), written
# as a title is: "the network RT." ends its sentence
_TITLES = frozenset(word[:-1] for word in TITLE_ABBREVIATIONS)
# ("[.!?][.!?]*" rather than "[.!?]+": a pattern opening with a set of characters lets the
# regular expression engine skip to the next of them, instead of trying a match at every
# character of the paragraph)
_BOUNDARY = re.compile(r"[.!?][.!?]*[”\"»’']*(?=\s+[“\"«‘'(\[A-Z0-9])")
# A question or exclamation closing a quotation is not a boundary when a short
# attribution follows: "“Why?” Trump asked." / "''Why?'' asked Mrs. Clinton." The verb is
# any inflected speech cue of the lexicon, and it must end the attribution (a full stop or
# comma after it, perhaps after a short time or place phrase), so "“Why?” The minister said
# the talks..." still starts a new sentence.
_CLOSERS = "”\"»'’"


@lru_cache(maxsize=1)
def _short_cue_after() -> re.Pattern[str]:
    verbs = sorted(inflections(load_cues().speech), key=len, reverse=True)
    verb = "(?:" + "|".join(re.escape(v) for v in verbs) + ")"
    word = r"[\w.'’-]+"
    name = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*"
    days = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    lead = rf"(?:on|in|at|during|to|before|after|later|then|again|last|this|yesterday|today|tonight|of|about|as|while|when|with|from|{days})"
    tail = rf"(?:\s+{lead}\b[^.!?\n“\"]{{0,60}})?\s*[.,;:]"
    return re.compile(rf"\s+(?:(?:{word}\s+){{0,5}}{verb}{tail}|{verb}\s+{name}\s*[.,])")


def sentence_ranges(text: str, segments: list[Segment]) -> list[tuple[int, int]]:
    """Character ranges of sentences, paragraph by paragraph."""
    inside = _inside_index(segments)
    out: list[tuple[int, int]] = []
    for lo, hi in paragraphs(text):
        start = lo
        for m in _BOUNDARY.finditer(text, lo, hi):
            stop = m.end()
            if _in_segment(inside, m.start()) and _in_segment(inside, stop - 1):
                continue
            word = _word_before(text, m.start(), lo)
            if text[m.start()] == "." and (
                word.lower() in _ABBREV or word in _TITLES or (len(word) == 1 and word.isupper())
            ):
                continue
            if (
                text[m.start()] in "?!"
                and text[stop - 1] in _CLOSERS
                and _short_cue_after().match(text, stop, hi)
            ):
                continue
            if stop > start:
                out.append((start, stop))
            start = stop
            while start < hi and text[start].isspace():
                start += 1
        if hi > start:
            out.append((start, hi))
    return out


_STOP = re.compile(r"[.!?](?=\s|$)")


def ends_sentence(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` hold a full stop, question or exclamation mark before white
    space (or at its end) that is not an abbreviation's or an initial's (``Mr. Bush said``)?"""
    for m in _STOP.finditer(text, lo, hi):
        if text[m.start()] == ".":
            word = _word_before(text, m.start(), lo)
            if word.lower() in _ABBREV or (len(word) == 1 and word.isupper()):
                continue
        return True
    return False


def _word_before(text: str, i: int, lo: int) -> str:
    j = i
    while j > lo and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    return text[j:i].rstrip(".")


def _inside_index(segments: list[Segment]) -> tuple[list[int], list[int]]:
    starts = [s.start for s in segments]
    ends = [s.end for s in segments]
    return starts, ends


def _in_segment(index: tuple[list[int], list[int]], pos: int) -> bool:
    starts, ends = index
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


class SentenceIndex:
    """Find the sentence that holds a character position."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = ranges
        self._starts = [s for s, _ in ranges]

    def index_of(self, pos: int) -> int | None:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.ranges[i][1]:
            return i
        return i if i >= 0 else None

    def at(self, pos: int) -> tuple[int, int] | None:
        i = self.index_of(pos)
        return self.ranges[i] if i is not None else None
