"""Shapes of a diplomatic row's copy (issue 15, thirtieth session): expulsions, protests,
spokeswomen and sources who may not be named. Fiction only.

- "foreign ministry spokeswoman Nadia Petrova told a news briefing ... She said ...": the
  tagger read "Nadia Petrova" as an organisation, so she was not a person the pronoun could
  stand for and "She" went to the foreign minister quoted two paragraphs before. A name after
  a word for one person ("spokeswoman", "Foreign Minister") is a person's.
- "A spokesman, who asked not to be named because he was not authorised to speak, said ...":
  the terms of a source's anonymity were a statement of "the office" (the phrase before),
  running on into what the spokesman said.
- "Sarnia" tagged a place in one sentence and an organisation in the next was two actors.
"""

from __future__ import annotations

from onrecord import extract

ROW = (
    "Sarnia expels Belvanian diplomats\n\nBy Jonas Reed\n\n"
    "Foreign Minister Karin Holm said Sarnia would not tolerate foreign agents.\n\n"
    '"This is a provocation," foreign ministry spokeswoman Nadia Petrova told a news briefing. '
    "She said Belvania would respond within days.\n\n"
    "Dalen's office said the president had received the letter. A spokesman for the office, who "
    "asked not to be named because he was not authorised to speak publicly, said the meeting "
    'was "unlikely under current conditions."\n'
)


def test_she_is_the_spokeswoman_just_quoted() -> None:
    rec = extract(ROW)
    she = next(q for q in rec.quotes if q.speaker and q.speaker.text == "She")
    assert she.speaker is not None and she.speaker.name == "Nadia Petrova"


def test_the_terms_of_anonymity_are_no_statement() -> None:
    rec = extract(ROW)
    assert not any("not to be named" in q.text for q in rec.quotes)
    said = next(q for q in rec.quotes if q.text.startswith("the meeting"))
    assert said.speaker is not None and said.speaker.text == "A spokesman for the office"
    assert all(a.name != "office" for a in rec.actors)


def test_an_unknown_name_is_one_actor_however_it_was_tagged() -> None:
    text = (
        "Sarnia expels diplomats\n\nBy Jonas Reed\n\n"
        "Sarnia on Wednesday ordered three Belvanian diplomats to leave the country.\n\n"
        "The dispute comes weeks after Sarnia imposed sanctions on two Belvanian banks.\n"
    )
    assert [a.name for a in extract(text).actors].count("Sarnia") == 1


def test_a_byline_before_a_blank_line_names_the_writer_without_the_line_break() -> None:
    # (the recogniser took the blank line into the PERSON "Jonas Reed\n\n", and the
    # writer's actor was named with it)
    rec = extract(
        "Row\n\nBy Jonas Reed\n\nVoss responded to Marr that the border would stay shut.\n"
    )
    assert "Jonas Reed" in [a.name for a in rec.actors]
    assert all("\n" not in a.name for a in rec.actors)


def test_what_was_responded_to_is_no_one_addressed() -> None:
    rec = extract(
        "Row\n\nBy Jonas Reed\n\nSarnia has not responded to the proposal, the document says.\n"
    )
    assert all(q.addressee is None for q in rec.quotes)
