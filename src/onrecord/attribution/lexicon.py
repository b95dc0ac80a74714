"""Load the cue lexicon (``data/cues.yaml``, extended by ``data/learned_cues.yaml``) once.

``learned_cues.yaml`` is written by ``scripts/learn_cues.py`` from PolNeAR train: cues with
the relation in the parse where their content lies. A learned verb joins the group whose rule
reads that relation (a clausal complement: cognition; an infinitive: intention; the object:
object_content; "verb preposition": prep_content); learned adjectives ("critical of",
"eager" + infinitive) are their own group, read by ``reported._attitude``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
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
    artefact: frozenset[str]  # an ad, a statement, a sign: carries its publisher's words
    publish: frozenset[str]  # "released an ad", "held a sign": its subject is the publisher
    it_bodies: frozenset[str]  # what "It said" may stand for, besides an artefact
    as_clause: frozenset[str]  # "As the Herald reported, ...": reporting verbs after "as"
    findings: frozenset[str]  # "In the latest poll, Voss leads": the poll speaks
    headline_rubrics: frozenset[str]  # "The Latest:", "Fact check:": a rubric, no speaker
    headline_speakers: frozenset[str]  # "Historians: ...": a collective a headline names
    as_object: frozenset[str]  # "sees Marr as a threat": the object and its "as" phrase
    occasions: frozenset[str]  # "at a rally praising ...": the one who spoke there praises
    means_verbs: frozenset[str]  # "used blunt language to denounce": the subject denounces
    records: frozenset[str]  # "a report from the Herald": the Herald speaks
    making: frozenset[str]  # "a poll conducted by the Herald": the Herald made it
    record_places: frozenset[str]  # "footage from the scene": a place, not a maker
    saying: frozenset[str]  # "declined to comment but said": verbs that say and nothing else
    # learned adjectives: "critical of" / "eager" -> where the content lies (prep, xcomp, ccomp)
    adjectives: Mapping[str, str]


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The packaged cue lexicon (or the one :func:`use_cues` put in its place)."""
    if _IN_USE:
        return _IN_USE[-1]
    learned = yaml.safe_load(
        files("onrecord.attribution").joinpath("data/learned_cues.yaml").read_text("utf-8")
    )
    return build_cues(learned.get("learned") or {})


def build_cues(learned: Mapping[str, list]) -> CueLexicon:
    """``cues.yaml`` extended by learned cues (``learned_cues.yaml``'s ``learned`` mapping:
    cue -> [part of speech, content relation, counts...])."""
    raw = yaml.safe_load(
        files("onrecord.attribution").joinpath("data/cues.yaml").read_text("utf-8")
    )
    sets = {k: {str(w).lower() for w in raw.get(k) or []} for k in CueLexicon.__slots__}
    adjectives: dict[str, str] = {}
    for key, (pos, relation, *_counts) in learned.items():
        key = str(key).lower()
        if pos == "ADJ":
            adjectives[key] = relation
        elif pos == "VERB" and " " in key:
            if relation == "prep":
                sets["prep_content"].add(key)
            # (other relations of "verb preposition": the verb's own group reads them)
        elif pos == "VERB":
            group = _VERB_GROUPS.get(relation)
            if group and not any(key in sets[g] for g in (*_VERB_GROUPS.values(), "speech")):
                sets[group].add(key)
    fields: dict = {k: frozenset(v) for k, v in sets.items() if k != "adjectives"}
    fields["prep_verbs"] = frozenset(p.split()[0] for p in fields["prep_content"])
    fields["adjectives"] = adjectives
    return CueLexicon(**fields)


_IN_USE: list[CueLexicon] = []


@contextmanager
def use_cues(lexicon: CueLexicon) -> Iterator[None]:
    """Extract with ``lexicon`` instead of the packaged one inside the block (for
    ``scripts/learn_cues.py``'s cross-validation, which learns cues on part of a split)."""
    _IN_USE.append(lexicon)
    load_cues.cache_clear()
    try:
        yield
    finally:
        _IN_USE.pop()
        load_cues.cache_clear()


# the rule group that reads a learned verb's content relation
_VERB_GROUPS = {"ccomp": "cognition", "xcomp": "intention", "dobj": "object_content"}


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
