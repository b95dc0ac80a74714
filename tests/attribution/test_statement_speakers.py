"""A statement speaks for whoever issued it (issue 15, twenty-ninth session).

"A statement from the ministry said ...", "..., a military statement said.", "The council
issued a statement. It said ...": the words of official statements, the diplomatic tracker's
daily material, had no record at all, because "statement" was on the list of words that are
never a speaker. A statement is the speaker's mention now, and the one who issued it, when
the text says so, is whom the mention stands for. Fiction only: Belvania, Lorvik, Sarnia and
their people.
"""

from __future__ import annotations

import pytest

from onrecord import extract
from tests.attribution.conftest import ref, seg, spk


@pytest.mark.parametrize(
    "text,mention,issuer,content",
    [
        (
            "The Sarnian government announced a ceasefire on Friday, a statement from the "
            "Sarnian cabinet said.",
            "a statement from the Sarnian cabinet",
            "the Sarnian cabinet",
            "The Sarnian government announced a ceasefire on Friday",
        ),
        (
            "A statement from the Belvanian foreign ministry said the talks would resume.",
            "A statement from the Belvanian foreign ministry",
            "the Belvanian foreign ministry",
            "the talks would resume",
        ),
        (
            "A statement released by the Lorvik council said the bridge would reopen.",
            "A statement released by the Lorvik council",
            "the Lorvik council",
            "the bridge would reopen",
        ),
        (
            "The Belvanian ministry’s statement said the talks would resume.",
            "The Belvanian ministry’s statement",
            "The Belvanian ministry",
            "the talks would resume",
        ),
    ],
)
def test_a_statement_whose_phrase_names_its_maker(
    attribute, text, mention, issuer, content
) -> None:  # type: ignore[no-untyped-def]
    found = attribute(text)
    assert [(spk(text, a), ref(text, a), seg(text, a)) for a in found if a.kind != "direct"][0] == (
        mention,
        issuer,
        [content],
    )


def test_a_statement_with_no_maker_is_still_a_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Officials in Vesna imposed a curfew on the port starting Saturday, a military statement said."
    found = attribute(text)
    assert [(spk(text, a), ref(text, a), seg(text, a)) for a in found] == [
        (
            "a military statement",
            "a military statement",
            ["Officials in Vesna imposed a curfew on the port starting Saturday"],
        )
    ]


def test_a_quotation_framed_by_a_statement_from_someone(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "“We will return to the table,” said a statement from the Lorvik council."
    found = attribute(text)
    assert [(a.kind, spk(text, a), ref(text, a)) for a in found] == [
        ("direct", "a statement from the Lorvik council", "the Lorvik council")
    ]


@pytest.mark.parametrize(
    "text,issuer",
    [
        # "it" is the statement or its issuer: one voice either way
        (
            "The Lorvik council issued a statement on Monday. It said the bridge would reopen.",
            "The Lorvik council",
        ),
        # given, provided or made, as well as issued
        (
            "Teo Marr provided a written statement to the paper.\n\n"
            "“I regret the delay,” the statement said.",
            "Teo Marr",
        ),
        # a statement issued by someone, named by its maker
        (
            "A statement issued by the Lorvik council was brief. The statement said the bridge "
            "would reopen.",
            "the Lorvik council",
        ),
    ],
)
def test_the_statement_stands_for_the_one_named_issuing_it(attribute, text, issuer) -> None:  # type: ignore[no-untyped-def]
    found = attribute(text)
    last = found[-1]
    assert (spk(text, last).lower() if spk(text, last) else None, ref(text, last)) in {
        ("it", issuer),
        ("the statement", issuer),
    }


def test_the_statement_after_a_reported_reply_is_that_speakers(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Belvanian embassy on Tuesday responded that it had moved to larger offices. "
        "“The rent is paid in full,” the statement said."
    )
    found = attribute(text)
    assert [(a.kind, spk(text, a), ref(text, a)) for a in found][-1] == (
        "direct",
        "the statement",
        "The Belvanian embassy",
    )


@pytest.mark.parametrize(
    "text,owner",
    [
        (
            "In her statement condemning the test, Ana Voss defended her record.",
            "Ana Voss",
        ),
        (
            "Teo Marr said the border was closed. His statement also said the talks would resume.",
            "Teo Marr",
        ),
    ],
)
def test_a_statement_owned_by_a_pronoun(attribute, text, owner) -> None:  # type: ignore[no-untyped-def]
    found = attribute(text)
    owned = [a for a in found if spk(text, a) and spk(text, a).lower().endswith("statement")]
    assert [ref(text, a) for a in owned] == [owner]


@pytest.mark.parametrize(
    "text,mention",
    [
        # a date owns nothing
        ("Monday’s statement said the talks would resume.", "Monday’s statement"),
        # no statement, no speaker before it: the statement alone
        ("The statement said the talks would resume.", "The statement"),
    ],
)
def test_a_statement_nobody_is_named_for_stands_for_itself(attribute, text, mention) -> None:  # type: ignore[no-untyped-def]
    found = attribute(text)
    assert [(spk(text, a), ref(text, a)) for a in found] == [(mention, mention)]


def test_the_issuer_reaches_the_record_as_the_speakers_actor() -> None:
    text = (
        "Talks in Ostrava\n\nBy Ana Weiss\n\n"
        "A statement from the Belvanian foreign ministry said the talks would resume on Friday.\n"
    )
    rec = extract(text)
    [q] = rec.quotes
    assert q.speaker is not None
    assert q.speaker.text == "A statement from the Belvanian foreign ministry"
    assert q.speaker.name is not None and "ministry" in q.speaker.name.lower()


@pytest.mark.parametrize(
    "where",
    [
        "In a statement",
        # (the agency carrying the statement was a body named since the ministry: "it" was
        # in doubt and the statement had no record)
        "In a statement carried by the state news agency Belpress",
    ],
)
def test_in_a_statement_it_said_is_the_body_named_before(where: str) -> None:
    # ("In a statement" had made "it" stand for no one: the statement, a thing named since
    # the ministry, left which one "it" was in doubt)
    text = (
        f"Sarnia's defence ministry rejected the warning. {where}, it said the drills "
        "would go ahead as planned.\n"
    )
    said = next(q for q in extract(text).quotes if q.text.startswith("the drills"))
    assert said.speaker is not None and said.speaker.text == "it"
    assert said.speaker.name == "Sarnia's defence ministry"


def test_a_readout_speaks_for_the_office_that_issued_it(attribute) -> None:  # type: ignore[no-untyped-def]
    """A call's readout named again ("The readout said ...") had no speaker: "readout" was no
    published thing whose issuer speaks, as "statement" and "communique" are."""
    text = (
        "According to a readout from the Sarnian presidency, President Ivo Dalen spoke by "
        "phone with the Belvanian prime minister.\n\n"
        "The readout said both leaders “stressed the importance of dialogue.”"
    )
    found = attribute(text)
    assert [(spk(text, a), ref(text, a)) for a in found][-1] == (
        "The readout",
        "the Sarnian presidency",
    )
