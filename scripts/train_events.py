"""Train the event-type model that ships in the package, and print its cross-validated figures.

Usage::

    .venv/bin/python scripts/train_events.py [DATA_DIR] [--no-cv] [--out PATH]

DATA_DIR defaults to ``../shared/data/events_train`` (read in place, never copied). Needs the
``train`` extra (``pip install -e '.[train]'``: scikit-learn). Seeds are fixed, so two runs on
the same data and spaCy model write the same weights.

Steps: every distinct sentence of both files is parsed once and coded by the real pipeline
with a recording stand-in for the model (features of the trigger that gives each sentence's
first event); 5-fold grouped cross-validation codes each held-out fold through the pipeline
with a model trained on the other four; the final model is trained on everything and written
to ``src/onrecord/events/data/event_model.npz`` with a NOTICE beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from onrecord.events import training as tr
from onrecord.events.gold import TRAIN_DIR, load_union
from onrecord.events.model import MODEL_FILE
from onrecord.nlp import model_name
from onrecord.pipeline import Extractor

OUT = Path(__file__).resolve().parents[1] / "src" / "onrecord" / "events" / "data" / MODEL_FILE

NOTICE = """\
event_model.npz — the trained event-type model of onrecord (weights only, no code).

Written by scripts/train_events.py from two sets of labelled news sentences (read in place
from ../shared/data/events_train, not distributed with onrecord):

* plover_sentences.tsv: the training split (datasets/PLV_train.tsv) of the PLV data set
  released with "Leveraging Codebook Knowledge with NLI and ChatGPT for Zero-Shot Political
  Relation Classification" (Hu et al., ACL 2024), built from the PLOVER/CAMEO gold-standard
  records of the Open Event Data Alliance, licensed CC BY-SA 4.0.
* penta_sentences.tsv: the CAMEO classification training split (data/cameo_class/train.tsv)
  used by ConfliBERT ("ConfliBERT: A Pre-trained Language Model for Political Conflict and
  Violence", Hu et al., NAACL 2022); its licence is its authors'.

The model is a derived work of that data: as far as the CC BY-SA 4.0 terms reach it, it is
shared under the same licence, with attribution to the authors above. The feature strings in
the file's vocabulary are lemmas and dependency labels, not sentences.

Training: {meta}
"""


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=TRAIN_DIR)
    ap.add_argument(
        "--no-cv", action="store_true", help="skip cross-validation (train and write only)"
    )
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    if not (args.data / "plover_sentences.tsv").exists():
        print(
            f"{args.data}: no plover_sentences.tsv (the shared data lives in ../shared)",
            file=sys.stderr,
        )
        return 2
    t0 = time.perf_counter()
    items = load_union(args.data)
    ex = Extractor(event_model=None)
    parsed = tr.parse_items(items, ex)
    print(
        f"parsed {len(parsed)} distinct sentences in {time.perf_counter() - t0:.0f} s",
        file=sys.stderr,
    )
    meta: dict[str, object] = {
        "sentences": len(parsed),
        "with_plover_type": sum(p.item.plover is not None for p in parsed),
        "with_penta": sum(p.item.penta is not None for p in parsed),
        "seed": tr.SEED,
        "spacy_model": model_name(),
        "C": [tr.C_TYPE, tr.C_PENTA],
        "penta_weight": tr.PENTA_WEIGHT,
        "min_count": tr.MIN_COUNT,
    }
    if not args.no_cv:
        figs = tr.figures(tr.cross_validate(parsed, ex, args.folds))
        meta["cv"] = {
            "folds": args.folds,
            "plover_macro_f1": figs["plover"]["macro_f1"],
            "penta_macro_f1": figs["penta"]["macro_f1"],
            "arguments": figs["arguments"],
        }
        print(json.dumps(figs, indent=2))
    arrays = tr.train(parsed, meta)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **arrays)
    (args.out.parent / "NOTICE").write_text(
        NOTICE.format(meta=json.dumps(meta, sort_keys=True)), encoding="utf-8"
    )
    print(
        f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, {len(arrays['vocab'])} features)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
