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


def _joint_label(doc, quote_id: str) -> str:
    li = doc.xpath(f"//li[@data-quote='{quote_id}']")
    assert len(li) == 1
    return li[0].xpath("string(.//span[@class='joint'])")


def test_a_country_lists_the_joint_statement_of_any_party_once(joint_client) -> None:
    ids = _ids(joint_client)
    items = joint_client.get("/api/quotes", params={"country": "BLV"}).json()["items"]
    # newest first: q3 (Belvania and its allies) follows q1 in the article
    assert [q["quote_id"] for q in items] == ["q3", "q1"]
    assert [(p["actor_id"], p["country"]) for p in items[1]["speakers"]] == [
        (ids["Ana Voss"], "OST"),
        (ids[HOSTILE], "BLV"),
    ]
    ost = joint_client.get("/api/quotes", params={"country": "ost"}).json()["items"]
    assert sorted(q["quote_id"] for q in ost) == ["q1", "q2"]
    # the search page: the same statements; the parties' names shown as text, linked
    response = joint_client.get("/search", params={"country": "BLV"})
    assert response.status_code == 200
    doc = lxml.html.fromstring(response.text)
    assert [li.get("data-quote") for li in doc.xpath("//li[@data-quote]")] == ["q3", "q1"]
    assert _joint_label(doc, "q1") == f"(joint statement: Ana Voss, {HOSTILE})"
    links = doc.xpath("//li[@data-quote='q1']//span[@class='joint']/a")
    assert [(a.text, a.get("href")) for a in links] == [
        ("Ana Voss", f"/actors/{ids['Ana Voss']}"),
        (HOSTILE, f"/actors/{ids[HOSTILE]}"),
    ]
    assert not doc.xpath("//script[contains(., '__pwned')]")
    assert "<script>window.__pwned" not in response.text
    twin = joint_client.get("/search.json", params={"country": "BLV"}).json()
    assert [q["quote_id"] for q in twin["items"]] == ["q3", "q1"]


def test_the_article_page_names_the_parties_as_text(joint_client) -> None:
    item = joint_client.get("/api/quotes", params={"country": "BLV"}).json()["items"][1]
    response = joint_client.get(f"/articles/{item['article_id']}")
    assert response.status_code == 200
    doc = lxml.html.fromstring(response.text)
    legend = doc.xpath("string(//ol[@class='legend-quotes']/li[@data-quote='q1'])")
    assert f"(joint: Ana Voss and {HOSTILE})" in legend
    hover = doc.xpath("//span[@data-speaker-of='q1']/@title")
    assert hover and f"(joint: Ana Voss and {HOSTILE})" in hover[0]
    assert not doc.xpath("//script[contains(., '__pwned')]")
    assert "<script>window.__pwned" not in response.text


def test_a_party_is_found_without_its_accents(db_url: str) -> None:
    from fastapi.testclient import TestClient

    from onrecord.web import create_app
    from tests.store.test_joint_filters import accented_record

    with open_store(db_url) as store:
        store.add_record(accented_record())
    with TestClient(create_app(db_url, token="")) as client:
        for query in ("dufrene", "DUFRÊNE"):
            items = client.get("/api/quotes", params={"speaker": query}).json()["items"]
            assert [(q["quote_id"], q["joint_with"]) for q in items] == [("q1", ["Ana Voss"])]
        page = lxml.html.fromstring(client.get("/search", params={"speaker": "dufrene"}).text)
        assert _joint_label(page, "q1") == "(joint statement, with Ana Voss)"
