#!/usr/bin/env python3
"""What extraction costs over spaCy's parse, measured so that runs agree (issue 15's bound).

Usage::

    .venv/bin/python benchmarks/cost.py ../shared/data/polnear/dev
    .venv/bin/python benchmarks/cost.py ../shared/data/polnear/dev --repeat 9
    .venv/bin/python benchmarks/cost.py ../shared/data/polnear/dev --instructions  # valgrind

Each text goes through the steps of :meth:`onrecord.pipeline.Extractor.extract_many`, timed
one by one: the **parse** (texts in batches of ``--batch-size``, as the extractor parses
them), then for each document the three stages issue 15 bounds, **attribution**
(:func:`find_attributions`), **actors** (the article's actor resolver and each statement's
quote with its speaker and addressee resolved) and **events** (:func:`code_events` with the
packaged model), then the **rest** of the record (joint speakers, the record itself). The
stages are the code of :meth:`Extractor.from_doc_with_actors`, step by step; a test checks
that they build the same record.

Default mode, **CPU time**: the parse and the stages are measured the same way, with the
process's CPU time (``time.process_time``: time other processes take on a shared machine is
not counted, as wall-clock time would be). Parse and stages are interleaved, one batch of
texts at a time, so both see the same state of the machine; the whole pass is repeated
``--repeat`` times (after a warm-up batch) and, for each batch and each step, the smallest
time over the repeats is kept (load only ever adds time). Prints one JSON line: seconds per
step, each stage's share of the parse, ``stages_over_parse`` (attribution + actors + events
over the parse, the figure ``benchmarks/throughput.py`` estimates from wall-clock time) and
``extraction_over_parse`` (the rest included), plus ``stages_over_parse_by_repeat``, the same
ratio from each repeat alone, to show how much a single pass would have moved.

``--instructions``: counts the instructions (callgrind) of the parse and of each stage, all
documents one step at a time (counts do not depend on the load: two runs of the same code
on PolNeAR dev agreed to 0.1 %, the rest being Python's string hashing, seeded anew for
each process, which changes how sets and dicts are walked). ``--no-gc`` counts with the
garbage collector off: the steps keep every document's objects alive, so a full collection
walks a heap that grows step by step, and where one lands moves a stage's count by a few per
cent between two versions whose code differs little; off, the counts compare the code alone.
The script runs itself under ``valgrind --tool=callgrind`` with instrumentation off, and switches it on and dumps the
counters between steps with ``callgrind_control``. It needs ``valgrind`` on PATH and takes
long: everything runs tens of times slower under valgrind, the parse most of all (``--limit``
for fewer texts). ``--no-parse`` counts the stages only, on texts parsed before counting
starts, or read with ``--parses`` from a spaCy DocBin (such as the cache
``scripts/train_bounds.py --cache`` writes), which takes about 5 minutes for PolNeAR dev::

    .venv/bin/python benchmarks/cost.py ../shared/data/polnear/dev --instructions \
        --no-parse --parses /tmp/bounds/dev.spacy

Without valgrind it says so and exits with status 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from onrecord.actors import ArticleActors
from onrecord.article import ArticleInput
from onrecord.attribution import find_attributions
from onrecord.events import code_events
from onrecord.nlp import PARSE_WHOLE_UP_TO, given_text, parse, parse_many
from onrecord.pipeline import Extractor, _add_joint_speakers, _to_quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from onrecord.record import Record

STAGES = ("attribution", "actors", "events")  # the three issue 15 bounds
STEPS = ("parse", *STAGES, "rest")
Clock = Callable[[], float]


def texts_of(split: Path, limit: int | None = None) -> list[str]:
    """The texts of a split (``text/*.txt`` or ``*.txt``), sorted by file name."""
    folder = split / "text" if (split / "text").exists() else split
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return texts[:limit] if limit else texts


def batches(texts: list[str], size: int) -> list[list[str]]:
    """The texts in parse batches of ``size``, in order."""
    return [texts[i : i + size] for i in range(0, len(texts), size)]


def parse_batch(ex: Extractor, texts: list[str]) -> list[Doc]:
    """Parse texts as :meth:`Extractor.extract_many` does: very long texts alone (in bounded
    pieces), the others together through ``parse_many``."""
    short = [t for t in texts if len(t) <= PARSE_WHOLE_UP_TO]
    piped: Iterator[Doc] = parse_many(ex.nlp, short, ex.batch_size)
    return [next(piped) if len(t) <= PARSE_WHOLE_UP_TO else parse(ex.nlp, t) for t in texts]


def extract_timed(
    ex: Extractor, doc: Doc, article: ArticleInput, clock: Clock, spent: dict[str, float]
) -> Record:
    """The record :meth:`Extractor.from_doc` builds, adding each stage's time to ``spent``."""
    t0 = clock()
    attributions = find_attributions(doc)
    t1 = clock()
    actors = ArticleActors(doc, kb=ex.kb, published=article.published)
    text = given_text(doc)
    quotes = [_to_quote(i, a, actors, text) for i, a in enumerate(attributions, 1)]
    t2 = clock()
    events = code_events(doc, quotes, actors, ex.event_model, published=article.published)
    t3 = clock()
    _add_joint_speakers(doc, quotes, attributions, actors, text)
    record = article.to_record(quotes=quotes, actors=actors.actors(), events=events)
    t4 = clock()
    spent["attribution"] += t1 - t0
    spent["actors"] += t2 - t1
    spent["events"] += t3 - t2
    spent["rest"] += t4 - t3
    return record


def measure(
    ex: Extractor, texts: list[str], repeat: int, batch_size: int, clock: Clock
) -> dict[str, object]:
    """CPU (or ``clock``) seconds of each step, the smallest per batch over ``repeat`` passes."""
    groups = batches(texts, batch_size)
    # warm-up: lazily loaded tables and models, first-call caches
    for doc, text in zip(parse_batch(ex, groups[0]), groups[0], strict=True):
        extract_timed(ex, doc, ArticleInput(text=text), clock, dict.fromkeys(STEPS, 0.0))
    best = [dict.fromkeys(STEPS, float("inf")) for _ in groups]
    by_repeat = []
    for _ in range(repeat):
        total = dict.fromkeys(STEPS, 0.0)
        for n, group in enumerate(groups):
            gc.collect()  # each batch starts from the same collector state, untimed
            spent = dict.fromkeys(STEPS, 0.0)
            t0 = clock()
            docs = parse_batch(ex, group)
            spent["parse"] = clock() - t0
            for doc, text in zip(docs, group, strict=True):
                extract_timed(ex, doc, ArticleInput(text=text), clock, spent)
            best[n] = {k: min(best[n][k], spent[k]) for k in STEPS}
            total = {k: total[k] + spent[k] for k in STEPS}
        by_repeat.append(sum(total[k] for k in STAGES) / total["parse"])
    seconds = {k: sum(b[k] for b in best) for k in STEPS}
    return {
        "docs": len(texts),
        "repeat": repeat,
        "batch_size": batch_size,
        "seconds": {k: round(v, 4) for k, v in seconds.items()},
        "share_of_parse": {k: round(seconds[k] / seconds["parse"], 4) for k in (*STAGES, "rest")},
        "stages_over_parse": round(sum(seconds[k] for k in STAGES) / seconds["parse"], 4),
        "extraction_over_parse": round(
            sum(seconds[k] for k in STEPS if k != "parse") / seconds["parse"], 4
        ),
        "stages_over_parse_by_repeat": [round(r, 4) for r in by_repeat],
    }


# --- instruction counts (callgrind) -------------------------------------------------------


def _wait_for(path: Path, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Wait until the counted process writes ``path``; stop if it has ended instead."""
    while not path.exists():
        if proc.poll() is not None:
            tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
            raise SystemExit(f"the process under valgrind ended early:\n{tail}")
        time.sleep(0.2)


def count_instructions(a: argparse.Namespace) -> dict[str, object]:
    """Run this script's ``--worker`` under callgrind and read each step's instruction count.

    The worker stops before each step until told to go on: first instrumentation is switched
    on, then after each step its counters are dumped (and zeroed) under the step's name."""
    missing = [tool for tool in ("valgrind", "callgrind_control") if shutil.which(tool) is None]
    if missing:
        print(
            f"cost.py --instructions: {' and '.join(missing)} not found on PATH; instruction "
            "counts need valgrind (callgrind). Install valgrind, or run without --instructions "
            "for the CPU-time figures.",
            file=sys.stderr,
        )
        raise SystemExit(2)
    steps = [s for s in STEPS if s != "parse" or not a.no_parse]
    with tempfile.TemporaryDirectory(prefix="onrecord-cost-") as tmp:
        folder = Path(tmp)
        log = folder / "log"
        cmd = [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={folder}/cg.out.%p",
            sys.executable,
            str(Path(__file__).resolve()),
            str(a.split_dir),
            "--worker",
            str(folder),
            "--batch-size",
            str(a.batch_size),
        ]
        if a.limit:
            cmd += ["--limit", str(a.limit)]
        if a.no_parse:
            cmd.append("--no-parse")
        if a.parses:
            cmd += ["--parses", str(a.parses.resolve())]
        if a.no_gc:
            cmd.append("--no-gc")
        with log.open("wb") as out:
            proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
            try:
                for step in ("ready", *steps):
                    _wait_for(folder / f"{step}.done", proc, log)
                    order = ["-i", "on"] if step == "ready" else ["-d", step]
                    subprocess.run(
                        ["callgrind_control", *order, str(proc.pid)],
                        check=True,
                        capture_output=True,
                    )
                    (folder / f"{step}.go").touch()
                if proc.wait() != 0:
                    raise SystemExit(f"valgrind failed:\n{log.read_text(errors='replace')[-3000:]}")
            finally:
                if proc.poll() is None:
                    proc.kill()
        counts = _dumped_counts(folder)
        n_docs = int((folder / "ready.done").read_text())
    out: dict[str, object] = {"docs": n_docs, "batch_size": a.batch_size}
    out["instructions_M"] = {k: round(counts[k] / 1e6, 1) for k in steps}
    if "parse" in counts:
        stages = sum(counts[k] for k in STAGES)
        out["stages_over_parse"] = round(stages / counts["parse"], 4)
        out["extraction_over_parse"] = round((stages + counts["rest"]) / counts["parse"], 4)
    return out


def _dumped_counts(folder: Path) -> dict[str, int]:
    """Instruction count of each named dump (callgrind writes ``desc: Trigger: dump NAME``)."""
    counts = {}
    for path in folder.glob("cg.out.*"):
        name = total = None
        with path.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if line.startswith("desc: Trigger: dump "):
                    name = line.removeprefix("desc: Trigger: dump ").strip()
                elif line.startswith(("summary:", "totals:")):
                    total = int(line.split()[1])
                    break
        if name and total is not None:
            counts[name] = total
    return counts


def worker(a: argparse.Namespace) -> None:
    """The counted process: each step over all documents, pausing between steps."""
    folder = a.worker
    ex = Extractor()
    texts = texts_of(a.split_dir, a.limit)
    groups = batches(texts, a.batch_size)
    docs = _parsed(ex, a.parses, groups)[: a.limit] if a.no_parse else []
    # warm-up (lazily loaded tables and models), on documents parsed already when there are
    # some (their per-document caches are dropped after it)
    warm = docs[: a.batch_size] if docs else parse_batch(ex, groups[0])
    spent = dict.fromkeys(STEPS, 0.0)
    for doc in warm:
        extract_timed(ex, doc, ArticleInput(text=given_text(doc)), time.process_time, spent)
    _drop_caches(docs)
    if a.no_gc:
        gc.collect()
        gc.disable()

    def step(name: str) -> None:
        # the marker file holds how many documents are counted (read back by the caller)
        (folder / f"{name}.done").write_text(str(len(docs if a.no_parse else texts)))
        while not (folder / f"{name}.go").exists():
            time.sleep(0.1)

    step("ready")
    if not a.no_parse:
        docs = [doc for group in groups for doc in parse_batch(ex, group)]
        step("parse")
    articles = [ArticleInput(text=given_text(doc)) for doc in docs]
    attributions = [find_attributions(doc) for doc in docs]
    step("attribution")
    resolved = []
    for doc, atts in zip(docs, attributions, strict=True):
        actors = ArticleActors(doc, kb=ex.kb, published=None)
        text = given_text(doc)
        quotes = [_to_quote(i, x, actors, text) for i, x in enumerate(atts, 1)]
        resolved.append((actors, text, quotes))
    step("actors")
    events = [
        code_events(doc, quotes, actors, ex.event_model)
        for doc, (actors, _, quotes) in zip(docs, resolved, strict=True)
    ]
    step("events")
    for doc, atts, (actors, text, quotes), evs, article in zip(
        docs, attributions, resolved, events, articles, strict=True
    ):
        _add_joint_speakers(doc, quotes, atts, actors, text)
        article.to_record(quotes=quotes, actors=actors.actors(), events=evs)
    step("rest")


def _parsed(ex: Extractor, parses: Path | None, groups: list[list[str]]) -> list[Doc]:
    """The documents the stages are counted on without their parse: read from ``parses`` (a
    spaCy DocBin, such as ``scripts/train_bounds.py --cache`` writes) when given, else parsed
    here (before counting starts, but slowly: valgrind runs every instruction)."""
    if parses is None:
        return [doc for group in groups for doc in parse_batch(ex, group)]
    from spacy.tokens import DocBin

    stored = DocBin(store_user_data=True).from_bytes(parses.read_bytes())
    docs = list(stored.get_docs(ex.nlp.vocab))
    _drop_caches(docs)
    return docs


def _drop_caches(docs: list[Doc]) -> None:
    """Forget what the stages keep in a document (its token table), so that a document
    used before is counted as a new one, and leave it as the parse does (holding its text:
    see ``nlp.doc_text``)."""
    for doc in docs:
        doc.user_data.pop("onrecord_tokens", None)
        doc.user_data["onrecord_text"] = doc.text


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("split_dir", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="the first N texts only")
    ap.add_argument("--repeat", type=int, default=5, help="passes (CPU time; default 5)")
    ap.add_argument("--batch-size", type=int, default=16, help="texts per parse batch")
    ap.add_argument("--wall", action="store_true", help="wall-clock time instead of CPU time")
    ap.add_argument("--instructions", action="store_true", help="instruction counts (valgrind)")
    ap.add_argument("--no-parse", action="store_true", help="--instructions: stages only")
    ap.add_argument(
        "--parses",
        type=Path,
        help="--instructions --no-parse: the parsed documents, a spaCy DocBin (saves their "
        "parse under valgrind; e.g. the cache scripts/train_bounds.py --cache writes)",
    )
    ap.add_argument(
        "--no-gc",
        action="store_true",
        help="--instructions: the garbage collector off while counting, so that two versions "
        "compare by their code alone (where a full collection lands moves a stage's count by "
        "a few per cent)",
    )
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        worker(a)
        return
    if a.instructions:
        print(json.dumps(count_instructions(a)))
        return
    texts = texts_of(a.split_dir, a.limit)
    if not texts:
        raise SystemExit(f"no .txt files under {a.split_dir}")
    clock = time.perf_counter if a.wall else time.process_time
    ex = Extractor(batch_size=a.batch_size)
    out = measure(ex, texts, a.repeat, a.batch_size, clock)
    print(json.dumps({"clock": "wall" if a.wall else "cpu", **out}))


if __name__ == "__main__":
    main()
