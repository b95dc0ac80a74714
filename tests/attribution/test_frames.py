"""Frames found by error analysis on PolNeAR train: questions before a short cue, ages
as speakers, colon introductions, nested reported clauses, programme titles."""

from __future__ import annotations

import pytest

from tests.attribution.conftest import ref, seg, spk


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Marr spoke first.\n\n“Why should we wait?” Voss asked.\n\nThe room fell silent.", "Voss"),
        (
            "Marr spoke first.\n\n''Why should we wait?'' Mrs. Voss asked.\n\nThe room fell silent.",
            "Mrs. Voss",
        ),
        (
            "Marr spoke first.\n\n“Why should we wait?” asked Anton Voss.\n\nThe room fell silent.",
            "Anton Voss",
        ),
        ("Marr spoke first.\n\n“Why wait?” Voss said of the delay on Monday.", "Voss"),
        (
            "Marr spoke first.\n\n“Why should we wait?” asked the envoy, who had flown in that morning.",
            "the envoy",
        ),
    ],
)
def test_question_then_short_cue(attribute, text: str, speaker: str) -> None:
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and spk(text, direct[0]) == speaker


def test_question_then_new_sentence_is_not_merged(attribute) -> None:
    text = "Marr spoke.\n\n“Why wait?” The minister said the talks would resume in May after the holiday."
    direct = [a for a in attribute(text) if a.kind == "direct"]
    # the question has no frame of its own: it floats to the previous speaker, never the minister
    assert direct and spk(text, direct[0]) != "The minister"


def test_age_as_speaker(attribute) -> None:
    text = "The widow spoke at noon.\n\n“He was a patient man,” said the 46-year-old."
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and spk(text, direct[0]) == "the 46-year-old"


def test_clause_before_colon_introduces_quote(attribute) -> None:
    text = (
        "When Marr suggested that Ostrava would sue, Voss fired back forcefully: "
        "“If they sue us in our own courts, they are going to lose.”"
    )
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and spk(text, direct[0]) == "Voss"
    assert direct[0].cue and text[direct[0].cue[0] : direct[0].cue[1]] == "fired"


def test_colon_after_non_person_gives_no_speaker(attribute) -> None:
    text = "Then there was the most obvious change of all: “It is time for a new treaty.”"
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and direct[0].speaker is None


def test_fragment_in_nested_clause_is_outer_speakers(attribute) -> None:
    text = "Voss said she is certain Marr will continue to be “a partner for lasting peace.”"
    mixed = [a for a in attribute(text) if a.kind == "mixed"]
    assert mixed and spk(text, mixed[0]) == "Voss"


def test_trailing_cue_owns_fronted_clause(attribute) -> None:
    text = (
        'Marr plans to open the border by fostering "trust and open trade," Anton Voss said Monday.'
    )
    found = attribute(text)
    mixed = [a for a in found if a.kind == "mixed"]
    assert mixed and spk(text, mixed[0]) == "Anton Voss"
    assert seg(text, mixed[0])[0].startswith("Marr plans")
    assert not any(spk(text, a) == "Marr" for a in found)


def test_reported_clause_after_verb_preferred_to_fronted_adverbial(attribute) -> None:
    text = (
        "In a statement released after the talks collapsed, Voss said the border would stay shut."
    )
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert found and seg(text, found[0])[0] == "the border would stay shut"


def test_gap_running_into_a_clause_is_not_a_split_quote(attribute) -> None:
    text = '"Trade will recover," Voss says, but she cautions that she sees "two sides to it."'
    found = attribute(text)
    direct = [a for a in found if a.kind == "direct"]
    mixed = [a for a in found if a.kind == "mixed"]
    assert len(direct) == 1 and seg(text, direct[0]) == ["Trade will recover,"]
    assert mixed and spk(text, mixed[0]) == "she" and ref(text, mixed[0]) == "Voss"


@pytest.mark.parametrize(
    "text",
    [
        "The plan is dead, Voss said on ANT’s “This Week.”",
        "Voss said during an interview on ANT’s “Morning Desk” Sunday that the plan is dead.",
    ],
)
def test_programme_titles_are_not_statements(attribute, text: str) -> None:
    found = attribute(text)
    assert not any("Week" in t or "Morning Desk" in t for a in found for t in seg(text, a))


def test_passive_speech_verb_subject_is_addressed_not_speaker(attribute) -> None:
    text = "Voss was asked by the moderator, Ilse Brandt, whether the border would reopen."
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert found and ref(text, found[0]) in {"the moderator, Ilse Brandt", "the moderator"}
    assert found[0].addressee and text[found[0].addressee[0] : found[0].addressee[1]] == "Voss"
    # without an agent, nobody is named: no attribution rather than a wrong one
    assert not attribute("The minister was told that the border would close.")


def test_conjoined_cue_after_passive_keeps_its_subject(attribute) -> None:
    text = "Voss was joined on stage by Senator Marr and joked, “We are a bridge now.”"
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and spk(text, direct[0]) == "Voss"


def test_relative_clause_is_not_a_parenthetical_cue(attribute) -> None:
    text = "Voss, who declared victory in the northern race on Tuesday night, has urged the council to act."
    assert not any(spk(text, a) == "who" for a in attribute(text))


def test_colon_frame_before_a_trailing_participle(attribute) -> None:
    text = 'In a statement, Ostrava Mining said: "The mine was profitable for a decade," adding that its value had doubled.'
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and spk(text, direct[0]) == "Ostrava Mining"


def test_punctuation_is_never_a_subject(attribute) -> None:
    text = "When Marr noted that Voss had paid nothing ― as was true for years ― Voss boasted, “That makes me smart.”"
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and spk(text, direct[0]) == "Voss"


def test_object_of_causative_verb_is_the_speaker(attribute) -> None:
    text = "Even the timing of the debate led the Ostravan delegates to say that the council was hiding its chair."
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert found and spk(text, found[0]) == "the Ostravan delegates"


def test_clause_before_a_colon_is_not_a_fronted_statement(attribute) -> None:
    text = "Voss says that the show has drawn ire from all sides: Marr, in 2031, questioned her claims about the port."
    assert not any(
        spk(text, a) == "Marr" and seg(text, a)[0].startswith("Voss says") for a in attribute(text)
    )


def test_dateline_without_a_date_is_not_a_speaker(attribute) -> None:
    text = "They are now sparring.\n\nMYRTLE BAY, S.C. - Senator Ana Voss continued her attack on Saturday, questioning Marr's judgment."
    assert not any(spk(text, a) and "MYRTLE" in spk(text, a) for a in attribute(text))


@pytest.mark.parametrize(
    "text",
    [
        'Voss said "the border is shut" and Marr agreed.',
        'Voss said, "the border is shut," but Marr disagreed.',
    ],
)
def test_a_clause_joined_after_a_quotation_is_not_its_frame(attribute, text) -> None:  # type: ignore[no-untyped-def]
    # a wrong speaker is worse than none: the quotation is Voss's, not the agreeing Marr's
    quotes = [a for a in attribute(text) if a.kind == "direct"]
    assert [spk(text, a) for a in quotes] == ["Voss"]


def test_a_frame_after_a_joined_words_and_a_comma_still_names_the_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    text = '"Campaigns are short of money. They have no choice" but to lead, says Teo Marr.'
    quotes = [a for a in attribute(text) if a.kind == "direct"]
    assert [spk(text, a) for a in quotes] == ["Teo Marr"]


def _direct_speakers(attribute, text: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [spk(text, a) if a.speaker else None for a in attribute(text) if a.kind == "direct"]


def test_a_clause_with_its_own_subject_ending_at_the_colon_is_the_frame(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Voss spoke at the river crossing.\n\n"
        '"Apparently a young man is having some problems," Voss said as the heckler '
        'yelled: "You lie!"'
    )
    assert _direct_speakers(attribute, text) == ["Voss", "the heckler"]


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause and a participle before the colon do not introduce the quotation
        "Ana Voss wrote back to the man who promised a wall:\n\n“Your plan is to spend "
        "billions on it.”",
        "Any decision would involve Ana Voss, who told the assembly when asked about the "
        'inquiry: "That matter is being handled by the career prosecutors."',
    ],
)
def test_a_relative_clause_or_a_participle_before_the_colon_is_not_the_frame(  # type: ignore[no-untyped-def]
    attribute, text
) -> None:
    assert _direct_speakers(attribute, text)[0] in {"Ana Voss", "who"}


def test_a_name_read_as_a_compound_of_its_cue_is_the_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The envoy tried to ask a question when Marr cut him off.\n\n"
        "“Go back to Lorvik,” Marr barked and a security guard escorted the envoy out."
    )
    assert _direct_speakers(attribute, text) == ["Marr"]


def test_a_frame_sentence_after_a_closing_question_names_the_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Teo Marr criticised the treaty in parliament and suggested that Ana Voss would lose "
        "the vote.\n“It looks like we are not going to get along, who knows?” Voss told "
        "Lorvik’s Channel Four station in an interview aired on Monday when asked how ties "
        "would fare after the election."
    )
    (direct,) = [a for a in attribute(text) if a.kind == "direct"]
    assert spk(text, direct) == "Voss"
    assert direct.addressee
    assert text[direct.addressee[0] : direct.addressee[1]].startswith("Lorvik’s Channel Four")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Lorvik will always be Lorvik," an angry Voss retaliated.', "an angry Voss"),
        (
            '"Many analysts said no," remembered Ivo Dalen, the former spokesman.',
            "Ivo Dalen, the former spokesman",
        ),
    ],
)
def test_retorts_and_memories_frame_a_quotation(attribute, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    # the quotations had gone to whoever was named last before them
    (found,) = attribute(text)
    assert (found.kind, spk(text, found)) == ("direct", speaker)


def test_the_person_a_clause_about_a_thing_ends_on_speaks_after_its_colon(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The timing does not surprise Belvanian pollster Tomas Reed: “Historically, new "
        "candidates gain the most.”"
    )
    (found,) = attribute(text)
    assert spk(text, found) == "Belvanian pollster Tomas Reed"
    # a person as the clause's subject still speaks: "The ministry told Marr: ..."
    told = "The ministry told Tomas Reed: “Leave now.”"
    (found,) = attribute(told)
    assert spk(told, found) == "The ministry"


def test_a_speaker_with_an_age_and_a_participle_aside_before_the_cue(attribute) -> None:  # type: ignore[no-untyped-def]
    # the parser made the name the subject of "retired" and left "said" without one
    text = (
        "''If the deal had failed, I would have been sitting in a cell for a long time,'' "
        "Mr. Dalen, now 81 and retired in Lesk, said by telephone this week."
    )
    (found,) = attribute(text)
    assert spk(text, found) == "Mr. Dalen"
