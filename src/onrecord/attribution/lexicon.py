"""Load the cue lexicon (``data/cues.yaml``) once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml


@dataclass(frozen=True, slots=True)
class CueLexicon:
    speech: frozenset[str]
    cognition: frozenset[str]
    address: frozenset[str]
    reply: frozenset[str]
    labelling: frozenset[str]
    intention: frozenset[str]
    stance: frozenset[str]
    object_content: frozenset[str]
    noun: frozenset[str]
    not_speaker: frozenset[str]
    audience: frozenset[str]


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The packaged cue lexicon."""
    raw = yaml.safe_load(files("onrecord.attribution").joinpath("data/cues.yaml").read_text("utf-8"))
    fields = {k: frozenset(str(w).lower() for w in raw.get(k) or []) for k in CueLexicon.__slots__}
    return CueLexicon(**fields)
