"""A name that is also a modal is a name before a verb no modal can govern (fifty-first
session).

The parser reads a capitalised "May" or "Will" before a verb as the modal: in "'...,' May
said" the verb is left with no subject, so a quotation of Theresa May's had no speaker, and
on PolNeAR train all eight of George Will's statements in a column about him had none or
another's ("Mr. Will wrote" would have been "Mr."). A modal governs a bare verb ("May I ask",
"Will you go"); before a verb in the past, the present of the third person, or a participle
after "has", the word is a name (``nlp._modal_names``). Fiction only.
"""

from __future__ import annotations

import pytest

from onrecord.nlp import load_pipeline
from onrecord.pipeline import extract


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None)
        for q in extract(text).quotes
    ]


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Belvania's foreign minister, Lena May, met her Ostravan counterpart in Tarsk on "
            'Monday.\n\n"We will not leave without a deal," May said after the talks.',
            ("May", "Lena May"),
        ),
        (
            "The Belvanian columnist Oskar Will has turned on the government.\n\n"
            '"The crossing must reopen before the harvest," Will wrote on Sunday.',
            ("Will", "Oskar Will"),
        ),
    ],
)
def test_a_modal_before_a_past_verb_is_a_name(text: str, speaker: tuple[str, str]) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text,name,dep",
    [
        ('"The crossing must reopen," Mr. Will wrote.', "Will", "nsubj"),
        ("May has repeatedly said she would stay.", "May", "nsubj"),
        ("The columnist Karl Will has turned on the government.", "Will", "appos"),
    ],
)
def test_the_name_is_its_verbs_subject(text: str, name: str, dep: str) -> None:
    doc = load_pipeline()(text)
    tok = next(t for t in doc if t.text == name)
    assert (tok.pos_, tok.dep_) == ("PROPN", dep)


@pytest.mark.parametrize(
    "text",
    [
        "The talks will have ended by then, and the deal may be signed on Friday.",
        '"Will you go to Tarsk?" she asked.',
        '"May I ask why?" she asked.',
    ],
)
def test_a_modal_stays_a_modal(text: str) -> None:
    doc = load_pipeline()(text)
    assert all(t.tag_ == "MD" for t in doc if t.lower_ in {"will", "may"})
