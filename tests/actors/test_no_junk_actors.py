"""Words that name nobody never become actors.

Each case is a fictional equivalent of an actor seen on real news pages that an analyst would
find on the actor list and could not use: a poll's share ("in 10"), an age ("year-old"), a
thing written with a people-like ending ("cheers", "legal papers"), a plane with no country,
and lower-case words the tagger read as names ("hell", "rampant xenophobe").
"""

from __future__ import annotations

import pytest

from onrecord.pipeline import ArticleInput, Extractor
from tests.actors.test_resolver import resolve, span


@pytest.mark.parametrize(
    "text,part",
    [
        ("Six in 10 say the Belvanian minister is decisive.", "Six in 10"),
        ("About three in 10 said they would vote for the council.", "About three in 10"),
        ("At least 21,000 signed the Sarn petition.", "At least 21,000"),
        ("“The port will open,” said the 46-year-old.", "the 46-year-old"),
        ("A 21-year-old told the court in Sarn she was afraid.", "A 21-year-old"),
    ],
)
def test_a_count_or_an_age_names_nobody(article, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    assert resolve(article(text), text, part) is None


@pytest.mark.parametrize(
    "text,part",
    [
        (
            "Nine in 10 Belvanian voters said they think she could win.",
            "Nine in 10 Belvanian voters",
        ),
        (
            "Six in 10 Belvanian primary voters said Voss is honest.",
            "Six in 10 Belvanian primary voters",
        ),
    ],
)
def test_a_share_of_a_group_speaks_for_the_group(article, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text), text, part)
    assert actor is not None and actor.kind == "group"
    assert "in 10" not in actor.name and actor.name.endswith("voters")


def test_a_count_of_a_group_speaks_for_the_group(article) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of Belvanian nurses said they would strike."
    actor = resolve(article(text), text, "Thousands of Belvanian nurses")
    assert actor is not None
    assert (actor.kind, actor.country) == ("group", "XBV")
    assert "thousands" not in actor.name.lower()


@pytest.mark.parametrize(
    "text,part",
    [
        ("The lawyers filed legal papers in Sarn on Monday.", "legal papers"),
        ("Geopolitical factors kept the Belvanian talks short.", "Geopolitical factors"),
        ("Other events in Sarn drew the council away.", "Other events"),
    ],
)
def test_a_thing_with_a_people_ending_is_no_group(article, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    assert resolve(article(text), text, part) is None


def test_people_with_such_an_ending_stay_groups(article) -> None:  # type: ignore[no-untyped-def]
    text = "Protest organizers in Sarn said the march would go ahead."
    actor = resolve(article(text), text, "Protest organizers")
    assert actor is not None and actor.kind == "group"


def test_a_machine_stands_for_a_force_only_with_its_country(article) -> None:  # type: ignore[no-untyped-def]
    text = "A plane hit the ministry in Sarn. Belvanian warplanes struck the port."
    aa = article(text)
    assert resolve(aa, text, "A plane") is None
    force = resolve(aa, text, "Belvanian warplanes")
    assert force is not None and force.country == "XBV"


@pytest.mark.parametrize(
    "text,part",
    [
        ("He told them to go to hell.", "hell"),
        ("Voss is a serial liar, rampant xenophobe and bully.", "rampant xenophobe"),
    ],
)
def test_lower_case_words_are_no_name(article, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    assert resolve(article(text), text, part) is None


def test_a_people_in_the_plural_written_small_is_still_a_group(article) -> None:  # type: ignore[no-untyped-def]
    text = "In 1960, some 90 young conservatives met at an editor's home in Sarn."
    aa = article(text)
    actor = aa.actor_at(*span(text, "some 90 young conservatives"))
    assert actor is not None and actor.kind == "group"


def test_a_handle_written_small_is_a_name(article) -> None:  # type: ignore[no-untyped-def]
    text = "@sarnwatch posted that the Belvanian port was closed."
    assert resolve(article(text), text, "@sarnwatch") is not None


def test_the_reaction_a_statement_met_is_no_addressee() -> None:
    text = (
        "Rally in Sarn\n\nBy Ana Weiss\n\n"
        "“We will win in the spring,” Ivo Dalen said to cheers at a rally in Sarn.\n"
    )
    rec = next(Extractor().extract_many([ArticleInput(text=text)]))
    (q,) = rec.quotes
    assert q.speaker is not None and q.speaker.text == "Ivo Dalen"
    assert q.addressee is None
    assert all(a.name.lower() not in {"cheers", "cheer"} for a in rec.actors)


@pytest.mark.parametrize(
    "text,part,name",
    [
        (
            "One of Sarn's former backers who still backs Ivo Dalen wrote that the port was sad.",
            "One of Sarn's former backers who still backs Ivo Dalen",
            "Sarn's backers",
        ),
        (
            "Most of the 25 delegates selected Sunday said the war would end.",
            "Most of the 25 delegates selected Sunday",
            "delegates",
        ),
        (
            "Many of the local council leaders who would rather be home said they backed Voss.",
            "Many of the local council leaders who would rather be home",
            "local council leaders",
        ),
    ],
)
def test_a_group_is_named_without_the_clause_on_it(
    article, text: str, part: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    actor = resolve(article(text), text, part)
    assert actor is not None and actor.name == name


def test_a_name_the_model_ran_on_over_and_stops_before_it(article) -> None:  # type: ignore[no-untyped-def]
    # the model tags "Ivo Dalen and" as one organisation
    text = "Teo Vance spoke. Two objectors, Ivo Dalen and Teo Marr, said the war would end."
    actor = resolve(article(text), text, "Two objectors, Ivo Dalen and Teo Marr")
    assert actor is None or not actor.name.endswith(("and", ","))


def test_a_place_written_with_a_feature_word_is_no_person() -> None:
    """ "a fisherman on Kessa", where the article has "the disputed Kessa islands", made a
    person named Kessa (the model's reading of the lone name)."""
    text = (
        "Sarnia rejected talks over the disputed Kessa islands.\n\n"
        "Austin Reyes, a fisherman on Kessa, said patrol boats had chased his crew away."
    )
    record = next(Extractor().extract_many([ArticleInput(text=text, published="2026-03-03")]))
    assert "Kessa" not in {a.name for a in record.actors}
    assert [q.speaker.name for q in record.quotes if q.speaker][-1] == "Austin Reyes"


@pytest.mark.parametrize(
    "text,part",
    [
        # states the knowledge base knows keep their feature word
        ("The donors gave the Ivory Coast new aid.", "the Ivory Coast"),
        # and territories an event acts on are no mere feature
        ("The UN withdrew its observers from the Golan Heights.", "the Golan Heights"),
    ],
)
def test_a_state_or_territory_named_with_a_feature_word_is_an_actor(
    article, text: str, part: str
) -> None:  # type: ignore[no-untyped-def]
    assert resolve(article(text), text, part) is not None


def test_a_state_named_in_a_feature_s_name_still_speaks(article) -> None:  # type: ignore[no-untyped-def]
    """ "Taiwan said ..." in an article that wrote "the Taiwan Strait" had no speaker: every
    mention of a name written before a feature word was read as the feature."""
    text = (
        "Ostravan warships crossed the Belvania Strait on Monday. Belvania said it scrambled jets."
    )
    actor = resolve(article(text, "2026-03-03"), text, "Belvania", 1)
    assert actor is not None and actor.country == "XBV"


@pytest.mark.parametrize(
    "text,part",
    [
        (
            "Belvania froze the assets of three Ostravan state companies.",
            "the assets of three Ostravan state companies",
        ),
        ("Belvania seized Ostravan weapons at the border.", "Ostravan weapons"),
    ],
)
def test_what_a_state_owns_is_no_group(article, text: str, part: str) -> None:  # type: ignore[no-untyped-def]
    """ "the assets of three Ostravan state companies" was a group of Ostrava's."""
    actor = resolve(article(text), text, part)
    assert actor is None or actor.kind != "group"


_LIVE_BLOG = (
    "Live: the Lorvik debate\n\n"
    "Ana VossFlagShareLikeReplyIvo Dant 5ptsmoderatorFeaturedMarch 6, 2024 9:52PMMarr Says "
    "The Port Must Stay Open\n\n"
    "Teodor Marr told the debate the port must stay open.\n"
)


def test_words_a_page_ran_together_name_nobody() -> None:
    """A live blog's author line glued to its buttons ("Zach CarterFlagShareLikeReplySara
    Bondioli 5ptsmoderatorFeatured...") had made fifteen persons and two bodies of one PolNeAR
    page (fiftieth session)."""
    from tests.actors.conftest import fiction_record

    record = fiction_record(_LIVE_BLOG)
    assert not any("Flag" in a.name or "moderator" in a.name for a in record.actors)
    assert all(q.speaker is None or "Flag" not in q.speaker.text for q in record.quotes)


@pytest.mark.parametrize(
    "word,junk",
    [
        ("CarterFlagShareLikeReplySara", True),
        ("5ptsmoderatorFeaturedFebruary", True),
        ("McDonald", False),
        ("GlaxoSmithKline", False),
        ("DeSantis", False),
        ("@realDonaldTrump", False),
        ("TheLorvikHarbourNews.com", False),
        ("pic.lorvik.net/PaA39tXPcg", False),
    ],
)
def test_a_glued_word_is_told_from_a_name(word: str, junk: bool) -> None:
    from onrecord.actors.scan import glued

    assert glued(word) is junk
