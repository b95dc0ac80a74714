#!/usr/bin/env python3
"""Write speed of ``Store.add_record`` (articles/s) on real extraction records.

    .venv/bin/python benchmarks/store_write.py                       # extract (once) and measure
    .venv/bin/python benchmarks/store_write.py --records 50 --prefill 2000 --repeat 3
    .venv/bin/python benchmarks/store_write.py --profile prefilled   # cProfile of one run instead
    .venv/bin/python benchmarks/store_write.py --db postgresql+psycopg://me@127.0.0.1:5432/postgres

1. Extracts the PolNeAR train texts once (``--extract``, default 400, sorted by file name,
   with their publication date, outlet and title from ``metadata.tsv``) and keeps the records
   in ``bench-output/store-write-records.jsonl``; later runs reuse them. No parsing is timed.
2. **Fresh store**: adds the first ``--records`` records (default 50) to a new SQLite file.
3. **Prefilled store**: the same records added to a copy of a store that already holds
   ``--prefill`` articles (default 2,000): every other cached record, then variants of them
   (the same article re-published under another URL on a later day: new text, same people)
   until the count is reached. The prefilled store is built once with ``add_record`` and kept
   in ``bench-output/store-write-prefill-N.db``; ``--rebuild`` builds it again.

With ``--db URL`` (a PostgreSQL server; the database named in the URL is only used to create
others) every run writes into a database of its own on that server, created for the run and
dropped after it; the prefilled store is a template database (``onrecord_bench_prefill_N``)
built once and copied per run. ``python -m tests.pg_cluster start DIR`` starts a throwaway
server.

Each is timed twice: with ``add_record``'s default grouping (story clusters and quote lineage
in the article's transaction, what every ingest does) and with ``group=False`` (the article
alone, as ``add_record`` wrote before grouping moved into it).

Prints the best and median articles/s over ``--repeat`` runs of each. Run it on an idle machine.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import json
import pstats
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from onrecord.record import Record, text_id

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench-output"
CACHE = OUT / "store-write-records.jsonl"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"


def _metadata() -> dict[str, dict[str, str]]:
    path = POLNEAR / "metadata.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}


def extract_records(limit: int) -> list[Record]:
    """The first ``limit`` PolNeAR train texts as records (read from the cache when it has them)."""
    if CACHE.exists():
        cached = [
            Record.from_dict(json.loads(line))
            for line in CACHE.read_text(encoding="utf-8").splitlines()
        ]
        if len(cached) >= limit:
            return cached[:limit]
    from onrecord.article import ArticleInput
    from onrecord.pipeline import Extractor

    meta = _metadata()
    paths = sorted((POLNEAR / "train" / "text").glob("*.txt"))[:limit]
    if not paths:
        raise SystemExit(f"no PolNeAR texts under {POLNEAR / 'train' / 'text'}")
    inputs = []
    for p in paths:
        m = meta.get(p.stem, {})
        inputs.append(
            ArticleInput(
                text=p.read_text(encoding="utf-8"),
                title=m.get("title") or p.stem,
                published=m.get("publication_date") or None,
                source=m.get("publisher") or None,
                url=f"https://polnear.example/{p.stem}",
            )
        )
    t0 = time.perf_counter()
    records = list(Extractor().extract_many(inputs))
    print(
        f"extracted {len(records)} records in {time.perf_counter() - t0:.0f} s -> {CACHE}",
        file=sys.stderr,
    )
    OUT.mkdir(parents=True, exist_ok=True)
    CACHE.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in records), encoding="utf-8")
    return records


def variant(record: Record, n: int) -> Record:
    """``record`` re-published: another URL, a later day and a text of its own, the same people."""
    text = f"{record.text}\n\n(Republished, edition {n}.)"
    published = record.published
    if published and len(published) >= 10 and published[:4].isdigit():
        published = f"{int(published[:4]) + n}{published[4:]}"
    return replace(record, id=text_id(text), text=text, url=f"{record.url or 'https://x.example/a'}/r{n}",
                   published=published)  # fmt: skip


def prefill_records(pool: list[Record], count: int) -> list[Record]:
    """``count`` records: ``pool`` itself, then its variants."""
    out = list(pool[:count])
    n = 1
    while len(out) < count:
        out.extend(variant(r, n) for r in pool[: count - len(out)])
        n += 1
    return out


def add_all(db: Path | str, records: list[Record], *, group: bool = True) -> float:
    """Seconds to add ``records`` to the store at ``db`` (opened and migrated beforehand)."""
    from onrecord.store import open_store

    with open_store(str(db)) as store:
        t0 = time.perf_counter()
        for r in records:
            if not store.add_record(r, group=group).new:
                raise SystemExit(f"record {r.id} was already stored")
        return time.perf_counter() - t0


# -- PostgreSQL: one database per run, on the server --db names --------------------------------


def _pg_conninfo(url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    parts = {
        "host": u.host,
        "port": u.port,
        "user": u.username,
        "password": u.password,
        "dbname": database,
    }
    return " ".join(f"{k}={v}" for k, v in parts.items() if v)


def _pg_url(url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=database).render_as_string(hide_password=False)


def _pg_exec(url: str, sql: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    with psycopg.connect(
        _pg_conninfo(url, make_url(url).database or "postgres"), autocommit=True
    ) as conn:
        conn.execute(sql)


def _pg_exists(url: str, name: str) -> bool:
    import psycopg
    from sqlalchemy.engine import make_url

    with psycopg.connect(
        _pg_conninfo(url, make_url(url).database or "postgres"), autocommit=True
    ) as conn:
        return (
            conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            is not None
        )


def build_prefill(path: Path, records: list[Record]) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    seconds = add_all(path, records)
    print(f"prefilled {len(records):,} articles in {time.perf_counter() - t0:.0f} s "
          f"({len(records) / seconds:.1f} articles/s): {path}", file=sys.stderr)  # fmt: skip


def _copy_db(src: Path, dst: Path) -> None:
    import sqlite3

    # A consistent copy including anything still in the WAL.
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)


def measure(
    records: list[Record], *, base: Path | None, repeat: int, group: bool = True
) -> list[float]:
    """Articles/s of each of ``repeat`` runs adding ``records`` (to a copy of ``base``, or a new store)."""
    from onrecord.store import open_store

    rates = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "store.db"
            if base is not None:
                _copy_db(base, db)
            with open_store(str(db)):
                pass  # migrate before timing
            rates.append(len(records) / add_all(db, records, group=group))
    return rates


def measure_pg(
    records: list[Record], *, server: str, template: str | None, repeat: int, group: bool = True
) -> list[float]:
    """Like :func:`measure`, each run in a new database on the PostgreSQL ``server``."""
    from onrecord.store import open_store

    rates = []
    for n in range(repeat):
        name = f"onrecord_bench_run_{n}"
        _pg_exec(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _pg_exec(
            server, f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
        )
        try:
            url = _pg_url(server, name)
            with open_store(url):
                pass  # migrate before timing
            rates.append(len(records) / add_all(url, records, group=group))
        finally:
            _pg_exec(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return rates


def build_prefill_pg(server: str, name: str, records: list[Record]) -> None:
    _pg_exec(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _pg_exec(server, f'CREATE DATABASE "{name}"')
    t0 = time.perf_counter()
    seconds = add_all(_pg_url(server, name), records)
    print(f"prefilled {len(records):,} articles in {time.perf_counter() - t0:.0f} s "
          f"({len(records) / seconds:.1f} articles/s): {name}", file=sys.stderr)  # fmt: skip


def _line(label: str, rates: list[float]) -> str:
    return (f"{label:<28}{max(rates):>10.1f}{statistics.median(rates):>12.1f}"
            f"{1000 / max(rates):>14.1f}")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--extract", type=int, default=400, help="Texts to extract and cache (default 400)."
    )
    ap.add_argument("--records", type=int, default=50, help="Records timed per run (default 50).")
    ap.add_argument(
        "--prefill",
        type=int,
        default=2000,
        help="Articles already in the prefilled store (0: skip).",
    )
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rebuild", action="store_true", help="Build the prefilled store again.")
    ap.add_argument(
        "--profile", choices=["fresh", "prefilled"], help="cProfile one run instead of timing."
    )
    ap.add_argument(
        "--db",
        help="A PostgreSQL server URL (postgresql+psycopg://...): measure there instead of SQLite.",
    )
    args = ap.parse_args()

    pool = extract_records(max(args.extract, args.records + 1))
    timed, rest = pool[: args.records], pool[args.records :]
    base = OUT / f"store-write-prefill-{args.prefill}.db"
    if args.profile:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "store.db"
            if args.profile == "prefilled":
                _copy_db(base, db)
            add_all(db, [])
            profiler = cProfile.Profile()
            profiler.enable()
            add_all(db, timed)
            profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        return

    template = f"onrecord_bench_prefill_{args.prefill}"  # the prefilled store on a server

    def run(prefilled: bool, group: bool = True) -> list[float]:
        if args.db:
            start = template if prefilled else None
            return measure_pg(
                timed, server=args.db, template=start, repeat=args.repeat, group=group
            )
        return measure(timed, base=base if prefilled else None, repeat=args.repeat, group=group)

    results = [("fresh store", run(False)), ("  (no grouping)", run(False, group=False))]
    if args.prefill:
        if args.db:
            if args.rebuild or not _pg_exists(args.db, template):
                build_prefill_pg(args.db, template, prefill_records(rest, args.prefill))
        elif args.rebuild or not base.exists():
            build_prefill(base, prefill_records(rest, args.prefill))
        label = f"store with {args.prefill:,} articles"
        results.append((label, run(True)))
        results.append(("  (no grouping)", run(True, group=False)))
    actors = sum(len(r.actors) for r in timed)
    backend = "PostgreSQL" if args.db else "SQLite"
    print(f"{len(timed)} PolNeAR records ({actors} actors, {actors / len(timed):.1f} per article) · "
          f"{args.repeat} runs each · {backend}")  # fmt: skip
    print(f"{'store':<28}{'best a/s':>10}{'median a/s':>12}{'ms/article':>14}")
    for label, rates in results:
        print(_line(label, rates))


if __name__ == "__main__":
    main()
