#!/usr/bin/env python3
"""Time of the statement filters' queries (``Store.statements``, what ``onrecord quotes``,
``/api/quotes`` and the search page run) and of the actor listing by name (``actor_list``, what
``onrecord actors --name`` and ``/api/actors?name=`` run), in this process, on the synthetic store of
``benchmarks/web_latency.py`` (100,000 statements by the officials of twelve crowded states)
with a sparse state added: 24 statements, half of them joint statements with a crowded state's
official.

    .venv/bin/python benchmarks/store_filters.py                       # build (once) and time
    .venv/bin/python benchmarks/store_filters.py --pg postgresql+psycopg://me@127.0.0.1:5432/postgres
    .venv/bin/python benchmarks/store_filters.py --explain             # and print each plan

The store is ``bench-output/store-filters.db`` (``--db``), built when missing; ``--pg``
copies it into a database ``onrecord_store_filters`` on that server (made again when its
statement count differs) and times the queries there. Each case runs ``--runs`` times after
one warm-up run; the median and the fastest are printed in milliseconds. Not a timed test:
the machine's load shows up directly in the figures (its load average is printed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from onrecord.record import Actor, Cue, Mention, Quote, Record, text_id

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = ROOT / "bench-output" / "store-filters.db"
SPARSE = ("XAZ", "Nerrowmark")
SPARSE_OFFICIAL = "Edda Paulsen"
CROWDED = "XAA"
# Velmara's first official in the web benchmark's cast (its seed 7): the sparse state's partner.
COUNTERPART = "Oskar Marr"


def sparse_records(counterpart: str = COUNTERPART) -> list[Record]:
    """Twelve articles of the sparse state: its official's own statement and a joint one with
    ``counterpart``, an official of a crowded state (Velmara, XAA) matched to the stored actor."""
    out = []
    for n in range(12):
        head = f"NERROWMARK, day {n} (Synthetic Wire) — "
        own = f"“The straits stay open,” Minister {SPARSE_OFFICIAL} said on day {n}. "
        joint = (
            f"Minister {SPARSE_OFFICIAL} and her Velmaran counterpart, {counterpart}, said the "
            f"ferry talks would resume on day {n}."
        )
        text = head + own + joint

        def at(part: str, after: int = 0, text: str = text) -> tuple[int, int]:
            s = text.index(part, after)
            return s, s + len(part)

        j0 = text.index(joint)
        actors = [
            Actor("a1", SPARSE_OFFICIAL, "person", SPARSE[0], ["Minister"], ["Paulsen"]),
            Actor("a2", counterpart, "person", CROWDED, [], [counterpart.split()[-1]]),
        ]
        whole = f"Minister {SPARSE_OFFICIAL} and her Velmaran counterpart, {counterpart}"
        quotes = [
            Quote(
                id="q1",
                kind="direct",
                text="The straits stay open",
                spans=[at("The straits stay open")],
                cue=Cue("said", *at("said")),
                speaker=Mention(
                    f"Minister {SPARSE_OFFICIAL}",
                    *at(f"Minister {SPARSE_OFFICIAL}"),
                    "a1",
                    SPARSE_OFFICIAL,
                ),  # fmt: skip
            ),
            Quote(
                id="q2",
                kind="indirect",
                text=f"the ferry talks would resume on day {n}",
                spans=[at(f"the ferry talks would resume on day {n}")],
                cue=Cue("said", *at("said", j0)),
                speaker=Mention(whole, *at(whole)),
                speakers=[
                    Mention(
                        f"Minister {SPARSE_OFFICIAL}",
                        *at(f"Minister {SPARSE_OFFICIAL}", j0),
                        "a1",
                        SPARSE_OFFICIAL,
                    ),  # fmt: skip
                    Mention(
                        f"her Velmaran counterpart, {counterpart}",
                        *at(f"her Velmaran counterpart, {counterpart}"),
                        "a2",
                        counterpart,
                    ),
                ],
            ),
        ]
        out.append(
            Record(
                id=text_id(text),
                text=text,
                title=f"Nerrowmark {n}",
                published=f"2026-0{1 + n % 9}-1{n % 10}",
                source="Synthetic Wire",
                url=f"https://wire.example/nerrowmark/{n}",
                quotes=quotes,
                actors=actors,
            )
        )
    return out


def build(path: Path, statements: int) -> None:
    """The web benchmark's store, then the sparse state's articles (added the normal way)."""
    from onrecord.store import open_store
    from web_latency import build_store

    build_store(path, statements)
    with open_store(str(path)) as store:
        assert any(a.name == COUNTERPART for a in store.actors(country=CROWDED)), COUNTERPART
        for rec in sparse_records():
            store.add_record(rec)
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def pg_copy(sqlite_db: Path, server: str, statements: int) -> str:
    """The URL of a copy of ``sqlite_db`` in the database ``onrecord_store_filters`` on the
    PostgreSQL ``server`` (copied when missing or of another size; analysed)."""
    from web_latency import pg_copy as copy_to_pg

    return copy_to_pg(sqlite_db, server, statements, rebuild=False, name="onrecord_store_filters")


def cases() -> dict[str, tuple[dict[str, Any], str]]:
    """Name → (QuoteFilter fields, order)."""
    return {
        "country crowded, newest page": ({"country": CROWDED}, "newest"),
        "country sparse, newest page": ({"country": SPARSE[0]}, "newest"),
        "country crowded, oldest 50": ({"country": CROWDED}, "oldest"),
        "country sparse, oldest 50": ({"country": SPARSE[0]}, "oldest"),
        "speaker crowded name, newest page": ({"speaker": "marr"}, "newest"),
        "speaker sparse name, newest page": ({"speaker": "paulsen"}, "newest"),
        "speaker absent name, newest page": ({"speaker": "nobody at all"}, "newest"),
        "speaker id crowded, newest page": ({"speaker_id": COUNTERPART}, "newest"),
        "speaker id sparse, newest page": ({"speaker_id": SPARSE_OFFICIAL}, "newest"),
    }


def actor_cases() -> dict[str, tuple[dict[str, Any], str]]:
    """Name → (ActorFilter fields, order): ``quoted`` as ``onrecord actors`` lists, ``id``
    as the API's pages."""
    return {
        "actors, no name, quoted": ({}, "quoted"),
        "actors name crowded, quoted": ({"name": "marr"}, "quoted"),
        "actors name crowded, id page": ({"name": "marr"}, "id"),
        "actors name sparse, quoted": ({"name": "paulsen"}, "quoted"),
        "actors name accented, quoted": ({"name": "PAULSÉN"}, "quoted"),
        "actors name absent, id page": ({"name": "nobody at all"}, "id"),
        "actors name broad ('a'), quoted": ({"name": "a"}, "quoted"),
    }


def run(url: str, runs: int, explain: bool, only: str | None = None) -> None:
    from sqlalchemy import select

    from onrecord.store import open_store
    from onrecord.store.schema import ActorRow
    from onrecord.store.statements import QuoteFilter, statement_page

    with open_store(url) as store:
        with store.session() as session:
            ids = dict(session.execute(select(ActorRow.name, ActorRow.id)).tuples().all())
        print(f"{store.stats().quotes:,} statements; {store.engine.dialect.name}")
        for name, (fields, order) in cases().items():
            if only and only not in name:
                continue
            if "speaker_id" in fields:
                fields = {"speaker_id": ids[fields["speaker_id"]]}
            f = QuoteFilter(**fields)
            _timed(
                store,
                runs,
                name,
                lambda s, f=f, order=order: (
                    statement_page(s, f, has_fts=store.has_fts, order=order, limit=50).hits
                ),
            )
            if explain:
                for sql, lines in _plans(store, _statements(store, f, order)):
                    print("    -- " + " ".join(sql.split())[:160])
                    for line in lines:
                        print("    " + line)
        _run_actors(store, runs, explain, only)


def _timed(store: Any, runs: int, name: str, query: Any) -> list:
    """Run ``query(session)`` once to warm up and ``runs`` times timed; print the median and
    the fastest, and return the hits."""
    times = []
    for i in range(runs + 1):
        with store.session() as session:
            t0 = time.perf_counter()
            hits = query(session)
            if i:
                times.append((time.perf_counter() - t0) * 1000)
    print(
        f"{name:38} {len(hits):3} hits  median {statistics.median(times):7.2f} ms"
        f"  fastest {min(times):7.2f} ms"
    )
    return hits


def _run_actors(store: Any, runs: int, explain: bool, only: str | None) -> None:
    from onrecord.store.actor_queries import ActorFilter, actor_list

    for name, (fields, order) in actor_cases().items():
        if only and only not in name:
            continue
        f = ActorFilter(**fields)
        _timed(
            store,
            runs,
            name,
            lambda s, f=f, order=order: actor_list(s, f, order=order, limit=50)[0],
        )
        if explain:
            sent = _sent(store, lambda s, f=f, order=order: actor_list(s, f, order=order, limit=50))
            for sql, lines in _plans(store, sent):
                print("    -- " + " ".join(sql.split())[:160])
                for line in lines:
                    print("    " + line)


def _statements(store: Any, f: Any, order: str) -> list[tuple[str, Any]]:
    """The SQL statements (with their parameters) one page of ``f`` sends."""
    from onrecord.store.statements import statement_page

    return _sent(
        store,
        lambda session: statement_page(session, f, has_fts=store.has_fts, order=order, limit=50),  # type: ignore[arg-type]
    )


def _sent(store: Any, read: Any) -> list[tuple[str, Any]]:
    """The SELECT statements (with their parameters) ``read(session)`` sends."""
    from sqlalchemy import event

    sent: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            sent.append((sql, params))

    event.listen(store.engine, "before_cursor_execute", keep)
    try:
        with store.session() as session:
            read(session)
    finally:
        event.remove(store.engine, "before_cursor_execute", keep)
    return sent


def _plans(store: Any, sent: list[tuple[str, Any]]) -> list[tuple[str, list[str]]]:
    """The plan of each statement a page sent, in one transaction (so a setting the page made
    for its queries holds for theirs too): SQLite's query plan, PostgreSQL's as it ran.
    Statements that only read or make a setting are run, not explained."""
    sqlite = store.engine.dialect.name == "sqlite"
    prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN (ANALYZE, COSTS OFF) "
    out = []
    with store.engine.begin() as conn:
        for sql, params in sent:
            if "set_config(" in sql or "current_setting(" in sql:
                conn.exec_driver_sql(sql, params)
                continue
            rows = conn.exec_driver_sql(prefix + sql, params).all()
            if sqlite:
                out.append((sql, [f"{row[0]:>3} {row[1]:>3} {row[3]}" for row in rows]))
            else:
                out.append((sql, [str(row[0]) for row in rows]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--db", type=Path, default=DEFAULT_DB)
    ap.add_argument("--statements", type=int, default=100_000)
    ap.add_argument("--pg", help="A PostgreSQL server URL: copy the store there and time it.")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--explain", action="store_true", help="Print each query's plan too.")
    ap.add_argument("--only", help="Only the cases whose name holds this.")
    args = ap.parse_args()
    want = args.statements + 2 * len(sparse_records())
    from web_latency import statement_count

    if statement_count(args.db) != want:
        build(args.db, args.statements)
    url = str(args.db)
    if args.pg:
        url = pg_copy(args.db, args.pg, want)
    print(f"load average {os.getloadavg()[0]:.2f}")
    run(url, args.runs, args.explain, args.only)


if __name__ == "__main__":
    main()
