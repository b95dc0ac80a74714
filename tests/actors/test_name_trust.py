"""Names you can trust: a description links to a person only on strong evidence.

Each case is a fictional equivalent of a wrong name seen on real news (issue 15): a host
called "Mr. King" given to the head of state, a governor given to a communications
director, a former office given to today's holder, pronouns given to organisations and
places, newspapers and polls given to a country.
"""

from __future__ import annotations

import pytest

from onrecord.pipeline import ArticleInput, Extractor
from tests.actors.test_resolver import resolve, span


def test_honorific_surname_that_is_an_office_word_is_the_person(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Oren King, a television host in Lorvik, interviewed President Pavel Orlin last year. "
        "Mr. King said the network never edited his show."
    )
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "Mr. King")
    assert (actor.kind, actor.name) == ("person", "Oren King")
    orlin = resolve(aa, text, "Pavel Orlin")
    assert "Mr. King" not in orlin.aliases


def test_learned_title_is_an_office_phrase(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Oren King hosts a show on a state-financed channel? Part of the network President "
        "Pavel Orlin founded in 2015."
    )
    orlin = resolve(article(text, "2024-03-01"), text, "Pavel Orlin")
    assert all("network" not in t.lower() and "part" not in t.lower() for t in orlin.titles)


@pytest.mark.parametrize(
    "text,part",
    [
        # a different office that only shares a coarse role with the person's title
        (
            "Communications Director Mira Sal spoke first. The Lorvik governor said the vote was fair.",
            "The Lorvik governor",
        ),
        # an indefinite description names no one in particular
        (
            "Communications Director Mira Sal spoke first. A Belvanian Interior Department official said "
            "the vote was fair.",
            "A Belvanian Interior Department official",
        ),
        # the same office word with another place in it
        (
            "Sarn Governor Ivo Dalen spoke first. The Lorvik governor said the vote was fair.",
            "The Lorvik governor",
        ),
    ],
)
def test_description_never_links_by_a_shared_role_or_word(article, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2024-03-01"), text, part)
    assert actor is None or actor.kind != "person"


@pytest.mark.parametrize("published", ["2016-09-20", None])
def test_former_office_is_never_todays_holder(article, published: str | None) -> None:  # type: ignore[no-untyped-def]
    text = "The former secretary of state and current nominee said she would speak plainly."
    actor = resolve(
        article(text, published), text, "The former secretary of state and current nominee"
    )
    assert actor is None or actor.name != "Teo Marran"


def test_description_links_with_the_same_office(article) -> None:  # type: ignore[no-untyped-def]
    text = "Belvanian Foreign Minister Lena Hartwig arrived. The foreign minister said talks would resume."
    aa = article(text, "2024-03-01")
    assert resolve(aa, text, "The foreign minister").name == "Lena Hartwig"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    from onrecord.actors import load_kb
    from tests.actors.conftest import DATA

    return Extractor(kb=load_kb([DATA / "fiction.yaml"]))


@pytest.mark.parametrize(
    "text",
    [
        "The Lorvik Commission announced a new rule on Monday. “It was a hard day,” he said.",
        "Talks in Sarn ended on Monday. “It was a hard day,” he said.",
    ],
)
def test_he_resolves_only_to_people(extractor: Extractor, text: str) -> None:
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    quote = rec.quotes[-1]
    kinds = {a.id: a.kind for a in rec.actors}
    assert (
        quote.speaker is None
        or quote.speaker.actor is None
        or kinds[quote.speaker.actor] == "person"
    )


@pytest.mark.parametrize(
    "text,part,kind,name",
    [
        (
            "The Lorvik Herald reported that the border would reopen.",
            "The Lorvik Herald",
            "outlet",
            "Lorvik Herald",
        ),
        (
            "A Sarn Times/Belvania News poll found that most voters backed the deal.",
            "A Sarn Times/Belvania News poll",
            "document",
            "Sarn Times/Belvania News poll",
        ),
    ],
)
def test_outlets_and_polls_are_their_own_kinds(
    article, text: str, part: str, kind: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2024-03-01"), text, part)
    assert (actor.kind, actor.name, actor.country) == (kind, name, None)


def test_document_published_by_an_outlet_is_no_country(article) -> None:  # type: ignore[no-untyped-def]
    text = "The transcript of the debate, published by The Lorvik Post, shows that the minister spoke first."
    actor = resolve(
        article(text, "2024-03-01"),
        text,
        "The transcript of the debate, published by The Lorvik Post",
    )
    assert actor is None or actor.kind != "country"


def test_demonym_that_is_a_surname_is_the_person(article) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Ostravan, the owner of the Lorvik Lions, spoke on Monday. Ostravan said the team would stay."
    aa = article(text, "2024-03-01")
    assert resolve(aa, text, "Ostravan", 1).name == "Lena Ostravan"


@pytest.mark.parametrize(
    "later",
    [
        "Landers himself, who was not at the talks, has softened his criticism of the treaty.",
        "Landers says the treaty is dead.",
        "Landers shot back at the envoy an hour later.",
    ],
)
def test_a_surname_read_as_a_plural_noun_is_the_person(article, later: str) -> None:  # type: ignore[no-untyped-def]
    # The tagger reads "Landers" at the start of a sentence as a plural common noun, which
    # made it a group of its own ("Landers", with the country of the context) and gave a
    # "his" that stands for it to that group. The surname of a person named in full, in the
    # singular, is that person.
    text = f"Foreign Minister Ivo Landers of Velmara spoke in Lorvik on Monday. {later}"
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "Landers", 1)
    assert actor is not None and actor.name == "Ivo Landers"
    assert not any(a.kind == "group" and "Landers" in a.name for a in aa.actors())


def test_a_surname_ending_like_a_patronymic_is_still_a_surname(article) -> None:  # type: ignore[no-untyped-def]
    # "-ich" alone made "Ivo Marich" a given name and a patronymic ("Sergey Viktorovich"), so
    # the bare "Marich" later was nobody's surname (and "John Wonderlich" was clustered
    # with another John of the article).
    text = (
        "Deputy Minister Ivo Marich of Velmara spoke in Lorvik on Monday. "
        "Marich said the border would stay open."
    )
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "Marich", 1)
    assert actor is not None and actor.name == "Ivo Marich"


def test_a_surname_inside_a_misread_entity_is_the_person(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    # The model sometimes runs a quotation and the surname after it into one WORK_OF_ART
    # entity ("“...,” Landers told the Herald"); the surname is still the person's.
    text = (
        "Foreign Minister Ivo Landers of Velmara spoke in Lorvik on Monday. "
        "“The border stays open,” Landers told the Herald."
    )
    aa = _with_entities(
        nlp, fiction_kb, text, [("“The border stays open,” Landers", "WORK_OF_ART")]
    )
    actor = resolve(aa, text, "Landers", 1)
    assert actor is not None and actor.name == "Ivo Landers"


def test_a_full_name_read_as_an_organisation_keeps_its_given_name(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    # "GOP presidential candidate Carly Fiorina" came out as an ORG entity: only the surname
    # was repaired into a person, so every bare "Fiorina" went to Frank Fiorina, named in full
    # later in the article.
    text = (
        "Candidate Mara Velden spoke in Lorvik on Monday. Velden said the vote was fair. "
        "Her husband, Tomas Velden, agreed."
    )
    aa = _with_entities(nlp, fiction_kb, text, [("Mara Velden", "ORG"), ("Tomas Velden", "PERSON")])
    actor = resolve(aa, text, "Velden", 1)
    assert actor is not None and actor.name == "Mara Velden"


def _with_entities(nlp, kb, text: str, marks: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """The article's actors with the model's entities replaced by ``marks`` (first occurrence
    of each phrase, with its label) where they overlap: a misreading made on purpose."""
    from spacy.tokens import Span

    from onrecord.actors import ArticleActors

    doc = nlp(text)
    marked = []
    for part, label in marks:
        found = doc.char_span(*span(text, part), alignment_mode="expand")
        marked.append(Span(doc, found.start, found.end, label=label))
    doc.ents = [
        x for x in doc.ents if all(x.end <= m.start or x.start >= m.end for m in marked)
    ] + marked
    return ArticleActors(doc, kb=kb, published="2024-03-01")


def test_a_plural_noun_that_is_a_surname_stays_a_plural(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trade Minister Ola Banks of Velmara spoke in Lorvik on Monday. "
        "Banks have raised their rates twice since then."
    )
    aa = article(text, "2024-03-01")
    later = resolve(aa, text, "Banks", 1)
    assert later is None or later.name != "Ola Banks"


def test_other_peoples_named_with_a_demonym_are_not_the_country(article) -> None:  # type: ignore[no-untyped-def]
    text = "All Northern Belvanians were invited to the vote."
    actor = resolve(article(text, "2024-03-01"), text, "Northern Belvanians")
    assert actor is None or actor.kind != "country"


@pytest.mark.parametrize(
    "text,part",
    [
        # a state's senator is a senator the article placed in that state, never one it
        # did not place anywhere
        (
            "Senator Ilse Moren spoke first. The Kessia senator said the vote was fair.",
            "The Kessia senator",
        ),
        # a hyphen parts the state from "then" ("the then-Texas governor" was Jeb Bush, the
        # Florida governor)
        (
            "Dorn Governor Ilse Moren spoke first. The then-Kessia governor said the vote was fair.",
            "The then-Kessia governor",
        ),
        # the knowledge base's national office-holder is not a state's office-holder
        ("The Kessia prime minister said the vote was fair.", "The Kessia prime minister"),
        # a thing a state official owns is no speaker, however the parse hangs it
        (
            "The Kessia secretary of state’s website showed that the vote was fair.",
            "The Kessia secretary of state’s website",
        ),
    ],
)
def test_qualified_office_is_not_an_unqualified_holder(article, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, part)
    assert actor is None or actor.name not in ("Ilse Moren", "Ana Voss")
    assert actor is None or actor.country is None


def test_qualified_office_links_to_the_person_introduced_with_it(article) -> None:  # type: ignore[no-untyped-def]
    text = "Kessia Senator Rado Venn spoke first. The Kessia senator said the vote was fair."
    actor = resolve(article(text, "2024-03-01"), text, "The Kessia senator")
    assert actor is not None and actor.name == "Rado Venn"


@pytest.mark.parametrize(
    "text,part,name",
    [
        (
            "Pavel Orlin spoke on Monday. Orlin’s spokesman said talks would resume.",
            "Orlin’s spokesman",
            None,
        ),
        (
            "Pavel Orlin spoke on Monday. Orlin’s spokesman, Ivo Dalen, said talks would resume.",
            "Orlin’s spokesman, Ivo Dalen",
            "Ivo Dalen",
        ),
    ],
)
def test_a_persons_spokesman_is_not_that_person(article, text: str, part: str, name) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2024-03-01"), text, part)
    assert (actor.name if actor is not None else None) == name


@pytest.mark.parametrize(
    "text",
    [
        "The West, led by Belvania, warned Ostrava on Monday.",
        "Ostrava has derided the warnings by the West as hysterical.",
    ],
)
def test_the_west_is_a_bloc_without_a_country(article, text: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2024-03-01"), text, "West")
    assert actor is None or (actor.kind != "country" and actor.country is None)


@pytest.mark.parametrize(
    "text,part",
    [
        (
            "Rado Venn spoke first. The head of the major group backing former Governor Rado Venn "
            "for president said the vote was fair.",
            "The head of the major group backing former Governor Rado Venn for president",
        ),
        (
            "Rado Venn spoke first. The chairman of the committee that backs Rado Venn said the "
            "vote was fair.",
            "The chairman of the committee that backs Rado Venn",
        ),
        (
            "Rado Venn spoke first. The wife of Rado Venn said the vote was fair.",
            "The wife of Rado Venn",
        ),
    ],
)
def test_a_person_the_description_mentions_is_not_the_one_it_describes(
    article, text: str, part: str
) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2024-03-01"), text, part)
    assert actor is None or actor.name != "Rado Venn"


def speaker(aa, text: str, part: str, nth: int = 0):  # type: ignore[no-untyped-def]
    """The actor a speaker mention resolves to (``ArticleActors.resolve_speaker``)."""
    from tests.actors.test_resolver import span

    actor_id = aa.resolve_speaker(*span(text, part, nth))
    return next((a for a in aa.actors() if a.id == actor_id), None)


@pytest.mark.parametrize(
    "text,part",
    [
        (
            "Coming after Belvania warned that an attack could begin on Wednesday, talks ended.",
            "Belvania",
        ),
        ("Lorvik said on Monday that the border would reopen.", "Lorvik"),
    ],
)
def test_a_country_speaks_through_its_government(article, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    aa = article(text, "2024-03-01")
    actor = speaker(aa, text, part)
    assert actor is not None
    assert (actor.kind, actor.country, actor.name) == (
        "organization",
        "XBV",
        "Government of Belvania",
    )
    # the country itself is still the actor the mention names elsewhere (events, pages)
    assert resolve(aa, text, part).kind in ("country", "organization")


def test_the_government_a_country_speaks_through_is_the_articles_own(article) -> None:  # type: ignore[no-untyped-def]
    text = "The Belvanian government protested. Belvania said the talks were over."
    aa = article(text, "2024-03-01")
    assert speaker(aa, text, "Belvania", 1) is resolve(aa, text, "The Belvanian government")


@pytest.mark.parametrize(
    "text,country",
    [
        # the country a speaker's other words name is no cue to whose government it is
        (
            "Belvanian Prime Minister Ana Voss said on Monday that Ostravan troops had crossed"
            ' the border.\n\n"Ostrava has broken every promise it made," the government said'
            " in a statement, adding that Sarn would be held responsible.",
            "XBV",
        ),
        # the one state the sentence before names, outside anyone's words
        (
            "Belvania accuses Ostrava of border raid\n\nIn Sarn, President Pavel Orlin denied"
            " the charge. The government said Belvania had invented the raid.",
            "XOS",
        ),
        # a state named only in what someone said places no government
        (
            "Ostrava denies border raid\n\nPrime Minister Ana Voss accused Ostrava of lying."
            " The government said the claims were baseless.",
            None,
        ),
    ],
)
def test_an_unnamed_governments_state_is_the_one_the_story_is_at(
    extractor: Extractor, text: str, country: str | None
) -> None:
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    said = [q for q in rec.quotes if q.speaker and q.speaker.text.lower() == "the government"]
    actors = {a.id: a for a in rec.actors}
    assert said
    for quote in said:
        actor = actors.get(quote.speaker.actor) if quote.speaker.actor else None
        assert (actor.country if actor else None) == country, quote.text


@pytest.mark.parametrize("part", ["The Belvanians", "Ostravans"])
def test_a_plural_demonym_speaker_is_a_people_not_the_country(article, part: str) -> None:  # type: ignore[no-untyped-def]
    text = "The Belvanians said the talks were over. Ostravans say the economy is improving."
    actor = speaker(article(text, "2024-03-01"), text, part)
    assert actor is not None and actor.kind == "group" and actor.country in ("XBV", "XOS")
    assert actor.name == part.removeprefix("The ")


@pytest.mark.parametrize(
    "text,part",
    [
        (
            "Belvania and its allies have threatened Ostrava with sanctions.",
            "Belvania and its allies",
        ),
        (
            "President Pavel Orlin and his foreign minister, Ana Voss, signaled that talks would go on.",
            "President Pavel Orlin and his foreign minister, Ana Voss",
        ),
    ],
)
def test_a_coordination_names_no_single_speaker(article, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker(article(text, "2024-03-01"), text, part) is None


def test_a_city_is_no_speaking_government(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Port Amber said the harbour would reopen. Sarn said the talks were over. Belvanyx said "
        "God keeps the gates open."
    )
    aa = article(text, "2024-03-01")
    assert speaker(aa, text, "Port Amber") is None  # a city: not its country's government
    named = speaker(aa, text, "Belvanyx")  # a name like a country's is no state speaking
    assert named is None or named.country is None
    gov = speaker(aa, text, "Sarn")  # a capital stands for the government
    assert gov is not None and (gov.kind, gov.country) == ("organization", "XOS")


@pytest.mark.parametrize(
    "text,part,name,kind",
    [
        (
            "Rep. Steve Belvania, a Democrat, said the bill would pass.",
            "Rep. Steve Belvania",
            "Steve Belvania",
            "person",
        ),
        (
            "Priorities Belvania, a pro-Orlin super PAC, said the ads would run.",
            "Priorities Belvania, a pro-Orlin super PAC",
            "Priorities Belvania",
            "organization",
        ),
    ],
)
def test_a_country_inside_a_name_is_not_the_country(
    article, text: str, part: str, name: str, kind: str
) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2024-03-01"), text, part)
    assert actor is not None and actor.kind != "country" and actor.country is None
    assert actor.name == name


def test_a_speaker_phrase_run_into_its_clause_is_its_subject(article) -> None:  # type: ignore[no-untyped-def]
    text = "Speaking in Sarn, Hartwig rebuffed Orlin for his failure to understand workers."
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "Hartwig rebuffed Orlin")
    assert actor is None or actor.name == "Hartwig"


def test_groups_without_a_country_are_kept_apart_by_their_words(article) -> None:  # type: ignore[no-untyped-def]
    text = "Farm groups said the subsidy would help. Surety groups said they would not pay."
    aa = article(text, "2024-03-01")
    farms, sureties = resolve(aa, text, "Farm groups"), resolve(aa, text, "Surety groups")
    assert farms is not None and sureties is not None
    assert farms.id != sureties.id and "Farm" not in sureties.name


def test_a_vocative_only_quotation_opens_the_next(extractor: Extractor) -> None:
    """A quotation that is only a form of address is no statement of its own: it opens the
    same speaker's next quotation."""
    text = (
        "“Ana Pavlovna,” President Pavel Orlin addressed Foreign Minister Ana Voss. “In your "
        "opinion, is there a chance to agree?” he asked."
    )
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    assert [q.text for q in rec.quotes] == [
        "Ana Pavlovna, In your opinion, is there a chance to agree?"
    ]
    quote = rec.quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Pavel Orlin"
    assert quote.addressee is not None and quote.addressee.name == "Ana Voss"


def test_aliases_are_names_never_the_phrase_around_them(extractor: Extractor) -> None:
    text = (
        "Sen. Ilse Moren (R-Kes.) said the bill would pass. Douglas Brin, a historian, said it "
        "would fail. Moren and Brin said they would meet. President Pavel Orlin spoke. The "
        "president said talks were over."
    )
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    aliases = {a.name: a.aliases for a in rec.actors if a.kind == "person"}
    assert aliases["Ilse Moren"] and aliases["Douglas Brin"]
    for name, names in aliases.items():
        for alias in names:
            assert "," not in alias and " and " not in alias and "(" not in alias, (name, alias)
            assert alias.lower() not in ("president", "the president"), (name, alias)


def test_without_the_articles_date_no_office_holder_is_guessed(article) -> None:  # type: ignore[no-untyped-def]
    text = "The Belvanian foreign minister landed in Sarn."
    dated = resolve(article(text, "2021-01-10"), text, "The Belvanian foreign minister")
    assert dated is not None and dated.name == "Ana Voss"
    undated = resolve(article(text, None), text, "The Belvanian foreign minister")
    assert undated is None or undated.kind != "person"


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "The latest Sarn Herald/Lorvik News poll found that most voters backed the deal. "
            "The poll also found that few trusted the parties.",
            "Sarn Herald/Lorvik News poll",
        ),
        # an unnamed poll in between is another poll: nothing is guessed
        (
            "A Sarn Herald poll found that most voters backed the deal. A new poll found that "
            "few trusted the parties. The poll said turnout would be low.",
            None,
        ),
    ],
)
def test_the_poll_is_the_named_poll_the_article_last_mentioned(article, text: str, name) -> None:  # type: ignore[no-untyped-def]
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "The poll")
    assert (actor.name if actor is not None else None) == name
    assert actor is None or (actor.kind, actor.country) == ("document", None)


@pytest.mark.parametrize(
    "text",
    [
        "Exit polls showed Voss ahead of Marr in the vote.",
        "Early polls found that most voters backed the deal.",
        "Opinion polls suggest the treaty is unpopular in Lorvik.",
    ],
)
def test_a_sentences_first_capital_names_no_poll_and_no_body(extractor: Extractor, text) -> None:
    """A common word capitalised as its sentence's first word is no maker's name: the poll
    is unnamed (no actor), and "Exit" is no organisation the tagger took it for."""
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    names = {a.name for a in rec.actors}
    first = text.split()[0]
    assert not any(n.startswith(first) for n in names), names
    assert all(q.speaker is None or q.speaker.actor is None for q in rec.quotes)


@pytest.mark.parametrize(
    "text,speaker",
    [
        # a people's adjective first in a sentence names the group
        ("Democratic voters rejected the treaty, the survey found.", "Democratic voters"),
        # a maker's name first in a sentence names the poll
        ("Lorvik Herald polls found that most voters backed the deal.", "Lorvik Herald polls"),
    ],
)
def test_a_name_first_in_a_sentence_still_names(extractor: Extractor, text, speaker) -> None:
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    assert speaker in {q.speaker.name for q in rec.quotes if q.speaker is not None}


def test_a_countrys_aliases_are_its_names_not_the_phrase(extractor: Extractor) -> None:
    text = "Belvania and its allies have threatened Ostrava with sanctions, the ministry said."
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    belvania = next(a for a in rec.actors if a.name == "Belvania")
    assert all(" and " not in alias for alias in belvania.aliases), belvania.aliases


def test_a_title_after_glue_words_is_not_learned(article) -> None:  # type: ignore[no-untyped-def]
    text = "The Lorvik Herald editor in chief, Marta Venn, said the story would run."
    venn = resolve(article(text, "2024-03-01"), text, "Marta Venn")
    assert venn is not None and all(not t.lower().startswith("in ") for t in venn.titles)


@pytest.mark.parametrize(
    ("text", "part", "name"),
    [
        (
            "Another Sarn radio host, Mira Dalen, said that the vote was rigged.",
            "Another Sarn radio host, Mira Dalen",
            "Mira Dalen",
        ),
        (
            "The Belvanian candidate Lena Hartwig said that the vote was rigged.",
            "The Belvanian candidate Lena Hartwig",
            "Lena Hartwig",
        ),
    ],
)
def test_description_with_a_name_in_apposition_is_that_person(article, text, part, name) -> None:  # type: ignore[no-untyped-def]
    # the apposition is the strong evidence: the person, not a group called by the phrase
    aa = article(text, "2024-03-01")
    actor = aa.actor_at(*span(text, part))
    assert actor is not None and (actor.kind, actor.name) == ("person", name)


@pytest.mark.parametrize("place", ["Sarn", "Belvania"])
def test_one_unnamed_person_of_a_place_is_no_group(article, place: str) -> None:  # type: ignore[no-untyped-def]
    # "the New York businessman" once became a group called "York businessman"
    text = f"The {place} businessman said that the vote was rigged."
    aa = article(text, "2024-03-01")
    assert aa.resolve_speaker(*span(text, f"The {place} businessman")) is None


def test_a_share_of_a_people_speaks_as_that_people(article) -> None:  # type: ignore[no-untyped-def]
    text = "Last week a majority of Belvanians said that the vote was rigged."
    aa = article(text, "2024-03-01")
    actor_id = aa.resolve_speaker(*span(text, "a majority of Belvanians"))
    assert actor_id is not None
    assert (aa.name_of(actor_id), aa.kind_of(actor_id)) == ("Belvanians", "group")


@pytest.mark.parametrize(
    ("text", "part", "name"),
    [
        # "new" is dropped from "the new president", never from a name
        ("The New Varnian reported that the talks had failed.", "The New Varnian", "New Varnian"),
        # a number is dropped from "two senators", never from a name
        ("Zero Harbour reported that the talks had failed.", "Zero Harbour", "Zero Harbour"),
    ],
)
def test_a_name_keeps_its_words(article, text: str, part: str, name: str) -> None:  # type: ignore[no-untyped-def]
    aa = article(text, "2024-03-01")
    actor_id = aa.resolve_speaker(*span(text, part))
    assert actor_id is not None and aa.name_of(actor_id) == name


def test_a_share_of_nobody_named_is_no_actor(article) -> None:  # type: ignore[no-untyped-def]
    text = "Sixty percent said that the talks had failed, and 12 percent of Belvanians agreed."
    aa = article(text, "2024-03-01")
    assert aa.resolve_speaker(*span(text, "Sixty percent")) is None
    share = aa.resolve_speaker(*span(text, "12 percent of Belvanians"))
    assert share is not None and aa.name_of(share) == "Belvanians"


def test_a_title_before_the_next_name_is_that_persons(article) -> None:  # type: ignore[no-untyped-def]
    # "Voss, former UN Ambassador Teo Marr said": the title introduces Marr; Voss is no
    # ambassador, and "the former ambassador" later is Marr
    text = (
        "Discussing the scandals around presidential nominee Ana Voss, former UN Ambassador "
        "Teo Marr told a Lorvik radio host that the inquiry would go on. The former ambassador "
        "also said the treaty was lost."
    )
    aa = article(text, "2024-03-01")
    voss = resolve(aa, text, "Ana Voss")
    assert not any("ambassador" in t.lower() for t in voss.titles)
    assert resolve(aa, text, "The former ambassador").name == "Teo Marr"


@pytest.mark.parametrize(
    "part",
    [
        "the chairman of the Ostravan Senate Committee on Trade",
        "the chairman of the Ostravan Senate's trade committee",
    ],
)
def test_an_office_in_a_body_is_not_the_countrys_office(article, part: str) -> None:  # type: ignore[no-untyped-def]
    # "chairman" is a head of state's title in some countries, but the chairman of a
    # committee of Ostrava's senate is not Ostrava's president
    text = f"The talks failed, said {part}."
    actor = article(text, "2024-03-01").actor_at(*span(text, part))
    assert actor is None or actor.name != "Pavel Orlin"


@pytest.mark.parametrize(
    "part", ["the president of the Ostrava Republic", "the Ostravan president"]
)
def test_a_countrys_office_is_still_its_holder(article, part: str) -> None:  # type: ignore[no-untyped-def]
    text = f"The talks failed, said {part}."
    actor = article(text, "2024-03-01").actor_at(*span(text, part))
    assert actor is not None and actor.name == "Pavel Orlin"


@pytest.mark.parametrize(
    "text,part,wrong",
    [
        # a state's abbreviation, close to a knowledge-base surname once transliterated
        (
            "Senator Dale Ashby (R-Ky.) met the envoy in Lorvik on Monday. Ashby said the vote "
            "was fair.",
            "Ky.",
            "Aung San Suu Kyi",
        ),
        # a news network that shares a former president's surname
        ("Fox reported on Monday that the Belvanian border stayed open.", "Fox", "Vicente Fox"),
        # a pope's name alone, with no title and the pope named nowhere in the article
        ("Paul told the assembly in Lorvik that the vote was fair.", "Paul", "Pope John Paul II"),
    ],
)
def test_a_bare_word_is_no_knowledge_base_person_by_a_loose_match(  # type: ignore[no-untyped-def]
    article, text: str, part: str, wrong: str
) -> None:
    actor = resolve(article(text, "2016-03-01"), text, part)
    assert actor is None or actor.name != wrong


def test_a_pope_named_in_full_is_still_the_pope_alone(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pope Francis visited Lorvik on Monday. Later that day, Francis said the border "
        "should stay open."
    )
    actor = resolve(article(text, "2016-03-01"), text, "Francis", 1)
    assert actor is not None and actor.name == "Pope Francis"


def test_an_untagged_given_name_makes_another_person_of_the_surname(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    # An article about Ivanka Trump: the model tagged her given name as a PRODUCT (or not at
    # all) and left the surname untagged, so every "Ivanka Trump" was the surname alone and
    # went to Donald Trump, named in full in the same article.
    text = (
        "Tomas Velden, the Ostravan trade envoy, spoke on Monday. In July, Greta Velden "
        "said her workers are paid well."
    )
    aa = _with_entities(nlp, fiction_kb, text, [("Tomas Velden", "PERSON"), ("Greta", "PRODUCT")])
    actor = resolve(aa, text, "Greta Velden")
    assert actor is not None and actor.name == "Greta Velden"


@pytest.mark.parametrize(
    "text",
    [
        # a place of that name, months before the knowledge-base person takes office
        "She taught at the University of Sarn at Marran for ten years.",
        "She taught in Marran for ten years.",
        # a word of a firm's name
        "Workers at Marran Holdings said the plant would close.",
    ],
)
def test_a_place_or_a_firm_is_no_knowledge_base_person(article, text: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2024-03-01"), text, "Marran")
    assert actor is None or actor.name != "Teo Marran"


def test_an_office_holders_surname_read_as_a_place_is_still_the_person(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    text = "Voss said on Monday that the border would stay open."
    aa = _with_entities(nlp, fiction_kb, text, [("Voss", "GPE")])
    actor = resolve(aa, text, "Voss")
    assert actor is not None and actor.name == "Ana Voss"


def test_he_or_she_goes_to_the_person_of_that_gender_among_namesakes(article) -> None:  # type: ignore[no-untyped-def]
    # "Clinton" as the antecedent of "she", resolved to Bill Clinton by the article's
    # principal: the pronoun's gender picks Hillary; with no namesake of that gender, no one.
    text = "Peter Velden and Anna Velden toured the port in Sarn on Monday."
    aa = article(text, "2024-03-01")
    peter = resolve(aa, text, "Peter Velden")
    anna = resolve(aa, text, "Anna Velden")
    assert peter is not None and anna is not None
    assert aa.of_the_pronouns_gender("she", peter.id) == anna.id
    assert aa.of_the_pronouns_gender("He", peter.id) == peter.id
    assert aa.of_the_pronouns_gender("Voss", peter.id) == peter.id  # not a pronoun
    alone = "Peter Velden toured the port in Sarn on Monday."
    aa = article(alone, "2024-03-01")
    peter = resolve(aa, alone, "Peter Velden")
    assert peter is not None and aa.of_the_pronouns_gender("she", peter.id) is None


def test_a_bodys_name_the_model_took_for_a_person_is_no_person(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    # "Peter G. Peterson Foundation", "Westchester Community College", "Hillary PAC": PERSON
    # entities on real news, person actors that "she" could then be resolved to
    text = "The Ilse Hale Foundation said on Monday that it would fund the port in Sarn."
    aa = _with_entities(nlp, fiction_kb, text, [("Ilse Hale Foundation", "PERSON")])
    actor = resolve(aa, text, "The Ilse Hale Foundation")
    assert actor is None or actor.kind != "person"


def test_title_case_words_of_a_headline_are_no_persons_name(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    # "After Trump Heard What His Fox News Nemesis Just Said, He Instantly Unleashes": the
    # model read "Trump Heard" as a PERSON, and the body's "he" went to that person
    text = (
        "After Voss Heard What Her Rival Said, She Answered.\n\n"
        "Prime Minister Ana Voss answered her rival on Monday."
    )
    aa = _with_entities(nlp, fiction_kb, text, [("Voss Heard", "PERSON")])
    actor = resolve(aa, text, "Voss Heard")
    assert actor is None or actor.name != "Voss Heard"


def test_a_given_name_alone_is_the_one_person_of_that_given_name(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    # "Hillary", "Bernie", "the Donald" were actors of their own next to Hillary Clinton,
    # Bernie Sanders and Donald Trump: the person's statements split over two pages
    text = (
        "Tomas: The Port Stays Open\n\n"
        "Trade Minister Tomas Ravel of Belvania said on Monday that the port would stay open."
    )
    aa = _with_entities(nlp, fiction_kb, text, [("Tomas", "PERSON"), ("Tomas Ravel", "PERSON")])
    actor = resolve(aa, text, "Tomas")
    assert actor is not None and actor.name == "Tomas Ravel"


@pytest.mark.parametrize(
    "text,marks",
    [
        # two people of that given name: neither
        (
            "Tomas: The Port Stays Open\n\nTomas Ravel and Tomas Orde said on Monday that the "
            "port would stay open.",
            [("Tomas", "PERSON"), ("Tomas Ravel", "PERSON"), ("Tomas Orde", "PERSON")],
        ),
        # a son of the same name is another man
        (
            "Tomas Ravel spoke first. His son Tomas Jr. said the port would stay open.",
            [("Tomas Ravel", "PERSON"), ("Tomas Jr.", "PERSON")],
        ),
    ],
)
def test_a_given_name_shared_or_suffixed_is_not_read_as_the_person(  # type: ignore[no-untyped-def]
    nlp, fiction_kb, text: str, marks: list[tuple[str, str]]
) -> None:
    aa = _with_entities(nlp, fiction_kb, text, marks)
    actor = resolve(aa, text, marks[-1][0] if "Jr." in marks[-1][0] else "Tomas")
    assert actor is None or actor.name not in ("Tomas Ravel", "Tomas Orde")


def test_an_honorific_picks_the_namesake_of_its_sex(article) -> None:  # type: ignore[no-untyped-def]
    # "Mrs. Clinton" went to Bill Clinton when he had been named more often so far
    text = (
        "Peter Velden and Anna Velden toured the port in Sarn on Monday. Peter Velden spoke "
        "first. Mrs. Velden said the port would stay open. Mr. Velden agreed."
    )
    aa = article(text, "2024-03-01")
    mrs, mr = resolve(aa, text, "Velden", 3), resolve(aa, text, "Velden", 4)
    assert mrs is not None and mrs.name == "Anna Velden"
    assert mr is not None and mr.name == "Peter Velden"


def test_ben_or_al_first_in_a_two_word_name_is_a_given_name(article) -> None:  # type: ignore[no-untyped-def]
    # "ben" and "al" are surname particles ("Ben Ali", "al-Sisi"), so "Ben Carson" was all
    # surname and every bare "Carson" made a second actor (train: 113 statements)
    from onrecord.actors.identity import split_name

    assert split_name("Ben Varga") == (["ben"], "varga")
    assert split_name("Al Dorne") == (["al"], "dorne")
    assert split_name("Tamim bin Khalid Al Marri")[1] == split_name("Marri Al Marri")[1]
    assert split_name("Van Holt")[1] == "van holt"  # "Van Hollen" alone is a surname
    text = "Ben Varga, a senator from Sarn, spoke on Monday. Varga said the port would stay open."
    aa = article(text, "2024-03-01")
    assert resolve(aa, text, "Varga", 1) == resolve(aa, text, "Ben Varga")


def test_al_and_a_surname_after_the_full_name_is_that_surname(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Al Marri: The Port Stays Open\n\nEmir Tamim bin Khalid Al Marri opened the port in Sarn."
    )
    aa = _with_entities(
        nlp, fiction_kb, text, [("Al Marri", "PERSON"), ("Tamim bin Khalid Al Marri", "PERSON")]
    )
    actor = resolve(aa, text, "Al Marri")
    assert actor is not None and actor.name == "Tamim bin Khalid Al Marri"


def test_a_title_that_ends_in_for_is_not_the_next_names(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    # "Kiki McLean, a spokeswoman for Gore's 2000 campaign": Gore took the title, and "the
    # former vice president's spokeswoman" was then read as Gore himself
    text = (
        "Ivo Dalen opened the port in Sarn. Kiki Mora, a spokeswoman for Dalen’s campaign, said "
        "the port would stay open."
    )
    aa = _with_entities(nlp, fiction_kb, text, [("Ivo Dalen", "PERSON"), ("Dalen’s", "PERSON")])
    dalen = resolve(aa, text, "Ivo Dalen")
    assert dalen is not None and not any("spokes" in t.lower() for t in dalen.titles)


def test_a_hyphenated_surname_alone_is_the_person_named_in_full(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    # "Mark-Viverito" after "Melissa Mark-Viverito" was a second actor: the keys read the
    # one written word as a given name and a surname
    text = (
        "Sorel-Vance: The Port Stays Open\n\n"
        "Council Speaker Lena Sorel-Vance of Sarn said on Monday that the port would stay open."
    )
    aa = _with_entities(
        nlp, fiction_kb, text, [("Sorel-Vance", "PERSON"), ("Lena Sorel-Vance", "PERSON")]
    )
    alone = resolve(aa, text, "Sorel-Vance")
    assert alone is not None and alone.name == "Lena Sorel-Vance"


def test_an_outlets_name_the_model_took_for_a_person_is_the_outlet(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    # "Twitter said it had suspended the accounts": 71 person actors "Twitter" on train
    text = "Twitter said on Monday that it had suspended the accounts of the Sarn militia."
    aa = _with_entities(nlp, fiction_kb, text, [("Twitter", "PERSON")])
    actor = resolve(aa, text, "Twitter")
    assert actor is None or actor.kind != "person"


def test_a_family_is_a_group_and_never_he_or_she(extractor: Extractor) -> None:
    # "the Clintons" was a person actor on real news, and the nearest "he" or "she" went to
    # it: five statements on train were filed under "Clintons"
    text = (
        "Trade Minister Peter Velden of Sarn and his wife, Anna Velden, moved to the coast. "
        "The Veldens preferred the sea. He said he did not recall whether the Veldens had "
        "stayed at the port."
    )
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    people = sorted(a.name for a in rec.actors if a.kind == "person")
    assert people == ["Anna Velden", "Peter Velden"]
    assert [a.kind for a in rec.actors if a.name == "Veldens"] == ["group"]
    said = next(q for q in rec.quotes if q.text.startswith("he did not recall"))
    assert said.speaker is not None and said.speaker.name == "Peter Velden"


def test_a_plural_surname_that_someone_bears_is_that_person(article) -> None:  # type: ignore[no-untyped-def]
    # a surname ending in "s" next to the person named in full is that person, not a family
    text = "Trade Minister Ola Sanders of Velmara spoke on Monday. Sanders said the port was open."
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "Sanders", 1)
    assert actor is not None and actor.name == "Ola Sanders"


@pytest.mark.parametrize(
    "text,part",
    [
        # a demonym with a relative clause is a people, not someone called so ("Paris, who")
        (
            "Prime Minister Ana Voss of Belvania said the reform was for Belvanians who work "
            "abroad.",
            "Belvanians",
        ),
        # a person noun in the plural the model takes for a name
        ("Aides said Ana Voss would speak in Sarn on Monday.", "Aides"),
    ],
)
def test_people_in_the_plural_are_no_person(nlp, fiction_kb, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    aa = _with_entities(nlp, fiction_kb, text, [(part, "PERSON")] if part == "Aides" else [])
    actor = resolve(aa, text, part)
    assert actor is None or actor.kind != "person"


def test_a_surname_in_ovich_alone_is_the_person_named_in_full(article) -> None:  # type: ignore[no-untyped-def]
    # "Mr. Ekovich" after "Steven M. Ekovich" was an actor of its own: a name ending in what
    # reads as a patronymic was never filed under its last word
    text = (
        "Harbour director Tomas Belkovich of Sarn spoke on Monday. "
        "Mr. Belkovich said the port would stay open."
    )
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "Mr. Belkovich")
    assert actor is not None and actor.name == "Tomas Belkovich"


@pytest.mark.parametrize(
    "headline,part",
    [
        ("Marr Rose To Defend The Port Deal, But He Fully Backed One.", "Marr Rose"),
        ("Voss Mark Of Success Was The Port Deal, She Said.", "Voss Mark"),
    ],
)
def test_a_headline_name_run_on_into_title_case_is_the_articles_person(  # type: ignore[no-untyped-def]
    nlp, fiction_kb, headline: str, part: str
) -> None:
    # "Trump May Not Have Suggested A Muslim Registry": the speaker "Trump May" made a person
    # actor "Trump" next to Donald Trump, with the headline's "He" on it
    text = f"{headline}\n\nTrade Minister Ana Voss and Ivo Marr said on Friday that it was fine."
    aa = _with_entities(nlp, fiction_kb, text, [(" ".join(headline.split()[:4]), "PERSON")])
    actor = resolve(aa, text, part)
    assert actor is not None and actor.name in ("Ana Voss", "Ivo Marr")


@pytest.mark.parametrize(
    ("place", "linked"),
    [
        # an article about Belvania: the Ostravan who takes office four years later is not meant
        ("Belvanian officials in Lorvik and Port Amber", False),
        # an article about Ostrava: its own future office-holder may already be in the news
        ("Ostravan officials in Sarn and the Ostrava Republic", True),
    ],
)
def test_a_bare_surname_before_any_office_is_someone_of_the_articles_own_country(  # type: ignore[no-untyped-def]
    article, place: str, linked: bool
) -> None:
    # "WALLACE:", the host of an American talk show in 2016, was the British defence
    # secretary of 2019-2023 on the actor page
    text = f"{place} met on Monday. Mr. Marran spoke to the crowd after the meeting."
    aa = article(text, "2020-06-01")
    actor = resolve(aa, text, "Mr. Marran")
    assert actor is not None and actor.kind == "person"
    assert (actor.name == "Teo Marran") is linked


def test_a_transcripts_label_in_capitals_is_a_person_named_in_title_case() -> None:
    from onrecord import extract

    text = (
        "Foreign Minister Ana Voss spoke to the Sarn Evening programme on Sunday.\n\n"
        "Partial transcript as follows:\n\n"
        '"BRANDT: Will the border reopen this spring?\n\n'
        '"VOSS: It will reopen in March, and we expect real progress.\n\n'
        '"BRANDT: Your neighbours call the closure a provocation.\n\n'
        '"VOSS: A border is a shared responsibility."'
    )
    record = extract(text, published="2024-03-01")
    turns = [(q.speaker.text, q.speaker.name, q.text.split()[0]) for q in record.quotes]
    assert turns[-4:] == [
        ("BRANDT", "Brandt", "Will"),
        ("VOSS", "Ana Voss", "It"),
        ("BRANDT", "Brandt", "Your"),
        ("VOSS", "Ana Voss", "A"),
    ]
    brandt = next(a for a in record.actors if a.name == "Brandt")
    assert brandt.kind == "person"


# -- namesakes and titles (Pavel Orlin is Ostrava's president, Mira Orlin Belvania's defence
# minister; Edvin Tarrow and Rasa Quell were Ostrava's presidents before him)


def test_a_titled_surname_is_the_namesake_the_title_fits(article) -> None:  # type: ignore[no-untyped-def]
    # "President Bush" in an article about Jeb and George W. Bush was Jeb's, who was named
    # more often: the title he never held went to him, and "the former president" with it
    text = (
        "Pavel Orlin and Mira Orlin met in Lorvik on Monday. Mira Orlin spoke first, and "
        "Mira Orlin spoke last. President Orlin said the talks had gone well."
    )
    aa = article(text, "2024-03-01")
    assert resolve(aa, text, "Orlin said").name == "Pavel Orlin"
    mira = resolve(aa, text, "Mira Orlin")
    assert mira is not None and "President" not in mira.titles


def test_a_titled_surname_is_the_knowledge_base_holder_when_no_namesake_fits(article) -> None:  # type: ignore[no-untyped-def]
    # "President Obama" in an article that names Michelle Obama in full, and him never
    text = "Mira Orlin toured the port in Sarn on Monday. President Orlin said the port would stay open."
    aa = article(text, "2024-03-01")
    assert resolve(aa, text, "Orlin said").name == "Pavel Orlin"
    assert resolve(aa, text, "Mira Orlin").name == "Mira Orlin"


def test_a_hypothetical_office_holder_is_not_the_holder(article) -> None:  # type: ignore[no-untyped-def]
    # "an agenda a President Clinton could hope to see work": whoever may hold it
    text = "Mira Orlin toured the port in Sarn on Monday. It is a plan a President Orlin could carry out."
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "Orlin could")
    assert actor is None or actor.name != "Pavel Orlin"


def test_a_former_office_is_a_former_holder_named_before(article) -> None:  # type: ignore[no-untyped-def]
    # "the former president" was today's president, or no one, when the article had named
    # the former one
    text = (
        "Edvin Tarrow visited Sarn on Monday, and President Pavel Orlin greeted him. "
        "The former president said the talks had gone well."
    )
    aa = article(text, "2024-03-01")
    assert resolve(aa, text, "The former president").name == "Edvin Tarrow"


def test_a_name_that_qualifies_a_thing_is_gone_back_to_last(article) -> None:  # type: ignore[no-untyped-def]
    # "Bill Clinton got in on the game ... the legacy of the Bush administration, the former
    # president said"
    text = (
        "Edvin Tarrow toured the port on Monday and criticised the legacy of the Quell "
        "government. The former president said the port needed money."
    )
    aa = article(text, "2024-03-01")
    assert resolve(aa, text, "The former president").name == "Edvin Tarrow"
    alone = "Critics recalled the Quell government on Monday. The former president said nothing."
    aa = article(alone, "2024-03-01")
    assert resolve(aa, alone, "The former president").name == "Rasa Quell"


def test_an_office_sought_is_no_title(article) -> None:  # type: ignore[no-untyped-def]
    # "... qualified to be president, Clinton said": Hillary Clinton was given the title
    text = "Asked whether he was ready to be president, Brekke said on Monday that he was. Jonas Brekke spoke in Sarn."
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "Jonas Brekke")
    assert actor is not None and actor.titles == []


def test_words_a_headline_runs_into_a_name_are_not_the_name(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    # "Beneath Clinton's Wins, Signs of ...", "Said Comey": the model's PERSON entity opens
    # with a preposition or a verb; "she" then went to a person named "Beneath Clinton"
    text = (
        "Without Brekke, Port Talks Stall in Sarn.\n\n"
        "Jonas Brekke left the talks in Sarn on Monday. Brekke said the port would stay open."
    )
    aa = _with_entities(nlp, fiction_kb, text, [("Without Brekke", "PERSON")])
    actor = resolve(aa, text, "Without Brekke")
    assert actor is not None and actor.name == "Jonas Brekke"
    assert all(a.name != "Without Brekke" for a in aa.actors())


def test_a_given_name_the_parse_joins_to_the_name_is_kept(nlp, fiction_kb) -> None:  # type: ignore[no-untyped-def]
    # "Will Doyle, a professor of higher education, said ...": "Will" is his given name
    text = "Will Brekke, a professor in Sarn, said on Monday that fees would rise."
    aa = _with_entities(nlp, fiction_kb, text, [("Will Brekke", "PERSON")])
    actor = resolve(aa, text, "Will Brekke")
    assert actor is not None and actor.name == "Will Brekke"


def test_a_surname_before_any_namesake_is_the_one_named_most(article) -> None:  # type: ignore[no-untyped-def]
    # a headline's "Clinton" over an article that names Hillary Clinton far more often than
    # Bill Clinton was Bill's, the namesake introduced last
    text = (
        "Brekke Pledges New Port Funds\n\n"
        "Jonas Brekke spoke in Sarn on Monday. Jonas Brekke said the port would stay open. "
        "Later, Jonas Brekke thanked Lise Brekke, his sister."
    )
    aa = article(text, "2024-03-01")
    assert resolve(aa, text, "Brekke Pledges").name == "Jonas Brekke"


@pytest.mark.parametrize(
    ("text", "mention", "want"),
    [
        # the model reads each of these as one organisation: owner, possessive and the name
        (
            "Breitbart\u2019s Joel Pollak said the Merrow crossing would stay open.",
            "Breitbart\u2019s Joel Pollak",
            ("person", "Joel Pollak"),
        ),
        (
            "The Lorvik Herald\u2019s Ana Voss wrote that the bridge would open.",
            "The Lorvik Herald\u2019s Ana Voss",
            ("person", "Ana Voss"),
        ),
    ],
)
def test_a_name_after_an_owners_possessive_is_the_persons(article, text, mention, want) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text), text, mention)
    assert (actor.kind, actor.name) == want


def test_a_firm_after_an_owners_possessive_is_no_person(article) -> None:  # type: ignore[no-untyped-def]
    text = "In 2030, Voss\u2019s Avenue Capital Group hired Ana Marr."
    actor = resolve(article(text), text, "Voss\u2019s Avenue Capital Group")
    assert actor is None or actor.kind != "person"


def _speakers_and_actors(text: str) -> tuple[list[tuple[str, str | None]], list[tuple[str, str]]]:
    record = next(Extractor().extract_many([ArticleInput(text=text, published="2026-02-14")]))
    speakers = [(q.speaker.text, q.speaker.name) for q in record.quotes if q.speaker]
    return speakers, [(a.name, a.kind) for a in record.actors]


@pytest.mark.parametrize(
    "text,mention,name,kind",
    [
        # the model reads the name as an organisation; the description says a person
        (
            "Eskil Varga, a professor of economics at Lorvik University, said the currency had "
            "fallen. Varga said it would recover.",
            "Eskil Varga, a professor of economics at Lorvik University",
            "Eskil Varga",
            "person",
        ),
        (
            "The Halden Group, an economic consulting firm, has calculated that the tariffs may "
            "cut exports by a third.",
            "The Halden Group, an economic consulting firm",
            "Halden Group",
            "organization",
        ),
    ],
)
def test_a_description_in_apposition_is_no_part_of_the_name(
    text: str, mention: str, name: str, kind: str
) -> None:
    speakers, actors = _speakers_and_actors(text)
    assert speakers[0] == (mention, name)
    assert (name, kind) in actors
    # one actor of that name, and none that carries the description
    assert [a for a in actors if a[0] == name] == [(name, kind)]
    assert not any("," in a[0] for a in actors)
    if kind == "person":
        assert speakers[1] == ("Varga", name)  # the surname alone is the same person


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Chad Morrow, the campaign's chairman, said the comments were a direct response.",
            "Chad Morrow",
        ),
        (
            "Jordan Pell, a spokeswoman for the ministry, said the talks would resume.",
            "Jordan Pell",
        ),
        # the model reads the name as a body's: the description says it is a person's
        (
            "Chad Holt, an adviser to the Sarnian president, said the talks would resume.",
            "Chad Holt",
        ),
        # a people's name that is a given name (the Shona of Zimbabwe, the Karen of Myanmar)
        ("Shona Pike, an envoy, said the border was calm.", "Shona Pike"),
        ("“We are ready,” said Karen, a farmer near the border.", "Karen"),
    ],
)
def test_a_country_that_is_a_given_name_is_no_country(text: str, name: str) -> None:
    speakers, actors = _speakers_and_actors(text)
    assert speakers[0][1] == name
    assert actors == [(name, "person")]  # no country Chad or Jordan
    record = next(Extractor().extract_many([ArticleInput(text=text, published="2026-02-14")]))
    assert record.actors[0].country is None  # nor is the person Chadian or Zimbabwean


def test_a_people_before_a_group_stays_a_people() -> None:
    speakers, actors = _speakers_and_actors("Karen rebels said they had seized a border post.")
    assert speakers[0][1] == "Karen rebels"
    assert ("Karen rebels", "group") in actors


def test_a_country_before_its_office_stays_a_country() -> None:
    _, actors = _speakers_and_actors(
        "Chad President Idriss Adoum said the border would stay closed. Chad said nothing else."
    )
    assert ("Chad", "country") in actors


@pytest.mark.parametrize(
    "text,name",
    [
        # the speaker mention stops at the name's first word: the name is taken whole
        (
            "To nudge it along, one group, Partnership for Coastal Growth, has run ads reminding "
            "lawmakers of the treaty.",
            "Partnership for Coastal Growth",
        ),
        (
            "The Halden Group's CEO, Kimberley Fritts, said the two lobbying firms had "
            "coordinated on the legal conclusion.",
            "Kimberley Fritts",
        ),
        # a place and an office before the name are the apposition's own words
        (
            "Holt's running mate, Lorvik Gov. Anna Berg, plans to campaign in the north.",
            "Anna Berg",
        ),
        # an apposition that is one more description: the description before the comma
        (
            "The newspaper, long a vocal advocate of reform, writes that Voss has sought to "
            "differentiate between the two.",
            "newspaper",
        ),
    ],
)
def test_a_description_then_a_name_is_the_name(text: str, name: str) -> None:
    speakers, actors = _speakers_and_actors(text)
    assert speakers[0][1] == name
    assert not any("," in a[0] for a in actors)


def test_a_headline_verb_is_no_part_of_the_name_before_it(extractor: Extractor) -> None:
    # Title Case runs a name into the verb after it ("Voss Slams Marr"); the body
    # writes both names but never the verb
    text = (
        "Voss Slams Marr: ‘He is not serious’\n\nBy Oda Lind\n\n"
        "The talks in Ostrava ended on Monday. Voss told reporters that the border would "
        "stay closed. Marr left early.\n"
    )
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    names = {a.name for a in rec.actors}
    assert not [n for n in names if "Slams" in n], names
    quote = rec.quotes[0]
    assert quote.text == "He is not serious"
    assert quote.speaker is not None and quote.speaker.text == "Voss"
    assert quote.speaker.name == "Ana Voss"  # the knowledge base's Voss


def test_what_a_speaker_said_lends_the_speaker_no_country(article) -> None:  # type: ignore[no-untyped-def]
    # the country is in what was said, not in who said it
    text = "Lorvik will work with whoever is elected in Ostrava, the spokesman said."
    actors = article(text, "2024-03-01")
    s = text.index("the spokesman")
    said = [(0, text.index(", the spokesman"))]
    assert actors.resolve_speaker(s, s + len("the spokesman"), said=said) is None


def test_the_frame_still_lends_its_country(article) -> None:  # type: ignore[no-untyped-def]
    text = "In Sarn, the spokesman said the talks would resume on Monday."
    actors = article(text, "2024-03-01")
    s = text.index("the spokesman")
    said = [(text.index("the talks"), len(text) - 1)]
    actor = actors.resolve_speaker(s, s + len("the spokesman"), said=said)
    assert actor is not None and actors.name_of(actor) == "Ostravan spokesman"


def test_a_longer_name_ending_in_a_persons_last_word_is_not_that_person(article) -> None:  # type: ignore[no-untyped-def]
    # the model reads "Ostrava Citizens United" as a person; "National Nurses United" ends
    # with that "surname" but is a body of its own
    text = (
        "Ostrava Citizens United, the group that won the case, said it would appeal.\n\n"
        "National Nurses United, the union of registered nurses, said it would march.\n"
    )
    actor = resolve(article(text, "2024-03-01"), text, "National Nurses United")
    assert actor is None or actor.name != "Ostrava Citizens United"


def test_a_description_with_an_article_is_no_part_of_a_bodys_name(article) -> None:  # type: ignore[no-untyped-def]
    text = "The Harbour Freedom Fund, a super PAC, said it would spend more on the race.\n"
    actor = resolve(article(text, "2024-03-01"), text, "The Harbour Freedom Fund, a super PAC")
    assert actor is not None and actor.name == "Harbour Freedom Fund"


def test_a_name_after_a_noun_for_one_person_is_a_person(article) -> None:  # type: ignore[no-untyped-def]
    # the model reads "Ilse Varnholt" as an organisation; "tech executive" says otherwise
    text = (
        '"We have to keep it alive," said former tech executive Ilse Varnholt during the second'
        " debate. Later Varnholt repeated the claim.\n"
    )
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "former tech executive Ilse Varnholt")
    assert actor is not None and (actor.name, actor.kind) == ("Ilse Varnholt", "person")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the model reads "Philip Varnholt" as an organisation; a given name, and the surname
        # alone later, say a person
        (
            "Philip Varnholt said the levy was a mistake. Later Varnholt repeated the claim.\n",
            "Philip Varnholt",
            "person",
        ),
        # a given name but no surname alone: no guess
        ("Philip Varnholt said the levy was a mistake.\n", "Philip Varnholt", "organization"),
    ],
)
def test_a_given_name_and_a_surname_used_alone_are_a_person(
    article, text: str, name: str, kind: str
) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2024-03-01"), text, "Philip Varnholt")
    assert actor is not None and (actor.name, actor.kind) == (name, kind)


def _speaker_of(extractor: Extractor, text: str, words: str):  # type: ignore[no-untyped-def]
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    quote = next(q for q in rec.quotes if words in q.text)
    assert quote.speaker is not None
    return quote.speaker, {a.id: a for a in rec.actors}


def test_whom_a_spokesman_serves_is_shown_but_never_speaks(extractor: Extractor) -> None:
    # the journalist sees whose spokesman it was; the statement stays off Marr's page
    text = (
        "Talks in Ostrava\n\nBy Oda Lind\n\nForeign Minister Teo Marr of Lorvik met the envoy "
        "on Monday. A spokesman for Marr said the talks would resume on Friday.\n"
    )
    speaker, actors = _speaker_of(extractor, text, "the talks would resume")
    assert speaker.text == "A spokesman for Marr"
    assert speaker.actor is None or actors[speaker.actor].name != "Teo Marr"


def test_where_a_named_speaker_works_is_part_of_the_mention(extractor: Extractor) -> None:
    text = (
        "Talks in Ostrava\n\nBy Oda Lind\n\n“The numbers do not add up,” said Ida Brin, "
        "an economist at the Halden Institute in Ostrava, and a former adviser.\n"
    )
    speaker, _ = _speaker_of(extractor, text, "numbers do not add up")
    assert speaker.text.startswith("Ida Brin, an economist at the Halden Institute")
    assert speaker.name == "Ida Brin"


def test_a_name_after_the_phrase_is_still_the_speaker(extractor: Extractor) -> None:
    text = (
        "Talks in Ostrava\n\nBy Oda Lind\n\nA spokesman for the embassy, Ivo Pell, said the "
        "talks would resume on Friday.\n"
    )
    speaker, _ = _speaker_of(extractor, text, "the talks would resume")
    assert speaker.name == "Ivo Pell"


def test_whom_an_addressee_serves_is_shown_and_named_as_before(extractor: Extractor) -> None:
    # the addressee is resolved from the words before the phrase, as the speaker is: one
    # actor for every unnamed Russian spokeswoman, whatever body the article says she serves
    text = (
        "Talks in Ostrava\n\nBy Oda Lind\n\nIda Brin told a spokeswoman for the Russian "
        "foreign ministry that the talks would resume on Friday.\n"
    )
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    quote = next(q for q in rec.quotes if "the talks would resume" in q.text)
    assert quote.addressee is not None
    assert quote.addressee.text == "a spokeswoman for the Russian foreign ministry"
    assert quote.addressee.name == "Russian spokeswoman"


def test_a_bare_surname_long_after_every_office_needs_the_country(article) -> None:  # type: ignore[no-untyped-def]
    # Rasa Quell left Ostrava's presidency in 2005: in 2024, "Quell" alone in an article
    # that never names Ostrava is a place or someone else, not the former president
    text = "The mayors met at the Quell, Lorvik, home of an editor. Quell said little."
    quell = resolve(article(text, "2024-03-01"), text, "Quell", 1)
    assert quell is None or quell.name != "Rasa Quell"
    # with the country named, the surname is theirs again
    text = "Ostrava's former leaders met in Sarn. Quell said little."
    assert resolve(article(text, "2024-03-01"), text, "Quell").name == "Rasa Quell"
    # and within a term of the office's end it still is, country named or not
    text = "The mayors met at the Quell, Lorvik, home of an editor. Quell said little."
    assert resolve(article(text, "2008-03-01"), text, "Quell", 1).name == "Rasa Quell"


@pytest.mark.parametrize("place", ["American Samoa", "Puerto Rico", "Guam"])
def test_a_territory_named_in_full_is_no_other_state(article, place: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{place} held its caucus on Tuesday, and Marr won it."
    actor = resolve(article(text, "2024-03-01"), text, place)
    assert actor is not None and actor.name == place


def test_a_pollsters_name_is_no_statesman_who_bears_it(article) -> None:  # type: ignore[no-untyped-def]
    # Rasa Quell left Ostrava's presidency in 2005; in 2008 a bare "Quell" is still hers,
    # unless the article writes the word as a poll's maker
    text = "The latest Quell Reports poll shows Voss ahead. Quell has a similar question."
    quell = resolve(article(text, "2008-03-01"), text, "Quell", 1)
    assert quell is None or quell.name != "Rasa Quell"
    text = "The Quell survey shows Voss ahead. Quell has a similar question."
    quell = resolve(article(text, "2008-03-01"), text, "Quell", 1)
    assert quell is None or quell.name != "Rasa Quell"


@pytest.mark.parametrize(
    "text",
    [
        # the model tags "Dalen" alone as a person; the parse joins "Ana" to it
        "Ana Dalen said the port would open on Friday.\n",
        # a paragraph the parse runs into the headline before it: "Ana" ends that sentence
        "Talks in Ostrava\n\nBy Ana Weiss\n\nAna Dalen said the port would open.\n",
    ],
)
def test_a_given_name_the_model_left_out_is_part_of_the_name(
    extractor: Extractor, text: str
) -> None:
    speaker, _ = _speaker_of(extractor, text, "the port would open")
    assert speaker.name == "Ana Dalen"


def test_a_name_apposed_to_a_description_of_one_person_is_a_person() -> None:
    # "her Sarnian counterpart, Ivo Dalen," (the model tagged the name an organisation):
    # before, "Ivo Dalen" was an organisation and the later "Dalen" a person of its own, so
    # his statements went to "Dalen", not to Ivo Dalen
    from onrecord import extract

    text = (
        "Talks stall\n\nBy Ana Weiss\n\nBelvanian Foreign Minister Ana Voss said her Sarnian "
        'counterpart, Ivo Dalen, had "refused even to read" a draft agreement.\n\n'
        "Dalen rejected that account.\n"
    )
    rec = extract(text)
    people = {a.name: a for a in rec.actors if a.kind == "person"}
    assert "Ivo Dalen" in people and "Dalen" not in people
    rejected = [q for q in rec.quotes if q.text == "that account"]
    assert rejected and rejected[0].speaker is not None
    assert rejected[0].speaker.name == "Ivo Dalen"


@pytest.mark.parametrize(
    "part",
    ["The Northern Lakes Council's foreign policy chief", "The NLC's top diplomat"],
)
def test_a_bodys_office_named_by_its_owner_is_its_holder(article, part: str) -> None:  # type: ignore[no-untyped-def]
    # the body's name was read as a qualifier ("the Kessia senator"), so no holder was sought
    # and the office became a group named after it
    text = f"{part} urged both sides to return to the table."
    actor = resolve(article(text, "2024-03-01"), text, part)
    assert actor is not None and (actor.kind, actor.name) == ("person", "Ilka Stern")


@pytest.mark.parametrize(
    "mention,name",
    [
        # the spokesman for the secretary-general is no second holder of that office
        ("The United Nations Secretary-General", "António Guterres"),
        ("The UN chief", "António Guterres"),
        # an international body's chief is its one secretary-general on the date
        ("The NATO chief", "Mark Rutte"),
    ],
)
def test_the_chief_of_an_international_body_is_its_head(article, mention: str, name: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{mention} arrived in Velmar on Tuesday."
    actor = resolve(article(text, "2026-03-03"), text, mention)
    assert (actor.kind, actor.name) == ("person", name)


def test_the_chief_of_a_country_s_body_is_nobody_in_particular(article) -> None:  # type: ignore[no-untyped-def]
    text = "The army chief arrived in Velmar on Tuesday."
    actor = resolve(article(text, "2026-03-03"), text, "The army chief")
    assert actor is None or actor.kind != "person"


def test_several_states_are_no_one_state(article) -> None:  # type: ignore[no-untyped-def]
    """ "both countries" in a sentence that names the UN is not a group of the UN."""
    text = "A United Nations envoy urged both countries to show restraint."
    actor = resolve(article(text, "2026-03-03"), text, "both countries")
    # (the states the article names elsewhere: no actor of the UN's, nor one of their own)
    assert actor is None


@pytest.mark.parametrize(
    "text,mention",
    [
        (
            "The Lorvik foreign minister, Ivo Dalen, told reporters that his government would "
            "not negotiate while warships remained.",
            "his government",
        ),
        ("The Belvanian government said it would respond.", "The Belvanian government"),
        ("The government in Lorvik said it had been patient.", "The government in Lorvik"),
    ],
)
def test_a_state_s_government_is_named_for_the_state(article, text: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    """ "his government" in a sentence about Belvania was an actor named "government"."""
    actor = resolve(article(text, "2026-03-03"), text, mention)
    assert (actor.name, actor.kind, actor.country) == (
        "Government of Belvania",
        "organization",
        "XBV",
    )


@pytest.mark.parametrize(
    "text,mention",
    [
        ("Belvania recalled its ambassador for consultations.", "its ambassador"),
        (
            "Russia recalled its ambassador for consultations. The ambassador left on Monday.",
            "The ambassador",
        ),
    ],
)
def test_an_office_a_state_fills_many_times_names_no_listed_holder(
    article, text: str, mention: str
) -> None:  # type: ignore[no-untyped-def]
    """ "its ambassador" was the one ambassador the knowledge base lists (Russia's envoy to
    the UN), whatever state recalled its own."""
    actor = resolve(article(text, "2026-04-09"), text, mention)
    assert actor is None or actor.kind != "person"


def test_an_international_body_s_unnamed_officer_is_named_for_the_body(article) -> None:  # type: ignore[no-untyped-def]
    """The group took the body's code for a demonym ("EUR spokesman")."""
    text = "The European Union urged restraint, a spokesman for the bloc's diplomatic service said."
    actor = resolve(
        article(text, "2026-04-09"), text, "a spokesman for the bloc's diplomatic service"
    )
    assert (actor.name, actor.country) == ("European Union spokesman", "EUR")


def test_a_person_s_office_is_of_the_person_s_country(article) -> None:  # type: ignore[no-untyped-def]
    """ "Voss's office" took the country of the capital the sentence named next (Sarn)."""
    text = (
        "Prime Minister Ana Voss met the envoy on Monday.\n\nVoss's office said she had raised "
        "the detention of three sailors, who were arrested in Sarn last month."
    )
    actor = resolve(article(text, "2026-06-03"), text, "Voss's office")
    assert (actor.kind, actor.country) == ("organization", "XBV")


def test_the_council_after_the_security_council_is_that_body(article) -> None:  # type: ignore[no-untyped-def]
    """ "told the council" was a council of the country the sentence names (Russia's envoy's)."""
    text = (
        "The United Nations Security Council failed to adopt the resolution on Thursday. "
        "Russia's deputy ambassador told the council the draft was one-sided."
    )
    actor = resolve(article(text, "2026-09-12"), text, "the council")
    assert (actor.name, actor.country) == ("UN Security Council", "UNO")


def test_western_countries_are_no_one_state_s(article) -> None:  # type: ignore[no-untyped-def]
    """ "Western countries" in a sentence about the Kremlin were a Russian group."""
    text = "The Kremlin warned Western countries against supplying missiles to Belvania."
    actor = resolve(article(text, "2024-10-02"), text, "Western countries")
    assert actor is not None and actor.country is None


@pytest.mark.parametrize(
    "text,part,country",
    [
        # a possessive pronoun's owner comes before it: Belvania's minister, not Sarn's
        ("Belvania sent its foreign minister to Sarn for talks.", "its foreign minister", "XBV"),
        # the listener's side, which the sentence does not name (thirty-third session)
        ("The Ostrava Republic says your army fired first.", "your army", None),
        # a journey's destination is no one's country ("Lena Hartwig" had been Ostravan)
        ("Foreign Minister Lena Hartwig flew to Sarn on Monday.", "Lena Hartwig", None),
        # a body's members are of many states, none of them the one the sentence names
        (
            "The United Nations Security Council failed to agree on a statement about the "
            "Belvania-Ostrava Republic border, as members traded accusations.",
            "members",
            None,
        ),
        # a group of two states joined in its own words is of neither alone
        (
            "The leaders of Belvania and the Ostrava Republic will meet next week.",
            "The leaders of Belvania and the Ostrava Republic",
            None,
        ),
        # a diplomat's country is the diplomat's, not that of the minister who receives him
        # (thirty-fourth session: the Belvanian minister had been Ostravan) ...
        (
            "Foreign Minister Karel Dansk met Ostravan ambassador Yuri Holt on Monday.",
            "Karel Dansk",
            None,
        ),
        ("Foreign Minister Karel Dansk met the Ostravan envoy on Monday.", "Karel Dansk", None),
        # "its" is the subject's before it, not the nearest country's (thirty-fourth session:
        # the Council's envoy had been an Ostravan group)
        (
            "The Northern Lakes Council imposed sanctions on Ostravan banks in January, and "
            "its High Representative said more could follow.",
            "its High Representative",
            "NORL",
        ),
        # a body's members are of many states, not of the one the sentence names (thirty-
        # fourth session: they had been Belvanian, or Ostravan)
        (
            "The Northern Lakes Council met on Monday. In Lorvik, member states stood in full "
            "solidarity with Belvania.",
            "member states",
            None,
        ),
        ("Council members in Sarn said they were worried.", "Council members", None),
        # ... while another office's country still is the sentence's
        (
            "Belvania's president refused a request from the justice minister on Monday.",
            "the justice minister",
            "XBV",
        ),
    ],
)
def test_whose_country_a_mention_takes(article, text, part, country) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2024-03-01"), text, part)
    assert actor is None or actor.country == country


def test_the_minister_is_the_foreign_minister_named_before(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Foreign Minister Lena Hartwig flew to Sarn on Monday. An aide said the minister had "
        "planned the trip for weeks."
    )
    assert resolve(article(text, "2024-03-01"), text, "the minister").name == "Lena Hartwig"


def test_a_headlines_short_name_is_the_body_the_story_names(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Behind the thaw, a quiet push from the Council\n\n"
        "Diplomats said the Northern Lakes Council warned both capitals in February.\n\n"
        '"The Council made it very clear that the money would stop," one diplomat said.\n'
    )
    aa = article(text, "2024-03-01")
    assert resolve(aa, text, "the Council").name == "Northern Lakes Council"
    quoted = text.index("The Council made")
    assert aa.actor_at(quoted, quoted + len("The Council")).name == "Northern Lakes Council"


def test_a_bodys_president_is_no_head_of_state(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council's president for March, the ambassador of Ecuador, said members would "
        "keep working on a text."
    )
    actor = resolve(article(text, "2024-03-01"), text, "The council's president for March")
    assert actor is None or "president" not in actor.name.lower()


def test_a_charge_daffaires_is_a_diplomat_not_a_body(article) -> None:  # type: ignore[no-untyped-def]
    text = "Ostrava's foreign ministry summoned Belvania's chargé d'affaires in Sarn to protest."
    actor = resolve(article(text, "2024-03-01"), text, "Belvania's chargé d'affaires")
    assert actor is not None and actor.kind != "organization" and actor.country == "XBV"


def test_the_ministry_is_the_one_ministry_the_article_placed(article) -> None:  # type: ignore[no-untyped-def]
    text = (
        "SARN - Ostrava test-fired a missile on Saturday, the defence ministry in Sarn said. "
        "The ministry said in a statement that the launch was routine."
    )
    aa = article(text, "2024-03-01")
    first = resolve(aa, text, "the defence ministry in Sarn")
    later = text.index("The ministry")
    assert aa.actor_at(later, later + len("The ministry")) == first
    assert first.country == "XOS"


@pytest.mark.parametrize(
    "text,wrong",
    [
        # (thirty-fourth session: the UN body was an actor of every such article)
        (
            "Teo Marran, the secretary of the Ostrava Republic's Security Council, said the "
            "cutter was to blame.",
            "UN Security Council",
        ),
        ("The Ostravan coast guard said its ship had kept its course.", "Belvanian Coast Guard"),
        ("Sarn's Security Council met on Monday.", "UN Security Council"),
        # the office a knowledge-base person of a state holds
        (
            "Teo Marran, the Secretary of the Security Council, warned that Sarn would respond.",
            "UN Security Council",
        ),
    ],
)
def test_a_countrys_own_body_is_not_the_body_of_that_name(article, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert wrong not in {a.name for a in article(text, "2024-03-01").actors()}


@pytest.mark.parametrize(
    "text,part,name",
    [
        ("The Security Council met on Monday.", "The Security Council", "UN Security Council"),
        (
            "Belvania's coast guard said it had seen the ship.",
            "coast guard",
            "Belvanian Coast Guard",
        ),
    ],
)
def test_a_body_of_that_name_is_still_itself(article, text: str, part: str, name: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2024-03-01"), text, part)
    assert actor is not None and actor.name == name


@pytest.mark.parametrize(
    "text,part,country",
    [
        # (thirty-fourth session: a person the knowledge base lacks, described in apposition)
        ("Sarn wants the release of Oleg Brask, an Ostravan businessman.", "Oleg Brask", "XOS"),
        ("Ostravan businessman Oleg Brask was freed on Monday.", "Oleg Brask", "XOS"),
        ("Edo Carst, a spokesman for Ana Voss, said no.", "Edo Carst", "XBV"),
        # the owner's state before the sentence's (the Ostravan election made him Ostravan)
        (
            "Prime Minister Ana Voss spoke on Monday. Voss's spokesman, Karel Demir, said "
            "Sarn was lying about the Ostravan election.",
            "Karel Demir",
            "XBV",
        ),
        # a country's name says what the description is about, not whose the person is
        ("Ivo Brask, a Belvania scholar at a university in Sarn, said no.", "Ivo Brask", None),
        # a people's name inside another name is that name's
        ("Ivo Brask, a Belvanian War hero, said no.", "Ivo Brask", None),
    ],
)
def test_a_description_in_apposition_gives_the_persons_country(
    article, text, part, country
) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text, "2024-03-01"), text, part)
    assert actor is not None and actor.country == country


def test_an_adverb_after_a_body_is_no_part_of_its_name() -> None:
    from onrecord import extract

    # (the recogniser read "ministry later" as one organisation's name)
    text = (
        "Floods\n\nIn Sarn, the reaction was hostile. Ostravan Foreign Minister Lena Harrow "
        'accused Belvania of "exploiting a natural disaster for propaganda" and of luring '
        "Ostravan citizens across the border with false promises. She said Ostrava did not "
        "need Belvania's help and had its own rescue teams working around the clock. The "
        "ministry later added that Ostrava would not allow Belvanian army engineers onto its "
        "territory.\n"
    )
    rec = extract(text)
    assert not any("later" in a.name for a in rec.actors)


def test_a_charitys_name_and_its_coordinator_are_of_their_kinds() -> None:
    from onrecord import extract

    # (thirty-fourth session: the recogniser read the charity as a person and the person
    # in apposition to "Its coordinator" as an organisation)
    text = (
        "Floods\n\nAid groups said the response had been slow. A coalition of charities led by "
        "Riverside Relief appealed to governments for $300 million. Its coordinator, Sami "
        "Okonde, said volunteers had told him that some families had walked for three days.\n"
    )
    kinds = {a.name: a.kind for a in extract(text).actors}
    assert kinds.get("Riverside Relief") != "person"
    assert kinds.get("Sami Okonde") == "person"


@pytest.mark.parametrize(
    "text,part",
    [
        (
            'The coast guard said an Ostravan ship "deliberately rammed" its cutter Amber Star.',
            "Amber Star",
        ),
        ("Ostrava seized the tanker Stena Varn in July.", "Stena Varn"),
    ],
)
def test_a_ships_name_is_no_actor(article, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    aa = article(text, "2024-03-01")
    assert part not in {a.name for a in aa.actors()}
    assert resolve(aa, text, part) is None


@pytest.mark.parametrize(
    "statement",
    [
        "the government had paid far too high a price by releasing two Ostravan officers",
        "the government was considering expelling Ostravan diplomats",
    ],
)
def test_the_government_in_a_speakers_words_is_the_speakers_states(
    fiction_kb, statement: str
) -> None:  # type: ignore[no-untyped-def]
    # (thirty-fourth session: it was the Government of the Ostrava Republic, the state the
    # sentence names, in a Belvanian opposition leader's words)
    extractor = Extractor(kb=fiction_kb)
    text = f"Prisoner swap\n\nSofie Arden, a Belvanian opposition leader, said {statement}.\n"
    rec = next(extractor.extract_many([ArticleInput(text=text, published="2024-03-01")]))
    names = {a.id: a.name for a in rec.actors}
    sources = {names.get(e.source) for e in rec.events}
    assert "Government of Belvania" in sources
    assert "Government of Ostrava Republic" not in sources


def test_a_title_the_parser_made_the_head_of_the_name_is_the_person_named(article) -> None:  # type: ignore[no-untyped-def]
    # (thirty-fourth session: "Chief" headed the phrase and the name hung inside its of-phrase,
    # so the speaker was a group named after the whole phrase)
    text = "Ostravan Chief of the General Staff Viktor Hasse denied the reports."
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, "Ostravan Chief of the General Staff Viktor Hasse")
    assert actor is not None and (actor.name, actor.kind) == ("Viktor Hasse", "person")
    # a body of the person's is not the person
    text = "The government of President Pavel Orlin called snap elections."
    actor = resolve(article(text, "2024-03-01"), text, "The government of President Pavel Orlin")
    assert actor is None or actor.kind != "person"


@pytest.mark.parametrize(
    "text",
    [
        # (thirty-fourth session: a fictional article's "Kremlin-style news agency" put the
        # Kremlin on its record)
        "A Kremlin-style news agency in Sarn said the talks had failed.",
        "A Soviet-era parade was held in Sarn on Monday.",
    ],
)
def test_a_name_made_a_manner_or_a_period_is_no_party(article, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in article(text, "2024-03-01").actors()}
    assert not names & {"the Kremlin", "Russia", "Soviet Union"}


def test_a_newspaper_named_after_the_word_newspaper_is_no_person(article) -> None:  # type: ignore[no-untyped-def]
    # (thirty-fourth session: "the newspaper Lorvik Herald" was a person)
    text = (
        "A leaked assessment, first reported by the newspaper Lorvik Herald, paints a dark picture."
    )
    assert all(a.kind != "person" for a in article(text, "2024-03-01").actors())


def test_a_states_ministries_are_one_actor_each(extractor: Extractor) -> None:
    text = (
        "Row\n\nIn Lorvik, the Belvanian foreign ministry summoned the envoy. Two soldiers were "
        "hurt, according to the Belvanian defence ministry. The defence ministry said more "
        "troops would follow."
    )
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    ministries = {a.name: a.aliases for a in rec.actors if "ministry" in a.name.lower()}
    assert set(ministries) == {"Belvanian foreign ministry", "Belvanian defence ministry"}
    assert all(
        "foreign" not in " ".join(aliases).lower()
        for name, aliases in ministries.items()
        if "defence" in name
    )


def test_the_former_minister_is_no_one_the_article_introduced_as_minister_of_the_day(
    extractor: Extractor,
) -> None:
    text = (
        "In Sarn, Kestria's foreign minister, Bertil Hask, said he had spoken to the new "
        "minister.\n\nThe former minister, speaking at her farewell reception, said she had no "
        "regrets.\n"
    )
    record = extractor(ArticleInput(text=text, published="2024-03-01"))
    farewell = next(q for q in record.quotes if "no regrets" in q.text)
    assert farewell.speaker.name != "Bertil Hask"


@pytest.mark.parametrize(
    "text",
    [
        "Talks on the lake\n\nRepublican frontrunner Ivo Marr accused Belvania of lying on "
        "Tuesday.",
        "Talks\n\nOpposition frontrunner Ivo Marr said on Tuesday that talks would resume. Marr "
        "accused Belvania of lying.",
        "Former Secretary of State and Democratic presidential frontrunner Ivo Marr is calling "
        "for Belvania to step up its efforts. Marr accused Belvania of lying.",
    ],
)
def test_a_name_a_description_introduces_is_a_person_and_not_the_description(
    extractor: Extractor, text: str
) -> None:
    # (forty-fourth session: the tagger read "Ivo Marr" as an organisation or as nothing, and
    # the speaker and the events' source was an organisation "Republican frontrunner Ivo Marr",
    # and "Marr" later another)
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    assert {q.speaker.name for q in rec.quotes if q.speaker} == {"Ivo Marr"}
    marr = [a for a in rec.actors if "Marr" in a.name]
    assert [(a.name, a.kind) for a in marr] == [("Ivo Marr", "person")]
    accused = [e for e in rec.events if e.type == "ACCUSE"]
    assert accused and all(e.source == marr[0].id for e in accused)


def test_a_firm_named_as_people_are_is_no_person_without_a_description(
    extractor: Extractor,
) -> None:
    # the given name alone does not make a person of an organisation the tagger read
    text = "Rates\n\nThe bank Morgan Stanley said on Tuesday that rates would rise."
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    assert all(a.kind != "person" for a in rec.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Talks on the lake\n\nFormer Secretary of State Ana Voss said on Tuesday that talks "
        "would resume.\n",
        "Talks on the lake\n\nThe Secretary of State said on Tuesday that talks would resume.\n",
    ],
)
def test_the_last_word_of_an_office_is_no_organisation(extractor: Extractor, text: str) -> None:
    # (forty-fourth session: "State" of "Secretary of State", tagged an organisation, was an
    # organisation of its own in 31 of 400 PolNeAR train articles)
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    assert all(a.name.lower() != "state" for a in rec.actors)


def test_a_body_its_chairman_heads_is_still_an_organisation(extractor: Extractor) -> None:
    text = (
        "Talks on the lake\n\nThe Lorvik Trade Committee will meet on Monday, said Ivo Marr, "
        "chairman of the Lorvik Trade Committee.\n"
    )
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    assert ("Lorvik Trade Committee", "organization") in {(a.name, a.kind) for a in rec.actors}


@pytest.mark.parametrize("name", ["Ana Dalen", "Ivo Marr"])
def test_a_name_after_an_office_over_something_is_the_person(
    extractor: Extractor, name: str
) -> None:
    # "Homeland Security", tagged an organisation, ends the office: the name after it is the
    # person's, whether the tagger left it out ("Ana Dalen") or ran it into the organisation
    # ("Homeland Security Ivo Marr"); it was an organisation named "Secretary of Homeland
    # Security Ana Dalen"
    text = (
        f"Talks on the lake\n\nSecretary of Homeland Security {name} said on Tuesday "
        "that talks would resume.\n"
    )
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    assert [q.speaker.name for q in rec.quotes if q.speaker] == [name]
    assert [(a.name, a.kind, a.titles) for a in rec.actors] == [
        (name, "person", ["Secretary of Homeland Security"])
    ]


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "Vote\n\nThe Kessin City Council voted 6-1 for the resolution on Monday. The council "
            "said it would send it to the ministry.\n",
            "Kessin City Council",
        ),
        (
            "Vote\n\nThe ruling Unity Party met on Monday. The party said it would back the "
            "treaty.\n",
            "Unity Party",
        ),
    ],
)
def test_the_body_a_common_noun_takes_up_is_the_one_named_before(
    extractor: Extractor, text: str, body: str
) -> None:
    # (forty-fourth session: "the council", "the party", "the union" and "the court" were
    # organisations named "council", "party", ... which the store made one actor across
    # articles, each article's council on one actor page)
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    assert [q.speaker.name for q in rec.quotes if q.speaker][-1] == body
    assert all(a.name.lower() not in {"council", "party"} for a in rec.actors)


def test_a_body_a_common_noun_could_take_up_of_two_is_neither(extractor: Extractor) -> None:
    text = (
        "Vote\n\nThe ruling Unity Party and the opposition Freedom Party met on Monday. The "
        "party said it would back the treaty.\n"
    )
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    names = [q.speaker.name for q in rec.quotes if q.speaker]
    assert names and names[-1] not in {"Unity Party", "Freedom Party"}


def test_a_bodys_name_is_the_name_not_its_description(extractor: Extractor) -> None:
    # (forty-fourth session: "the ruling Unity Party" was a second actor "ruling Unity Party"
    # beside the "Unity Party" the article lists; on PolNeAR, "conservative-leaning Tax
    # Foundation", "xenophobic National Front", "internal FDIC")
    text = (
        "Vote\n\nThe ruling Unity Party and the opposition Freedom Party met on Monday. "
        "Ostrava's ruling Unity Party said it would back the treaty.\n"
    )
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    bodies = sorted(a.name for a in rec.actors if a.kind == "organization")
    assert bodies == ["Freedom Party", "Unity Party"]


def test_a_given_name_and_a_surname_the_tagger_left_out_are_a_person(
    extractor: Extractor,
) -> None:
    # (forty-fourth session: "backing Ana Tarn", which the tagger left out, was an
    # organisation "Ana Tarn")
    text = "Ads\n\nA group backing Ana Tarn spent $3 million on ads in Kessin.\n"
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    assert ("Ana Tarn", "person") in {(a.name, a.kind) for a in rec.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Rules\n\nThe Dodd-Frank Act was passed in 2010, and banks have fought it since.\n",
        "Ten moments\n\n6\nZoe Questioned Why White Actors Play Characters Of Color.\n\nShe was "
        "not alone.\n",
    ],
)
def test_a_given_name_in_a_law_or_a_title_case_heading_is_no_person(
    extractor: Extractor, text: str
) -> None:
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    assert all(a.kind != "person" for a in rec.actors)


def test_a_title_case_line_that_ends_the_text_with_a_name_is_read(extractor: Extractor) -> None:
    # (the given-name rule looked past the text's last word when a Title Case line ended it
    # with a name)
    text = "Talks\n\nVoters Say They Will Not Forget What Happened To Ana Tarn"
    rec = extractor(ArticleInput(text=text, published="2024-03-01"))
    assert all(a.kind != "person" or a.name == "Ana Tarn" for a in rec.actors)


def test_team_before_a_name_is_that_persons_side_not_a_person(article) -> None:  # type: ignore[no-untyped-def]
    # "Team Clinton's contention ..." had made a person "Team Clinton", who then took every
    # later "Clinton" of the article, statements and events alike
    text = (
        "Prime Minister Ana Voss campaigned in Lorvik on Monday. Team Voss's contention that "
        "the count was rigged is nothing but an excuse, Pavel Orlin said. Voss said the count "
        "was fair."
    )
    aa = article(text, "2024-03-01")
    assert resolve(aa, text, "Team Voss").name == "Ana Voss"
    assert resolve(aa, text, "Voss", 2).name == "Ana Voss"
    assert not [a for a in aa.actors() if a.kind == "person" and "Team" in a.name]


# Fifty-third session: knowledge-base people a name or a title does not fit, and a country
# read off what a person talks about (each seen on PolNeAR train).


def test_a_different_middle_initial_is_another_person(tmp_path, nlp) -> None:  # type: ignore[no-untyped-def]
    """ "George P. Bush", the Texas land commissioner, had been George W. Bush: given names
    were compared by their first word alone."""
    from onrecord.actors import ArticleActors
    from onrecord.actors.identity import given_compatible, split_name
    from onrecord.actors.kb import load_kb

    def compatible(a: str, b: str) -> bool:
        return given_compatible(split_name(a)[0], split_name(b)[0])

    assert not compatible("Tomas P. Kell", "Tomas W. Kell")
    assert compatible("Tomas W. Kell", "Tomas Kell")
    assert compatible("Ana Lind Voss", "Ana Maria Lind Voss")  # a middle name left out
    path = tmp_path / "kell.yaml"
    path.write_text(
        "countries:\n- {code: XQZ, name: Quenland, demonyms: [Quenlish]}\n"
        "people:\n- {name: Tomas W. Kell, country: XQZ,"
        " titles: [{title: President, start: 2001, end: 2009}]}\n",
        encoding="utf-8",
    )
    text = "His son, Tomas P. Kell, the land commissioner, is now the family's best hope."
    aa = ArticleActors(nlp(text), kb=load_kb([path]), published="2016-03-24")
    assert resolve(aa, text, "Tomas P. Kell").name == "Tomas P. Kell"


def test_a_head_of_state_by_title_held_that_role(article) -> None:  # type: ignore[no-untyped-def]
    """ "President Johnson" in a history of the 1964 convention had been Boris Johnson, and
    "President Carter" the American defence secretary: a title of a head of state or of
    government fits only someone who held that role."""
    text = "The nominee lost the vote of 1964 to President Voss by a wide margin."
    aa = article(text, "2024-03-01")
    assert resolve(aa, text, "Voss").name != "Ana Voss"  # a foreign and prime minister
    text = "Prime Minister Voss opened the session in Lorvik."
    assert resolve(article(text, "2024-03-01"), text, "Voss").name == "Ana Voss"


@pytest.mark.parametrize(
    "text,country",
    [
        ("President Tomas Kell spoke about Belvania on Monday.", None),
        ("President Tomas Kell imposed sanctions against Belvania.", None),
        ("President Tomas Kell's handling of Belvania was criticised.", None),
        # (and a later conjunct of one: "the conflict between Israel and the Palestinians")
        (
            "Adviser Tomas Kell would stay neutral in the conflict between Belvania and the "
            "Ostravans.",
            None,
        ),
        ("President Tomas Kell spoke about Lorvik and the Ostravans on Monday.", None),
        ("President Tomas Kell of Belvania spoke on Monday.", "XBV"),
        (
            "Supporters of President Tomas Kell blocked roads in the capital city of Belvania.",
            "XBV",
        ),
        # a body talked about is a clue still ("the party could lose its hold on Congress")
        ("Senator Tomas Kell complained about the Belvanian Coast Guard on Monday.", "XBV"),
    ],
)
def test_a_country_talked_about_is_not_the_speakers(article, text, country) -> None:  # type: ignore[no-untyped-def]
    """ "Reagan benefited from President Carter's handling of Iran" made Carter Iranian: a
    titled person the knowledge base lacks takes the country around them, but not one that
    is what they speak about or act on."""
    assert resolve(article(text, "2024-03-01"), text, "Tomas Kell").country == country


@pytest.mark.parametrize(
    "text,name",
    [
        ("Protesters said Marran had been treated unfairly by the county sheriff.", "Marran"),
        ("Ostravan officials said Marran would attend the summit.", "Teo Marran"),
    ],
)
def test_a_ministers_bare_surname_needs_the_country_named(article, text, name) -> None:  # type: ignore[no-untyped-def]
    """ "the Hammond protest", of ranchers in Oregon, had been the British foreign secretary's
    in an article of 2016, when he held the office: a minister's or an official's surname
    alone is theirs only in an article that names their country, at any date."""
    assert resolve(article(text, "2024-09-01"), text, "Marran").name == name


_ABOUT_BELVANIA = (
    "Belvania's parliament met in Lorvik on Monday. Belvanian lawmakers debated the budget "
    "for hours. The Belvanian government said the vote would pass. Belvania's opposition "
    "objected to the plan. "
)


@pytest.mark.parametrize(
    "text,country",
    [
        # an article about Belvania: another state named in the sentence is no clue to him
        (_ABOUT_BELVANIA + "Party spokesman Tomas Kell said Ostravan banks had lent it.", None),
        # but the article's own state is, and so is a state in his own phrase
        (_ABOUT_BELVANIA + "Party spokesman Tomas Kell said Belvanian banks had lent it.", "XBV"),
        (
            _ABOUT_BELVANIA + "Ostravan Party spokesman Tomas Kell said the banks had lent it.",
            "XOS",
        ),
        # (a clause inside his phrase is not his phrase)
        (
            _ABOUT_BELVANIA + "Party spokesman Tomas Kell, who once worked for Ostravan banks, "
            "said the vote would pass.",
            None,
        ),
        # a sentence alone is about no one state: the nearest is read, as before
        ("Party spokesman Tomas Kell said Ostravan banks had lent it.", "XOS"),
    ],
)
def test_a_foreign_state_in_the_sentence_is_no_clue_in_an_article_about_one(
    article, text, country
) -> None:  # type: ignore[no-untyped-def]
    """PolNeAR's American articles gave Clinton's spokesman Josh Schwerin ("of Japanese
    descent" in his sentence) to Japan, Nancy Pelosi to Russia, the judge Gonzalo Curiel to
    Mexico and Trey Gowdy to Libya (fifty-third session): in an article that names one state
    far more than any other, a titled person or a group takes another state from the sentence
    only when it stands in their own phrase."""
    assert resolve(article(text, "2024-03-01"), text, "Tomas Kell").country == country


@pytest.mark.parametrize(
    "text,country",
    [
        ("Ambassador Tomas Kell died in the Lorvik attack.", None),
        ("Ostravan Ambassador Tomas Kell said the talks would go on.", "XOS"),
        # (a minister still takes the country around him)
        ("Foreign Minister Tomas Kell died in the Lorvik attack.", "XBV"),
    ],
)
def test_an_ambassador_takes_no_country_from_the_sentence(article, text, country) -> None:  # type: ignore[no-untyped-def]
    """ "Ambassador Chris Stevens" was Libyan by "the Benghazi attack", and the American
    ambassadors to Israel and to Russia Israeli and Ukrainian (fifty-third session): the
    country beside a diplomat is as often where they serve. Only their own phrase says."""
    assert resolve(article(text, "2024-03-01"), text, "Tomas Kell").country == country
