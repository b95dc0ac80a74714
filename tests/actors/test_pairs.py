"""A mention standing for a pair named before it: "the two countries", "both governments".

Read as one actor, "the two countries agreed to pull back" had made a group called
"countries" of whichever state the sentence named nearest, and the agreement that state's
alone; "urged both governments" had no target. Such a mention is now its parties: a joint
speaker, or an event's sources or targets, each party found where it was named. When the
parties are not clear it is no one. Fictional states only (Belvania XBV, Ostrava XOS, and
Kestria XKE of this file).

The last tests are of a headline's office ("Orlin tells foreign minister ..."), read here with
the same ministers: the one holder the article names, else no one (it had been a minister of
the state whose capital the headline names).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.actors.pairs import pair_form
from tests.actors.conftest import fiction_record

KESTRIA = """\
countries:
- code: XKE
  name: Kestria
  demonyms: [Kestrian]
  capital: Vell
people:
- name: Lena Dorn
  country: XKE
  titles: [{title: Foreign Minister, start: 2020-01-01}]
- name: Ivo Brandt
  country: XOS
  titles: [{title: Foreign Minister, start: 2021-01-01}]
"""

GOV_B, GOV_O = "Government of Belvania", "Government of Ostrava Republic"


@pytest.fixture(scope="module")
def kestria(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An actor file with a third state, Kestria, its foreign minister and Ostrava's."""
    path = Path(tmp_path_factory.mktemp("kb")) / "kestria.yaml"
    path.write_text(KESTRIA, encoding="utf-8")
    return path


def _speakers(kestria: Path, text: str) -> list[tuple[str | None, list[str | None] | None]]:
    """Each statement's speaker name and its joint parties' names."""
    record = fiction_record(text, "2024-03-01", kestria)
    return [
        (
            q.speaker.name if q.speaker else None,
            [m.name for m in q.speakers] if q.speakers else None,
        )
        for q in record.quotes
    ]


def _events(kestria: Path, text: str) -> set[tuple[str, str | None, str | None]]:
    """Each event's type, source name and target name."""
    record = fiction_record(text, "2024-03-01", kestria)
    names = {a.id: a.name for a in record.actors}
    return {(e.type, names.get(e.source), names.get(e.target)) for e in record.events}


def test_the_two_countries_are_the_states_coordinated_before(kestria: Path) -> None:
    text = (
        "Belvania and the Ostrava Republic held talks in Vell on Monday.\n\n"
        "The two countries said they would reopen the border crossing."
    )
    assert _speakers(kestria, text) == [(None, [GOV_B, GOV_O])]


def test_an_agreement_of_the_two_countries_is_between_them(kestria: Path) -> None:
    text = (
        "Belvanian and Ostravan troops exchanged fire near the border last month.\n\n"
        "On Monday the two countries agreed to pull heavy weapons back from the river."
    )
    events = _events(kestria, text)
    assert ("AGREE", "Belvania", "Ostrava Republic") in events
    assert ("AGREE", "Ostrava Republic", "Belvania") in events
    assert not [e for e in events if e[0] == "AGREE" and None in e[1:]]


def test_whoever_urges_both_governments_is_not_one_of_them(kestria: Path) -> None:
    text = (
        "Belvanian and Ostravan troops exchanged fire near the border on Monday.\n\n"
        "Kestrian Foreign Minister Lena Dorn urged both governments to show restraint."
    )
    requests = {e for e in _events(kestria, text) if e[0] == "REQUEST"}
    assert requests == {("REQUEST", "Lena Dorn", GOV_B), ("REQUEST", "Lena Dorn", GOV_O)}


def test_the_articles_two_leading_states_when_the_sentences_name_a_mediator(
    kestria: Path,
) -> None:
    text = (
        "Belvania accused the Ostrava Republic of massing troops on the border.\n\n"
        "The Ostrava Republic denied the charge and said Belvania was stoking tension.\n\n"
        "The Kestrian government offered to mediate, and its diplomats urged both countries "
        "to talk."
    )
    requests = {e for e in _events(kestria, text) if e[0] == "REQUEST"}
    assert {e[2] for e in requests} == {"Belvania", "Ostrava Republic"}


def test_both_sides_are_a_pair_only_where_a_coordination_names_it(kestria: Path) -> None:
    # "sides" are any two parties: the article's leading states are not enough
    loose = (
        "Belvania accused the Ostrava Republic of massing troops on the border.\n\n"
        "The Ostrava Republic denied the charge and said Belvania was stoking tension.\n\n"
        "Both sides said the talks would go on."
    )
    assert _speakers(kestria, loose)[-1] == (None, None)
    named = (
        "Belvanian and Ostravan negotiators met in Vell on Monday.\n\n"
        "Both sides said the talks would go on."
    )
    assert _speakers(kestria, named)[-1] == (None, [GOV_B, GOV_O])


def test_both_leaders_are_the_two_leaders_named_before() -> None:
    text = (
        "Prime Minister Ana Voss met President Pavel Orlin in Sarn on Tuesday.\n\n"
        "Both leaders said the talks had been useful."
    )
    record = fiction_record(text, "2024-03-01")
    assert [[m.name for m in q.speakers or ()] for q in record.quotes] == [
        ["Ana Voss", "Pavel Orlin"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # three men named: which two is not known
        "Pavel Orlin met Teo Marran and Edvin Tarrow in Sarn.\n\n"
        "Both men said the talks had been useful.",
        # a president and someone who is none: "the two presidents" are not these two
        "President Pavel Orlin met the singer Tomas Welk in Sarn.\n\n"
        "The two presidents said the talks had been useful.",
        # "both men", and one of the two is a woman
        "Ana Voss met Pavel Orlin in Sarn on Tuesday.\n\nBoth men said the talks had been useful.",
        # who "he" is, the resolver does not know here
        "Ana Voss spoke of Pavel Orlin and Teo Marran.\n\nShe said she had introduced the two men.",
    ],
)
def test_no_pair_when_the_parties_are_not_clear(text: str) -> None:
    record = fiction_record(text, "2024-03-01")
    assert all(not q.speakers for q in record.quotes)
    names = {a.name for a in record.actors}
    assert not names & {"men", "presidents"}  # no group named by the pair's head either


def test_a_pair_of_one_states_people_stays_that_states_group(kestria: Path) -> None:
    text = "The two Ostravan diplomats said the border would stay open."
    record = fiction_record(text, "2024-03-01", kestria)
    speaker = record.quotes[0].speaker
    assert speaker is not None and speaker.name is not None and "Ostravan diplomats" in speaker.name
    assert record.quotes[0].speakers is None


@pytest.mark.parametrize(
    ("sentence", "word", "pair"),
    [
        ("The two countries agreed to talk.", "countries", (2, "state")),
        ("Both governments signed the accord.", "governments", (2, "state")),
        ("All three leaders met in Vell.", "leaders", (3, "people")),
        ("The two met in Vell.", "two", (2, "people")),
        # not a pair: two of something, two things, a floated "both", a phrase saying more
        ("Two countries agreed to talk.", "countries", None),
        ("We are doing both, and we will go on doing both.", "both", None),
        ("Opposition lawmakers — angry at the vote — both walked out.", "both", None),
        ("Both sides of the border were quiet.", "sides", None),
        ("Both Voss and Orlin spoke.", "Voss", None),
    ],
)
def test_pair_form(nlp, sentence: str, word: str, pair: tuple[int, str] | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    form = pair_form(tok)
    assert (None if form is None else (form.n, form.sort)) == pair


HEADLINE = (
    "Orlin tells foreign minister to keep the channel to Lorvik open\n\n"
    "President Pavel Orlin on Tuesday told Foreign Minister Ivo Brandt to keep talking to "
    "Belvania."
)


def test_a_headlines_office_is_the_one_holder_the_article_names(kestria: Path) -> None:
    record = fiction_record(HEADLINE, "2024-03-01", kestria)
    groups = {a.name for a in record.actors if a.kind == "group"}
    assert not any("foreign minister" in n.lower() for n in groups)
    assert ("Pavel Orlin", "Ivo Brandt") in {(s, t) for _, s, t in _events(kestria, HEADLINE)}


def test_a_headlines_office_with_two_holders_is_no_one(kestria: Path) -> None:
    # two foreign ministers named: the headline's is neither, nor a minister of the state
    # whose capital the headline names
    text = HEADLINE + " Kestrian Foreign Minister Lena Dorn welcomed the call."
    record = fiction_record(text, "2024-03-01", kestria)
    assert not [a for a in record.actors if "foreign minister" in a.name.lower()]


def test_a_bare_both_after_a_pair_in_its_sentence_is_that_pair(kestria: Path) -> None:
    text = (
        "Belvanian and Ostravan troops exchanged fire near the border on Monday.\n\n"
        "Lena Dorn said she had asked both governments to pull their forces back, and that "
        "both had agreed."
    )
    events = _events(kestria, text)
    assert ("REQUEST", "Lena Dorn", GOV_B) in events
    assert ("REQUEST", "Lena Dorn", GOV_O) in events
    assert ("AGREE", GOV_B, GOV_O) in events and ("AGREE", GOV_O, GOV_B) in events


def test_a_pair_with_no_parties_known_is_still_the_target(kestria: Path) -> None:
    # "both sides" with no coordination naming them: the request's target is unknown, not a
    # word of the quotation ("movement" had been made an organisation and the target)
    text = (
        "Belvania accused the Ostrava Republic of massing troops on the border.\n\n"
        "Lena Dorn called on both sides to \u201cfreeze all movement\u201d near the river."
    )
    requests = {e for e in _events(kestria, text) if e[0] == "REQUEST"}
    assert requests == {("REQUEST", "Lena Dorn", None)}
