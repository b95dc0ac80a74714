"""Cross-article actor identity in the store: who is one actor, who is not, and manual fixes.

Every name here is fiction (the sample corpus's Velmara XVL, Drovnia XDR, Saradia XSR and the
Amber Sea Community ASC); no statement is anyone's real words.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import event, func, select

from onrecord.record import Actor, Event, Mention, Quote, Record, text_id
from onrecord.store import Store, open_store
from onrecord.store.actor_fixes import (
    ActorFixError,
    ActorLookupError,
    list_fixes,
    lookup_actors,
    merge_actors,
    split_actor,
)
from onrecord.store.actor_queries import actor_profile
from onrecord.store.schema import ActorRow, EventRow, MentionRow, QuoteRow
from onrecord.store.schema_actors import ActorNameRow

_serial = itertools.count(1)


def make(
    *actors: tuple[str, str, str | None] | Actor,
    published: str | None = "2026-03-05",
    says: tuple[int, int | None] | None = (0, 1),
    acts: tuple[int, int] | None = (0, 1),
) -> Record:
    """A record whose actors are ``(name, kind, country)`` triples (or full Actors).

    Actor 0 says something to actor ``says[1]``; actor ``acts[0]`` acts on ``acts[1]``.
    Every record's text is unique, so every call is a new article.
    """
    full = [
        a if isinstance(a, Actor) else Actor(f"a{i + 1}", a[0], a[1], a[2])  # type: ignore[arg-type]
        for i, a in enumerate(actors)
    ]
    for i, a in enumerate(full):
        a.id = f"a{i + 1}"
    n = next(_serial)
    text = " ".join(f"{a.name} spoke." for a in full) + f" “We will talk,” one said. (story {n})"
    quotes: list[Quote] = []
    events: list[Event] = []
    if says is not None and full:
        sp = full[says[0]]
        s0 = text.index(sp.name)
        q0 = text.index("We will talk")
        addressee = None
        if says[1] is not None and says[1] < len(full):
            ad = full[says[1]]
            a0 = text.index(ad.name)
            addressee = Mention(ad.name, a0, a0 + len(ad.name), ad.id, ad.name)
        quotes.append(
            Quote(
                id="q1",
                kind="direct",
                text="We will talk",
                spans=[(q0, q0 + len("We will talk"))],
                cue=None,
                speaker=Mention(sp.name, s0, s0 + len(sp.name), sp.id, sp.name),
                addressee=addressee,
            )
        )
    if acts is not None and len(full) > max(acts):
        events.append(
            Event(
                "e1",
                "CONSULT",
                "04",
                1.0,
                full[acts[0]].id,
                full[acts[1]].id,
                False,
                False,
                text,
                0,
                len(text),
                None,
            )
        )
    return Record(
        id=text_id(text), text=text, title=f"Story {n}", published=published, source="Amber Sea Wire",
        quotes=quotes, actors=full, events=events,
    )  # fmt: skip


def people(store: Store) -> dict[str, int]:
    return {a.name: a.id for a in store.actors(kind="person")}


def add(store: Store, *records: Record) -> None:
    for rec in records:
        assert store.add_record(rec).new


# -- who is one person -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Sergei Dravin", "XDR"), ("Sergey Dravin", "XDR")),  # Cyrillic transliterations
        (("Ayla Erdoğar", "XSR"), ("Ayla Erdogar", "XSR")),  # accents
        (("Oles Zelvenskiy", "XVL"), ("Oles Zelvensky", "XVL")),
        (("Oles Zelvenskyy", "XVL"), ("Oles Zelvensky", "XVL")),
        (("Aleksei Vorontsin", "XDR"), ("Alexei Vorontsin", "XDR")),
        (("Aleksei Vorontsin", "XDR"), ("Aleksei Vorontsyn", "XDR")),  # near spelling (fuzzy)
        (("Sergei Dravin", "XDR"), ("Dravin", "XDR")),  # bare surname, same country
        (("Dravin", "XDR"), ("Sergei Dravin", "XDR")),  # ... in either order
        (("Sergei Dravin", None), ("Sergey Dravin", "XDR")),  # one country unknown
    ],
)
def test_actor_identity_same_person_across_articles(store: Store, first, second) -> None:
    add(
        store,
        make((first[0], "person", first[1]), ("Velmara", "country", "XVL")),
        make((second[0], "person", second[1]), ("Velmara", "country", "XVL")),
    )
    persons = store.actors(kind="person")
    assert len(persons) == 1, [p.name for p in persons]
    assert persons[0].quotes == 2 and persons[0].articles == 2
    assert len(store.actors(kind="country")) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Tomas Renn", "XVL"), ("Ilse Renn", "XSR")),  # same surname, other country
        (("Tomas Renn", "XVL"), ("Ilse Renn", "XVL")),  # same surname and country, other first name
        (("Tomas Renn", "XVL"), ("Renn", None)),  # bare surname without a country: unknown
        (("Renn", "XVL"), ("Renn", "XSR")),
        (("Tomas Renn", "XVL"), ("Tomas Renn", "XSR")),  # namesakes in two states
    ],
)
def test_actor_identity_never_merges_namesakes(store: Store, first, second) -> None:
    add(store, make((first[0], "person", first[1])), make((second[0], "person", second[1])))
    assert len(store.actors(kind="person")) == 2


def test_actor_identity_bare_surname_then_full_name_takes_the_full_name(store: Store) -> None:
    add(store, make(("Dravin", "person", "XDR")), make(("Sergei Dravin", "person", "XDR")))
    (dravin,) = store.actors(kind="person")
    assert dravin.name == "Sergei Dravin" and "Dravin" in dravin.aliases


def test_actor_identity_bare_surname_prefers_same_country(store: Store) -> None:
    add(store, make(("Tomas Renn", "person", "XVL")), make(("Ilse Renn", "person", "XSR")))
    add(store, make(("Renn", "person", "XSR")))
    by_name = {a.name: a for a in store.actors(kind="person")}
    assert by_name["Ilse Renn"].articles == 2 and by_name["Tomas Renn"].articles == 1


def test_actor_identity_titles_in_aliases_never_link_two_people(store: Store) -> None:
    """Records list descriptive aliases ("foreign minister"); they are not names."""
    one = Actor(
        "a1",
        "Jonas Kettering",
        "person",
        "XVL",
        ["Foreign Minister"],
        ["foreign minister", "Foreign Minister Kettering"],
    )
    two = Actor(
        "a1",
        "Mara Lind",
        "person",
        "XVL",
        ["Foreign Minister"],
        ["foreign minister", "Foreign Minister Lind"],
    )
    add(store, make(one), make(two))
    assert len(store.actors(kind="person")) == 2


def test_actor_identity_countries_by_code_igos_by_code_and_name(store: Store) -> None:
    add(
        store,
        make(("Drovnia", "country", "XDR"), ("Amber Sea Community", "igo", "ASC"), says=None),
        make(
            ("Republic of Drovnia", "country", "XDR"),
            ("ASC Monitoring Mission", "igo", "ASC"),
            says=None,
        ),
        make(("Drovnia", "country", "XDR"), ("Amber Sea Community", "igo", "ASC"), says=None),
    )
    assert [a.articles for a in store.actors(kind="country")] == [3]
    igos = {a.name: a.articles for a in store.actors(kind="igo")}
    assert igos == {"Amber Sea Community": 2, "ASC Monitoring Mission": 1}


def test_actor_identity_organisations_by_alias_and_country(store: Store) -> None:
    ministry = Actor("a1", "Velmaran Foreign Ministry", "organization", "XVL", [], ["Quay Street"])
    add(store, make(ministry, says=None, acts=None))
    add(store, make(("Quay Street", "organization", "XVL"), says=None, acts=None))
    add(
        store, make(("Quay Street", "organization", "XDR"), says=None, acts=None)
    )  # another state's
    orgs = sorted((a.name, a.country, a.articles) for a in store.actors(kind="organization"))
    assert orgs == [("Quay Street", "XDR", 1), ("Velmaran Foreign Ministry", "XVL", 2)]


def test_actor_identity_lookup_is_indexed_not_a_scan(store: Store) -> None:
    """The statements one actor costs do not grow with the number of stored actors."""

    def statements_for(rec: Record) -> int:
        count = 0

        def counter(*_args: object) -> None:
            nonlocal count
            count += 1

        event.listen(store.engine, "before_cursor_execute", counter)
        try:
            # Without grouping: these look-alike test articles are near-copies of each other,
            # and matching them against stored copies costs statements of its own.
            store.add_record(rec, group=False)
        finally:
            event.remove(store.engine, "before_cursor_execute", counter)
        return count

    few = statements_for(make(("Ivo Dantar", "person", "XVL"), says=None, acts=None))
    for i in range(60):
        store.add_record(
            make((f"Person{i} Surname{i}", "person", "XDR"), says=None, acts=None), group=False
        )
    many = statements_for(make(("Ivo Dantar", "person", "XVL"), says=None, acts=None))
    assert many <= few
    query = "SELECT actor_id FROM actor_names WHERE kind = 'person' AND surname IN ('dantar')"
    with store.engine.connect() as conn:
        if store.engine.dialect.name == "postgresql":
            conn.exec_driver_sql(
                "SET enable_seqscan = off"
            )  # a table this small is read whole otherwise
            plan = conn.exec_driver_sql("EXPLAIN " + query).fetchall()
        else:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + query).fetchall()
    assert any("ix_actor_names_kind_surname" in str(row) for row in plan)


# -- titles with dates ---------------------------------------------------------------------------


def test_actor_identity_titles_carry_dates_and_country(store: Store) -> None:
    zimin = ("Arkady Zimin", "XDR")
    add(
        store,
        make(
            Actor("a1", zimin[0], "person", zimin[1], ["Commander of the Western District"]),
            published="2026-03-02",
        ),
        make(
            Actor("a1", zimin[0], "person", zimin[1], ["Commander of the Western District"]),
            published="2026-03-12",
        ),
        make(
            Actor("a1", zimin[0], "person", zimin[1], ["Defence Minister"]), published="2026-03-23"
        ),
        make(
            Actor("a1", zimin[0], "person", zimin[1], ["Defence Minister"]), published="2026-04-03"
        ),
    )
    profile = actor_profile(store, "Zimin")
    assert [(t.title, t.country, t.first_seen, t.last_seen) for t in profile.titles] == [
        ("Commander of the Western District", "XDR", "2026-03-02", "2026-03-12"),
        ("Defence Minister", "XDR", "2026-03-23", "2026-04-03"),
    ]
    assert (profile.first_seen, profile.last_seen, profile.statements) == (
        "2026-03-02",
        "2026-04-03",
        4,
    )


# -- profile and lookup --------------------------------------------------------------------------


def test_actor_profile_counts_addressees_and_targets(store: Store) -> None:
    add(
        store,
        make(("Jonas Kettering", "person", "XVL"), ("Aleksei Vorontsin", "person", "XDR")),
        make(("Jonas Kettering", "person", "XVL"), ("Aleksei Vorontsin", "person", "XDR")),
        make(("Jonas Kettering", "person", "XVL"), ("Ilse Renn", "person", "XSR"), published=None),
    )
    profile = actor_profile(store, "kettering")
    assert profile.statements == 3 and profile.articles == 3
    assert [(c.name, c.count) for c in profile.top_addressees] == [
        ("Aleksei Vorontsin", 2),
        ("Ilse Renn", 1),
    ]
    assert [(c.name, c.count) for c in profile.top_targets] == [
        ("Aleksei Vorontsin", 2),
        ("Ilse Renn", 1),
    ]
    assert actor_profile(store, "Vorontsin").top_sources[0].name == "Jonas Kettering"
    data = profile.to_dict()
    assert data["top_addressees"][0] == {"id": data["top_addressees"][0]["id"], "name": "Aleksei Vorontsin",
                                         "kind": "person", "country": "XDR", "count": 2}  # fmt: skip


@pytest.mark.parametrize("query", ["Ilse Renn", "ILSE RENN", "ilse rénn", "#{id}", "{id}"])
def test_actor_lookup_by_id_name_accent_insensitive(store: Store, query: str) -> None:
    add(store, make(("Ilse Renn", "person", "XSR"), ("Saradia", "country", "XSR")))
    ilse = people(store)["Ilse Renn"]
    assert [r.id for r in lookup_actors(store, query.format(id=ilse))] == [ilse]
    assert [r.name for r in lookup_actors(store, "XSR")] == ["Saradia"]


def test_actor_lookup_ambiguous_lists_candidates(store: Store) -> None:
    add(store, make(("Tomas Renn", "person", "XVL")), make(("Ilse Renn", "person", "XSR")))
    with pytest.raises(ActorLookupError) as info:
        actor_profile(store, "Renn")
    assert {c.name for c in info.value.candidates} == {"Tomas Renn", "Ilse Renn"}
    with pytest.raises(ActorLookupError) as info:
        actor_profile(store, "Nobody At All")
    assert info.value.candidates == []


# -- merge ---------------------------------------------------------------------------------------


def test_actor_merge_moves_everything_and_later_ingests_follow(store: Store) -> None:
    # The resolver saw "E. Marvik" without a country: the store cannot know she is Elena Marvik.
    add(
        store,
        make(
            Actor("a1", "Elena Marvik", "person", "XVL", ["President"]),
            ("Drovnia", "country", "XDR"),
            published="2026-03-02",
        ),
        make(
            Actor("a1", "Lady Marvik", "person", None, ["Head of State"], ["The Lady"]),
            ("Drovnia", "country", "XDR"),
            published="2026-03-20",
        ),
    )
    ids = people(store)
    assert set(ids) == {"Elena Marvik", "Lady Marvik"}
    result = merge_actors(store, "Elena Marvik", "Lady Marvik")
    assert result.actor.id == ids["Elena Marvik"] and result.other.id == ids["Lady Marvik"]
    assert result.moved["article_actors"] == 1 and result.fixes >= 1
    (marvik,) = store.actors(kind="person")
    assert marvik.quotes == 2 and marvik.articles == 2
    assert {"Lady Marvik", "The Lady"} <= set(marvik.aliases)
    assert set(marvik.titles) == {"President", "Head of State"}
    with store.session() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(ActorRow).where(ActorRow.id == ids["Lady Marvik"])
            )
            == 0
        )
        assert (
            session.scalar(
                select(func.count())
                .select_from(QuoteRow)
                .where(QuoteRow.speaker_actor_id == ids["Elena Marvik"])
            )
            == 2
        )
        assert (
            session.scalar(
                select(func.count())
                .select_from(EventRow)
                .where(EventRow.source_actor_id == ids["Elena Marvik"])
            )
            == 2
        )
        assert (
            session.scalar(
                select(func.count())
                .select_from(MentionRow)
                .where(MentionRow.actor_id == ids["Lady Marvik"])
            )
            == 0
        )
    # A later article naming her the way B was stored lands on A.
    add(store, make(("Lady Marvik", "person", None), published="2026-04-06"))
    (marvik,) = store.actors(kind="person")
    assert marvik.articles == 3
    profile = actor_profile(store, "Elena Marvik")
    assert profile.last_seen == "2026-04-06" and profile.fixes
    assert [f.action for f in list_fixes(store)] == ["merge"]


def test_actor_merge_keeps_fixes_across_a_reopen(db_url) -> None:
    path = db_url
    with open_store(path) as store:
        add(store, make(("Kirill Yashin", "person", "XDR")), make(("Kiryl Jashin", "person", None)))
        merge_actors(store, "Kirill Yashin", "Kiryl Jashin")
    with open_store(path) as store:
        add(store, make(("Kiryl Jashin", "person", None)))
        assert [(a.name, a.articles) for a in store.actors(kind="person")] == [("Kirill Yashin", 3)]


def test_actor_merge_into_itself_or_unknown_is_refused(store: Store) -> None:
    add(store, make(("Tomas Renn", "person", "XVL")))
    with pytest.raises(ActorFixError):
        merge_actors(store, "Tomas Renn", "renn")
    with pytest.raises(ActorLookupError):
        merge_actors(store, "Tomas Renn", "Nobody")


def test_actor_merge_twice_chains_fixes(store: Store) -> None:
    add(
        store,
        make(("Oleg Samarin", "person", "XDR")),
        make(("Samarin", "person", None)),
        make(("Ambassador Samarin", "person", None)),
    )
    assert len(people(store)) == 3
    merge_actors(store, "Samarin", "Ambassador Samarin")
    merge_actors(store, "Oleg Samarin", "Samarin")
    add(store, make(("Ambassador Samarin", "person", None)), make(("Samarin", "person", None)))
    assert [(a.name, a.articles) for a in store.actors(kind="person")] == [("Oleg Samarin", 5)]


# -- split ---------------------------------------------------------------------------------------


def test_actor_split_moves_the_alias_mentions_and_later_ingests_follow(store: Store) -> None:
    # "T. Renn" (an initial) joins Tomas Renn; the analyst knows it was Tereza Renn.
    add(
        store,
        make(
            ("Tomas Renn", "person", "XVL"), ("Drovnia", "country", "XDR"), published="2026-03-01"
        ),
        make(
            Actor("a1", "T. Renn", "person", "XVL", ["Deputy Minister"]),
            ("Saradia", "country", "XSR"),
            published="2026-03-09",
        ),
    )
    assert list(people(store)) == ["Tomas Renn"]
    result = split_actor(store, "Tomas Renn", "T. Renn")
    assert result.actor.name == "T. Renn" and result.other.name == "Tomas Renn"
    assert result.moved["article_actors"] == 1 and result.moved["quotes.speaker_actor_id"] == 1
    by_name = {a.name: a for a in store.actors(kind="person")}
    assert by_name["T. Renn"].quotes == 1 and by_name["Tomas Renn"].quotes == 1
    assert (
        by_name["T. Renn"].titles == ["Deputy Minister"]
        and "Deputy Minister" not in by_name["Tomas Renn"].titles
    )
    assert actor_profile(store, "T. Renn").top_targets[0].name == "Saradia"
    # Later: "T. Renn" goes to the split actor, "Tomas Renn" and "Renn" stay with Tomas.
    add(store, make(("T. Renn", "person", "XVL")), make(("Tomas Renn", "person", "XVL")))
    by_name = {a.name: a for a in store.actors(kind="person")}
    assert by_name["T. Renn"].articles == 2 and by_name["Tomas Renn"].articles == 2
    assert [f.action for f in list_fixes(store)] == ["split"]


def test_actor_split_refuses_unused_or_universal_alias(store: Store) -> None:
    add(store, make(("Tomas Renn", "person", "XVL")), make(("Tomas Renn", "person", "XVL")))
    with pytest.raises(ActorFixError, match="no stored mention"):
        split_actor(store, "Tomas Renn", "Ilse Renn")
    with pytest.raises(ActorFixError, match="nothing would stay"):
        split_actor(store, "Tomas Renn", "Tomas Renn")


def test_actor_split_then_merge_back(store: Store) -> None:
    add(store, make(("Tomas Renn", "person", "XVL")), make(("T. Renn", "person", "XVL")))
    split_actor(store, "Tomas Renn", "T. Renn", name="Tereza Renn")
    assert set(people(store)) == {"Tomas Renn", "Tereza Renn"}
    merge_actors(store, "Tomas Renn", "Tereza Renn")  # the analyst changes their mind
    add(store, make(("T. Renn", "person", "XVL")))
    assert [(a.name, a.articles) for a in store.actors(kind="person")] == [("Tomas Renn", 3)]


# -- migration of existing data --------------------------------------------------------------------


def test_actor_identity_migration_indexes_existing_actors(tmp_path) -> None:
    from alembic import command

    from onrecord.store import migrate
    from onrecord.store.core import _engine

    path = tmp_path / "old.db"
    engine = _engine(f"sqlite:///{path}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO actors (id, key, name, kind, country) VALUES (1, 'x', 'Sergei Dravin', 'person', 'XDR')"
        )
        conn.exec_driver_sql(
            "INSERT INTO actor_aliases (actor_id, alias, key) VALUES (1, 'Dravin', 'dravin')"
        )
    engine.dispose()
    with open_store(str(path)) as store:
        with store.session() as session:
            keys = set(session.scalars(select(ActorNameRow.key).where(ActorNameRow.actor_id == 1)))
        assert keys == {"sergey dravin", "dravin"}
        add(store, make(("Sergey Dravin", "person", "XDR")))
        assert [(a.id, a.articles) for a in store.actors(kind="person")] == [(1, 1)]


def test_actor_identity_dates_of_undated_articles_stay_empty(store: Store) -> None:
    add(store, make(Actor("a1", "Dalia Ferrant", "person", "XVL", ["Spokeswoman"]), published=None))
    profile = actor_profile(store, "Ferrant")
    assert profile.titles[0].first_seen is None and profile.first_seen is None
    assert isinstance(dt.date.today(), dt.date)


# -- the sample corpus, end to end ---------------------------------------------------------------


@pytest.mark.slow
def test_actor_identity_sample_corpus_one_actor_per_cast_member(store: Store) -> None:
    """The 26 corpus articles with the cast file: each named cast member is one actor."""
    from pathlib import Path

    from onrecord.actors import load_kb
    from onrecord.ingest import ingest_paths
    from onrecord.pipeline import Extractor

    examples = Path(__file__).resolve().parents[2] / "examples"
    extractor = Extractor(kb=load_kb(extra=[examples / "actors.yaml"]))
    outcomes = list(
        ingest_paths(
            [str(examples / "corpus")], store=store, extractor=lambda: extractor, cluster=False
        )
    )
    assert outcomes and not [o for o in outcomes if o.error is not None]
    cast = {a.name: a for a in store.actors(kind="person") if a.country}
    for name, country in [
        ("Elena Marvik", "XVL"), ("Jonas Kettering", "XVL"), ("Tomas Renn", "XVL"),
        ("Aleksei Vorontsin", "XDR"), ("Matvei Borodanov", "XDR"), ("Ilse Renn", "XSR"),
    ]:  # fmt: skip
        assert cast[name].country == country and cast[name].articles >= 3
    surnames = [name.split()[-1] for name in cast]
    # Two Renns (Velmara, Saradia) are two people; nobody else is split in two.
    assert sorted(s for s in surnames if surnames.count(s) > 1) == ["Renn", "Renn"]
    assert [a.name for a in store.actors(kind="country") if a.country == "XDR"] == ["Drovnia"]


@pytest.mark.parametrize(
    ("order", "groups"),
    [((0, 1, 2), 1), ((2, 1, 0), 1), ((1, 0, 2), 1), ((1, 2, 0), 1), ((0, 2, 1), 2)],
)
def test_actor_identity_groups_meet_through_the_article_that_names_both(
    store: Store, order: tuple[int, ...], groups: int
) -> None:
    """A record names a country's group by its most general mention and keeps the narrower
    one as an alias ("Velmaran police", also met as "Port Amber police"). The article that
    names both joins whichever of the two the store holds, so a third article of either
    name joins them too. Only when an article of each name came first are there two stored
    actors already, which the bridging article does not merge (``onrecord actors merge``
    does)."""
    narrow = make(("Port Amber police", "group", "XVL"), says=None, acts=None)
    both = make(
        Actor("a1", "Velmaran police", "group", "XVL", [], ["Port Amber police"]),
        says=None,
        acts=None,
    )
    general = make(("Velmaran police", "group", "XVL"), says=None, acts=None)
    records = [narrow, both, general]
    add(store, *(records[i] for i in order))
    found = store.actors(kind="group")
    assert len(found) == groups, [(g.name, g.articles) for g in found]
    assert sum(g.articles for g in found) == 3


def test_actor_identity_another_states_group_is_not_met_through_an_alias(store: Store) -> None:
    add(store, make(("Port Amber police", "group", "XDR"), says=None, acts=None))
    both = make(
        Actor("a1", "Velmaran police", "group", "XVL", [], ["Port Amber police"]),
        says=None,
        acts=None,
    )
    add(store, both)
    assert len(store.actors(kind="group")) == 2
