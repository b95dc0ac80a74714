"""The Store: dedup, one transaction per article, round trips and queries."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from onrecord.record import Record, text_id
from onrecord.store import Store


def _same_text_new_url(record: Record, url: str | None) -> Record:
    return dataclasses.replace(record, url=url)


def test_store_add_then_duplicate_by_text(store: Store, make_record) -> None:
    rec = make_record()
    assert store.add_record(rec).status == "new"
    again = store.add_record(rec)
    assert again.status == "duplicate" and again.article_id == rec.id
    assert store.stats().articles == 1
    assert store.stats().quotes == 1


@pytest.mark.parametrize(
    "variant",
    [
        "https://wire.example/talks",
        "HTTPS://WIRE.example/talks/",
        "https://wire.example/talks?utm_source=rss",
        "https://wire.example/talks#latest",
    ],
)
def test_store_duplicate_by_normalised_url(store: Store, make_record, variant: str) -> None:
    first = make_record(url="https://wire.example/talks")
    # A different text (an updated page) under the same URL is still the same article.
    second = make_record(url=variant, statement="We will reopen the crossing")
    assert store.add_record(first).new
    assert store.add_record(second).status == "duplicate"
    assert store.has_article(url=variant)
    assert store.stats().articles == 1


def test_store_same_text_other_url_is_duplicate(store: Store, make_record) -> None:
    rec = make_record(url="https://wire.example/a")
    store.add_record(rec)
    assert (
        store.add_record(_same_text_new_url(rec, "https://mirror.example/b")).status == "duplicate"
    )


def test_store_different_articles_both_new(store: Store, make_record) -> None:
    assert store.add_record(make_record(statement="One")).new
    assert store.add_record(make_record(statement="Two")).new
    assert store.stats().articles == 2


def test_store_has_article_before_and_after(store: Store, make_record) -> None:
    rec = make_record()
    assert not store.has_article(text=rec.text)
    assert not store.has_article()
    store.add_record(rec)
    assert store.has_article(text=rec.text)
    assert store.find_article(text=rec.text) == rec.id


def test_store_record_round_trip_is_exact(store: Store, make_record) -> None:
    rec = make_record(url="https://wire.example/x")
    store.add_record(rec)
    back = store.record(rec.id)
    assert back is not None
    assert back.to_dict() == rec.to_dict()
    assert store.record("nope") is None


def test_store_round_trip_nulls(store: Store) -> None:
    text = "A statement with nobody resolved."
    rec = Record(id=text_id(text), text=text)
    store.add_record(rec)
    assert store.record(rec.id).to_dict() == rec.to_dict()  # type: ignore[union-attr]


@pytest.mark.parametrize("failure", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_store_failure_mid_article_leaves_nothing(
    store: Store, make_record, monkeypatch, failure
) -> None:
    rec = make_record()

    def explode(*args, **kwargs):
        raise failure

    # Events are written last: by then the article, actors, quotes and mentions are flushed.
    monkeypatch.setattr(Store, "_write_events", explode)
    with pytest.raises(type(failure)):
        store.add_record(rec)
    assert store.stats().to_dict() == {
        "articles": 0,
        "quotes": 0,
        "actors": 0,
        "mentions": 0,
        "events": 0,
    }
    assert not store.has_article(text=rec.text)

    monkeypatch.undo()
    assert store.add_record(rec).new  # the re-run finishes the job
    assert store.stats().to_dict() == {
        "articles": 1,
        "quotes": 1,
        "actors": 3,
        "mentions": 2,
        "events": 1,
    }


def test_store_actors_are_global_across_articles(store: Store, make_record) -> None:
    store.add_record(
        make_record(statement="One", published="2031-03-01", speaker_title="Deputy Minister")
    )
    store.add_record(make_record(statement="Two", published="2031-03-09", speaker="ANA VOSS"))
    actors = {a.name.casefold(): a for a in store.actors(kind="person")}
    voss = actors["ána voss"]
    assert voss.quotes == 2 and voss.articles == 2
    assert set(voss.titles) == {"Deputy Minister", "Foreign Minister"}
    assert voss.aliases == ["Voss"]
    assert store.stats().actors == 3


def test_store_titles_carry_first_and_last_seen(store: Store, make_record) -> None:
    from sqlalchemy import select

    from onrecord.store.schema import ActorTitleRow

    for day in ("2031-03-09", "2031-03-01", "2031-03-05"):
        store.add_record(make_record(statement=f"Said on {day}", published=day))
    with store.session() as session:
        row = session.scalars(select(ActorTitleRow)).one()
    assert (row.first_seen, row.last_seen) == (dt.date(2031, 3, 1), dt.date(2031, 3, 9))


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"country": "ost"}, {"Ána Voss", "Ostrava"}),
        ({"country": "BLV"}, {"Teo Marr"}),
        ({"kind": "country"}, {"Ostrava"}),
        ({"kind": "person", "country": "OST"}, {"Ána Voss"}),
        ({"kind": "igo"}, set()),
    ],
)
def test_store_actors_filters(store: Store, make_record, kwargs, expected) -> None:
    store.add_record(make_record())
    assert {a.name for a in store.actors(**kwargs)} == expected


@pytest.mark.parametrize(
    ("speaker", "found"),
    [
        ("voss", True),
        ("ANA VOSS", True),
        ("Ána", True),
        ("foreign minister", True),
        ("marr", False),
        ("", True),
    ],
)
def test_store_quotes_speaker_case_and_accent_insensitive(
    store: Store, make_record, speaker: str, found: bool
) -> None:
    store.add_record(make_record())
    assert bool(store.quotes(speaker=speaker)) is found


@pytest.mark.parametrize("fts", [True, False])
@pytest.mark.parametrize(
    ("search", "n"),
    [
        ("border", 1),
        ("BORDER open", 1),
        ("border closed", 0),
        ("crossing", 1),
        ("", 2),
        ('"border* (open', 1),
        ("AND OR NOT", 0),
    ],
)
def test_store_quotes_search(store: Store, make_record, fts: bool, search: str, n: int) -> None:
    store.add_record(make_record(statement="We will keep the border open"))
    store.add_record(make_record(statement="The crossing stays shut"))
    store.has_fts = fts and store.has_fts  # False exercises the LIKE path other databases use
    assert len(store.quotes(search=search)) == n


def test_store_quotes_search_ignores_accents_with_fts(store: Store, make_record) -> None:
    store.add_record(make_record(statement="The Sîrbu bridge will reopen"))
    assert store.has_fts
    assert len(store.quotes(search="sirbu")) == 1


def test_store_quotes_dates_order_and_limit(store: Store, make_record) -> None:
    for day in ("2031-03-09", "2031-03-01", None, "2031-03-05T10:00:00+00:00"):
        store.add_record(make_record(statement=f"Statement {day}", published=day))
    all_hits = store.quotes()
    assert [h.published for h in all_hits] == [
        "2031-03-01",
        "2031-03-05T10:00:00+00:00",
        "2031-03-09",
        None,
    ]
    since = store.quotes(since=dt.date(2031, 3, 5))
    assert [h.published[:10] for h in since] == ["2031-03-05", "2031-03-09"]  # type: ignore[index]
    until = store.quotes(until=dt.date(2031, 3, 5))
    assert len(until) == 2
    assert len(store.quotes(limit=1)) == 1


def test_store_quote_hit_fields(store: Store, make_record) -> None:
    rec = make_record(url="https://wire.example/x")
    store.add_record(rec)
    (hit,) = store.quotes()
    d = hit.to_dict()
    assert d["speaker"] == "Ána Voss" and d["addressee"] == "Teo Marr"
    assert d["cue"] == "told" and d["kind"] == "direct"
    assert d["url"] == "https://wire.example/x" and d["article_id"] == rec.id
    s, e = d["spans"][0]
    assert rec.text[s:e] == d["text"]


def test_store_memory_store_works(memory_store: Store, make_record) -> None:
    assert memory_store.add_record(make_record()).new
    assert len(memory_store.quotes(search="border")) == 1
