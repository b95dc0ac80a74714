"""``/docs``: the API reference rendered on the server from the OpenAPI schema.

FastAPI's own ``/docs`` loads Swagger UI from a CDN, which neither works offline nor fits the
Content-Security-Policy; this page needs nothing but the schema (also at ``/openapi.json``).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from onrecord.web.render import render

router = APIRouter()


def _params(op: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for p in op.get("parameters", []):
        schema = p.get("schema", {})
        kind = schema.get("type") or " | ".join(
            str(s.get("type")) for s in schema.get("anyOf", []) if s.get("type") != "null"
        )
        out.append(
            {
                "name": p.get("name"),
                "in": p.get("in"),
                "required": p.get("required", False),
                "type": kind,
                "description": p.get("description") or schema.get("description") or "",
            }
        )
    return out


@router.get("/docs")
def docs_page(request: Request) -> Response:
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            ops.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": _params(op),
                    "body": "requestBody" in op,
                }
            )
    return render(request, "docs.html", {"title": "API reference", "spec": spec, "ops": ops})


@router.get("/docs.json")
def docs_json(request: Request) -> Response:
    """The docs page's JSON twin: the OpenAPI schema itself."""
    from fastapi.responses import JSONResponse

    return JSONResponse(request.app.openapi())
