"""The attribution stage's output: plain character spans, resolved to actors later."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: A character range ``(start, end)`` in the document text, end exclusive. (Not spaCy's
#: ``Span``, a run of tokens, which the events stage works with.)
Offsets = tuple[int, int]


@dataclass(slots=True)
class Attribution:
    """One statement found in a document.

    All positions are character offsets into ``doc.text`` (end exclusive).

    Attributes:
        kind: ``direct``, ``indirect`` or ``mixed``.
        spans: content segments in text order, quote marks excluded.
        cue: the cue words, or None.
        speaker: the surface mention of the speaker (``he``, ``the Pentagon spokesman``).
        speaker_ref: the mention the speaker refers to when the surface is a pronoun or a
            bare title (``Sergey Lavrov`` for ``he``); None when the surface names it.
        addressee / addressee_ref: likewise for whom the statement is addressed to.
    """

    kind: Literal["direct", "indirect", "mixed"]
    spans: list[tuple[int, int]]
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    speaker_ref: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    addressee_ref: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass(frozen=True, slots=True)
class KnownNames:
    """Names a knowledge base lists, lower case, for the pronoun resolver: the surnames of its
    people (a lone one the tagger left unlabelled is still a person's) and the names of its
    states (one the tagger called a person is none: "Valmora has signed a pact. She said ...")."""

    surnames: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
