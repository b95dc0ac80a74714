"""A statement spoken of with "his" or "her" ("his call for a blockade", "her plan to reopen
the crossings") is the one person the sentence, or the one before it, names (issue 15,
fifty-first session).

"His" was never resolved: on PolNeAR train 103 of 160 such statements had no speaker, and
on no actor's page. "Her" went the way a subject "she" goes, to the last woman who spoke,
which is often not the woman the sentence is about. Reading "his" that way too was tried and
dropped: a quarter of a sample went to the wrong man ("Cameron criticised Trump over his call
for a ban" gave Cameron the call). A possessive stands for the one person named before it in
its sentence, or in the sentence before when its own names no one it can stand for; two
people who could own it leave it open; a sentence pair that names no one follows the chain a
"she" would. Fiction only.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord.attribution import Attribution
from tests.attribution.conftest import resolved_to

Attribute = Callable[[str], list[Attribution]]


@pytest.mark.parametrize(
    "text,words,owner",
    [
        # the one man the sentence before names
        (
            "Tarsk, Belvania - Relations between Belvania and Ostrava soured again on Monday. "
            "Mr. Varga's decision to recall the ambassador surprised diplomats. His call for a "
            "naval blockade of the Ostravan coast was denounced by the Ostravan government.",
            "a naval blockade of the Ostravan coast",
            "Varga",
        ),
        # not the last man who spoke
        (
            '"We will not retreat from the border," said Mr. Dalen, the Belvanian defence '
            "minister.\n\n"
            "There was anger in Tarsk after Mr. Varga's speech on Sunday. Diplomats questioned "
            "his call for a naval blockade of the Ostravan coast.",
            "a naval blockade of the Ostravan coast",
            "Varga",
        ),
        # nor the last woman who spoke
        (
            '"The valley is ours," said Ana Voss, the Ostravan foreign minister.\n\n'
            "Ms. Lind's government fell last year. Diplomats recalled her call for a ceasefire "
            "in the valley.",
            "a ceasefire in the valley",
            "Lind",
        ),
    ],
)
def test_a_possessive_is_the_one_person_named_before_it(
    attribute: Attribute, text: str, words: str, owner: str
) -> None:
    assert resolved_to(attribute, text, words) == owner


def test_two_men_who_could_own_it_leave_it_open(attribute: Attribute) -> None:
    text = (
        '"We will not retreat from the border," said Mr. Dalen, the Belvanian defence '
        "minister.\n\n"
        "Mr. Brin has broken more rules than Mr. Varga did, from his call for a naval "
        "blockade of the Ostravan coast to his threats against Ostravan ports."
    )
    assert resolved_to(attribute, text, "a naval blockade of the Ostravan coast") is None


@pytest.mark.parametrize(
    "sentence",
    [
        # a woman named in the sentence is no "his"
        "Ana Voss said the border would stay closed. Diplomats rejected his call for a "
        "ceasefire in the valley.",
        # a man named in the sentence is no "her"
        "Mr. Dalen said the border would stay closed. Diplomats rejected her call for a "
        "ceasefire in the valley.",
    ],
)
def test_a_pronoun_never_goes_to_the_other_gender(attribute: Attribute, sentence: str) -> None:
    assert resolved_to(attribute, sentence, "a ceasefire in the valley") is None


def test_a_sentence_that_names_no_one_follows_the_chain(attribute: Attribute) -> None:
    text = (
        "Ana Voss, the Ostravan foreign minister, said on Tuesday that talks would resume. "
        "She played little role in the last round of talks. And her plan to reopen the "
        "border crossings went nowhere."
    )
    owner = resolved_to(attribute, text, "to reopen the border crossings")
    assert owner == "Ana Voss, the Ostravan foreign minister"


@pytest.mark.parametrize(
    "text,owner",
    [
        # a subject after the pronoun does not bind it over a man named before it
        (
            "From Mr. Varga's speech in Tarsk to his call for a naval blockade, Mr. Dalen "
            "described the minister as reckless.",
            "Varga",
        ),
        # with no one named before it, the subject after it does
        (
            "Asked about his call for a naval blockade, Mr. Dalen said the navy was ready.",
            "Mr. Dalen",
        ),
    ],
)
def test_a_subject_after_the_pronoun(attribute: Attribute, text: str, owner: str) -> None:
    assert resolved_to(attribute, text, "a naval blockade") == owner
