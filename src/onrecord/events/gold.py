"""Labelled event sentences (``../shared/data/events_train``) and the figures scored on them.

Shared by ``scripts/train_events.py``, ``benchmarks/eval_events.py`` and the CI floor test, so
the three read the data and score it the same way. Nothing here needs a training library.

* ``plover_sentences.tsv``: real sentences with a gold PLOVER type (YIELD is the pre-2021 name
  of CONCEDE + RETREAT: both score as YIELD), the penta class and marked source/target spans.
* ``penta_sentences.tsv``: real sentences with the CAMEO penta class only (0: CAMEO 01–02,
  1: 03–05, 2: 06–08, 3: 09–13, 4: 14–20).

About 540 sentences occur in both files; :func:`load_union` merges them on a normalised text so
one sentence is one item (and one cross-validation group).
"""

from __future__ import annotations

import csv
import json
import re
import time
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

TRAIN_DIR = Path(__file__).resolve().parents[4] / "shared" / "data" / "events_train"
"""``../shared/data/events_train`` next to a source checkout (read in place, never copied)."""
DEV_RECORDS = (
    Path(__file__).resolve().parents[4] / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.dev.json"
)
"""The PLOVER gold-standard dev records: never trained on, the coder's second, independent check."""
OLD_NAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

PENTA_OF_ROOT = {
    f"{r:02d}": (0 if r <= 2 else 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4)
    for r in range(1, 21)
}
"""CAMEO root -> penta class (0 statement/appeal, 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)."""

YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})

CAMEO_TO_ISO = {"JAP": "JPN", "ROM": "ROU", "GMY": "DEU", "UKG": "GBR", "TMP": "TLS", "ZAI": "COD"}
"""CAMEO's own country codes that differ from ISO 3166-1 alpha-3."""
NON_STATE = frozenset({"NGO", "IMG", "MNC", "UIS"})
"""Gold codes for actors of no state (non-governmental, militarised groups, companies...)."""


def code_matches(gold: str, predicted: str | None) -> bool:
    """Whether a predicted country code matches a gold PLOVER/CAMEO actor code.

    ISO codes match exactly (CAMEO's own mapped to ISO first); ``IGO`` matches any code that
    is not a country's (``UNO``, ``NATO``...); a non-state code matches no country at all.
    """
    gold = CAMEO_TO_ISO.get(gold, gold)
    if gold == "IGO":
        return predicted is not None and predicted not in _iso_codes()
    if gold in NON_STATE:
        return predicted is None
    return predicted == gold


@cache
def _iso_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def scored_type(type_: str | None) -> str:
    """A predicted or gold type in the label space of the training data (YIELD for CONCEDE/RETREAT)."""
    if type_ is None:
        return "NONE"
    return "YIELD" if type_ in YIELD_TYPES else type_


def norm_text(text: str) -> str:
    """The grouping key of a sentence: case, accents, punctuation and spacing folded."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


@dataclass(slots=True)
class GoldSpan:
    """A marked source or target: its text and character span in the sentence.

    An *implicit* argument (the PLOVER file's "a recipient" / "An actor" rows: the sentence
    names no one in that role) has no span (``start`` = ``end`` = -1); a coded event is right
    on that side only when it names no actor there either.
    """

    text: str
    start: int
    end: int

    @property
    def implicit(self) -> bool:
        """Whether the gold says the sentence names no actor in this role."""
        return self.start < 0


@dataclass(slots=True)
class Item:
    """One distinct sentence with whatever gold it has in either file.

    Attributes:
        text: the sentence.
        key: its normalised text (the cross-validation group).
        plover: gold PLOVER type (training label space, YIELD kept) or None.
        penta: gold penta class 0..4 or None (from the penta file when it has the sentence,
            else from the PLOVER file's verbal/material cooperation/conflict column).
        pairs: gold (source, target) spans, one per row of the PLOVER file.
    """

    text: str
    key: str
    plover: str | None = None
    penta: int | None = None
    pairs: list[tuple[GoldSpan | None, GoldSpan | None]] = field(default_factory=list)


_MARK = re.compile(r"</?[st]>")


def _spans(marked: str) -> tuple[str, GoldSpan | None, GoldSpan | None]:
    """Strip ``<s>``/``<t>`` marks; returns the plain sentence and the two spans."""
    out: list[str] = []
    pos = 0
    opened: dict[str, int] = {}
    found: dict[str, tuple[int, int]] = {}
    n = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += m.start() - pos
        tag = m.group(0)
        if tag.startswith("</"):
            k = tag[2]
            if k in opened:
                found[k] = (opened.pop(k), n)
        else:
            opened[tag[1]] = n
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)

    def span(k: str) -> GoldSpan | None:
        if k not in found:
            return None
        s, e = found[k]
        return GoldSpan(text[s:e], s, e)

    return text, span("s"), span("t")


IMPLICIT_ARGUMENTS = frozenset({"a recipient", "an actor"})
"""The PLOVER file's placeholders for a role the sentence leaves unnamed."""


def _implicit(value: str, span: GoldSpan | None) -> GoldSpan | None:
    if span is None and value.strip().lower() in IMPLICIT_ARGUMENTS:
        return GoldSpan(value.strip(), -1, -1)
    return span


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_union(data_dir: Path = TRAIN_DIR) -> list[Item]:
    """Both files merged into distinct sentences, in file order (PLOVER file first).

    Raises:
        FileNotFoundError: when the data directory or a file is absent.
    """
    items: dict[str, Item] = {}
    for row in _rows(data_dir / "plover_sentences.tsv"):
        text, s, t = _spans(row["marked_sentence"])
        if norm_text(text) != norm_text(row["sentence"]):
            text, s, t = row["sentence"], None, None
        s, t = _implicit(row["source"], s), _implicit(row["target"], t)
        key = norm_text(text)
        it = items.get(key)
        if it is None:
            it = items[key] = Item(
                text=text, key=key, plover=row["plover"], penta=int(row["penta"])
            )
        it.pairs.append((s, t))
    for row in _rows(data_dir / "penta_sentences.tsv"):
        key = norm_text(row["sentence"])
        it = items.get(key)
        if it is None:
            items[key] = Item(text=row["sentence"], key=key, penta=int(row["penta"]))
        else:
            # The penta file is the CAMEO-coded source of this label: it wins a disagreement.
            it.penta = int(row["penta"])
    return list(items.values())


def f1_table(gold: list[str], pred: list[str], labels: list[str]) -> dict[str, dict[str, float]]:
    """Per-label precision, recall, F1 and support (predictions outside ``labels`` are misses)."""
    out: dict[str, dict[str, float]] = {}
    for lab in labels:
        tp = sum(g == p == lab for g, p in zip(gold, pred))
        fp = sum(p == lab and g != lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[lab] = {
            "precision": round(prec, 3),
            "recall": round(rec, 3),
            "f1": round(f1, 3),
            "support": tp + fn,
        }
    return out


def macro_f1(table: dict[str, dict[str, float]]) -> float:
    """Mean F1 over the labels that have gold support."""
    f1s = [row["f1"] for row in table.values() if row["support"]]
    return round(sum(f1s) / len(f1s), 3) if f1s else 0.0


def load_dev(path: Path) -> list[dict[str, Any]]:
    """Gold records with a text, without DOCUMENT entries."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in data if r.get("event") != "DOCUMENT" and r.get("text")]


def dev_figures(records: list[dict[str, Any]], extractor: Any) -> dict[str, Any]:
    """First-event type, quad and argument figures on the PLOVER dev records."""
    gold: list[str] = []
    pred: list[str] = []
    quad = 0
    t0 = time.perf_counter()
    from onrecord.article import ArticleInput
    from onrecord.events.lexicon import quad_class

    # per role: [records with gold codes, first events whose actor has a gold code]
    roles = {"source": [0, 0], "target": [0, 0], "both": [0, 0]}
    for rec in records:
        g = OLD_NAMES.get(rec["event"], rec["event"])
        record = extractor(ArticleInput(text=rec["text"].strip()))
        ev = record.events[0] if record.events else None
        gold.append(scored_type(g))
        pred.append(scored_type(ev.type if ev else None))
        quad += ev is not None and quad_class(ev.type) == quad_class(g)
        right = {}
        for role in ("source", "target"):
            codes = [
                str(a["code"]) for a in rec.get(role) or [] if isinstance(a, dict) and a.get("code")
            ]
            if not codes:
                continue
            actor = record.actor(getattr(ev, role)) if ev is not None else None
            right[role] = ev is not None and any(
                code_matches(c, actor.country if actor else None) for c in codes
            )
            roles[role][0] += 1
            roles[role][1] += right[role]
        if len(right) == 2:
            roles["both"][0] += 1
            roles["both"][1] += right["source"] and right["target"]
    table = f1_table(gold, pred, sorted(set(gold)))
    n = len(gold)
    return {
        "records": n,
        "type_accuracy": round(sum(a == b for a, b in zip(gold, pred)) / n, 3),
        "macro_f1": macro_f1(table),
        "quad_accuracy": round(quad / n, 3),
        "no_event": pred.count("NONE"),
        # the first event's source / target / both carry the gold country code (an IGO code
        # for IGO, no country for a non-state actor); a record with no event is a miss
        "arguments": {
            role: {"n": k, "right": round(r / k, 3) if k else None}
            for role, (k, r) in roles.items()
        },
        "per_class_f1": {k: v["f1"] for k, v in table.items()},
        "seconds": round(time.perf_counter() - t0, 1),
    }
