"""Fixtures shared by the whole suite: stores, the loaded pipeline, hand-made records.

Texts here are fiction about fictional states (Ostrava, Belvania); never real people's words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

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


@pytest.fixture
def store(tmp_path: Path) -> Iterator:
    """A migrated SQLite store in a temporary file (WAL, FTS5)."""
    from onrecord.store import open_store

    with open_store(str(tmp_path / "test.db")) as s:
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
