"""The writer's own statements: "I" and "we" outside a quotation speak for the writer, as
PolNeAR marks them ("“...,” I confessed", "We asked our readers what ..."). Inside a
quotation, a transcript's or an interview's turn, or a headline, they are the quoted
speaker's, and where anyone else frames a quotation, that one speaks. The writer's "I" is the
person the article's one byline names, when it has one."""

from __future__ import annotations

import pytest

from onrecord.pipeline import ArticleInput, Extractor
from tests.attribution.conftest import seg, spk


def _speaker_of(attribute, text: str, words: str) -> str | None:  # type: ignore[no-untyped-def]
    found = [a for a in attribute(text) if words in " ".join(seg(text, a))]
    assert found, f"no statement holds {words!r}"
    return spk(text, found[0])


def test_a_quotation_the_writer_frames_is_the_writers(attribute) -> None:  # type: ignore[no-untyped-def]
    # before, it went to the last person named ("a federal judge")
    text = (
        "I told the host that the state tried to put me away, but a federal judge refused "
        "to let them. “This is a big political win for me,” I confessed. And the system worked."
    )
    assert _speaker_of(attribute, text, "big political win") == "I"


def test_what_the_writers_say_they_asked_is_theirs(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "We asked our readers whether the Sarn port should reopen. Most said it should."
    assert _speaker_of(attribute, text, "the Sarn port should reopen") == "We"


def test_anyone_else_in_the_frame_speaks_before_the_writer(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "No wonder Ana Voss said, and I quote, “We love the port.” Her rivals laughed."
    assert _speaker_of(attribute, text, "We love the port") == "Ana Voss"


def test_i_inside_a_quotation_is_the_quoted_speakers(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "“I think the port will open in May,” Voss said on Monday."
    found = attribute(text)
    assert all(spk(text, a) != "I" for a in found)
    assert _speaker_of(attribute, text, "the port will open") == "Voss"


def test_i_in_a_headline_is_not_the_writer(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Voss: ‘I Am Sick Of Men Telling Us What To Do.’\n\n"
        "“The plan is dangerous, and I think it opened a debate,” she said.\n\n"
        "Voss spoke in Sarn on Monday.\n"
    )
    assert all(spk(text, a) not in ("I", "Us") for a in attribute(text))


@pytest.mark.parametrize(
    ("byline", "writer"),
    [
        ("By Ana Weiss", "Ana Weiss"),
        ("By ANA WEISS, Sarn Herald", "Ana Weiss"),
        # two writers, or none: whose "I" it is, is unknown
        ("By Ana Weiss and Teo Marr", None),
        ("The port reopened on Monday.", None),
    ],
)
def test_the_writers_i_is_the_person_the_byline_names(byline: str, writer: str | None) -> None:
    text = f"Talks in Sarn\n\n{byline}\n\n“This is a big political win for me,” I confessed.\n"
    rec = next(Extractor().extract_many([ArticleInput(text=text)]))
    (q,) = rec.quotes
    assert q.speaker is not None and q.speaker.text == "I"
    assert q.speaker.name == writer


def test_three_writers_name_no_one() -> None:
    text = (
        "Talks in Sarn\n\nBy Ana Weiss, Teo Marr and Ivo Dalen\n\n"
        "“This is a big political win for me,” I confessed.\n"
    )
    rec = next(Extractor().extract_many([ArticleInput(text=text)]))
    (q,) = rec.quotes
    assert q.speaker is not None and q.speaker.name is None
