"""A country's group goes by its most general mention, not by its first.

A country's unnamed groups of one kind are one actor ("U.S. officials", "an American
official"), which had kept the name of the first mention. Seen on real news (issue 55): the
statements of "German police" were listed under "Cologne police", and "about a third of
Democratic voters" under "Virginia Democratic primary voters".

The people, states and quotations below are fictional.
"""

from __future__ import annotations

from tests.actors.conftest import fiction_record


def test_a_group_first_met_by_its_city_takes_its_countrys_name() -> None:
    rec = fiction_record(
        "“Three men were arrested at the harbour,” Port Amber police said on Monday. "
        "Belvanian police said the arrests were part of a wider inquiry into smuggling."
    )
    police = [a for a in rec.actors if "police" in a.name.lower()]
    assert [(a.name, a.country) for a in police] == [("Belvanian police", "XBV")]
    assert "Port Amber police" in police[0].aliases  # the first name stays an alias
    # the statement made before the general mention carries the group's final name
    speakers = {q.speaker.text: q.speaker.name for q in rec.quotes if q.speaker}
    assert speakers["Port Amber police"] == "Belvanian police"


def test_a_party_group_is_named_by_the_party_and_its_head() -> None:
    rec = fiction_record(
        "Ohio Democratic primary voters backed Mara Quill on Tuesday, and Republican "
        "primary voters backed Ivo Dant. About a third of Democratic voters said they "
        "would prefer a candidate from outside Congress.",
        "2016-03-02",
    )
    groups = [a for a in rec.actors if a.kind == "group" and "Democratic" in a.name]
    assert [a.name for a in groups] == ["Democratic voters"]


def test_without_the_countrys_own_words_the_fewest_words_name_the_group() -> None:
    rec = fiction_record(
        "Lorvik airport security officials said on Monday that the terminal would stay "
        "closed. Belvanian security officials later said it would reopen on Friday."
    )
    officials = [a for a in rec.actors if a.kind == "group" and a.country == "XBV"]
    assert [a.name for a in officials] == ["Belvanian security officials"]


def test_a_bare_head_never_names_the_group() -> None:
    # ("leaders" had taken over from "business leaders", "group" from "pro-Clinton group":
    # a mention that names neither the country nor a party never becomes the name)
    rec = fiction_record(
        "Port Amber dock police said on Monday that three men had been arrested. In Lorvik, "
        "police said on Tuesday that the men had been held overnight. Belvanian harbour "
        "police later said they had been released."
    )
    police = [a for a in rec.actors if "police" in a.name.lower()]
    assert [(a.name, a.country) for a in police] == [("Belvanian harbour police", "XBV")]
    assert set(police[0].aliases) == {"police", "Port Amber dock police"}
