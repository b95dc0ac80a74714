"""Find quoted segments by their quotation marks, tolerant of messy text.

Handles curly (“ ”), straight ("), low (`„`) and guillemet (« » and the reversed » «
convention) double marks; single marks only matter inside a double-quoted segment, so
they are left to the content. A paragraph whose quotation is still open at its end
continues into the next paragraph when that one opens with a mark (the multi-paragraph
convention). A quotation never closed runs to the end of its paragraph, or to the next
opening mark, but never over the attribution that follows it: it stops before an
attribution frame in its sentence (``“We will not move, Ana Voss said on Tuesday.``) and at
the end of a sentence followed by one that carries a speech cue (``“We will not move. Voss
told reporters ...``). A stray closing mark is ignored; a ” in an opener's place (a
paragraph's start, after a space) opens, as pages that print every mark as ” have it. Nothing
here raises on odd or unbalanced marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPENERS = "“„«"
CLOSERS = "”»"
AMBIGUOUS = '"'
ALL_MARKS = OPENERS + CLOSERS + AMBIGUOUS
# A doubled apostrophe or backtick first (a typeset double mark), else any one mark. Written
# as alternatives that each open with a character (not "''|``|[...]"), so that the regular
# expression engine skips from one of those characters to the next instead of trying a match
# at every character of the text.
_MARK_RE = re.compile("|".join(["''", "``", *map(re.escape, ALL_MARKS)]))
# Some (German-style) texts close „ with “; treat “ after an open „ as a closer.


@dataclass(slots=True)
class Segment:
    """One stretch of quoted text inside one paragraph.

    ``start``/``end`` bound the content (marks excluded); ``open``/``close`` are the mark
    positions (``close`` is None when the quotation was left open in this paragraph).
    ``continued`` is True when the next segment carries the same quotation on into the
    next paragraph; ``degraded`` when no closing mark was found at all.
    """

    start: int
    end: int
    open: int
    close: int | None
    paragraph: int
    continued: bool = False
    degraded: bool = False
    close_len: int = 1

    @property
    def outer_end(self) -> int:
        return self.close + self.close_len if self.close is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-blank lines of ``text`` (news paragraphs are lines)."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            lead = len(body) - len(body.lstrip())
            out.append((pos + lead, pos + len(body.rstrip())))
        pos += len(line)
    return out


def _is_opening(text: str, i: int, lo: int, hi: int) -> bool | None:
    """Direction of the straight mark at ``i``: True opening, False closing, None unsure."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isspace() or before in "([{—–-/:" or i == lo:
        if not after.isspace():
            return True
    if after.isspace() or after in ".,;:!?)]}—–-" or i + 1 == hi:
        if not before.isspace():
            return False
    return None


# What may stand before a mark that opens: a bracket or dash, or an invisible direction or
# width mark pasted with social-media text (U+202A, U+200E, U+FEFF ...)
_BEFORE_OPENER = (
    "([{—–/\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(position, 'o'|'c'|'?'|...) for the double marks in text[lo:hi].

    Two apostrophes (``''``) and two backticks stand for a double mark in some
    newspapers' typesetting; they are reported at the first character.
    """
    out: list[tuple[int, str]] = []
    # The regular expression jumps from mark to mark: a loop over every character of the
    # article in Python was the attribution stage's largest cost.
    for m in _MARK_RE.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if m.end() - i == 2:
            before = text[i - 1] if i > lo else " "
            after = text[i + 2] if i + 2 < hi else " "
            if ch == "`" or (before.isspace() or before in "([{—–-/:") and not after.isspace():
                out.append((i, "o2"))
            elif after.isspace() or after in ".,;:!?)]}—–-":
                out.append((i, "c2"))
            else:
                out.append((i, "?2"))
            continue
        if ch in "“":
            # “ is a closer after „ (German) and an opener otherwise; decided in the scan.
            # Glued to the end of a sentence or clause and followed by a space, it was typed
            # for a closer ("“It's unusual,“ said Noble."): an opener is glued to its word
            before = text[i - 1] if i > lo else " "
            after = text[i + 1] if i + 1 < hi else " "
            out.append((i, "c" if before in ".,!?;" and after.isspace() else "“"))
        elif ch in "„":
            out.append((i, "o"))
        elif ch == "«":
            out.append((i, "«"))
        elif ch == "»":
            out.append((i, "»"))
        elif ch == "”":
            # in an opener's place ("”Sorry Lena, ...” posted Ria Holm." opening a paragraph,
            # as some pages print every mark) it may open a quotation, as a straight mark does
            before = text[i - 1] if i > lo else " "
            after = text[i + 1] if i + 1 < hi else " "
            opener = (before.isspace() or before in _BEFORE_OPENER or i == lo) and (
                not after.isspace() or text[i + 2 : i + 3] == "…"
            )
            out.append((i, "?" if opener else "c"))
        else:
            d = _is_opening(text, i, lo, hi)
            out.append((i, "?" if d is None else ("o" if d else "c")))
    return out


def find_segments(text: str) -> list[Segment]:
    """All quoted segments of ``text`` in order."""
    paras = paragraphs(text)
    segments: list[Segment] = []
    carry = False  # a quotation left open at the end of the previous paragraph
    for pi, (lo, hi) in enumerate(paras):
        marks = _marks(text, lo, hi)
        open_at: int | None = None
        open_kind = ""
        open_len = 1
        if carry and not (marks and marks[0][0] == lo):
            # The previous paragraph's open quotation does not continue here: degrade it.
            _degrade_last(text, segments)
        carry = False
        skip_to = -1
        for mi, (pos, kind) in enumerate(marks):
            if mi <= skip_to:
                continue
            width = 2 if kind.endswith("2") else 1
            kind = kind.rstrip("2") if width == 2 else kind
            if open_at is None:
                if kind in ("o", "“", "?", "«") or (
                    kind == "»" and _is_guillemet_open(text, pos, lo, hi)
                ):
                    open_at, open_kind, open_len = pos, kind, width
                # stray closers are ignored
            else:
                closes = (
                    kind in ("c", "?")
                    or (kind == "“" and open_kind == "o" and text[open_at] == "„")
                    or (kind == "»" and open_kind == "«")
                    or (kind == "«" and open_kind == "»")
                )
                if closes:
                    if pos > open_at + open_len:
                        segments.append(
                            Segment(open_at + open_len, pos, open_at, pos, pi, close_len=width)
                        )
                    open_at = None
                elif (
                    (
                        kind in ("“", "o")
                        or (
                            kind == open_kind
                            and kind in "«»"
                            and _is_guillemet_open(text, pos, lo, hi)
                        )
                    )
                    and pos > open_at + 1
                    and text[pos - 1].isspace()
                ):
                    if _nested_pair(marks, mi):
                        # “... what he calls “hell” than ...”: a quotation inside the
                        # quotation in the same marks; the outer one stays open
                        skip_to = mi + 1
                        continue
                    # A second opener inside an open quotation: the first was never
                    # closed. End it before this mark (or before its attribution) and
                    # start again here.
                    seg = Segment(open_at + open_len, pos, open_at, None, pi)
                    _close_unbalanced(text, seg)
                    segments.append(seg)
                    open_at, open_kind, open_len = pos, kind, width
        if open_at is not None:
            # Open at the paragraph end: continue (multi-paragraph) or degrade later.
            segments.append(Segment(open_at + open_len, hi, open_at, None, pi))
            carry = True
    if carry:
        _degrade_last(text, segments)
    _link_continuations(text, segments, paras)
    return [s for s in segments if s.end > s.start]


def _nested_pair(marks: list[tuple[int, str]], i: int) -> bool:
    """Whether the opener ``marks[i]``, inside an open quotation, opens a quotation nested in
    it: the next mark closes it and the one after that closes the outer quotation.

    Without the outer closer (“Unclosed ... “New,” he said.) or with an opener after the
    pair, the first quotation was never closed.
    """
    if i + 2 >= len(marks):
        return False
    inner, outer = marks[i + 1][1].rstrip("2"), marks[i + 2][1].rstrip("2")
    return inner in ("c", "?") and outer == "c"


def _is_guillemet_open(text: str, pos: int, lo: int, hi: int) -> bool:
    # The »…« convention (Danish, German typesetting): » opens when a word follows it.
    return pos + 1 < hi and not text[pos + 1].isspace() and (pos == lo or text[pos - 1].isspace())


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _degrade_last(text: str, segments: list[Segment]) -> None:
    """The last segment never closed and does not continue: it ends with its paragraph,
    or before the attribution that follows it."""
    if not segments or segments[-1].close is not None:
        return
    seg = segments[-1]
    if seg.continued:
        return
    _close_unbalanced(text, seg)


# Where an unclosed quotation may stop: after a comma, dash, question or exclamation mark
# inside a sentence, or after a sentence's full stop.
_CLAUSE_END = re.compile(r"[,?!—–](?=\s)|[.!?][”’'\"»)]*(?=\s+[“\"«‘(\[A-Z0-9])")


_SENTENCE_END = re.compile(r"[.!?][”’'\"»)]*(?=\s+[“\"«‘(\[A-Z0-9])")


@lru_cache(maxsize=1)
def _cue_verbs() -> str:
    from onrecord.attribution.lexicon import inflections, load_cues

    verbs = sorted(inflections(load_cues().speech), key=len, reverse=True)
    alternatives = "|".join(re.escape(v) for v in verbs)
    return rf"\b(?:{alternatives})\b"


@lru_cache(maxsize=1)
def _speech_cue() -> re.Pattern[str]:
    return re.compile(_cue_verbs())


@lru_cache(maxsize=1)
def _frame() -> re.Pattern[str]:
    """A short attribution frame: up to eight words (a name with its title and country),
    a speech cue, and a short tail to the end of the clause (``Foreign Minister Ana Voss of
    Ostrava said on Tuesday.``, ``said the minister.``)."""
    word = r"[\w.'’-]+"
    return re.compile(rf"\s+(?:{word}\s+){{0,8}}{_cue_verbs()}[^.!?\n“”\"«»„]{{0,80}}?[.!?,;:]")


def _close_unbalanced(text: str, seg: Segment) -> None:
    """Close a quotation whose closing mark never came, at ``seg.end`` (its paragraph's end
    or the next opening mark) unless an attribution comes first.

    The quotation stops before a short attribution frame in its own sentence
    (``“We will not move, Foreign Minister Ana Voss said on Tuesday.``: the content ends with
    the comma, as a closed quotation's would, and the frame is read as for a closed one), and
    at the end of a sentence when the next sentence holds a speech cue (``“We will not move.
    Voss told reporters the border stays shut.``). Each position is looked at once.
    """
    frame = _frame()
    cue = _speech_cue()
    limit = seg.end
    for m in _CLAUSE_END.finditer(text, seg.start, limit):
        cut = m.end()
        if text[m.start()] in ",?!—–" and frame.match(text, cut, limit):
            seg.end = seg.close = _rstrip(text, seg.start, cut)
            seg.close_len = 0  # no mark: the frame starts right after the content
            seg.degraded = True
            return
        if text[m.start()] in ".!?":
            nxt = _SENTENCE_END.search(text, cut, limit)
            if cue.search(text, cut, nxt.end() if nxt else limit):
                seg.end = _rstrip(text, seg.start, cut)
                seg.degraded = True
                return
    seg.end = _rstrip(text, seg.start, limit)
    seg.degraded = True


def _link_continuations(text: str, segments: list[Segment], paras: list[tuple[int, int]]) -> None:
    for a, b in zip(segments, segments[1:]):
        if (
            a.close is None
            and not a.degraded
            and b.paragraph == a.paragraph + 1
            and b.open == paras[b.paragraph][0]
        ):
            a.continued = True
