"""A newspaper piece named before speaks for its outlet, and "it" after a record stands for
whoever made the record.

"Twenty years ago, a Herald article hailed Voss ... “...,” the article read.": "the article"
was never a speaker (it could be the writer's own), so the quotation had no one; it is the
piece named just before now, and the outlet that ran it speaks. "“...,” it added." after it,
after "the letter read" or after "A statement from the embassy said" is the piece's outlet,
the letter's sender, the embassy; "“...,” it reads." opening a paragraph after one about a cable is
the cable's sender, and the "it" of each quotation after it the same cable's. Fiction only.
"""

from __future__ import annotations

from onrecord import extract


def _speakers(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None, q.text)
        for q in extract(text).quotes
    ]


def test_the_article_named_before_speaks_for_its_outlet() -> None:
    text = (
        "Twenty years ago, a Herald article praised Ana Voss for her work in Lesk.\n\n"
        "“Leaders in Lesk honored Ana Voss yesterday for a remarkable recovery,” the article "
        "read.\n\n"
        "“Voss has erased much of her debt,” it added.\n"
    )
    quotes = _speakers(text)
    read = next(q for q in quotes if q[2].startswith("Leaders in Lesk"))
    added = next(q for q in quotes if q[2].startswith("Voss has erased"))
    assert read[:2] == ("the article", "Herald")
    assert added[:2] == ("it", "Herald")


def test_a_story_in_an_outlet_named_before() -> None:
    text = (
        "A 1998 story in the Lesk Courier described the flood.\n\n"
        "“The river rose six metres in one night,” the story said.\n"
    )
    (quote,) = [q for q in _speakers(text) if q[2].startswith("The river")]
    assert quote[:2] == ("the story", "Lesk Courier")


def test_the_story_with_no_outlet_named_is_no_speaker() -> None:
    # ("the story" may be the writer's own)
    text = "The story was updated on Friday.\n\n“We will not move,” the story said.\n"
    assert all(q[0] != "the story" for q in _speakers(text))


def test_it_after_the_letter_read_is_the_sender() -> None:
    text = (
        "The Belvanian ministry sent a letter to the council on Monday.\n\n"
        "“The ministry will review every permit,” the letter read.\n\n"
        "“We expect answers by Friday,” it added.\n"
    )
    quotes = _speakers(text)
    assert [q[:2] for q in quotes] == [
        ("the letter", "Belvanian ministry"),
        ("it", "Belvanian ministry"),
    ]


def test_it_after_a_statement_from_a_body_is_that_body() -> None:
    text = "A statement from the Sarnian embassy called the vote illegal. “It is void,” it said.\n"
    quotes = _speakers(text)
    void = next(q for q in quotes if q[2].startswith("It is void"))
    assert void[:2] == ("it", "Sarnian embassy")


def test_it_reads_after_a_paragraph_about_a_cable_is_its_sender_and_goes_on() -> None:
    # the cable is named two sentences before, in the paragraph before the first quotation,
    # and sent "by" its writer; each "it read" after another speaks for the same cable
    text = (
        "Cable shows envoy was warned\n\nBy Ana Weiss\n\n"
        "The cable, released by a Lesk watchdog, was sent at 7:19 p.m. by Deputy Foreign "
        "Minister Ivo Dalen, three hours after the first attack. Two guards were hurt at the "
        "gate.\n\n"
        "\u201cI just tried you on the phone but you were in with the minister,\u201d it reads.\n\n"
        "\u201cAfter consulting the general staff, we have found the units that could move,"
        "\u201d it said.\n\n"
        "\u201cAssuming the ministers agree, we will ask the port to approve,\u201d it read.\n"
    )
    assert [name for _, name, _ in _speakers(text)] == ["Ivo Dalen"] * 3
    unsent = text.replace(
        "was sent at 7:19 p.m. by Deputy Foreign Minister Ivo Dalen", "was sent at 7:19 p.m."
    )
    assert [(mention, name) for mention, name, _ in _speakers(unsent)] == [("it", None)] * 3


def test_the_it_that_speaks_is_the_mention_and_its_sender_the_name() -> None:
    # (sixty-first session) the sender had replaced the "it" as the mention, a phrase
    # sentences away from the words; the mention is the "it" of the frame, as for a "he"
    text = (
        "The Lesk staff association sent a letter to the board on Monday.\n\n"
        "“We have accepted decades of closed deals,” it said. “This must change.”\n"
    )
    assert [q[:2] for q in _speakers(text)] == [("it", "Lesk staff association")]
    text = (
        "Deputy Foreign Minister Ivo Dalen sent an email to the embassy on Monday. “We have "
        "found the units that could move,” it reads.\n"
    )
    assert [q[:2] for q in _speakers(text)] == [("it", "Ivo Dalen")]
