"""Fixtures shared by the whole suite: stores, the loaded pipeline, hand-made records.

Texts here are fiction about fictional states (Ostrava, Belvania); never real people's words.
"""

from __future__ import annotations

import atexit
import itertools
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from onrecord import settings
from onrecord.record import Actor, Cue, Event, Mention, Quote, Record, text_id


@pytest.fixture(scope="session", autouse=True)
def _no_user_actor_files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests never read the developer's imported actor files (``onrecord actors import``)."""
    patch = pytest.MonkeyPatch()
    patch.setenv("ONRECORD_CONFIG_DIR", str(tmp_path_factory.mktemp("user-config")))
    # CLI tests extract in the test process (the shared, already loaded pipeline) unless a
    # test asks for workers: a pool per small test would only cost spaCy loads.
    patch.setenv("ONRECORD_JOBS", "1")
    yield
    patch.undo()


# -- backends ---------------------------------------------------------------------------------
# Store, analysis, CLI and web tests run on SQLite and on a real PostgreSQL server. The server is
# a throwaway cluster (tests/pg_cluster.py) started once per session; each test gets its own
# database copied from a template that already holds the migrated schema. Without PostgreSQL
# binaries the PostgreSQL cases skip, unless ONRECORD_REQUIRE_PG=1 (set by `make test` once it
# has installed the package) makes them fail.
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]
_TEMPLATE = "onrecord_template"


@pytest.fixture(scope="session")
def pg_server() -> Iterator:
    """A running throwaway PostgreSQL cluster (:class:`tests.pg_cluster.PgCluster`)."""
    from tests.pg_cluster import PgUnavailable, start_cluster

    try:
        cluster = start_cluster()
    except PgUnavailable as exc:
        if settings.REQUIRE_PG.value():
            pytest.fail(f"PostgreSQL is required (ONRECORD_REQUIRE_PG=1): {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    atexit.register(cluster.stop)  # also stopped when the session dies before its teardown
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """Name of a database holding the migrated, empty schema (the per-test template)."""
    from onrecord.store import open_store

    with open_store(pg_server.create_database(_TEMPLATE)):
        pass
    return _TEMPLATE


_names = itertools.count(1)


@contextmanager
def fresh_pg_database(cluster, template: str | None) -> Iterator[str]:
    """A new database on ``cluster`` (a copy of ``template``), dropped afterwards: its URL."""
    name = f"t{os.getpid()}_{next(_names)}"
    url = cluster.create_database(name, template=template)
    try:
        yield url
    finally:
        cluster.drop_database(name)


@pytest.fixture
def pg_url(pg_server, pg_template) -> Iterator[str]:
    """URL of a fresh migrated PostgreSQL database for one test (skips without PostgreSQL)."""
    with fresh_pg_database(pg_server, pg_template) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: every test using it (or ``db_url``/``store``) runs twice."""
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where a test's store lives: a SQLite file path, or a fresh PostgreSQL database URL."""
    if backend == "sqlite":
        return str(tmp_path / "test.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(db_url: str) -> Iterator:
    """A migrated store on each backend: a SQLite file (WAL, FTS5) or a PostgreSQL database."""
    from onrecord.store import open_store

    with open_store(db_url) as s:
        yield s


@pytest.fixture
def memory_store() -> Iterator:
    """A migrated in-memory SQLite store."""
    from onrecord.store import open_store

    with open_store(":memory:") as s:
        yield s


@pytest.fixture(scope="session")
def extractor():
    """The real extractor (spaCy pipeline and knowledge base), loaded once per test session."""
    from onrecord.pipeline import Extractor

    return Extractor()


def _find(text: str, part: str, start: int = 0) -> tuple[int, int]:
    i = text.index(part, start)
    return i, i + len(part)


def build_record(
    *,
    speaker: str = "Ána Voss",
    speaker_title: str = "Foreign Minister",
    addressee: str = "Teo Marr",
    statement: str = "We will keep the border open",
    published: str | None = "2031-03-04",
    url: str | None = None,
    country: str = "OST",
    extra: str = "",
) -> Record:
    """A small but complete record: two actors, one direct quote with cue, speaker and
    addressee, one event. Offsets are computed, so they always index ``text``."""
    text = (
        f"“{statement},” {speaker_title} {speaker} told her Belvanian counterpart {addressee} "
        f"in Port Amaris on Tuesday.{extra}"
    )
    q_span = _find(text, statement)
    cue = _find(text, "told")
    sp = _find(text, f"{speaker_title} {speaker}")
    ad = _find(text, addressee, cue[1])
    actors = [
        Actor("a1", speaker, "person", country, [speaker_title], [speaker.split()[-1]]),
        Actor("a2", addressee, "person", "BLV", [], []),
        Actor("a3", "Ostrava", "country", country, [], ["Ostravan government"]),
    ]
    quote = Quote(
        id="q1",
        kind="direct",
        text=statement,
        spans=[q_span],
        cue=Cue(text[cue[0] : cue[1]], *cue),
        speaker=Mention(text[sp[0] : sp[1]], sp[0], sp[1], "a1", speaker),
        addressee=Mention(text[ad[0] : ad[1]], ad[0], ad[1], "a2", addressee),
    )
    event = Event("e1", "CONSULT", "04", 1.0, "a1", "a2", False, True, text, 0, len(text), "q1")
    return Record(
        id=text_id(text),
        text=text,
        title="Ministers meet in Port Amaris",
        published=published,
        source="Amber Sea Wire",
        url=url,
        quotes=[quote],
        actors=actors,
        events=[event],
    )


@pytest.fixture
def make_record() -> Callable[..., Record]:
    """Factory for hand-made records (see :func:`build_record` for the knobs)."""
    return build_record


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write a fixture file under tmp_path: ``write("a.txt", "text")`` -> its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
        return path

    return _write
