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


def test_a_surname_alias_is_not_read_as_a_given_name_and_a_shorter_surname(tmp_path) -> None:
    """The knowledge base's "Ben Ali" of "Zine El Abidine Ben Ali" had been read as a given
    name "Ben" and a surname "Ali", and Muhammad Ali, named "Ali" alone in a sentence, became
    the Tunisian president (fifty-third session). An alias that is the last words of the
    name is the surname whole."""
    from onrecord.actors.kb import load_kb

    path = tmp_path / "leaders.yaml"
    path.write_text(
        "countries:\n- {code: XQZ, name: Quenland, demonyms: [Quenlish]}\n"
        "people:\n- {name: Oren Tal Ben Sarid, country: XQZ, aliases: [Ben Sarid],"
        " titles: [{title: President, start: 1990, end: 2020}]}\n",
        encoding="utf-8",
    )
    kb = load_kb([path])
    nlp = load_pipeline()

    def name(text: str, word: str) -> str | None:
        actors = ArticleActors(nlp(text), kb=kb)
        at = text.rindex(word)
        return actors.name_of(actors.resolve_span(at, at + len(word)))

    assert name("Boxing fans remembered Sarid as fun to be around.", "Sarid") != (
        "Oren Tal Ben Sarid"
    )
    assert name("Quenland was ruled by Ben Sarid for years.", "Ben Sarid") == ("Oren Tal Ben Sarid")


def test_the_packaged_tunisian_president_is_no_lone_ali() -> None:
    doc = load_pipeline()("Tennis great Billie Jean King remembered Ali as fun to be around.")
    names = {a.name for a in ArticleActors(doc).actors()}
    assert "Zine El Abidine Ben Ali" not in names
    assert "Billie Jean King" in names  # "Billie" is a given name of the gender list
