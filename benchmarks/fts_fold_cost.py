"""What the full-text index's letter fold costs on SQLite: trigger writes and searches.

Two SQLite files get the same statements: one at migration ``ft01`` (seventeen letters
replaced in the triggers' SQL) and one at the newest revision (the letter table read from
Unicode names, replaced through chained views). Reported: the time of inserting statements
through the triggers, per row, with and without the index's triggers; and the time of
searches by a few words (a search costs by its hits: ft01 finds none for the new letters).

    .venv/bin/python benchmarks/fts_fold_cost.py --rows 20000
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

COMMON = (
    "the minister said talks would resume on monday border ferry convoy winter council "
    "ceasefire envoy sanctions agreement we’ll “not” – yes"
).split()
# Statements of three kinds: English only (typographic quotes and dashes, as news has them),
# with accents Unicode decomposes (no replacement needed), with letters of the table.
KINDS = {
    "plain": [],
    "accents": "Erdoğan José Zürich Kaczyński Šefčovič".split(),
    "letters": "Łódź Østerbro Ħamrun Ƙano Ŋgoma ﬁnance Wałęsa".split(),
}
SEARCHES = ["ferry", "hamrun", "lodz winter", "kano talks", "finance minister", "convoy"]


def _store(path: str, revision: str | None) -> None:
    from alembic import command

    from onrecord.store import migrate, open_store

    with open_store(path) as store:
        if revision:
            cfg = migrate.alembic_config()
            with store.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, revision)


def _texts(rows: int, extra: list[str], seed: int = 7) -> list[str]:
    """``rows`` statements of 15-45 words; with ``extra``, each holds one of them at least."""
    rng = random.Random(seed)
    words = COMMON + extra
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(15, 45))) for _ in range(rows)]
    return [f"{t} {rng.choice(extra)}" if extra else t for t in texts]


def _insert(path: str, texts: list[str], *, triggers: bool) -> float:
    """Seconds per row to insert ``texts`` as statements of one article (a plain client)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    if not triggers:
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'quotes_fts_%'"
        ).fetchall():
            con.execute(f"DROP TRIGGER {name}")
    columns = [r[1] for r in con.execute("PRAGMA table_info(quotes)") if r[1] != "id"]
    values = {"article_id": "'a'", "local_id": "?", "kind": "'direct'", "text": "?"}
    values |= {"spans": "'[]'", "ordinal": "0"}
    names = [c for c in columns if c in values]
    sql = f"INSERT INTO quotes ({', '.join(names)}) VALUES ({', '.join(values[c] for c in names)})"
    params = [
        tuple(f"q{i}" if c == "local_id" else t for c in names if values[c] == "?")
        for i, t in enumerate(texts)
    ]
    start = time.perf_counter()
    con.executemany(sql, params)
    con.commit()
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed / len(texts)


def _search(path: str, repeat: int) -> list[tuple[str, int, float]]:
    """(words, hits, median milliseconds) of each search: all its words, matches counted."""
    from onrecord.store.fulltext import fts5_match

    con = sqlite3.connect(path)
    sql = "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?"
    out = []
    for words in SEARCHES:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            hits = con.execute(sql, (fts5_match(words.split()),)).fetchone()[0]
            times.append(time.perf_counter() - start)
        out.append((words, hits, statistics.median(times) * 1000))
    con.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=5000, help="statements of each kind")
    parser.add_argument("--runs", type=int, default=3, help="runs; the fastest is reported")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="fts-cost-"))
    revisions = (("ft01 (17 letters)", "ft01"), ("newest (table)", None))
    print(f"{args.rows} statements of 15-45 words of each kind, the fastest of {args.runs} runs")
    print("index cost per row inserted (us): with the triggers minus without")
    for label, revision in revisions:
        cells = []
        for kind, extra in KINDS.items():
            texts = _texts(args.rows, extra)
            costs = []
            for run in range(args.runs):
                plain = str(folder / f"{revision}-{kind}-{run}-plain.db")
                indexed = str(folder / f"{revision}-{kind}-{run}.db")
                _store(plain, revision)
                _store(indexed, revision)
                bare = _insert(plain, texts, triggers=False)
                costs.append(_insert(indexed, texts, triggers=True) - bare)
            cells.append(f"{kind} {min(costs) * 1e6:6.1f}")
        print(f"  {label:<20} " + "   ".join(cells))
    print("search (median ms over --repeat runs), on the statements with letters")
    for label, revision in revisions:
        indexed = str(folder / f"{revision}-letters-0.db")
        for words, hits, ms in _search(indexed, args.repeat):
            print(f"  {label:<20} {words!r:<20} {hits:6d} hits {ms:7.3f} ms")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
