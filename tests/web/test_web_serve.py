"""``onrecord serve`` as a user starts it: a real server process on a free loopback port."""

from __future__ import annotations

import httpx
import pytest

from tests.web.server import serving


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_answers_with_one_or_several_workers(web_db, workers: int) -> None:
    db, records = web_db
    with serving(db, "--workers", str(workers)) as (base, _):
        answer = httpx.get(f"{base}/api/quotes?limit=100", timeout=10)
        assert answer.status_code == 200
        assert len(answer.json()["items"]) == sum(len(r.quotes) for r in records)
        # read-only without a token
        post = httpx.post(f"{base}/api/articles", json={"text": "x"}, timeout=30)
        assert post.status_code == 403
