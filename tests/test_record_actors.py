"""A record lists the actors its article names and those its statements and events take.

The event coder resolves each candidate argument of an act (every noun and name around its
verb) before it chooses, and every actor resolved stayed in the record: "Republican voters
in Ohio backed the governor" listed groups called "Republican" and "Ohio" that no statement
and no event was about, and the store gave each an actor page. Fiction only.
"""

from __future__ import annotations

from onrecord import extract

_TEXT = (
    "Republicans and Democrats campaigned across the state. Republican voters in Ohio backed "
    "Governor Ivo Dant on Tuesday, officials said. Democratic voters said they preferred "
    "Senator Mara Quill."
)


def test_the_record_lists_no_actor_nothing_takes() -> None:
    record = extract(_TEXT, published="2016-03-02")
    names = {a.name for a in record.actors}
    assert "Republican" not in names and "Democratic" not in names
    used = {a for e in record.events for a in (e.source, e.target) if a}
    for q in record.quotes:
        used.update(m.actor for m in (q.speaker, q.addressee) if m is not None and m.actor)
    named = {"Ivo Dant", "Mara Quill"}  # the article's people, whatever takes them
    assert all(a.id in used or a.name in named for a in record.actors)


def test_every_reference_in_the_record_is_to_a_listed_actor() -> None:
    record = extract(_TEXT, published="2016-03-02")
    ids = {a.id for a in record.actors}
    for e in record.events:
        assert {e.source, e.target} - {None} <= ids
    for q in record.quotes:
        for m in (q.speaker, q.addressee, *(q.speakers or ())):
            assert m is None or m.actor is None or m.actor in ids
