#!/usr/bin/env python3
"""Learn attitude and verb-less attribution cues from PolNeAR train.

    .venv/bin/python scripts/learn_cues.py ../shared/data/polnear/train \
        --out src/onrecord/attribution/data/learned_cues.yaml

Every token outside quotation marks is a candidate cue under one or two keys: its lemma
("expect", "critical") and, when it governs a preposition, lemma and preposition
("critical of", "proud of"). On the split's gold annotations a candidate *heads* a cue when
it lies inside a gold Cue span; its train precision is the share of its occurrences that do.
For the occurrences that head a cue the script also records where the gold content lies
relative to the token in the parse (``ccomp``: its clausal complement, ``xcomp``: its
infinitive, ``prep``: the object of the key's preposition, ``dobj``: its object), keeping the
relation that matches the gold content best (token F1 at least 0.5).

A key is written to the data file when it heads at least ``--min-support`` gold cues
(``--min-support-adj`` for adjectives, whose keys with a preposition or complement are
narrower and each rare: "critical of", "wary of"), its
train precision is at least ``--min-precision``, and one content relation accounts for at
least half of its cue occurrences; the file lists lemma, part of speech, relation and the
two counts (no text from the corpus).

The thresholds (support 4, 3 for adjectives; precision 0.35) were chosen by
cross-validation on train (``--cv --grid``): five folds grouped by article, cues learned on
four, the whole pipeline run on the fifth with them, the pooled predictions scored by the
shared scorers. A statement matched less often than half the F1 still raises F1, so a cue
pays its way well below precision 0.5; at support 3 F1 stops rising and precision falls.
Dev is only the check.

    .venv/bin/python scripts/learn_cues.py ../shared/data/polnear/train \
        --cache /tmp/onrecord-bounds/train.spacy --cv --grid 8:4:0.6,4:3:0.35

A second, rule-level check (``--check``, on train again) runs the extractor and counts, per
cue lemma, its statements whose content matches a gold content by the strict scorer's measure
(token F1 at least 0.8). Learned cues under half there are listed in ``_REJECTED`` with
their counts and left out of the file: most of their uses in PolNeAR are the writer's own
view without a source ("seemed to", "deemed"), or the rule cannot find the content's bounds.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import DocBin

from onrecord.attribution.marks import find_segments
from onrecord.evaluation import token_f1
from onrecord.nlp import load_pipeline, parse

_WORD = re.compile(r"\w+")
_POS = {"VERB", "AUX", "ADJ", "NOUN"}
_PREPS = {"of", "about", "on", "with", "over", "to", "for", "against", "toward", "towards"}


# Learned cues whose statements, as the extractor finds them on train, match a gold content
# (strict measure) less than half the time: `--check` on train, matched / not matched.
_REJECTED = {
    "seem": (33, 45),
    "deem": (4, 6),
    "reference": (8, 9),
    "eager": (3, 4),
    "inclined": (0, 4),
}


def _check(names: list[str], texts: list[str], docs: list, split_dir: Path) -> None:  # type: ignore[type-arg]
    """Per cue lemma: the extractor's statements that match a gold content (strict), not."""
    from onrecord.attribution import find_attributions

    stat: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, text, doc in zip(names, texts, docs):
        anns = sorted((split_dir / "attributions").glob(f"{name}_*.ann"))
        if not anns:
            continue
        golds = [_tokens(text, pieces) for _, pieces in _gold(anns[0])[1]]
        for att in find_attributions(doc):
            if att.kind == "direct" or att.cue is None:
                continue
            cue = doc.char_span(*att.cue, alignment_mode="expand")
            lemma = cue[0].lemma_.lower() if cue is not None and len(cue) else "?"
            got = _tokens(text, att.spans)
            ok = max((token_f1(got, g) for g in golds), default=0.0) >= 0.8
            stat[lemma][0 if ok else 1] += 1
    for lemma, (good, bad) in sorted(stat.items(), key=lambda kv: -sum(kv[1])):
        print(f"{lemma:<20} {good:>5} {bad:>5} {good / (good + bad):.2f}")


def _gold(path: Path) -> tuple[list[tuple[int, int]], list[tuple[tuple[int, int], list]]]:
    """Cue spans and, per attribution, (cue span, content pieces) of one .ann file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 1:
            tid, info, *_ = line.split("\t")
            label, offs = info.split(" ", 1)
            pieces = [tuple(int(x) for x in p.split()) for p in offs.split(";")]
            spans[tid] = (label, pieces)
        elif line.startswith("E") and "\t" in line:
            parts = line.split("\t")[1].split()
            events.append(dict(p.split(":", 1) for p in parts))
    cues = [p for label, ps in spans.values() if label == "Cue" for p in ps]
    atts = []
    for ev in events:
        cue = spans.get(ev.get("Cue", ""))
        content = spans.get(ev.get("Content", ""))
        if cue and content:
            lo = min(a for a, _ in cue[1])
            hi = max(b for _, b in cue[1])
            atts.append(((lo, hi), content[1]))
    return cues, atts


def _tokens(text: str, pieces: list) -> list[str]:
    return [w.lower() for a, b in pieces for w in _WORD.findall(text[a:b])]


def _relations(tok, prep):  # type: ignore[no-untyped-def]
    """Candidate content spans of ``tok``: relation name -> (start, end) characters."""
    out = {}
    for c in tok.children:
        if c.i < tok.i:
            continue
        sub = list(c.subtree)
        span = (sub[0].idx, sub[-1].idx + len(sub[-1].text))
        if c.dep_ == "ccomp" and "ccomp" not in out:
            out["ccomp"] = span
        elif c.dep_ == "xcomp" and "xcomp" not in out:
            out["xcomp"] = span
        elif c.dep_ == "dobj" and "dobj" not in out:
            out["dobj"] = span
        elif c.dep_ == "prep" and c.lower_ == prep and len(sub) > 1:
            out["prep"] = (sub[1].idx, span[1])
    return out


def count(names: list[str], texts: list[str], docs: list, split_dir: Path) -> list[tuple]:  # type: ignore[type-arg]
    """Every candidate key heading at least one gold cue: (key, gold cues headed,
    occurrences, train precision, commonest content relation, its count)."""
    total: Counter[tuple[str, str]] = Counter()
    heads: Counter[tuple[str, str]] = Counter()
    rel: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for name, text, doc in zip(names, texts, docs):
        anns = sorted((split_dir / "attributions").glob(f"{name}_*.ann"))
        if not anns:
            continue
        cues, atts = _gold(anns[0])  # the first annotator's file, as the scorers do
        cue_starts = sorted(cues)
        quoted = [(s.start, s.end) for s in find_segments(text)]
        for tok in doc:
            if tok.pos_ not in _POS or not tok.is_alpha:
                continue
            if any(lo <= tok.idx < hi for lo, hi in quoted):
                continue
            lemma = tok.lemma_.lower()
            preps = [c.lower_ for c in tok.children if c.dep_ == "prep" and c.i > tok.i]
            keys = [(lemma, tok.pos_ if tok.pos_ != "AUX" else "VERB")]
            keys += [(f"{lemma} {p}", keys[0][1]) for p in preps if p in _PREPS]
            in_cue = any(lo <= tok.idx < hi for lo, hi in cue_starts)
            for key in keys:
                total[key] += 1
                if not in_cue:
                    continue
                heads[key] += 1
                att = next(((c, p) for c, p in atts if c[0] <= tok.idx < c[1]), None)
                if att is None:
                    continue
                gold = _tokens(text, att[1])
                prep = key[0].split()[1] if " " in key[0] else ""
                best, best_f = "none", 0.5
                for r, (lo, hi) in _relations(tok, prep).items():
                    if r == "prep" and not prep:
                        continue
                    f = token_f1(_tokens(text, [(lo, hi)]), gold)
                    if f >= best_f:
                        best, best_f = r, f
                rel[key][best] += 1

    rows = []
    for key, n in heads.items():
        prec = n / total[key]
        top, top_n = rel[key].most_common(1)[0] if rel[key] else ("none", 0)
        rows.append((key, n, total[key], prec, top, top_n))
    rows.sort(key=lambda r: -r[1])
    return rows


def select(
    rows: list[tuple], min_support: int, min_support_adj: int, min_precision: float
) -> list[tuple]:  # type: ignore[type-arg]
    """The keys written to the data file (see the module docstring)."""
    return [
        r
        for r in rows
        if r[1] >= (min_support_adj if r[0][1] == "ADJ" else min_support)
        and r[3] >= min_precision
        and r[4] != "none"
        and r[5] >= 0.5 * r[1]
        and r[0][0] not in _REJECTED
    ]


def _cross_validate(names: list[str], texts: list[str], docs: list, a: argparse.Namespace) -> None:
    """Each threshold setting of ``--grid``, 5-fold cross-validated by document: cues are
    learned on four fifths, the whole pipeline extracts the held-out fifth with them, and the
    pooled predictions are scored by the shared scorers."""
    from onrecord.article import ArticleInput
    from onrecord.attribution.lexicon import build_cues, use_cues
    from onrecord.evaluation import cv_folds, polnear_date, prediction_line, score_lines
    from onrecord.pipeline import Extractor

    ex = Extractor()
    fold = cv_folds(names)
    counted = []
    for k in range(5):
        tr = [i for i in range(len(names)) if fold[i] != k]
        counted.append(
            count(
                [names[i] for i in tr], [texts[i] for i in tr], [docs[i] for i in tr], a.split_dir
            )
        )
    for setting in a.grid.split(","):
        support, support_adj, precision = setting.split(":")
        lines: list = [None] * len(names)
        n_cues = []
        for k in range(5):
            kept = select(counted[k], int(support), int(support_adj), float(precision))
            n_cues.append(len(kept))
            lexicon = build_cues({key[0]: [key[1], top, n, t] for key, n, t, _p, top, _ in kept})
            with use_cues(lexicon):
                for i in (i for i in range(len(names)) if fold[i] == k):
                    article = ArticleInput(text=texts[i], published=polnear_date(names[i]))
                    lines[i] = prediction_line(names[i], ex.from_doc(docs[i], article))
        figures = score_lines(a.split_dir, lines, a.tools)
        print(json.dumps({"setting": setting, "cues_per_fold": n_cues, **figures}))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("split_dir", type=Path)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--cache", type=Path, default=None, help="DocBin of the parsed split")
    ap.add_argument("--min-support", type=int, default=4)
    ap.add_argument(
        "--min-support-adj",
        type=int,
        default=3,
        help="for adjectives with a preposition or a complement (a narrower key)",
    )
    ap.add_argument("--min-precision", type=float, default=0.35)
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--check", action="store_true", help="the extractor's precision per cue")
    ap.add_argument(
        "--cv",
        action="store_true",
        help="5-fold cross-validated figures of each --grid setting (no file written)",
    )
    ap.add_argument(
        "--grid",
        default="8:4:0.6,4:3:0.35",
        help="comma-separated settings min-support:min-support-adj:min-precision",
    )
    ap.add_argument(
        "--tools", type=Path, default=Path(__file__).resolve().parents[2] / "shared/tools"
    )
    a = ap.parse_args()

    nlp = load_pipeline()
    names = sorted(p.stem for p in (a.split_dir / "text").glob("*.txt"))
    texts = [(a.split_dir / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    if a.cache and a.cache.exists():
        docs = list(DocBin(store_user_data=True).from_disk(a.cache).get_docs(nlp.vocab))
        if all("name" in d.user_data for d in docs):  # a cache of train_bounds.py's
            by_name = {d.user_data["name"]: d for d in docs}
            docs = [by_name[n] for n in names]
    else:
        docs = [parse(nlp, t) for t in texts]
        if a.cache:
            DocBin(store_user_data=True, docs=docs).to_disk(a.cache)

    if a.check:
        _check(names, texts, docs, a.split_dir)
        return

    if a.cv:
        _cross_validate(names, texts, docs, a)
        return
    rows = count(names, texts, docs, a.split_dir)
    kept = select(rows, a.min_support, a.min_support_adj, a.min_precision)
    if a.report:
        for key, n, t, prec, top, top_n in rows:
            if n >= min(a.min_support_adj, a.min_support // 2):
                mark = "+" if any(k[0] == key for k in kept) else " "
                print(f"{mark} {key[0]:<24} {key[1]:<5} {n:>4}/{t:<5} {prec:.2f} {top}:{top_n}")
    if a.out:
        lines = [
            "# Learned by scripts/learn_cues.py from PolNeAR train (lemmas and counts only).",
            f"# Thresholds: support >= {a.min_support} ({a.min_support_adj} for adjectives),"
            f" train precision >= {a.min_precision}, one content relation for half the cues.",
            "# cue: [part of speech, content relation, gold cues headed, occurrences]",
            "learned:",
        ]
        for key, n, t, _prec, top, _ in sorted(kept):
            lines.append(f"  {key[0]}: [{key[1]}, {top}, {n}, {t}]")
        a.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(kept)} cues to {a.out}")


if __name__ == "__main__":
    main()
