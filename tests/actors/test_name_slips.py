"""Slips an analyst saw on the actor list of a store built from PolNeAR dev (issue 15, part 2).

- "WALLACE:" in the transcript of an American interview (no date given) was Ben Wallace,
  the British defence secretary of later years;
- "Mitch McConnell (Ky.)", in a story about Burma, was a Burmese senator, and "Ky." an
  alias of Aung San Suu Kyi (the transliteration keys make "Kyi" and "Ky" one);
- "Dean, a former Democratic National Committee chairman and presidential candidate" held
  the title "Democratic National Committee Chairman and Presidential", and "2 p.m. Rep.
  Glenn Thompson" the title "P.m.";
- Ivana Trump and Ivanka Trump, of two articles, were one person.

Each case is a fictional equivalent.
"""

from __future__ import annotations

from onrecord.actors.identity import same_person
from onrecord.record import Actor
from tests.actors.test_resolver import resolve


def _person(name: str, country: str | None = None) -> Actor:
    return Actor("a1", name, "person", country, [], [])


def test_a_ministers_bare_surname_in_an_undated_story_of_another_country_is_not_the_minister(  # type: ignore[no-untyped-def]
    article,
) -> None:
    elsewhere = (
        "Marran told reporters in Port Amaris that Belvania would open the bridge this week."
    )
    actor = resolve(article(elsewhere), elsewhere, "Marran")
    assert actor is None or actor.name != "Teo Marran"
    # the story names the minister's country: the surname is his
    home = "Marran said on Monday that the Ostravan government would open the bridge this week."
    actor = resolve(article(home), home, "Marran")
    assert actor is not None and actor.name == "Teo Marran"


def test_a_state_after_a_name_places_the_person_before_the_story_around(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The president of Belvania met foreign visitors in Port Amaris. The first of them "
        "was Senate Republican leader Mitch Harlan (Ky.), a month later. Harlan met the "
        "president and other Belvanian leaders."
    )
    aa = article(text)
    harlan = resolve(aa, text, "Mitch Harlan")
    assert harlan is not None and harlan.country == "USA"
    # and the abbreviation is no one's surname
    assert resolve(aa, text, "Ky.") is None or resolve(aa, text, "Ky.").kind != "person"
    assert "Ky." not in {alias for a in aa.actors() for alias in a.aliases}


def test_a_state_of_a_countrys_name_places_no_one(article) -> None:  # type: ignore[no-untyped-def]
    # "of Georgia" may be the state or the country: the story decides, as before
    text = "Foreign Minister Ilia Tsereteli of Georgia met Belvanian officials in Port Amaris."
    actor = resolve(article(text), text, "Ilia Tsereteli")
    assert actor is not None and actor.country != "USA"


def test_a_title_ends_at_its_office_not_in_a_second_description(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Teo Dalen called on Ana Lind to apologize.\n\nLind, a former Northern Lakes Council "
        "chairman and presidential candidate, mocked him."
    )
    lind = resolve(article(text), text, "Ana Lind")
    assert lind is not None
    assert all(not t.lower().endswith(("and presidential", "presidential")) for t in lind.titles)
    assert lind.titles == ["Northern Lakes Council Chairman"]


def test_a_clock_time_is_no_title(article) -> None:  # type: ignore[no-untyped-def]
    text = "At 2 p.m. Rep. Glenn Tamsin (R-Pa.) told reporters the vote would go ahead."
    actor = resolve(article(text), text, "Glenn Tamsin")
    assert actor is not None
    assert actor.titles == [] and actor.country == "USA"


def test_two_given_names_a_letter_apart_are_two_people_without_a_country() -> None:
    assert not same_person(_person("Ivana Tamsin"), _person("Ivanka Tamsin"))
    assert not same_person(_person("Paul Tamsin", "XBV"), _person("Paula Tamsin", "XBV"))
    # two spellings of one name, in one country, are still one person
    assert same_person(_person("Sergei Tamsin", "XBV"), _person("Sergey Tamsin", "XBV"))
    assert same_person(_person("Ana Tamsin"), _person("A. Tamsin"))


def test_world_leaders_are_of_no_one_country(article) -> None:  # type: ignore[no-untyped-def]
    # "World leaders" in a story about North Korea had been a North Korean group
    text = (
        "World leaders denounce Belvania test; Orlin vows consequences.\n\n"
        "World leaders and diplomats almost universally expressed outrage over Belvania's "
        "latest gambit."
    )
    actor = resolve(article(text), text, "World leaders")
    assert actor is None or actor.country is None


def test_a_state_the_knowledge_base_writes_among_a_countrys_names_still_places(article) -> None:  # type: ignore[no-untyped-def]
    # "New York" is one of the United States' own names in the knowledge base (a city), so
    # the filter for "of Georgia" had dropped "(D-N.Y.)" too
    text = "The plan drew fire from Belvania. Sen. Chuck Amsel (D-N.Y.) said it would fail."
    actor = resolve(article(text), text, "Chuck Amsel")
    assert actor is not None and actor.country == "USA"


def test_a_fathers_surname_alone_is_the_person_named_in_full_by_both(article) -> None:  # type: ignore[no-untyped-def]
    # Spanish names put the father's surname first and news gives it alone: "Acosta" after
    # "Melba Acosta Febo" (14 statements of PolNeAR train had stood apart from her name)
    text = "The bank's president, Marta Ruiz Solano, met creditors on Monday. Ms. Ruiz said so."
    aa = article(text)
    full = resolve(aa, text, "Marta Ruiz Solano")
    assert full is not None and resolve(aa, text, "Ruiz", nth=1) is full
    # a word that is someone's surname here is theirs
    text = "Tomas Ruiz Solano met Ana Ruiz and Teo Marr. Ruiz left early; Marr stayed."
    aa = article(text)
    assert resolve(aa, text, "Ruiz", nth=2) is resolve(aa, text, "Ana Ruiz")
