"""The event lexicon and intensity table: data files in ``events/data`` and their loader.

The lexicon maps verbs, nouns, adjectives and small multiword patterns to a PLOVER type, a
CAMEO root code and (sometimes) a PLOVER mode. Everything is keyed by lemma so the coder does
one dictionary lookup per token. The format is described in ``docs/events.md`` and at the top
of ``data/lexicon.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from onrecord.record import PLOVER_TYPES

ACTOR_OBJECT = "@actor"
"""Object constraint meaning "the object is an actor (person, state, group)"."""


class LexiconError(ValueError):
    """A lexicon file is malformed (the message says where)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon pattern.

    Attributes:
        lemma: the head word's lemma (lower case).
        type: PLOVER type.
        cameo: CAMEO root code, "01".."20".
        mode: PLOVER mode or None.
        part: required particle/preposition child ("call *for*") or None.
        via: the first word of a two-word particle ("pull *out* of"), which the parser may
            make the head of the second, or None.
        objects: allowed object lemmas (or ``@actor``); empty means any object or none.
        modifier: required compound/adjective modifier of a noun ("*hunger* strike") or None.
        of: required of-phrase head of a noun ("state of *emergency*") or None.
    """

    lemma: str
    type: str
    cameo: str
    mode: str | None = None
    part: str | None = None
    objects: frozenset[str] = frozenset()
    modifier: str | None = None
    of: str | None = None
    via: str | None = None

    @property
    def specificity(self) -> int:
        """How many constraints the pattern has (more specific patterns win)."""
        return (
            (self.part is not None)
            + bool(self.objects) * 2
            + (self.modifier is not None) * 2
            + (self.of is not None) * 2
        )


@dataclass(slots=True)
class Lexicon:
    """All patterns, indexed by head lemma, plus the function-word classes and scores."""

    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    adjectives: dict[str, list[Entry]] = field(default_factory=dict)
    light: dict[str, str | None] = field(default_factory=dict)
    reverse: dict[str, str | None] = field(default_factory=dict)
    intent: frozenset[str] = frozenset()
    transparent: frozenset[str] = frozenset()
    report: frozenset[str] = frozenset()
    negators: dict[str, str | None] = field(default_factory=dict)
    scores: dict[str, dict[str, Any]] = field(default_factory=dict)
    goldstein_root: dict[str, float] = field(default_factory=dict)
    default_cameo: dict[str, str] = field(default_factory=dict)
    quad_of: dict[str, str] = field(default_factory=dict)
    object_modes: dict[str, str] = field(default_factory=dict)
    threat_modes: dict[str, str] = field(default_factory=dict)

    def score(self, type_: str, mode: str | None = None) -> float:
        """The intensity of a type (and mode, when the table has it)."""
        row = self.scores[type_]
        if mode is not None and mode in row.get("modes", {}):
            return float(row["modes"][mode])
        return float(row["score"])

    def __len__(self) -> int:
        return sum(
            len(v) for v in (*self.verbs.values(), *self.nouns.values(), *self.adjectives.values())
        )


def _parse_key(key: str, where: str) -> tuple[str, str, str | None]:
    parts = key.split()
    if len(parts) not in (2, 3):
        raise LexiconError(f"{where}: group key {key!r} must be 'TYPE CAMEO [mode]'")
    type_, cameo = parts[0], parts[1]
    if type_ not in PLOVER_TYPES:
        raise LexiconError(f"{where}: unknown PLOVER type {type_!r}")
    if not (len(cameo) == 2 and cameo.isdigit() and 1 <= int(cameo) <= 20):
        raise LexiconError(f"{where}: CAMEO root {cameo!r} must be '01'..'20'")
    return type_, cameo, parts[2] if len(parts) == 3 else None


def parse_pattern(text: str, type_: str, cameo: str, mode: str | None, *, pos: str) -> Entry:
    """Parse one pattern string of the lexicon into an :class:`Entry`.

    Args:
        text: e.g. ``"call for"``, ``"impose >sanction|embargo"``, ``"state of emergency"``.
        type_: PLOVER type of the group.
        cameo: CAMEO root of the group.
        mode: PLOVER mode of the group or None.
        pos: ``"verb"``, ``"noun"`` or ``"adjective"``.

    Raises:
        LexiconError: when the pattern is empty or malformed.
    """
    head, _, objs = text.partition(">")
    words = head.lower().split()
    objects = (
        frozenset(o.strip().lower() for o in objs.split("|") if o.strip()) if objs else frozenset()
    )
    if not words:
        raise LexiconError(f"empty pattern {text!r}")
    if pos == "noun":
        if len(words) == 1:
            return Entry(words[0], type_, cameo, mode, objects=objects)
        if len(words) == 3 and words[1] == "of":
            return Entry(words[0], type_, cameo, mode, of=words[2], objects=objects)
        if len(words) == 2:
            return Entry(words[1], type_, cameo, mode, modifier=words[0], objects=objects)
        raise LexiconError(f"noun pattern {text!r}: use 'lemma', 'mod lemma' or 'lemma of x'")
    if len(words) > 2:
        # "pull out of": a two-word particle is matched on its last word ("of"), a child of
        # the verb or of the first word ("out")
        return Entry(words[0], type_, cameo, mode, part=words[-1], via=words[1], objects=objects)
    return Entry(
        words[0], type_, cameo, mode, part=words[1] if len(words) == 2 else None, objects=objects
    )


def _word_class(items: list[str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for item in items:
        words = item.lower().split()
        out[words[0]] = words[-1] if len(words) > 1 else None
    return out


def parse_lexicon(
    lex: dict[str, Any], scores: dict[str, Any], *, where: str = "lexicon"
) -> Lexicon:
    """Build a :class:`Lexicon` from the parsed YAML of the lexicon and the intensity table."""
    out = Lexicon()
    for pos, index in (("verb", out.verbs), ("noun", out.nouns), ("adjective", out.adjectives)):
        section = lex.get(pos + "s") or {}
        for key, patterns in section.items():
            type_, cameo, mode = _parse_key(str(key), f"{where}:{pos}s")
            for text in patterns or []:
                entry = parse_pattern(str(text), type_, cameo, mode, pos=pos)
                index.setdefault(entry.lemma, []).append(entry)
    for index in (out.verbs, out.nouns, out.adjectives):
        for entries in index.values():
            entries.sort(key=lambda e: -e.specificity)
    out.light = _word_class(lex.get("light") or [])
    out.reverse = _word_class(lex.get("reverse") or [])
    out.intent = frozenset(w.split()[0] for w in lex.get("intent") or [])
    out.transparent = frozenset(w.split()[0] for w in lex.get("transparent") or [])
    out.report = frozenset(w.split()[0] for w in lex.get("report") or [])
    out.negators = _word_class(lex.get("negators") or [])
    out.scores = scores["types"]
    missing = set(PLOVER_TYPES) - set(out.scores)
    if missing:
        raise LexiconError(f"{where}: intensity table lacks {sorted(missing)}")
    out.goldstein_root = {str(k): float(v) for k, v in (scores.get("goldstein_root") or {}).items()}
    out.default_cameo = {k: str(v) for k, v in scores["default_cameo"].items()}
    for quad, types in scores["quad"].items():
        for t in types:
            out.quad_of[t] = quad
    for mode, words in (scores.get("object_modes") or {}).items():
        for w in words:
            out.object_modes[w] = mode
    out.threat_modes = dict(scores.get("threat_modes") or {})
    return out


def _read(name: str, data_dir: Path | None) -> dict[str, Any]:
    if data_dir is not None:
        text = (data_dir / name).read_text(encoding="utf-8")
    else:
        text = resources.files("onrecord.events").joinpath("data", name).read_text(encoding="utf-8")
    try:
        return yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:  # pragma: no cover - the packaged files are tested
        raise LexiconError(f"{name}: {exc}") from exc


@functools.lru_cache(maxsize=4)
def load_lexicon(data_dir: Path | None = None) -> Lexicon:
    """Load (once) the packaged lexicon and intensity table, or the ones in ``data_dir``.

    Example:
        >>> lex = load_lexicon()
        >>> lex.verbs["threaten"][0].type
        'THREATEN'
    """
    return parse_lexicon(_read("lexicon.yaml", data_dir), _read("intensity.yaml", data_dir))


def quad_class(type_: str) -> str:
    """The PLOVER quad class of a type: verbal/material cooperation/conflict."""
    return load_lexicon().quad_of[type_]
