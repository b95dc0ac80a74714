"""A no-comment line codes no event (issue 15, thirtieth session).

"A spokesman declined to comment on the request" was a REQUEST (the model's reading of
"declined" next to the word "request"), "refused to comment on the report" a REJECT, and
"declined to comment on a report that ... were reviewing their cooperation" a COOPERATE: tone
from a sentence that reports no act. CAMEO codes it 011, "decline comment", under the root 01
("make public statement"), which the PLOVER conversion table leaves out: PLOVER has no type
for it. What is not commented on is no act either, and is not coded; a clause conjoined to the
line still is. Fiction only.
"""

from __future__ import annotations

import pytest

from onrecord import extract
from tests.events.conftest import coded


@pytest.mark.parametrize(
    "sentence",
    [
        "A UN spokesman, Lena Brandt, declined to comment on the request.",
        "A spokesman for Ana Voss declined to comment.",
        "Ana Voss refused to comment on the report.",
        "The Sarnian embassy did not respond to a request for comment.",
        "The Belvanian ministry could not be reached for comment.",
        "The Belvanian government declined to comment on a report that Sarnian agencies were "
        "reviewing their cooperation with Belvanian counterparts.",
    ],
)
def test_a_no_comment_line_codes_no_event(sentence: str) -> None:
    assert coded(sentence) == []


def test_a_clause_conjoined_to_the_line_is_still_coded() -> None:
    events = coded("Ana Voss declined to comment, but Teo Marr accused Sarnia of lying.")
    assert ("ACCUSE", "Teo Marr", "Sarnia") in events


def test_declining_an_invitation_is_still_a_rejection() -> None:
    assert [t for t, _, _ in coded("Sarnia declined an invitation to the talks.")] == ["REJECT"]


def test_a_subject_that_is_no_one_negates_the_act() -> None:
    # ("Nobody wins a war of nerves" was an assault at -9 on the quotation's tone)
    rec = extract(
        "Border talks\n\nBy Ana Weiss\n\n“Nobody wins a war of nerves,” Teo Marr told reporters.\n"
    )
    assert rec.events and all(e.negated and e.intensity > -9 for e in rec.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "A senior Belvanian official, speaking on condition of anonymity because he was not "
        "authorised to brief the media, said the ships were on a routine patrol.",
        "Two officials, who asked not to be named because they were not allowed to discuss the "
        "talks, said the ships were on a routine patrol.",
        # a relative clause of what the source may not discuss: the talks with Ostrava were
        # a consultation of no one's
        "An official, who was not authorised to discuss the border talks with Ostrava, said "
        "the ships were on a routine patrol.",
    ],
)
def test_the_terms_of_a_sources_anonymity_code_no_event(sentence: str) -> None:
    # "not authorised to brief the media" was a REQUEST to the media (CAMEO 02)
    assert coded(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # (an appeal at 0 from the government: the model's reading of "said" with an object)
        "Ostrava's government has said little about the talks.",
        "The ministry said nothing about the attack on the convoy.",
    ],
)
def test_saying_little_or_nothing_about_something_is_no_act(sentence: str) -> None:
    assert coded(sentence) == []


def test_an_act_announced_is_still_coded() -> None:
    assert [t for t, _, _ in coded("Belvania announced a suspension of aid to Sarnia.")] == [
        "SANCTION"
    ]
