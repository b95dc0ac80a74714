"""Training and cross-validating the event-type model (needs the ``train`` extra: scikit-learn).

The pipeline is the real one (:class:`onrecord.pipeline.Extractor`): every sentence is parsed
once, then coded as its own article. Training reads the features of the trigger that gives the
article's *first* event (the one the figures score) through a recording stand-in for the model;
evaluation puts a fold's model into the coder and scores the first event of each held-out
sentence, exactly as ``onrecord extract`` would code it.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from onrecord.article import ArticleInput
from onrecord.events.features import trigger_features
from onrecord.events.gold import (
    PENTA_OF_ROOT,
    GoldSpan,
    Item,
    f1_table,
    macro_f1,
    norm_text,
    scored_type,
)
from onrecord.events.model import PENTA_OF_TYPE, Decision, EventModel
from onrecord.nlp import parse_many

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from onrecord.actors import ArticleActors
    from onrecord.pipeline import Extractor
    from onrecord.record import Event, Record

SEED = 13
PENTA_LABELS = ["0", "1", "2", "3", "4"]
MIN_COUNT = 2
C_TYPE = 10.0
C_PENTA = 10.0
PENTA_WEIGHT = 2.0
"""How much the penta head counts against the type head in the joint decision (its log-linear
weight, folded into its stored weights). C and this weight were picked among eight settings
on the same 5-fold cross-validation the figures come from (see docs/events.md)."""


class Recorder:
    """A stand-in model that records the features the coder asks about.

    Lexicon triggers keep the lexicon's reading (``decide`` answers None); a sentence without
    one gets its fallback event so its features are recorded too.
    """

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def decide(self, features: list[str]) -> Decision | None:
        self.calls.append(features)
        if "lex=NONE" in features:
            return Decision("CONSULT", 1, 1.0, {})
        return None


@dataclass(slots=True)
class Parsed:
    """A gold item with its parse and the features of its first event's trigger."""

    item: Item
    doc: Doc
    features: list[str] = field(default_factory=list)
    fallback: bool = False


def parse_items(items: list[Item], extractor: Extractor) -> list[Parsed]:
    """Parse every sentence once and record the features its first event is decided on.

    ``extractor`` is the pipeline (:class:`onrecord.pipeline.Extractor`), passed in so this
    package does not import the pipeline that imports it.
    """
    ex = extractor
    out: list[Parsed] = []
    docs = parse_many(ex.nlp, (it.text for it in items), 64)
    for doc, item in zip(docs, items, strict=True):
        rec = Recorder()
        ex.event_model = rec
        ex.from_doc(doc, ArticleInput(text=item.text))
        if rec.calls:
            feats, fallback = rec.calls[0], "lex=NONE" in rec.calls[0]
        else:
            # No event at all: the sentence still teaches the heads its words.
            sent = next(iter(doc.sents))
            feats, fallback = trigger_features(sent, sent.root), True
        out.append(Parsed(item, doc, feats, fallback))
    ex.event_model = None
    return out


def _vocab(rows: list[list[str]]) -> list[str]:
    counts = Counter(f for r in rows for f in set(r))
    return sorted(f for f, c in counts.items() if c >= MIN_COUNT)


def _matrix(rows: list[list[str]], index: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix

    data, indices, indptr = [], [], [0]
    for r in rows:
        idx = sorted({index[f] for f in r if f in index})
        indices.extend(idx)
        data.extend([1.0] * len(idx))
        indptr.append(len(indices))
    return csr_matrix(
        (np.array(data, dtype=np.float32), indices, indptr), shape=(len(rows), len(index))
    )


def _fit(x: Any, y: list[str], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=SEED)
    clf.fit(x, y)
    return clf


def train(parsed: list[Parsed], meta: dict[str, Any] | None = None) -> dict[str, np.ndarray]:
    """Fit both heads on parsed items; returns the arrays of a model file.

    The type head learns from items with a PLOVER label, the penta head from items with a
    penta label (both files); features seen fewer than twice are dropped.
    """
    vocab = _vocab([p.features for p in parsed])
    index = {f: i for i, f in enumerate(vocab)}
    typed = [p for p in parsed if p.item.plover]
    pent = [p for p in parsed if p.item.penta is not None]
    tclf = _fit(
        _matrix([p.features for p in typed], index), [p.item.plover or "" for p in typed], C_TYPE
    )
    pclf = _fit(
        _matrix([p.features for p in pent], index),
        [str(_train_penta(p.item)) for p in pent],
        C_PENTA,
    )
    pw = np.zeros((len(vocab), 5), dtype=np.float32)
    pb = np.full(5, -30.0, dtype=np.float32)
    for j, lab in enumerate(pclf.classes_):
        pw[:, int(lab)] = pclf.coef_[j] * PENTA_WEIGHT
        pb[int(lab)] = pclf.intercept_[j] * PENTA_WEIGHT
    return {
        "vocab": np.array(vocab),
        "types": np.array([str(t) for t in tclf.classes_]),
        "type_w": tclf.coef_.T.astype(np.float32),
        "type_b": tclf.intercept_.astype(np.float32),
        "penta_w": pw,
        "penta_b": pb,
        "meta": np.array(json.dumps(meta or {})),
    }


def _train_penta(item: Item) -> int:
    """The penta class the penta head learns for an item.

    A sentence with a PLOVER type learns its type's class under the CAMEO-to-PLOVER table
    (SANCTION is CAMEO 16, class 4), even where the penta file puts it elsewhere (it files
    the PLOVER file's "suspended aid"/"expelled diplomats" sentences under class 3): the two
    heads must agree on what a type means. Evaluation keeps the penta file's label.
    """
    if item.plover:
        return PENTA_OF_TYPE[item.plover][0]
    return int(item.penta or 0)


def grouped_folds(parsed: list[Parsed], k: int = 5, seed: int = SEED) -> list[int]:
    """A fold number per item; items are distinct normalised sentences, so groups never split."""
    order = list(range(len(parsed)))
    random.Random(seed).shuffle(order)
    fold = [0] * len(parsed)
    for n, i in enumerate(order):
        fold[i] = n % k
    return fold


def _overlaps(a: tuple[int, int], b: GoldSpan) -> bool:
    return a[0] < b.end and b.start < a[1]


def argument_right(
    actor_id: str | None, gold: GoldSpan | None, record: Record, actors: ArticleActors
) -> bool | None:
    """Whether an event's source (or target) is the gold one; None when there is no gold span.

    Right when the gold span resolves to the same actor, or the actor's name or one of its
    aliases is written inside the gold span ("Iranian Foreign Minister Mohammad Javad Zarif" for
    the actor Zarif). An implicit gold argument ("a recipient": the sentence names no one in
    that role) is right only when the event names no actor there either.
    """
    if gold is None:
        return None
    if gold.implicit:
        return actor_id is None
    if actor_id is None:
        return False
    if actors.resolve_span(gold.start, gold.end) == actor_id:
        return True
    actor = record.actor(actor_id)
    if actor is None:
        return False
    low = f" {norm_text(gold.text)} "
    # Whole words only: the alias "US" is not inside "Russia" or "business".
    return any(
        n and norm_text(n) and f" {norm_text(n)} " in low for n in (actor.name, *actor.aliases)
    )


@dataclass(slots=True)
class Outcome:
    """What the pipeline coded for one item."""

    parsed: Parsed
    event: Event | None
    source_ok: bool | None = None
    target_ok: bool | None = None
    detail: dict[str, Any] = field(default_factory=dict)


def code_items(
    parsed: list[Parsed], model: EventModel | None, extractor: Extractor
) -> list[Outcome]:
    """Code each item as its own article with ``model``; score its first event's arguments."""
    ex = extractor
    ex.event_model = model
    out: list[Outcome] = []
    for p in parsed:
        record, actors = ex.from_doc_with_actors(p.doc, ArticleInput(text=p.item.text))
        ev = record.events[0] if record.events else None
        o = Outcome(p, ev)
        if p.item.pairs:
            # Several gold pairs for one sentence: the event is right when it matches any pair.
            # No event is a miss on both sides, an implicit gold argument included.
            best = (False, False)
            for s, t in p.item.pairs if ev is not None else []:
                so = bool(argument_right(ev.source, s, record, actors))
                to = bool(argument_right(ev.target, t, record, actors))
                if (so + to, so) > (best[0] + best[1], best[0]):
                    best = (so, to)
            o.source_ok, o.target_ok = best
            names = {a.id: a.name for a in record.actors}
            s0, t0 = p.item.pairs[0]
            o.detail = {
                # Whether the gold span names an actor at all (many PLV targets are things:
                # "the legislation", "a presidential election"): a miss there is by design.
                "gold_is_actor": [
                    bool(x and not x.implicit and actors.resolve_span(x.start, x.end))
                    for x in (s0, t0)
                ],
                "source": names.get(ev.source) if ev and ev.source else None,
                "target": names.get(ev.target) if ev and ev.target else None,
                "gold": [(s.text if s else None, t.text if t else None) for s, t in p.item.pairs],
            }
        out.append(o)
    ex.event_model = None
    return out


def figures(outcomes: list[Outcome]) -> dict[str, Any]:
    """Type and penta macro-F1 with per-class tables and confusion matrices; argument rates."""
    g = [o.parsed.item.plover for o in outcomes if o.parsed.item.plover]
    p = [scored_type(o.event.type if o.event else None) for o in outcomes if o.parsed.item.plover]
    labels = sorted(set(g))
    gp = [str(o.parsed.item.penta) for o in outcomes if o.parsed.item.penta is not None]
    pp = [
        str(PENTA_OF_ROOT[o.event.cameo]) if o.event else "NONE"
        for o in outcomes
        if o.parsed.item.penta is not None
    ]
    ttab, ptab = f1_table(g, p, labels), f1_table(gp, pp, PENTA_LABELS)
    argd = [o for o in outcomes if o.source_ok is not None]
    conf = [o.event.confidence for o in outcomes if o.event and o.event.confidence is not None]
    return {
        "plover": {
            "sentences": len(g),
            "macro_f1": macro_f1(ttab),
            "accuracy": round(sum(a == b for a, b in zip(g, p)) / len(g), 3) if g else 0.0,
            "no_event": p.count("NONE"),
            "per_class": ttab,
            "confusion": confusion(g, p, labels),
        },
        "penta": {
            "sentences": len(gp),
            "macro_f1": macro_f1(ptab),
            "accuracy": round(sum(a == b for a, b in zip(gp, pp)) / len(gp), 3) if gp else 0.0,
            "no_event": pp.count("NONE"),
            "per_class": ptab,
            "confusion": confusion(gp, pp, PENTA_LABELS),
        },
        "arguments": {
            "sentences": len(argd),
            "source": round(sum(bool(o.source_ok) for o in argd) / len(argd), 3) if argd else None,
            "target": round(sum(bool(o.target_ok) for o in argd) / len(argd), 3) if argd else None,
            "both": round(sum(bool(o.source_ok and o.target_ok) for o in argd) / len(argd), 3)
            if argd
            else None,
        },
        "confidence_mean": round(float(np.mean(conf)), 3) if conf else None,
    }


def confusion(gold: list[str], pred: list[str], labels: list[str]) -> dict[str, dict[str, int]]:
    """Rows: gold label; columns: predicted label (NONE for no event), non-zero cells only."""
    out: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred):
        if g in labels:
            row = out.setdefault(g, {})
            row[p] = row.get(p, 0) + 1
    return out


def cross_validate(parsed: list[Parsed], extractor: Extractor, k: int = 5) -> list[Outcome]:
    """Grouped k-fold: train on k-1 folds, code the held-out fold through the pipeline."""
    ex = extractor
    folds = grouped_folds(parsed, k)
    outcomes: list[Outcome | None] = [None] * len(parsed)
    for f in range(k):
        tr = [p for p, n in zip(parsed, folds) if n != f]
        te_idx = [i for i, n in enumerate(folds) if n == f]
        model = EventModel(train(tr))
        for i, o in zip(te_idx, code_items([parsed[i] for i in te_idx], model, ex)):
            outcomes[i] = o
    return [o for o in outcomes if o is not None]


def confidence_table(
    outcomes: list[Outcome], floors: tuple[float, ...] = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
) -> list[dict[str, float]]:
    """For each floor: the share of first events kept and the type accuracy of those kept.

    The evidence for the default minimum confidence (an event under the floor is left out of
    timelines, dyads and alerts).
    """
    coded = [
        o
        for o in outcomes
        if o.event is not None and o.parsed.item.plover and o.event.confidence is not None
    ]
    rows = []
    for floor in floors:
        kept = [o for o in coded if (o.event.confidence or 0.0) >= floor]  # type: ignore[union-attr]
        right = sum(scored_type(o.event.type) == o.parsed.item.plover for o in kept)  # type: ignore[union-attr]
        rows.append(
            {
                "floor": floor,
                "kept": round(len(kept) / len(coded), 3) if coded else 0.0,
                "accuracy": round(right / len(kept), 3) if kept else 0.0,
            }
        )
    return rows
