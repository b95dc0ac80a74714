"""Dyads over time: timelines, the escalation index, the most active pairs and alerts.

    from onrecord import open_store
    from onrecord.analysis import dyad_timeline, top_dyads, alerts, events_query

    with open_store("news.db") as store:
        tl = dyad_timeline(store, "RUS", "USA", by="week", both_directions=True)
        for p in tl.periods:
            print(p.start, p.events, p.reports, p.escalation)

The counting rule, the index and the alert rule are documented in docs/events.md
(*Dyads over time*) and in :mod:`onrecord.analysis.index` and :mod:`onrecord.analysis.alerts`.
"""

from onrecord.analysis.alerts import DEFAULT_RULE, Alert, AlertRule, alerts, detect
from onrecord.analysis.dyads import (
    DEFAULT_MIN_CONFIDENCE,
    AnalysisError,
    DyadSummary,
    Timeline,
    dyad_timeline,
    events_query,
    top_dyads,
)
from onrecord.analysis.index import QUADS, EventGroup, ModeWeights, Period, build_periods, dedupe

__all__ = [
    "DEFAULT_MIN_CONFIDENCE",
    "DEFAULT_RULE",
    "QUADS",
    "Alert",
    "AlertRule",
    "AnalysisError",
    "DyadSummary",
    "EventGroup",
    "ModeWeights",
    "Period",
    "Timeline",
    "alerts",
    "build_periods",
    "dedupe",
    "detect",
    "dyad_timeline",
    "events_query",
    "top_dyads",
]
