"""Who a "he" or "she" in an act stands for (issue 15, sixty-first session).

The coder had read every he and she that spoke no statement as the subject of the last act it
had coded, whatever that was: "Velmara shelled the town. He later threatened ..." made the
state the one who threatened, and "Protesters attacked the embassy. On Tuesday she expelled two
diplomats" gave the expulsion to the protesters. A he or she now stands only for a person, read
by the rules the attribution stage reads a pronoun speaker by (the nearest earlier speaker or
narrative subject of the pronoun's gender), and never, in a speaker's own quoted words, for the
speaker. Fiction only.
"""

from __future__ import annotations

import pytest

from onrecord import extract
from tests.events.conftest import coded


def _acts(text: str) -> list[tuple[str, str | None, str | None]]:
    rec = extract(text, published="2026-03-01")
    names = {a.id: a.name for a in rec.actors}
    return [(e.type, names.get(e.source), names.get(e.target)) for e in rec.events]


@pytest.mark.parametrize(
    "text",
    [
        # a state, a ministry: no he or she
        "Velmara shelled the border town of Ostrin on Monday. He later threatened to expand "
        "the campaign.",
        "The Drovnian interior ministry accused the opposition of sabotage on Tuesday. She "
        "rejected the charge and urged calm.",
    ],
)
def test_a_he_or_she_is_no_state_nor_body(text: str) -> None:
    acts = _acts(text)
    first_source = acts[0][1]
    assert first_source is not None
    assert [a for a in acts[1:] if a[1] == first_source] == []


def test_she_is_the_woman_named_before_not_the_group_that_acted_last() -> None:
    acts = _acts(
        "Ana Voss, the Velmaran foreign minister, arrived in Sarn on Monday. Protesters "
        "attacked the Velmaran embassy hours later. On Tuesday she expelled two Drovnian "
        "diplomats."
    )
    assert ("ASSAULT", "Protesters", "Velmaran embassy") in acts
    assert [s for t, s, _ in acts if t == "SANCTION"] == ["Ana Voss"]


def test_he_is_the_man_named_before_not_the_state_that_acted_last() -> None:
    acts = _acts(
        "Sarnian President Ivo Dant won the vote by a wide margin. Drovnia rejected the "
        "result. He later expelled two Drovnian diplomats."
    )
    assert [s for t, s, _ in acts if t == "SANCTION"] == ["Ivo Dant"]


def test_in_a_speakers_own_words_he_is_not_the_speaker() -> None:
    acts = _acts(
        "Defence Minister Ivo Dant spoke to reporters in Sarn on Monday. “He has shelled our "
        "villages for a week,” Dant said of the Velmaran president."
    )
    assert [s for t, s, _ in acts if t == "ASSAULT"] == [None]


def test_his_relative_is_no_act_of_his(nlp) -> None:  # type: ignore[no-untyped-def]
    # "arrested his presidential rival Laurent Gbagbo", a name the tagger did not see: the
    # owner of the one arrested is not the target (a training sentence's parse, built by hand)
    from spacy.tokens import Doc

    from onrecord.events.arguments import _someones_person

    words = ["Troops", "arrested", "his", "rival", "Oren", "Kast", "and", "its", "cutter", "Amber"]
    heads = [1, 1, 3, 1, 5, 3, 1, 8, 1, 8]
    deps = ["nsubj", "ROOT", "poss", "dobj", "compound", "appos", "cc", "poss", "conj", "appos"]
    pos = ["NOUN", "VERB", "PRON", "NOUN", "PROPN", "PROPN", "CCONJ", "PRON", "NOUN", "PROPN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _someones_person(doc[3])  # his rival Oren Kast
    assert not _someones_person(doc[8])  # its cutter Amber: a body's thing


def test_a_body_owns_its_ship() -> None:
    # ("its cutter Amber Star": a name in apposition to a thing a body owns)
    events = coded(
        'The Belvanian Coast Guard said an Ostravan ship "deliberately rammed" its cutter '
        "Amber Star shortly after dawn."
    )
    assert [(t, target) for t, _, target in events] == [("ASSAULT", "Belvanian Coast Guard")]


@pytest.mark.parametrize(("pronoun", "name"), [("he", "Peter Velden"), ("she", "Anna Velden")])
def test_a_pronoun_before_its_name_in_a_fronted_clause(pronoun: str, name: str) -> None:
    # "As a part of his plea, Marcel Lehel Lazar said ...": the one the main clause names,
    # not the state that acted in the sentence before
    acts = coded(
        f"Velmara recalled its envoy on Monday. Before {pronoun} was expelled from Ostrava "
        f"last year, {name} had served there for a decade."
    )
    assert ("COERCE", None, name) in acts
    assert ("COERCE", None, "Velmara") not in acts


@pytest.mark.parametrize(("pronoun", "name"), [("She", "Anna Velden"), ("He", "Peter Velden")])
def test_a_surname_two_people_share_goes_by_the_pronouns_gender(pronoun: str, name: str) -> None:
    acts = coded(
        "Peter Velden and Anna Velden toured the port in Sarn on Monday. Velden later met the "
        f"mayor. {pronoun} then expelled two Drovnian diplomats."
    )
    assert [s for t, s, _ in acts if t == "SANCTION"] == [name]
