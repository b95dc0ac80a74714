"""Events of a briefing and of a wire report on border talks (issue 15, thirty-third
session): readings a journalist would call wrong, each found in a fictional article read
event by event.

- "He declined to say whether Sarnia would withdraw its troops" was a REJECT aimed at Sarnia:
  declining to say is no act, as declining to comment is not (CAMEO 011).
- "Not everyone welcomed the deal" was a welcome.
- "his party would vote against any treaty" was support.
- "Its foreign policy chief, Ilka Stern, urged ..." had no source: the description's head is
  no actor word, and the person named in apposition was not looked at.
- "offered to send monitors" had the monitors as its target, "sent its foreign minister to
  Sarn" the minister: what or whom a side sends is its own, not the one acted on.
- "sent an envoy to Sarn" was aid at +10: the lexicon gives "send" aid only with things sent
  (aid, arms, food), and reads an envoy as a consultation; the model, which never saw an envoy
  sent, answered for "send" alone.
- '"Two civilians were wounded," she said' made the spokeswoman the attacker: a passive's
  unnamed agent is not the speaker.
- "Stern urged both governments to build on this momentum and offered to send monitors": the
  parser hung "offered" on "build", so the offer was the governments'.

Fiction only.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded, coded_events, fiction_actors, fiction_events


@pytest.mark.parametrize(
    "sentence",
    [
        "Davor Lukk declined to say whether Sarnia would withdraw the troops it moved to the "
        "border last month.",
        "The ministry refused to discuss the talks with Sarnia.",
    ],
)
def test_declining_to_say_is_no_act(sentence: str) -> None:
    assert coded(sentence) == []


def test_refusing_to_give_something_up_is_still_a_rejection() -> None:
    assert [t for t, _, _ in coded("Sarnia refused to give up the town of Keld.")] == ["REJECT"]


def test_not_everyone_negates_what_they_did() -> None:
    events, _ = coded_events("Not everyone welcomed the deal.")
    assert [(e.type, e.negated) for e in events] == [("SUPPORT", True)]


@pytest.mark.parametrize(
    "sentence,type_",
    [
        ("Opposition leader Karel Venn said his party would vote against the treaty.", "REJECT"),
        ("The Lorvik parliament voted against the treaty on Monday.", "REJECT"),
        ("The Lorvik parliament voted for the resolution on Monday.", "SUPPORT"),
    ],
)
def test_a_vote_against_is_a_rejection(sentence: str, type_: str) -> None:
    assert [t for t, _, _ in coded(sentence)] == [type_]


def test_a_description_with_a_name_in_apposition_is_the_one_named() -> None:
    events = coded(
        "The Northern Lakes Council met on Monday. Its foreign policy chief, Ilka Stern, urged "
        "Sarnia to withdraw."
    )
    assert ("REQUEST", "Ilka Stern", "Sarnia") in events


def test_monitors_a_side_offers_to_send_are_not_its_target() -> None:
    events = coded("Ilka Stern offered to send monitors.")
    assert [(t, target) for t, _, target in events] == [("AGREE", None)]


def test_a_minister_a_state_sends_is_not_its_target() -> None:
    text = "Belvania sent its foreign minister to Sarn for talks.\n"
    events, names = fiction_events(text)
    assert events
    assert all("minister" not in (names.get(e.target) or "") for e in events)
    # the minister is Belvania's, whose "its" it is, not the Ostravan capital's (read off the
    # article's actors: the record lists only the actors an event or a statement takes)
    actors = fiction_actors(text)
    start = text.index("its foreign minister")
    minister = actors.actor_at(start, start + len("its foreign minister"))
    assert minister is not None and minister.name == "Belvanian foreign minister"


def test_sending_an_envoy_is_a_consultation() -> None:
    # (not "Sarnia", a city of Ontario: a city a phrase names is where an act happened)
    assert coded("Belvania sent an envoy to Kestria on Monday.") == [
        ("CONSULT", "Belvania", "Kestria")
    ]


def test_sending_aid_is_still_aid() -> None:
    assert [t for t, _, _ in coded("Belvania sent aid to Sarnia on Monday.")] == ["AID"]


def test_a_passive_in_a_statement_is_not_the_speakers_act() -> None:
    events = coded(
        "Belvanian foreign ministry spokeswoman Irena Dahl spoke on Monday. “Sarnian artillery "
        "shelled the village of Keld this morning. Two civilians were wounded,” Dahl said."
    )
    assert all(source != "Irena Dahl" for typ, source, _ in events if typ == "ASSAULT")


def test_an_offer_after_an_appeal_is_the_speakers() -> None:
    events = coded(
        "Lena Brandt urged both governments to build on this momentum and offered to send monitors."
    )
    assert ("REQUEST", "Lena Brandt", None) in events
    assert ("AGREE", "Lena Brandt", None) in events


def test_a_stance_in_the_passive_is_still_the_speakers() -> None:
    # "is committed to" states a stance, no act done to the subject: the speaker commits
    # (as the training sentences mark it), unlike "Two civilians were wounded"
    assert coded(
        "Prime Minister Ana Voss said Belvania is committed to opening up its economy to "
        "foreign investors."
    ) == [("AGREE", "Ana Voss", "Belvania")]
