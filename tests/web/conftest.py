"""A small fictional store for the web tests: two states, two ministers, eight weeks of talks.

Everything is fiction (Velmara XVL, Drovnia XDR, from the example corpus). Records are built by
hand, so no spaCy model is needed and offsets are exact by construction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from onrecord.record import Actor, Cue, Event, Mention, Quote, Record, text_id
from tests.conftest import BACKENDS, fresh_pg_database

START = dt.date(2026, 3, 2)
# (statement, event type, CAMEO root, intensity) for each week: cooling, then a thaw.
WEEKS = [
    ("Drovnia must withdraw its troops from the Kallin Valley", "REQUEST", "02", -1.0),
    ("the build-up across the Sefer is a provocation", "ACCUSE", "11", -4.0),
    ("we will answer any incursion with force", "THREATEN", "13", -6.0),
    ("sanctions are ready and will follow", "SANCTION", "16", -5.0),
    ("we are willing to meet in Port Amaris", "CONSULT", "04", 1.0),
    ("the talks in Port Amaris were useful", "CONSULT", "04", 1.0),
    ("we agree to a phased pullback from the border", "AGREE", "03", 3.0),
    ("the crossing at Merrow Bridge will reopen", "COOPERATE", "06", 3.5),
]
HOSTILE_TEXT = (
    "Velmara warned Drovnia. <script>window.__pwned = 1</script> "
    '“Stop <img src=x onerror="window.__pwned=2"> the drills now,” Foreign Minister Jonas Kettering '
    'told Aleksei Vorontsin. <a href="javascript:alert(3)" onclick="alert(4)">click</a>'
)


def _at(text: str, part: str, start: int = 0) -> tuple[int, int]:
    i = text.index(part, start)
    return i, i + len(part)


def _actors() -> list[Actor]:
    return [
        Actor("a1", "Jonas Kettering", "person", "XVL", ["Foreign Minister"], ["Kettering"]),
        Actor(
            "a2",
            "Aleksei Vorontsin",
            "person",
            "XDR",
            ["Foreign Minister"],
            ["Vorontsin", "Aleksei Petrovich"],
        ),
        Actor("a3", "Velmara", "country", "XVL", [], ["Castelbrun"]),
        Actor("a4", "Drovnia", "country", "XDR", [], ["Solvetsk"]),
    ]


def weekly_record(week: int) -> Record:
    """Week ``week``'s article: Kettering to Vorontsin, one direct quote, one event."""
    statement, etype, cameo, intensity = WEEKS[week]
    day = START + dt.timedelta(weeks=week)
    text = (
        f"CASTELBRUN, {day:%B} {day.day}, {day.year} (BPA) — “{statement[0].upper() + statement[1:]},” Foreign Minister "
        f"Jonas Kettering told Aleksei Vorontsin on the telephone, according to Quay Street.\n\n"
        f"Drovnia did not comment on week {week + 1} of the crisis."
    )
    body = statement[0].upper() + statement[1:]
    span = _at(text, body)
    cue = _at(text, "told")
    sp = _at(text, "Foreign Minister Jonas Kettering")
    ad = _at(text, "Aleksei Vorontsin")
    sentence_end = text.index("Quay Street.") + len("Quay Street.")
    quote = Quote(
        id="q1",
        kind="direct",
        text=body,
        spans=[span],
        cue=Cue("told", *cue),
        speaker=Mention(text[sp[0] : sp[1]], sp[0], sp[1], "a1", "Jonas Kettering"),
        addressee=Mention(text[ad[0] : ad[1]], ad[0], ad[1], "a2", "Aleksei Vorontsin"),
    )
    event = Event(
        "e1",
        etype,
        cameo,
        intensity,
        "a1",
        "a2",
        False,
        False,
        text[span[0] - 1 : sentence_end],
        span[0] - 1,
        sentence_end,
        "q1",
    )
    return Record(
        id=text_id(text),
        text=text,
        title=f"Kettering to Vorontsin, week {week + 1}",
        published=day.isoformat(),
        source="Basin Press Agency",
        url=f"https://bpa.example/week-{week + 1}",
        quotes=[quote],
        actors=_actors(),
        events=[event],
    )


def hostile_record() -> Record:
    """An article whose text and names carry markup and script that must never run."""
    text = HOSTILE_TEXT
    body_start = text.index("Stop")
    body = (body_start, text.index(" the drills now") + len(" the drills now"))
    sp = _at(text, "Foreign Minister Jonas Kettering")
    ad = _at(text, "Aleksei Vorontsin")
    quote = Quote(
        id="q1",
        kind="direct",
        text=text[body[0] : body[1]],
        spans=[body],
        cue=Cue("told", *_at(text, "told")),
        speaker=Mention(text[sp[0] : sp[1]], sp[0], sp[1], "a1", "Jonas Kettering"),
        addressee=Mention(text[ad[0] : ad[1]], ad[0], ad[1], "a2", "Aleksei Vorontsin"),
    )
    warn = _at(text, "Velmara warned Drovnia.")
    event = Event(
        "e1", "PROTEST", "14", -3.0, "a3", "a4", False, False, text[warn[0] : warn[1]], *warn, None
    )
    return Record(
        id=text_id(text),
        text=text,
        title='<b onmouseover="window.__pwned=5">Hostile</b> headline',
        published=(START + dt.timedelta(weeks=8)).isoformat(),
        source="<i>Outlet</i>",
        url="javascript:alert(6)",
        quotes=[quote],
        actors=_actors(),
        events=[event],
    )


def fill(store: object) -> list[Record]:
    """Add the eight weekly articles and the hostile one; return them in that order."""
    records = [weekly_record(w) for w in range(len(WEEKS))] + [hostile_record()]
    for r in records:
        store.add_record(r)  # type: ignore[attr-defined]
    return records


@pytest.fixture(scope="session", params=BACKENDS)
def web_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, list[Record]]]:
    """Where a store holding the fictional articles lives (on each backend), and the records."""
    from onrecord.store import open_store

    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("web") / "web.db")
        with open_store(url) as store:
            records = fill(store)
        yield url, records
        return
    with fresh_pg_database(
        request.getfixturevalue("pg_server"), request.getfixturevalue("pg_template")
    ) as url:
        with open_store(url) as store:
            records = fill(store)
        yield url, records


@pytest.fixture
def client(web_db: tuple[str, list[Record]]) -> Iterator:
    """A read-only test client over the fictional store."""
    from fastapi.testclient import TestClient

    from onrecord.web import create_app

    app = create_app(web_db[0], token="")
    with TestClient(app) as c:
        yield c


@pytest.fixture
def output_dir() -> Path:
    """Where browser tests save screenshots (test-output/ at the repository root)."""
    out = Path(__file__).resolve().parents[2] / "test-output"
    out.mkdir(exist_ok=True)
    return out
