"""An actor listing by name (``onrecord actors --name``, ``/api/actors?name=``,
``Store.actors(name=)``) ignores case and accents and matches the aliases the store keeps,
after ingest, a fuller name learned later, ``actors merge`` and ``actors split --name``, and
on a store written before the folded name existed (migration ``an01``). Fictional actors
only; records made by hand (no parse); both backends."""

from __future__ import annotations

import json

from alembic import command
from sqlalchemy import inspect, select, text

from onrecord.cli import main
from onrecord.record import Actor
from onrecord.store import Store, migrate, open_store
from onrecord.store.actor_fixes import merge_actors, split_actor
from onrecord.store.actor_queries import ActorFilter, actor_list
from onrecord.store.identity import fold
from onrecord.store.schema import ActorRow
from tests.store.test_fixed_actor_search import first_record, second_record
from tests.store.test_store_actor_identity import make

DAGLI = Actor("a1", "Selin Tağar Oğuz", "person", "XSR", ["Foreign Minister"], ["Oğuz"])
VOSS = Actor("a2", "Ána Vöss", "person", "OST", ["Envoy"], ["Ana Voss", "the envoy"])


def _names(store: Store, name: str, **filters: str) -> list[str]:
    return sorted(a.name for a in store.actors(name=name, **filters))


def _folded_names_are_current(store: Store) -> None:
    """Every stored actor's ``folded_name`` is its name folded: whatever wrote it."""
    with store.session() as session:
        rows = session.execute(select(ActorRow.name, ActorRow.folded_name)).tuples().all()
    assert rows
    assert all(folded == fold(name) for name, folded in rows), rows


def test_a_name_is_found_in_any_case_with_or_without_accents(store: Store) -> None:
    store.add_record(make(DAGLI, VOSS))
    store.add_record(make(("Velmara", "country", "XVL"), ("Tomas Renn", "person", "XVL")))
    for query in ("oguz", "OĞUZ", "Oğuz", "tagar og", "  SELİN  ", "Selin Tağar Oğuz"):
        assert _names(store, query) == ["Selin Tağar Oğuz"], query
    for query in ("vöss", "ANA VOSS", "ána"):
        assert _names(store, query) == ["Ána Vöss"], query
    # the other filters still apply with it
    assert _names(store, "voss", country="ost", kind="person") == ["Ána Vöss"]
    assert _names(store, "voss", country="XSR") == []
    assert _names(store, "voss", kind="country") == []
    # a part of no name finds nothing; LIKE's wildcards are plain characters
    assert _names(store, "nobody") == []
    assert _names(store, "%") == []
    assert _names(store, "_") == []
    # a name that folds to nothing filters nothing, as a blank one
    assert len(store.actors(name="\u0301")) == len(store.actors()) == 4
    _folded_names_are_current(store)


def test_an_alias_finds_its_actor(store: Store) -> None:
    """The aliases the store keeps (the ones the actor page lists) match too, folded: a name
    the articles gave, or a description ("the envoy")."""
    store.add_record(make(DAGLI, VOSS))
    store.add_record(make(("Velmara", "country", "XVL"), ("Tomas Renn", "person", "XVL")))
    store.add_record(make(Actor("a1", "Velmara", "country", "XVL", [], ["Castelbrún"])))
    assert _names(store, "castelbrun") == ["Velmara"]
    assert _names(store, "CASTELBRÚN") == ["Velmara"]
    assert _names(store, "envoy") == ["Ána Vöss"]
    # titles are not names
    assert _names(store, "foreign minister") == []
    # an actor found by its name and an alias is listed once
    assert [a.name for a in store.actors(name="voss")] == ["Ána Vöss"]


def test_paging_by_id_with_a_name(store: Store) -> None:
    """The API's pages (id order, a cursor) keep working under the name filter."""
    for n in range(5):
        store.add_record(make(Actor("a1", f"Dalia Ostrów {n}", "organization", "XVL", [], [])))
    store.add_record(make(("Teo Marr", "person", "XVL")))
    seen: list[str] = []
    after = None
    with store.session() as session:
        while True:
            page, after = actor_list(
                session, ActorFilter(name="OSTROW"), order="id", after=after, limit=2
            )
            seen += [a.name for a in page]
            assert len(page) <= 2
            if after is None:
                break
    assert seen == [f"Dalia Ostrów {n}" for n in range(5)]


def test_a_fuller_name_learned_later_is_searchable(store: Store) -> None:
    store.add_record(second_record(name="Marr", words="Marr"))
    store.add_record(second_record(name="Téo Marr", words="Téo Marr"))
    assert [a.name for a in store.actors()] == ["Téo Marr"]
    assert _names(store, "teo") == ["Téo Marr"]
    assert _names(store, "marr") == ["Téo Marr"]
    _folded_names_are_current(store)


def test_after_a_merge_the_kept_actor_answers_to_both_names(store: Store) -> None:
    store.add_record(first_record())
    store.add_record(second_record(name="Téo Marr", words="Téo Marr"))
    ids = {a.name: a.id for a in store.actors()}
    assert _names(store, "arbel") == ["Tomas Arbel"]
    merge_actors(store, str(ids["Téo Marr"]), str(ids["Tomas Arbel"]))
    # the folded-in actor is gone; its name is the kept one's alias now
    assert _names(store, "TOMAS ARBEL") == ["Téo Marr"]
    assert _names(store, "teo marr") == ["Téo Marr"]
    assert _names(store, "ana voss") == ["Ana Voss"]
    _folded_names_are_current(store)


def test_after_a_split_under_a_new_name_each_actor_answers_to_its_own(store: Store) -> None:
    store.add_record(first_record())
    store.add_record(second_record())
    ids = {a.name: a.id for a in store.actors()}
    merge_actors(store, str(ids["Teo Marr"]), str(ids["Tomas Arbel"]))
    split_actor(store, str(ids["Teo Marr"]), "Tomas Arbel", name="Tomás Arbel-Sánd")
    assert _names(store, "arbel-sand") == ["Tomás Arbel-Sánd"]
    assert _names(store, "ARBEL") == ["Tomás Arbel-Sánd"]  # the name moved with its mentions
    assert _names(store, "teo marr") == ["Teo Marr"]
    _folded_names_are_current(store)


def test_an01_fills_the_folded_names_of_a_store_written_before_it(db_url: str) -> None:
    """A store as the code before ``an01`` wrote it (no ``folded_name``; an actor renamed
    there): upgraded on open, every actor's folded name is filled and found; ``an01`` goes
    down and up again."""
    with open_store(db_url) as store:
        store.add_record(make(DAGLI, VOSS))
        cfg = migrate.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "mq01")
            assert "folded_name" not in {c["name"] for c in inspect(conn).get_columns("actors")}
            # the rows that hang on the actors survived the column's drop
            assert conn.exec_driver_sql("SELECT count(*) FROM article_actors").scalar() == 2
            assert conn.exec_driver_sql("SELECT count(*) FROM actor_aliases").scalar() > 0
            conn.execute(
                text("UPDATE actors SET name = 'Ána Vöss-Lindqvíst' WHERE name = 'Ána Vöss'")
            )
    with open_store(db_url) as store:  # upgraded on open
        assert "folded_name" in {c["name"] for c in inspect(store.engine).get_columns("actors")}
        _folded_names_are_current(store)
        assert _names(store, "lindqvist") == ["Ána Vöss-Lindqvíst"]
        assert _names(store, "OGUZ") == ["Selin Tağar Oğuz"]
        assert store.stats().quotes == 1


def test_cli_actors_name_folds_accents_and_case(capsys, db_url: str) -> None:
    with open_store(db_url) as store:
        store.add_record(make(DAGLI, VOSS))
    for query in ("oguz", "OĞUZ", "Oğuz"):
        capsys.readouterr()
        assert main(["actors", "--db", db_url, "--name", query, "-f", "json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert [r["name"] for r in rows] == ["Selin Tağar Oğuz"], query
        assert rows[0]["quotes"] == 1


def test_counts_under_a_name_are_the_unfiltered_counts(store: Store) -> None:
    """A name narrows the counting to the actors it finds (single, joint and addressed
    statements of the first record, the second's envoy): the numbers stay the listing's."""
    store.add_record(first_record())
    store.add_record(second_record())
    store.add_record(make(DAGLI, VOSS))
    everyone = {a.id: (a.name, a.quotes, a.articles) for a in store.actors()}
    assert {name: n for name, n, _ in everyone.values()} == {
        "Tomas Arbel": 2,  # his own and the joint one
        "Ana Voss": 2,  # the joint one and hers to Arbel
        "Teo Marr": 1,
        "Selin Tağar Oğuz": 1,
    }  # "Ána Vöss" is the store's Ana Voss (the same person, accents aside)
    for name, _, _ in everyone.values():
        for a in store.actors(name=name):
            assert everyone[a.id] == (a.name, a.quotes, a.articles), name
        with store.session() as session:
            page, _ = actor_list(session, ActorFilter(name=name), order="id", limit=10)
        assert all(everyone[a.id] == (a.name, a.quotes, a.articles) for a in page), name
