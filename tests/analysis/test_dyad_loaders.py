"""The lean loaders behind timelines and rankings read exactly what ``load_events`` reads."""

from __future__ import annotations

import datetime as dt

import pytest

from onrecord.analysis import ModeWeights
from onrecord.analysis.dyads import dyad_events, dyad_groups
from onrecord.record import Actor
from onrecord.store.events import load_dyad_rows, load_event_rows, load_events, resolve_party
from tests.analysis.factories import article, crisis_records

PARTIES = ["XOS", "XBL", "XCR", "Voss", "Ostrava", "Amber Sea Watch"]
RANGES = [(None, None), (dt.date(2031, 3, 4), dt.date(2031, 3, 24))]


@pytest.fixture
def crisis(store):
    """The crisis records plus a stateless group acting on Belvania (a ``#id`` party)."""
    group = Actor("g1", "Amber Sea Watch", "group", None, [], [])
    stateless = article("2031-03-05", [("XOS", "XBL", "PROTEST")], salt="ngo", extra_actors=[group])
    stateless.events[0].source = "g1"
    for r in [*crisis_records(), stateless]:
        assert store.add_record(r).new
    return store


def _counted(fact) -> tuple:
    return (
        fact.id, fact.article_id, fact.date, fact.type, fact.intensity, fact.negated, fact.hypothetical, fact.text,
        fact.source_id, fact.source_country, fact.target_id, fact.target_country,
        None, False,  # no stated date: on its article's day
    )  # fmt: skip


@pytest.mark.parametrize("both", [False, True])
@pytest.mark.parametrize(("since", "until"), RANGES)
def test_load_event_rows_match_load_events_for_every_pair(crisis, both, since, until) -> None:
    """Same events, same order, for every pair of parties, including a party facing itself
    and parties that overlap (Voss is one of Ostrava's actors)."""
    for a in PARTIES:
        for b in PARTIES:
            src, tgt = resolve_party(crisis, a), resolve_party(crisis, b)
            full = load_events(
                crisis,
                source=src,
                target=tgt,
                both_directions=both,
                since=since,
                until=until,
                dated_only=True,
            )
            lean = load_event_rows(
                crisis, source=src, target=tgt, both_directions=both, since=since, until=until
            )
            assert [tuple(r) for r in lean] == [_counted(f) for f in full], (a, b, both)


@pytest.mark.parametrize(("since", "until"), RANGES)
def test_load_dyad_rows_match_dyadic_events(crisis, since, until) -> None:
    full = load_events(crisis, since=since, until=until, dated_only=True, dyadic_only=True)
    lean = load_dyad_rows(crisis, since=since, until=until)
    expected = [
        (f.date, f.source_id, f.source_country, f.target_id, f.target_country, f.type, f.negated, f.hypothetical,
         f.intensity, f.article_id)
        for f in full
    ]  # fmt: skip
    assert sorted(lean, key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize("both", [False, True])
@pytest.mark.parametrize("weights", [ModeWeights(), ModeWeights(hypothetical=0.5, negated=0.0)])
def test_dyad_events_match_dyad_groups(crisis, both, weights) -> None:
    facts = load_events(crisis, dated_only=True, dyadic_only=True)
    groups, labels = dyad_groups(facts, weights=weights, both_directions=both)
    lean, lean_labels = dyad_events(crisis, weights=weights, both_directions=both)
    assert {k: [(g.day, g.intensity, g.reports) for g in gs] for k, gs in groups.items()} == {
        k: [tuple(e) for e in es] for k, es in lean.items()
    }
    assert lean_labels == labels and "Amber Sea Watch" in labels.values()
