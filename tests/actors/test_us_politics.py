"""The people of the United States' parties and Congress are American.

A group or a titled person the knowledge base lacks takes the nearest country its sentence
names. In American news that had made "Several Republican leaders" Burkinabe, "House ethics
investigators" Azerbaijani and the House Minority Leader Russian, whenever the sentence named
another country. And as a country's groups of one kind are one actor, "Republican voters"
and "Democratic voters" of one article became one actor once both were American.

The people, states and quotations below are fictional.
"""

from __future__ import annotations

import pytest

from tests.actors.conftest import fiction_record

_US_STORY = (
    "Republicans and Democrats in Congress traded blame on Monday. "
    "House Minority Leader Mara Quill said Belvanian services had targeted Democrats. "
    "Several Republican leaders said Belvania was to blame, and House ethics investigators "
    "said a trip to Lorvik had been paid for by a Belvanian oil company."
)


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    rec = fiction_record(text, "2016-08-17")
    return {a.name: (a.kind, a.country) for a in rec.actors}


def test_party_and_congress_people_in_american_politics_are_american() -> None:
    actors = _actors(_US_STORY)
    assert actors["Mara Quill"] == ("person", "USA")
    assert actors["Republican leaders"] == ("group", "USA")
    assert actors["House ethics investigators"] == ("group", "USA")


def test_one_partys_group_is_not_the_others() -> None:
    rec = fiction_record(
        "Republican voters in Ohio backed the governor, officials said. Democratic voters in "
        "Iowa said they preferred the senator.",
        "2016-03-02",
    )
    groups = {a.name: a for a in rec.actors if a.kind == "group"}
    republican = next(a for name, a in groups.items() if name.startswith("Republican voters"))
    democratic = next(a for name, a in groups.items() if name.startswith("Democratic voters"))
    assert republican.id != democratic.id
    assert "Democratic voters" not in republican.aliases


@pytest.mark.parametrize(
    "text",
    [
        # another country's parties: "Social Democrats" is no American party
        "The Social Democrats and the Republicans formed a coalition. In Belvania, several "
        "Republican leaders criticised the deal.",
        # "Democratic" in a country's name
        "Republicans welcomed a peace deal with the Democratic Republic of Ostrava. In "
        "Belvania, several Republican leaders criticised the deal.",
    ],
)
def test_republicans_elsewhere_keep_their_own_country(text: str) -> None:
    assert _actors(text)["Republican leaders"] == ("group", "XBV")


def test_a_partys_aide_keeps_the_party_in_the_name() -> None:
    rec = fiction_record(
        "Republicans and Democrats on the committee argued. A Democratic aide said the "
        "testimony was consistent. A Republican committee aide said the statement was false.",
        "2016-02-19",
    )
    speakers = [q.speaker for q in rec.quotes if q.speaker is not None]
    names = {m.text: m.name for m in speakers}
    assert names == {
        "A Democratic aide": "Democratic aide",
        "A Republican committee aide": "Republican committee aide",
    }
    assert len({m.actor for m in speakers}) == 2


def test_a_letter_and_a_capital_after_a_comma_is_no_party_and_state() -> None:
    # ", D-Day" reads like ", D-N.Y.": only a US state's name or abbreviation makes it one
    text = (
        "Belvanian veterans marked the landing in Lorvik, D-Day survivors said. In Lorvik, "
        "House leaders promised Belvanian veterans new pensions."
    )
    assert _actors(text)["House leaders"] == ("group", "XBV")
