"""The REST API through FastAPI's test client: filters, pagination, auth, errors, headers."""

from __future__ import annotations

from dataclasses import fields

import pytest

from onrecord.record import Record
from onrecord.store.results import QuoteHit
from onrecord.web.security import CONTENT_SECURITY_POLICY

from .conftest import WEEKS


def _all_pages(client, url: str, limit: int) -> list[dict]:
    items, cursor, seen = [], None, 0
    while True:
        sep = "&" if "?" in url else "?"
        page = client.get(
            f"{url}{sep}limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        ).json()
        items += page["items"]
        cursor = page["next_cursor"]
        seen += 1
        assert seen < 50
        if cursor is None:
            return items


def test_quotes_newest_first_with_contract_fields(client) -> None:
    body = client.get("/api/quotes").json()
    assert len(body["items"]) == len(WEEKS) + 1
    dates = [q["published"] for q in body["items"]]
    assert dates == sorted(dates, reverse=True)
    first = body["items"][0]
    assert {f.name for f in fields(QuoteHit)} | {"speaker_country"} <= set(first)


@pytest.mark.parametrize("limit", [1, 2, 4])
def test_quotes_cursor_pagination_visits_each_row_once(client, limit: int) -> None:
    items = _all_pages(client, "/api/quotes", limit)
    keys = [(q["article_id"], q["quote_id"]) for q in items]
    assert len(keys) == len(set(keys)) == len(WEEKS) + 1


def test_articles_and_events_paginate(client) -> None:
    assert len(_all_pages(client, "/api/articles", 3)) == len(WEEKS) + 1
    assert len(_all_pages(client, "/api/events", 2)) == len(WEEKS) + 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("search=Port+Amaris", 2),
        ("search=amaris+useful", 1),
        ("speaker=kettering", 9),
        ("speaker=KETTÉRING", 9),
        ("speaker=nobody", 0),
        ("addressee=vorontsin", 9),
        ("country=XVL", 9),
        ("country=xdr", 0),
        ("type=threaten", 1),
        ("type=CONSULT", 2),
        ("since=2026-04-01", 4),
        ("until=2026-03", 5),
        ("since=2026-03-09&until=2026-03-16", 2),
        ("search=%22OR%22+NEAR(", 0),
    ],
)
def test_quotes_filters(client, query: str, expected: int) -> None:
    response = client.get(f"/api/quotes?{query}")
    assert response.status_code == 200, response.text
    assert len(response.json()["items"]) == expected


def test_actor_detail_and_listing(client) -> None:
    actors = client.get("/api/actors?kind=person").json()["items"]
    kettering = next(a for a in actors if a["name"] == "Jonas Kettering")
    detail = client.get(f"/api/actors/{kettering['id']}").json()
    assert detail["quotes"] == len(WEEKS) + 1
    assert (
        detail["titles"][0]["title"] == "Foreign Minister"
        and detail["titles"][0]["first_seen"] == "2026-03-02"
    )
    assert "Kettering" in detail["aliases"]
    assert sum(m["statements"] for m in detail["statements_per_month"]) == len(WEEKS) + 1
    assert detail["top_addressees"][0]["name"] == "Aleksei Vorontsin"
    assert detail["top_targets"][0]["name"] == "Aleksei Vorontsin"
    assert len(detail["latest_quotes"]) == 9


def test_article_record_keeps_the_contract_shape(client, web_db: tuple[str, list[Record]]) -> None:
    record = web_db[1][0]
    body = client.get(f"/api/articles/{record.id}").json()
    assert body == record.to_dict()
    assert client.get("/api/articles/0000000000000000").status_code == 404


def test_events_filters(client) -> None:
    items = client.get("/api/events?source_country=XVL&target_country=XDR&type=agree").json()[
        "items"
    ]
    assert [e["type"] for e in items] == ["AGREE"]
    ids = [e["id"] for e in client.get("/api/events?limit=3").json()["items"]]
    picked = client.get("/api/events?" + "&".join(f"id={i}" for i in ids[:2])).json()["items"]
    assert sorted(e["id"] for e in picked) == sorted(ids[:2])


def test_dyad_timeline_and_top_dyads(client) -> None:
    timeline = client.get("/api/dyads/XVL/XDR/timeline?by=week").json()
    periods = timeline["periods"]
    assert sum(p["events"] for p in periods) >= len(WEEKS)
    assert max(p["escalation"] for p in periods) > 0 > min(p["escalation"] for p in periods)
    top = client.get("/api/dyads?spark=true").json()["items"]
    assert top and top[0]["source"] == "XVL" and top[0]["target"] == "XDR"
    assert top[0]["spark"]
    assert client.get("/api/dyads/XVL/NOWHERE/timeline").status_code == 404
    assert client.get("/api/alerts").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/api/quotes?since=yesterday",
        "/api/quotes?since=2026-13",
        "/api/quotes?since=2026-04-01&until=2026-03-01",
        "/api/quotes?limit=0",
        "/api/quotes?limit=100000",
        "/api/quotes?limit=abc",
        "/api/quotes?cursor=not-a-cursor",
        "/api/quotes?cursor=WzEsMl0",
        "/api/quotes?type=INVADE",
        "/api/quotes?country=12",
        "/api/quotes?speaker_id=-1",
        "/api/quotes?speaker_id=99999999999999999999999",
        "/api/quotes?search=" + "x" * 500,
        "/api/actors/0",
        "/api/actors/99999999999999999999999",
        "/api/actors/abc",
        "/api/actors?kind=planet",
        "/api/actors?cursor=WyJ4Il0",
        "/api/events?id=0",
        "/api/events?id=x",
        "/api/dyads/XVL/XDR/timeline?by=year",
        "/api/dyads?top=0",
        "/search?since=nope",
        "/search?type=nope",
        "/actors/nope",
        "/dyads/XVL/XDR?by=fortnight",
        "/articles/" + "a" * 65,
    ],
)
def test_bad_parameters_get_a_4xx_with_a_message(client, url: str) -> None:
    response = client.get(url)
    assert 400 <= response.status_code < 500, (url, response.status_code)
    if url.startswith("/api/"):
        assert response.json()["error"]


def test_writes_refused_when_read_only(client) -> None:
    response = client.post("/api/articles", json={"text": "Anything."})
    assert response.status_code == 403
    assert "read-only" in response.json()["error"]


def test_writes_need_the_bearer_token(web_db: tuple[str, list[Record]], tmp_path) -> None:
    from fastapi.testclient import TestClient

    from onrecord.web import create_app

    app = create_app(str(tmp_path / "w.db"), token="s3cret")
    with TestClient(app) as c:
        missing = c.post("/api/articles", json={"text": "Anything."})
        wrong = c.post(
            "/api/articles", json={"text": "Anything."}, headers={"Authorization": "Bearer nope"}
        )
        assert missing.status_code == wrong.status_code == 401
        assert missing.headers["www-authenticate"].startswith("Bearer")
        both = c.post(
            "/api/articles",
            json={"text": "a", "html": "<p>b</p>"},
            headers={"Authorization": "Bearer s3cret"},
        )
        assert both.status_code == 422 and "exactly one" in both.json()["error"]


def test_post_article_ingests_text_and_html(db_url, extractor) -> None:
    from fastapi.testclient import TestClient

    from onrecord.web import create_app

    app = create_app(db_url, token="s3cret", extractor=extractor)
    auth = {"Authorization": "Bearer s3cret"}
    text = "“We will keep the border open,” Foreign Minister Jonas Kettering of Velmara said on Tuesday."
    with TestClient(app) as c:
        created = c.post(
            "/api/articles",
            json={"text": text, "published": "2026-03-10", "source": "BPA"},
            headers=auth,
        )
        assert created.status_code == 201, created.text
        record = created.json()
        assert record["text"] == text and record["published"] == "2026-03-10"
        assert record["quotes"] and record["quotes"][0]["text"].startswith(
            "We will keep the border open"
        )
        assert created.headers["location"] == f"/api/articles/{record['id']}"
        again = c.post("/api/articles", json={"text": text}, headers=auth)
        assert again.status_code == 200 and again.json()["id"] == record["id"]
        html = (
            "<html><head><title>Talks</title></head><body><article><p>“Talks will resume in Port Amaris,” "
            "Foreign Minister Aleksei Vorontsin said on Monday.</p></article></body></html>"
        )
        page = c.post(
            "/api/articles", json={"html": html, "url": "https://bpa.example/talks"}, headers=auth
        )
        assert page.status_code == 201, page.text
        assert "Talks will resume in Port Amaris" in page.json()["text"]
        assert c.get("/api/quotes?search=resume").json()["items"]


def test_security_headers_on_pages_api_and_errors(client) -> None:
    for url in ("/", "/api/quotes", "/static/app.css", "/nope", "/api/quotes?limit=0"):
        headers = client.get(url).headers
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY


def test_openapi_and_offline_docs(client) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/quotes" in spec["paths"] and "post" in spec["paths"]["/api/articles"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower()
    assert "/api/dyads/{source}/{target}/timeline" in docs.text


@pytest.mark.parametrize(
    "query", ["search=the", "search=port+amaris&limit=1", "search=will&speaker=kettering"]
)
def test_dense_and_sparse_search_plans_agree(client, monkeypatch, query: str) -> None:
    from onrecord.store import statements

    sparse = _all_pages(client, f"/api/quotes?{query}", 2)
    monkeypatch.setattr(statements, "DENSE_MATCHES", 0)  # every search takes the newest-first walk
    dense = _all_pages(client, f"/api/quotes?{query}", 2)
    assert dense == sparse and dense


def test_cached_aggregates_follow_new_articles(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from onrecord.store import open_store
    from onrecord.web import create_app

    from .conftest import weekly_record

    path = str(tmp_path / "grow.db")
    with open_store(path) as store:
        store.add_record(weekly_record(0))
    with TestClient(create_app(path, token="")) as c:
        before = c.get("/api/dyads").json()["items"]
        assert c.get("/api/dyads").json()["items"] == before  # served from the cache
        with open_store(path) as store:
            store.add_record(weekly_record(1))
        after = c.get("/api/dyads").json()["items"]
        assert after[0]["events"] == before[0]["events"] + 1
        assert c.get("/index.json").json()["dyads"][0]["events"] == after[0]["events"]
