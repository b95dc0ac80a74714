"""Store round trip: hand-made records stored, then timelines, top dyads, alerts and listings."""

from __future__ import annotations

import datetime as dt

import pytest

from onrecord.analysis import (
    AnalysisError,
    ModeWeights,
    alerts,
    dyad_timeline,
    events_query,
    top_dyads,
)
from onrecord.store.events import UnknownPartyError, latest_event_date, load_events, resolve_party
from tests.analysis.factories import crisis_records


@pytest.fixture
def crisis(store):
    """Ostrava and Belvania: a bad first week, quiet, then talks; Carvania on the side."""
    for r in crisis_records():
        assert store.add_record(r).new
    return store


def test_resolve_party_by_code_name_alias_and_id(crisis) -> None:
    assert resolve_party(crisis, "xos").country == "XOS"
    voss = resolve_party(crisis, "voss")
    assert voss.country is None and voss.label == "Ána Voss" and len(voss.actor_ids) == 1
    assert resolve_party(crisis, "ana voss").actor_ids == voss.actor_ids  # accents folded
    assert resolve_party(crisis, str(voss.actor_ids[0])).label == "Ána Voss"
    with pytest.raises(UnknownPartyError):
        resolve_party(crisis, "Ruritania")
    with pytest.raises(UnknownPartyError):
        resolve_party(crisis, "987654")


def test_load_events_is_one_listing_with_actors_and_dates(crisis) -> None:
    facts = load_events(crisis)
    assert len(facts) == 12
    assert facts[-1].date is None  # undated last
    assert {f.source_country for f in facts} == {"XOS", "XBL", "XCR"}
    assert len(load_events(crisis, dated_only=True)) == 11
    assert latest_event_date(crisis) == dt.date(2031, 3, 26)


def test_timeline_dedupes_reports_and_reads_conflict_then_talks(crisis) -> None:
    tl = dyad_timeline(crisis, "XOS", "XBL", by="week")
    assert [p.start for p in tl.periods] == ["2031-03-03", "2031-03-10", "2031-03-17", "2031-03-24"]
    first = tl.periods[0]
    # ACCUSE ×3 rows from 2 articles is one event; SANCTION; hypothetical THREATEN; negated ASSAULT
    assert (first.events, first.reports) == (4, 5)
    assert (first.verbal_conflict, first.material_conflict, first.verbal_coop) == (2, 1, 1)
    assert first.hypothetical == 1 and first.negated == 1
    assert first.sum_intensity == -3 - 6 - 3.5 + 2.25
    assert first.escalation > 0 and tl.periods[-1].escalation < 0
    assert tl.periods[1].events == 0 and tl.periods[1].escalation == 0.0
    assert tl.events == 6 and tl.reports == 7
    d = tl.to_dict()
    assert (
        d["source"] == "XOS"
        and d["periods"][0]["event_ids"]
        and d["weights"] == {"hypothetical": 1.0, "negated": 1.0}
    )


def test_timeline_both_directions_and_range(crisis) -> None:
    one = dyad_timeline(crisis, "XOS", "XBL", by="month")
    both = dyad_timeline(crisis, "XBL", "XOS", by="month", both_directions=True)
    assert both.events == one.events + 2  # XBL's threat and XBL's consultation
    ranged = dyad_timeline(
        crisis, "XOS", "XBL", by="day", since=dt.date(2031, 3, 20), until=dt.date(2031, 3, 31)
    )
    assert len(ranged.periods) == 12 and ranged.events == 2


def test_timeline_of_an_actor_by_name(crisis) -> None:
    tl = dyad_timeline(crisis, "Voss", "XBL", by="week")
    assert tl.source == "Ána Voss" and tl.events == 1 and tl.periods[0].hypothetical == 1


def test_timeline_mode_weights_change_the_index(crisis) -> None:
    plain = dyad_timeline(crisis, "XOS", "XBL")
    discounted = dyad_timeline(crisis, "XOS", "XBL", weights=ModeWeights(hypothetical=0.5))
    assert discounted.periods[0].sum_intensity == plain.periods[0].sum_intensity + 1.75


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"by": "year"}, AnalysisError),
        ({"since": dt.date(2031, 4, 1), "until": dt.date(2031, 3, 1)}, AnalysisError),
        ({"since": dt.date(1900, 1, 1), "until": dt.date(2031, 3, 1), "by": "day"}, AnalysisError),
    ],
)
def test_timeline_rejects_bad_requests(crisis, kwargs, error) -> None:
    with pytest.raises(error):
        dyad_timeline(crisis, "XOS", "XBL", **kwargs)


def test_top_dyads_rank_tone_and_trend(crisis) -> None:
    rows = top_dyads(crisis, window_days=14)
    assert [(r.source, r.target) for r in rows[:2]] == [("XOS", "XBL"), ("XBL", "XOS")]
    top = rows[0]
    assert top.window_end == "2031-03-26" and top.window_start == "2031-03-13"
    assert (
        top.events == 6 and top.window_events == 2
    )  # the minister's threat counts for her country
    assert top.tone == 2.5 and top.previous_tone is not None and top.previous_tone < 0
    assert top.trend == pytest.approx(top.tone - top.previous_tone)
    assert top.escalation < 0
    assert len(top_dyads(crisis, top=1)) == 1
    both = top_dyads(crisis, both_directions=True)
    assert (both[0].source, both[0].target) == ("XBL", "XOS") and both[0].events == 8
    assert top_dyads(crisis, since=dt.date(2032, 1, 1)) == []


def test_alerts_on_the_store(crisis) -> None:
    found = alerts(crisis, since=dt.date(2031, 3, 1))
    assert found, "the first week's burst against a quiet baseline alerts"
    first = found[0]
    assert (first.source, first.target, first.direction) == ("XOS", "XBL", "escalation")
    assert first.period_start == "2031-03-03" and first.evidence and first.event_ids
    assert alerts(crisis) == []  # the latest week is calm talks against a calm fortnight


def test_events_query_filters(crisis) -> None:
    assert len(events_query(crisis, source="XOS", target="XBL", type="accuse")) == 3
    assert (
        len(
            events_query(
                crisis, source="XBL", target="XOS", both_directions=True, type="ACCUSE,THREATEN"
            )
        )
        == 5
    )
    assert len(events_query(crisis, since=dt.date(2031, 3, 24), until=dt.date(2031, 3, 24))) == 2
    assert len(events_query(crisis, limit=3)) == 3
    with pytest.raises(AnalysisError):
        events_query(crisis, type="BOMB")
