"""Name normalisation and cross-article identity of actors.

Two spellings of one name should meet on one key: accents (Erdoğan / Erdogan), the usual
English transliterations of Cyrillic and Arabic names (Sergei / Sergey, Zelenskiy /
Zelensky / Zelenskyy, Mitterand / Mitterrand) and punctuation (U.S. / US). The store uses
:func:`actor_key` to find candidates and :func:`same_person` to confirm a match; the
resolver uses :func:`fold` and :func:`name_key` for its in-article indices.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from onrecord.garbled import PAD
from onrecord.letters import UNDECOMPOSED

if TYPE_CHECKING:
    from onrecord.record import Actor

# Letters that NFKD does not decompose into a base letter plus a combining mark
# (:data:`onrecord.letters.UNDECOMPOSED`), the apostrophes and dashes, and the padding of a
# mended word in the parser's copy (:data:`onrecord.garbled.PAD`: "Baer\u2060bock" is one word).
_SPECIAL = str.maketrans(
    {
        **UNDECOMPOSED,
        PAD: None,
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "–": "-",
        "—": "-",
        "‐": "-",
    }
)

_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_SPACES = re.compile(r"\s+")

# Transliteration variants, applied to each folded token (order matters).
_TRANSLIT: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=.)(iy|yy|ii|yi|ij)$"), "y"),  # Zelenskiy / Zelenskyy / Zelenskii
    (re.compile(r"(?<=[aeou])i$"), "y"),  # Sergei -> Sergey, Andrei -> Andrey
    (re.compile(r"ks(?=[aeiou])"), "x"),  # Aleksandr -> Alexandr
    (re.compile(r"dzh|dj"), "j"),
    (re.compile(r"kh"), "h"),  # Khrenin / Hrenin, Mikhail / Mihail
    (re.compile(r"ph"), "f"),
    (re.compile(r"ou"), "u"),  # Tsikhanouskaya, Abdoul
    (re.compile(r"w"), "v"),  # Wladimir
    (re.compile(r"yev|yeo"), "ev"),  # Yevgeny / Evgeny
    (re.compile(r"^ye"), "e"),
    (re.compile(r"^yu"), "ju"),
    (re.compile(r"q"), "k"),  # Qaddafi / Kaddafi
    (re.compile(r"dh"), "d"),  # Gadhafi
    (re.compile(r"([a-z])\1+"), r"\1"),  # doubled letters: Mitterrand, Gaddafi
)


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-light form of a name.

    ``"Erdoğan"`` → ``"erdogan"``, ``"U.S."`` → ``"us"``, ``"the Kremlin’s"`` stays
    word-for-word (``"the kremlin's"``). Hyphens become spaces.

    Args:
        text: any surface string.

    Returns:
        The folded string (possibly empty).
    """
    s = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace(".", "").replace("-", " ")
    s = _NON_WORD.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


@lru_cache(maxsize=65536)
def translit_token(token: str) -> str:
    """Collapse transliteration variants of one folded token (``sergei`` → ``sergey``)."""
    t = token.replace("'", "")
    for pattern, repl in _TRANSLIT:
        t = pattern.sub(repl, t)
    return t


def name_key(name: str) -> str:
    """A transliteration-insensitive key for a name: folded, then token by token collapsed.

    ``name_key("Volodymyr Zelenskiy") == name_key("Volodymyr Zelenskyy")``.
    """
    return " ".join(translit_token(t) for t in fold(name).split())


_PARTICLES = frozenset(
    "de da del della di van von der den la le al el bin ibn ben abu dos das du st san mac".split()
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# particles that are also English given names: first of a name of two words they are
# the given name ("Ben Carson", "Al Gore"), not part of the surname ("Al Thani" can be both:
# see whole_surname). Not "van": "Van Hollen" alone is a surname far more often.
_GIVEN_PARTICLES = frozenset({"ben", "al"})


def split_name(name: str) -> tuple[list[str], str]:
    """Split a person's name into (given-name keys, surname key).

    The surname keeps its particles (``"da silva"``, ``"von der leyen"``); generational
    suffixes are dropped. Keys are :func:`name_key` forms. East-Asian order is not
    guessed: the last word is the surname.
    """
    given, surname = _split_name(name)
    return list(given), surname


@lru_cache(maxsize=65536)
def _split_name(name: str) -> tuple[tuple[str, ...], str]:
    toks = [t for t in fold(name).split() if t not in _SUFFIXES]
    if not toks:
        return (), ""
    i = len(toks) - 1
    while i > 0 and toks[i - 1] in _PARTICLES:
        i -= 1
    if i == 0 and len(toks) == 2 and toks[0] in _GIVEN_PARTICLES:
        i = 1
    given = tuple(translit_token(t) for t in toks[:i])
    surname = " ".join(translit_token(t) for t in toks[i:])
    return given, surname


def whole_surname(name: str) -> str | None:
    """The surname key of a two-word name read as all surname, when its first word is a
    particle :func:`split_name` reads as a given name ("Al Thani", next to "Tamim bin Hamad
    Al Thani", is his surname; "Al Gore" is a given name and a surname); None otherwise."""
    toks = [t for t in fold(name).split() if t not in _SUFFIXES]
    if len(toks) != 2 or toks[0] not in _GIVEN_PARTICLES:
        return None
    return " ".join(translit_token(t) for t in toks)


def given_compatible(a: list[str], b: list[str]) -> bool:
    """Whether two lists of given-name keys can name one person: the first given names
    agree, and so do the middle names both write, in order ("George P. Bush" is not "George
    W. Bush"; "Hillary Rodham Clinton" is "Hillary Diane Rodham Clinton"; a name without a
    middle one agrees with any)."""
    if not a or not b:
        return True
    if not _one_given(a[0], b[0]):
        return False
    short, long_ = sorted((a[1:], b[1:]), key=len)
    rest = iter(long_)
    # each middle name of the shorter list matches one of the longer's, in order
    return all(any(_one_given(x, y) for y in rest) for x in short)


def _one_given(x: str, y: str) -> bool:
    """Whether two given-name keys can be one name: equal, an initial of it, or a close
    spelling ("sergei" / "sergey")."""
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:  # an initial
        return x[0] == y[0]
    return fuzz.ratio(x, y) >= 80 and x[0] == y[0]


def _surname_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if not a or not b or a[0] != b[0]:
        return False
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 88


def _names(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases]


def same_person(a: Actor, b: Actor) -> bool:
    """Whether two person actors (from different articles) are the same person.

    Accent- and transliteration-insensitive (Sergei/Sergey Lavrov, Erdogan/Erdoğan,
    Zelenskiy/Zelensky/Zelenskyy). Never merges two people who only share a surname:
    differing countries (when both are known) or differing first names keep them apart, and
    a bare surname only matches when both sides carry the same country.

    Args:
        a: an actor (``kind`` should be ``person``; other kinds compare by :func:`actor_key`).
        b: another actor.

    Returns:
        True when they should be one actor.
    """
    if a.kind != "person" or b.kind != "person":
        return actor_key(a) == actor_key(b)
    if a.country and b.country and a.country != b.country:
        return False
    full_a = [split_name(n) for n in _names(a) if n]
    full_b = [split_name(n) for n in _names(b) if n]
    # The canonical names carry the most information: decide on them when both are full.
    ga, sa = full_a[0]
    gb, sb = full_b[0]
    if ga and gb:
        if _surname_match(sa, sb):
            return _one_given_name(ga, gb, bool(a.country and a.country == b.country))
        # A known alias on either side may still link them (Lula / Luiz Inácio Lula da Silva).
        keys_a = {name_key(n) for n in _names(a)}
        keys_b = {name_key(n) for n in _names(b)}
        return bool(keys_a & keys_b) and bool(a.country and a.country == b.country)
    # At least one side is a bare surname (or a single-word name).
    if not (a.country and b.country):
        return False
    for g1, s1 in full_a:
        for g2, s2 in full_b:
            if _surname_match(s1, s2) and given_compatible(g1, g2):
                return True
    return False


def _one_given_name(a: list[str], b: list[str], one_country: bool) -> bool:
    """Whether the given names ``a`` and ``b`` of two people who share a surname (in two
    articles) are one person's. Two spellings of one name ("Sergei" / "Sergey") are, but only
    for people placed in the same country, and never names of the two sexes ("Paul" /
    "Paula"): "Ivana Trump" and "Ivanka Trump", of no country, are mother and daughter."""
    if not given_compatible(a, b):
        return False
    x, y = a[0] if a else "", b[0] if b else ""
    if x == y or len(x) <= 1 or len(y) <= 1:
        return True
    if not one_country:
        return False
    from onrecord.attribution.speakers import gender_of  # (the name lists load on first use)

    sexes = {gender_of(x), gender_of(y)}
    return not {"male", "female"} <= sexes


def actor_key(actor: Actor) -> str:
    """A deterministic cross-article key for an actor.

    Persons: ``person:<country or ->:<name key>``; countries and IGOs: their code;
    organisations and groups: kind, country and folded name. Equal keys mean the same
    actor; for persons with different keys, confirm with :func:`same_person`.
    """
    if actor.kind == "country" and actor.country:
        return f"country:{actor.country}"
    if actor.kind == "igo" and actor.country:
        return f"igo:{actor.country}:{name_key(actor.name)}"
    if actor.kind == "person":
        given, surname = split_name(actor.name)
        head = given[0] if given else ""
        return f"person:{actor.country or '-'}:{head} {surname}".rstrip()
    return f"{actor.kind}:{actor.country or '-'}:{name_key(actor.name)}"


# -- descriptions: names that name no one by themselves ----------------------------------------

# Bodies a state has one of: "the government" of a country is the same body in every article
# that places it there (the resolver's one-state heads, and the like).
_ONE_PER_STATE = frozenset(
    {
        "government", "administration", "cabinet", "regime", "presidency", "parliament",
        "legislature", "military", "army", "navy", "police", "opposition", "public",
        "people", "population", "nation", "media", "press", "leadership", "junta",
    }
)  # fmt: skip
# A body a state has several of, one of which a modifier names ("foreign ministry",
# "justice department"); bare, it is whichever the article is about.
_MODIFIED_ONE = frozenset({"ministry", "department"})
# Plural heads that say whose people they are only in context: "supporters", "allies" and
# "aides" of one article are not those of another.
_RELATIONAL = frozenset(
    {
        "supporters", "allies", "members", "advisers", "advisors", "aides", "partners",
        "neighbours", "neighbors", "representatives", "followers", "backers", "critics",
        "opponents", "rivals", "colleagues", "staff", "employees", "envoys", "delegates",
        "spokesmen", "lawyers", "donors", "friends", "relatives", "children", "families",
        "victims", "hostages", "captors", "kidnappers", "attackers", "assailants", "gunmen",
        "suspects", "bombers", "protesters", "protestors", "demonstrators", "crowds",
    }
)  # fmt: skip
_PLURALS = frozenset({"people", "police", "women", "men", "children", "media", "staff"})


def story_local(actor: Actor) -> bool:
    """Whether ``actor`` is a description that stands for the one body or group its story is
    about, and so is the same actor only in copies of that story (``onrecord.store.actors``).

    "The group", "the company", "the party", "the ministry" name no one by themselves: one
    article's group is not the next one's, and joined across articles they made an actor
    page that gathered every article's group. A description keeps a cross-article identity
    only as a country's sector or body: "voters" or "illegal immigrants" of the United
    States, its "government" or "foreign ministry". A proper name (any capital letter), a
    person, a country or an IGO is never story-local.
    """
    if actor.kind not in {"organization", "group"} or any(ch.isupper() for ch in actor.name):
        return False
    words = fold(actor.name).split()
    if not words:
        return False
    if actor.country is None:
        return True  # no country to be a sector or body of
    head = words[-1].removesuffix("'s").rstrip("'")  # ("the company's")
    if head in _ONE_PER_STATE or (head in _MODIFIED_ONE and len(words) > 1):
        return False
    plural = head in _PLURALS or (head.endswith("s") and not head.endswith("ss"))
    return not plural or head in _RELATIONAL
