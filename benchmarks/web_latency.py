#!/usr/bin/env python3
"""Latency of the web app under concurrent load, on a synthetic store of 100,000 statements.

    .venv/bin/python benchmarks/web_latency.py                      # build (once) and measure
    .venv/bin/python benchmarks/web_latency.py --requests 400 --concurrency 8 --seconds 60
    .venv/bin/python benchmarks/web_latency.py --pg postgresql+psycopg://me@127.0.0.1:5432/postgres

1. Synthesises a store (``bench-output/web-latency.db``, reused when it already holds the
   requested number of statements): fictional states with user-assigned codes (XAA...), five
   officials each, articles of four statements each spread over two years, every statement
   coded as an event from its speaker to its addressee. The officials' global actors are made
   by ``Store.add_record``; the articles are then bulk-inserted as the same rows.
2. Starts ``onrecord serve`` on a free 127.0.0.1 port (a separate process), and waits until
   its start-up work (the home page's aggregates, computed in a background thread) is done.
3. From this process, drives concurrent requests (``--concurrency`` at a time, at most
   ``--requests`` per kind and ``--seconds`` in all) at: the search page and its API, the dyad
   page and its timeline API, and the actor page, one kind at a time (``--mixed``: all kinds
   interleaved); then prints p50/p90/p99 per kind. The machine's load average is printed too:
   other work on the same cores shows up directly in the figures.

With ``--pg SERVER_URL`` the SQLite store is copied (``onrecord store copy``) into a database
``onrecord_web_latency`` on that PostgreSQL server (made again when its statement count
differs), analysed, and served from there.

Loopback only; nothing leaves the machine. Not a timed test: run it on an idle machine.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from onrecord.record import Actor, Cue, Event, Mention, Quote, Record, text_id

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = ROOT / "bench-output" / "web-latency.db"
PER_ARTICLE = 4
START = dt.date(2025, 1, 1)
DAYS = 730

# Fictional states (codes from ISO 3166's user-assigned range) and name parts for officials.
STATES = [
    ("XAA", "Velmara"),
    ("XAB", "Drovnia"),
    ("XAC", "Saradia"),
    ("XAD", "Ostrava"),
    ("XAE", "Belvania"),
    ("XAF", "Korvath"),
    ("XAG", "Lunesse"),
    ("XAH", "Tarvia"),
    ("XAI", "Emberland"),
    ("XAJ", "Quessa"),
    ("XAK", "Morrow Isles"),
    ("XAL", "Halvard"),
]
FIRST = [
    "Ana",
    "Teo",
    "Jonas",
    "Ilse",
    "Matvei",
    "Dalia",
    "Oskar",
    "Rhea",
    "Pavel",
    "Lina",
    "Ivo",
    "Sana",
]
LAST = [
    "Voss",
    "Marr",
    "Kettering",
    "Renn",
    "Borodanov",
    "Ferrant",
    "Lindqvist",
    "Ostrow",
    "Sollace",
    "Varenius",
    "Thale",
    "Kalnberg",
    "Zimin",
    "Yashin",
    "Quell",
    "Strand",
]
OFFICES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Ambassador"]
SUBJECTS = [
    "the border commission",
    "the ceasefire",
    "our troops",
    "the talks",
    "the crossing",
    "the observers",
    "the sanctions",
    "the grain corridor",
    "the river treaty",
    "the garrison",
    "the fishing rights",
    "the pipeline",
    "the delegation",
    "the refugees",
    "the drills",
    "the embassy",
]
VERBS = [
    "will remain",
    "must stay",
    "cannot be",
    "has become",
    "should be",
    "is",
    "will be",
    "was never",
]
COMPLEMENTS = [
    "open to every convoy",
    "a matter for the commission",
    "a threat to the region",
    "under review",
    "the basis of any agreement",
    "unacceptable to our people",
    "ready within days",
    "a provocation",
    "a sign of good faith",
    "subject to inspection",
    "closed until further notice",
    "our first priority",
]
CODES = [  # type, CAMEO root, intensity
    ("AGREE", "03", 3.0),
    ("CONSULT", "04", 1.0),
    ("SUPPORT", "05", 3.5),
    ("COOPERATE", "06", 4.0),
    ("AID", "07", 7.0),
    ("REQUEST", "02", -1.0),
    ("ACCUSE", "11", -4.0),
    ("REJECT", "12", -4.0),
    ("THREATEN", "13", -6.0),
    ("PROTEST", "14", -5.0),
    ("SANCTION", "16", -7.0),
    ("MOBILIZE", "15", -7.2),
]


def _cast(rng: random.Random) -> list[tuple[str, str, str, str]]:
    """(name, office, country code, state name) for five officials of every state."""
    people = []
    used: set[str] = set()
    for code, state in STATES:
        for office in OFFICES:
            while True:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if name not in used:
                    used.add(name)
                    break
            people.append((name, office, code, state))
    return people


def synth_record(n: int, rng: random.Random, cast: list[tuple[str, str, str, str]]) -> Record:
    """Article ``n``: four statements between officials of two states, each coded as an event."""
    a_state, b_state = rng.sample(STATES, 2)
    side_a = [p for p in cast if p[2] == a_state[0]]
    side_b = [p for p in cast if p[2] == b_state[0]]
    day = START + dt.timedelta(days=rng.randrange(DAYS))
    head = f"{a_state[1].upper()}, {day:%B} {day.day}, {day.year} (Synthetic Wire {n}) — "
    parts, quotes, events = [head], [], []
    actors: dict[str, Actor] = {}

    def actor_id(person: tuple[str, str, str, str]) -> str:
        if person[0] not in actors:
            actors[person[0]] = Actor(
                f"a{len(actors) + 1}",
                person[0],
                "person",
                person[2],
                [person[1]],
                [person[0].split()[-1]],
            )
        return actors[person[0]].id

    for i in range(PER_ARTICLE):
        speaker, addressee = (
            (rng.choice(side_a), rng.choice(side_b))
            if i % 2 == 0
            else (rng.choice(side_b), rng.choice(side_a))
        )
        statement = (
            f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(COMPLEMENTS)}"
        )
        offset = sum(len(p) for p in parts)
        sentence = f"“{statement},” {speaker[1]} {speaker[0]} told {addressee[0]} on day {n}-{i}. "
        parts.append(sentence)
        q_start = offset + 1
        sp_start = offset + sentence.index(speaker[1])
        sp_end = sp_start + len(speaker[1]) + 1 + len(speaker[0])
        ad_start = offset + sentence.index(addressee[0], sp_end - offset)
        cue_start = offset + sentence.index("told")
        s_id, t_id = actor_id(speaker), actor_id(addressee)
        quotes.append(
            Quote(
                id=f"q{i + 1}",
                kind="direct",
                text=statement,
                spans=[(q_start, q_start + len(statement))],
                cue=Cue("told", cue_start, cue_start + 4),
                speaker=Mention(f"{speaker[1]} {speaker[0]}", sp_start, sp_end, s_id, speaker[0]),
                addressee=Mention(
                    addressee[0], ad_start, ad_start + len(addressee[0]), t_id, addressee[0]
                ),
            )
        )
        etype, cameo, intensity = rng.choice(CODES)
        events.append(
            Event(
                f"e{i + 1}",
                etype,
                cameo,
                intensity,
                s_id,
                t_id,
                False,
                rng.random() < 0.1,
                sentence.strip(),
                offset,
                offset + len(sentence) - 1,
                f"q{i + 1}",
            )
        )
    text = "".join(parts).strip()
    return Record(
        id=text_id(text),
        text=text,
        title=f"{a_state[1]} and {b_state[1]}: statements {n}",
        published=day.isoformat(),
        source="Synthetic Wire",
        url=f"https://wire.example/{n}",
        quotes=quotes,
        actors=list(actors.values()),
        events=events,
    )


def _cast_record(cast: list[tuple[str, str, str, str]], code: str, state: str) -> Record:
    """One article naming a state and its officials, stored the normal way so the store's own
    actor resolution creates their global actors."""
    people = [p for p in cast if p[2] == code]
    text = f"{state} named its officials: " + "; ".join(f"{p[1]} {p[0]}" for p in people) + "."
    actors = [Actor("a1", state, "country", code, [], [])] + [
        Actor(f"a{i + 2}", p[0], "person", p[2], [p[1]], [p[0].split()[-1]])
        for i, p in enumerate(people)
    ]
    return Record(
        id=text_id(text),
        text=text,
        title=f"{state}: officials",
        published=START.isoformat(),
        source="Synthetic Wire",
        actors=actors,
    )


def _bulk_write(
    store: object, records: list[Record], global_ids: dict[str, int], next_quote: int
) -> int:
    """Write records with executemany: the same rows ``Store.add_record`` writes (the same
    functions give their values), without resolving every actor again (the synthetic cast is
    known), which takes most of its time."""
    from onrecord.store import rows
    from onrecord.store.identity import normalise_url, text_hash
    from onrecord.store.schema import ArticleActorRow, ArticleRow, EventRow, MentionRow, QuoteRow

    now = dt.datetime.now(dt.UTC)
    articles, links, quotes, mentions, events = [], [], [], [], []
    for r in records:
        local = {a.id: global_ids[a.name] for a in r.actors}
        articles.append(
            rows.article_values(
                r,
                normalised_url=normalise_url(r.url),
                text_hash=text_hash(r.text),
                published_date=dt.date.fromisoformat(r.published or ""),
                ingested_at=now,
            )
        )
        links += [rows.article_actor_values(r, i, a, local[a.id]) for i, a in enumerate(r.actors)]
        for i, q in enumerate(r.quotes):
            next_quote += 1
            quotes.append({"id": next_quote, **rows.quote_values(r, i, q, local)})
            mentions += rows.mention_values(r, next_quote, q, local)
        events += [rows.event_values(r, i, e, local) for i, e in enumerate(r.events)]
    with store.engine.begin() as conn:  # type: ignore[attr-defined]
        for table, values in (
            (ArticleRow, articles),
            (ArticleActorRow, links),
            (QuoteRow, quotes),
            (MentionRow, mentions),
            (EventRow, events),
        ):
            conn.execute(table.__table__.insert(), values)
    return next_quote


def build_store(path: Path, statements: int, *, seed: int = 7) -> None:
    """Write ``statements`` statements (``statements / 4`` articles) into a new store."""
    from sqlalchemy import func, select

    from onrecord.store import open_store
    from onrecord.store.schema import ActorRow, QuoteRow

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    cast = _cast(rng)
    articles = statements // PER_ARTICLE
    t0 = time.perf_counter()
    with open_store(str(path)) as store:
        for code, state in STATES:
            store.add_record(_cast_record(cast, code, state))
        with store.engine.connect() as conn:
            global_ids = {
                name: int(i) for i, name in conn.execute(select(ActorRow.id, ActorRow.name))
            }
            next_quote = int(
                conn.execute(select(func.coalesce(func.max(QuoteRow.id), 0))).scalar_one()
            )
        batch: list[Record] = []
        for n in range(articles):
            batch.append(synth_record(n, rng, cast))
            if len(batch) == 1000 or n == articles - 1:
                next_quote = _bulk_write(store, batch, global_ids, next_quote)
                batch = []
            if n and n % 5000 == 0:
                print(
                    f"  {n * PER_ARTICLE:,} statements ({time.perf_counter() - t0:.0f} s)",
                    file=sys.stderr,
                )
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    print(
        f"built {statements:,} statements in {time.perf_counter() - t0:.0f} s: {path}",
        file=sys.stderr,
    )


def statement_count(path: Path | str) -> int:
    if isinstance(path, Path) and not path.exists():
        return 0
    from onrecord.store import open_store

    with open_store(str(path)) as store:
        return store.stats().quotes


def pg_copy(
    sqlite_db: Path,
    server: str,
    statements: int,
    *,
    rebuild: bool,
    name: str = "onrecord_web_latency",
) -> str:
    """The URL of a copy of ``sqlite_db`` in the database ``name`` on the PostgreSQL
    ``server`` (copied when missing or of another size; analysed)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from onrecord.store.copy import copy_store

    u = make_url(server)
    url = u.set(database=name).render_as_string(hide_password=False)
    info = " ".join(f"{k}={v}" for k, v in
                    {"host": u.host, "port": u.port, "user": u.username, "password": u.password,
                     "dbname": u.database or "postgres"}.items() if v)  # fmt: skip
    with psycopg.connect(info, autocommit=True) as conn:
        exists = (
            conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            is not None
        )
    if exists and not rebuild and statement_count(url) == statements:
        return url
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    t0 = time.perf_counter()
    copy_store(str(sqlite_db), url)
    with psycopg.connect(
        info.replace(f"dbname={u.database or 'postgres'}", f"dbname={name}"), autocommit=True
    ) as conn:
        conn.execute("VACUUM ANALYZE")
    print(
        f"copied the store to PostgreSQL in {time.perf_counter() - t0:.0f} s: {name}",
        file=sys.stderr,
    )
    return url


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path | str, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    exe = shutil.which("onrecord", path=str(Path(sys.executable).parent)) or "onrecord"
    env = {k: v for k, v in os.environ.items() if k != "ONRECORD_TOKEN"}
    proc = subprocess.Popen(
        [
            exe,
            "serve",
            "--db",
            str(db),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if (
                httpx.get(f"http://127.0.0.1:{port}/api/quotes?limit=1", timeout=2).status_code
                == 200
            ):
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start")


def wait_for_warm_up(base: str, *, fast: float = 0.3, limit: float = 120) -> float:
    """Wait until the server has finished its start-up work; seconds waited.

    ``onrecord serve`` computes the home page's whole-store aggregates in a background thread
    as it starts (seconds on a large store); measured requests would share the one process
    with it. The home page answers fast once that is cached: wait for two fast answers.
    """
    start = time.monotonic()
    fast_in_a_row = 0
    while fast_in_a_row < 2 and time.monotonic() - start < limit:
        t0 = time.perf_counter()
        httpx.get(base + "/", timeout=limit)
        fast_in_a_row = fast_in_a_row + 1 if time.perf_counter() - t0 < fast else 0
        if fast_in_a_row == 0:
            time.sleep(0.5)
    return time.monotonic() - start


def targets(base: str, rng: random.Random) -> dict[str, Callable[[], str]]:
    """Request makers per kind; each call returns a fresh URL."""
    words = [w for phrase in SUBJECTS + COMPLEMENTS for w in phrase.split() if len(w) > 3]
    actors = httpx.get(f"{base}/api/actors?kind=person&limit=500", timeout=30).json()["items"]
    actor_ids = [a["id"] for a in actors]
    codes = [c for c, _ in STATES]

    def pair() -> tuple[str, str]:
        a, b = rng.sample(codes, 2)
        return a, b

    return {
        "search page": lambda: f"/search?q={rng.choice(words)}",
        "search API (+speaker)": lambda: (
            f"/api/quotes?search={rng.choice(words)}+{rng.choice(words)}&speaker={rng.choice(LAST)}&limit=50"
        ),
        "dyad page": lambda: "/dyads/{}/{}?by=week".format(*pair()),
        "dyad timeline API": lambda: "/api/dyads/{}/{}/timeline?by=month&both=true".format(*pair()),
        "actor page": lambda: f"/actors/{rng.choice(actor_ids)}",
    }


async def drive(
    base: str,
    makers: dict[str, Callable[[], str]],
    *,
    requests: int,
    concurrency: int,
    seconds: float,
) -> dict[str, list[float]]:
    """Interleave the kinds, ``concurrency`` requests in flight, until each kind has ``requests``."""
    queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    for _ in range(requests):
        for kind, make in makers.items():
            queue.put_nowait((kind, make()))
    times: dict[str, list[float]] = {k: [] for k in makers}
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:

        async def worker() -> None:
            while time.monotonic() < deadline:
                try:
                    kind, url = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                t0 = time.perf_counter()
                response = await client.get(url)
                elapsed = (time.perf_counter() - t0) * 1000
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {url}")
                times[kind].append(elapsed)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    if errors:
        print(f"{len(errors)} non-200 answers, e.g. {errors[:3]}", file=sys.stderr)
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--db", type=Path, default=DEFAULT_DB)
    ap.add_argument("--statements", type=int, default=100_000)
    ap.add_argument(
        "--rebuild", action="store_true", help="Synthesise the store again even if it exists."
    )
    ap.add_argument("--requests", type=int, default=300, help="Requests per kind (default 300).")
    ap.add_argument("--concurrency", type=int, default=8, help="Requests in flight (default 8).")
    ap.add_argument("--seconds", type=float, default=120, help="Stop after this long in any case.")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument(
        "--workers", type=int, default=1, help="Server processes (onrecord serve --workers)."
    )
    ap.add_argument(
        "--mixed",
        action="store_true",
        help="Interleave all kinds in one run instead of one kind at a time.",
    )
    ap.add_argument(
        "--pg",
        metavar="SERVER_URL",
        help="Serve from PostgreSQL: a copy of the store on this server.",
    )
    args = ap.parse_args()

    if args.rebuild or statement_count(args.db) != args.statements:
        build_store(args.db, args.statements)
    served: Path | str = args.db
    if args.pg:
        served = pg_copy(args.db, args.pg, args.statements, rebuild=args.rebuild)
    load_before = os.getloadavg()[0]
    port = _free_port()
    server = start_server(served, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    try:
        rng = random.Random(args.seed)
        makers = targets(base, rng)
        for make in makers.values():  # warm the caches once per kind
            httpx.get(base + make(), timeout=60)
        settled = wait_for_warm_up(base)
        print(f"server warm-up (home page aggregates) done {settled:.1f} s after start")
        t0 = time.perf_counter()
        if args.mixed:
            times = asyncio.run(
                drive(
                    base,
                    makers,
                    requests=args.requests,
                    concurrency=args.concurrency,
                    seconds=args.seconds,
                )
            )
        else:
            # One kind at a time, so a slow kind's queue does not show up in the others' figures.
            times = {}
            for kind, make in makers.items():
                times.update(
                    asyncio.run(
                        drive(
                            base,
                            {kind: make},
                            requests=args.requests,
                            concurrency=args.concurrency,
                            seconds=args.seconds / len(makers),
                        )
                    )
                )
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=20)
    total = sum(len(v) for v in times.values())
    backend = "PostgreSQL" if args.pg else "SQLite"
    print(
        f"{statement_count(served):,} statements ({backend}) · concurrency {args.concurrency} · "
        f"{'mixed' if args.mixed else 'one kind at a time'} · {total} requests in {wall:.1f} s · "
        f"{args.workers} server worker(s) · {os.cpu_count()} CPUs · load average before {load_before:.2f}"
    )
    print(f"{'kind':<24}{'n':>6}{'p50 ms':>10}{'p90 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for kind, values in times.items():
        if values:
            print(
                f"{kind:<24}{len(values):>6}{statistics.median(values):>10.1f}{pct(values, 90):>10.1f}"
                f"{pct(values, 99):>10.1f}{max(values):>10.1f}"
            )


if __name__ == "__main__":
    main()
