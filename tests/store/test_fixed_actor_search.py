"""A speaker or addressee search finds an actor's statements by the actor's current name after
the analyst's fixes (``actors merge``, ``actors split --name``) and after the store learned a
fuller name, single and joint statements alike, as the actor page lists them (issue 15, tenth
session). Records made by hand (no parse); fiction only; both backends."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select, text

from onrecord.record import Actor, Cue, Mention, Quote, Record, text_id
from onrecord.store import Store, migrate, open_store
from onrecord.store.actor_fixes import merge_actors, split_actor
from onrecord.store.actor_queries import actor_profile
from onrecord.store.schema import ActorRow, QuoteRow
from onrecord.store.statements import QuoteFilter

FIRST = (
    "Minister Tomas Arbel of Belvania said the crossing would reopen. "
    "Arbel and Foreign Minister Ana Voss said the talks would resume. "
    "Voss told Arbel that the border stays shut."
)
SECOND = "Belvanian envoy Teo Marr said the ferry was safe."


def _at(text: str, part: str, after: str = "") -> tuple[int, int]:
    s = text.index(part, text.index(after) if after else 0)
    return s, s + len(part)


def _m(text: str, part: str, actor: str | None = None, name: str | None = None, **kw) -> Mention:
    return Mention(part, *_at(text, part, **kw), actor, name)


def _quote(text: str, qid: str, words: str, cue: str, speaker: Mention, **kw) -> Quote:
    return Quote(
        id=qid,
        kind="indirect",
        text=words,
        spans=[_at(text, words)],
        cue=Cue(cue, text.index(cue, speaker.end), text.index(cue, speaker.end) + len(cue)),
        speaker=speaker,
        **kw,
    )


def first_record() -> Record:
    """Arbel alone (q1), Arbel and Voss jointly (q2), Voss to Arbel (q3)."""
    t = FIRST
    q1 = _quote(
        t,
        "q1",
        "the crossing would reopen",
        "said",
        _m(t, "Minister Tomas Arbel of Belvania", "a1", "Tomas Arbel"),
    )
    q2 = _quote(
        t,
        "q2",
        "the talks would resume",
        "said",
        _m(t, "Arbel and Foreign Minister Ana Voss"),
        speakers=[
            _m(t, "Arbel", "a1", "Tomas Arbel", after="reopen"),
            _m(t, "Foreign Minister Ana Voss", "a2", "Ana Voss"),
        ],
    )
    q3 = _quote(
        t,
        "q3",
        "the border stays shut",
        "told",
        _m(t, "Voss", "a2", "Ana Voss", after="resume"),
        addressee=_m(t, "Arbel", "a1", "Tomas Arbel", after="told"),
    )
    return Record(
        id=text_id(t),
        text=t,
        title="Talks to resume",
        published="2031-04-01",
        source="Amber Sea Wire",
        url=None,
        quotes=[q1, q2, q3],
        actors=[
            Actor("a1", "Tomas Arbel", "person", "BLV", ["Minister"], ["Arbel"]),
            Actor("a2", "Ana Voss", "person", "OST", ["Foreign Minister"], ["Voss"]),
        ],
        events=[],
    )


def second_record(name: str = "Teo Marr", words: str = "Teo Marr") -> Record:
    """One statement of the Belvanian envoy, named ``name``, his words ``words``."""
    t = SECOND.replace("Teo Marr", words)
    q1 = _quote(
        t, "q1", "the ferry was safe", "said", _m(t, f"Belvanian envoy {words}", "a1", name)
    )
    return Record(
        id=text_id(t),
        text=t,
        title="Ferry safe",
        published="2031-04-02",
        source="Basin Press",
        url=None,
        quotes=[q1],
        actors=[Actor("a1", name, "person", "BLV", ["envoy"], [])],
        events=[],
    )


def _found(store: Store, **fields) -> list[tuple[str, str]]:
    """(article title, statement id) of every statement a filter finds, oldest first."""
    return [(h.title or "", h.quote_id) for h in store.statements(QuoteFilter(**fields)).hits]


def _ids(store: Store) -> dict[str, int]:
    return {a.name: a.id for a in store.actors()}


def _page_and_search_agree(store: Store) -> None:
    """Every actor: what its page lists (``speaker_id``) a search for its name finds, and the
    list's, the page's and the listing's counts are one number."""
    counts = {a.id: a.quotes for a in store.actors()}
    with store.session() as session:
        actors = session.execute(select(ActorRow.id, ActorRow.name)).tuples().all()
    for actor_id, name in actors:
        listed = store.statements(QuoteFilter(speaker_id=actor_id)).hits
        found = {(h.article_id, h.quote_id) for h in store.quotes(speaker=name)}
        assert {(h.article_id, h.quote_id) for h in listed} <= found, name
        assert len(listed) == counts.get(actor_id, 0), name
        assert actor_profile(store, str(actor_id)).statements == len(listed), name


def test_a_merged_actor_is_found_by_its_name_single_joint_and_addressee(store: Store) -> None:
    store.add_record(first_record())
    store.add_record(second_record())
    ids = _ids(store)
    assert _found(store, speaker="teo marr") == [("Ferry safe", "q1")]  # Arbel is someone else
    merge_actors(store, str(ids["Teo Marr"]), str(ids["Tomas Arbel"]))
    everything = [("Talks to resume", "q1"), ("Talks to resume", "q2"), ("Ferry safe", "q1")]
    assert _found(store, speaker="teo marr") == everything
    assert _found(store, speaker="TÉO MARR") == everything  # any case, any accents
    assert _found(store, speaker_id=ids["Teo Marr"]) == everything
    assert actor_profile(store, "Teo Marr").statements == 3
    # the joint statement found through the merged party names the other party
    joint = store.statements(QuoteFilter(speaker="teo marr")).hits[1]
    assert joint.joint_with == ["Ana Voss"]
    # the article's own names still find what they found
    assert _found(store, speaker="arbel") == [("Talks to resume", "q1"), ("Talks to resume", "q2")]
    assert _found(store, addressee="teo marr") == [("Talks to resume", "q3")]
    assert _found(store, addressee="arbel") == [("Talks to resume", "q3")]
    # the other party is untouched
    assert _found(store, speaker="ana voss") == [
        ("Talks to resume", "q2"),
        ("Talks to resume", "q3"),
    ]
    _page_and_search_agree(store)


def test_a_split_under_a_new_name_is_found_by_it(store: Store) -> None:
    store.add_record(first_record())
    store.add_record(second_record())
    ids = _ids(store)
    merge_actors(store, str(ids["Teo Marr"]), str(ids["Tomas Arbel"]))
    split_actor(store, str(ids["Teo Marr"]), "Tomas Arbel", name="Tomas Arbel-Sand")
    assert _found(store, speaker="arbel-sand") == [
        ("Talks to resume", "q1"),
        ("Talks to resume", "q2"),
    ]
    assert _found(store, addressee="arbel-sand") == [("Talks to resume", "q3")]
    assert _found(store, speaker="teo marr") == [("Ferry safe", "q1")]  # nothing stays behind
    assert _found(store, addressee="teo marr") == []
    _page_and_search_agree(store)


def test_a_fuller_name_learned_later_finds_the_earlier_statements(store: Store) -> None:
    """An article named the envoy only "Marr"; a later one "Teo Marr", the store's better
    canonical name: the first article's statement is his under that name too."""
    store.add_record(second_record(name="Marr", words="Marr"))
    later = second_record()
    later.published = "2031-04-09"
    later.title = "Ferry safe again"
    store.add_record(later)
    assert [a.name for a in store.actors()] == ["Teo Marr"]
    assert _found(store, speaker="teo marr") == [("Ferry safe", "q1"), ("Ferry safe again", "q1")]
    _page_and_search_agree(store)


def test_a_party_merged_into_a_single_speaker_counts_once(store: Store) -> None:
    """Voss merged into Arbel: the joint statement has both parties on one actor, and the
    statement Voss addressed to Arbel is now his own: each is found once."""
    store.add_record(first_record())
    ids = _ids(store)
    merge_actors(store, str(ids["Tomas Arbel"]), str(ids["Ana Voss"]))
    found = _found(store, speaker="tomas arbel")
    assert found == [
        ("Talks to resume", "q1"),
        ("Talks to resume", "q2"),
        ("Talks to resume", "q3"),
    ]
    _page_and_search_agree(store)


def test_nm01_fills_the_stored_names_and_downgrades(db_url: str) -> None:
    """A store written before ``nm01``, whose actors were merged then: upgraded, the merged
    actor's name finds all its statements; ``nm01`` and ``mq01`` go down and up again."""
    rec = first_record()
    rec.actors[1].name = "Ána Vöss"
    rec.quotes[1].speakers[1].name = "Ána Vöss"  # type: ignore[index]
    rec.quotes[2].speaker.name = "Ána Vöss"  # type: ignore[union-attr]
    with open_store(db_url) as store:
        store.add_record(rec)
        store.add_record(second_record())
        before = {a.name: (a.id, a.quotes) for a in store.actors()}
        cfg = migrate.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "jnt01")
            assert not {"speaker_names", "addressee_names"} & {
                c["name"] for c in inspect(conn).get_columns("quotes")
            }
            assert "ix_mentions_quote_id" not in {
                i["name"] for i in inspect(conn).get_indexes("mentions")
            }
            # the rows that hang on the statements survived the columns' drop
            assert conn.exec_driver_sql("SELECT count(*) FROM mentions").scalar() == 7
            # a merge as the code before this revision did it: references moved, names not
            keep, gone = before["Teo Marr"][0], before["Tomas Arbel"][0]
            for table, column in (
                ("quotes", "speaker_actor_id"),
                ("quotes", "addressee_actor_id"),
                ("mentions", "actor_id"),
            ):
                conn.execute(
                    text(f"UPDATE {table} SET {column} = :keep WHERE {column} = :gone"),
                    {"keep": keep, "gone": gone},
                )
    with open_store(db_url) as store:  # upgraded on open
        with store.session() as session:
            names = dict(
                session.execute(
                    select(QuoteRow.local_id + "@" + QuoteRow.article_id, QuoteRow.speaker_names)
                )
                .tuples()
                .all()
            )
        # the parties in text order, the merged one under the name it has now
        assert sorted(names.values()) == ["ana voss", "teo marr", "teo marr", "teo marr | ana voss"]
        assert "ix_mentions_quote_id" in {
            i["name"] for i in inspect(store.engine).get_indexes("mentions")
        }
        assert _found(store, speaker="teo marr") == [
            ("Talks to resume", "q1"),
            ("Talks to resume", "q2"),
            ("Ferry safe", "q1"),
        ]
        assert _found(store, speaker="ana voss") == [
            ("Talks to resume", "q2"),
            ("Talks to resume", "q3"),
        ]
        assert _found(store, addressee="teo marr") == [("Talks to resume", "q3")]
