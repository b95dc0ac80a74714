"""A pull quote is whoever said the words first (issue 15, thirty-second session), or whoever
signs it (fiftieth session).

Web pages repeat a striking quotation set apart in the middle of the story. Standing alone,
it was read as the next words of the last speaker: Belvania's foreign minister's threat went
to the Ostravan trade minister who had just rejected it. Some pages print the quotation
before the story reaches it, signed on its last line inside the marks
(``"We cannot ... forever. ¶ Ana Voss, foreign minister."``): that line was read as nothing,
and the quotation went to whoever spoke in the paragraph before. Fiction only.
"""

from __future__ import annotations

import pytest

from tests.attribution.conftest import ref, seg, spk


def test_a_quotation_printed_again_is_its_first_speakers(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“This is a hostile act, and it will not go unanswered,” Foreign Minister Ana Voss "
        "told reporters.\n\n"
        "Ostrava's trade minister, Henrik Sol, rejected the charge. The closure was “a "
        "routine safety measure,” he said.\n\n"
        "“This is a hostile act, and it will not go unanswered.”\n\n"
        "The dispute has unsettled shipping firms."
    )
    found = [a for a in attribute(text) if a.kind == "direct"]
    assert [ref(text, a) for a in found] == ["Foreign Minister Ana Voss"] * 2


_SIGNED = (
    "Belvania's parliament voted on Tuesday to reopen the northern crossing.\n\n"
    '"We cannot keep a border shut against our own families forever.\n'
    '{signature}"\n\n'
    "Opposition leader Teodor Marek said the decision was rushed.\n\n"
    '"We cannot keep a border shut against our own families forever, and nobody in Lorvik '
    'expects us to," Voss told reporters after the vote.'
)


@pytest.mark.parametrize(
    "signature,speaker",
    [
        ("Ana Voss, Belvanian foreign minister.", "Ana Voss, Belvanian foreign minister"),
        ("Ana Voss.", "Ana Voss"),
        ("Former foreign minister Ana Voss.", "Former foreign minister Ana Voss"),
    ],
)
def test_the_line_that_closes_a_pull_quote_signs_it(attribute, signature, speaker) -> None:  # type: ignore[no-untyped-def]
    text = _SIGNED.format(signature=signature)
    pull = next(a for a in attribute(text) if a.kind == "direct")
    assert seg(text, pull) == ["We cannot keep a border shut against our own families forever."]
    assert spk(text, pull) == speaker


@pytest.mark.parametrize(
    "signature",
    [
        "She said it twice.",  # a sentence, not a name
        "the minister.",  # no name
    ],
)
def test_a_line_that_is_no_name_signs_no_pull_quote(attribute, signature) -> None:  # type: ignore[no-untyped-def]
    text = _SIGNED.format(signature=signature)
    pull = next(a for a in attribute(text) if a.kind == "direct")
    assert spk(text, pull) != "Ana Voss"
    assert not (spk(text, pull) or "").startswith(signature.rstrip("."))


def test_a_name_after_a_blank_line_still_signs_a_pull_quote(attribute) -> None:  # type: ignore[no-untyped-def]
    """A web page's line break inside the quotation ("...forever.<br>Ana Voss, ...") reaches
    onrecord as a blank line: the closing mark after the name still signs it."""
    text = _SIGNED.format(signature="\nAna Voss, Belvanian foreign minister.")
    pull = next(a for a in attribute(text) if a.kind == "direct")
    assert spk(text, pull) == "Ana Voss, Belvanian foreign minister"


def test_a_name_two_blank_lines_below_signs_no_pull_quote(attribute) -> None:  # type: ignore[no-untyped-def]
    text = _SIGNED.format(signature="\n\nAna Voss.")
    pull = next(a for a in attribute(text) if a.kind == "direct")
    assert spk(text, pull) != "Ana Voss"


def test_a_pull_quote_on_a_web_page_is_its_signers() -> None:
    """The same pull quote as a page prints it, set in a blockquote with a line break before
    the name (fiftieth session)."""
    from onrecord.ingest.html import html_article
    from onrecord.pipeline import extract

    html = (
        "<html><head><title>Lorvik votes to reopen the crossing</title></head><body><article>"
        "<h1>Lorvik votes to reopen the crossing</h1>"
        "<p>Belvania's parliament voted on Tuesday to reopen the northern crossing after a "
        "year of closure.</p>"
        '<blockquote><p>"The crossing is our lifeline.<br>Ana Voss, Belvanian foreign '
        'minister."</p></blockquote>'
        "<p>The vote followed weeks of talks with Lorvik. Opposition leader Teodor Marek said "
        "the decision was rushed.</p></article></body></html>"
    )
    page = html_article(html, "page.html")
    record = extract(page.text)
    pull = next(q for q in record.quotes if q.text.startswith("The crossing"))
    assert pull.speaker is not None and pull.speaker.name == "Ana Voss"
