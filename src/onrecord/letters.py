"""Latin letters that Unicode decomposition leaves whole, and the plain letters they fold to.

NFKD splits ``ğ`` into ``g`` and a combining breve, so dropping the combining marks turns
"Erdoğan" into "Erdogan"; it does not split ``ı``, ``ø``, ``ł``, ``æ``, ``ħ``, ``ŋ``, ``ƙ`` and
the rest, which are letters of their own. PostgreSQL's ``unaccent`` folds them anyway, so the
same table must fold them everywhere else: the extraction's fold of names
(:func:`onrecord.actors.identity.fold`), the store's (:func:`onrecord.store.identity.fold`) and
SQLite's full-text index (:data:`onrecord.store.fulltext.FTS_LETTERS`).

The table is read from the letters' Unicode names (:func:`plain_letters`), which spell out the
letter each is made from: "LATIN SMALL LETTER H WITH STROKE" is an ``h``, "LATIN LETTER SMALL
CAPITAL G" a ``g``, "LATIN SMALL LETTER DZ DIGRAPH" ``dz``. A test compares it, letter by
letter, with ``unaccent`` on a real server (``tests/store/test_letters_unaccent.py``).
"""

from __future__ import annotations

import re
import unicodedata

#: The Latin blocks the table covers. Of Latin Extended-D, the letters Unicode 6.1 had (to
#: U+A793, and U+A7A0-A7AA): those added since are newer than FTS5's tokenizer (Unicode 6.1,
#: which neither lower-cases nor folds them) and ``unaccent`` leaves them whole too. Left out:
#: Phonetic Extensions (``ᴀ ᵬ ᶀ``: phonetic small capitals and letters with a middle tilde or
#: a palatal hook; ``unaccent`` folds 53 of them, but they are phonetic notation, not the
#: spelling of a name, and every letter costs the index a replacement) and Latin Extended-E/F/G, which ``unaccent`` keeps.
LATIN_BLOCKS: tuple[tuple[int, int], ...] = (
    (0x00C0, 0x00FF),  # Latin-1 Supplement, its letters
    (0x0100, 0x017F),  # Latin Extended-A
    (0x0180, 0x024F),  # Latin Extended-B
    (0x0250, 0x02AF),  # IPA Extensions
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2C60, 0x2C7F),  # Latin Extended-C
    (0xA720, 0xA793),  # Latin Extended-D (see above)
    (0xA7A0, 0xA7AA),
    (0xFB00, 0xFB06),  # the Latin ligatures of Alphabetic Presentation Forms (ﬁ, ﬂ ...)
)

# "LATIN SMALL LETTER H WITH STROKE", "LATIN CAPITAL LIGATURE OE", "LATIN LETTER SMALL CAPITAL
# G", "LATIN SMALL LETTER N PRECEDED BY APOSTROPHE": the words naming the letter itself.
_NAME = re.compile(
    r"LATIN (?:(?P<case>SMALL|CAPITAL) (?:LETTER|LIGATURE)|LETTER SMALL CAPITAL) (?P<base>.+?)"
    r"(?: (?:WITH|PRECEDED BY) .+)?"
)
# Letters whose names do not spell the letter they come from: a name of its own (eng, thorn),
# a shape (open e, script g), a medieval abbreviation (dum: a d with a stroke, for "-dum").
_NAMED: dict[str, str] = {
    "SHARP S": "ss",
    "ETH": "d",
    "THORN": "th",
    "ENG": "n",
    "HENG": "h",
    "KRA": "q",
    "LONG S": "s",
    "OPEN E": "e",
    "SCRIPT G": "g",
    "IOTA": "i",
    "AFRICAN D": "d",
    "U BAR": "u",
    "BROKEN L": "l",
    "MIDDLE-WELSH LL": "ll",
    "MIDDLE-WELSH V": "v",
    "DUM": "d",
    "LUM": "l",
    "MUM": "m",
    "NUM": "n",
    "RUM": "r",
    "TUM": "t",
}
#: Letters whose names give a base letter but which ``unaccent`` (PostgreSQL 15) leaves whole;
#: folding them here would make SQLite find what PostgreSQL does not. Measured on the server
#: (the test fails if one of them starts folding there, or another stops).
KEPT = frozenset("ƟȠȢȣɋɩʄʨꜦꜧꜨꜩꝪꝫꝬꝭꝸꝽꞂꞃꞄꞅꞎ")


def plain_letters(letter: str) -> str | None:
    """The plain letters a Latin letter's Unicode name says it is made from, or None.

    The name's words before "WITH" (or "PRECEDED BY") name the letter: one letter ("H" in
    "LATIN SMALL LETTER H WITH STROKE", "G" in "LATIN LETTER SMALL CAPITAL G"), two for a
    ligature or digraph ("OE", "DZ DIGRAPH", "AA"), "DOTLESS I" or "INSULAR D" for an i or a d,
    or a name of its own (:data:`_NAMED`: ``ŋ`` "ENG" is an n, ``þ`` "THORN" th). Capitals give
    capitals. Letters named otherwise ("TURNED A", "EZH", "GLOTTAL STOP") give None.
    """
    found = _NAME.fullmatch(unicodedata.name(letter, ""))
    if found is None:
        return None
    base = found["base"].removesuffix(" DIGRAPH")
    for prefix in ("SMALL CAPITAL ", "DOTLESS ", "INSULAR "):
        base = base.removeprefix(prefix)
    plain = _NAMED.get(base)
    if plain is None and re.fullmatch("[A-Z]{1,2}", base):
        plain = base.lower()
    if plain is None:
        return None
    return plain.upper() if found["case"] == "CAPITAL" else plain


def latin_letters() -> list[str]:
    """Every letter of :data:`LATIN_BLOCKS`, in code point order."""
    return [
        chr(code)
        for start, end in LATIN_BLOCKS
        for code in range(start, end + 1)
        if unicodedata.category(chr(code)).startswith("L")
    ]


def _undecomposed() -> dict[str, str]:
    """The letters of :data:`LATIN_BLOCKS` that NFKD leaves whole and :func:`plain_letters`
    reads, but not :data:`KEPT`; with the small letters of their capitals that lie outside
    the blocks (``ᵽ`` for ``Ᵽ``), as a case-folded name holds those."""
    table: dict[str, str] = {}
    for letter in latin_letters():
        plain = plain_letters(letter)
        if plain is None or letter in KEPT or unicodedata.normalize("NFKD", letter) != letter:
            continue
        table[letter] = plain
    for letter, plain in list(table.items()):
        small = letter.lower()
        fits = len(small) == 1 and small not in KEPT and plain_letters(small) == plain.lower()
        if small not in table and fits:
            table[small] = plain.lower()
    return table


def _split_by_nfkd() -> dict[str, str]:
    """Letters of :data:`LATIN_BLOCKS` that NFKD splits into more than one letter (``ĳ`` ij,
    ``ǅ`` Dz, ``ﬁ`` fi) or into a letter and a sign that is not a mark (``ŀ`` l·, ``ŉ`` ʼn),
    with the plain letters of that split."""
    table: dict[str, str] = {}
    for letter in latin_letters():
        split = unicodedata.normalize("NFKD", letter)
        rest = "".join(ch for ch in split if not unicodedata.combining(ch))
        if len(rest) > 1:
            table[letter] = "".join(ch for ch in rest if ch.isascii() and ch.isalpha())
    return table


#: Latin letters NFKD leaves whole, with their plain spellings, upper and lower case (the
#: actors' fold translates before lower-casing). Read from the Unicode names, see the module.
UNDECOMPOSED: dict[str, str] = _undecomposed()

#: The ones a case-folded string can still hold (``str.casefold`` already makes ``ß`` "ss"
#: and lower-cases the capitals), with their replacements.
UNDECOMPOSED_FOLDED: dict[str, str] = {
    letter: plain for letter, plain in UNDECOMPOSED.items() if letter == letter.casefold()
}

#: Letters NFKD does split, but into several letters or a letter and a sign (ligatures,
#: digraphs, ``ŀ``, ``ŉ``), and ``ǡ``/``Ǡ`` (an a with two marks): the name folds, which run
#: NFKD first, fold them already; FTS5's tokenizer does not, so the full-text index needs them.
SPLIT_BY_NFKD: dict[str, str] = {**_split_by_nfkd(), "Ǡ": "A", "ǡ": "a"}
