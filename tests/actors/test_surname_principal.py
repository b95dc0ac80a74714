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


def test_a_surname_with_its_particle_is_the_person_named_in_full() -> None:
    """ "de Blasio tweeted" after "Mayor Bill de Blasio" (PolNeAR train) was an organisation
    called "de Blasio": the tagger left the second mention untagged, and the surname's
    particle, written small, kept it out of the names (fifty-second session)."""
    text = (
        "Mayor Ivo de Marra of Tarsk intervened on Monday. If the council would meet on "
        'Friday, de Marra wrote, "I will find you a hall myself."'
    )
    doc = load_pipeline()(text)
    actors = ArticleActors(doc)
    second = text.rindex("de Marra")
    assert actors.name_of(actors.resolve_span(second, second + len("de Marra"))) == "Ivo de Marra"
