"""Appeals and purposes (issue 15, forty-seventh session). "Marsh urged the council to
reject the plan" is Marsh's appeal; the council has rejected nothing, so no statement of the
council's is made of "reject". "Led the council to reject" and "forced the envoy to admit"
differ: there the object did act. And a thing is no one to act: "crossed party lines to vote
for Voss" is a vote of the clause's subject, not of "party lines". On PolNeAR train such
readings had given statements to Yanukovych (pressed by Manafort to sign), to "fellow Senate
Democrats" (pushed by Sanders to reject a deal) and to "party lines". The text is fiction."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord.attribution import Attribution
from tests.attribution.conftest import seg, spk


def _statements(text: str, atts: list[Attribution]) -> list[tuple[str | None, str]]:
    return [(spk(text, a), " ".join(seg(text, a))) for a in atts]


@pytest.mark.parametrize(
    ("text", "speaker", "appeal"),
    [
        (
            "Mr. Kanev urged the council to reject the plan.",
            "Mr. Kanev",
            "the council to reject the plan",
        ),
        (
            "Senator Lena Marsh is pushing fellow senators to reject the debt deal.",
            "Senator Lena Marsh",
            "fellow senators to reject the debt deal",
        ),
        (
            "Mr. Orlov pressed Mr. Kanev to condemn the strike on the depot.",
            "Mr. Orlov",
            "Mr. Kanev to condemn the strike on the depot",
        ),
        (
            "The governors pressured the ministry to deny the report.",
            "The governors",
            "the ministry to deny the report",
        ),
    ],
)
def test_an_appeal_is_its_makers_statement_only(
    attribute: Callable[[str], list[Attribution]], text: str, speaker: str, appeal: str
) -> None:
    found = _statements(text, attribute(text))
    assert (speaker, appeal) in found
    # the one appealed to has said nothing
    assert [s for s, _ in found] == [speaker]


def test_one_urged_in_the_passive_says_nothing(
    attribute: Callable[[str], list[Attribution]],
) -> None:
    text = "The council was urged to reject the plan before the vote."
    assert _statements(text, attribute(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the object of a causative did act
        ("The leaked memo led Senator Marsh to denounce the treaty.", "Senator Marsh"),
        ("The vote forced the ministry to admit the error.", "the ministry"),
    ],
)
def test_one_made_to_act_speaks(
    attribute: Callable[[str], list[Attribution]], text: str, speaker: str
) -> None:
    assert speaker in [s for s, _ in _statements(text, attribute(text))]


def test_a_thing_in_the_object_is_no_speaker(
    attribute: Callable[[str], list[Attribution]],
) -> None:
    text = (
        "Arlen Voss, a Castelbrun shipowner, crossed party lines to endorse Mayor Ilse Renn "
        "in the spring primary."
    )
    speakers = [s for s, _ in _statements(text, attribute(text))]
    assert "party lines" not in speakers
