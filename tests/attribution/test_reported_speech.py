"""Reported (indirect) and mixed speech, and quoted labels."""

from __future__ import annotations

import pytest

from tests.attribution.conftest import hand_parsed, ref, seg, spk


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Voss said that the border would stay open.", "Voss", "that the border would stay open"),
        ("Voss warned that sanctions could follow.", "Voss", "that sanctions could follow"),
        ("Voss insisted the border would stay open.", "Voss", "the border would stay open"),
        ("The border would stay open, Voss said.", "Voss", "The border would stay open"),
        ("Voss called for an immediate ceasefire.", "Voss", "an immediate ceasefire"),
        (
            "Voss vowed to reopen the crossing within a week.",
            "Voss",
            "to reopen the crossing within a week",
        ),
        (
            "The envoy declined to specify the terms of the truce.",
            "The envoy",
            "to specify the terms of the truce",
        ),
        # who is urged is part of the appeal
        (
            "Voss urged the Belvanian envoys to return to the table.",
            "Voss",
            "the Belvanian envoys to return to the table",
        ),
        # what a statement or a vote is about, from the preposition's object
        ("Marr railed against the river treaty in Sarn.", "Marr", "the river treaty in Sarn"),
        ("Voss talked about the border crossing.", "Voss", "the border crossing"),
        # the writer's aside about someone named closes the sentence: not what was said
        (
            "Voss predicted a quick deal with Marr, who leads the Ostravan delegation.",
            "Voss",
            "a quick deal with Marr",
        ),
        # an aside inside the statement stays
        (
            "Voss said that Marr, who led the talks, will resign next week.",
            "Voss",
            "that Marr, who led the talks, will resign next week",
        ),
        ("Marr was referring to the two Belvanian envoys.", "Marr", "the two Belvanian envoys"),
    ],
)
def test_reported_speech_content_and_speaker(
    attribute, text: str, speaker: str, content: str
) -> None:
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert found, text
    a = found[0]
    assert spk(text, a) == speaker
    assert seg(text, a)[0] == content


def test_reported_according_to(attribute) -> None:
    text = "The convoy turned back at dawn, according to the Ostravan defence ministry."
    (a,) = attribute(text)
    assert spk(text, a) == "the Ostravan defence ministry"
    assert seg(text, a) == ["The convoy turned back at dawn"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the writer's sequel after the source, a concession or a participle, is not sourced
        (
            "Ana Voss leads Teo Marr by nine points in Lorvik, according to the latest poll, "
            "despite losing the primary there.",
            ["Ana Voss leads Teo Marr by nine points in Lorvik"],
        ),
        (
            "Ostrava has reached a deal with the river unions, according to the ministry, ending "
            "a strike of six weeks.",
            ["Ostrava has reached a deal with the river unions"],
        ),
        # a clause joined after the source stays (PolNeAR keeps it more often than not)
        (
            "The convoy turned back at dawn, according to the Ostravan defence ministry, and the "
            "border stayed shut.",
            ["The convoy turned back at dawn", "and the border stayed shut"],
        ),
    ],
)
def test_according_to_leaves_the_writers_sequel_out(attribute, text, content) -> None:  # type: ignore[no-untyped-def]
    (a,) = attribute(text)
    assert seg(text, a) == content


def test_mixed_quote_inside_reported_clause(attribute) -> None:
    text = "Voss said she had been promised “the relevant guarantees we need” by Belvania."
    (a,) = attribute(text)
    assert a.kind == "mixed"
    assert spk(text, a) == "Voss"


def test_scare_quote_attributed_to_labelling_verb_subject(attribute) -> None:
    text = "Marr demanded talks with the rebels, whom Voss has branded as “bandits.”"
    found = attribute(text)
    label = [a for a in found if a.kind == "mixed"]
    assert label and spk(text, label[0]) == "Voss"
    assert "bandits." in seg(text, label[0])[-1]


def test_scare_quote_without_speaker_is_dropped(attribute) -> None:
    text = "The so-called “peace convoy” reached the river on Friday."
    assert attribute(text) == []


def test_reported_speech_inside_quote_is_not_separate(attribute) -> None:
    text = "“I must say that there is always a chance,” Voss said."
    found = attribute(text)
    assert [a.kind for a in found] == ["direct"]


def test_reported_call_on_keeps_the_whole_appeal(attribute) -> None:
    text = "Varenius called on both sides to let the observers do their work."
    found = [a for a in attribute(text) if a.speaker]
    assert len(found) == 1
    assert seg(text, found[0]) == ["both sides to let the observers do their work"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Marr derided the warnings as hysterical.", "Marr", "the warnings as hysterical"),
        ("Voss praised the agreement on Tuesday.", "Voss", "the agreement"),
        (
            "Belvania threatened Ostrava with heavy sanctions.",
            "Belvania",
            "Ostrava with heavy sanctions",
        ),
    ],
)
def test_reported_stance_object_is_the_content(
    attribute, text: str, speaker: str, content: str
) -> None:
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert found and spk(text, found[0]) == speaker
    assert seg(text, found[0]) == [content]


def test_reported_stance_object_needs_an_active_speaker(attribute) -> None:
    text = "Voss had been promised new guarantees by Belvania."
    assert all(spk(text, a) != "Voss" for a in attribute(text))


def test_reported_parenthetical_cue(attribute) -> None:
    text = "Five years ago, he said, the border was open to everyone."
    (a,) = attribute(text)
    assert spk(text, a) == "he"
    assert seg(text, a) == ["Five years ago", "the border was open to everyone"]


@pytest.mark.parametrize(
    "text",
    [
        "But even after the growth cooled, the borrowing continued.",
        "In a series of interviews with a Lorvik paper, the candidates outlined their plans.",
        "When the talks turned to the treaty, Voss offered her thoughts on the border.",
    ],
)
def test_a_cue_verbs_own_fronted_modifier_is_not_set_off_content(attribute, text) -> None:  # type: ignore[no-untyped-def]
    # "continued", "outlined", "offered" close quotations ("..., she offered."); a clause
    # that only says when or how is not a statement the cue sets off (the learned stage may
    # read what was outlined, "their plans", as a statement of its own: not the clause)
    fronted = text.split(",")[0]
    assert not [a for a in attribute(text) if any(fronted in s for s in seg(text, a))]
    assert all(not seg(text, a)[0].startswith(fronted[:12]) for a in attribute(text))


def test_a_fronted_clause_holding_the_main_clause_is_still_content(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "As the envoy prepared to speak in Lorvik on Tuesday, a girl outside the venue was "
        "hit by a stone, police said."
    )
    (a,) = attribute(text)
    assert spk(text, a) == "police"
    assert seg(text, a) == [text[: text.index(", police")]]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "With his usual swagger, Marr held forth on the river treaty, even praising the "
            "Belvanian envoys.",
            "held",
        ),
        (
            "Before the vote in Lorvik, Voss marveled at the size of the crowd, calling it a good "
            "sign.",
            "marveled",
        ),
        (
            "Weighing in on the dispute, Voss agreed, praising the envoys as brave and patient.",
            "agreed",
        ),
    ],
)
def test_a_cue_clause_with_its_own_object_or_participle_sets_nothing_off(
    attribute,  # type: ignore[no-untyped-def]
    text: str,
    cue: str,
) -> None:
    # the cue clause reports an act with its own content ("held forth on the treaty"), or the
    # text around it is only the verb's own modifiers ("Weighing in ...", "praising ..."):
    # no set-off statement (the participle's own statement may still be found, and the
    # learned stage may read what the cue verb's own preposition holds: "marveled at [the
    # size of the crowd]"), never the stretch before the subject or after a comma
    subject = text.index("Marr" if "Marr" in text else "Voss")
    for a in attribute(text):
        if a.cue and text[a.cue[0] : a.cue[1]] == cue:
            assert all(subject < s and "," not in text[s:e] for s, e in a.spans)


def test_a_speakers_participle_after_the_cue_clause_is_not_content(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "She had waited her whole life, Voss explained, recalling the day the border opened."
    atts = attribute(text)
    (a,) = [a for a in atts if text[a.cue[0] : a.cue[1]] == "explained"]
    assert spk(text, a) == "Voss"
    assert seg(text, a) == ["She had waited her whole life"]
    # (what she recalled may be a statement of its own, never part of the first)
    assert all("recalling" not in text[a.start : a.end] for a in atts)


@pytest.mark.parametrize(
    "text",
    [
        "The border stays open, Voss said at a rally in Lorvik, and the envoys will return soon.",
        "The border will stay open, Voss told a Lorvik panel on Tuesday, and the envoys will return.",
    ],
)
def test_where_and_to_whom_it_was_said_keep_the_cue_set_off(attribute, text) -> None:  # type: ignore[no-untyped-def]
    (a,) = attribute(text)
    assert spk(text, a) == "Voss"
    assert seg(text, a)[0] == text[: text.index(", Voss")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The bill bars any waiver of the sanctions - a provision that, Voss said, keeps the "
            "border shut for good.",
            ["a provision that", "keeps the border shut for good"],
        ),
        (
            "Marr had a rally planned in Lorvik that night - and the permit, his campaign said, "
            "had been hard to get.",
            ["the permit", "had been hard to get"],
        ),
        (
            "Marr praised the new bridge (the cost of which, Voss says, will double by spring) at "
            "the rally.",
            ["the cost of which", "will double by spring"],
        ),
        # an aside closed before the cue clause is inside the content
        (
            "Of the remainder, twelve families - a parent with at least one child - were let in, "
            "Voss said, and more will follow.",
            [
                "Of the remainder, twelve families - a parent with at least one child - were let in",
                "and more will follow",
            ],
        ),
        # a hyphen inside a word is no aside
        (
            "A well-known envoy from Lorvik, Voss said, will lead the talks.",
            ["A well-known envoy from Lorvik", "will lead the talks"],
        ),
    ],
)
def test_a_cue_set_off_inside_a_dash_or_parenthesis_speaks_for_the_aside(
    attribute,  # type: ignore[no-untyped-def]
    text: str,
    content: list[str],
) -> None:
    found = [a for a in attribute(text) if a.kind == "indirect" and a.cue]
    (a,) = [a for a in found if text[a.cue[0] : a.cue[1]] in {"said", "says"}]
    assert seg(text, a) == content


def test_reported_quoted_as_saying(attribute) -> None:
    text = "Voss was quoted as saying the deal was dead."
    (a,) = attribute(text)
    assert spk(text, a) == "Voss"
    assert seg(text, a) == ["the deal was dead"]


def test_reported_question_put_to_speaker_is_not_theirs(attribute) -> None:
    text = "Asked whether talks would resume, Voss said: “Not this week.”"
    found = attribute(text)
    assert [a.kind for a in found] == ["direct"]


@pytest.mark.parametrize(
    "text",
    [
        "Voss told Marr that the crossing would reopen on Friday.",
        "In a letter to Marr, Voss wrote that the crossing would reopen on Friday.",
    ],
)
def test_reported_addressee(attribute, text: str) -> None:
    (a,) = attribute(text)
    assert spk(text, a) == "Voss"
    assert text[a.addressee[0] : a.addressee[1]] == "Marr"


@pytest.mark.parametrize(
    "text",
    [
        "Voss told a news conference in Sarn that the crossing would reopen on Friday.",
        "Voss told a regular press briefing on Monday that the crossing would reopen.",
        "Voss told a rally of farmers that the crossing would reopen on Friday.",
    ],
)
def test_the_occasion_told_is_no_addressee(attribute, text: str) -> None:  # type: ignore[no-untyped-def]
    (a,) = attribute(text)
    assert spk(text, a) == "Voss"
    assert seg(text, a)[0].startswith("that the crossing would reopen")
    assert a.addressee is None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Voss's claim that the border is shut drew laughter in Sarn.",
            "Voss",
            "that the border is shut",
        ),
        ("Voss repeated her claim that the border is shut.", "Voss", "that the border is shut"),
        ("Marr expressed support for the river treaty.", "Marr", "the river treaty"),
        ("His attacks on the Belvanian envoy grew sharper.", "His", "the Belvanian envoy"),
    ],
)
def test_nominal_statement_has_its_holder_as_speaker(
    attribute, text: str, speaker: str, content: str
) -> None:
    found = [a for a in attribute(text) if seg(text, a) == [content]]
    assert found, [seg(text, a) for a in attribute(text)]
    assert spk(text, found[0]) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # whom the remarks were made to is not what they said
        ("Voss stood by her remarks to the Lorvik paper.", None),
        # nor when; a later preposition may still say what they were about
        ("Voss stood by her remarks on Tuesday about the river treaty.", "the river treaty"),
        # after a noun of stance, "to" names what it is against
        ("Teo Marr's opposition to the river treaty is well known in Lorvik.", "the river treaty"),
    ],
)
def test_a_nominal_cues_addressee_or_date_is_not_its_content(
    attribute,  # type: ignore[no-untyped-def]
    text: str,
    content: str | None,
) -> None:
    # (the learned stage may read the stance "stood by [her remarks ...]" as a statement of
    # its own: its cue is the verb, not the noun)
    found = [
        seg(text, a)
        for a in attribute(text)
        if a.kind == "indirect" and a.cue and text[a.cue[0] : a.cue[1]] != "stood"
    ]
    assert found == ([[content]] if content else [])


def test_nominal_statement_without_holder_is_not_attributed(attribute) -> None:
    assert attribute("The claim that the border is shut drew laughter in Sarn.") == []


@pytest.mark.parametrize(
    "text,word",
    [
        ("Latinos gave us plenty to think about this year.", "Latinos"),
        ("Evangelicals marched in Sarn on Monday.", "Evangelicals"),
    ],
)
def test_people_group_word_is_never_a_person_antecedent(text: str, word: str) -> None:
    from onrecord.attribution.speakers import is_people_group, is_person_head
    from onrecord.nlp import load_pipeline

    tok = next(t for t in load_pipeline()(text) if t.text == word)
    assert is_people_group(tok) and not is_person_head(tok)


def test_he_never_follows_a_people_group(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Latinos gave us plenty to think about in Sarn this year. "
        "“You feel like you have not contributed anything,” he said."
    )
    for a in attribute(text):
        assert ref(text, a) != "Latinos"


def test_a_clause_ending_inside_a_quotation_is_mixed(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Voss invoked the story Teo Marr told about his father who wired, \"Dear Teo, don't "
        'buy a single vote more than you need. I will not pay for a landslide."'
    )
    found = attribute(text)
    invoked = next(a for a in found if spk(text, a) == "Voss")
    # the clause ends with its sentence, inside the quotation: it quotes part of it
    assert invoked.kind == "mixed"
    assert seg(text, invoked)[0].startswith("the story Teo Marr told")
    (quote,) = [a for a in found if a.kind == "direct"]
    assert seg(text, quote)[0].startswith("Dear Teo")


def test_a_clause_nested_in_a_mixed_statement_is_mixed_too(attribute) -> None:  # type: ignore[no-untyped-def]
    text = 'Voss said the envoy had promised "a full and fair hearing" to both sides.'
    kinds = {spk(text, a): a.kind for a in attribute(text)}
    assert kinds == {"Voss": "mixed", "the envoy": "mixed"}


@pytest.mark.parametrize(
    "text",
    ['Voss said "the border is shut" on Monday.', "Voss said “the border is shut” last night."],
)
def test_a_quotation_followed_only_by_when_it_was_said_is_direct(attribute, text) -> None:  # type: ignore[no-untyped-def]
    (a,) = attribute(text)
    assert (a.kind, spk(text, a), seg(text, a)) == ("direct", "Voss", ["the border is shut"])


def test_a_quotation_followed_by_more_of_what_was_said_stays_mixed(attribute) -> None:  # type: ignore[no-untyped-def]
    text = 'Voss said it was "a two-way race" between Marr and herself.'
    (a,) = attribute(text)
    assert a.kind == "mixed"
    assert seg(text, a)[-1].endswith("between Marr and herself")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "As the Lorvik Herald reported, the border crossing at Ostrava was closed on Monday.",
            "the Lorvik Herald",
            ["the border crossing at Ostrava was closed on Monday"],
        ),
        (
            "The talks, as Teo Marr noted, had stalled over fishing rights.",
            "Teo Marr",
            ["The talks", "had stalled over fishing rights"],
        ),
        ("As Ana Voss put it, the valley has waited long enough.", "Ana Voss", None),
        ("As Ana Voss told the Lorvik Herald, the talks had stalled.", "Ana Voss", None),
        ("The border stays shut, as Voss has said many times.", "Voss", ["The border stays shut"]),
    ],
)
def test_an_as_clause_attributes_the_clause_it_modifies(  # type: ignore[no-untyped-def]
    attribute, text: str, speaker: str, content: list[str] | None
) -> None:
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert len(found) == 1, text
    assert spk(text, found[0]) == speaker
    if content is not None:
        assert seg(text, found[0]) == content
    else:
        assert text[found[0].spans[0][0] :].startswith(("the valley", "the talks"))


@pytest.mark.parametrize(
    "text",
    [
        "As he spoke, protesters gathered outside the ministry.",
        "As Voss said he would, she resigned the next morning.",
        "As Voss walked in, the delegates rose.",
    ],
)
def test_an_as_clause_of_time_or_with_its_own_content_says_nothing(attribute, text) -> None:  # type: ignore[no-untyped-def]
    assert not [a for a in attribute(text) if a.kind == "indirect"], text


def test_an_as_clause_leaves_out_fronted_modifiers_and_another_source(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Of course, as the Lorvik Herald observed, the real winner was the river itself. "
        "Marr met the envoys on Monday, as the Herald reported, and the talks resumed, "
        "according to two officials."
    )
    found = [a for a in attribute(text) if a.kind == "indirect"]
    by_speaker = {spk(text, a): seg(text, a) for a in found}
    assert by_speaker["the Lorvik Herald"] == ["the real winner was the river itself"]
    assert by_speaker["the Herald"] == ["Marr met the envoys on Monday", "and the talks resumed"]
    assert "two officials" in by_speaker


def test_an_as_clause_keeps_a_fronted_time_or_condition(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Just weeks ago, as the Lorvik Herald reported, the envoys were still talking."
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert [seg(text, a) for a in found] == [["Just weeks ago", "the envoys were still talking"]]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In the latest Lorvik Herald survey, Voss led Marr 56 percent to 32 percent.",
            "the latest Lorvik Herald survey",
            ["Voss led Marr 56 percent to 32 percent"],
        ),
        ("Voss continues to lead Marr in the polls.", "the polls", ["Voss continues to lead Marr"]),
        (
            "Marr trails Voss by nearly 9 points in the Herald average of Ostrava polls.",
            "the Herald average of Ostrava polls",
            ["Marr trails Voss by nearly 9 points"],
        ),
    ],
)
def test_a_finding_reported_in_a_poll_is_the_polls(  # type: ignore[no-untyped-def]
    attribute, text: str, speaker: str, content: list[str]
) -> None:
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert [(spk(text, a), seg(text, a)) for a in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Voss was interested in the poll.",
        "In the spring, Voss led the delegation to Ostrava.",
    ],
)
def test_in_without_a_finding_or_outside_the_main_clause_says_nothing(attribute, text) -> None:  # type: ignore[no-untyped-def]
    assert not attribute(text), text


def test_a_poll_inside_a_statement_stays_the_statements(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Voss said she was ahead of Marr in the polls."
    found = attribute(text)
    assert [spk(text, a) for a in found] == ["Voss"]


def test_a_poll_after_a_speech_verb_belongs_to_what_was_said(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Voss told a cheering crowd that she is doing better against Marr in the polls."
    assert [spk(text, a) for a in attribute(text)] == ["Voss"]
    text = "In the Herald poll, 40 percent of voters said they trusted Voss."
    assert "the Herald poll" in [spk(text, a) for a in attribute(text)]


def test_how_long_is_not_what_for(attribute) -> None:  # type: ignore[no-untyped-def]
    # (the learned stage may read what they argued over; how long is never the content)
    text = "Ostrava and Belvania have argued for months over the river."
    assert all(seg(text, a) == ["the river"] for a in attribute(text))
    text = "Voss pushed for years for a new treaty."
    assert [seg(text, a) for a in attribute(text)] == [["a new treaty"]]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Voss: Talks with Belvania have failed\n\nAna Voss said on Monday the talks failed.\n",
            "Voss",
            "Talks with Belvania have failed",
        ),
        (
            "Voss to the assembly: Belvania must open the border now\n\nAna Voss spoke.\n",
            "Voss",
            "Belvania must open the border now",
        ),
        (
            "Lorvik poll: Marr leads Voss by nine points\n\nThe poll asked 900 voters.\n",
            "Lorvik poll",
            "Marr leads Voss by nine points",
        ),
    ],
)
def test_a_headline_in_shorthand_names_its_speaker(  # type: ignore[no-untyped-def]
    attribute, text: str, speaker: str, content: str
) -> None:
    heads = [a for a in attribute(text) if a.spans[0][0] < text.index("\n")]
    assert [(spk(text, a), seg(text, a)) for a in heads] == [(speaker, [content])]


@pytest.mark.parametrize(
    "text",
    [
        # a rubric, a verb that only looks like a name, a quoted headline, no body, too long
        "The Latest: Talks with Belvania have failed\n\nAna Voss said the talks failed.\n",
        "Voss Wades In: Belvania must open the border\n\nAna Voss spoke on Monday.\n",
        "FIX IS IN: Belvania rigged the vote\n\nAna Voss spoke on Monday.\n",
        "Voss: Talks with Belvania have failed\n",
        "Voss: " + "the talks went on and on " * 5 + "\n\nAna Voss spoke.\n",
        # a clause or a phrase before the colon, a question about the person named
        "Lorvik Herald Debunks Voss: Only two of her claims hold\n\nAna Voss spoke.\n",
        "Big Win For Voss: The assembly backs the treaty\n\nAna Voss spoke.\n",
        "Voss: Reformer or career politician?\n\nAna Voss spoke on Monday.\n",
    ],
)
def test_a_headline_that_is_no_statement_says_nothing(attribute, text) -> None:  # type: ignore[no-untyped-def]
    # (a statement inside the headline, "The assembly backs the treaty", may still be read)
    assert not [a for a in attribute(text) if a.speaker and a.speaker[0] == 0], text


def test_a_headline_with_an_apostrophe_is_read_and_a_quoted_one_is_direct(  # type: ignore[no-untyped-def]
    attribute,
) -> None:
    text = "Voss: Belvania’s border must open\n\nAna Voss spoke on Monday.\n"
    assert [seg(text, a) for a in attribute(text)] == [["Belvania’s border must open"]]
    text = "Voss: ‘Belvania must open the border’\n\nAna Voss spoke on Monday.\n"
    assert [(a.kind, seg(text, a)) for a in attribute(text)] == [
        ("direct", ["Belvania must open the border"])
    ]
    text = "Voss: Belvania ‘must open’ the border\n\nAna Voss spoke on Monday.\n"
    assert [a.kind for a in attribute(text)] == ["mixed"]


# a body of three paragraphs: a headline above it is skipped by the sentence rules when it
# has no full stop, as pages print headlines
_BODY = (
    "\n\nBy Oda Lind\n\nAna Voss met Teo Marr in Ostrava on Monday. Voss spoke first and "
    "Marr left early.\n\nNeither side published the minutes.\n"
)


def _headline_statements(attribute, headline: str) -> list[tuple[str, str | None, list[str]]]:  # type: ignore[no-untyped-def]
    text = headline + _BODY
    found = attribute(text)
    return [(a.kind, spk(text, a), seg(text, a)) for a in found if a.start < len(headline)]


@pytest.mark.parametrize(
    "headline,want",
    [
        # as pages print a headline: no full stop
        (
            "Voss: Talks with Belvania have failed",
            ("indirect", "Voss", "Talks with Belvania have failed"),
        ),
        (
            "Voss: 'We will not reopen the border'",
            ("direct", "Voss", "We will not reopen the border"),
        ),
        (
            'Voss: "We will not reopen the border"',
            ("direct", "Voss", "We will not reopen the border"),
        ),
        ("Voss: 'Marr's plan is dead'", ("direct", "Voss", "Marr's plan is dead")),
        ("Voss: Marr's plan is 'dead'", ("mixed", "Voss", "Marr's plan is 'dead'")),
        ("EXCLUSIVE – Ana Voss: Marr must go", ("indirect", "Ana Voss", "Marr must go")),
        # a quotation after a clause: the name that opens it, or the name after "from"
        ("Voss Slams Marr: ‘He is not serious’", ("direct", "Voss", "He is not serious")),
        (
            "Ana Voss heckles Lorvik envoys: 'You are not welcome'",
            ("direct", "Ana Voss", "You are not welcome"),
        ),
        (
            "A lesson from Ana Voss: 'Keep the border closed.'",
            ("direct", "Ana Voss", "Keep the border closed."),
        ),
    ],
)
def test_a_headline_as_pages_print_it_names_its_speaker(  # type: ignore[no-untyped-def]
    attribute, headline: str, want: tuple[str, str, str]
) -> None:
    kind, speaker, content = want
    assert _headline_statements(attribute, headline) == [(kind, speaker, [content])]


@pytest.mark.parametrize(
    "headline",
    [
        "Voss and Marr: A tense partnership between old rivals",  # about the two of them
        "Foreign Ministry rejects Lorvik “hysteria”: full text of statement",
        "Voss Slams Marr: Talks will go on without Lorvik",  # a clause, no quotation
        "Talks Collapse: Voss walks out of the meeting",
        "By Oda Lind: notes from Ostrava",
        "Home News On stage in Ostrava: Voss and Marr trade barbs",
    ],
)
def test_a_headline_as_pages_print_it_that_is_no_statement_says_nothing(  # type: ignore[no-untyped-def]
    attribute, headline: str
) -> None:
    assert not [s for s in _headline_statements(attribute, headline) if s[1] is not None]


def test_a_headline_phrase_that_names_no_one_says_nothing(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "On stage in Lorvik: Voss and Marr dance around the treaty\n\nVoss spoke first.\n"
    assert not [a for a in attribute(text) if a.spans[0][0] < text.index("\n")]
    text = "Seasons change: Ostrava plants its first vines\n\nThe season was mild.\n"
    assert not [a for a in attribute(text) if a.spans[0][0] < text.index("\n")]


def test_a_statement_inside_a_relative_clause_skips_its_speaker_and_cue(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Voss released documents that officials said would compromise the border."
    assert [(spk(text, a), seg(text, a)) for a in attribute(text)] == [
        ("officials", ["that", "would compromise the border"])
    ]


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        (
            "The deal, a pact the minister said would last a decade, was signed.",
            "the minister",
            ["a pact", "would last a decade"],
        ),
        (
            "The talks produced a ceasefire the envoy said would begin on Monday.",
            "the envoy",
            ["a ceasefire", "would begin on Monday"],
        ),
    ],
)
def test_a_statement_in_a_relative_clause_without_a_relative_word_keeps_its_subject(  # type: ignore[no-untyped-def]
    attribute, text, speaker, content
) -> None:
    # what was said is of the noun the clause describes: "a pact would last a decade", not
    # "would last a decade" with no subject
    assert [(spk(text, a), seg(text, a)) for a in attribute(text)] == [(speaker, content)]


def test_a_story_someone_told_is_no_subject_of_what_they_told(attribute) -> None:  # type: ignore[no-untyped-def]
    text = 'Voss recalled the story Marr told about his father, who wired, "Buy nothing."'
    marr = [seg(text, a) for a in attribute(text) if spk(text, a) == "Marr"]
    assert marr == [["Buy nothing."]]


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        (
            "Party leaders see him as an asset to the campaign.",
            "Party leaders",
            "him as an asset to the campaign",
        ),
        ("Voss portrayed Marr as a traitor.", "Voss", "Marr as a traitor"),
        (
            "Voss cast the treaty as a betrayal of the farmers.",
            "Voss",
            "the treaty as a betrayal of the farmers",
        ),
    ],
)
def test_seeing_or_painting_something_as_something_is_a_view(  # type: ignore[no-untyped-def]
    attribute, text, speaker, content
) -> None:
    assert [(spk(text, a), seg(text, a)) for a in attribute(text)] == [(speaker, [content])]


@pytest.mark.parametrize(
    "text",
    [
        "Voss saw a movie as a child.",  # when, not how
        "Voss saw the new bridge on Monday.",  # a deed
        "Marr is seen as a threat.",  # whose view is not said
    ],
)
def test_seeing_without_an_as_phrase_says_nothing(attribute, text) -> None:  # type: ignore[no-untyped-def]
    assert attribute(text) == []


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        (
            "Voss made it clear that the border would stay closed.",
            "Voss",
            "that the border would stay closed",
        ),
        (
            "Voss made the case that Marr is not ready for office.",
            "Voss",
            "that Marr is not ready for office",
        ),
        (
            "Marr took aim at comments by Voss about the treaty.",
            "Marr",
            "comments by Voss about the treaty",
        ),
        (
            "Marr took issue with recent criticism of his record.",
            "Marr",
            "recent criticism of his record",
        ),
    ],
)
def test_a_light_verb_with_its_noun_says_something(attribute, text, speaker, content) -> None:  # type: ignore[no-untyped-def]
    assert [(spk(text, a), seg(text, a)) for a in attribute(text)] == [(speaker, [content])]


@pytest.mark.parametrize(
    "text",
    ["Voss made a deal with Marr.", "Voss took the train to Lorvik.", "Marr took a shot of vodka."],
)
def test_a_light_verb_alone_says_nothing(attribute, text) -> None:  # type: ignore[no-untyped-def]
    assert attribute(text) == []


def test_a_light_verb_that_is_a_cue_of_its_own_still_reads(attribute) -> None:  # type: ignore[no-untyped-def]
    # "take for" is a learned cue ("took heat for ..."): the light-verb reading does not hide it
    text = "Marr took heat for his questioning of the candidate."
    assert [seg(text, a) for a in attribute(text)] == [["his questioning of the candidate"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the whole apposition after the kept phrase, without the writer's aside about the body
        (
            "Ana Voss, president of the Lorvik Teachers Union, which represents the city's "
            "teachers, said the strike would go on.",
            "Ana Voss, president of the Lorvik Teachers Union",
        ),
        (
            "The spokesman for the Belvanian embassy in Sarn, Teo Marr, said the strike would go on.",
            "The spokesman for the Belvanian embassy in Sarn, Teo Marr",
        ),
    ],
)
def test_speaker_phrase_with_apposition(attribute, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    (a,) = attribute(text)
    assert spk(text, a) == speaker


def test_name_hung_on_the_phrases_last_word_names_the_speaker() -> None:
    from onrecord.pipeline import extract

    text = "The spokesman for the Belvanian embassy in Sarn, Teo Marr, said the strike would go on."
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Teo Marr"


@pytest.mark.parametrize(
    "text,content",
    [
        # where and how the words were said closes the sentence: not part of them
        (
            "Voss said the border would stay closed in an interview with the Herald on Sunday.",
            "the border would stay closed",
        ),
        ("Voss said the border would stay closed, in a statement.", "the border would stay closed"),
        ("Voss told reporters the vote was rigged on Twitter.", "the vote was rigged"),
        # (a quotation mark closing a quotation in it stays)
        ("Voss called the plan “reckless” in a tweet on Sunday.", "the plan “reckless”"),
        ("Voss said Marr's plan was 'dead' in an interview.", "Marr's plan was 'dead'"),
        (
            "Voss said Marr would resign, most recently in an interview with the Herald.",
            "Marr would resign",
        ),
        # ... but a venue the statement is about stays
        (
            "Voss said her statements in a closed-door interview were truthful.",
            "her statements in a closed-door interview were truthful",
        ),
        (
            "Marr said Voss would be easy to defeat in a debate.",
            "Voss would be easy to defeat in a debate",
        ),
        (
            "Voss said the ministry would spend $10 million on advertising on Facebook, Twitter and the like.",
            "the ministry would spend $10 million on advertising on Facebook, Twitter and the like",
        ),
    ],
)
def test_where_the_words_were_said_is_no_part_of_them(attribute, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [seg(text, a) for a in attribute(text)] == [[content]]


def test_one_cue_one_statement(attribute) -> None:  # type: ignore[no-untyped-def]
    # the quotation rule stops at the closing mark, the clause rule runs on: two readings of
    # one statement, framed by the same "called"; the wider stays, once
    text = (
        "Voss called the new border law “much, much worse” than the old one, since it closes"
        " the river crossings."
    )
    found = attribute(text)
    assert len(found) == 1
    assert spk(text, found[0]) == "Voss"
    assert seg(text, found[0])[0].startswith(
        "the new border law “much, much worse” than the old one"
    )


def test_a_clause_between_a_quotations_parts_is_not_within_it() -> None:
    from onrecord.attribution.extractor import _within

    # a reported clause lent a quotation's frame lies between its two parts, in neither
    assert not _within([(40, 90)], [(0, 30), (95, 120)])
    assert _within([(5, 20)], [(0, 30), (95, 120)])
    assert _within([(5, 20), (96, 110)], [(0, 30), (95, 120)])
    assert not _within([(0, 30)], [(0, 30)])  # the same words: not a second reading


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # what the writer says of the speaker is not what the speaker said
        (
            "Marr warned that anyone who criticises the treaty is helping Belvania.",
            "anyone",
            "the treaty",
        ),
        (
            "Voters who said the border mattered most were evenly divided, the survey found.",
            "Voters",
            "the border mattered most",
        ),
    ],
)
def test_a_content_ends_with_the_relative_clause_of_its_cue(
    attribute, text: str, speaker: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    found = [a for a in attribute(text) if spk(text, a) == speaker]
    assert [seg(text, a) for a in found] == [[content]]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a cleft: what follows the copula is the content ("what Voss talks about most is
        # ..." is parsed as a clausal subject, not a relative clause, and never comes here)
        (
            "One thing Voss talks about most is that she grew up by the river.",
            "talks",
            "most is that she grew up by the river",
        ),
    ],
)
def test_a_cleft_keeps_what_follows_its_copula(text: str, cue: str, content: str) -> None:
    from onrecord.attribution.context import Context
    from onrecord.attribution.lexicon import load_cues
    from onrecord.attribution.reported import end_in_relative_clause
    from onrecord.nlp import load_pipeline

    ctx = Context(load_pipeline()(text), load_cues())
    at, start = text.index(cue), text.index(content)
    span = (start, start + len(content))
    assert end_in_relative_clause(ctx, (at, at + len(cue)), span) == span


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "On ..." opening the sentence is when or where, not whom the appeal is made on
        ("On Twitter, former minister Ana Voss called Marr “unhinged.”", "Marr “unhinged.”"),
        (
            "On Friday night, Voss called a delegate from Sarn, Ana Marr, and encouraged her to take the seat.",
            "her to take the seat",
        ),
    ],
)
def test_a_fronted_on_is_no_appeal(attribute, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    found = [seg(text, a) for a in attribute(text)]
    assert [content] in found
    assert all(not s[0].startswith(("Twitter", "Friday")) for s in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the frame after a quotation, misread as its speaker's words: only the quotation
        (
            "''We cannot do this,'' said Ana Voss, chairman of the river commission at Sarn, who co-wrote the treaty with Marr.",
            [("direct", ["We cannot do this,"])],
        ),
        # what the frame quotes after the name is the statement
        (
            "Said Piet Marr, who grew up with Voss in Sarn, “We were all so proud of her.”",
            [("direct", ["We were all so proud of her."])],
        ),
    ],
)
def test_a_content_never_opens_with_its_own_speaker(attribute, text: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert [(a.kind, seg(text, a)) for a in attribute(text)] == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The plan is "a trap for the unwary," as Ana Voss put it.', "a trap for the unwary,"),
        (
            "Marr urged a firm line, saying Sarnia would \u201cwalk all over us,\u201d as Ana "
            "Voss put it in her memoir.",
            "walk all over us,",
        ),
        (
            "Marr urged a firm line, saying Sarnia would ''walk all over us,'' as Ana Voss "
            "put it in her memoir.",
            "walk all over us,",
        ),
        (
            "Still, the fact that the race \u201cis a dead heat right now,\u201d as Ana Voss said on "
            "Monday, only raises the stakes.",
            "is a dead heat right now,",
        ),
    ],
)
def test_an_as_clause_after_quoted_words_gives_those_words(attribute, text, words) -> None:  # type: ignore[no-untyped-def]
    # the comma that sets the clause off sits inside the closing mark; the clause was
    # dropped, and the statement it closes ran on over it
    found = [a for a in attribute(text) if spk(text, a) == "Ana Voss"]
    assert [seg(text, a) for a in found] == [[words]]
    for other in attribute(text):
        assert "as Ana Voss" not in " ".join(seg(text, other))


def test_what_an_as_clause_gives_of_a_statement_is_its_content(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "Voss said the talks had stalled, as Marr had predicted."
    found = {spk(text, a): seg(text, a) for a in attribute(text)}
    assert found == {"Voss": ["the talks had stalled"], "Marr": ["the talks had stalled"]}


def test_permitting_is_no_statement_conceding_is(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The state media claimed the launch allows Belvania to reach the capital. "
        "Voss allowed that some of the envoys might be right."
    )
    found = {spk(text, a): seg(text, a) for a in attribute(text)}
    assert found == {
        "The state media": ["the launch allows Belvania to reach the capital"],
        "Voss": ["that some of the envoys might be right"],
    }


def test_a_label_in_a_relative_clause_without_that_is_its_subjects(attribute) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "Lorvik" on "a move" as an apposition and gives "called" no subject
    text = (
        "Belvanian Defence Minister Oleg Marr on Wednesday ordered naval exercises near the "
        'corridor, a move Lorvik called "a provocation."'
    )
    labels = [a for a in attribute(text) if a.cue and text[a.cue[0] : a.cue[1]] == "called"]
    assert [spk(text, a) for a in labels] == ["Lorvik"]


def test_a_label_on_what_someone_named_is_theirs_not_the_next_clauses(attribute) -> None:  # type: ignore[no-untyped-def]
    # the label was read as a whole statement framed by "the club charged"
    text = 'In 2009, under what Mr. Dalen called "the old model," the club charged a fee.'
    found = [(spk(text, a), seg(text, a)) for a in attribute(text) if '"' in " ".join(seg(text, a))]
    assert found == [("Mr. Dalen", ['"the old model,"'])]


def test_the_next_clause_the_parser_hung_on_the_verb_is_not_said(attribute) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the clauses of this sentence on each other: "Marr was holding a
    # meeting" took the fronted clause as what Marr "held", and on PolNeAR "announced his
    # candidacy last spring, Mook was holding a meeting ..." ran on over the next clause
    text = (
        "At the moment Voss announced her candidacy last spring, Marr was holding a meeting "
        "in his office at the campaign's Lesk headquarters and told aides that he viewed Voss "
        "as a genuine threat, according to someone in attendance."
    )
    found = {text[a.cue[0] : a.cue[1]]: seg(text, a) for a in attribute(text) if a.cue}
    assert "holding" not in found
    assert found["announced"] == ["her candidacy"]
    held = "The court held that the law was void."
    assert [seg(held, a) for a in attribute(held)] == [["that the law was void"]]


# "Voss announced her candidacy last spring, Marr was holding a meeting and told aides that he
# viewed Voss as a threat", parsed as the small model parses the PolNeAR sentence it stands
# for: the main clause a complement of "announced", "told" conjoined to it
_NEXT_CLAUSE = [
    ("Voss", True, "Voss", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
    ("announced", True, "announce", "VERB", "VBD", "ROOT", 1, "O"),
    ("her", True, "her", "PRON", "PRP$", "poss", 3, "O"),
    ("candidacy", True, "candidacy", "NOUN", "NN", "dobj", 1, "O"),
    ("last", True, "last", "ADJ", "JJ", "amod", 5, "O"),
    ("spring", False, "spring", "NOUN", "NN", "npadvmod", 9, "O"),
    (",", True, ",", "PUNCT", ",", "punct", 9, "O"),
    ("Marr", True, "Marr", "PROPN", "NNP", "nsubj", 9, "B-PERSON"),
    ("was", True, "be", "AUX", "VBD", "aux", 9, "O"),
    ("holding", True, "hold", "VERB", "VBG", "ccomp", 1, "O"),
    ("a", True, "a", "DET", "DT", "det", 11, "O"),
    ("meeting", True, "meeting", "NOUN", "NN", "dobj", 9, "O"),
    ("and", True, "and", "CCONJ", "CC", "cc", 9, "O"),
    ("told", True, "tell", "VERB", "VBD", "conj", 9, "O"),
    ("aides", True, "aide", "NOUN", "NNS", "dobj", 13, "O"),
    ("that", True, "that", "SCONJ", "IN", "mark", 17, "O"),
    ("he", True, "he", "PRON", "PRP", "nsubj", 17, "O"),
    ("viewed", True, "view", "VERB", "VBD", "ccomp", 13, "O"),
    ("Voss", True, "Voss", "PROPN", "NNP", "dobj", 17, "B-PERSON"),
    ("as", True, "as", "ADP", "IN", "prep", 17, "O"),
    ("a", True, "a", "DET", "DT", "det", 21, "O"),
    ("threat", False, "threat", "NOUN", "NN", "pobj", 19, "O"),
    (".", False, ".", "PUNCT", ".", "punct", 1, "O"),
]


def test_the_next_clause_hung_on_a_cue_speaks_for_itself() -> None:
    # "announced" took the main clause for its content, and "told", conjoined to it, was
    # given Voss's voice as a second statement inside hers
    from onrecord.attribution import find_attributions

    doc = hand_parsed(_NEXT_CLAUSE)
    found = {doc.text[a.cue[0] : a.cue[1]]: a for a in find_attributions(doc) if a.cue}
    assert seg(doc.text, found["announced"]) == ["her candidacy"]
    assert spk(doc.text, found["told"]) == "Marr"


@pytest.mark.parametrize(
    "text,called",
    [
        ("Sofie Arden criticised the government. She urged Voss to call Orlin directly.", None),
        ("She called Commissioner Dane right away.", None),
        ('Voss called Orlin "a danger to the region" on Monday.', "Orlin"),
        ("Voss called Orlin a liar.", "Orlin"),
    ],
)
def test_a_person_called_is_no_statement_of_the_caller(attribute, text: str, called) -> None:  # type: ignore[no-untyped-def]
    # "call Orlin directly" is a telephone call: no record of the caller's with "Orlin" as
    # its content (calling someone something is one)
    found = [
        a
        for a in attribute(text)
        if any("Orlin" in text[s:e] or "Dane" in text[s:e] for s, e in a.spans)
    ]
    contents = [seg(text, a)[0] for a in found]
    if called is None:
        assert all(not c.startswith(("Orlin", "Commissioner")) for c in contents), contents
    else:
        assert any(c.startswith(called) for c in contents), contents


def test_allow_frames_no_quotation_of_its_subject(attribute) -> None:  # type: ignore[no-untyped-def]
    # "allow" is a speech verb only before "that": the quotation is Danek's, whose
    # participle "saying" frames it, not the money's
    text = (
        "Danek thanked his partners, saying the money would allow "
        '"tens of thousands of families to go home before winter."'
    )
    quoted = next(a for a in attribute(text) if a.kind == "direct")
    assert spk(text, quoted) == "Danek"


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        # the verb says something of its own after it: the clause before is no content
        (
            'Belvania expels four Ostravan diplomats over spying, Sarn vows "mirror response"',
            "Sarn",
            '"mirror response"',
        ),
        # ... where a fronted clause is all it says, it is, whomever it was said to
        ("The border will stay shut, Voss said.", "Voss", "The border will stay shut"),
        ("The border will stay shut, Voss told reporters.", "Voss", "The border will stay shut"),
    ],
)
def test_a_fronted_clause_is_content_only_of_a_verb_with_none_after(
    attribute, text: str, speaker: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    found = [a for a in attribute(text) if spk(text, a) == speaker]
    assert [seg(text, a)[0] for a in found] == [content]


def test_according_to_takes_no_dateline(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Watchdog faults Ostrava\n\nHALVERN, May 14 (Reuters) - The Ostrava Republic has "
        "blocked inspectors from a suspected facility for more than a year, according to a "
        "confidential report by the agency seen by Reuters on Thursday."
    )
    found = next(a for a in attribute(text) if text[a.cue[0] : a.cue[1]].startswith("according"))
    assert seg(text, found)[0].startswith("The Ostrava Republic has blocked")


def test_an_apposition_inside_a_quotation_stays(attribute) -> None:  # type: ignore[no-untyped-def]
    # the quotation is still open at ", only criminals": the speaker's words, no writer's
    # aside to cut
    text = (
        "Prisoners freed\n\nTeo Marran, the secretary of the council, said in March that "
        'Ostrava had "no political prisoners, only criminals."'
    )
    found = next(a for a in attribute(text) if a.kind == "mixed")
    assert seg(text, found)[0].endswith('only criminals."')


@pytest.mark.parametrize(
    "text",
    [
        "A Belvanian military source, who declined to be named, said the navy was on alert.",
        "An official, who refused to be identified, said the talks had failed.",
    ],
)
def test_a_source_declining_to_be_named_says_only_what_follows(attribute, text) -> None:  # type: ignore[no-untyped-def]
    assert [seg(text, a) for a in attribute(text)] == [[text[text.index("said") + 5 : -1]]]


def test_a_closing_source_is_not_the_source_of_another_voice_after_it(attribute) -> None:  # type: ignore[no-untyped-def]
    # the readout sources Petek's warning, not what the other side said after "while"
    text = (
        "Defence Minister Goran Petek told Harrow that Dravenia would not tolerate further "
        "incursions, according to a readout from Kesk, while the Marennian side said Harrow "
        "had demanded an apology."
    )
    readout = [seg(text, a) for a in attribute(text) if spk(text, a) == "a readout from Kesk"]
    assert readout == [
        [
            "Defence Minister Goran Petek told Harrow that Dravenia would not tolerate further "
            "incursions"
        ]
    ]


def test_a_vetoed_draft_demands_what_it_demands_not_the_state_that_vetoed_it(attribute) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Ostrava Republic on Wednesday vetoed a draft resolution demanding an immediate "
        "ceasefire along its border."
    )
    said = {spk(text, a): seg(text, a) for a in attribute(text)}
    assert said.get("a draft resolution") == ["an immediate ceasefire along its border"]
    assert ["an immediate ceasefire along its border"] not in [
        v for k, v in said.items() if k == "The Ostrava Republic"
    ]
    # a body that adopts a text says what it says
    text = "The council adopted a resolution condemning the attack."
    assert [(spk(text, a), seg(text, a)) for a in attribute(text)] == [
        ("The council", ["the attack"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kestria has also recalled its ambassador from Sarn for consultations.",
        "Ostrava summoned the Belvanian envoy on Monday.",
    ],
)
def test_an_envoy_recalled_or_summoned_says_nothing(attribute, text) -> None:  # type: ignore[no-untyped-def]
    assert attribute(text) == []


def test_what_someone_called_is_no_statement_of_the_one_who_continued_it() -> None:
    # "continued" is a cue ("..., he continued"); its object "what she called a campaign of
    # hostility" had become Belvania's statement (thirty-seventh session)
    from onrecord import extract

    rec = extract(
        "Lise Amaro said Tarnesse would respond if Belvania continued what she called a "
        "campaign of hostility."
    )
    assert [(q.speaker.text if q.speaker else None) for q in rec.quotes] == ["Lise Amaro"]


def test_a_quotation_with_its_own_frame_stays_its_speakers_inside_according_to() -> None:
    # '“...,” Orlin told a meeting ..., according to a transcript released by the Palace':
    # the quotation had been absorbed into the transcript's clause, and Orlin's words were
    # on no one's page but the palace's (thirty-seventh session)
    from onrecord import extract

    rec = extract(
        '"Our patience is not unlimited," Pavel Orlin told a meeting of the Security Council, '
        "according to a transcript released by the Palace of the Republic."
    )
    said = [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in rec.quotes]
    assert ("direct", "Our patience is not unlimited,", "Pavel Orlin") in said, said


def test_an_asked_aside_mid_sentence_is_no_question_of_the_one_asked() -> None:
    # "Sandor, asked whether he would meet Orlin, said he was ready to talk": the parser
    # made "asked" the main verb; the question had been Sandor's statement and his answer
    # lost (thirty-seventh session)
    from onrecord import extract

    rec = extract("Ivo Sandor, asked whether he would meet Orlin, said he was ready to talk.")
    said = [(q.text, q.speaker.text if q.speaker else None) for q in rec.quotes]
    assert said == [("he was ready to talk", "Ivo Sandor")]


def test_a_relative_without_that_is_no_speaker_of_the_sentence() -> None:
    # "..., a demand Vell has repeatedly rejected": "a demand Vell" had become the speaker
    # of Halm's whole sentence, and Halm's own statement was lost
    from onrecord import extract

    rec = extract(
        "Gregor Halm said Ostrava would not withdraw from the island, a demand Vell has "
        "repeatedly rejected."
    )
    said = [(q.text, q.speaker.text if q.speaker else None) for q in rec.quotes]
    assert said == [("Ostrava would not withdraw from the island", "Gregor Halm")]
