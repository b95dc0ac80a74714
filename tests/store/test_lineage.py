"""Quote lineage: one quotation across outlets, its first report, its variants, conflicts."""

from __future__ import annotations

import dataclasses

from onrecord.store import lineage
from onrecord.store.clusters import index_article

QUOTE = "We will keep the border open to every convoy"


def _add(
    store,
    make_record,
    *,
    source: str,
    published: str,
    statement: str = QUOTE,
    speaker: str = "Ána Voss",
    extra: str = "",
):
    record = dataclasses.replace(
        make_record(statement=statement, speaker=speaker, published=published, extra=extra),
        source=source,
    )
    assert store.add_record(record).status == "new"
    index_article(store, record)
    return record


def test_lineage_normalises_wording() -> None:
    assert (
        lineage.normalise_quote("“We will keep the border OPEN,” ")
        == "we will keep the border open"
    )


def test_lineage_first_report_repeats_and_variants(store, make_record) -> None:
    _add(
        store,
        make_record,
        source="Lesk Courier",
        published="2031-03-06",
        statement="We will keep the border open to every single convoy",
        extra=" Lesk.",
    )
    first = _add(
        store, make_record, source="Amber Sea Wire", published="2031-03-04", extra=" Wire."
    )
    _add(
        store,
        make_record,
        source="Castelbrun Herald",
        published="2031-03-05",
        statement="We will keep the border open to every convoy.",
        extra=" Herald.",
    )
    (found,) = lineage.search(store, "border convoy")
    assert found.first.outlet == "Amber Sea Wire" and found.first.article_id == first.id
    assert [a.outlet for a in found.appearances] == [
        "Amber Sea Wire",
        "Castelbrun Herald",
        "Lesk Courier",
    ]
    assert found.summary == "first reported by Amber Sea Wire on 2031-03-04, repeated by 2 outlets"
    assert len(found.variants) == 3
    assert lineage.lineage_of(store, f"{first.id}:q1").id == found.id
    assert lineage.lineage_of(store, str(found.id)).id == found.id
    assert lineage.conflicts(store) == []


def test_lineage_different_statements_stay_apart(store, make_record) -> None:
    _add(store, make_record, source="A", published="2031-03-04")
    _add(
        store,
        make_record,
        source="B",
        published="2031-03-05",
        statement="We will close the border to every convoy",
        extra=" B.",
    )
    assert len(lineage.search(store, "convoy")) == 2


def test_lineage_short_scare_quotes_are_not_traced(store, make_record) -> None:
    r = _add(store, make_record, source="A", published="2031-03-04", statement="terrorists")
    _add(
        store, make_record, source="B", published="2031-03-05", statement="terrorists", extra=" B."
    )
    assert lineage.lineage_of(store, f"{r.id}:q1") is None


def test_lineage_conflicts_flag_different_speakers(store, make_record) -> None:
    _add(store, make_record, source="Amber Sea Wire", published="2031-03-04")
    _add(
        store,
        make_record,
        source="Solvetsk Daily",
        published="2031-03-05",
        speaker="Ilse Renn",
        extra=" Solvetsk.",
    )
    (conflict,) = lineage.conflicts(store)
    assert set(conflict.speakers) == {"Ána Voss", "Ilse Renn"}


def test_lineage_for_actor_page(store, make_record) -> None:
    r = _add(store, make_record, source="Amber Sea Wire", published="2031-03-04")
    _add(store, make_record, source="Castelbrun Herald", published="2031-03-05", extra=" Herald.")
    hit = next(h for h in store.quotes(search="convoy") if h.article_id == r.id)
    (found,) = lineage.for_actor(store, hit.speaker_actor_id)
    assert found.repeated_by == 1


def test_lineage_traces_a_quotation_longer_than_an_index_entry(store, make_record) -> None:
    # About 6,000 characters of distinct words: more than a PostgreSQL B-tree entry holds
    # (migration pg03 indexes the wording key by hash), stored and traced on both backends.
    long = " ".join(f"clause{n} of the Velmaran border accord stands" for n in range(800))
    first = _add(store, make_record, source="Lesk Courier", published="2031-03-04", statement=long)
    _add(
        store,
        make_record,
        source="Amber Sea Wire",
        published="2031-03-05",
        statement=long,
        extra=" Wire.",
    )
    found = lineage.lineage_of(store, f"{first.id}:q1")
    assert found is not None
    assert [a.outlet for a in found.appearances] == ["Lesk Courier", "Amber Sea Wire"]
