"""A bare surname shared by two people in one article means the one mentioned most."""

from __future__ import annotations

from onrecord.actors import ArticleActors
from onrecord.nlp import load_pipeline


def test_bare_surname_goes_to_the_articles_principal() -> None:
    text = (
        "Foreign Minister Ana Voss arrived in Sarn on Monday, and Minister Voss met the mayor. "
        "The talks were useful, Minister Voss said. Her brother, Teo Voss, a farmer, watched "
        "from the quay. The visit ended when Voss left for the capital."
    )
    doc = load_pipeline()(text)
    actors = ArticleActors(doc)
    last = text.rindex("Voss left")
    assert actors.name_of(actors.resolve_span(last, last + 4)) == "Ana Voss"
