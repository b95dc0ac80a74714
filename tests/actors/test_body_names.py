"""A body's name is its own: not cut at "for", and not run together with the words that
describe it (fiftieth session).

Seen on PolNeAR train: "Americans for Prosperity said ..." was a statement of the American
people's, "Democracy for America" was a body called "Democracy", and "the militant group
Hamas" was an actor apart from Hamas (as "legal group Judicial Watch" was from the watchdog
itself). Each case here is a fictional equivalent.
"""

from __future__ import annotations

import pytest

from tests.actors.conftest import fiction_record


def _ents(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "On Monday, Belvanians for Open Borders said the fence must go.",
            "Belvanians for Open Borders",
        ),
        ("The mayor met Farmers for Fair Harbours on Monday.", "Farmers for Fair Harbours"),
        # a name whose place the recogniser took for a person, written again within a
        # sentence
        (
            "Democracy for Ostrava urged the council to act. Ivo Marr, who leads Democracy "
            "for Ostrava, praised the vote.",
            "Democracy for Ostrava",
        ),
    ],
)
def test_a_body_named_x_for_y_is_one_name(nlp, text, name) -> None:  # type: ignore[no-untyped-def]
    ents = _ents(nlp, text)
    assert (name, "ORG") in ents
    assert not any(label == "ORG" and e != name and e in name for e, label in ents)


@pytest.mark.parametrize(
    "text",
    [
        "Demand for Belvanian grain rose in March.",  # a common noun opening a sentence
        "Lorvik voted for Ana Voss on Tuesday.",  # a person's name
        "Protesters Gather in Lorvik for Ana Voss Rally",  # a headline
    ],
)
def test_for_between_capitalised_words_is_no_name_by_itself(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(" for " in e and label == "ORG" for e, label in _ents(nlp, text)[:1]), text


def test_a_statement_of_an_x_for_y_body_is_the_bodys() -> None:
    text = (
        "Democracy for Ostrava urged the council to act on Monday. Ivo Marr, who leads "
        "Democracy for Ostrava, praised the vote."
    )
    record = fiction_record(text)
    names = {a.name for a in record.actors}
    assert "Democracy for Ostrava" in names
    assert "Democracy" not in names
    assert [q.speaker.name for q in record.quotes] == ["Democracy for Ostrava", "Ivo Marr"]


def test_a_body_after_the_words_that_describe_it_is_the_body() -> None:
    """ "The rescue service Belvanian Coast Guard": the knowledge base's body, by its name."""
    text = (
        "The rescue service Belvanian Coast Guard said on Monday that it had found the crew. "
        "The Belvanian Coast Guard sent two boats."
    )
    record = fiction_record(text)
    bodies = [a for a in record.actors if "Coast Guard" in a.name]
    assert [(a.name, a.country) for a in bodies] == [("Belvanian Coast Guard", "XBV")]
    assert record.quotes[0].speaker.name == "Belvanian Coast Guard"


def test_a_body_named_after_the_words_that_describe_it_is_one_actor() -> None:
    """ "The legal group Harbour Rights" and "Harbour Rights" are one body, by its name; the
    description and the name together had been a second actor."""
    text = (
        "The legal group Harbour Rights said on Monday that it would sue the port. "
        "Harbour Rights has sued the port before."
    )
    record = fiction_record(text)
    assert [(a.kind, a.name) for a in record.actors] == [("organization", "Harbour Rights")]
    assert record.quotes[0].speaker.name == "Harbour Rights"


def test_a_body_named_after_its_description_takes_the_descriptions_country() -> None:
    text = (
        "The Belvanian legal group Harbour Rights said on Monday that it would sue the port. "
        "Harbour Rights has sued the port before."
    )
    record = fiction_record(text)
    assert [(a.name, a.country) for a in record.actors] == [("Harbour Rights", "XBV")]


def test_a_relative_named_after_the_word_for_him_is_no_body() -> None:
    """ "his nephew Hamid el Amin": a kinsman, whatever the tagger read the name as."""
    text = "“He was glad to be going home,” his nephew Hamid el Amin added."
    record = fiction_record(text)
    assert all(a.kind != "organization" for a in record.actors)


def test_a_body_whose_name_opens_with_a_people_is_no_people(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    """ "Belvanians for Open Borders" read as one body: the body, not the Belvanians (the
    tagger's reading of the name made on purpose)."""
    from tests.actors.test_name_trust import _with_entities
    from tests.actors.test_resolver import resolve

    text = (
        "In Lorvik, the advocacy group Belvanians for Open Borders ran an ad last week. "
        "The Club for Safe Ports agreed."
    )
    marks = [("Belvanians for Open Borders", "ORG"), ("The Club for Safe Ports", "ORG")]
    aa = _with_entities(nlp, fiction_kb, text, marks)
    lobby = resolve(aa, text, "the advocacy group Belvanians for Open Borders")
    assert (lobby.kind, lobby.name) == ("organization", "Belvanians for Open Borders")
    assert resolve(aa, text, "The Club for Safe Ports").name == "Club for Safe Ports"


def test_a_group_named_after_its_description_is_that_group_not_every_group() -> None:
    """ "The pro-ethanol campaign group America's Renewable Future" (PolNeAR train) was the
    state's one "group", named by its description, and the article's "green groups", who
    oppose it, were the same actor (fifty-second session)."""
    text = (
        "The pro-harbour campaign group Belvania's Open Future said the port must stay open. "
        "Green groups in Belvania said the port pollutes the bay."
    )
    record = fiction_record(text)
    assert [(q.speaker.name, q.speaker.actor) for q in record.quotes] == [
        ("Belvania's Open Future", "a2"),
        ("Green groups", "a3"),
    ]
    assert ("organization", "Belvania's Open Future") in {(a.kind, a.name) for a in record.actors}


def test_groups_of_one_state_are_told_apart_by_their_kind() -> None:
    """ "Green groups" are no "farm groups", though "Belvanian officials" and "senior
    Belvanian officials" stay one actor."""
    text = (
        "Belvanian green groups said the port pollutes the bay. Belvanian farm groups said "
        "the port must stay open. Belvanian officials said it would close. Senior Belvanian "
        "officials said it would not."
    )
    record = fiction_record(text)
    assert [q.speaker.name for q in record.quotes] == [
        "Belvanian green groups",
        "Belvanian farm groups",
        "Belvanian officials",
        "Belvanian officials",
    ]
    assert len({q.speaker.actor for q in record.quotes}) == 3


def test_a_party_whose_name_ends_in_a_known_partys_is_another_party() -> None:
    """ "The extremist National Democratic Party of Germany" (PolNeAR train) was the
    knowledge base's Democratic Party of the United States, and so is no "New Democratic
    Party"; a state's party and the party with its country's name are still the party."""
    text = (
        "The extremist National Democratic Party of Velmara said it would fight the ban. "
        "The New Democratic Party said it would not. The Iowa Democratic Party and the U.S. "
        "Democratic Party stayed silent."
    )
    record = fiction_record(text)
    by_name = {a.name: a for a in record.actors}
    assert "National Democratic Party of Velmara" in by_name
    assert "New Democratic Party" in by_name
    party = by_name["Democratic Party"]
    assert party.country == "USA"
    assert [q.speaker.name for q in record.quotes[:2]] == [
        "National Democratic Party of Velmara",
        "New Democratic Party",
    ]


def test_supporters_of_two_people_are_two_groups() -> None:
    """ "Supporters of Democrat Hillary Clinton" were the actor "Supporters of Republican
    Donald Trump" (PolNeAR train, a poll report): a state's groups of one kind were one actor,
    whoever they were of (fifty-second session)."""
    text = (
        "Supporters of Belvanian President Ana Voss said the port must stay open. Supporters "
        "of Belvanian opposition leader Ivo Dalen said it must close. Belvanian officials said "
        "it would close."
    )
    record = fiction_record(text)
    actors = [q.speaker.actor for q in record.quotes]
    assert len(actors) == 3 and len(set(actors)) == 3, [q.speaker for q in record.quotes]
