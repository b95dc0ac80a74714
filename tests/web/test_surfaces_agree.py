"""The CLI and the REST API answer the same question with the same answer.

``onrecord quotes|actors|events --format json`` and ``/api/quotes|actors|events`` share one
query per resource (``onrecord.store.statements``, ``actor_queries``, ``events``); only the
order and the paging differ (the CLI reads oldest first, the API newest first, by pages).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from onrecord.cli import main


def _cli(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> list[dict[str, Any]]:
    capsys.readouterr()
    code = main(["--db", db, *args, "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def _api(client: Any, path: str) -> list[dict[str, Any]]:
    """Every page of an API listing (small pages, so the cursor is exercised)."""
    items: list[dict[str, Any]] = []
    sep = "&" if "?" in path else "?"
    url = f"{path}{sep}limit=2"
    while True:
        page = client.get(url)
        assert page.status_code == 200, page.text
        body = page.json()
        items.extend(body["items"])
        if not body["next_cursor"]:
            return items
        url = f"{path}{sep}limit=2&cursor={body['next_cursor']}"


def _actor_id(client: Any, name: str) -> int:
    (found,) = [a for a in _api(client, f"/api/actors?name={name}") if a["name"] == name]
    return int(found["id"])


@pytest.mark.parametrize(
    ("cli_args", "query"),
    [
        ((), ""),
        (("--speaker", "kettering"), "speaker=kettering"),
        (("--search", "port amaris"), "search=port+amaris"),
        (("--since", "2026-03-20", "--until", "2026-04"), "since=2026-03-20&until=2026-04"),
        (("--addressee", "vorontsin", "--country", "XVL"), "addressee=vorontsin&country=XVL"),
        (("--type", "consult"), "type=consult"),
        (("--speaker", "nobody at all"), "speaker=nobody+at+all"),
    ],
)
def test_surfaces_agree_on_quotes(
    capsys, client, web_db, cli_args: tuple[str, ...], query: str
) -> None:
    cli = _cli(capsys, web_db[0], "quotes", "--limit", "0", *cli_args)
    api = _api(client, f"/api/quotes?{query}")
    key = ("article_id", "quote_id")
    assert sorted(tuple(r[k] for k in key) for r in cli) == sorted(
        tuple(r[k] for k in key) for r in api
    )
    assert len(cli) == len(api)
    # The same rows, field for field (the API adds the speaker's country).
    by_key = {tuple(r[k] for k in key): r for r in api}
    for row in cli:
        assert {
            k: v for k, v in by_key[tuple(row[k] for k in key)].items() if k != "speaker_country"
        } == row


@pytest.mark.parametrize(
    ("cli_args", "query"),
    [
        ((), ""),
        (("--country", "xvl"), "country=xvl"),
        (("--kind", "country"), "kind=country"),
        (("--name", "voront"), "name=voront"),
        # any case, any accents; an alias the store keeps (Velmara's "Castelbrun")
        (("--name", "VORONTSÍN"), "name=VORONTS%C3%8DN"),
        (("--name", "castelbrún"), "name=castelbr%C3%BAn"),
    ],
)
def test_surfaces_agree_on_actors(
    capsys, client, web_db, cli_args: tuple[str, ...], query: str
) -> None:
    cli = _cli(capsys, web_db[0], "actors", *cli_args)
    api = _api(client, f"/api/actors?{query}")
    assert {r["id"]: r["quotes"] for r in cli} == {r["id"]: r["quotes"] for r in api}
    assert cli, "the filters should find someone"
    if "name" in query:
        assert len(cli) == 1, cli


@pytest.mark.parametrize(
    ("cli_args", "query"),
    [
        ((), ""),
        (("--source", "XVL", "--target", "XDR"), "source_country=XVL&target_country=XDR"),
        (("--type", "THREATEN"), "type=THREATEN"),
        (("--since", "2026-03-16", "--until", "2026-04-13"), "since=2026-03-16&until=2026-04-13"),
        (("--source", "XDR"), "source_country=XDR"),
    ],
)
def test_surfaces_agree_on_events(
    capsys, client, web_db, cli_args: tuple[str, ...], query: str
) -> None:
    cli = _cli(capsys, web_db[0], "events", "--limit", "0", *cli_args)
    api = _api(client, f"/api/events?{query}")
    assert sorted(r["id"] for r in cli) == sorted(r["id"] for r in api)


def test_surfaces_agree_on_events_by_actor_id(capsys, client, web_db) -> None:
    kettering, vorontsin = (
        _actor_id(client, "Jonas Kettering"),
        _actor_id(client, "Aleksei Vorontsin"),
    )
    cli = _cli(
        capsys,
        web_db[0],
        "events",
        "--limit",
        "0",
        "--source",
        str(kettering),
        "--target",
        str(vorontsin),
    )
    api = _api(client, f"/api/events?source={kettering}&target={vorontsin}")
    assert sorted(r["id"] for r in cli) == sorted(r["id"] for r in api)
    assert len(cli) == 8  # one a week (the hostile article's event is between the states)


# -- a minimum confidence: the same floor, with the same default, on every surface ----------

CONFIDENCE = {
    "ACCUSE": 0.2,
    "AID": 0.4,
    "THREATEN": 0.55,
    "AGREE": 0.7,
    "ASSAULT": 0.85,
    "CONSULT": 0.95,
    "SANCTION": None,  # stored before the coder gave confidences: kept by every floor
}
FLOORS = [None, 0, 0.5, 0.6, 0.9, 1]


@pytest.fixture(scope="module")
def conf_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The analysis crisis (XOS, XBL, March 2031) with a confidence per event type."""
    from onrecord.store import open_store
    from tests.analysis.factories import crisis_records

    path = str(tmp_path_factory.mktemp("confidence") / "conf.db")
    with open_store(path) as store:
        for rec in crisis_records():
            for ev in rec.events:
                ev.confidence = CONFIDENCE[ev.type]
            store.add_record(rec)
    return path


@pytest.fixture(scope="module")
def conf_client(conf_db: str) -> Any:
    from fastapi.testclient import TestClient

    from onrecord.web import create_app

    with TestClient(create_app(conf_db, token="")) as c:
        yield c


def _floor(value: float | None) -> tuple[tuple[str, ...], str]:
    """The CLI option and the query parameter of a floor (None: neither, the default)."""
    if value is None:
        return (), ""
    return ("--min-confidence", str(value)), f"min_confidence={value}"


def _python(db: str, fn: Any, *args: Any, floor: float | None, **kw: Any) -> Any:
    from onrecord.store import open_store

    extra = {} if floor is None else {"min_confidence": floor}
    with open_store(db) as store:
        return fn(store, *args, **kw, **extra)


@pytest.mark.parametrize("floor", FLOORS)
def test_surfaces_agree_on_events_under_a_min_confidence(
    capsys, conf_client, conf_db, floor: float | None
) -> None:
    from onrecord.analysis import events_query

    opt, query = _floor(floor)
    cli = _cli(capsys, conf_db, "events", "--limit", "0", *opt)
    api = _api(conf_client, f"/api/events?{query}")
    lib = _python(conf_db, events_query, floor=floor, limit=None)
    ids = sorted(r["id"] for r in cli)
    assert ids == sorted(r["id"] for r in api) == sorted(f.id for f in lib)
    expected = 0.5 if floor is None else floor  # the documented default
    confidences = [r["confidence"] for r in api]
    assert all(c is None or c >= expected for c in confidences)
    assert [r["confidence"] for r in sorted(cli, key=lambda r: r["id"])] == [
        r["confidence"] for r in sorted(api, key=lambda r: r["id"])
    ]
    assert None in confidences  # the events without a confidence are kept


def test_surfaces_min_confidence_changes_the_answer(capsys, conf_client, conf_db) -> None:
    counts = [len(_api(conf_client, f"/api/events?{_floor(f)[1]}")) for f in FLOORS]
    assert counts[0] == counts[2] and counts[1] > counts[2] > counts[3] > counts[4] > counts[5]


@pytest.mark.parametrize("floor", FLOORS)
def test_surfaces_agree_on_timelines_under_a_min_confidence(
    capsys, conf_client, conf_db, floor: float | None
) -> None:
    from onrecord.analysis import dyad_timeline

    opt, query = _floor(floor)
    args = ("XOS", "XBL")
    cli = _cli(capsys, conf_db, "timeline", *args, "--both-directions", *opt)
    api = conf_client.get(f"/api/dyads/XOS/XBL/timeline?both=true&{query}")
    page = conf_client.get(f"/dyads/XOS/XBL.json?both=true&{query}")
    lib = _python(conf_db, dyad_timeline, *args, floor=floor, both_directions=True).to_dict()
    assert api.status_code == page.status_code == 200
    assert cli == api.json() == page.json() == lib


@pytest.mark.parametrize("floor", FLOORS)
def test_surfaces_agree_on_dyads_and_alerts_under_a_min_confidence(
    capsys, conf_client, conf_db, floor: float | None
) -> None:
    import datetime as dt

    from onrecord.analysis import alerts, top_dyads

    opt, query = _floor(floor)
    web_only = {"source_link", "target_link", "spark", "dyad_url", "events_url"}

    def strip(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k not in web_only} for r in rows]

    cli = _cli(capsys, conf_db, "dyads", *opt)
    api = conf_client.get(f"/api/dyads?{query}").json()["items"]
    lib = [d.to_dict() for d in _python(conf_db, top_dyads, floor=floor)]
    assert cli == strip(api) == lib
    cli = _cli(capsys, conf_db, "alerts", "--since", "2031-03-01", *opt)
    api = conf_client.get(f"/api/alerts?since=2031-03-01&{query}").json()["items"]
    lib = [a.to_dict() for a in _python(conf_db, alerts, floor=floor, since=dt.date(2031, 3, 1))]
    assert cli == strip(api) == lib


@pytest.mark.parametrize("floor", FLOORS)
def test_surfaces_agree_on_actor_profiles_under_a_min_confidence(
    capsys, conf_client, conf_db, floor: float | None
) -> None:
    from onrecord.store.actor_queries import actor_profile

    opt, query = _floor(floor)
    capsys.readouterr()
    assert main(["--db", conf_db, "actor", "XOS", "--format", "json", *opt]) == 0
    cli = json.loads(capsys.readouterr().out)
    lib = _python(conf_db, actor_profile, "XOS", floor=floor).to_dict()
    assert cli == lib
    api = conf_client.get(f"/api/actors/{cli['id']}?{query}").json()
    page = conf_client.get(f"/actors/{cli['id']}.json?{query}").json()
    assert api == page
    expected = 0.5 if floor is None else floor  # the documented default
    assert cli["min_confidence"] == api["min_confidence"] == expected
    assert cli["events_as_source"] == api["events_as_source"]
    assert cli["events_as_target"] == api["events_as_target"]
    assert [(t["id"], t["count"], t["mean_intensity"]) for t in cli["top_targets"]] == [
        (t["id"], t["events"], t["mean_intensity"]) for t in api["top_targets"]
    ]
    # The same floor as the event listing: the actor's events as source are those it lists.
    listed = conf_client.get(f"/api/events?source={cli['id']}&{query}&limit=200").json()
    assert cli["events_as_source"] == len(listed["items"])


def test_surfaces_actor_profile_min_confidence_changes_the_answer(capsys, conf_db) -> None:
    counts = []
    for floor in (0, 0.9):
        capsys.readouterr()
        assert main(["--db", conf_db, "actor", "XOS", "--format", "json", *_floor(floor)[0]]) == 0
        counts.append(json.loads(capsys.readouterr().out)["events_as_source"])
    assert counts[0] > counts[1] > 0


@pytest.mark.parametrize("bad", ["-0.1", "1.5", "nan"])
def test_surfaces_refuse_the_same_bad_min_confidence(
    capsys, conf_client, conf_db, bad: str
) -> None:
    capsys.readouterr()
    assert main(["--db", conf_db, "events", "--min-confidence", bad]) != 0
    assert "min-confidence" in capsys.readouterr().err
    assert main(["--db", conf_db, "actor", "XOS", "--min-confidence", bad]) != 0
    assert "min-confidence" in capsys.readouterr().err
    paths = ("/api/events", "/api/dyads", "/api/alerts", "/api/dyads/XOS/XBL/timeline")
    for path in (*paths, "/api/actors/1", "/actors/1"):
        r = conf_client.get(f"{path}?min_confidence={bad}")
        assert r.status_code in (400, 422), (path, r.status_code)


@pytest.mark.parametrize("command", ["events", "timeline", "dyads", "alerts", "actor"])
def test_surfaces_document_the_same_default_min_confidence(
    capsys, conf_client, command: str
) -> None:
    from onrecord.store.events import DEFAULT_MIN_CONFIDENCE

    said = f"default {DEFAULT_MIN_CONFIDENCE:g}"
    capsys.readouterr()
    assert main([command, "--help"]) == 0
    assert said in " ".join(capsys.readouterr().out.split())
    paths = conf_client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/events",
        "/api/dyads",
        "/api/alerts",
        "/api/dyads/{source}/{target}/timeline",
        "/api/actors/{actor_id}",
    ):
        (param,) = [p for p in paths[path]["get"]["parameters"] if p["name"] == "min_confidence"]
        assert said in param["description"], path


@pytest.mark.parametrize(
    ("query", "shown"), [("", "0.5"), ("?min_confidence=0.9", "0.9"), ("?min_confidence=0", "0")]
)
def test_surfaces_dyad_page_shows_and_applies_its_floor(
    conf_client, query: str, shown: str
) -> None:
    page = conf_client.get(f"/dyads/XOS/XBL{query}")
    data = conf_client.get(f"/dyads/XOS/XBL.json{query}").json()
    assert page.status_code == 200
    assert f'name="min_confidence" min="0" max="1" step="0.05" value="{shown}"' in page.text
    assert f"{data['events']} events from {data['reports']} reports" in page.text
