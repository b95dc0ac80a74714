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
from tests.attribution.conftest import ref, seg

Attribute = Callable[[str], list[Attribution]]


def _owned(attribute: Attribute, text: str, words: str) -> str | None:
    """Who the statement whose content is exactly ``words`` is resolved to (None when its
    pronoun is left open)."""
    found = [a for a in attribute(text) if seg(text, a) == [words]]
    assert len(found) == 1, [seg(text, a) for a in attribute(text)]
    return ref(text, found[0]) if found[0].speaker_ref is not None else None


def test_his_is_the_one_man_the_sentence_before_names(attribute: Attribute) -> None:
    text = (
        "Tarsk, Belvania - Relations between Belvania and Ostrava soured again on Monday. "
        "Mr. Varga's decision to recall the ambassador surprised diplomats. His call for a "
        "naval blockade of the Ostravan coast was denounced by the Ostravan government."
    )
    assert _owned(attribute, text, "a naval blockade of the Ostravan coast") == "Varga"


def test_his_is_not_the_last_man_who_spoke(attribute: Attribute) -> None:
    text = (
        '"We will not retreat from the border," said Mr. Dalen, the Belvanian defence '
        "minister.\n\n"
        "There was anger in Tarsk after Mr. Varga's speech on Sunday. Diplomats questioned "
        "his call for a naval blockade of the Ostravan coast."
    )
    assert _owned(attribute, text, "a naval blockade of the Ostravan coast") == "Varga"


def test_her_is_not_the_last_woman_who_spoke(attribute: Attribute) -> None:
    text = (
        '"The valley is ours," said Ana Voss, the Ostravan foreign minister.\n\n'
        "Ms. Lind's government fell last year. Diplomats recalled her call for a ceasefire "
        "in the valley."
    )
    assert _owned(attribute, text, "a ceasefire in the valley") == "Lind"


def test_two_men_who_could_own_it_leave_it_open(attribute: Attribute) -> None:
    text = (
        '"We will not retreat from the border," said Mr. Dalen, the Belvanian defence '
        "minister.\n\n"
        "Mr. Brin has broken more rules than Mr. Varga did, from his call for a naval "
        "blockade of the Ostravan coast to his threats against Ostravan ports."
    )
    assert _owned(attribute, text, "a naval blockade of the Ostravan coast") is None


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
    assert _owned(attribute, sentence, "a ceasefire in the valley") is None


def test_a_sentence_that_names_no_one_follows_the_chain(attribute: Attribute) -> None:
    text = (
        "Ana Voss, the Ostravan foreign minister, said on Tuesday that talks would resume. "
        "She played little role in the last round of talks. And her plan to reopen the "
        "border crossings went nowhere."
    )
    owner = _owned(attribute, text, "to reopen the border crossings")
    assert owner == "Ana Voss, the Ostravan foreign minister"
