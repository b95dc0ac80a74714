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
    prep_content: frozenset[str]  # "talk about": lemma and preposition
    prep_verbs: frozenset[str]  # the lemmas of prep_content
    nominal: frozenset[str]
    voice_verbs: frozenset[str]


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The packaged cue lexicon."""
    raw = yaml.safe_load(
        files("onrecord.attribution").joinpath("data/cues.yaml").read_text("utf-8")
    )
    fields = {k: frozenset(str(w).lower() for w in raw.get(k) or []) for k in CueLexicon.__slots__}
    fields["prep_verbs"] = frozenset(p.split()[0] for p in fields["prep_content"])
    return CueLexicon(**fields)


def inflections(lemmas: frozenset[str]) -> set[str]:
    """The third-person and past forms of one-word speech lemmas ("say" → "says", "said")."""
    # past tenses the regular rules below get wrong ("cried", "replied" come out right)
    irregular = {
        "say": "said",
        "tell": "told",
        "write": "wrote",
        "speak": "spoke",
        "swear": "swore",
        "hold": "held",
        "put": "put",
        "begin": "began",
        "sing": "sang",
        "read": "read",
    }
    out: set[str] = set()
    for lemma in lemmas:
        if " " in lemma:
            continue
        out.add(lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"))
        if lemma in irregular:
            out.add(irregular[lemma])
        elif lemma.endswith("e"):
            out.add(lemma + "d")
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            out.add(lemma[:-1] + "ied")
        else:
            out.add(lemma + "ed")
    return out
