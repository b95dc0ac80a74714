#!/usr/bin/env python3
"""Are the statements onrecord misses found when their sentence stands alone?

    .venv/bin/python benchmarks/polnear_alone.py ../shared/data/polnear/train \\
        bench-output/polnear-train.jsonl --cues said,says,told,added --sample 120

For each gold attribution with a source whose cue is one of ``--cues`` and that no prediction
matches strictly (token F1 of the contents at least 0.8), the sentence around its source, cue
and content is run alone through ``find_attributions``. ``found-alone`` means the document's
context lost it (a neighbouring quotation, the pronoun resolver, a grouping); ``near-alone`` a
boundary that differs either way; ``missed-alone`` a construction the rules or the parse do not
read, the place to look for a rule. Prints the counts and the near and missed cases, with what
was found alone. PolNeAR's brat offsets are read directly; the gold is never copied.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

from onrecord.attribution import find_attributions
from onrecord.evaluation import token_f1
from onrecord.nlp import load_pipeline, parse

_WORD = re.compile(r"[\w']+")


def _toks(text: str) -> list[str]:
    """Lower-cased word tokens, accents folded, as the shared scorers count them."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return [
        w.lower() for w in _WORD.findall("".join(c for c in text if not unicodedata.combining(c)))
    ]


def _attributions(ann: Path) -> list[dict[str, tuple[int, int, str]]]:
    """The attributions of one brat file: role → (start, end, text) of its text bound."""
    spans: dict[str, tuple[int, int, str]] = {}
    events = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 3:
            offsets = [int(x) for x in parts[1].replace(";", " ").split()[1:]]
            spans[parts[0]] = (min(offsets[::2]), max(offsets[1::2]), parts[2])
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    return [
        {role: spans[e[role]] for role in ("Source", "Cue", "Content") if e.get(role) in spans}
        for e in events
    ]


def _sentence(text: str, lo: int, hi: int) -> str:
    """The text from the sentence break before ``lo`` to the one after ``hi``."""
    start = max(text.rfind(". ", 0, lo), text.rfind("\n", 0, lo)) + 1
    ends = [x for x in (text.find(". ", hi), text.find("\n", hi)) if x >= 0]
    return text[start : (min(ends) + 1 if ends else len(text))].strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split_dir", type=Path)
    ap.add_argument("preds", type=Path, help="predictions of eval_polnear.py --out")
    ap.add_argument("--cues", default="said,says,say,told,added,argued,wrote,noted,believes")
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    cues = {c.strip().lower() for c in a.cues.split(",")}
    preds = {}
    for line in a.preds.open(encoding="utf-8"):
        o = json.loads(line)
        preds[o["doc"]] = [_toks(q.get("text", "")) for q in o["quotes"]]
    rows = []
    for tf in sorted((a.split_dir / "text").glob("*.txt")):
        anns = sorted((a.split_dir / "attributions").glob(tf.stem + "_*.ann"))
        if not anns:
            continue
        text = tf.read_text(encoding="utf-8")
        found = preds.get(tf.stem, [])
        for att in _attributions(anns[0]):
            if len(att) < 3 or att["Cue"][2].lower() not in cues:
                continue
            gold = _toks(att["Content"][2])
            if any(token_f1(p, gold) >= 0.8 for p in found):
                continue
            lo = min(s for s, _, _ in att.values())
            hi = max(e for _, e, _ in att.values())
            rows.append((tf.stem, _sentence(text, lo, hi), att))
    random.Random(a.seed).shuffle(rows)
    nlp = load_pipeline()
    counts: Counter[str] = Counter()
    for name, sent, att in rows[: a.sample]:
        alone = find_attributions(parse(nlp, sent))
        gold = _toks(att["Content"][2])
        best = max(
            (token_f1(_toks(" ".join(sent[s:e] for s, e in f.spans)), gold) for f in alone),
            default=0.0,
        )
        kind = "found-alone" if best >= 0.8 else "near-alone" if best >= 0.5 else "missed-alone"
        counts[kind] += 1
        if kind != "found-alone":
            print(f"[{kind}] {name}: {sent[:240]}")
            print(f"    gold: {att['Source'][2]} | {att['Cue'][2]} | {att['Content'][2][:120]}")
            for f in alone:
                who = sent[f.speaker[0] : f.speaker[1]] if f.speaker else None
                print(f"    alone: {who} | {' … '.join(sent[s:e] for s, e in f.spans)[:120]}")
    print(
        json.dumps(
            {"missed_with_these_cues": len(rows), "sampled": min(a.sample, len(rows))}
            | dict(counts)
        )
    )


if __name__ == "__main__":
    main()
