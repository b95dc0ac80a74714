"""Alerts a person can read: period, direction, size against the baseline, the events behind it."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest

from tests.analysis.factories import crisis_records


@pytest.fixture(scope="module")
def alert_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """A client over a store where Ostrava's first week of March 2031 jumps against its baseline."""
    from fastapi.testclient import TestClient

    from onrecord.store import open_store
    from onrecord.web import create_app

    path = str(tmp_path_factory.mktemp("alerts") / "alerts.db")
    records = crisis_records()
    # Later quiet weeks keep the burst inside the home page's window and a baseline before it.
    with open_store(path) as store:
        for rec in records:
            for ev in rec.events:
                ev.confidence = 0.9
            store.add_record(rec)
    with TestClient(create_app(path, token="")) as c:
        yield c


def _by_class(el, tag: str, cls: str) -> list:
    """Descendants ``tag.cls`` (an XPath class match: no cssselect dependency)."""
    return el.xpath(f".//{tag}[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]")


def test_home_alert_shows_period_direction_size_and_events(alert_client) -> None:
    page = alert_client.get("/")
    assert page.status_code == 200
    doc = lxml.html.fromstring(page.text)
    items = _by_class(_by_class(doc, "section", "alerts")[0], "li", "alert")
    assert items, page.text[-2000:]
    first = items[0]
    assert first.get("data-direction") == "escalation" and "alert-up" in first.get("class")
    assert _by_class(first, "a", "alert-dyad")[0].get("href").startswith("/dyads/XOS/XBL?")
    assert "2031-03-03" in _by_class(first, "span", "alert-period")[0].text_content()
    assert "escalation" in _by_class(first, "span", "alert-direction")[0].text_content()
    size = _by_class(first, "span", "alert-size")[0].text_content()
    assert "baseline" in size and "z +" in size
    links = [
        a.get("href") for ul in _by_class(first, "ul", "alert-events") for a in ul.xpath(".//a")
    ]
    assert links and all(h.startswith("/articles/") for h in links)
    assert _by_class(first, "a", "alert-all")[0].get("href").startswith("/api/events?id=")
    # Two alerts on different periods no longer read the same.
    texts = [li.text_content() for li in items]
    assert len(set(texts)) == len(texts)


def test_api_alerts_carry_summary_and_links(alert_client) -> None:
    body = alert_client.get("/api/alerts", params={"since": "2031-03-01"}).json()
    assert body["available"] and body["items"]
    a = body["items"][0]
    for key in (
        "summary",
        "movement",
        "change",
        "period_start",
        "period_end",
        "dyad_url",
        "events_url",
        "event_ids",
    ):
        assert key in a
    listed = alert_client.get(a["events_url"]).json()["items"]
    assert {e["id"] for e in listed} == set(a["event_ids"])
    assert all("confidence" in e for e in listed)


@pytest.mark.parametrize(
    "url", ["/api/alerts", "/api/dyads", "/api/dyads/XOS/XBL/timeline", "/dyads/XOS/XBL.json"]
)
def test_min_confidence_parameter_is_checked(alert_client, url) -> None:
    assert alert_client.get(url, params={"min_confidence": 0.7}).status_code == 200
    assert alert_client.get(url, params={"min_confidence": 1.5}).status_code in (400, 422)
