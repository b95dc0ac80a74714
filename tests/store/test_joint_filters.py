"""Joint statements under the statement filters (issue 15, ninth session): a country filter
matches when any party is of the country, a speaker search finds a party by its name as it
finds a single speaker (case- and accent-insensitive), each statement once; stores written
before the parties' names were keyed are migrated. Fiction; both backends."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select, update

from onrecord.record import Record
from onrecord.store import Store, migrate, open_store
from onrecord.store.lineage import Appearance, Lineage, _speaker_key, for_actor
from onrecord.store.schema import QuoteRow
from onrecord.store.statements import QuoteFilter
from tests.store.test_joint_statements import joint_record

ACCENTED = "Émile Dufrêne"


def accented_record() -> Record:
    """The joint record, Voss's counterpart named with accents the words do not have."""
    rec = joint_record()
    rec.actors[1].name = ACCENTED
    rec.quotes[0].speakers[1].name = ACCENTED  # type: ignore[index]
    return rec


def _ids(hits) -> list[str]:
    return [h.quote_id for h in hits]


def test_a_country_takes_the_joint_statement_of_any_party_once(store: Store) -> None:
    store.add_record(joint_record())
    # Voss (OST) speaks alone in q2 and with Marr (BLV) in q1; Belvania (BLV) with its allies
    ost = store.statements(QuoteFilter(country="OST"))
    assert _ids(ost.hits) == ["q1", "q2"]
    blv = store.statements(QuoteFilter(country="blv"))
    assert _ids(blv.hits) == ["q1", "q3"]
    assert [p["country"] for p in blv.hits[0].speakers] == ["OST", "BLV"]
    assert store.statements(QuoteFilter(country="XAA")).hits == []
    # newest first (the web's order) pages the same statements, each once
    first = store.statements(QuoteFilter(country="BLV"), order="newest", limit=1)
    assert len(first.hits) == 1 and first.next_key is not None
    rest = store.statements(QuoteFilter(country="BLV"), order="newest", after=first.next_key)
    assert sorted(_ids(first.hits + rest.hits)) == ["q1", "q3"] and rest.next_key is None
    # with the other filters (AND)
    both = store.statements(QuoteFilter(country="BLV", speaker="voss"))
    assert _ids(both.hits) == ["q1"]


def test_a_crowded_country_is_read_the_other_way_with_the_same_answer(
    store: Store, monkeypatch
) -> None:
    """A country with many statements is walked in date order instead of read as an id set
    (``country_is_dense``); both forms give the same statements."""
    from onrecord.store import statements

    store.add_record(joint_record())
    sparse = {c: _ids(store.statements(QuoteFilter(country=c)).hits) for c in ("OST", "BLV")}
    monkeypatch.setattr(statements, "DENSE_MATCHES", 0)
    with store.session() as session:
        crowded = statements.country_is_dense(session, "ost")  # Voss speaks alone in q2
    assert crowded
    with store.session() as session:
        assert not statements.country_is_dense(session, "BLV")  # no single speaker of BLV
    for code, ids in sparse.items():
        assert _ids(store.statements(QuoteFilter(country=code)).hits) == ids
        newest = store.statements(QuoteFilter(country=code), order="newest")
        assert sorted(_ids(newest.hits)) == ids
    assert sparse == {"OST": ["q1", "q2"], "BLV": ["q1", "q3"]}


def test_both_parties_of_one_country_count_the_statement_once(store: Store) -> None:
    rec = joint_record()
    rec.actors[1].country = "OST"
    store.add_record(rec)
    assert _ids(store.statements(QuoteFilter(country="OST")).hits) == ["q1", "q2"]
    assert _ids(store.statements(QuoteFilter(country="BLV")).hits) == ["q3"]


def test_a_party_is_found_by_its_name_without_accents(store: Store) -> None:
    store.add_record(accented_record())
    for query in ("dufrene", "DUFRÊNE", "Émile", "emile dufrene"):
        hits = store.quotes(speaker=query)
        assert _ids(hits) == ["q1"], query
        assert hits[0].joint_with == ["Ana Voss"], query
    # the words of the speaker phrase still find it, and a single speaker's name its own
    assert _ids(store.quotes(speaker="belvanian counterpart")) == ["q1"]
    assert _ids(store.quotes(speaker="ANA VÓSS")) == ["q1", "q2"]
    # an unresolved party ("its allies") has no name; its words are in the phrase
    assert _ids(store.quotes(speaker="its allies")) == ["q3"]
    assert _ids(store.quotes(speaker="government of belvania")) == ["q3"]


def test_a_single_speaker_and_a_party_match_alike(store: Store) -> None:
    """The same accented name, once a statement's only speaker and once a party: one search
    finds both."""
    rec = accented_record()
    rec.quotes[1].speaker.actor = "a2"  # type: ignore[union-attr]
    rec.quotes[1].speaker.name = ACCENTED  # type: ignore[union-attr]
    store.add_record(rec)
    assert _ids(store.quotes(speaker="dufrene")) == ["q1", "q2"]
    assert _ids(store.quotes(speaker="dufrêne")) == ["q1", "q2"]


def test_a_store_keyed_before_is_migrated(db_url: str) -> None:
    with open_store(db_url) as store:
        store.add_record(accented_record())
        with store.session() as session:
            fresh = dict(session.execute(select(QuoteRow.local_id, QuoteRow.speaker_key)).all())
        cfg = migrate.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "pg03")  # the keys as the previous revision wrote them
        with store.session() as session:
            old = dict(session.execute(select(QuoteRow.local_id, QuoteRow.speaker_key)).all())
        assert "dufrene" not in old["q1"] and "government of belvania" not in old["q3"]
        assert old["q2"] == fresh["q2"]
    with open_store(db_url) as store:  # upgraded on open
        with store.session() as session:
            again = dict(session.execute(select(QuoteRow.local_id, QuoteRow.speaker_key)).all())
        assert again == fresh
        assert "emile dufrene" in again["q1"]
        assert _ids(store.quotes(speaker="dufrene")) == ["q1"]


def test_the_migration_names_a_merged_party_as_its_article_did(db_url: str) -> None:
    """Two of the article's actors stored as one (a merge): each party keeps the name its own
    words give, as a stored article is rebuilt."""
    from onrecord.store.actor_fixes import merge_actors

    with open_store(db_url) as store:
        store.add_record(joint_record())
        ids = {a.name: a.id for a in store.actors()}
        merge_actors(store, str(ids["Ana Voss"]), str(ids["Teo Marr"]))
        with store.session() as session:
            fresh = session.scalar(select(QuoteRow.speaker_key).where(QuoteRow.local_id == "q1"))
            session.execute(
                update(QuoteRow).where(QuoteRow.local_id == "q1").values(speaker_key="stale")
            )
            session.commit()
        cfg = migrate.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "pg03")
            command.upgrade(cfg, "heads")
        with store.session() as session:
            key = session.scalar(select(QuoteRow.speaker_key).where(QuoteRow.local_id == "q1"))
    assert key == fresh
    assert key is not None and key.endswith("| ana voss | teo marr")


def test_a_joint_statement_worded_twice_is_no_conflict() -> None:
    def seen(speaker: str, parties: tuple[int, ...], actor: int | None = None) -> Appearance:
        return Appearance("a:q1", "a", "Wire", None, None, None, speaker, actor, "text", parties)

    one = seen("Voss and Marr", (1, 2))
    other = seen("the minister and her Belvanian counterpart", (2, 1))
    assert _speaker_key(one) == _speaker_key(other)
    assert Lineage(1, [one, other]).speakers == ["Voss and Marr"]
    assert _speaker_key(seen("Voss", (), 1)) != _speaker_key(one)


def test_lineages_of_a_party(store: Store) -> None:
    store.add_record(joint_record())
    # the same article under another outlet: its quotes cluster with the first's
    again = joint_record(published="2031-03-05", text_suffix=" ")
    again.source = "Basin Press"
    store.add_record(again)
    ids = {a.name: a.id for a in store.actors()}
    marr = for_actor(store, ids["Teo Marr"])
    assert [len(lin.appearances) for lin in marr] == [2]
    first = marr[0].appearances[0]
    assert first.speaker_actor_id is None
    assert set(first.parties) == {ids["Ana Voss"], ids["Teo Marr"]}
    assert marr[0].to_dict()["first"]["parties"] == list(first.parties)


def test_exported_speaker_mentions_count_as_the_store_does(store: Store, tmp_path) -> None:
    """``onrecord export``'s help counts statements per speaker from the mentions file (each
    statement once per actor): the same counts as ``onrecord actors``."""
    import json

    import pytest

    pytest.importorskip("pyarrow")
    from onrecord.store.export import export_store

    store.add_record(joint_record())
    store.add_record(joint_record(published="2031-03-05", text_suffix=" "))  # another article
    export_store(store, tmp_path, fmt="jsonl", tables=["mentions"])
    per_actor: dict[int, set[int]] = {}
    for line in (tmp_path / "mentions.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["role"] == "speaker" and row["actor_id"] is not None:
            per_actor.setdefault(row["actor_id"], set()).add(row["statement_id"])
    counted = {a.id: a.quotes for a in store.actors() if a.quotes}
    assert {k: len(v) for k, v in per_actor.items()} == counted
    assert sorted(counted.values()) == [2, 2, 4]  # Voss 4 (2 joint), Marr 2, Belvania 2


def test_a_country_page_puts_the_parallel_setting_back(store: Store) -> None:
    """On PostgreSQL a page filtered by country or speaker id alone runs without parallel
    workers (they cost more than the page's read) and leaves the setting as it found it."""
    from sqlalchemy import func, select

    from onrecord.store.statements import statement_page

    store.add_record(joint_record())
    voss = {a.name: a.id for a in store.actors()}["Ana Voss"]
    with store.session() as session:
        if session.get_bind().dialect.name != "postgresql":
            return
        setting = "max_parallel_workers_per_gather"
        before = session.scalar(select(func.current_setting(setting)))
        for f in (QuoteFilter(country="OST"), QuoteFilter(speaker_id=voss)):
            for order in ("newest", "oldest"):
                page = statement_page(session, f, has_fts=store.has_fts, order=order)
                assert _ids(page.hits) in (["q1", "q2"], ["q2", "q1"])
                assert session.scalar(select(func.current_setting(setting))) == before
