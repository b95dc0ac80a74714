"""Out-of-range ids, crafted cursors, impossible dates and NUL bytes: a 4xx with a message, never a 500."""

from __future__ import annotations

import base64
import json

import pytest

BEYOND = str(2**63)  # one past the largest BIGINT


def cursor(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "url",
    [
        f"/dyads/{BEYOND}/XDR",
        f"/dyads/XVL/{BEYOND}.json",
        f"/api/dyads/{BEYOND}/XDR/timeline",
        "/dyads/\u00b2/XDR",
        f"/api/actors/{BEYOND}",
        f"/actors/{BEYOND}",
        f"/api/quotes?speaker_id={BEYOND}",
        f"/api/quotes?cursor={cursor(['2026-03-02', 2**64])}",
        f"/api/quotes?cursor={cursor(['2026-03-02', -1])}",
        f"/api/events?cursor={cursor([None, 2**63])}",
        f"/api/articles?cursor={cursor(['2026-03-02', ''])}",
        f"/api/actors?cursor={cursor(2**70)}",
        f"/search?cursor={cursor(['2026-03-02', 2**64])}",
        f"/search.json?cursor={cursor(['2026-03-02', 0])}",
        "/api/events?id=99999999999999999999",
        "/api/quotes?limit=99999999999999999999999",
        "/api/quotes?limit=-1",
        "/api/quotes?since=2026-13-45",
    ],
)
def test_out_of_range_values_get_a_4xx_with_a_message(client, url: str) -> None:
    r = client.get(url)
    assert r.status_code in (400, 404, 422), (url, r.status_code)
    if r.headers["content-type"].startswith("application/json"):
        assert r.json()["error"]
    else:
        assert "internal error" not in r.text


@pytest.fixture
def writer(tmp_path, extractor):
    from fastapi.testclient import TestClient

    from onrecord.web import create_app

    with TestClient(create_app(str(tmp_path / "w.db"), token="s3cret", extractor=extractor)) as c:
        yield c


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"text": "Voss\x00 said the border stays open."}, "NUL bytes"),
        ({"text": "Voss said the border stays open.", "title": "a\x00b"}, '"title" contains NUL'),
        (
            {"text": "Voss said the border stays open.", "published": "garbage-date-xyz"},
            '"published" is not a real date',
        ),
        (
            {"text": "Voss said the border stays open.", "published": "2026-13-45"},
            '"published" is not a real date',
        ),
        ({"text": "x " * 500_001}, "at most 1000000 characters"),
    ],
)
def test_post_refuses_what_the_cli_refuses(writer, body: dict, message: str) -> None:
    r = writer.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 422
    assert message in r.json()["error"]
    assert writer.get("/api/articles").json()["items"] == []
