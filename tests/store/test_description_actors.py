"""Descriptions that name no one ("the group", "the party") are one actor only within a story.

Before, the store matched an organisation or group by its name alone, so every article's
"group" became one actor: its page gathered the statements of unrelated groups, and a
tone alert on it mixed them. Now such a description is the same actor only in the copies of
one story; a country's sector ("voters" of Velmara) or one-of-a-kind body (its "foreign
ministry") still meets across articles. Every story here is fiction about fictional states.
"""

from __future__ import annotations

import itertools

import pytest

from onrecord.actors.identity import story_local
from onrecord.record import Actor, Mention, Quote, Record, text_id
from onrecord.store import Store

_serial = itertools.count(1)

_STORIES = (
    "The council of Kessin met on Monday to weigh the harbour levy that fishermen along the "
    "northern coast have opposed since the spring, and the mayor's office promised a vote "
    "before the first snows. Traders in the old market said prices had already risen twice. "
    "Officials of the port authority declined to give figures, saying the audit was not done.",
    "A dispute over grazing rights in the Orlen valley went before a regional court in "
    "Castelbrun, where herders from three villages asked judges to overturn a decree that "
    "closed the high pastures. Lawyers for the province said the decree protected the "
    "watershed; the herders said it ruined families who had used the slopes for generations.",
)


def story(n: int, speaker: Actor, *, edit: str = "") -> Record:
    """Story ``n`` (with ``edit`` appended: a near-copy) in which ``speaker`` says one thing."""
    body = _STORIES[n] + edit + f" {speaker.name.capitalize()} said the talks would go on."
    s0 = body.rindex(speaker.name.capitalize())
    q0 = body.rindex("the talks would go on")
    quote = Quote(
        id="q1",
        kind="indirect",
        text="the talks would go on",
        spans=[(q0, q0 + len("the talks would go on"))],
        cue=None,
        speaker=Mention(speaker.name, s0, s0 + len(speaker.name), speaker.id, speaker.name),
    )
    return Record(
        id=text_id(body), text=body, title=f"Story {next(_serial)}", published="2026-03-05",
        source="Amber Sea Wire", quotes=[quote], actors=[speaker], events=[],
    )  # fmt: skip


def described(name: str, kind: str = "group", country: str | None = None) -> Actor:
    return Actor("a1", name, kind, country)  # type: ignore[arg-type]


def actors_named(store: Store, name: str) -> list:
    return [a for a in store.actors() if a.name == name]


@pytest.mark.parametrize(
    ("name", "kind", "country", "local"),
    [
        ("group", "group", None, True),
        ("the group", "group", "XVL", True),
        ("party", "organization", "XVL", True),
        ("company's", "organization", "XVL", True),
        ("ministry", "organization", "XVL", True),
        ("supporters", "group", "XVL", True),  # whose supporters: the story says
        ("voters", "group", None, True),  # no country to be a sector of
        ("voters", "group", "XVL", False),  # a country's sector
        ("illegal immigrants", "group", "XVL", False),
        ("government", "organization", "XVL", False),  # a body a state has one of
        ("foreign ministry", "organization", "XVL", False),
        ("Harbour Guild", "organization", None, False),  # a proper name
        ("Velmara", "country", "XVL", False),
    ],
)
def test_which_descriptions_are_story_local(name, kind, country, local) -> None:
    assert story_local(Actor("a1", name, kind, country)) is local  # type: ignore[arg-type]


def test_a_group_of_one_story_is_not_the_group_of_another(store: Store) -> None:
    one = store.add_record(story(0, described("group")))
    two = store.add_record(story(1, described("group")))
    assert one.new and two.new and one.story.story_id != two.story.story_id
    groups = actors_named(store, "group")
    assert len(groups) == 2 and [g.articles for g in groups] == [1, 1]
    # each article's record is rebuilt as it was added
    assert [a.name for a in store.record(one.article_id).actors] == ["group"]


def test_a_syndicated_copy_shares_its_storys_group(store: Store) -> None:
    first = store.add_record(story(0, described("group")))
    copy = store.add_record(
        story(0, described("group"), edit=" The Amber Sea Wire carried this report.")
    )
    other = store.add_record(story(1, described("group")))
    assert copy.story.story_id == first.story.story_id != other.story.story_id
    groups = sorted(actors_named(store, "group"), key=lambda a: -a.articles)
    assert [g.articles for g in groups] == [2, 1]


def test_a_countrys_sector_and_bodies_meet_across_stories(store: Store) -> None:
    for name, kind in (("voters", "group"), ("foreign ministry", "organization")):
        store.add_record(story(0, described(name, kind, "XVL")))
        store.add_record(story(1, described(name, kind, "XVL")))
        (found,) = actors_named(store, name)
        assert found.articles == 2
    # ... but not its bare "party": which party, the story says
    store.add_record(story(0, described("party", "organization", "XVL")))
    store.add_record(story(1, described("party", "organization", "XVL")))
    assert len(actors_named(store, "party")) == 2


def test_without_grouping_a_description_is_its_articles_own(store: Store) -> None:
    """``add_record(group=False)`` knows no story: a copy's group is an actor of its own."""
    store.add_record(story(0, described("group")), group=False)
    store.add_record(story(0, described("group"), edit=" Carried by the Wire."), group=False)
    assert [g.articles for g in actors_named(store, "group")] == [1, 1]


def test_the_story_lookup_reads_one_storys_actors(store: Store) -> None:
    """The lookup is led by the story's index, however many other articles hold a "group"."""
    for i in range(30):
        rec = story(i % 2, described("group"), edit=f" Report {i} of {'many ' * (i % 7)}.")
        store.add_record(rec)
    query = (
        "SELECT article_actors.actor_id FROM article_actors JOIN article_signatures"
        " ON article_signatures.article_id = article_actors.article_id"
        " WHERE article_signatures.story_id = 1 AND article_actors.kind = 'group'"
        " AND article_actors.name = 'group' AND article_actors.country IS NULL"
    )
    with store.engine.connect() as conn:
        if store.engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SET enable_seqscan = off")  # small tables are read whole
            plan = conn.exec_driver_sql("EXPLAIN " + query).fetchall()
        else:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + query).fetchall()
    assert any("ix_article_signatures_story_id" in str(row) for row in plan), plan


def test_a_name_without_a_country_never_joins_a_storys_description(store: Store) -> None:
    """ "Foreign Ministry" (no country) of one story is not the "foreign ministry" of another,
    written without capitals."""
    store.add_record(story(0, described("foreign ministry", "organization")))
    store.add_record(story(1, described("Foreign Ministry", "organization")))
    store.add_record(story(1, described("Foreign Ministry", "organization"), edit=" Later."))
    found = {a.name: a.articles for a in store.actors(kind="organization")}
    assert found == {"foreign ministry": 1, "Foreign Ministry": 2}


# -- stores written before: shared descriptions found and separated ---------------------------


def _joined_store(store: Store, monkeypatch: pytest.MonkeyPatch) -> list:
    """Three articles stored under the old rule (a description matched by name): two copies of
    one story and another story, each with a "group" that says something; their results."""
    with monkeypatch.context() as patched:
        patched.setattr("onrecord.store.actors.story_local", lambda actor: False)
        return [
            store.add_record(story(0, described("group"))),
            store.add_record(story(0, described("group"), edit=" Carried by the Wire.")),
            store.add_record(story(1, described("group"))),
        ]


def test_audit_lists_a_description_joined_across_stories(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onrecord.store.actor_audit import audit_actors

    _joined_store(store, monkeypatch)
    (group,) = actors_named(store, "group")
    assert group.articles == 3
    shared = [f for f in audit_actors(store) if f.issue == "shared"]
    assert [(f.actor_id, f.fix) for f in shared] == [
        (group.id, f"onrecord actors separate {group.id}")
    ]
    assert "2 stories" in shared[0].reason


def test_separate_gives_each_story_its_own_actor_and_loses_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onrecord.store.actor_audit import audit_actors
    from onrecord.store.description_actors import separate_descriptions

    added = _joined_store(store, monkeypatch)
    before = {a: store.record(a.article_id) for a in added}
    (done,) = separate_descriptions(store)
    assert done.stories == 2 and len(done.new) == 1
    assert done.moved["article_actors"] == 1 and done.moved["quotes.speaker_actor_id"] == 1
    groups = {g.id: g for g in actors_named(store, "group")}
    assert sorted((g.articles, g.quotes) for g in groups.values()) == [(1, 1), (2, 2)]
    assert groups[done.actor.id].articles == 2  # the first story's copies stay together
    # every article's record is as it was, and its statement is on its story's actor
    for result, record in before.items():
        assert store.record(result.article_id) == record
    assert not [f for f in audit_actors(store) if f.issue == "shared"]
    assert separate_descriptions(store) == []  # nothing left to do
    # a later copy of the other story finds that story's group, not the first one's
    later = store.add_record(story(1, described("group"), edit=" Seen again."))
    assert later.story.story_id == added[2].story.story_id
    assert sorted(g.articles for g in actors_named(store, "group")) == [2, 2]


def test_separate_refuses_a_name_that_is_one_actor_by_right(store: Store) -> None:
    from onrecord.store.actor_fixes import ActorFixError
    from onrecord.store.description_actors import separate_descriptions

    store.add_record(story(0, described("voters", "group", "XVL")))
    store.add_record(story(1, described("voters", "group", "XVL")))
    with pytest.raises(ActorFixError, match="not a description"):
        separate_descriptions(store, "voters")
