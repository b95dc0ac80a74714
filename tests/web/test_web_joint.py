"""A joint statement on each party's actor page and in the API, marked "with ...", counted
once, its names escaped (issue 15, eighth session). Fiction; both backends."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest

from onrecord.store import open_store
from tests.store.test_joint_statements import joint_record

HOSTILE = "Teo <script>window.__pwned=1</script> Marr"


@pytest.fixture
def joint_client(db_url: str) -> Iterator:
    from fastapi.testclient import TestClient

    from onrecord.web import create_app

    rec = joint_record()
    # a name that carries markup: the page must show it as text
    rec.actors[1].name = HOSTILE
    rec.quotes[0].speakers[1].name = HOSTILE  # type: ignore[index]
    with open_store(db_url) as store:
        store.add_record(rec)
    app = create_app(db_url, token="")
    with TestClient(app) as c:
        yield c


def _ids(client) -> dict[str, int]:
    items = client.get("/api/actors?limit=100").json()["items"]
    return {a["name"]: a["id"] for a in items}


def test_actor_page_lists_the_joint_statement_with_the_other_party(joint_client) -> None:
    ids = _ids(joint_client)
    assert {ids["Ana Voss"], ids[HOSTILE]} <= set(ids.values())
    response = joint_client.get(f"/actors/{ids['Ana Voss']}")
    assert response.status_code == 200
    doc = lxml.html.fromstring(response.text)
    assert "2 statements (1 joint)" in doc.xpath("string(//p[@class='sub'])")
    rows = doc.xpath("//ul[@class='quotes']/li")
    assert len(rows) == 2
    joint = [li for li in rows if li.xpath(".//span[@class='joint']")]
    assert len(joint) == 1
    label = joint[0].xpath("string(.//span[@class='joint'])")
    assert label == f"(joint statement, with {HOSTILE})"  # shown as text
    assert not doc.xpath("//script[contains(., '__pwned')]")
    assert "<script>window.__pwned" not in response.text


def test_the_other_party_page_and_the_api_agree(joint_client) -> None:
    ids = _ids(joint_client)
    page = joint_client.get(f"/actors/{ids[HOSTILE]}.json").json()
    assert page["quotes"] == 1 and page["joint_quotes"] == 1
    assert [q["joint_with"] for q in page["latest_quotes"]] == [["Ana Voss"]]
    api = joint_client.get(f"/api/actors/{ids['Ana Voss']}").json()
    assert api["quotes"] == 2 and api["joint_quotes"] == 1
    quotes = joint_client.get("/api/quotes", params={"speaker": "ana voss"}).json()["items"]
    assert [(q["quote_id"], q["joint_with"]) for q in quotes] == [("q2", []), ("q1", [HOSTILE])]
    counts = {a["name"]: a["quotes"] for a in joint_client.get("/api/actors").json()["items"]}
    assert counts["Ana Voss"] == 2 and counts[HOSTILE] == 1
