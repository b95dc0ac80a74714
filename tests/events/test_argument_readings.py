"""Who acts, where the parse hides it: a relative clause on what a copula says someone is, a
country written once before a list of forces, and a name before a noun the parser labels
``nmod``. Fictional states and people; the stand-in resolver names each span by its text."""

from __future__ import annotations


def _parties(events, actors):  # type: ignore[no-untyped-def]
    return [(e.type, actors.name_of(e.source), actors.name_of(e.target)) for e in events]


def test_the_relative_clause_on_a_predicate_is_the_subjects_act(code) -> None:  # type: ignore[no-untyped-def]
    events, actors = code(
        "Mara Voss is a serial liar, a hawk and a bully who has repeatedly threatened Belvania."
    )
    assert ("THREATEN", "Mara Voss", "Belvania") in _parties(events, actors)


def test_a_relative_clause_on_a_plain_noun_keeps_the_noun(code) -> None:  # type: ignore[no-untyped-def]
    events, actors = code("The Belvanian army, which attacked Ostrava last year, withdrew.")
    assert ("ASSAULT", "The Belvanian army", "Ostrava") in _parties(events, actors)


def test_a_bare_conjunct_shares_the_first_ones_country(code) -> None:  # type: ignore[no-untyped-def]
    events, actors = code(
        "Belvanian military jets, helicopters and drones bombed the port of Sarn."
    )
    sources = {actors.name_of(e.source) for e in events if e.type == "ASSAULT"}
    assert sources == {"Belvanian"}


def test_a_conjunct_with_its_own_modifier_keeps_it(code) -> None:  # type: ignore[no-untyped-def]
    events, actors = code("Belvanian jets and rebel helicopters bombed the port of Sarn.")
    sources = {actors.name_of(e.source) for e in events if e.type == "ASSAULT"}
    assert sources == {"Belvanian", "rebel helicopters"}


def test_a_name_the_parser_labels_nmod_is_the_nouns_actor(code) -> None:  # type: ignore[no-untyped-def]
    events, actors = code("Belvania military aircraft bombed the port of Sarn.")
    assert ("ASSAULT", "Belvania", "Sarn") in _parties(events, actors)


def test_the_predicate_joined_to_another_verb_acts_for_that_verbs_subject(code) -> None:  # type: ignore[no-untyped-def]
    events, actors = code(
        "Mara Voss regularly incites violence and is a serial liar, rampant xenophobe and bully "
        "who has repeatedly pledged to ban all traders from Belvania."
    )
    assert ("THREATEN", "Mara Voss", "Belvania") in _parties(events, actors)


def test_the_maker_of_an_offer_of_talks_is_the_one_refused(code) -> None:  # type: ignore[no-untyped-def]
    """ "an offer of talks from neighbouring Belvania": the parser hangs the maker on "talks"
    and reads "neighbouring" as a participle taking Belvania as its object."""
    events, actors = code(
        "Ostrava on Tuesday rejected an offer of talks from neighbouring Belvania over the "
        "disputed islands."
    )
    assert ("REJECT", "Ostrava", "Belvania") in _parties(events, actors)
