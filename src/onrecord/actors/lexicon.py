"""The word lists the resolver reads mentions with (``data/lexicon.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from onrecord.actors.identity import fold
from onrecord.attribution.speakers import NOT_PEOPLE
from onrecord.nlp import TITLES_BEFORE_NAMES

DATA_DIR = Path(__file__).parent / "data"
# words that open a title's complement ("Spokesman for the Secretary-General", "Adviser to
# the President"): the title's head stands before them
_COMPLEMENT_PREPS = frozenset({"for", "to"})


@dataclass(slots=True)
class Lexicon:
    """Office titles by role, collective nouns, non-actor heads, pronouns, honorifics.

    All phrases are stored folded (see :func:`onrecord.actors.identity.fold`).
    """

    roles: dict[str, str] = field(default_factory=dict)  # title phrase -> role
    max_title_words: int = 1
    honorifics: frozenset[str] = frozenset()
    collectives: dict[str, str] = field(default_factory=dict)  # head noun -> group|organization
    non_actors: frozenset[str] = frozenset()
    anonymous: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    stateless: frozenset[str] = frozenset()
    outlet_heads: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    findings: frozenset[str] = frozenset()
    geographic: frozenset[str] = frozenset()
    not_people: frozenset[str] = frozenset()
    needs_article: frozenset[str] = frozenset()
    # the words of the titles, glue words left out (see office_words): made on first use
    _office_words: frozenset[str] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def office_words(self) -> frozenset[str]:
        """Every word of a known title phrase but the glue words ("of", "the"...), which
        :func:`is_office_title` reads titles with. Made once per lexicon, not for every title
        read (the roles do not change once loaded)."""
        words = self._office_words
        if words is None:
            words = frozenset({w for t in self.roles for w in t.split()} - _LEADING_GLUE)
            self._office_words = words
        return words

    def _head_phrase(self, title: str) -> str | None:
        """The known title phrase that heads ``title`` (folded): the longest, the
        rightmost among equals (the head in English noun phrases), but never one inside a
        complement after "for" or "to" when a phrase stands before it ("spokesman for the
        secretary-general" is a spokesman; "minister for foreign affairs" is one phrase)."""
        words = fold(title).split()
        cut = next((k for k, w in enumerate(words) if w in _COMPLEMENT_PREPS and k > 0), None)
        found: list[tuple[int, int, str]] = []
        for n in range(min(self.max_title_words, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                phrase = " ".join(words[i : i + n])
                if phrase in self.roles:
                    found.append((n, i, phrase))
        if cut is not None and any(i < cut for _, i, _ in found):
            found = [f for f in found if f[1] < cut]
        return max(found)[2] if found else None

    def role_of(self, title: str) -> str | None:
        """The role of a title phrase: its head phrase decides (see :meth:`head_title`).

        ``"Pentagon press secretary"`` → ``spokesperson``; ``"German Chancellor"`` →
        ``head_of_government``; ``"deputy chairman of the security council"`` →
        ``deputy_head``; ``"Spokesman for the Secretary-General"`` → ``spokesperson``.
        """
        head = self._head_phrase(title)
        return self.roles[head] if head is not None else None

    def head_title(self, title: str) -> str | None:
        """The title phrase that heads ``title`` (folded): its longest known sub-phrase,
        the rightmost among equals, none in a "for"/"to" complement after another.
        ``"Homeland Security Secretary"`` → ``secretary``, ``"former secretary of state"`` →
        ``secretary of state``, ``"Adviser to the President"`` → ``adviser``."""
        return self._head_phrase(title)

    def title_words(self, title: str) -> set[str]:
        """The known title phrases inside ``title`` (folded), for comparing two titles."""
        words = fold(title).split()
        found: set[str] = set()
        for n in range(1, min(self.max_title_words, len(words)) + 1):
            for i in range(len(words) - n + 1):
                phrase = " ".join(words[i : i + n])
                if phrase in self.roles:
                    found.add(phrase)
        return found


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read ``lexicon.yaml`` (or ``path``) into a :class:`Lexicon`.

    Raises:
        ValueError: when the file lacks a section or a role list is malformed.
    """
    path = path or DATA_DIR / "lexicon.yaml"
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    for key in ("roles", "honorifics", "collectives", "non_actors", "pronouns"):
        if key not in data:
            raise ValueError(f"{path}: missing section {key!r}")
    roles: dict[str, str] = {}
    for role, titles in data["roles"].items():
        if not isinstance(titles, list):
            raise ValueError(f"{path}: roles.{role} must be a list")
        for t in titles:
            roles.setdefault(fold(str(t)), role)
    collectives: dict[str, str] = {}
    for kind, nouns in data["collectives"].items():
        for n in nouns:
            collectives.setdefault(fold(str(n)), kind)

    def fs(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return Lexicon(
        roles=roles,
        max_title_words=max(len(t.split()) for t in roles),
        # and every abbreviated title the tokenizer keeps whole ("Sens.", "Capt.", "Amb.")
        honorifics=fs("honorifics") | {w.lower() for w in TITLES_BEFORE_NAMES},
        collectives=collectives,
        non_actors=fs("non_actors"),
        anonymous=fs("anonymous"),
        pronouns=fs("pronouns"),
        particles=fs("name_particles"),
        stateless=fs("stateless_modifiers"),
        outlet_heads=frozenset(fold(str(w)) for w in data.get("outlet_heads") or []),
        outlets=frozenset(fold(str(w)) for w in data.get("outlets") or []),
        findings=fs("findings"),
        geographic=fs("geographic_features"),
        not_people=fs("not_people") | NOT_PEOPLE,
        needs_article=fs("needs_article"),
    )


# Words that may join the parts of an office title only after its first office word
# ("Secretary of State", "Minister for Foreign Affairs"), never before it.
_LEADING_GLUE = frozenset({"of", "the", "for", "to", "in", "on", "at"})
WORD_BREAK = re.compile(r"[\s\-\u2010\u2011]+")  # between a title's words


def is_office_title(title: str, lex: Lexicon) -> bool:
    """Whether ``title`` reads as an office noun phrase ("Belvanian Trade Minister",
    "Secretary of State"), not words that happened to stand before an office word."""
    if lex.role_of(title) is None:
        return False
    # hyphens join an office's words as spaces do ("Vice-President", "Attorney-General")
    words = [fold(w.strip(".,'’")) for w in WORD_BREAK.split(title) if w]
    title_vocab = lex.office_words()
    first = next((i for i, w in enumerate(words) if w in title_vocab), None)
    if first is None:
        return False
    return not any(w in _LEADING_GLUE for w in words[:first])


def same_office(mention_head: str | None, title_head: str | None) -> bool:
    """A mention's head phrase names the office of a title: the same phrase, or its last
    words ("the minister" for "Foreign Minister"), never only a shared word ("secretary of
    state" is not "secretary")."""
    if not mention_head or not title_head:
        return False
    return mention_head == title_head or title_head.endswith(" " + mention_head)
