"""Helpers for attribution tests: run the attribution stage on a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from onrecord.attribution import Attribution, find_attributions


@pytest.fixture(scope="session")
def attribute() -> Callable[[str], list[Attribution]]:
    from onrecord.nlp import load_pipeline

    nlp = load_pipeline()
    return lambda text: find_attributions(nlp(text))


def seg(text: str, a: Attribution) -> list[str]:
    """The content segments of an attribution as strings."""
    return [text[s:e] for s, e in a.spans]


def spk(text: str, a: Attribution) -> str | None:
    return text[a.speaker[0] : a.speaker[1]] if a.speaker else None


def ref(text: str, a: Attribution) -> str | None:
    r = a.speaker_ref or a.speaker
    return text[r[0] : r[1]] if r else None


def resolved_to(attribute: Callable[[str], list[Attribution]], text: str, words: str) -> str | None:
    """What the pronoun speaker of the one statement of ``text`` whose content is exactly
    ``words`` (its segments joined by a space) is resolved to (None when it is left open)."""
    found = [a for a in attribute(text) if " ".join(seg(text, a)) == words]
    assert len(found) == 1, [seg(text, a) for a in attribute(text)]
    return ref(text, found[0]) if found[0].speaker_ref is not None else None


def hand_parsed(rows: list[tuple]) -> Doc:  # type: ignore[type-arg]
    """A document parsed by hand, one row per token: (word, space after, lemma, pos, tag,
    dep, head, entity IOB). Tests of the parser's errors write the parse out as the small
    model produced it, so they do not depend on the model reproducing it on fiction."""
    cols = list(zip(*rows))
    return Doc(
        English().vocab,  # punctuation and the like known as in the real pipeline
        words=list(cols[0]),
        spaces=list(cols[1]),
        lemmas=list(cols[2]),
        pos=list(cols[3]),
        tags=list(cols[4]),
        deps=list(cols[5]),
        heads=list(cols[6]),
        ents=list(cols[7]),
    )
