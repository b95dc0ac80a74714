"""A briefing's transcript and an appeal followed by an offer (issue 15, thirty-third
session). Fiction only.

- A briefing prints the reporters' questions under "QUESTION:": the label is no speaker (the
  questions were records of a person named "Question", and the label an actor).
- "Brandt urged both governments to build on this momentum and offered to send monitors":
  the parser hung "offered" on "build", so the offer was recorded as the governments' words.
  A verb with a tense conjoined to an infinitive is another act of the subject above it.
"""

from __future__ import annotations

from onrecord import extract
from onrecord.nlp import load_pipeline, parse
from tests.attribution.conftest import seg, spk

_BRIEFING = (
    "Transcript: foreign ministry briefing\n\n"
    "The following is an edited transcript of the briefing by the foreign ministry "
    "spokeswoman, Irena Dahl.\n\n"
    "DAHL: Good afternoon. We condemn the shelling of Keld and we call on Sarnia to respect "
    "the ceasefire.\n\n"
    "QUESTION: Has the minister spoken to her Sarnian counterpart since the shelling?\n\n"
    "DAHL: Minister Voss spoke with Foreign Minister Tomas Brel by telephone this morning.\n\n"
    "QUESTION: Is the minister still planning to visit Sarnia next week?\n\n"
    "DAHL: The visit has been postponed. I cannot give you a new date.\n"
)


def test_a_question_label_is_no_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    found = attribute(_BRIEFING)
    speakers = {spk(_BRIEFING, a) for a in found}
    assert "QUESTION" not in speakers
    assert "DAHL" in speakers
    rec = extract(_BRIEFING)
    assert all(a.name.lower() != "question" for a in rec.actors)


def test_an_offer_after_an_appeal_is_the_speakers_own(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lena Brandt urged both governments to build on this momentum and offered to send "
        "monitors.\n"
    )
    found = {(spk(text, a), " ".join(seg(text, a))) for a in attribute(text)}
    assert ("Lena Brandt", "to send monitors") in found
    assert all(s == "Lena Brandt" for s, _ in found)


def test_a_tensed_verb_after_an_infinitive_hangs_on_the_verb_above() -> None:
    doc = parse(load_pipeline(), "Brandt urged the two sides to talk and offered to mediate.")
    offered = next(t for t in doc if t.text == "offered")
    assert (offered.dep_, offered.head.text) == ("conj", "urged")
    # an infinitive's own conjunct stays with it
    doc = parse(load_pipeline(), "Brandt urged the two sides to stop and talk.")
    talk = next(t for t in doc if t.text == "talk")
    assert talk.head.text == "stop"


def test_a_tensed_verb_after_a_modal_clause_is_the_speakers_act(attribute) -> None:  # type: ignore[no-untyped-def]
    # (thirty-fourth session: "urged" was the Council's, under "would", and the said-content
    # ran on into it; the appeal was coded hypothetical)
    text = (
        "Stern said the Council would set up an inquiry into the collision and urged Lorvik "
        "and Sarn to hand over radar records.\n"
    )
    doc = parse(load_pipeline(), text)
    urged = next(t for t in doc if t.text == "urged")
    assert (urged.dep_, urged.head.text) == ("conj", "said")
    found = {" ".join(seg(text, a)) for a in attribute(text)}
    assert "the Council would set up an inquiry into the collision" in found
    rec = extract(f"Collision at sea\n\n{text}")
    urging = [e for e in rec.events if e.type == "REQUEST"]
    assert urging and not any(e.hypothetical for e in urging)
    # a verb under the modal stays there: "would meet and talk"
    doc = parse(load_pipeline(), "Stern said the sides would meet and talk on Monday.")
    talk = next(t for t in doc if t.text == "talk")
    assert talk.head.text == "meet"


def test_a_subject_after_a_participle_clause_is_the_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    # (thirty-fourth session: the parser made "Opening the session" the subject of "told" and
    # the envoy a second object of "Opening", so the speaker was "Opening the session")
    text = (
        "Opening the session, the Council's High Representative for Foreign Affairs, Ilka "
        "Stern, told delegates that the truce must hold.\n"
    )
    speakers = {spk(text, a) for a in attribute(text)}
    assert speakers and all(s is not None and "Stern" in s for s in speakers)


def test_the_writers_gloss_after_the_attribution_is_no_content(attribute) -> None:  # type: ignore[no-untyped-def]
    # (thirty-fourth session: "in an apparent reference to Lorvik" was part of what she said)
    text = (
        "Ostrava's Foreign Minister Dara Kell, speaking an hour later, rejected the allegation "
        'as "a fairy tale for the cameras". She told the assembly that her government had '
        'withdrawn more heavy weapons than required. Ostrava would not accept "lectures from '
        'a government that shells its own border towns and blames others", she said, in an '
        "apparent reference to Lorvik.\n"
    )
    contents = [" ".join(seg(text, a)) for a in attribute(text)]
    assert contents and not any("reference" in c for c in contents)


def test_a_one_name_subject_before_an_aside_cue_is_part_of_the_content(attribute) -> None:  # type: ignore[no-untyped-def]
    # (thirty-fourth session: "Belvania" was cut off what he said; two words were needed)
    text = "Belvania, he said, would not be the first to break the truce.\n"
    assert [seg(text, a) for a in attribute(text)] == [
        ["Belvania", "would not be the first to break the truce"]
    ]
    # a lone word that is no subject stays out ("But, he said, ...")
    text = "But, he said, the border stays open to traders.\n"
    assert [seg(text, a) for a in attribute(text)] == [["the border stays open to traders"]]


_ASKED = (
    "Ostrava keeps options open\n\n"
    "Asked whether Sarn would recall its ambassador from Lorvik over the incident, Ruskaya "
    'said no such decision had been taken "for now."\n\n'
    "Asked whether President Pavel Orlin planned to raise the matter with Prime Minister Ana "
    'Voss at the summit, she replied: "The president will raise whatever he considers '
    'necessary. I will not speak for him."\n'
)


def test_the_subject_of_a_question_asked_said_nothing() -> None:
    # "Asked whether Orlin planned to ...": the reporter's question, which had made a
    # statement of Orlin's ("to raise the matter") and one of Sarn's ("recall" read as a
    # speech verb)
    rec = extract(_ASKED)
    speakers = [q.speaker.text for q in rec.quotes if q.speaker]
    assert "Sarn" not in speakers and "President Pavel Orlin" not in speakers
    # ... nor is Orlin the "she" who answers: the spokeswoman who answered before is
    answer = next(q for q in rec.quotes if q.kind == "direct")
    assert answer.speaker is not None and answer.speaker.name == "Ruskaya"


_BRIEFING_QA = (
    "Ostrava accuses Belvania of piracy\n\n"
    "Foreign ministry spokeswoman Marta Ruskaya told her weekly news briefing in Sarn that the "
    "coast guard had boarded the trawler Silver Heron on Monday.\n\n"
    "The briefing also covered the stalled trade talks.\n\n"
    "Q: Will Ostrava retaliate against Belvanian fishing boats?\n\n"
    "A: We are not going to copy the behaviour of the other side.\n\n"
    "Q: Why has the mission been blocked?\n\n"
    "A: We have blocked nothing.\n"
)


def test_a_briefings_answers_are_the_briefers() -> None:
    # the questions and answers below a briefing's write-up: the one who gave it answers
    rec = extract(_BRIEFING_QA)
    answers = [q for q in rec.quotes if q.text.startswith(("We are not going", "We have blocked"))]
    assert len(answers) == 2
    assert all(q.speaker is not None and q.speaker.text == "Marta Ruskaya" for q in answers)


def test_a_briefings_topic_label_is_no_part_of_what_was_said(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Briefing\n\n- On the trade dispute at the Lakes Trade Organization: Economy Minister "
        "Lukas Brenn would travel to the headquarters next week to file a complaint, she said."
    )
    found = next(a for a in attribute(text) if spk(text, a) == "she")
    assert seg(text, found)[0].startswith("Economy Minister Lukas Brenn would travel")


_LECTERN = (
    "Transcript: Belvanian foreign ministry briefing\n\n"
    "LORVIK, March 12, 2026\n\n"
    "SPOKESPERSON LINA ORO: Good afternoon. Belvania condemns the shelling of Dren by Ostravan "
    "forces.\n\n"
    "Q: Will Belvania recall its ambassador?\n\n"
    "A: All options remain on the table. We will not allow Ostrava to threaten our citizens.\n\n"
    "Q: Has the minister spoken to President Orlin?\n\n"
    "A: The minister spoke to him on Tuesday and demanded an immediate ceasefire.\n"
)


def test_a_briefings_answers_are_the_words_of_the_one_labelled_at_the_lectern() -> None:
    # the "A:" answers under a labelled opening had no speaker (session 37's review)
    rec = extract(_LECTERN, published="2026-03-12")
    direct = [(q.speaker.name, q.text) for q in rec.quotes if q.kind == "direct" and q.speaker]
    assert [text.split(".")[0] for _, text in direct] == [
        "Good afternoon",
        "All options remain on the table",
        "The minister spoke to him on Tuesday and demanded an immediate ceasefire",
    ]
    # a label in capitals names Lina Oro, a spokesperson, as written in the text
    assert {name for name, _ in direct} == {"Lina Oro"}
    (oro,) = [a for a in rec.actors if a.name == "Lina Oro"]
    assert oro.titles == ["Spokesperson"]


def test_two_labelled_speakers_above_the_questions_leave_the_answers_unattributed() -> None:
    text = _LECTERN.replace(
        "Q: Will", "MODERATOR ILKA STERN: We will now take questions.\n\nQ: Will"
    )
    rec = extract(text, published="2026-03-12")
    # (who answers is unknown: none of the answers is anyone's statement)
    answers = [q for q in rec.quotes if q.text.startswith(("All options", "The minister spoke"))]
    assert all(q.speaker is None for q in answers)
    assert any(q.text.startswith("We will now take questions") for q in rec.quotes)
