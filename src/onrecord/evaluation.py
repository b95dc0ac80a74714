"""Evaluation against PolNeAR-style gold (brat attributions), with the shared scorer.

``polnear_predictions`` turns records into the scorer's JSONL lines: one line per
document, each quote with its text (direct segments keep their quotation marks, as the
gold contents do), the surface speaker and the resolved speaker name.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from onrecord.article import ArticleInput
from onrecord.pipeline import Extractor
from onrecord.record import Record


def token_f1(predicted: list[str], gold: list[str]) -> float:
    """Token F1 of a predicted content against a gold one (the strict scorer's measure: a
    statement counts as found at 0.8 or more)."""
    overlap = sum((Counter(predicted) & Counter(gold)).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / len(predicted), overlap / len(gold)
    return 2 * precision * recall / (precision + recall)


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


_NAME_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def polnear_date(doc_name: str) -> str | None:
    """The publication date PolNeAR file names carry (``breitbart_2016-09-12_...``)."""
    m = _NAME_DATE.search(doc_name)
    return m.group(1) if m else None


def polnear_documents(split_dir: Path) -> Iterator[tuple[str, str]]:
    """(name, text) for every document of a PolNeAR split directory."""
    for path in sorted((split_dir / "text").glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8")


def polnear_records(
    split_dir: Path, extractor: Extractor, *, limit: int | None = None
) -> Iterator[tuple[str, Record]]:
    """(name, record) for every document of a split (the first ``limit``), each article read
    with its publication date, as an ingest would: offices are looked up on that date."""
    docs = list(polnear_documents(split_dir))[:limit]
    records = extractor.extract_many(
        ArticleInput(text=t, published=polnear_date(n)) for n, t in docs
    )
    for (name, _), rec in zip(docs, records):
        yield name, rec


def predict_polnear(split_dir: Path, out: Path, *, limit: int | None = None) -> int:
    """Write predictions for a split; returns the number of documents."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for name, rec in polnear_records(split_dir, Extractor(), limit=limit):
            fh.write(json.dumps(prediction_line(name, rec), ensure_ascii=False) + "\n")
            n += 1
    return n


def _run_tool(tool: Path, *args: str) -> dict:
    res = subprocess.run(
        [sys.executable, str(tool), *args], check=True, capture_output=True, text=True
    )
    return json.loads(res.stdout)


def score(split_dir: Path, preds: Path, scorer: Path, subset: str = "all") -> dict:
    """Run the shared lenient scorer (``attrib_score.py``) and return its JSON summary."""
    return _run_tool(scorer, str(split_dir), str(preds), "--subset", subset)


def score_strict(split_dir: Path, preds: Path, scorer: Path, subset: str = "all") -> dict:
    """Run the shared strict scorer (``attrib_strict.py``: token F1 >= 0.8 per content)."""
    return _run_tool(scorer, str(split_dir), str(preds), "--subset", subset)


def score_lines(split_dir: Path, lines: list[dict], tools: Path) -> dict:
    """Lenient (all, direct) and strict figures of prediction lines, by the shared scorers."""
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "preds.jsonl"
        p.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
        return {
            "lenient": score(split_dir, p, tools / "attrib_score.py", "all"),
            "direct": score(split_dir, p, tools / "attrib_score.py", "direct"),
            "strict": score_strict(split_dir, p, tools / "attrib_strict.py", "all"),
        }


def cv_folds(names: list[str], folds: int = 5, seed: int = 0) -> list[int]:
    """Each document's cross-validation fold: a seeded shuffle of the names, dealt round
    (the same folds for every script that cross-validates on a split)."""
    import numpy as np  # a spaCy dependency; train_bounds.py's folds were drawn with it

    order = np.random.default_rng(seed).permutation(len(names))
    fold = [0] * len(names)
    for k, i in enumerate(order):
        fold[i] = k % folds
    return fold


def name_check(split_dir: Path, preds: Path, tool: Path) -> dict:
    """Run the shared name check (``name_check.py``): right mention, wrong resolved name."""
    return _run_tool(tool, str(split_dir), str(preds))


STATED_DATES_GOLD = Path(__file__).resolve().parents[2] / "tests/events/data/stated_dates.yaml"
"""The team's gold set of stated dates (fictional articles; see docs/events.md)."""


def stated_date_figures(
    articles: list[dict], extractor: Extractor, *, misses: list[str] | None = None
) -> dict:
    """Score events' stated dates against the gold (``STATED_DATES_GOLD``'s shape).

    Each gold act is matched to the first event coded in its sentence with that trigger word;
    an act not coded is counted apart. Returns ``acts``, ``coded`` and, over the coded acts,
    ``accuracy`` (the date exactly the gold's, null included), ``precision`` (of the dates
    given), ``recall`` (of the gold's dates), ``wrong_date`` (a date given where the gold
    has another or none) and ``by_precision`` (right/coded by the gold's precision).
    ``misses``, when given, receives one line per act dated wrongly.
    """
    import datetime as dt

    from onrecord.nlp import parse
    from onrecord.stated_dates import parse as parse_date

    n = coded = right = given = given_right = golden = golden_right = 0
    by_kind: Counter[str] = Counter()
    by_kind_right: Counter[str] = Counter()
    for art in articles:
        text, published = art["text"], art["published"]
        if isinstance(published, dt.date):
            published = published.isoformat()
        doc = parse(extractor.nlp, text)
        _, _, events = extractor.from_doc_detailed(doc, ArticleInput(text, published=published))
        for act in art["acts"]:
            n += 1
            start = text.index(act["sentence"])
            end = start + len(act["sentence"])
            hit = next(
                (
                    c.event
                    for c in events
                    if c.event.start < end
                    and c.event.end > start
                    and c.trigger.split("/")[0] == act["act"]
                ),
                None,
            )
            if hit is None:
                continue
            coded += 1
            want, got = act["date"], hit.date
            kind = parse_date(want).precision if want else "null"
            ok = got == want
            by_kind[kind] += 1
            by_kind_right[kind] += ok
            right += ok
            given += got is not None
            given_right += ok and got is not None
            golden += want is not None
            golden_right += ok and want is not None
            if misses is not None and not ok:
                misses.append(
                    f"{art['id']}: {act['act']!r} gold {want} got {got} | {act['sentence']}"
                )
    return {
        "acts": n,
        "coded": coded,
        "accuracy": round(right / coded, 4) if coded else None,
        "precision": round(given_right / given, 4) if given else None,
        "recall": round(golden_right / golden, 4) if golden else None,
        "wrong_date": given - given_right,
        "by_precision": {k: f"{by_kind_right[k]}/{by_kind[k]}" for k in sorted(by_kind)},
    }
