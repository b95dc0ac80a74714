"""Evaluation against PolNeAR-style gold (brat attributions), with the shared scorer.

``polnear_predictions`` turns records into the scorer's JSONL lines: one line per
document, each quote with its text (direct segments keep their quotation marks, as the
gold contents do), the surface speaker and the resolved speaker name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from onrecord.article import ArticleInput
from onrecord.pipeline import Extractor
from onrecord.record import Record


def prediction_line(doc_name: str, record: Record) -> dict:
    """The scorer's JSON object for one document."""
    quotes = []
    for q in record.quotes:
        if q.kind == "direct":
            text = " ".join(_with_marks(record.text, s, e) for s, e in q.spans)
        else:
            text = q.text
        sp = q.speaker
        quotes.append(
            {
                "text": text,
                "kind": q.kind,
                "speaker": sp.text if sp else None,
                "speaker_name": (sp.name if sp else None),
            }
        )
    return {"doc": doc_name, "quotes": quotes}


_MARK_CHARS = "“”\"«»„'`‘’"


def _with_marks(text: str, start: int, end: int) -> str:
    """The quoted segment with the quotation marks that surround it in the text."""
    lo = start
    while lo > max(0, start - 2) and text[lo - 1] in _MARK_CHARS:
        lo -= 1
    hi = end
    while hi < min(len(text), end + 2) and text[hi] in _MARK_CHARS:
        hi += 1
    return text[lo:hi]


def polnear_documents(split_dir: Path) -> Iterator[tuple[str, str]]:
    """(name, text) for every document of a PolNeAR split directory."""
    for path in sorted((split_dir / "text").glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8")


def predict_polnear(split_dir: Path, out: Path, *, limit: int | None = None) -> int:
    """Write predictions for a split; returns the number of documents."""
    extractor = Extractor()
    docs = list(polnear_documents(split_dir))[:limit]
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        records = extractor.extract_many(ArticleInput(text=t) for _, t in docs)
        for (name, _), rec in zip(docs, records):
            fh.write(json.dumps(prediction_line(name, rec), ensure_ascii=False) + "\n")
            n += 1
    return n


def score(split_dir: Path, preds: Path, scorer: Path, subset: str = "all") -> dict:
    """Run the shared scorer and return its JSON summary."""
    res = subprocess.run(
        [sys.executable, str(scorer), str(split_dir), str(preds), "--subset", subset],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(res.stdout)
