"""Two people named with one surname, and given names that say a person's sex (issue 15,
fifty-ninth session).

"The parents, Khizr and Ghazala Khan," names two people: the first given name shares the
surname written once after the second. The scan read "Khizr" as a person of one word, so every
"Mr. Khan" after it went to another Khan the article named in full: the mother, whose given
name the list did not know, or, once it did, the couple's son named further on. A given name
alone before "and" and a full name now takes that surname, unless someone else the article
names in full bears that given name ("Jeb and Marco Rubio" in an article about Jeb Bush).

The list of given names grew by common names whose sex is plain. Names used for both sexes
("Marty", "Jessie") and common surnames ("Bradley") stay out: a wrong sex sends a "she"
elsewhere, and a surname alone takes the sex of the given name it spells. The nouns for one
person grew by a campaign's and a newsroom's ("hopeful", "staffer"); a speaker described by
one the tagger reads as an adjective ("One opposition hopeful, Nicole Varga") is the person
apposed. So is a name after a capitalised noun for one person opening a sentence ("Spokeswoman
Haley Vantor says", one ORG to the tagger); and in a headline in Title Case, where every word
is capitalised, a name ending in "News" is proper nouns and no person's ("Ana Tarn Receives
More Bad News" had made Ana Tarn an outlet). Given names joined by a hyphen ("Eva-Maria") say
the sex of the first, and a name after "named" that follows a noun for one person ("a former
staffer named Bradley Podlis") is a person's. The text is fiction.
"""

from __future__ import annotations

import pytest

from onrecord.attribution.speakers import gender_of, is_given_name
from onrecord.pipeline import extract


def _speakers(text: str) -> list[tuple[str, str | None]]:
    record = extract(text, published="2016-05-01")
    actors = {a.id: a for a in record.actors}
    return [
        (q.speaker.text, actors[q.speaker.actor].name if q.speaker.actor else None)
        for q in record.quotes
        if q.speaker
    ]


_FAMILY = (
    "The dispute grew between the parents, {a} and {b} Dalen, and the minister. Mr. Dalen said "
    "the ministry had lied. “We were never told,” Mr. Dalen said. Ms. Dalen said she had not "
    "spoken because she could not stay calm. “I carry his picture,” Ms. Dalen said of their "
    "son, Tomas Dalen. “He was brave,” Mr. Dalen added."
)


@pytest.mark.parametrize(("father", "mother"), [("Peter", "Anna"), ("Ivo", "Marta")])
def test_a_given_name_before_and_a_full_name_shares_its_surname(father: str, mother: str) -> None:
    # the tagger reads "Peter" as a PERSON of one word, "Ivo" as an ORG
    found = _speakers(_FAMILY.format(a=father, b=mother))
    assert found == [
        ("Mr. Dalen", f"{father} Dalen"),
        ("Mr. Dalen", f"{father} Dalen"),
        ("Ms. Dalen", f"{mother} Dalen"),
        ("Ms. Dalen", f"{mother} Dalen"),
        ("Mr. Dalen", f"{father} Dalen"),
    ]


def test_a_given_name_someone_else_bears_in_full_takes_no_other_surname() -> None:
    record = extract(
        "Governor Ivo Brandt spoke first on Monday. The debate pitted Ivo and Marta Dalen "
        "against each other. “We came early,” Ms. Dalen said.",
        published="2016-05-01",
    )
    people = {a.name for a in record.actors if a.kind == "person"}
    assert "Ivo Dalen" not in people
    assert {"Ivo Brandt", "Marta Dalen"} <= people


@pytest.mark.parametrize(
    ("name", "sex"),
    [("Nicole", "female"), ("Megan", "female"), ("Glenn", "male"), ("Joel", "male")],
)
def test_common_given_names_say_the_sex(name: str, sex: str) -> None:
    assert is_given_name(name)
    assert gender_of(f"{name} Varga") == sex


@pytest.mark.parametrize("name", ["Marty", "Jessie", "Kelsey", "Courtney", "Sidney"])
def test_names_borne_by_either_sex_say_none(name: str) -> None:
    # "Marty Walz ... she said": a male reading would send her "she" elsewhere
    assert gender_of(f"{name} Varga") is None


@pytest.mark.parametrize("name", ["Bradley", "Clark", "Cole", "Roy", "Simon", "Tyler"])
def test_common_surnames_say_no_sex_alone(name: str) -> None:
    # a surname alone takes the sex of the given name it spells: "Justice Rebecca Bradley ...
    # Bradley ... she said" lost its "she" when "Bradley" was a man's name
    assert gender_of(name) is None


def test_a_she_goes_to_the_woman_a_name_for_either_sex_may_be() -> None:
    found = _speakers(
        "Marty Welsh, a former lawmaker, met Ivo Brandt on Monday. “They are wrong about the "
        "schools,” she said."
    )
    assert found == [("she", "Marty Welsh")]


def test_a_hopeful_apposed_to_a_name_makes_it_a_person() -> None:
    # "Carly Vantor" is an ORG to the tagger here, and named once
    record = extract(
        "One Republican presidential hopeful, Carly Vantor, says despite being a Stanford "
        "alumna, she will cheer for the other side.",
        published="2016-05-01",
    )
    kinds = {a.name: a.kind for a in record.actors}
    assert kinds.get("Carly Vantor") == "person"


def test_a_speaker_described_by_a_word_read_as_an_adjective_is_the_name_apposed() -> None:
    # "hopeful" is an adjective to the tagger, the head of "One opposition hopeful, ..."
    assert _speakers("One opposition hopeful, Nicole Varga, says the vote was rigged.") == [
        ("One opposition hopeful, Nicole Varga", "Nicole Varga")
    ]


@pytest.mark.parametrize("name", ["Haley Vantor", "Greta Morris"])
def test_a_capitalised_noun_for_one_person_opening_a_sentence_describes_the_name(
    name: str,
) -> None:
    # "Spokeswoman Haley Vantor" is one ORG to the tagger: it had been an organisation of
    # that name, and the bare surname after it a person apart
    surname = name.split()[1]
    found = _speakers(
        f"The campaign cut staff. Spokeswoman {name} says the candidate has always run a lean "
        f"campaign. {surname} says the campaign will go on."
    )
    assert found == [(f"Spokeswoman {name}", name), (surname, name)]


def test_a_headline_in_title_case_ending_in_news_is_no_outlet() -> None:
    # "... Receives More Bad News" read as an outlet's name made the person in it an outlet
    record = extract(
        "Ana Tarn Receives More Bad News After The Vote\n\nAna Tarn, a former minister, said on "
        "Monday that she would resign.",
        published="2016-05-01",
    )
    assert not [a.name for a in record.actors if a.kind == "outlet" and "Tarn" in a.name]
    assert [a.kind for a in record.actors if a.name == "Ana Tarn"] == ["person"]


def test_an_outlet_opening_a_headline_in_title_case_is_still_an_outlet() -> None:
    record = extract(
        "NY Post: Ana Vell Is No Different Than Kim Tarn\n\nThe New York Post ran a column on Monday.",
        published="2016-05-01",
    )
    assert [(a.name, a.kind) for a in record.actors if a.name == "NY Post"] == [
        ("NY Post", "outlet")
    ]


@pytest.mark.parametrize(
    ("name", "sex"),
    [("Eva-Maria Kessler", "female"), ("Hans-Peter Voss", "male"), ("Jean-Claude Vell", "male")],
)
def test_given_names_joined_by_a_hyphen_say_the_sex_of_the_first(name: str, sex: str) -> None:
    assert is_given_name(name.split()[0])
    assert gender_of(name) == sex


@pytest.mark.parametrize("word", ["Jean-Marie", "Smith-Jones", "Mark-Viverito"])
def test_a_hyphenated_word_not_all_of_given_names_is_none(word: str) -> None:
    # "Jean" is a man's name in French and a woman's in English; a double surname is none
    assert not is_given_name(word)
    assert gender_of(word) is None


def test_a_name_after_named_following_a_noun_for_one_person_is_a_person() -> None:
    # "Bradley Podlis" is no person to the tagger here, nor is each bare "Podlis" after it:
    # an organisation "Podlis" and another "Podlis himself" had been made of one man
    found = _speakers(
        "The lawsuit filed by a former staffer named Bradley Podlis, an army reservist, says he "
        "was fired. Podlis himself asked for the review. “I was punished for the truth,” Podlis "
        "said."
    )
    assert [name for text, name in found if "Podlis" in text] == ["Bradley Podlis"] * 2


def test_a_body_after_named_is_no_person() -> None:
    record = extract("A group named Partnership for Coastal Growth said it would sue.")
    assert not [a for a in record.actors if a.kind == "person"]
