"""A description of a candidate names the one person the article introduced so (issue 15,
fifty-seventh session).

"The Republican presidential candidate said ..." was left unresolved even right after
"Republican presidential candidate Ivo Dansk", and so was every "he" that followed it. It now
names the person the article introduced, before it, with the same candidacy noun and every
other word of the description (a party by any of its names), in the phrase before the name or
in apposition to it; never when two people fit, when the description says "former" or
"other", or when the noun differs (a "nominee" is no "candidate"). The text is fiction.
"""

from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _speakers(text: str) -> list[tuple[str, str | None]]:
    # (dated: the knowledge base's office-holders of the day are in play)
    quotes = extract(text, published="2016-05-19").quotes
    return [(q.speaker.text, q.speaker.name) for q in quotes if q.speaker]


def test_a_candidate_described_as_introduced_is_that_person() -> None:
    text = (
        "Republican presidential candidate Ivo Dansk spoke in Sarn on Monday. The Republican "
        "presidential candidate said the tax plan was a disgrace. He said it would fail."
    )
    assert _speakers(text) == [
        ("The Republican presidential candidate", "Ivo Dansk"),
        ("He", "Ivo Dansk"),
    ]


def test_an_apposition_introduces_a_candidate_and_a_party_has_two_names() -> None:
    text = (
        "Ivo Dansk, the GOP nominee, spoke in Sarn on Monday. The Republican nominee said "
        "the tax plan was a disgrace."
    )
    assert _speakers(text) == [("The Republican nominee", "Ivo Dansk")]


def test_any_description_of_a_person_names_whom_the_article_introduced_so() -> None:
    # not only candidacies: "the retired neurosurgeon" after "retired neurosurgeon Ivo Dansk"
    text = (
        "Retired neurosurgeon Ivo Dansk spoke in Sarn on Monday. The retired neurosurgeon said "
        "the tax plan was a disgrace."
    )
    assert _speakers(text) == [("The retired neurosurgeon", "Ivo Dansk")]


@pytest.mark.parametrize(
    "text",
    [
        # a campaign is no person, however its candidate was introduced
        "Senator Ivo Dansk, whose campaign is broke, spoke on Monday. The campaign said the "
        "plan was a disgrace.",
        # two people fit "the candidate"
        "Republican candidate Ivo Dansk and Democratic candidate Ana Voss spoke on Monday. "
        "The candidate said the tax plan was a disgrace.",
        # another noun: a candidate in the primaries is no nominee yet
        "Republican candidate Ivo Dansk spoke on Monday. The Republican nominee said the tax "
        "plan was a disgrace.",
        # a former candidate is not the one introduced
        "Republican candidate Ivo Dansk spoke on Monday. The former candidate said the tax "
        "plan was a disgrace.",
        # a word the introduction lacks
        "Republican candidate Ivo Dansk spoke on Monday. The mayoral candidate said the tax "
        "plan was a disgrace.",
        # "the candidate" alone is the person just named, not one introduced earlier
        "Republican candidate Ivo Dansk spoke on Monday.\n\nGovernor Ana Voss toured the "
        "port on Tuesday. The candidate said the tax plan was a disgrace.",
        # no one introduced before the description
        "The Republican candidate said the tax plan was a disgrace. Ivo Dansk, the Republican "
        "candidate, spoke later.",
    ],
)
def test_no_candidate_is_named_without_the_same_introduction(text: str) -> None:
    said = _speakers(text)
    described = [n for m, n in said if any(w in m.lower() for w in ("candidate", "nominee"))]
    described += [n for m, n in said if m == "The campaign"]
    assert described and described[0] is None


def test_an_office_and_a_candidacy_under_one_article_are_one_person() -> None:
    # "the former secretary of state and current Democratic presidential nominee": one
    # person described twice, not two speakers
    text = (
        "Senator Ivo Dansk (R-Fla.) responded first. The Florida senator and Republican "
        "presidential candidate said the deal was bad."
    )
    assert _speakers(text) == [
        ("The Florida senator and Republican presidential candidate", "Ivo Dansk")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two offices: two people
        "President Ivo Dansk and Vice President Ana Voss spoke. The president and vice "
        "president said the deal was bad.",
        # the second description names another person
        "Republican presidential candidate Ivo Dansk and Senator Ana Voss spoke. The "
        "candidate and senator said the deal was bad.",
        # a person the article never named: a state's secretary of state is not the one
        # the knowledge base lists
        "Voters went to the polls on Monday. The secretary of state and 2014 candidate for "
        "Senate, a longtime supporter of Ana Voss, said the count was fair.",
        # an article of its own: two people
        "Republican presidential candidate Ivo Dansk and Ana Voss spoke. The candidate and "
        "the senator said the deal was bad.",
    ],
)
def test_two_descriptions_of_two_people_name_no_one(text: str) -> None:
    assert [name for _, name in _speakers(text)] == [None]
