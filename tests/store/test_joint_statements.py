"""Joint statements in the store: each party's ``speaker`` mention row, the record rebuilt
exactly, and the reads that put the statement on each party's page once (issue 15, eighth
session). Records are made by hand (no parse); fiction only."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from onrecord.record import Actor, Cue, Mention, Quote, Record, text_id
from onrecord.store import Store
from onrecord.store.actor_queries import actor_profile
from onrecord.store.schema import MentionRow
from onrecord.store.statements import QuoteFilter

TEXT = (
    "Foreign Minister Ana Voss of Ostrava and her Belvanian counterpart, Teo Marr, said on "
    "Tuesday that the crossing would reopen. “We will keep it open,” Voss added. "
    "Belvania and its allies warned that sanctions would follow any incursion."
)


def _m(part: str, actor: str | None = None, name: str | None = None, *, after: str = "") -> Mention:
    s = TEXT.index(part, TEXT.index(after) if after else 0)
    return Mention(part, s, s + len(part), actor, name)


def _span(part: str) -> tuple[int, int]:
    s = TEXT.index(part)
    return s, s + len(part)


def joint_record(published: str = "2031-03-04", text_suffix: str = "") -> Record:
    """Three statements: Voss and Marr's joint one, Voss's own, Belvania and its allies'."""
    actors = [
        Actor("a1", "Ana Voss", "person", "OST", ["Foreign Minister"], ["Voss"]),
        Actor("a2", "Teo Marr", "person", "BLV", [], ["Marr"]),
        Actor("a3", "Government of Belvania", "organization", "BLV", [], ["Belvania"]),
    ]
    joint = Quote(
        id="q1",
        kind="indirect",
        text="that the crossing would reopen",
        spans=[_span("that the crossing would reopen")],
        cue=Cue("said", *_span("said")),
        speaker=_m("Foreign Minister Ana Voss of Ostrava and her Belvanian counterpart, Teo Marr"),
        speakers=[
            _m("Foreign Minister Ana Voss of Ostrava", "a1", "Ana Voss"),
            _m("her Belvanian counterpart, Teo Marr", "a2", "Teo Marr"),
        ],
    )
    own = Quote(
        id="q2",
        kind="direct",
        text="We will keep it open",
        spans=[_span("We will keep it open")],
        cue=Cue("added", *_span("added")),
        speaker=_m("Voss", "a1", "Ana Voss", after="keep it open"),
    )
    allies = Quote(
        id="q3",
        kind="indirect",
        text="that sanctions would follow any incursion",
        spans=[_span("that sanctions would follow any incursion")],
        cue=Cue("warned", *_span("warned")),
        speaker=_m("Belvania and its allies"),
        speakers=[
            _m("Belvania", "a3", "Government of Belvania", after="Belvania and"),
            _m("its allies"),
        ],
    )
    return _record(
        TEXT + text_suffix,
        "Ministers agree on the crossing",
        [joint, own, allies],
        actors,
        published,
    )


def _record(
    text: str, title: str, quotes: list[Quote], actors: list[Actor], published: str = "2031-03-04"
) -> Record:
    return Record(
        id=text_id(text),
        text=text,
        title=title,
        published=published,
        source="Amber Sea Wire",
        url=None,
        quotes=quotes,
        actors=actors,
        events=[],
    )


def _ids(store: Store) -> dict[str, int]:
    return {a.name: a.id for a in store.actors()}


def test_the_record_round_trips_with_its_parties(store: Store) -> None:
    rec = joint_record()
    store.add_record(rec)
    back = store.record(rec.id)
    assert back is not None and back.to_dict() == rec.to_dict()
    assert "speakers" not in back.to_dict()["quotes"][1]


def test_each_party_is_a_speaker_mention_row(store: Store) -> None:
    rec = joint_record()
    store.add_record(rec)
    ids = _ids(store)
    with store.session() as session:
        rows = session.scalars(
            select(MentionRow).where(MentionRow.role == "speaker").order_by(MentionRow.start)
        ).all()
    parties = [(r.text, r.actor_id) for r in rows]
    assert ("Foreign Minister Ana Voss of Ostrava", ids["Ana Voss"]) in parties
    assert ("her Belvanian counterpart, Teo Marr", ids["Teo Marr"]) in parties
    assert ("its allies", None) in parties  # kept, unresolved, so the record rebuilds
    whole = [r for r in rows if r.text.startswith("Foreign Minister Ana Voss of Ostrava and")]
    assert len(whole) == 1 and whole[0].actor_id is None  # the speaker row is as before


def test_statements_of_a_party_include_the_joint_one_once(store: Store) -> None:
    store.add_record(joint_record())
    ids = _ids(store)
    voss = store.statements(QuoteFilter(speaker_id=ids["Ana Voss"])).hits
    assert [h.quote_id for h in voss] == ["q1", "q2"]
    assert voss[0].joint_with == ["Teo Marr"] and voss[0].speaker_actor_id is None
    assert [p["name"] for p in voss[0].speakers] == ["Ana Voss", "Teo Marr"]
    assert voss[1].speakers == [] and voss[1].joint_with == []
    marr = store.statements(QuoteFilter(speaker_id=ids["Teo Marr"])).hits
    assert [(h.quote_id, h.joint_with) for h in marr] == [("q1", ["Ana Voss"])]
    belvania = store.statements(QuoteFilter(speaker_id=ids["Government of Belvania"])).hits
    assert [(h.quote_id, h.joint_with) for h in belvania] == [("q3", ["its allies"])]
    # by name: the canonical name finds it too ("Government of Belvania" is not in the words)
    by_name = store.quotes(speaker="government of belvania")
    assert [h.quote_id for h in by_name] == ["q3"]
    assert [h.quote_id for h in store.quotes(speaker="marr")] == ["q1"]
    # every statement once in an unfiltered listing
    assert len(store.statements().hits) == 3


def test_counts_take_the_joint_statement_once_per_party(store: Store) -> None:
    store.add_record(joint_record())
    counts = {a.name: a.quotes for a in store.actors()}
    assert counts["Ana Voss"] == 2 and counts["Teo Marr"] == 1
    assert counts["Government of Belvania"] == 1
    assert store.stats().quotes == 3
    voss = actor_profile(store, "Ana Voss")
    assert voss.statements == 2 and voss.joint_statements == 1
    marr = actor_profile(store, "Teo Marr")
    assert marr.statements == 1 and marr.joint_statements == 1
    assert len(actor_profile(store, "Teo Marr", latest=5).latest_quote_ids) == 1


def test_a_party_named_twice_counts_once(store: Store) -> None:
    rec = joint_record()
    # both parties resolved to Voss (a record could say so): still one statement of hers
    rec.quotes[0].speakers[1].actor = "a1"  # type: ignore[index]
    rec.quotes[0].speakers[1].name = "Ana Voss"  # type: ignore[index]
    store.add_record(rec)
    assert {a.name: a.quotes for a in store.actors()}["Ana Voss"] == 2
    assert actor_profile(store, "Ana Voss").statements == 2
    hits = store.statements(QuoteFilter(speaker_id=_ids(store)["Ana Voss"])).hits
    assert [h.quote_id for h in hits] == ["q1", "q2"]


def test_a_split_takes_the_party_along(store: Store) -> None:
    from onrecord.store.actor_fixes import merge_actors, split_actor

    store.add_record(joint_record())
    # another article, Marr named the same way
    store.add_record(joint_record(published="2031-03-05", text_suffix=" "))
    ids = _ids(store)
    merge_actors(store, str(ids["Ana Voss"]), str(ids["Teo Marr"]))
    merged = actor_profile(store, "Ana Voss")
    assert merged.statements == 4  # two articles, each with its joint statement and Voss's own
    split_actor(store, str(ids["Ana Voss"]), "Teo Marr")
    marr = {a.name: a for a in store.actors()}["Teo Marr"]
    assert marr.quotes == 2
    assert actor_profile(store, "Ana Voss").statements == 4


def test_export_has_the_party_rows(store: Store, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from onrecord.store.export import export_store

    store.add_record(joint_record())
    export_store(store, tmp_path, fmt="jsonl", tables=["mentions"])
    text = (tmp_path / "mentions.jsonl").read_text(encoding="utf-8")
    assert "her Belvanian counterpart, Teo Marr" in text and "its allies" in text


PAIR_TEXT = (
    "Belvania and Ostrava held talks in Vell on Monday. The two countries said the crossing "
    "would reopen."
)


def test_a_pairs_parties_named_before_the_phrase_round_trip(store: Store) -> None:
    """ "The two countries said ...": the parties' rows lie where each state was named, before
    the speaker phrase, not inside it; the record still rebuilds exactly and the statement is
    on each party's page."""

    def at(part: str) -> tuple[int, int]:
        s = PAIR_TEXT.index(part)
        return s, s + len(part)

    actors = [
        Actor("a1", "Government of Belvania", "organization", "BLV", [], []),
        Actor("a2", "Government of Ostrava", "organization", "OST", [], []),
    ]
    quote = Quote(
        id="q1",
        kind="indirect",
        text="the crossing would reopen",
        spans=[at("the crossing would reopen")],
        cue=Cue("said", *at("said")),
        speaker=Mention("The two countries", *at("The two countries")),
        speakers=[
            Mention("Belvania", *at("Belvania"), "a1", "Government of Belvania"),
            Mention("Ostrava", *at("Ostrava"), "a2", "Government of Ostrava"),
        ],
    )
    rec = _record(PAIR_TEXT, "Talks in Vell", [quote], actors)
    store.add_record(rec)
    back = store.record(rec.id)
    assert back is not None and back.to_dict() == rec.to_dict()
    ids = _ids(store)
    belvania = store.statements(QuoteFilter(speaker_id=ids["Government of Belvania"])).hits
    assert [(h.quote_id, h.joint_with) for h in belvania] == [("q1", ["Government of Ostrava"])]
    ostrava = store.statements(QuoteFilter(speaker_id=ids["Government of Ostrava"])).hits
    assert [(h.quote_id, h.joint_with) for h in ostrava] == [("q1", ["Government of Belvania"])]
    assert [h.quote_id for h in store.quotes(speaker="ostrava")] == ["q1"]
