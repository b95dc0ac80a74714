"""`onrecord quotes --speaker` and `onrecord actor` on joint statements (issue 15, eighth
session): the statement is listed for each party, marked as joint, and counted once. Fiction."""

from __future__ import annotations

import json
from pathlib import Path

from onrecord.store import open_store
from tests.store.test_joint_statements import joint_record
from tests.test_cli import run


def _filled(db_url: str) -> str:
    with open_store(db_url) as store:
        store.add_record(joint_record())
    return db_url


def test_quotes_by_either_party_list_the_joint_statement(capsys, db_url: str) -> None:
    db = _filled(db_url)
    code, out, _ = run(capsys, "quotes", "--db", db, "--speaker", "Teo Marr", "-f", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["quote_id"], r["joint_with"]) for r in rows] == [("q1", ["Ana Voss"])]
    assert [p["name"] for p in rows[0]["speakers"]] == ["Ana Voss", "Teo Marr"]
    code, out, _ = run(capsys, "quotes", "--db", db, "--speaker", "ana voss", "-f", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["quote_id"], r["joint_with"]) for r in rows] == [("q1", ["Teo Marr"]), ("q2", [])]
    code, out, _ = run(capsys, "quotes", "--db", db, "--speaker", "Teo Marr")
    assert code == 0 and "(joint, with Ana Voss)" in out and "1 statement(s)" in out
    code, out, _ = run(capsys, "quotes", "--db", db)  # unfiltered: marked, parties named
    assert code == 0 and "(joint:" in out and "3 statement(s)" in out


def test_actor_profile_counts_joint_statements_once(capsys, db_url: str) -> None:
    db = _filled(db_url)
    code, out, _ = run(capsys, "actor", "Teo Marr", "--db", db, "--format", "json")
    assert code == 0
    profile = json.loads(out)
    assert profile["statements"] == 1 and profile["joint_statements"] == 1
    code, out, _ = run(capsys, "actor", "Ana Voss", "--db", db)
    assert "2 statement(s) (1 joint)" in out
    code, out, _ = run(capsys, "actors", "--db", db, "--format", "json")
    counts = {a["name"]: a["quotes"] for a in json.loads(out)}
    assert counts == {"Ana Voss": 2, "Teo Marr": 1, "Government of Belvania": 1}


def test_an_ingested_joint_statement_reaches_both_pages(capsys, tmp_path: Path) -> None:
    article = tmp_path / "talks.txt"
    article.write_text(
        "Foreign Minister Ana Voss of Ostrava and her Belvanian counterpart, Teo Marr, said on "
        "Tuesday that the crossing would reopen.\n\n"
        "“We will keep the convoys moving,” Voss said later.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "x.db")
    code, _, _ = run(capsys, "ingest", str(article), "--db", db, "--jobs", "1")
    assert code == 0
    code, out, _ = run(capsys, "quotes", "--db", db, "--speaker", "Marr", "-f", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in rows] == ["that the crossing would reopen"]
    assert rows[0]["speaker_actor_id"] is None and rows[0]["joint_with"] == ["Ana Voss"]
    code, out, _ = run(capsys, "quotes", "--db", db, "--speaker", "Voss", "-f", "jsonl")
    assert [r["joint_with"] for r in map(json.loads, out.splitlines())] == [["Teo Marr"], []]


def test_quotes_by_country_and_by_a_name_without_accents(capsys, db_url: str) -> None:
    from tests.store.test_joint_filters import accented_record

    with open_store(db_url) as store:
        store.add_record(accented_record())
    code, out, _ = run(capsys, "quotes", "--db", db_url, "--country", "BLV", "-f", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["quote_id"] for r in rows] == ["q1", "q3"]
    assert [(p["name"], p["country"]) for p in rows[0]["speakers"]] == [
        ("Ana Voss", "OST"),
        ("Émile Dufrêne", "BLV"),
    ]
    code, out, _ = run(capsys, "quotes", "--db", db_url, "--country", "OST")
    assert code == 0 and "2 statement(s)" in out and "(joint:" in out
    code, out, _ = run(capsys, "quotes", "--db", db_url, "--speaker", "dufrene", "-f", "csv")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2 and "q1" in lines[1] and "Ana Voss" in lines[1]
    code, out, _ = run(capsys, "actor", "dufrene", "--db", db_url, "--format", "json")
    assert code == 0 and json.loads(out)["joint_statements"] == 1


def test_after_a_merge_the_cli_the_api_and_the_page_agree(capsys, db_url: str) -> None:
    """``actors merge`` by the CLI, then the kept actor's name finds every statement of
    either actor (its own, the folded-in one's, the joint one) in ``quotes --speaker``, the
    API and the actor page, one count everywhere (issue 15, tenth session)."""
    from fastapi.testclient import TestClient

    from onrecord.web import create_app
    from tests.store.test_fixed_actor_search import first_record, second_record

    with open_store(db_url) as store:
        store.add_record(first_record())
        store.add_record(second_record())
    code, _, err = run(capsys, "actors", "merge", "Teo Marr", "Tomas Arbel", "--db", db_url)
    assert code == 0, err
    code, out, _ = run(capsys, "quotes", "--db", db_url, "--speaker", "teo marr", "-f", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["title"], r["quote_id"], r["joint_with"]) for r in rows] == [
        ("Talks to resume", "q1", []),
        ("Talks to resume", "q2", ["Ana Voss"]),
        ("Ferry safe", "q1", []),
    ]
    code, out, _ = run(capsys, "actor", "Teo Marr", "--db", db_url, "--format", "json")
    profile = json.loads(out)
    assert profile["statements"] == 3 and profile["joint_statements"] == 1
    with TestClient(create_app(db_url, token="")) as client:
        api = client.get("/api/quotes", params={"speaker": "Teo Marr"}).json()
        assert len(api["items"]) == 3
        by_id = client.get("/api/quotes", params={"speaker_id": profile["id"]}).json()

        def keys(items: list[dict]) -> set[tuple[str, str]]:
            return {(q["article_id"], q["quote_id"]) for q in items}

        assert keys(by_id["items"]) == keys(api["items"])
        page = client.get(f"/actors/{profile['id']}.json").json()
        assert page["quotes"] == 3 and page["joint_quotes"] == 1
        listed = client.get("/api/actors", params={"name": "Teo Marr"}).json()["items"]
        assert [a["quotes"] for a in listed] == [3]
        assert client.get("/api/quotes", params={"addressee": "teo marr"}).json()["items"]
