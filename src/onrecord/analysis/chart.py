"""Pictures of a timeline: a terminal sparkline and an SVG or PNG chart (matplotlib, Agg).

The chart has two panels sharing the time axis: the escalation index as a line (above 0:
conflict, below: cooperation), and the deduplicated events per quad class as bars
(cooperation stacked upwards, conflict downwards), so volume and tone read together.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from onrecord.errors import OnrecordError

BARS = "▁▂▃▄▅▆▇█"
FORMATS = (".svg", ".png")

_COLOURS = {
    "verbal_coop": "#7fb3d5",
    "material_coop": "#1f618d",
    "verbal_conflict": "#f0b27a",
    "material_conflict": "#a93226",
}


class ChartError(OnrecordError):
    """The chart cannot be written (unknown file type, unwritable path)."""


def sparkline(values: Sequence[float]) -> str:
    """One block character per value, scaled from the lowest to the highest (0 included).

    Example:
        >>> sparkline([0, 1, 2, 4])
        '▁▂▄█'
    """
    if not values:
        return ""
    lo, hi = min(0.0, *values), max(0.0, *values)
    if hi == lo:
        return BARS[0] * len(values)
    top = len(BARS) - 1
    return "".join(BARS[round((v - lo) / (hi - lo) * top)] for v in values)


def check_chart_path(path: str) -> str:
    """Check that a chart can be written to ``path`` before any work is done; return its extension.

    Raises:
        ChartError: not ``.svg``/``.png``, or the folder does not exist.
    """
    ext = os.path.splitext(path)[1].lower()
    if ext not in FORMATS:
        raise ChartError(f"{path}: the chart must be a .svg or .png file")
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise ChartError(f"{path}: no such directory {folder}")
    return ext


def render_chart(timeline: Any, path: str, *, dpi: int = 120) -> str:
    """Draw ``timeline`` (a :class:`~onrecord.analysis.dyads.Timeline`) to ``path``.

    Args:
        timeline: the timeline to draw.
        path: a file name ending in ``.svg`` or ``.png``.
        dpi: resolution of a PNG.

    Returns:
        The path written.

    Raises:
        ChartError: an unknown extension or a path that cannot be written.
    """
    ext = check_chart_path(path)
    import matplotlib

    matplotlib.use("Agg")  # no display on servers; must precede pyplot
    import matplotlib.pyplot as plt

    periods = timeline.periods
    xs = list(range(len(periods)))
    labels = [p.start for p in periods]
    fig, (top, bottom) = plt.subplots(
        2,
        1,
        sharex=True,
        figsize=(max(6.0, min(16.0, 0.35 * len(xs) + 4)), 5.5),
        gridspec_kw={"height_ratios": [3, 2]},
    )
    try:
        arrow = "↔" if timeline.both_directions else "→"
        top.set_title(
            f"{timeline.source} {arrow} {timeline.target}: escalation index by {timeline.by}"
        )
        top.axhline(0, color="#888888", linewidth=0.8)
        top.plot(xs, [p.escalation for p in periods], marker="o", color="#333333", linewidth=1.5)
        top.set_ylabel("conflict points / day\n(+ conflict, − cooperation)")
        up = [0.0] * len(xs)
        down = [0.0] * len(xs)
        for quad in ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict"):
            counts = [float(getattr(p, quad)) for p in periods]
            if quad.endswith("coop"):
                bottom.bar(
                    xs, counts, bottom=up, color=_COLOURS[quad], label=quad.replace("_", " ")
                )
                up = [a + b for a, b in zip(up, counts)]
            else:
                neg = [-c for c in counts]
                bottom.bar(xs, neg, bottom=down, color=_COLOURS[quad], label=quad.replace("_", " "))
                down = [a + b for a, b in zip(down, neg)]
        bottom.axhline(0, color="#888888", linewidth=0.8)
        bottom.set_ylabel("events")
        bottom.legend(
            loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize="x-small", frameon=False
        )
        step = max(1, len(xs) // 12)
        bottom.set_xticks(xs[::step])
        bottom.set_xticklabels(labels[::step], rotation=45, ha="right", fontsize="small")
        fig.tight_layout()
        try:
            fig.savefig(path, format=ext[1:], dpi=dpi)
        except OSError as exc:
            raise ChartError(f"{path}: {exc.strerror or exc}") from None
    finally:
        plt.close(fig)
    return path
