"""Resolution of mentions inside one article (text written for these tests)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from onrecord.actors import ArticleActors


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Character offsets of the ``nth`` occurrence of ``part`` in ``text``."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(part, i + 1)
    return i, i + len(part)


def resolve(aa: ArticleActors, text: str, part: str, nth: int = 0):  # type: ignore[no-untyped-def]
    return aa.actor_at(*span(text, part, nth))


def test_resolver_name_parts_share_one_actor(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Foreign Minister Lena Hartwig of Belvania arrived in Sarn on Monday. "
        "Hartwig met officials there. Later, Lena Hartwig left."
    )
    aa = article(text)
    ids = {aa.resolve_span(*span(text, "Hartwig", n)) for n in range(3)}
    assert len(ids) == 1
    actor = resolve(aa, text, "Lena Hartwig")
    assert actor.kind == "person" and "Hartwig" in actor.aliases
    assert actor.country == "XBV"


def test_resolver_repeated_calls_return_the_same_id(article) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Voss spoke to reporters in Lorvik."
    aa = article(text)
    first = aa.resolve_span(*span(text, "Ana Voss"))
    assert first == aa.resolve_span(*span(text, "Ana Voss"))
    assert aa.name_of(first) == "Ana Voss"
    assert aa.country_of(first) == "XBV"
    assert aa.actor_at(*span(text, "Ana Voss")).id == first


def test_resolver_lists_all_actors_of_the_article(article) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Voss flew from Lorvik to Sarn, where President Pavel Orlin received her."
    names = {a.name: a.country for a in article(text).actors()}
    assert names["Ana Voss"] == "XBV"
    assert names["Pavel Orlin"] == "XOS"
    assert names["Belvania"] == "XBV"  # Lorvik, the capital
    assert names["Ostrava Republic"] == "XOS"  # Sarn, the capital


def test_resolver_patronymic_from_the_knowledge_base(article) -> None:  # type: ignore[no-untyped-def]
    text = "“Ana Pavlovna, what do you think?” the host asked Ana Voss on the programme."
    aa = article(text)
    assert resolve(aa, text, "Ana Pavlovna").name == "Ana Voss"


def test_resolver_patronymic_from_the_article(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trade Minister Oleg Marten of Ostrava met the press. "
        "“Oleg Ivanovich, is the deal done?” a reporter asked."
    )
    aa = article(text)
    assert resolve(aa, text, "Oleg Ivanovich").id == resolve(aa, text, "Oleg Marten").id


def test_resolver_repairs_a_surname_the_model_labels_org(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    text = "Defence Minister Karl Brenning of Belvania spoke. Later Brenning visited Sarn."
    doc = nlp(text)
    i = [t.i for t in doc if t.text == "Brenning"][1]
    doc.ents = [e for e in doc.ents if not (e.start <= i < e.end)] + [
        Span(doc, i, i + 1, label="ORG")
    ]
    aa = ArticleActors(doc, kb=fiction_kb)
    actor = resolve(aa, text, "Brenning", 1)
    assert actor.kind == "person" and actor.name == "Karl Brenning"


@pytest.mark.parametrize(
    "text,part,published,name",
    [
        (
            "The chancellor travelled to Kyiv on Monday.",
            "The chancellor",
            "2022-02-14",
            "Olaf Scholz",
        ),
        (
            "The German Chancellor travelled to Kyiv.",
            "The German Chancellor",
            "2025-06-01",
            "Friedrich Merz",
        ),
        (
            "The Russian President spoke by phone on Friday.",
            "The Russian President",
            "2022-02-14",
            "Vladimir Putin",
        ),
        (
            "The Belvanian foreign minister landed in Sarn.",
            "The Belvanian foreign minister",
            "2021-01-10",
            "Ana Voss",
        ),
        (
            "The Belvanian prime minister landed in Sarn.",
            "The Belvanian prime minister",
            "2023-09-01",
            "Ana Voss",
        ),
    ],
)
def test_resolver_title_alone_finds_the_office_holder(article, text, part, published, name) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, published), text, part)
    assert actor is not None and actor.name == name and actor.kind == "person"


def test_resolver_title_alone_prefers_the_person_the_article_introduced(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ostravan Defence Minister Rada Keel inspected troops in Sarn. "
        "The defence minister said the drills were over."
    )
    aa = article(text, "2023-05-01")
    assert resolve(aa, text, "The defence minister").name == "Rada Keel"


def test_resolver_title_without_holder_is_a_group_with_country(article) -> None:  # type: ignore[no-untyped-def]
    text = "The Ostravan interior minister resigned on Tuesday."
    actor = resolve(article(text, "2023-05-01"), text, "The Ostravan interior minister")
    assert actor.kind == "group" and actor.country == "XOS"


@pytest.mark.parametrize(
    "text,part,kind,country",
    [
        (
            "Meanwhile, senior U.S. officials reiterated the warning.",
            "senior U.S. officials",
            "group",
            "USA",
        ),
        ("Russian officials derided the warnings.", "Russian officials", "group", "RUS"),
        ("Belvanian diplomats left the talks early.", "Belvanian diplomats", "group", "XBV"),
        (
            "The Ostravan government rejected the offer.",
            "The Ostravan government",
            "organization",
            "XOS",
        ),
    ],
)
def test_resolver_group_mentions(article, text, part, kind, country) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text), text, part)
    assert (actor.kind, actor.country) == (kind, country)


@pytest.mark.parametrize(
    "text,part",
    [
        ("It said the talks would resume, a source said.", "a source"),
        ("Sources said the talks would resume.", "Sources"),
        ("Officials said the talks would resume.", "Officials"),
        ("It said the talks would resume.", "It"),
        ("He said the talks would resume.", "He"),
        ("The report said the talks would resume.", "The report"),
    ],
)
def test_resolver_anonymous_and_non_actor_mentions_are_none(article, text, part) -> None:  # type: ignore[no-untyped-def]
    assert article(text).resolve_span(*span(text, part)) is None


@pytest.mark.parametrize(
    "text,part,name,country",
    [
        ("The Kremlin said the exercises had ended.", "The Kremlin", "the Kremlin", "RUS"),
        ("Washington warned of sanctions.", "Washington", "United States", "USA"),
        ("Kyiv rejected the demand.", "Kyiv", "Ukraine", "UKR"),
        ("The Pentagon said it saw no pullback.", "The Pentagon", "the Pentagon", "USA"),
        ("The U.S. warned of an invasion.", "The U.S.", "United States", "USA"),
        ("Lorvik protested to Sarn.", "Lorvik", "Belvania", "XBV"),
        ("The Amber Hall said nothing.", "The Amber Hall", "the Amber Hall", "XBV"),
        ("NATO said its door stays open.", "NATO", "NATO", "NATO"),
        ("The EU offered talks.", "The EU", "European Union", "EUR"),
        (
            "The U.N. Security Council met on Friday.",
            "The U.N. Security Council",
            "UN Security Council",
            "UNO",
        ),
        ("The NLC met in Lorvik.", "The NLC", "Northern Lakes Council", "NORL"),
        ("The coast guard stopped a ship.", "The coast guard", "Belvanian Coast Guard", "XBV"),
        (
            "Shoigu said, according to a Kremlin transcript.",
            "a Kremlin transcript",
            "the Kremlin",
            "RUS",
        ),
    ],
)
def test_resolver_metonyms_capitals_and_igos(article, text, part, name, country) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text), text, part)
    assert (actor.name, actor.country) == (name, country)


@pytest.mark.parametrize(
    "text,part,name",
    [
        (
            "And the Amber Hall’s demonstrative public effort to ease tensions suggested "
            "that Lorvik wanted a deal.",
            "the Amber Hall’s demonstrative public effort",
            "the Amber Hall",
        ),
        (
            "Belvania's new plan for the border says the talks will resume.",
            "Belvania's new plan for the border",
            "Belvania",
        ),
        # a person's campaign is run by other people: never the person; her long campaign
        # is her effort, no organization (her election campaign is: tests/actors/test_campaigns.py)
        (
            "Ana Voss's long campaign showed that she would not give in.",
            "Ana Voss's long campaign",
            None,
        ),
        (
            "The Ostravan leader's own team said the vote was fair.",
            "The Ostravan leader's own team",
            None,
        ),
    ],
)
def test_resolver_possessive_description_is_its_owner_not_a_new_group(  # type: ignore[no-untyped-def]
    article, text, part, name
) -> None:
    aa = article(text, "2023-05-01")
    actor = resolve(aa, text, part)
    assert (actor.name if actor else None) == name
    assert all(a.kind != "group" for a in aa.actors())


@pytest.mark.parametrize(
    "text,part,title,country",
    [
        (
            "German Chancellor Olaf Scholz arrived in Kyiv.",
            "Olaf Scholz",
            "German Chancellor",
            "DEU",
        ),
        (
            "“It is ready,” the Pentagon spokesman, Tom Ardley, said.",
            "Tom Ardley",
            "Pentagon Spokesman",
            "USA",
        ),
        (
            "Pavel Orlin and his trusty foreign minister, Ivo Dant, arrived.",
            "Ivo Dant",
            "Foreign Minister",
            None,
        ),
        (
            "Belvanian Trade Minister Ivo Dant arrived.",
            "Ivo Dant",
            "Belvanian Trade Minister",
            "XBV",
        ),
        ("Ivo Dant, the Ostravan envoy, arrived.", "Ivo Dant", "Ostravan Envoy", "XOS"),
    ],
)
def test_resolver_learns_titles_and_countries_from_text(
    article, text, part, title, country
) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2022-02-14"), text, part)
    assert title in actor.titles
    assert actor.country == country


def test_resolver_speaker_with_apposition_resolves_to_the_person(article) -> None:  # type: ignore[no-untyped-def]
    text = "“It is ready,” the Pentagon spokesman, Tom Ardley, said."
    aa = article(text)
    assert resolve(aa, text, "the Pentagon spokesman, Tom Ardley").name == "Tom Ardley"


def test_resolver_kb_person_gets_dated_titles(article) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Voss spoke in Lorvik."
    assert resolve(article(text, "2021-01-01"), text, "Ana Voss").titles == ["Foreign Minister"]
    assert resolve(article(text, "2024-01-01"), text, "Ana Voss").titles == ["Prime Minister"]


def test_resolver_namesakes_in_one_article_stay_apart(article) -> None:  # type: ignore[no-untyped-def]
    text = "Mira Orlin of Belvania met Pavel Orlin of Ostrava. Pavel Orlin said little."
    aa = article(text, "2023-01-01")
    assert resolve(aa, text, "Mira Orlin").id != resolve(aa, text, "Pavel Orlin").id
    assert resolve(aa, text, "Pavel Orlin", 1).id == resolve(aa, text, "Pavel Orlin").id


def test_resolver_never_crashes_on_odd_spans(article) -> None:  # type: ignore[no-untyped-def]
    text = "“ ” , Ana Voss — said."
    aa = article(text)
    for s in range(len(text)):
        for e in range(s, min(len(text), s + 12) + 1):
            aa.resolve_span(s, e)
    assert aa.resolve_span(0, 0) is None


def test_transcript_label_in_capitals_is_the_named_person() -> None:
    from onrecord import extract

    text = (
        "The broadcaster's host, Ilse Brandt, interviewed Ostravan Foreign Minister Ana Voss on Sunday.\n\n"
        "BRANDT: Will you talk to Sarn?\n\nVOSS: We are always ready to talk.\n\nBRANDT: Thank you."
    )
    record = extract(text)
    by_label = {q.speaker.text: q.speaker.name for q in record.quotes if q.speaker}
    assert by_label == {"BRANDT": "Ilse Brandt", "VOSS": "Ana Voss"}


@pytest.mark.parametrize(
    "text,part,name,kind",
    [
        # counted or described people of a state are a group of them, not the state
        ("Some Belvanians said the deal was unfair.", "Some Belvanians", "Belvanians", "group"),
        (
            "One kind-hearted Ostravan said he would help.",
            "One kind-hearted Ostravan",
            "kind-hearted Ostravan",
            "group",
        ),
        ("The Belvanians said the talks would resume.", "The Belvanians", "Belvania", "country"),
        # a person who bears a capital's name
        (
            "Lorvik, who used to work for the council, said the bill would pass.",
            "Lorvik",
            "Lorvik",
            "person",
        ),
        # ... or is apposed a noun only a person can be
        (
            "Sarn, star of the Lorvik stage, said the bill would pass.",
            "Sarn, star of the Lorvik stage",
            "Sarn",
            "person",
        ),
        # an organisation's name that looks like a misspelt country is the organisation
        (
            "Columbia defends its investment, the statement said.",
            "Columbia",
            "Columbia",
            "organization",
        ),
    ],
)
def test_resolver_people_named_like_places_are_not_the_state(  # type: ignore[no-untyped-def]
    article, text, part, name, kind
) -> None:
    actor = resolve(article(text), text, part)
    assert (actor.name, actor.kind) == (name, kind)


@pytest.mark.parametrize(
    "text,part",
    [
        (
            "Ethnic Belvanians in the south of the Ostrava Republic are demanding a referendum.",
            "Ethnic Belvanians in the south of the Ostrava Republic",
        ),
        (
            "Ostravan police detained three ethnic Belvanians in a raid in Ostrava.",
            "ethnic Belvanians",
        ),
    ],
)
def test_resolver_ethnic_group_is_the_state_it_lives_in(  # type: ignore[no-untyped-def]
    article, text, part
) -> None:
    """An ethnic group takes the state it lives in (CAMEO's convention), not its kin state."""
    actor = resolve(article(text), text, part)
    assert (actor.kind, actor.country) == ("group", "XOS")
