"""The web app and the API show the date an article gives for an act (fiction: Ostrava's recap
of 20 March 2026, :func:`tests.analysis.factories.recap_records`)."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest

from tests.analysis.factories import recap_records


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    from fastapi.testclient import TestClient

    from onrecord.store import open_store
    from onrecord.web import create_app

    path = str(tmp_path_factory.mktemp("stated") / "stated.db")
    with open_store(path) as store:
        for record in recap_records():
            store.add_record(record)
    with TestClient(create_app(path, token="")) as c:
        yield c


def _events(client, query: str) -> list[dict]:
    """Every page of ``/api/events?query``, two at a time (the cursor is the event's day)."""
    items: list[dict] = []
    url = f"/api/events?{query}&limit=2"
    while url:
        body = client.get(url).json()
        items.extend(body["items"])
        url = (
            f"/api/events?{query}&limit=2&cursor={body['next_cursor']}"
            if body["next_cursor"]
            else ""
        )
    return items


def test_api_event_rows_have_date_and_published(client) -> None:
    rows = _events(client, "source_country=XOS")
    assert len(rows) == 6
    recap = [r for r in rows if r["type"] == "ASSAULT" and r["date"]]
    assert [(r["published"], r["date"]) for r in recap] == [("2026-03-20", "2026-03-03")]
    # newest first by the event's day: the accusation of 20 March first, 2014 last
    assert [r["type"] for r in rows][0] == "ACCUSE" and rows[-1]["date"] == "2014"


def test_api_until_finds_a_recap_published_after_it(client) -> None:
    rows = _events(client, "source_country=XOS&until=2026-03-10")
    assert {(r["type"], r["published"]) for r in rows} >= {("ASSAULT", "2026-03-20")}
    assert "ACCUSE" not in {r["type"] for r in rows}


def test_api_alert_evidence_has_the_stated_date(client) -> None:
    found = client.get("/api/alerts?since=2026-03-02").json()
    (first,) = [a for a in found["items"] if a["source"] == "XOS"]
    assert {g["type"]: g["date"] for g in first["evidence"]} == {
        "ASSAULT": "2026-03-03",
        "THREATEN": None,
    }


def test_home_page_alert_evidence_shows_the_stated_date(client) -> None:
    page = client.get("/")
    assert page.status_code == 200
    doc = lxml.html.fromstring(page.text)
    stated = [
        s.text_content() for s in doc.xpath("//ul[@class='alert-events']//span[@class='stated']")
    ]
    assert "(stated date 2026-03-03)" in stated


def test_article_page_event_label_shows_the_stated_date(client) -> None:
    (recap,) = [r for r in _events(client, "source_country=XOS&type=SANCTION")]
    page = client.get(f"/articles/{recap['article_id']}")
    assert page.status_code == 200
    doc = lxml.html.fromstring(page.text)
    labels = [li.text_content() for li in doc.xpath("//ol[@class='legend-events']/li")]
    assert any(label.endswith("(stated date 2014)") for label in labels), labels
    assert any(label.endswith("(stated date 2026-W11)") for label in labels), labels
