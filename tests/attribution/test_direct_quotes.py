"""Direct quotations: cues, split and multi-paragraph quotes, floating quotes, forms
without a verb. All texts are fiction about fictional states."""

from __future__ import annotations

import pytest

from tests.attribution.conftest import ref, seg, spk


def _direct(attribute, text):
    return [a for a in attribute(text) if a.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The border stays open,” Foreign Minister Ana Voss said.", "Foreign Minister Ana Voss"),
        ("“The border stays open,” said Ana Voss.", "Ana Voss"),
        ("Ana Voss said: “The border stays open.”", "Ana Voss"),
        ("Ana Voss told reporters: “The border stays open.”", "Ana Voss"),
        ("Ana Voss: “The border stays open.”", "Ana Voss"),
        ("“The border stays open.” — Ana Voss", "Ana Voss"),
        ("“The border stays open.” -Commissioner Ana Voss", "Commissioner Ana Voss"),
        (
            "“The border stays open,” the ministry spokeswoman, Ana Voss, said.",
            "the ministry spokeswoman, Ana Voss",
        ),
        ("“The border stays open,” Ana Voss sighed.", "Ana Voss"),
        ("“The border stays open,” Ana Voss grumbled.", "Ana Voss"),
    ],
)
def test_direct_speaker_from_cue_forms(attribute, text: str, speaker: str) -> None:
    (a,) = _direct(attribute, text)
    assert seg(text, a)[0].startswith("The border stays open")
    assert spk(text, a) == speaker


def test_direct_split_quote_is_one_quote_with_two_spans(attribute) -> None:
    text = "“But still,” Voss said, pausing for effect, “there is always a chance.”"
    (a,) = _direct(attribute, text)
    assert seg(text, a) == ["But still,", "there is always a chance."]
    assert spk(text, a) == "Voss"
    assert text[a.cue[0] : a.cue[1]] == "said"


def test_direct_multi_paragraph_quote_is_one_quote(attribute) -> None:
    text = (
        "Defence Minister Tomas Brel said:\n\n"
        "“Our units will stay in their barracks this week.\n\n"
        "“We have no plan to move them, and nobody should read our drills as a threat.”\n\n"
        "The ministry gave no further details."
    )
    (a,) = _direct(attribute, text)
    assert len(a.spans) == 2
    assert spk(text, a) == "Defence Minister Tomas Brel"


def test_direct_floating_quote_keeps_previous_speaker(attribute) -> None:
    # (A quotation that runs on with a comma into a closing frame and resumes in the next
    # paragraph is one statement: tests/attribution/test_boundaries_round5.py.)
    text = (
        "Ana Voss, the Ostravan foreign minister, said the talks would resume in March.\n\n"
        "“But talks cannot go on forever.”\n\n"
    )
    (a,) = _direct(attribute, text)
    assert ref(text, a) == "Ana Voss, the Ostravan foreign minister"


def test_direct_quoted_paragraph_without_frame_goes_on_with_the_statement(attribute) -> None:
    # A quotation closing its paragraph and a quotation that is the whole next paragraph,
    # with no frame of its own, are one statement (PolNeAR marks one attribution).
    text = (
        "Ana Voss, the Ostravan foreign minister, said: “We are ready to talk.”\n\n"
        "“But talks cannot go on forever.”\n\n"
    )
    (a,) = _direct(attribute, text)
    assert [text[s:e] for s, e in a.spans] == [
        "We are ready to talk.",
        "But talks cannot go on forever.",
    ]
    assert ref(text, a) == "Ana Voss, the Ostravan foreign minister"


def test_direct_floating_quote_yields_to_a_new_speaker(attribute) -> None:
    text = (
        "“We are ready to talk,” said Ana Voss.\n\n"
        "“Nobody is ready,” replied Teo Marr, her Belvanian counterpart.\n\n"
    )
    a, b = _direct(attribute, text)
    assert spk(text, b) == "Teo Marr, her Belvanian counterpart"


def test_direct_pronoun_resolved_to_previous_speaker(attribute) -> None:
    text = (
        "President Ilse Dunmore met Ana Voss on Monday. “We need calm,” Dunmore said.\n\n"
        "“Nobody gains from a war,” she added."
    )
    a, b = _direct(attribute, text)
    assert spk(text, b) == "she"
    assert ref(text, b) == "Dunmore"


def test_direct_vocative_gives_addressee(attribute) -> None:
    text = "“Teo Markovich,” the president addressed his minister. “Is there still a chance?”"
    a = _direct(attribute, text)[0]
    assert a.addressee is not None
    assert text[a.addressee[0] : a.addressee[1]] in {"his minister", "Teo Markovich"}


def test_direct_told_gives_addressee(attribute) -> None:
    text = "“We will not wait,” Voss told Teo Marr on Tuesday."
    (a,) = _direct(attribute, text)
    assert text[a.addressee[0] : a.addressee[1]] == "Teo Marr"


def test_direct_reply_addresses_previous_speaker(attribute) -> None:
    text = "“Is there a chance?” Voss asked.\n\n“There is always a chance,” Marr replied."
    a, b = _direct(attribute, text)
    assert text[b.addressee[0] : b.addressee[1]] == "Voss"


@pytest.mark.parametrize(
    "text",
    [
        "Ostrava Tonight\n\nPress play to listen to this article\n\nby Staff\n\nThe talks ended.",
        "Photo: soldiers at the border.\n\nNothing else happened.",
    ],
)
def test_direct_boilerplate_yields_nothing(attribute, text: str) -> None:
    assert attribute(text) == []


def test_direct_unbalanced_marks_do_not_crash(attribute) -> None:
    text = "“We will not move,” Voss said. “Then the narrator goes on without closing.\n\nNext paragraph."
    found = attribute(text)
    assert found and spk(text, found[0]) == "Voss"


def test_direct_pronoun_skips_speaker_of_the_other_gender(attribute) -> None:
    text = (
        "“We need calm,” Foreign Minister Ana Voss said.\n\n"
        "“Nobody gains from a war,” said Mr. Teo Marr, the Belvanian envoy.\n\n"
        "“We will hold the line,” she added."
    )
    found = _direct(attribute, text)
    assert ref(text, found[-1]) == "Foreign Minister Ana Voss"


def test_direct_transcript_lines_have_their_speaker(attribute) -> None:
    text = (
        "Voss was interviewed on Sarn radio on Sunday.\n\n"
        "HOST: Will the crossing reopen this week?\n\n"
        "VOSS: It will reopen on Friday, and not an hour later.\n\n"
        "UPDATE: The crossing reopened on Friday."
    )
    found = _direct(attribute, text)
    assert [(spk(text, a), seg(text, a)[0]) for a in found] == [
        ("HOST", "Will the crossing reopen this week?"),
        ("VOSS", "It will reopen on Friday, and not an hour later."),
    ]


def test_a_transcript_printed_as_one_long_quotation_gives_each_turn_its_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    # each paragraph opens a quotation mark and only the last one closes it: the marks make
    # one quotation of four turns, which had no speaker at all
    text = (
        "Partial transcript as follows:\n\n"
        '"HOST: Will the crossing reopen this week?\n\n'
        '"VOSS: It will reopen on Friday, and not an hour later.\n\n'
        '"(CROSSTALK.)\n\n'
        '"HOST: And the trucks?\n\n'
        '"VOSS: The trucks first."'
    )
    found = _direct(attribute, text)
    assert [(spk(text, a), seg(text, a)[0]) for a in found] == [
        ("HOST", "Will the crossing reopen this week?"),
        ("VOSS", "It will reopen on Friday, and not an hour later."),
        ("HOST", "And the trucks?"),
        ("VOSS", "The trucks first."),
    ]


def test_a_quoted_sign_in_capitals_is_no_transcript(attribute) -> None:  # type: ignore[no-untyped-def]
    # one label in the whole article: a sign or a rubric quoted, not a speaker's turn
    text = 'At the crossing a board read: \n\n"WARNING: Trucks must stop here for inspection."'
    found = _direct(attribute, text)
    assert all(spk(text, a) != "WARNING" for a in found)


def test_a_contact_line_in_capitals_is_no_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Voss spoke in Sarn on Sunday.\n\nEMAIL: the city desk at desk@sarn-herald.example.\n"
    assert _direct(attribute, text) == []


def test_direct_pronoun_follows_the_nearer_narrative_subject(attribute) -> None:
    text = (
        "“He never forgets a slight,” said Irma Dunmore, who has known Teo Marr for years.\n\n"
        "Teo Marr has kept needling his critics in Sarn. “You have been unfair to me,” he "
        "told the council on Friday."
    )
    found = _direct(attribute, text)
    assert spk(text, found[-1]) == "he"
    assert ref(text, found[-1]) == "Teo Marr"


def test_direct_pronoun_keeps_the_gender_the_article_gave_a_name(attribute) -> None:
    text = (
        "“The deal is dead,” said Irma Dunmore.\n\n"
        "“Nobody will sign it,” she added.\n\n"
        "Officials in Sarn would not comment. “We wait,” he said."
    )
    found = _direct(attribute, text)
    assert ref(text, found[1]) == "Irma Dunmore"
    assert ref(text, found[-1]) != "Irma Dunmore"


def test_a_dash_line_under_a_quotation_signs_it(attribute) -> None:  # type: ignore[no-untyped-def]
    """Round-ups and pull quotes sign a quotation on the next line (fifth session)."""
    text = (
        "Voices from the rally.\n\n"
        '"The bridge must stay open. We trade across it every day."\n\n'
        "- Ana Voss, a ferry owner in Lorvik.\n\n"
        '"Belvania has waited long enough."\n\n'
        "\u2014 President Teo Marr, speaking on Monday.\n"
    )
    found = attribute(text)
    assert [(ref(text, a), seg(text, a)) for a in found] == [
        (
            "Ana Voss, a ferry owner in Lorvik",
            ["The bridge must stay open. We trade across it every day."],
        ),
        ("President Teo Marr", ["Belvania has waited long enough."]),
    ]


def test_a_signed_quotation_lends_its_name_to_no_quotation_after_it(attribute) -> None:  # type: ignore[no-untyped-def]
    """Readers' round-ups sign each quotation; one whose own signature is not read (its
    marks unbalanced, so it closes early) is nobody's rather than the reader's above it."""
    text = (
        "Readers wrote to us.\n"
        "\u201cWe are tired of it. You are not a leader.\u201d \u2015 Ana Voss\n"
        "\u201cNo one wants this. To quote a poet, \u2018Some are so poor.\u201d And that is all"
        " he has \u201cthe root of it\u2019.\u201d \u2015 Mara Lind.\n\n"
        "Editor\u2019s note: letters are edited for length.\n"
    )
    assert [(spk(text, a), seg(text, a)[0][:16]) for a in _direct(attribute, text)] == [
        ("Ana Voss", "We are tired of "),
        (None, "No one wants thi"),
    ]


def test_a_horizontal_bar_line_signs_a_quotation(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Voices from the rally.\n\n"
        "\u201cThe bridge must stay open.\u201d\n\n"
        "\u2015 Ana Voss, a ferry owner in Lorvik.\n\n"
        "\u201cWe trade across it every day.\u201d\n\n"
        "Lorvik was quiet.\n"
    )
    assert [(spk(text, a), seg(text, a)) for a in _direct(attribute, text)] == [
        ("Ana Voss, a ferry owner in Lorvik", ["The bridge must stay open."]),
        (None, ["We trade across it every day."]),
    ]


def test_a_heading_between_dashes_signs_nothing(attribute) -> None:  # type: ignore[no-untyped-def]
    text = 'The talks ended.\n\n"We leave tomorrow."\n\n\u2013 Old hands \u2013.\n\nLorvik was quiet.\n'
    assert [(spk(text, a), seg(text, a)) for a in attribute(text)] == [
        (None, ["We leave tomorrow."])
    ]


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "\u201cThe bridge stays open!\u201d beamed Ana Voss, the mayor of Lorvik.",
            "Ana Voss, the mayor of Lorvik",
        ),
        ("Teo Marr was asked about the vote. \u201cNot yet,\u201d he smiled.", "he"),
    ],
)
def test_a_manner_of_saying_frames_a_quotation(attribute, text, speaker) -> None:  # type: ignore[no-untyped-def]
    assert [spk(text, a) for a in attribute(text)] == [speaker]


def test_a_name_alone_before_a_colon_signs_the_quotation(attribute) -> None:  # type: ignore[no-untyped-def]
    """News round-ups: "HEADING - Name: “...”" (fifth session); the heading is no part of
    the speaker's mention."""
    text = (
        "This is the Lorvik Daily for Monday.\n\n"
        "BORDER POLLS NOT WRONG, JUST EARLY - Ana Voss and Teo Marr: \u201cThe polls closed "
        "too early. The late shift was real.\u201d\n\n"
        "OTHER TOWNS - Mirela Kastrati: \u201cThe south votes late.\u201d\n"
    )
    assert [spk(text, a) for a in attribute(text)] == ["Ana Voss and Teo Marr", "Mirela Kastrati"]


def test_a_round_up_heading_read_as_a_clause_still_leaves_the_names_the_quotation(
    attribute,
) -> None:  # type: ignore[no-untyped-def]
    """When the parser reads the capitals heading as a clause and hangs the colon on its verb
    ("VOTERS CARE MORE ABOUT ... - Ana Voss and Teo Marr: “...”"), the names between the dash
    and the colon still sign the quotation; a clause's own object before a colon does not."""
    text = (
        "Pollsters met on Monday.\n\n"
        "VOTERS CARE MORE ABOUT CANDIDATES\u2019 ABILITY TO INSPIRE THAN THEIR "
        "COMPETITIVENESS - Karen Welsh and Tom Dabney: \u201cWe found that, across candidates, "
        "the leadership strengths most highly correlated with likelihood to vote were inspiring "
        "and visionary.\u201d [Lorvik Herald]\n\n"
        "The minister then turned to Teo Marr: \u201cYou were wrong.\u201d\n"
    )
    found = {seg(text, a)[0][:9]: spk(text, a) for a in _direct(attribute, text)}
    assert found["We found "] == "Karen Welsh and Tom Dabney"
    assert found["You were "] != "Teo Marr"


def test_a_colon_after_a_phrase_that_is_no_name_signs_nothing(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "The talks ended early.\n\nThe message was clear: \u201cLorvik stays open.\u201d\n"
    assert [spk(text, a) for a in attribute(text)] == [None]


def test_an_ing_clause_after_a_preposition_is_the_subjects(attribute) -> None:  # type: ignore[no-untyped-def]
    """ "X drew boos upon saying, “...”": the clause's subject says it (fifth session)."""
    text = "Teo Marr, a Lorvik councillor, drew boos upon saying, \u201cThe mayor heard the people.\u201d"
    assert [spk(text, a) for a in attribute(text)] == ["Teo Marr, a Lorvik councillor"]


def test_no_speaker_when_someone_is_the_verbs_object(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "The crowd cheered Voss after saying, \u201cWe stay.\u201d"
    assert [spk(text, a) for a in attribute(text)] == [None]
