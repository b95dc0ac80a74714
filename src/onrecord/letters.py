"""Letters that Unicode decomposition leaves whole, and the plain letters they fold to.

NFKD splits ``ğ`` into ``g`` and a combining breve, so dropping the combining marks turns
"Erdoğan" into "Erdogan"; it does not split ``ı``, ``ø``, ``ł``, ``æ`` and the rest, which are
letters of their own. Both folds of names use this table: the extraction's
(:func:`onrecord.actors.identity.fold`) and the store's (:func:`onrecord.store.identity.fold`).
"""

from __future__ import annotations

# Upper and lower case, as the actors' fold translates before lower-casing.
UNDECOMPOSED: dict[str, str] = {
    "ß": "ss",
    "ı": "i",
    "ø": "o",
    "Ø": "O",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "đ": "d",
    "Đ": "D",
    "ł": "l",
    "Ł": "L",
    "ð": "d",
    "þ": "th",
}

# The ones a case-folded string can still hold (``str.casefold`` already makes ``ß`` "ss"
# and lower-cases the capitals), with their replacements.
UNDECOMPOSED_FOLDED: dict[str, str] = {
    letter: plain for letter, plain in UNDECOMPOSED.items() if letter == letter.casefold()
}
