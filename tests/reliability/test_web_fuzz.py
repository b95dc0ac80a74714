"""Every route, every path and query parameter, hostile values: never a 5xx.

Routes and their parameters are read from the app itself (``app.routes``), so a new route is
fuzzed without touching this file.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.web import create_app

TOKEN = "s3cret"


def _cursor(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


HOSTILE = [
    "",
    " ",
    "0",
    "-1",
    "1",
    "42",
    str(2**63 - 1),
    str(2**63),
    str(2**64),
    "9" * 40,
    "-9" * 20,
    "1e999",
    "NaN",
    "inf",
    "0x10",
    "²",
    "١٢",
    "XVL",
    "XDR",
    "xdr",
    "NATO",
    "Kettering",
    "Jonas Kettering",
    "week",
    "month",
    "day",
    "true",
    "false",
    "2026-03-02",
    "2026-13-45",
    "0000-00-00",
    "9999-12-31",
    "2026",
    "2026-02",
    "garbage-date-xyz",
    "' OR 1=1 --",
    '"; DROP TABLE quotes; --',
    "%",
    "_",
    "\\",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "Ωμέγα",
    "\u202e",
    "\ufeff",
    "\U0001f600",
    "a" * 300,
    "\x00",
    "\x1f",
    "REQUEST",
    "threaten",
    _cursor(["2026-03-02", 2**64]),
    _cursor([None, 1]),
    _cursor(["2026-03-02", "x"]),
    _cursor({"a": 1}),
    _cursor(2**70),
    _cursor(-5),
    "!!!",
    "====",
    "eyJ",
]
value = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40))


def _params(dependant, kind: str) -> list[str]:
    """A route's parameters of one kind, its dependencies' included."""
    names = [p.alias for p in getattr(dependant, kind)]
    for sub in dependant.dependencies:
        names += [n for n in _params(sub, kind) if n not in names]
    return names


def _api_routes(routes) -> list[APIRoute]:
    out = []
    for route in routes:
        if isinstance(route, APIRoute):
            out.append(route)
        else:  # an included router (FastAPI >= 0.16x wraps them) or a mount
            inner = getattr(route, "original_router", None) or getattr(route, "app", None)
            out += _api_routes(
                getattr(inner, "routes", None) or getattr(route, "routes", None) or []
            )
    return out


def _routes() -> list[tuple[str, str, list[str], list[str]]]:
    """(method, path, path parameters, query parameters) of every route of the app."""
    app = create_app(":memory:", token=TOKEN)
    out = []
    for route in _api_routes(app.routes):
        for method in sorted(route.methods - {"HEAD"}):
            out.append(
                (
                    method,
                    route.path,
                    _params(route.dependant, "path_params"),
                    _params(route.dependant, "query_params"),
                )
            )
    return out


ROUTES = _routes()
SEEN: Counter[int] = Counter()


@pytest.fixture(scope="module")
def fuzz_client(tmp_path_factory, extractor):
    from fastapi.testclient import TestClient

    from onrecord.store import open_store
    from tests.web.conftest import fill

    db = str(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    with open_store(db) as store:
        fill(store)
    app = create_app(db, token=TOKEN, extractor=extractor, extract_timeout=60)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def test_every_route_is_fuzzed() -> None:
    paths = {p for _, p, _, _ in ROUTES}
    documented = set(create_app(":memory:", token=TOKEN).openapi()["paths"])
    assert documented <= paths
    assert {
        "/",
        "/dyads/{source}/{target}",
        "/actors/{actor_id}",
        "/articles/{article_id}",
        "/search",
        "/docs",
    } <= paths


@pytest.mark.parametrize(
    ("method", "path", "path_params", "query_params"),
    ROUTES,
    ids=[f"{m} {p}" for m, p, _, _ in ROUTES],
)
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_route_answers_5xx(
    fuzz_client, data, method: str, path: str, path_params: list[str], query_params: list[str]
) -> None:
    url = path
    for name in path_params:
        raw = data.draw(value, label=name)
        url = url.replace("{" + name + "}", quote(raw, safe="") or "x")
    params = {
        q: data.draw(value, label=q)
        for q in query_params
        if data.draw(st.booleans(), label=f"send {q}")
    }
    if method == "GET":
        r = fuzz_client.get(url, params=params)
    else:
        body = data.draw(
            st.one_of(
                st.fixed_dictionaries(
                    {},
                    optional={
                        k: value
                        for k in ("text", "html", "title", "published", "source", "url", "language")
                    },
                ),
                st.sampled_from([None, [], "text", 12]),
            ),
            label="body",
        )
        headers = (
            {"Authorization": f"Bearer {TOKEN}"} if data.draw(st.booleans(), label="token") else {}
        )
        r = fuzz_client.request(method, url, params=params, json=body, headers=headers)
    SEEN[r.status_code] += 1
    assert r.status_code < 500, (method, url, params, r.status_code, r.text[:300])


# The sharpest values, each tried once in every parameter of every route (the random search
# above may not draw a given one for a given parameter).
SHARP = [
    "",
    "0",
    "-1",
    str(2**63),
    "9" * 40,
    "²",
    "1e999",
    "2026-13-45",
    "\x00",
    "' OR 1=1 --",
    "a" * 300,
    _cursor(["2026-03-02", 2**64]),
    _cursor(2**70),
    "%",
    "\u202e",
]


@pytest.mark.parametrize(
    ("method", "path", "path_params", "query_params"),
    [r for r in ROUTES if r[0] == "GET" and (r[2] or r[3])],
    ids=lambda v: str(v) if isinstance(v, str) else "",
)
def test_sharp_values_in_every_parameter(
    fuzz_client, method: str, path: str, path_params: list[str], query_params: list[str]
) -> None:
    defaults = {name: "XVL" if name in ("source", "target") else "1" for name in path_params}
    bad = []
    for name in path_params + query_params:
        for raw in SHARP:
            values = {**defaults, name: raw} if name in path_params else dict(defaults)
            url = path
            for p, v in values.items():
                url = url.replace("{" + p + "}", quote(v, safe="") or "x")
            r = fuzz_client.get(url, params={name: raw} if name in query_params else {})
            if r.status_code >= 500:
                bad.append((name, raw, r.status_code))
    assert bad == []
