"""A senator or a governor named with a US state is the one the article placed there.

"The Florida senator" had resolved to no one (it is not the knowledge base's national office,
and the article's "Senator Rada Keel of Florida" carried no state in her title), and "Sen.",
"Gov." and "Rep." before a name, read as honorifics, gave no office at all.
"""

from __future__ import annotations

import pytest

from onrecord.actors.resolver import ArticleActors
from onrecord.nlp import load_pipeline


def _resolve(text: str, mention: str) -> str | None:
    doc = load_pipeline()(text)
    actors = ArticleActors(doc, published="2016-03-02")
    i = text.rfind(mention)
    found = actors.resolve_span(i, i + len(mention))
    return actors.name_of(found) if found else None


@pytest.mark.parametrize(
    ("introduction", "description"),
    [
        ("Senator Rada Keel of Florida spoke on Monday.", "The Florida senator"),
        ("Sen. Rada Keel (D-Vt.) spoke on Monday.", "The Vermont senator"),
        ("Sen. Rada Keel, R-Texas, spoke on Monday.", "The Texas senator"),
        ("Ohio Gov. Rada Keel spoke on Monday.", "The Ohio governor"),
    ],
)
def test_the_state_office_is_the_person_the_article_placed_there(
    introduction: str, description: str
) -> None:
    text = f"{introduction} {description} said the vote would be close."
    assert _resolve(text, description) == "Rada Keel"


def test_a_senator_never_placed_in_the_state_is_not_its_senator() -> None:
    text = "Sen. Rada Keel, R-Texas, spoke on Monday. The Florida senator said nothing."
    assert _resolve(text, "The Florida senator") != "Rada Keel"


def test_a_former_governor_is_not_the_governor() -> None:
    text = "Former Florida Gov. Rada Keel spoke on Monday. The governor said nothing."
    assert _resolve(text, "The governor") != "Rada Keel"
