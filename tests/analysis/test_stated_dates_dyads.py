"""Events count on the day their text gives them, not on the day of the article recapping them.

Fiction (:func:`tests.analysis.factories.recap_records`): Ostrava (XOS) shells a Belvanian
border post on 3 March 2026; an article of 20 March recaps it ("The crisis escalated on March 3,
when Ostravan artillery shelled a border post"), with a threat "last week" (2026-W11), sanctions
"in 2014", and a fresh accusation. Carvania (XCR) does the same to Belvania in articles that give
no dates: the control, which counts everything on the article's day, as every event was counted
before stated dates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from onrecord.analysis import alerts, dyad_timeline, events_query, top_dyads
from onrecord.analysis.index import dedupe_placed
from onrecord.stated_dates import parse
from onrecord.store.events import CountedEvent, placement
from tests.analysis.factories import dated, recap_records

D = dt.date


@pytest.fixture
def recaps(store):
    """The records of :func:`tests.analysis.factories.recap_records`, stored."""
    for record in recap_records():
        assert store.add_record(record).new
    return store


def _ids(store, **kw) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for f in events_query(store, source="XOS", target="XBL", limit=None, **kw):
        out.setdefault(f.type, []).append(f.id)
    return out


def test_a_recap_counts_on_its_day_and_merges_with_the_original_report(recaps) -> None:
    tl = dyad_timeline(recaps, "XOS", "XBL", by="day")
    by_day = {p.start: p for p in tl.periods if p.events}
    assert sorted(by_day) == ["2026-03-03", "2026-03-04", "2026-03-20"]
    assert (by_day["2026-03-03"].events, by_day["2026-03-03"].reports) == (1, 2)  # one shelling
    assert (by_day["2026-03-20"].events, by_day["2026-03-20"].reports) == (1, 1)  # the accusation
    (shelling,) = [g for g in tl.groups if g.type == "ASSAULT"]
    assert shelling.day == D(2026, 3, 3) and shelling.reports == 2
    assert sorted(shelling.event_ids) == sorted(_ids(recaps)["ASSAULT"])
    assert shelling.date == "2026-03-03"  # placed by a stated date
    (accusation,) = [g for g in tl.groups if g.type == "ACCUSE"]
    assert accusation.date is None
    # The control, with no dates: everything on the article's day.
    control = dyad_timeline(recaps, "XCR", "XBL", by="day")
    assert {p.start: p.events for p in control.periods if p.events} == {
        "2026-03-03": 1,
        "2026-03-20": 4,
    }


def test_weekly_and_monthly_timelines_place_a_stated_week_on_its_period(recaps) -> None:
    weeks = dyad_timeline(recaps, "XOS", "XBL", by="week")
    assert [(p.start, p.events, p.reports) for p in weeks.periods] == [
        ("2026-03-02", 2, 3),  # the shelling (two reports) and the threat of 4 March
        ("2026-03-09", 1, 1),  # "last week": week 11
        ("2026-03-16", 1, 1),  # the accusation; nothing else of the recap
    ]
    (threat,) = [g for g in weeks.groups if g.date == "2026-W11"]
    assert threat.type == "THREATEN" and threat.day == D(2026, 3, 9)
    months = dyad_timeline(recaps, "XOS", "XBL", by="month")
    assert [(p.start, p.events, p.reports) for p in months.periods] == [("2026-03-01", 4, 5)]
    days = dyad_timeline(recaps, "XOS", "XBL", by="day")
    assert "THREATEN" not in {
        g.type for g in days.groups if g.day > D(2026, 3, 4)
    }  # a week is no day
    assert days.events == 3


def test_a_year_recap_is_in_no_timeline_but_is_listed(recaps) -> None:
    for by in ("day", "week", "month"):
        tl = dyad_timeline(recaps, "XOS", "XBL", by=by)
        assert "SANCTION" not in {g.type for g in tl.groups}, by
    pairs = {(d.source, d.target): d for d in top_dyads(recaps, top=0)}
    assert (pairs["XOS", "XBL"].events, pairs["XOS", "XBL"].reports) == (3, 4)
    assert pairs["XOS", "XBL"].first == "2026-03-03"
    assert pairs["XCR", "XBL"].events == 5  # the control counts all of it, on 20 March
    (sanction,) = events_query(recaps, source="XOS", type="SANCTION")
    assert (sanction.stated_date, sanction.day, sanction.date) == (
        "2014",
        D(2014, 1, 1),
        D(2026, 3, 20),
    )
    listed = events_query(recaps, source="XOS", since=D(2014, 1, 1), until=D(2014, 12, 31))
    assert [f.type for f in listed] == ["SANCTION"]


def test_since_and_until_read_the_day_an_event_counts_on(recaps) -> None:
    # The article of 20 March is after 10 March; the shelling it recaps is not.
    assert set(_ids(recaps, since=D(2026, 3, 10))) == {"ACCUSE"}
    assert set(_ids(recaps, until=D(2026, 3, 10))) == {"ASSAULT", "THREATEN", "SANCTION"}
    assert len(_ids(recaps, until=D(2026, 3, 10))["ASSAULT"]) == 2
    late = dyad_timeline(recaps, "XOS", "XBL", by="week", since=D(2026, 3, 10))
    assert (late.events, late.reports) == (1, 1)  # week 11 is not all after the 10th
    early = dyad_timeline(recaps, "XOS", "XBL", by="day", until=D(2026, 3, 10))
    assert [(p.start, p.events, p.reports) for p in early.periods if p.events] == [
        ("2026-03-03", 1, 2),
        ("2026-03-04", 1, 1),
    ]
    (pair,) = [d for d in top_dyads(recaps, top=0, until=D(2026, 3, 10)) if d.source == "XOS"]
    assert (pair.events, pair.reports) == (2, 3)
    week = dyad_timeline(recaps, "XOS", "XBL", by="week", since=D(2026, 3, 9), until=D(2026, 3, 15))
    assert [g.date for g in week.groups] == ["2026-W11"]


def test_an_alert_that_only_a_recap_made_no_longer_fires(recaps) -> None:
    found = alerts(recaps, since=D(2026, 3, 2), until=D(2026, 3, 22))
    fired = {(a.source, a.target, a.period_start) for a in found}
    # Carvania's recap, undated, still lands on the week of 16 March and alerts there;
    # Ostrava's lands on the days it recaps, leaving one accusation in that week: no alert.
    assert ("XCR", "XBL", "2026-03-16") in fired
    assert ("XOS", "XBL", "2026-03-16") not in fired
    # Ostrava's first week (the shelling, two reports, and the threat) does alert, and its
    # evidence says which event a stated date placed.
    (first,) = [a for a in found if (a.source, a.period_start) == ("XOS", "2026-03-02")]
    assert first.direction == "escalation" and (first.events, first.reports) == (2, 3)
    assert {g["type"]: g["date"] for g in first.evidence} == {
        "ASSAULT": "2026-03-03",
        "THREATEN": None,
    }


def test_a_stated_date_after_the_article_is_ignored(store) -> None:
    """ "Aid arrives on April 2", in an article of 20 March, is counted on 20 March."""
    record = dated("2026-03-20", "XCR", [("AID", "2026-04-02")], "future")
    store.add_record(record)
    tl = dyad_timeline(store, "XCR", "XBL", by="day")
    (group,) = tl.groups
    assert (group.day, group.date) == (D(2026, 3, 20), None)
    (pair,) = top_dyads(store)
    assert (pair.first, pair.last) == ("2026-03-20", "2026-03-20")
    (listed,) = events_query(store, since=D(2026, 3, 20), until=D(2026, 3, 20))
    assert (listed.stated_date, listed.day) == ("2026-04-02", D(2026, 3, 20))


@pytest.mark.parametrize(
    ("stated", "by", "expected"),
    [
        (None, "week", (D(2026, 3, 20), False)),
        ("2026-03-20", "week", (D(2026, 3, 20), False)),  # the article's own day
        ("2026-W12", "week", (D(2026, 3, 20), False)),  # covers the article's day
        ("2026-04-02", "week", (D(2026, 3, 20), False)),  # after the article: not believed
        ("2026-03-03", None, (D(2026, 3, 3), True)),
        ("2026-W11", "week", (D(2026, 3, 9), True)),
        ("2026-W11", "month", (D(2026, 3, 1), True)),
        ("2026-W11", "day", None),
        ("2026-W11", None, None),
        ("2026-W10", "month", (D(2026, 3, 1), True)),  # 2-8 March: inside March
        ("2026-W09", "month", None),  # 23 Feb - 1 Mar: across two months
        ("2026-02", "month", (D(2026, 2, 1), True)),
        ("2026-02", "week", None),
        ("2014", "month", None),
    ],
)
def test_placement(stated: str | None, by: str | None, expected) -> None:
    got = placement(D(2026, 3, 20), D(2026, 3, 20), parse(stated) if stated else None, by)
    assert got == expected


def test_placement_reads_the_story_day_of_a_copy() -> None:
    """A copy of 20 March of a story of 18 March stating 18 March counts on the story's day."""
    assert placement(D(2026, 3, 20), D(2026, 3, 18), parse("2026-03-18"), "week") == (
        D(2026, 3, 18),
        False,
    )


def test_a_later_copys_today_counts_on_its_storys_day() -> None:
    """A copy of 20 March of a story of 18 March saying "today" (20 March, its own day) tells
    no more than its date: it counts with its story, not two days later."""
    assert placement(D(2026, 3, 20), D(2026, 3, 18), parse("2026-03-20"), "day") == (
        D(2026, 3, 18),
        False,
    )
    # a recap in the copy still counts on the day it gives
    assert placement(D(2026, 3, 20), D(2026, 3, 18), parse("2026-03-03"), "day") == (
        D(2026, 3, 3),
        True,
    )


def _counted(ev_id: int, day: str, article_id: str, stated: str | None, span: bool) -> CountedEvent:
    return CountedEvent(
        ev_id, article_id, D.fromisoformat(day), "THREATEN", -3.5, False, False, "threat",
        1, "XOS", 2, "XBL", stated, span,
    )  # fmt: skip


def test_events_placed_on_a_week_merge_with_each_other_not_with_that_monday() -> None:
    rows = [
        _counted(1, "2026-03-09", "monday", None, False),  # reported on the Monday
        _counted(2, "2026-03-09", "recap-a", "2026-W11", True),  # "last week", twice
        _counted(3, "2026-03-09", "recap-b", "2026-W11", True),
    ]
    groups = dedupe_placed(
        rows, source_key=lambda e: e.source_country, target_key=lambda e: e.target_country
    )
    assert [(g.event_ids, g.reports, g.date) for g in groups] == [
        ([1], 1, None),
        ([2, 3], 2, "2026-W11"),
    ]
