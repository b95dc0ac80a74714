#!/usr/bin/env python3
"""Extraction time and peak memory against input size, on plain and quote-dense text.

    .venv/bin/python benchmarks/scaling.py
    .venv/bin/python benchmarks/scaling.py --sizes 10k,30k,100k --kinds quotes

Each (kind, size) runs in its own subprocess, so the peak resident memory it reports
(``ru_maxrss``, Linux) belongs to that one extraction; the model is loaded and warmed up
on a short article before the clock starts, and ``model MB`` is the resident memory at
that point. The texts are generated from fictional sentences (Ostrava, Belvania, ...),
deterministically from ``--seed``:

* ``plain``: ordinary reporting prose on a single line (no paragraph breaks, the hostile
  shape: nothing bounds a paragraph);
* ``quotes``: the same prose with a quotation mark every ~3 characters (curly, straight,
  guillemets, low-9, many never closed), also on a single line;
* ``article``: the plain prose in paragraphs of a few sentences, with real quotations
  (the shape of normal news).

``µs/char`` should stay flat as the size grows: a quadratic path shows as a column that
doubles with every doubling of the input. ``CPU s`` is the extraction's own processor time,
which a busy machine disturbs less than the wall clock.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time

SIZES = {"10k": 10_000, "30k": 30_000, "100k": 100_000, "300k": 300_000, "1m": 1_000_000}
KINDS = ("plain", "quotes", "article")

_PEOPLE = [
    "Foreign Minister Ana Voss",
    "Teo Marr",
    "the Belvanian envoy",
    "Defence Minister Ilya Rook",
    "a spokeswoman for the XVL ministry",
    "President Mira Danek",
    "the Ostravan ambassador",
    "General Piet Solberg",
    "Chancellor Ruth Halloran",
    "the mediator, Sela Brandt",
]
_VERBS = ["said", "told reporters", "warned", "added", "insisted", "wrote", "declared", "argued"]
_CLAUSES = [
    "the border crossing at Merrow would stay open to every convoy",
    "Belvania had moved two brigades closer to the river",
    "the talks in Port Amaris could resume as soon as Wednesday",
    "Ostrava would not accept any new condition on the grain corridor",
    "observers had confirmed a partial pullback near the bridge",
    "the sanctions package was ready but had not been signed",
    "both delegations wanted a written agreement before the summer",
    "the council would meet again after the inspection",
]
_OPENERS = ["On Tuesday,", "Later,", "In a statement,", "Speaking in Lesk,", "", "", ""]
# (opening, closing) pairs of every convention the marks scanner knows
_MARKS = [("“", "”"), ('"', '"'), ("«", "»"), ("»", "«"), ("„", "“"), ("‘", "’")]


def _sentence(rng: random.Random) -> str:
    lead = rng.choice(_OPENERS)
    s = f"{rng.choice(_PEOPLE)} {rng.choice(_VERBS)} that {rng.choice(_CLAUSES)}."
    return f"{lead} {s}" if lead else s[0].upper() + s[1:]


def _quotation(rng: random.Random) -> str:
    o, c = rng.choice(_MARKS[:5])
    body = rng.choice(_CLAUSES).capitalize()
    return f"{o}{body},{c} {rng.choice(_PEOPLE)} {rng.choice(['said', 'told reporters'])}."


def plain_text(size: int, seed: int = 12) -> str:
    """Fictional reporting prose on one line, ``size`` characters long."""
    rng = random.Random(seed)
    parts: list[str] = []
    n = 0
    while n < size:
        s = _sentence(rng)
        parts.append(s)
        n += len(s) + 1
    return " ".join(parts)[:size]


def quote_dense_text(size: int, seed: int = 12) -> str:
    """The plain prose with a quotation mark every ~3 characters, on one line.

    Words are wrapped in marks of every convention, marks are dropped between words, and
    many are never closed: the kind of text that made pairing and overlap checks quadratic.
    """
    rng = random.Random(seed)
    out: list[str] = []
    n = 0
    while n < size:
        for word in _sentence(rng).split():
            r = rng.random()
            o, c = rng.choice(_MARKS)
            if r < 0.45:
                piece = f"{o}{word}{c}"
            elif r < 0.65:
                piece = f"{o}{word}"  # never closed
            elif r < 0.8:
                piece = f"{word}{c}{o}"
            else:
                piece = f"{o}{c}{word}"
            for _ in range(rng.randint(1, 3)):
                piece += " " + rng.choice(_MARKS)[rng.random() < 0.5]  # lone marks
            out.append(piece)
            n += len(piece) + 1
            if n >= size:
                break
    return " ".join(out)[:size]


def article_text(size: int, seed: int = 12) -> str:
    """Fictional news prose in paragraphs of two to five sentences, some of them quotations."""
    rng = random.Random(seed)
    paras: list[str] = []
    n = 0
    while n < size:
        para = " ".join(
            _quotation(rng) if rng.random() < 0.3 else _sentence(rng)
            for _ in range(rng.randint(2, 5))
        )
        paras.append(para)
        n += len(para) + 2
    return "\n\n".join(paras)[:size]


def make_text(kind: str, size: int, seed: int = 12) -> str:
    return {"plain": plain_text, "quotes": quote_dense_text, "article": article_text}[kind](
        size, seed
    )


def _rss_mb() -> float:
    # ru_maxrss is in KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_one(kind: str, size: int, seed: int) -> dict[str, object]:
    """Extract one generated text in this process; time and peak memory."""
    from onrecord.pipeline import ArticleInput, Extractor

    text = make_text(kind, size, seed)
    ex = Extractor()
    ex(ArticleInput(text=article_text(3000, seed + 1)))  # load and warm up
    model_mb = _current_rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    rec = ex(ArticleInput(text=text))
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    marks = sum(text.count(ch) for ch in '“”"«»„‘’')
    return {
        "kind": kind,
        "chars": len(text),
        "marks": marks,
        "seconds": round(dt, 3),
        "cpu_seconds": round(cpu, 3),
        "us_per_char": round(dt / len(text) * 1e6, 2),
        "cpu_us_per_char": round(cpu / len(text) * 1e6, 2),
        "peak_mb": round(_rss_mb(), 1),
        "model_mb": round(model_mb, 1),
        "quotes": len(rec.quotes),
        "events": len(rec.events),
    }


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--sizes", default="10k,30k,100k,300k,1m", help="comma-separated: " + ",".join(SIZES)
    )
    ap.add_argument(
        "--kinds", default="plain,quotes,article", help="comma-separated: " + ",".join(KINDS)
    )
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument(
        "--timeout", type=float, default=900, help="seconds per extraction before giving up"
    )
    ap.add_argument(
        "--json", action="store_true", help="one JSON object per row instead of a table"
    )
    ap.add_argument("--one", nargs=2, metavar=("KIND", "CHARS"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_one(a.one[0], int(a.one[1]), a.seed)))
        return

    kinds = [k for k in a.kinds.split(",") if k]
    sizes = [SIZES.get(s.lower()) or int(s) for s in a.sizes.split(",") if s]
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    head = (
        f"{'kind':8} {'chars':>9} {'marks':>7} {'seconds':>8} {'µs/char':>8} {'CPU s':>7} "
        f"{'CPU µs/char':>11} {'peak MB':>8} {'model MB':>9} {'quotes':>7} {'events':>7}"
    )
    if not a.json:
        print(head)
        print("-" * len(head), flush=True)
    for kind in kinds:
        for size in sizes:
            cmd = [sys.executable, __file__, "--one", kind, str(size), "--seed", str(a.seed)]
            try:
                proc = subprocess.run(
                    cmd, capture_output=True, text=True, timeout=a.timeout, check=True
                )
            except subprocess.TimeoutExpired:
                print(f"{kind:8} {size:>9} timed out after {a.timeout:.0f} s", flush=True)
                continue
            except subprocess.CalledProcessError as e:
                print(
                    f"{kind:8} {size:>9} failed: {e.stderr.strip().splitlines()[-1:]}", flush=True
                )
                continue
            row = json.loads(proc.stdout.strip().splitlines()[-1])
            if a.json:
                print(json.dumps(row), flush=True)
                continue
            print(
                f"{row['kind']:8} {row['chars']:>9,} {row['marks']:>7,} {row['seconds']:>8.2f} "
                f"{row['us_per_char']:>8.1f} {row['cpu_seconds']:>7.2f} {row['cpu_us_per_char']:>11.1f} "
                f"{row['peak_mb']:>8.0f} {row['model_mb']:>9.0f} "
                f"{row['quotes']:>7} {row['events']:>7}",
                flush=True,
            )
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
