"""Words a page garbled: mojibake and characters no reader sees.

Two kinds of damage in real pages break names without a reader noticing:

- **Mojibake.** Text encoded as UTF-8 and decoded as Latin-1 or Windows-1252, once or twice,
  writes "Peña" as "PeÃ±a" or "PeÃ\\x83Â±a". The tagger reads such a word as no name it
  knows, and the knowledge base cannot match it: "Enrique PeÃ±a Nieto" is nobody.
- **Invisible characters inside a word.** A soft hyphen (``&shy;``, hyphenation hints that
  content systems put in long words), a zero-width space, a word joiner, a byte-order mark, a
  direction mark. "Sergei Lav\\u00adrov" showed as "Sergei Lavrov" on the page, and the
  tagger made an organization of "Russian Foreign Minister Sergei Lav\\u00adrov".

:func:`read_whole` mends both word by word for the parser, at the same length (the
contract: offsets index the text as given). A word loses its invisible characters, and ftfy (a
well-kept library that only undoes what it can prove) decodes its mojibake. What the word's
letters lost is put back inside it as word joiners (:data:`PAD`), which the model reads past
(``onrecord.nlp._blind_to_padding``) and name folding drops; what a mark at the word's edge
lost, as spaces beside the mark. :func:`clean_name` takes the joiners out of the names the
stages cut from that copy, and :func:`snapped` widens a span that takes in a mended mark to
all the mark was as given.

:func:`repaired` mends a whole text, lengths free, for the bodies onrecord extracts itself
(web pages and feed entries), whose offsets index what it extracted.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from os.path import commonprefix
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

# What the parser's copy puts inside a mended word for each character its letters lost (the
# word joiner): invisible and unbreakable, so the word stays one token; folded names drop it.
PAD = "\u2060"

# Invisible characters a page carries inside words: soft hyphen, zero-width space, left-to-
# right and right-to-left marks, the bidirectional embeddings and isolates, word joiner and
# the invisible operators, and the byte-order mark (a zero-width no-break space mid-text).
# Zero-width (non-)joiners are left alone: scripts and emoji need them.
_INVISIBLE = re.compile("[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


@lru_cache(maxsize=1)
def _encoding_only() -> TextFixerConfig:
    """ftfy's decoding repairs only: quotation marks, dashes, widths, ligatures, line breaks,
    HTML entities and Unicode normalisation are left as written. (ftfy is imported on first
    use: it takes a tenth of a second, and most text never needs it.)"""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def is_bad(text: str) -> bool:
    """ftfy's test for mojibake."""
    from ftfy.badness import is_bad

    return is_bad(text)


def badness(text: str) -> int:
    """ftfy's count of what looks like mojibake in ``text``."""
    from ftfy.badness import badness

    return badness(text)


# a run of characters between spaces; U+0085, which Python counts as a line break, is the
# second half of "Ã\x85" (Å read as Latin-1), so it is read as part of a word
_WORD = re.compile(r"(?:[^\s]|\x85)+")
# What any mojibake ftfy mends holds: a C1 control, or the first byte of a two-, three- or
# four-byte letter read as Windows-1252 or Latin-1 ("Ã", "â", "ð") before a continuation
# byte so read. A cheap search that spares ftfy's test for almost all text.
_SUSPECT = re.compile(
    "[\u0080-\u009f]|[\u00c2-\u00f4][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178"
    "\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022"
    "\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# what stands in the parser's copy for characters a mended word lost
_PADDING = frozenset({" ", PAD})
# what is left of a repair that could not finish: the first character of a two-byte letter
# read as Windows-1252 or Latin-1, without its second
_RESIDUE = re.compile("[\u00c2\u00c3]")
# what may be left of mojibake a repair did not finish
_UNFINISHED = re.compile(f"{_SUSPECT.pattern}|{_RESIDUE.pattern}|{_INVISIBLE.pattern}")
# what a no-break space (C2 A0) read as Windows-1252 once or twice leaves before the U+00A0
# that ends the word
_NBSP_LEADS = ("\u00c3\u201a\u00c2", "\u00c2")
# the punctuation before and after a word's letters
_LEAD = re.compile(r"[^\w]+")
_TRAIL = re.compile(r"[^\w]+$")


def needs_mending(text: str) -> bool:
    """Whether ``text`` holds an invisible character or what looks like mojibake."""
    if text.isascii():
        return False
    return bool(_INVISIBLE.search(text)) or (_SUSPECT.search(text) is not None and is_bad(text))


def repaired(text: str) -> str:
    """``text`` with its mojibake decoded and its invisible characters dropped (lengths
    change). Text without either comes back as it is."""
    if not needs_mending(text):
        return text
    return "\n".join(_fixed(line) for line in text.split("\n"))


def read_whole(text: str) -> str:
    """The parser's copy of ``text``: each garbled word mended and padded to its length as
    given (see :func:`_padded`), so every offset of the copy indexes ``text``."""
    if not needs_mending(text):
        return text
    read = "\n".join(_read_line(line) for line in text.split("\n"))
    return read if len(read) == len(text) else text  # (each line keeps its length)


def _fixed(line: str) -> str:
    """One line mended whole: ftfy judges mojibake by all of a line, which a single word
    may not show ("ErdoÄŸan" alone could be Latin-1 text; beside "Russiaâ€™s" it is not)."""
    if not needs_mending(line):
        return line
    bare = _INVISIBLE.sub("", line)
    for lossy, sloppy in _lost_closers():
        bare = bare.replace(lossy, sloppy)
    if not is_bad(bare):
        return bare
    # mojibake whose letters were then decomposed ("A" and a combining tilde for "Ã") is
    # decoded once they are composed again
    import ftfy

    return ftfy.fix_text(unicodedata.normalize("NFC", bare), _encoding_only())


def _read_line(line: str) -> str:
    if not needs_mending(line):
        return line
    words = list(_WORD.finditer(line))
    in_line = _WORD.findall(_fixed(line))
    if len(in_line) != len(words):  # a repair that joined or split words
        in_line = [w.group() for w in words]
    out = []
    pos = 0
    for old, by_line in zip(words, in_line, strict=True):
        word = old.group()
        if by_line == word and not needs_mending(word):
            new = word  # (most words of a garbled line: nothing to mend)
        elif len(by_line) <= len(word) and not _UNFINISHED.search(by_line):
            new = by_line  # mended by the line's repair
        else:
            # the word as the line's repair left it, or as mended alone when that reads
            # better (a line of mixed damage: "BasÃ\x83Â¡Ã\x83Â±ez", encoded twice, comes out
            # of the line's repair half mended); neither when both are half mended ("KÃ" of
            # "KÃ\x83", whose letters were lost before onrecord saw them): the tagger reads
            # it as it was given
            options = [
                new
                for new in (by_line, _mend(word))
                if len(new) <= len(word) and (new == word or not _RESIDUE.search(new))
            ]
            new = min(options, key=badness) if options else _INVISIBLE.sub("", word)
        out.append(line[pos : old.start()])
        out.append(_padded(word, new))
        pos = old.end()
    out.append(line[pos:])
    return "".join(out)


def snapped(read: str, given: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)``, a span of the parser's copy ``read`` of ``given``, widened over the
    padding beside it: a span that takes in a mended mark takes all that the mark was as
    given ("“terrorists.”" of "â€œterrorists.â€\x9d", not "â€œterrorists.â")."""
    if read is given:
        return start, end
    while start > 0 and _padding(read, given, start - 1):
        start -= 1
    while end < len(read) and _padding(read, given, end):
        end += 1
    return start, end


def _padding(read: str, given: str, i: int) -> bool:
    # (a no-break space, read as a plain one, is no padding)
    return read[i] in _PADDING and not given[i].isspace() and given[i] != read[i]


def clean_name(name: str) -> str:
    """A name cut from the parser's copy, without the padding of its mended words."""
    return name.replace(PAD, "") if PAD in name else name


@lru_cache(maxsize=4096)
def _mend(word: str) -> str:
    """One word mended alone; the word without its invisible characters when ftfy's repair
    would make it longer or split it."""
    fixed = _fixed(word)
    if len(fixed) <= len(word) and _WORD.fullmatch(fixed):
        return fixed
    return _INVISIBLE.sub("", word)


def _padded(word: str, fixed: str) -> str:
    """``fixed``, the mended ``word``, at the length of ``word``. What a mark or a dash at
    either end lost is put back as spaces on that side (an opening mark read as following a
    space, a closing one as followed by one); what the letters lost, as word joiners where
    the damage began (the word stays one token: "Pe\u2060\u2060ña"). A word mended only in
    part, whose marks and letters no longer line up with the word as given, gets all its
    joiners where the damage began."""
    placed = _placed(word, fixed)
    return placed if len(placed) == len(word) else _joined(word, fixed)


def _joined(word: str, fixed: str) -> str:
    """``fixed`` with a word joiner for each character ``word`` lost, where the two first
    differ."""
    at = _same_start(word, fixed)
    return f"{fixed[:at]}{PAD * (len(word) - len(fixed))}{fixed[at:]}"


def _placed(word: str, fixed: str) -> str:
    lost = len(word) - len(fixed)
    if not lost:
        return word if fixed == word else fixed
    for nbsp in _NBSP_LEADS:
        if word.endswith(nbsp) and not fixed.endswith(nbsp):
            # the first byte of a no-break space the word ran into ("right.â€\x9dÂ" and
            # U+00A0): a space where it was
            return _placed(word[: -len(nbsp)], fixed) + " " * len(nbsp)
    lead = _LEAD.match(fixed)
    if lead and lead.end() < len(fixed):
        for form in _garbled_forms(lead.group()):
            if word.startswith(form):
                rest = _placed(word[len(form) :], fixed[lead.end() :])
                return _spaced(lead.group(), form, _same_start(form, lead.group())) + rest
    trail = _TRAIL.search(fixed)
    if trail and trail.start() > 0:
        for form in _garbled_forms(trail.group()):
            if word.endswith(form):
                rest = _placed(word[: -len(form)], fixed[: trail.start()])
                marks = trail.group()
                return rest + _spaced(marks, form, len(marks) - _same_end(form, marks))
    at = _same_start(word, fixed)
    letters = [i for i, c in enumerate(fixed) if c.isalnum()]
    if not letters or at < letters[0] or at > letters[-1]:
        # before or after the letters (a direction mark before a paragraph's opening mark,
        # a zero-width space before a comma): spaces where it was
        return f"{fixed[:at]}{' ' * lost}{fixed[at:]}"
    return _joined(word, fixed)


@lru_cache(maxsize=1)
def _lost_closers() -> tuple[tuple[str, str], ...]:
    """A closing double mark read as Windows-1252 (once or twice), whose last byte that code
    page lacks, so that a replacement character stands for it ("â€\ufffd"), and the same
    read as ftfy reads it, the byte kept ("â€\x9d"). ftfy cannot tell which of five
    characters the lost byte made, and a replacement character on a line keeps it from
    decoding the line whole; in news copy it is the closing mark."""
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

    pairs = []
    lossy = sloppy = "\u201d"
    for _ in range(2):
        lossy = lossy.encode("utf-8").decode("cp1252", errors="replace")
        sloppy = sloppy.encode("utf-8").decode("sloppy-windows-1252")
        pairs.append((lossy, sloppy))
    return tuple(reversed(pairs))  # the form read twice first: it holds the one read once


def _spaced(marks: str, form: str, at: int) -> str:
    """``marks`` at the length of ``form``, the garbled form they were mended from, with
    spaces at ``at``: beside the mark that lost characters, each mark that did not where
    it stood."""
    return f"{marks[:at]}{' ' * (len(form) - len(marks))}{marks[at:]}"


def _same_start(a: str, b: str) -> int:
    return len(commonprefix((a, b)))


def _same_end(a: str, b: str) -> int:
    return _same_start(a[::-1], b[::-1])


@lru_cache(maxsize=1024)
def _garbled_forms(marks: str) -> tuple[str, ...]:
    """How ``marks`` read once or twice as Windows-1252 or Latin-1 (undefined bytes as the
    replacement character), longest first; those that differ from ``marks`` only."""
    forms = {marks}
    for _ in range(2):
        forms |= {
            form.encode("utf-8").decode(codec, errors="replace")
            for form in forms
            for codec in ("cp1252", "latin-1")
        }
    forms.discard(marks)
    return tuple(sorted(forms, key=len, reverse=True))
