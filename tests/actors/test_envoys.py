"""A state's envoy to a body speaks for the state, not the body.

"The UN ambassador" in news is a state's ambassador to the United Nations; "the UN envoy" or
"the UN Secretary-General" work for the United Nations. Fiction: Belvania (XBV) and Ostrava
(XOS) are the fictional states of ``data/fiction.yaml``; the people are invented.
"""

from __future__ import annotations

from onrecord.pipeline import ArticleInput, Extractor
from tests.actors.test_resolver import resolve


def test_ambassador_to_a_body_in_apposition_is_the_named_person(article) -> None:  # type: ignore[no-untyped-def]
    text = "Belvania's ambassador to the UN, Tomas Vellin, said the council had to act."
    actor = resolve(article(text, "2024-03-01"), text, "Tomas Vellin")
    assert (actor.name, actor.country) == ("Tomas Vellin", "XBV")
    assert actor.titles == ["Ambassador to the UN"]


def test_possessor_state_is_the_envoys_country_not_the_body(article) -> None:  # type: ignore[no-untyped-def]
    text = "Belvania's NATO ambassador, Ilse Marr, said the alliance stood united."
    actor = resolve(article(text, "2024-03-01"), text, "Ilse Marr")
    assert actor.country == "XBV"


def test_body_named_alone_is_where_the_ambassador_serves_not_whom_for(article) -> None:  # type: ignore[no-untyped-def]
    # Nothing says which state sent him: no country rather than the United Nations, and not
    # the country the sentence happens to name either.
    text = "Former UN Ambassador Karel Dorn said on Tuesday that Belvania had broken the truce."
    actor = resolve(article(text, "2024-03-01"), text, "Karel Dorn")
    assert actor.country is None


def test_the_bodys_own_envoy_works_for_the_body(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "UN envoy Rosa Kallen told reporters the talks between Belvania and Ostrava would resume."
    )
    actor = resolve(article(text, "2024-03-01"), text, "Rosa Kallen")
    assert actor.country == "UNO"


def test_a_former_office_holder_is_not_todays_holder_of_that_office(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Former UN Ambassador Karel Dorn spoke first. "
        "The Belvanian ambassador said the council had to act."
    )
    actor = resolve(article(text, "2024-03-01"), text, "The Belvanian ambassador")
    assert actor.name != "Karel Dorn"


def test_statement_by_ambassador_to_a_body_names_the_ambassador() -> None:
    from onrecord.actors import load_kb
    from tests.actors.conftest import DATA

    text = (
        "The Belvanian ambassador to the United Nations, Tomas Vellin, said on Monday that "
        "the resolution was a test of the council's credibility."
    )
    extractor = Extractor(kb=load_kb([DATA / "fiction.yaml"]))
    record = extractor(ArticleInput(text=text, published="2024-03-01"))
    (quote,) = record.quotes
    actor = next(a for a in record.actors if a.id == quote.speaker.actor)
    assert quote.speaker.name == "Tomas Vellin"
    assert quote.speaker.text == "The Belvanian ambassador to the United Nations, Tomas Vellin"
    assert actor.country == "XBV"


def test_spokesman_for_a_body_in_apposition_is_the_named_person() -> None:
    from onrecord.actors import load_kb
    from tests.actors.conftest import DATA

    text = (
        "The spokesman for the Belvanian embassy in Sarn, Tomas Vellin, said the talks "
        "would resume."
    )
    extractor = Extractor(kb=load_kb([DATA / "fiction.yaml"]))
    (quote,) = extractor(ArticleInput(text=text, published="2024-03-01")).quotes
    assert quote.speaker.name == "Tomas Vellin"


def test_a_body_named_by_its_seat_is_of_that_country() -> None:
    from onrecord.actors import load_kb
    from tests.actors.conftest import DATA

    extractor = Extractor(kb=load_kb([DATA / "fiction.yaml"]))
    record = extractor(
        ArticleInput(text="The Foreign Ministry in Lorvik said the visit would go ahead.")
    )
    (quote,) = record.quotes
    actor = next(a for a in record.actors if a.id == quote.speaker.actor)
    assert quote.speaker.text == "The Foreign Ministry in Lorvik"
    assert actor.country == "XBV"
    # an embassy sits abroad: its seat is not its country
    record = extractor(ArticleInput(text="The embassy in Lorvik said the visit would go ahead."))
    (quote,) = record.quotes
    assert quote.speaker.text == "The embassy"


def test_an_envoy_posted_to_a_state_is_the_one_the_knowledge_base_posts_there(
    tmp_path, nlp, fiction_kb
) -> None:  # type: ignore[no-untyped-def]
    from onrecord.actors import ArticleActors, load_kb
    from tests.actors.conftest import DATA

    extra = tmp_path / "envoys.yaml"
    extra.write_text(
        "people:\n"
        "- name: Henrik Salo\n  country: XBV\n"
        "  titles: [{title: Ambassador to the Ostrava Republic, start: 2023-09-01}]\n"
        "- name: Lene Dorsk\n  country: XBV\n"
        "  titles: [{title: Ambassador to the Northern Lakes Council, start: 2023-09-01}]\n",
        encoding="utf-8",
    )
    kb = load_kb([DATA / "fiction.yaml", extra])
    for text, name in [
        ("Belvania's ambassador in Sarn warned his government.", "Henrik Salo"),
        ("The Belvanian ambassador to the Ostrava Republic warned his government.", "Henrik Salo"),
        # no post of Belvania's there: a description of no one in particular
        ("Belvania's ambassador to Kestria warned his government.", None),
        # (and none without a place: a state has many ambassadors)
        ("Belvania's ambassador warned his government.", None),
    ]:
        aa = ArticleActors(nlp(text), kb=kb, published="2024-06-03")
        actor = resolve(aa, text, text.split(" warned")[0])
        assert (actor.name if actor is not None and actor.kind == "person" else None) == name


def test_a_diplomat_in_a_capital_is_of_no_country_the_capital_says() -> None:
    from tests.actors.conftest import fiction_record

    for text in (
        "A diplomat in Lorvik said the ruling would sour relations.",
        'A senior diplomat in Sarn, speaking on condition of anonymity, said the visit was "more '
        'symbolism than substance".',
    ):
        record = fiction_record(text)
        (quote,) = record.quotes
        actor = next((a for a in record.actors if a.id == quote.speaker.actor), None)
        assert actor is None or actor.country is None, actor
    # a nationality the mention gives stays
    record = fiction_record("A Belvanian diplomat in Sarn said the talks had failed.")
    (quote,) = record.quotes
    actor = next(a for a in record.actors if a.id == quote.speaker.actor)
    assert actor.country == "XBV"


def test_a_name_in_apposition_to_a_description_of_one_person_is_a_person() -> None:
    from tests.actors.conftest import fiction_record

    text = (
        "Defence lawyer Benedikt Saar said he would appeal.\n\nThe defendant's wife, Marta, "
        'broke down in tears. "They promised us protection here," she said.\n'
    )
    record = fiction_record(text)
    marta = next(a for a in record.actors if a.name == "Marta")
    assert marta.kind == "person"
    assert record.quotes[-1].speaker.name == "Marta"


def test_the_representative_of_a_state_named_in_apposition_is_of_that_state() -> None:
    from tests.actors.conftest import fiction_record

    text = (
        "The representative of Belvania, Nils Tovar, said his government had accepted every "
        "ceasefire proposal.\n\nThe representative of the Ostrava Republic, Tobias Renn, said "
        "the draft was one-sided.\n"
    )
    record = fiction_record(text)
    by_name = {a.name: a for a in record.actors}
    assert by_name["Nils Tovar"].country == "XBV"
    assert by_name["Nils Tovar"].titles == ["Representative of Belvania"]
    assert by_name["Tobias Renn"].country == "XOS"
