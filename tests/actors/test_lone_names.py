"""One person, one actor, whatever the tagger made of each mention of the name (issue 15,
fifty-eighth session).

spaCy's recogniser reads the same surname as a person's in one sentence and as an
organisation's, or as nothing, in the next. A surname of someone the article named in full was
already a person wherever it stood; a surname written alone, that the recogniser read as a
person's only some of the time, was not: "Lindqvist said" was a person and "Lindqvist asked"
an organisation of the same name, so one person's statements were split between a person's
page and an organisation's. And a full name found late (an owner's "Sarn Review's Pia Brandt",
read as an ORG) did not make the surname after it a person when the recogniser read that as an
ORG or a NORP too. A word the article writes after "the" ("the Sombras", a crew) is not spread
this way. Someone named in full who bears a news outlet's name ("Peter Bloomberg") was an
outlet on every mention; now a person, but for the bare name in an article that calls the
person "Ms. Bloomberg" (the company's there). And a full name with a country's name for its
middle name ("Deborah Jordan Brandt"), which the recogniser ran on over a dash, had been dropped
as a place taken for a person. The text is fiction.
"""

from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _speaker_actors(text: str, word: str) -> list[tuple[str, str]]:
    record = extract(text, published="2016-05-01")
    actors = {a.id: a for a in record.actors}
    return [
        (actors[q.speaker.actor].name, actors[q.speaker.actor].kind)
        for q in record.quotes
        if q.speaker and q.speaker.actor and word in q.speaker.text
    ]


@pytest.mark.parametrize("name", ["Lindqvist", "Okafor"])
def test_a_surname_read_as_a_person_once_is_that_person_everywhere(name: str) -> None:
    # Lindqvist: PERSON, ORG, PERSON, ORG, untagged; Okafor: PERSON twice, then untagged
    text = (
        f"When {name} pointed out that the plan was costly, the minister disagreed. The "
        f"interview ended with {name} asking about the budget. “It is too late,” {name} said. "
        f"{name} repeated the question. {name} asked, “Why now?”"
    )
    found = _speaker_actors(text, name)
    assert len(found) >= 3
    assert set(found) == {(name, "person")}


@pytest.mark.parametrize(("given", "surname"), [("Pia", "Brandt"), ("Ivo", "Tallis")])
def test_a_full_name_found_through_its_owner_names_the_surname_after_it(
    given: str, surname: str
) -> None:
    # "Sarn Review's Pia Brandt" is an ORG to the tagger, and so is each "Brandt" after it
    # ("Tallis" a NORP)
    text = (
        f"An essay written by Sarn Review’s {given} {surname} — headlined The Rats Are Leaving "
        f"— says the party is lost. {surname} also asserts that the ministers have failed the "
        f"country. {surname} added, “There is no plan at all.” Later in the piece, {surname} "
        "wrote, “Nobody is listening.”"
    )
    found = _speaker_actors(text, surname)
    assert len(found) == 3
    assert set(found) == {(f"{given} {surname}", "person")}


def test_a_name_written_after_the_is_not_spread_as_a_persons() -> None:
    # the tagger reads two of the crew's five mentions as a person's; "The Sombras" stays a
    # body
    text = (
        "Early one evening, the park was loud. The Sombras, a crew of female skaters, have "
        "gathered there for years. The Sombras hope their presence will change the scene. Of "
        "late, the Sombras have been busy with a camp. Sombras has a special kind of bond, "
        "said Ana Voss, 24. “Sombras was never just about skating,” Ana Voss said."
    )
    assert _speaker_actors(text, "Sombras") == [("Sombras", "organization")]


def test_a_person_who_bears_an_outlets_name_is_a_person() -> None:
    # "Bloomberg" is a news outlet's name; here it is the surname of someone named in full,
    # and every statement was on an outlet's page named "Peter Bloomberg"
    text = (
        "It was three years ago that Peter Bloomberg, who is thinking about running for "
        "governor of Sarn, said it was impossible to win as an independent. Bloomberg drew 13 "
        "points from Voss in the poll. “I am convinced that you cannot win an election "
        "alone,” Bloomberg told a magazine in 2013. Now Bloomberg says the campaign is an "
        "outrage."
    )
    found = _speaker_actors(text, "Bloomberg")
    assert len(found) == 4
    assert set(found) == {("Peter Bloomberg", "person")}


def test_where_the_article_writes_ms_the_bare_outlet_name_is_the_company() -> None:
    # the person is "Ms. Bloomberg" throughout; "Bloomberg says its reporting" is the firm's
    text = (
        "Ana R. Bloomberg founded a data company in Sarn. In 2012, Bloomberg started "
        "publishing its index of the rich. Bloomberg says its deeper reporting has found "
        "hidden trusts. But Ms. Bloomberg does not appear on the list, and Ms. Bloomberg said "
        "she was glad of it."
    )
    assert _speaker_actors(text, "Bloomberg") == [
        ("Bloomberg", "outlet"),
        ("Ana R. Bloomberg", "person"),
    ]


def test_a_full_name_with_a_place_for_its_middle_name_and_a_dash_after_it() -> None:
    # the recogniser's PERSON runs over the dash to the next name ("Deborah Jordan Brandt -
    # Dansk's"), and "Jordan" is a country's name: the person was lost, and each later
    # "Brandt", read as an ORG, was an organisation's statement
    text = (
        "Ivo Dansk, a self-styled journalist, spoke on Monday. In an interview at her Sarn "
        "hotel room, Deborah Jordan Brandt - Dansk's girlfriend and co-host on his channel - "
        "told the Sarn Herald that Dansk's skepticism turned to anger. Brandt says that after "
        "the attacks, Dansk was ready to reenlist. “He's an activist,” Brandt says."
    )
    assert _speaker_actors(text, "Brandt") == [("Deborah Jordan Brandt", "person")] * 2
