"""The trained event-type model: two linear heads over trigger features, read with numpy.

The model file (``events/data/event_model.npz``, written by ``scripts/train_events.py``) holds
plain arrays only — loaded with ``allow_pickle=False``:

* ``vocab``: the feature strings the model knows;
* ``type_w``/``type_b``/``types``: a multinomial logistic regression over PLOVER types in the
  training data's label space (YIELD stands for CONCEDE + RETREAT);
* ``penta_w``/``penta_b``: the same over the CAMEO penta classes 0..4;
* ``meta``: a JSON string (training data, seed, cross-validated figures).

The two heads are combined as a product of experts over compatible (type, penta) pairs, so the
penta head (trained on about twice as many sentences) informs the type, and the CAMEO root
follows the pair: REQUEST with penta 0 is an appeal (CAMEO 02), with penta 3 a demand (10);
SUPPORT with penta 0 is an empathetic or approving comment (CAMEO 01).
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

MODEL_FILE = "event_model.npz"

PENTA_OF_TYPE: dict[str, tuple[int, ...]] = {
    "AGREE": (1,),
    "CONSULT": (1,),
    "SUPPORT": (1, 0),
    "COOPERATE": (2,),
    "AID": (2,),
    "YIELD": (2,),
    "CONCEDE": (2,),
    "RETREAT": (2,),
    "REQUEST": (3, 0),
    "ACCUSE": (3,),
    "REJECT": (3,),
    "THREATEN": (3,),
    "PROTEST": (4,),
    "SANCTION": (4,),
    "MOBILIZE": (4,),
    "COERCE": (4,),
    "ASSAULT": (4,),
}
"""Penta classes each type can carry (first = its usual one)."""

ROOT_FOR_PENTA0 = {"REQUEST": "02", "SUPPORT": "01"}


@dataclass(frozen=True, slots=True)
class Decision:
    """The model's reading of one trigger.

    Attributes:
        type: PLOVER type in the training label space (YIELD for CONCEDE/RETREAT).
        penta: CAMEO penta class 0..4 that goes with it.
        confidence: the joint probability of ``type`` (0..1).
        probs: every type's probability (for evaluation and explanations).
    """

    type: str
    penta: int
    confidence: float
    probs: dict[str, float]


class EventModel:
    """Scores feature lists with the two heads of a model file.

    Args:
        arrays: the arrays of the model file (see the module docstring).
    """

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.vocab: dict[str, int] = {str(f): i for i, f in enumerate(arrays["vocab"].tolist())}
        self.types: list[str] = [str(t) for t in arrays["types"].tolist()]
        self.type_w = np.asarray(arrays["type_w"], dtype=np.float32)
        self.type_b = np.asarray(arrays["type_b"], dtype=np.float32)
        self.penta_w = np.asarray(arrays["penta_w"], dtype=np.float32)
        self.penta_b = np.asarray(arrays["penta_b"], dtype=np.float32)
        meta = arrays.get("meta")
        self.meta: dict[str, Any] = json.loads(str(meta)) if meta is not None else {}
        self._pairs = [
            (i, t, p) for i, t in enumerate(self.types) for p in PENTA_OF_TYPE.get(t, ())
        ]
        # the pairs' type and penta indices, to add the two heads' scores in one operation
        self._pair_types = np.array([i for i, _, _ in self._pairs], dtype=np.intp)
        self._pair_pentas = np.array([p for _, _, p in self._pairs], dtype=np.intp)
        # The two heads side by side, so that a feature list's rows are gathered and summed
        # once for both. Summed down the rows (axis 0), each column is added up in the same
        # order as in its own head's array: the same scores to the bit.
        self._n_types = self.type_w.shape[1]
        self._both_w = np.ascontiguousarray(np.hstack([self.type_w, self.penta_w]))
        self._both_b = np.hstack([self.type_b, self.penta_b])

    @classmethod
    def load(cls, path: Path | None = None) -> EventModel:
        """Read a model file (the packaged one by default).

        Raises:
            FileNotFoundError: when the file does not exist.
            ValueError: when it lacks an array or holds pickled objects.
        """
        if path is None:
            ref = resources.files("onrecord.events").joinpath("data", MODEL_FILE)
            with resources.as_file(ref) as p:
                return cls.load(Path(p))
        with np.load(path, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
        missing = {"vocab", "types", "type_w", "type_b", "penta_w", "penta_b"} - set(arrays)
        if missing:
            raise ValueError(f"{path}: model file lacks {sorted(missing)}")
        return cls(arrays)

    def _indices(self, features: list[str]) -> list[int]:
        found = set(map(self.vocab.get, features))  # None for a feature not in the vocabulary
        found.discard(None)
        return sorted(found)  # type: ignore[type-var]

    def scores(self, features: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Log-probabilities of the type head and of the penta head."""
        idx = self._indices(features)
        # ``take`` gathers the same rows as ``self._both_w[idx]`` (the same array), without
        # the checks fancy indexing makes of a list of indices first: half the time
        z = self._both_b + (_sum(self._both_w.take(idx, axis=0), axis=0) if idx else 0.0)
        n = self._n_types
        return _log_softmax(z[:n]), _log_softmax(z[n:])

    def decide(self, features: list[str]) -> Decision:
        """The best compatible (type, penta) pair and the type's probability."""
        lt, lp = self.scores(features)
        joint = lt[self._pair_types] + lp[self._pair_pentas]
        joint = np.exp(joint - _largest(joint))
        joint /= _sum(joint)
        best = int(joint.argmax())
        _, type_, penta = self._pairs[best]
        probs: dict[str, float] = {}
        for (_, t, _), pr in zip(self._pairs, joint.tolist()):
            probs[t] = probs.get(t, 0.0) + pr
        return Decision(type_, penta, round(min(1.0, probs[type_]), 3), probs)


# ``a.sum()`` is this reduction behind a Python wrapper (numpy's ``_methods``): called
# directly, the result is the same to the bit, and a decision, made on arrays of 5 to 20
# numbers, spends less time in the wrapper than in the arithmetic.
_sum = np.add.reduce


def _largest(a: np.ndarray) -> np.floating[Any]:
    """``a.max()``: the element at ``a.argmax()``, the first of the largest (the same value,
    a NaN if ``a`` holds one, as ``a.max()`` gives), found for a third of the time of the
    reduction on the short arrays a decision reads."""
    return a[a.argmax()]


def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - _largest(z)
    return z - math.log(float(_sum(np.exp(z))))


@functools.lru_cache(maxsize=1)
def load_model() -> EventModel | None:
    """The packaged model, loaded once; None when the package ships none."""
    try:
        return EventModel.load()
    except FileNotFoundError:
        return None
