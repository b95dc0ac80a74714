"""The stated date of an event: the forms the record writes and the days each covers."""

import datetime as dt

import pytest

from onrecord.record import Event
from onrecord.stated_dates import StatedDate, parse, parse_or_none


@pytest.mark.parametrize(
    ("value", "first", "last", "precision"),
    [
        ("2026-03-03", dt.date(2026, 3, 3), dt.date(2026, 3, 3), "day"),
        ("2026-W10", dt.date(2026, 3, 2), dt.date(2026, 3, 8), "week"),
        ("2026-02", dt.date(2026, 2, 1), dt.date(2026, 2, 28), "month"),
        ("2014", dt.date(2014, 1, 1), dt.date(2014, 12, 31), "year"),
    ],
)
def test_each_form_covers_its_days_and_is_written_back_the_same(value, first, last, precision):
    stated = parse(value)
    assert (stated.first, stated.last, stated.precision) == (first, last, precision)
    assert stated.iso() == value
    assert stated.covers(first) and stated.covers(last)
    assert not stated.covers(last + dt.timedelta(days=1))


@pytest.mark.parametrize(
    "value", ["2026-13", "2026-02-30", "2026-W54", "March 2026", "26-03-03", ""]
)
def test_what_is_no_stated_date_is_refused(value):
    with pytest.raises(ValueError):
        parse(value)
    assert parse_or_none(value) is None


def test_a_week_starts_on_monday_whatever_day_it_is_built_from():
    assert StatedDate.of_week(dt.date(2026, 3, 8)).iso() == "2026-W10"
    assert StatedDate.of_week(dt.date(2026, 3, 9)).iso() == "2026-W11"


def test_the_event_record_carries_the_date_and_reads_an_older_record_without_it():
    event = Event(
        "e1", "ASSAULT", "19", -9.0, "a1", "a2", False, False, "x", 0, 1, date="2026-03-03"
    )
    assert event.to_dict()["date"] == "2026-03-03"
    assert Event.from_dict(event.to_dict()).date == "2026-03-03"
    older = event.to_dict()
    del older["date"]
    assert Event.from_dict(older).date is None
