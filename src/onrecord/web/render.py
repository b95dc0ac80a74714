"""Templates (Jinja2, autoescaped), article highlighting and small server-side SVG helpers."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from onrecord.record import Record
from onrecord.stated_dates import stated_date

TEMPLATES = Path(__file__).with_name("templates")
SPEAKER_COLOURS = 8

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=True,  # every template, whatever its suffix: article text is untrusted
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _query(base: str, params: dict[str, Any]) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{base}?{urlencode(kept)}" if kept else base


def _signed(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:+.1f}".replace("-", "\u2212")


def http_url(value: str | None) -> str | None:
    """``value`` when it is an http(s) URL, else None: a ``javascript:`` link is never rendered."""
    if not value:
        return None
    scheme = value.strip().split(":", 1)[0].lower()
    return value.strip() if scheme in ("http", "https") and ":" in value else None


_env.filters["signed"] = _signed
_env.globals["http_url"] = http_url
_env.globals["query"] = _query


def render(
    request: Request, template: str, context: dict[str, Any], *, status: int = 200
) -> HTMLResponse:
    """Render a page; ``context`` is the page's JSON twin plus anything the template needs."""
    html = _env.get_template(template).render(request=request, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    """The HTML error page (the message is escaped like everything else)."""
    return render(
        request,
        "error.html",
        {"status": status, "message": message, "title": f"Error {status}"},
        status=status,
    )


def twin(data: dict[str, Any]) -> Response:
    """The JSON twin of a page."""
    return JSONResponse(data)


def embed(data: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: ``<``, ``>`` and ``&`` escaped,
    so no string in the data can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_env.filters["embed"] = embed


# -- article highlighting -------------------------------------------------------------------


@dataclass(slots=True)
class Segment:
    """A run of article text covered by the same quotes, events and speaker mentions."""

    text: str
    start: int
    end: int
    spans: list[str] = field(default_factory=list)  # "q1:0": quote q1, its first span
    quotes: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    speaker_of: list[str] = field(default_factory=list)
    colour: int | None = None
    tone: str | None = None
    hover: str = ""


def _who(mention: Any) -> str:
    if mention is None:
        return "unknown"
    return str(mention.name or mention.text)


def speaker_colours(record: Record) -> dict[str, int]:
    """Quote id → colour index; quotes of the same speaker share a colour."""
    palette: dict[str, int] = {}
    out: dict[str, int] = {}
    for q in record.quotes:
        key = (q.speaker.actor or q.speaker.text) if q.speaker else ""
        if key not in palette:
            palette[key] = len(palette) % SPEAKER_COLOURS
        out[q.id] = palette[key]
    return out


def _actor_name(record: Record, local: str | None) -> str:
    actor = record.actor(local)
    return actor.name if actor else "unknown"


def quote_label(record: Record, quote: Any) -> str:
    """``Speaker → Addressee (kind)`` for a hover; a joint statement's parties follow its
    speaker phrase (``Putin and Lavrov (joint: Vladimir Putin and Sergey Lavrov)``)."""
    text = _who(quote.speaker)
    if quote.speakers:
        text += f" (joint: {' and '.join(_who(p) for p in quote.speakers)})"
    if quote.addressee is not None:
        text += f" \u2192 {_who(quote.addressee)}"
    return f"{text} ({quote.kind})"


def event_label(record: Record, event: Any) -> str:
    """``ACCUSE −4.0: Source → Target`` plus negation/modality and the stated date, for a hover."""
    flags = [
        f for f, on in (("negated", event.negated), ("hypothetical", event.hypothetical)) if on
    ]
    extra = f" [{', '.join(flags)}]" if flags else ""
    when = f" ({stated_date(event.date)})" if event.date else ""
    return (
        f"{event.type} {_signed(event.intensity)}: {_actor_name(record, event.source)} \u2192 "
        f"{_actor_name(record, event.target)}{extra}{when}"
    )


def segments(record: Record) -> list[Segment]:
    """Cut the article text at every quote span, event and speaker mention boundary.

    Offsets out of range are clamped, never trusted: a damaged record still renders.
    """
    n = len(record.text)

    def clamp(a: int, b: int) -> tuple[int, int]:
        a, b = max(0, min(n, int(a))), max(0, min(n, int(b)))
        return (a, b) if a < b else (a, a)

    marks: list[tuple[int, int, str, str]] = []  # start, end, kind, payload
    for q in record.quotes:
        for i, (s, e) in enumerate(q.spans):
            a, b = clamp(s, e)
            if a < b:
                marks.append((a, b, "span", f"{q.id}:{i}"))
        if q.speaker is not None:
            a, b = clamp(q.speaker.start, q.speaker.end)
            if a < b:
                marks.append((a, b, "speaker", q.id))
    for ev in record.events:
        a, b = clamp(ev.start, ev.end)
        if a < b:
            marks.append((a, b, "event", ev.id))
    cuts = sorted({0, n, *(m[0] for m in marks), *(m[1] for m in marks)})
    colours = speaker_colours(record)
    quotes = {q.id: q for q in record.quotes}
    events = {e.id: e for e in record.events}
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        seg = Segment(text=record.text[a:b], start=a, end=b)
        for s, e, kind, payload in marks:
            if s <= a and b <= e:
                if kind == "span":
                    seg.spans.append(payload)
                    qid = payload.split(":", 1)[0]
                    if qid not in seg.quotes:
                        seg.quotes.append(qid)
                elif kind == "speaker":
                    seg.speaker_of.append(payload)
                else:
                    seg.events.append(payload)
        lines = [quote_label(record, quotes[q]) for q in seg.quotes]
        lines += [
            f"speaker of {quote_label(record, quotes[q])}"
            for q in seg.speaker_of
            if q not in seg.quotes
        ]
        lines += [event_label(record, events[e]) for e in seg.events]
        seg.hover = "\n".join(lines)
        first = seg.quotes[0] if seg.quotes else (seg.speaker_of[0] if seg.speaker_of else None)
        seg.colour = colours.get(first) if first else None
        if seg.events:
            mean = sum(events[e].intensity for e in seg.events) / len(seg.events)
            seg.tone = "coop" if mean > 0 else "conflict" if mean < 0 else "neutral"
        out.append(seg)
    return out


# -- charts rendered on the server ----------------------------------------------------------


def sparkline(
    values: Sequence[float | None], *, width: int = 120, height: int = 28, pad: int = 2
) -> str:
    """``points`` of an SVG polyline for ``values`` (None is drawn as 0); empty for no data."""
    vals = [float(v or 0.0) for v in values]
    if not vals:
        return ""
    lo, hi = min(vals + [0.0]), max(vals + [0.0])
    span = (hi - lo) or 1.0
    step = (width - 2 * pad) / max(1, len(vals) - 1)
    pts = []
    for i, v in enumerate(vals):
        x = pad + i * step if len(vals) > 1 else width / 2
        y = pad + (hi - v) / span * (height - 2 * pad)
        pts.append(f"{x:.1f},{y:.1f}")
    if len(pts) == 1:
        level = pts[0].split(",")[1]
        pts = [f"{pad},{level}", f"{width - pad},{level}"]
    return " ".join(pts)


def zero_line(values: Sequence[float | None], *, height: int = 28, pad: int = 2) -> float:
    """The y of 0 in :func:`sparkline`'s coordinates."""
    vals = [float(v or 0.0) for v in values] or [0.0]
    lo, hi = min(vals + [0.0]), max(vals + [0.0])
    span = (hi - lo) or 1.0
    return round(pad + hi / span * (height - 2 * pad), 1)


_env.globals["sparkline"] = sparkline
_env.globals["zero_line"] = zero_line
