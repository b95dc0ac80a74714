"""Story clusters: near-copies grouped (MinHash LSH), the earliest canonical, counted once."""

from __future__ import annotations

import dataclasses

import pytest

from onrecord.store import clusters
from onrecord.store.clusters import SHINGLE_WORDS, THRESHOLD, minhash, shingles

STORY = (
    " The ministers discussed the crossing at Merrow Bridge, the reservists Velmara called up"
    " last week and the sanctions package Castelbrun has prepared against Drovnian banks."
    " Observers from the Amber Sea Community are expected at the border within days, a"
    " spokesman for the secretariat in Port Amaris said, adding that both delegations had"
    " agreed to meet again before the end of the month."
)
OTHER = (
    " Fishing crews from Lesk complained about new quotas in the Amber Sea, and harbour"
    " officials in Byelka said the dispute over mooring fees would go to arbitration next spring."
)


def _copy(make_record, extra: str, *, source: str, published: str, **kw):
    return dataclasses.replace(make_record(extra=extra, published=published, **kw), source=source)


def _store_all(store, records):
    out = []
    for r in records:
        added = store.add_record(r)
        assert added.status == "new" and added.story is not None
        out.append(added.story)
    return out


def test_clusters_shingles_are_five_folded_words() -> None:
    assert SHINGLE_WORDS == 5 and THRESHOLD == 0.5
    assert shingles("Ána VOSS met Teo Marr today") == shingles("ana voss met teo marr today")
    assert len(shingles("one two three four five six")) == 2


@pytest.mark.parametrize(
    ("edit", "same"),
    [
        (lambda t: t + " Local officials welcomed the news.", True),  # an added local sentence
        (lambda t: t.replace("within days", "within a week"), True),  # an edited phrase
        (lambda t: t[: int(len(t) * 0.8)], True),  # trimmed ending
        (lambda t: OTHER, False),  # a different story
    ],
)
def test_clusters_threshold_separates_copies_from_other_stories(edit, same) -> None:
    base = "Foreign Minister Ána Voss told her counterpart Teo Marr in Port Amaris." + STORY
    a, b = minhash(shingles(base)), minhash(shingles(edit(base)))
    assert (a.jaccard(b) >= THRESHOLD) is same


def test_clusters_earliest_copy_is_canonical_and_counts_once(store, make_record) -> None:
    late = _copy(make_record, STORY, source="Amber Sea Wire", published="2031-03-05")
    early = _copy(
        make_record,
        STORY + " Local officials welcomed the talks.",
        source="Castelbrun Herald",
        published="2031-03-04",
        url="https://herald.example/talks",
    )
    other = _copy(
        make_record,
        OTHER,
        source="Lesk Courier",
        published="2031-03-06",
        statement="We will not pay the new mooring fees",
    )
    got = _store_all(store, [late, early, other])
    assert got[0].story_id == got[1].story_id != got[2].story_id
    assert got[1].matched == late.id and got[1].similarity >= THRESHOLD
    assert clusters.canonical_article_ids(store) == {early.id, other.id}
    assert clusters.story_count(store) == (2, 3)
    story = clusters.story_of(store, late.id)
    assert story.canonical_article_id == early.id
    assert [r.outlet for r in story.reports] == ["Castelbrun Herald", "Amber Sea Wire"]
    assert story.outlets == 2
    assert clusters.canonical_of(store)[late.id] == early.id


def test_clusters_index_is_persistent_across_reopen(db_url, make_record) -> None:
    from onrecord.store import open_store

    path = db_url
    a = _copy(make_record, STORY, source="Amber Sea Wire", published="2031-03-05")
    b = _copy(
        make_record,
        STORY + " Markets in Castelbrun rose.",
        source="Solvetsk Daily",
        published="2031-03-06",
    )
    with open_store(path) as store:
        _store_all(store, [a])
    with open_store(path) as store:  # the LSH is rebuilt from stored signatures
        (got,) = _store_all(store, [b])
        assert got.matched == a.id
        assert clusters.stories(store)[0].outlets == 2


def test_clusters_backlog_picks_up_unclustered_articles(store, make_record) -> None:
    a = _copy(make_record, STORY, source="Amber Sea Wire", published="2031-03-05")
    b = _copy(
        make_record, STORY + " Markets rose.", source="Solvetsk Daily", published="2031-03-04"
    )
    store.add_record(a, group=False)  # as stored before grouping existed
    store.add_record(b, group=False)
    assert clusters.index_backlog(store) == 2
    assert clusters.index_backlog(store) == 0
    assert clusters.canonical_article_ids(store) == {b.id}


def test_clusters_ingest_hook_clusters_new_articles(store, write, extractor) -> None:
    from onrecord.ingest import ingest_paths

    text = "Velmara and Drovnia agreed to talks." + STORY
    write("wire.txt", "2026-03-04 " + text)
    write("copy.txt", "2026-03-05 " + text + " The Lesk Courier contributed reporting.")
    outcomes = list(
        ingest_paths(
            [str(write("x.txt", "Unrelated." + OTHER).parent)],
            store=store,
            extractor=lambda: extractor,
        )
    )
    assert [o.status for o in outcomes] == ["new", "new", "new"]
    assert clusters.story_count(store) == (2, 3)


@pytest.mark.parametrize("chunk", [1, 500])
def test_clusters_story_dates_read_only_the_articles_asked_for(
    store, make_record, monkeypatch, chunk: int
) -> None:
    from onrecord.store import events

    first = make_record(extra=STORY, published="2031-03-03")
    copy = _copy(
        make_record,
        STORY + " Local officials welcomed the talks.",
        source="Amber Sea Wire",
        published="2031-03-05",
    )
    alone = make_record(extra=OTHER, published="2031-03-04")
    _store_all(store, [first, copy, alone])
    monkeypatch.setattr(events, "_ID_CHUNK", chunk)  # 1: every id in its own query
    with store.engine.connect() as conn:
        every = events._story_dates(conn)
        asked = events._story_dates(conn, [copy.id, alone.id, first.id, copy.id])
        others = events._story_dates(conn, [alone.id, first.id])
    assert set(every) == {copy.id}  # the copy is dated by the first article
    assert str(every[copy.id])[:10] == "2031-03-03"
    assert asked == every and others == {}
