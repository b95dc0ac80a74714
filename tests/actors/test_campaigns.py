"""A person's campaign is an organization of its own (issue 15, forty-seventh session).

"The Clinton campaign said ..." had no actor at all: a person's campaign was left
unresolved, so about 90 statements of named candidates' campaigns on PolNeAR train reached no
actor page. A campaign of a person the article names is now one organization, named after the
person, however the article writes it; never the person (the campaign's statements are not the
candidate's words), and nothing for a campaign of no one. The text is fiction.
"""

from __future__ import annotations

import pytest

from onrecord.pipeline import ArticleInput, Extractor
from tests.actors.test_resolver import resolve

TEXT = (
    "Senator Ilse Voss of Velmara opened her bid for the presidency on Monday. Her rivals, "
    "Governor Arlen Marr and Senator Jonas Reis, stayed in the capital.\n\n"
    "The Voss campaign said the poll was wrong.\n\n"
    "Voss’s campaign said it had raised $2 million. Reis’ campaign denied it.\n\n"
    "Ilse Voss’s presidential campaign said the debate would go ahead.\n\n"
    "The Marr camp said the ad was false.\n\n"
    "A military campaign began in the south."
)


@pytest.fixture(scope="module")
def record():  # type: ignore[no-untyped-def]
    return Extractor()(ArticleInput(text=TEXT))


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("The Voss campaign", "Ilse Voss campaign"),
        ("Voss’s campaign", "Ilse Voss campaign"),
        ("Ilse Voss’s presidential campaign", "Ilse Voss campaign"),
        ("The Marr camp", "Arlen Marr campaign"),
        ("Reis’ campaign", "Jonas Reis campaign"),
    ],
)
def test_a_persons_campaign_is_one_organization(article, mention: str, name: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(TEXT, "2026-05-01"), TEXT, mention)
    assert (actor.kind, actor.name) == ("organization", name)


def test_the_campaign_speaks_not_the_candidate(record) -> None:  # type: ignore[no-untyped-def]
    names = {q.speaker.text: q.speaker.name for q in record.quotes if q.speaker}
    assert names["The Voss campaign"] == "Ilse Voss campaign"
    assert names["Voss’s campaign"] == "Ilse Voss campaign"
    campaigns = [a for a in record.actors if a.name == "Ilse Voss campaign"]
    assert len(campaigns) == 1
    voss = next(a for a in record.actors if a.name == "Ilse Voss")
    # the campaign's names are the campaign's, not the person's
    assert not any("campaign" in alias.lower() for alias in voss.aliases)


def test_a_campaign_of_no_one_is_no_actor(article) -> None:  # type: ignore[no-untyped-def]
    aa = article(TEXT, "2026-05-01")
    start = TEXT.index("A military campaign")
    assert aa.actor_at(start, start + len("A military campaign")) is None


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # the one person of that gender the sentence names before the pronoun
        (
            "Video showed Senator Ilse Voss stumbling to a van (her campaign later said she "
            "had a cold).",
            "her campaign",
            "Ilse Voss campaign",
        ),
        # nobody of that gender named in the sentence: the one the sentence before names
        (
            "Senator Peter Reis calls for credit reform on his website. He offers no "
            "details, and his campaign did not respond.",
            "his campaign",
            "Peter Reis campaign",
        ),
    ],
)
def test_a_pronoun_owned_campaign_is_the_one_persons(  # type: ignore[no-untyped-def]
    article, text: str, mention: str, name: str
) -> None:
    actor = resolve(article(text, "2026-05-01"), text, mention)
    assert (actor.kind, actor.name) == ("organization", name)


def test_a_pronoun_owned_campaign_of_two_candidates_is_no_ones(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Peter Reis lost to Governor Paul Marr in the north. But his campaign still "
        "hoped to win delegates."
    )
    aa = article(text, "2026-05-01")
    start = text.index("his campaign")
    assert aa.actor_at(start, start + len("his campaign")) is None


def test_a_bare_the_campaign_is_the_one_campaign_named_before(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Voss campaign opened an office in Port Amaris on Monday. Senator Ilse Voss "
        "spoke there. The campaign said it had raised two million crowns."
    )
    actor = resolve(article(text, "2026-05-01"), text, "The campaign")
    assert (actor.kind, actor.name) == ("organization", "Ilse Voss campaign")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # two candidates' campaigns named before it: which one is not said
        (
            "Senator Ilse Voss and Governor Arlen Marr met in Lorvik. The Voss campaign and "
            "the Marr campaign both claimed the win. The campaign said turnout was high.",
            "The campaign",
        ),
        # none named before it (only after)
        (
            "Senator Ilse Voss spoke in Lorvik. The campaign said turnout was high. Later the "
            "Voss campaign asked for a recount.",
            "The campaign",
        ),
        # the mention says which campaign it is
        (
            "Senator Ilse Voss spoke in Lorvik, and the Voss campaign said turnout was high. "
            "The campaign against the river dam, its organisers said, would go on.",
            "The campaign against the river dam",
        ),
    ],
)
def test_a_bare_the_campaign_without_one_campaign_before_is_no_ones(  # type: ignore[no-untyped-def]
    article, text: str, mention: str
) -> None:
    actor = resolve(article(text, "2026-05-01"), text, mention)
    assert actor is None or actor.name not in ("Ilse Voss campaign", "Arlen Marr campaign")


# --- fifty-sixth session: the nearest campaign, a parenthesis, a fronted clause ----------


def test_a_bare_the_campaign_takes_the_campaign_just_named_as_a_subject(article) -> None:  # type: ignore[no-untyped-def]
    # a live blog names two campaigns; the one the sentence before names as its subject is
    # the one "The campaign" goes on about
    text = (
        "9:10 p.m. The Marr campaign says the count in the north is wrong.\n\n"
        "10:40 p.m. Ilse Voss's campaign says it raised two million crowns in May. That is "
        "according to reports the Voss campaign is filing on Friday.\n\n"
        "The campaign says the average gift was 27 crowns."
    )
    actor = resolve(article(text, "2026-05-01"), text, "The campaign")
    assert (actor.kind, actor.name) == ("organization", "Ilse Voss campaign")


def test_a_campaign_named_in_passing_is_no_lead(article) -> None:  # type: ignore[no-untyped-def]
    # the strategist of another candidate's old campaign, named just before, does not make
    # "the campaign" that one; two campaigns in the article leave it open
    text = (
        "The Marr campaign opened an office in Lorvik. Staff worked through the night.\n\n"
        "Ivo Dansk, the chief strategist of Ilse Voss's 2018 campaign, called the speech a "
        "disgrace. The campaign said the speech was original."
    )
    aa = article(text, "2026-05-01")
    start = text.index("The campaign said")
    actor = aa.actor_at(start, start + len("The campaign"))
    assert actor is None or actor.name != "Ilse Voss campaign"


def test_his_campaign_looks_past_a_parenthesis(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Peter Reis said the party had blocked his staff from the voter files. "
        "(Access was restored on Saturday.) His campaign sued the party in court on Friday."
    )
    actor = resolve(article(text, "2026-05-01"), text, "His campaign")
    assert (actor.kind, actor.name) == ("organization", "Peter Reis campaign")


def test_her_campaign_in_a_fronted_clause_is_the_main_subjects(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Peter Reis said he would not apologise.\n\n"
        "As her campaign sent out pitches quoting Mr. Reis, Senator Ilse Voss made light of "
        "the quarrel."
    )
    actor = resolve(article(text, "2026-05-01"), text, "her campaign")
    assert (actor.kind, actor.name) == ("organization", "Ilse Voss campaign")


def test_a_fronted_clause_naming_another_of_that_gender_is_no_ones(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The vote was close.\n\n"
        "As his campaign sent out pitches quoting Senator Peter Reis, Governor Arlen Marr "
        "made light of the quarrel."
    )
    aa = article(text, "2026-05-01")
    start = text.index("his campaign")
    assert aa.actor_at(start, start + len("his campaign")) is None
