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
    ],
)
def test_surfaces_agree_on_actors(
    capsys, client, web_db, cli_args: tuple[str, ...], query: str
) -> None:
    cli = _cli(capsys, web_db[0], "actors", *cli_args)
    api = _api(client, f"/api/actors?{query}")
    assert {r["id"]: r["quotes"] for r in cli} == {r["id"]: r["quotes"] for r in api}
    assert cli, "the filters should find someone"


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
