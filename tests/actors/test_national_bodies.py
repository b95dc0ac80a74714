"""National services, parliaments and parties the news names without a country word.

Before, "the FBI", "the GOP" or "Mossad" were organisations with no country (the FBI had been
the 16th commonest actor without one on 400 PolNeAR train articles, the GOP the first).
"""

from __future__ import annotations

import pytest

from onrecord import extract


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    rec = extract(text, published="2024-05-02")
    return {a.name: (a.kind, a.country) for a in rec.actors}


@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        ("The FBI said on Tuesday that it had opened an inquiry.", "FBI", "USA"),
        ("The GOP accused the Ostravan envoy of lying.", "Republican Party", "USA"),
        ("The Justice Department sued the company.", "Justice Department", "USA"),
        ("Mossad declined to comment on the report.", "Mossad", "ISR"),
        ("The Revolutionary Guards fired missiles at a tanker.", "Revolutionary Guards", "IRN"),
        ("The Bundestag approved the budget on Friday.", "Bundestag", "DEU"),
        ("The FSB said it had detained two men.", "FSB", "RUS"),
    ],
)
def test_a_national_body_is_its_countrys(sentence: str, name: str, code: str) -> None:
    actors = _actors(sentence)
    assert actors.get(name) == ("organization", code), actors


def test_a_name_a_body_shares_with_people_stays_a_persons() -> None:
    # (the Ukrainian parliament is not known by "Rada" alone, a given name too)
    actors = _actors("Defence Minister Rada Keel said the drills were over.")
    assert actors.get("Rada Keel", ("", None))[0] == "person"
    assert "Verkhovna Rada" not in actors
