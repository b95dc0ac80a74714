"""Find attributions in a parsed document (in progress)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.attribution.model import Attribution

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_attributions(doc: Doc) -> list[Attribution]:
    return []
