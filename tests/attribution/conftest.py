"""Helpers for attribution tests: run the attribution stage on a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

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
