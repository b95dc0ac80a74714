"""Speakers misread, found by error analysis of PolNeAR: things as speakers (a date before a
colon, the occasion someone spoke at, the means someone used: each gave a statement to a
thing, and "On July 6, Sanders made the following comment:" gave an actor named "July 6"), a
quoted title in the speaker's own phrase, a subject the parser left behind, a record whose
maker its phrase names ("according to a report from the Herald": the Herald speaks), a name the
parser split from its description, and colon frames whose subject is a body or a description
with a name in apposition."""

from __future__ import annotations

import pytest

from onrecord.pipeline import ArticleInput, Extractor
from tests.attribution.conftest import ref, seg, spk


def test_date_before_colon_is_not_the_speaker(attribute) -> None:
    text = (
        "Ida Brin spoke on jobs.\n\nOn July 6, 2019, Brin made the following comment: "
        "“For young people in Ostrava, the rate of joblessness is 33 percent.”"
    )
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and spk(text, direct[0]) == "Brin"


def test_only_a_date_before_colon_gives_no_speaker(attribute) -> None:
    text = "Ida Brin spoke on jobs.\n\nOn July 6, 2019: “The rate of joblessness is 33 percent.”"
    for a in attribute(text):
        assert spk(text, a) not in {"July", "July 6", "July 6, 2019"}


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Voss said at a news conference announcing that her ministry would sue the provinces.",
            "Voss",
            "that her ministry would sue the provinces",
        ),
        ("Marr spoke at a rally praising the dock workers.", "Marr", "the dock workers"),
        ("The ministry held a briefing calling for a ceasefire.", "The ministry", "a ceasefire"),
    ],
)
def test_a_participle_on_an_occasion_is_its_speakers(
    attribute, text: str, speaker: str, content: str
) -> None:
    atts = [a for a in attribute(text) if content in " ".join(seg(text, a))]
    assert atts, "the participle's statement is read"
    assert all(spk(text, a) == speaker for a in atts)


def test_a_participle_on_a_statement_is_the_statements(attribute) -> None:
    # artefacts still speak for themselves (their publisher is read elsewhere)
    text = "A statement saying that the border would stay shut was read out on Monday."
    for a in attribute(text):
        assert spk(text, a) in {None, "A statement"}


def test_the_means_is_not_the_speaker(attribute) -> None:
    text = "Other leaders used particularly blunt language to denounce the missile test."
    atts = [a for a in attribute(text) if "the missile test" in " ".join(seg(text, a))]
    assert all(spk(text, a) != "particularly blunt language" for a in atts)
    assert all(spk(text, a) in {None, "Other leaders"} for a in atts)


def test_object_control_still_reads_the_object(attribute) -> None:
    # a causative's object acted (an appeal's has not: tests/attribution/test_requested_acts.py)
    text = "The leaked survey led the envoys to warn Lorvik about the dam."
    atts = [a for a in attribute(text) if seg(text, a) == ["Lorvik about the dam"]]
    assert atts and all(spk(text, a) == "the envoys" for a in atts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Renn spent much of the run-up to the Velmaran caucuses portraying Voss as "
            "singularly focused on trade.",
            "Renn",
        ),
        ("Voss spent the final days of the campaign accusing Renn of lying.", "Voss"),
    ],
)
def test_the_one_who_spends_the_time_speaks(attribute, text: str, speaker: str) -> None:
    # the parser hangs the participle on the last noun of the time spent
    atts = attribute(text)
    assert atts and all(spk(text, a) == speaker for a in atts)


def test_time_taken_is_no_one(attribute) -> None:
    # "it may take days to determine ...": not a statement of "it", nor of "days"
    text = (
        "The agency said the test was its biggest yet. It may take several days to determine "
        "how powerful the blast was."
    )
    for a in attribute(text):
        assert "how powerful" not in " ".join(seg(text, a)) or spk(text, a) is None


def test_a_quoted_title_in_the_speakers_apposition(attribute) -> None:
    # the title's quotation marks cut the speaker's phrase: it ends before "of", and the
    # title is no statement of its own ("Ida Brin said: Ida Brin, the author of ...")
    text = (
        "“The lesson of this year is that none of the old rules apply,” said Ida Brin, "
        "the author of “Salt Roads,” a history of the republic."
    )
    atts = attribute(text)
    assert [seg(text, a) for a in atts] == [
        ["The lesson of this year is that none of the old rules apply,"]
    ]
    assert spk(text, atts[0]) == "Ida Brin, the author"


def test_then_says_keeps_the_first_clauses_subject(attribute) -> None:
    # the parser makes "Voss offered ..." a complement of "says", which has no subject
    text = "Voss jokingly offered the man a job as envoy, then says he will welcome advice."
    atts = [a for a in attribute(text) if seg(text, a) == ["he will welcome advice"]]
    assert atts and spk(text, atts[0]) == "Voss"


@pytest.mark.parametrize(
    ("text", "mention", "maker"),
    [
        (
            "Exports fell by a third last year, according to a report from the Ostrava Trade "
            "Council.",
            "a report from the Ostrava Trade Council",
            "the Ostrava Trade Council",
        ),
        (
            "The border was closed on Monday, according to a court filing submitted by Ana "
            "Voss's lawyers.",
            "a court filing submitted by Ana Voss's lawyers",
            "Ana Voss's lawyers",
        ),
        (
            "Party insiders will pick the delegates, according to interviews with a dozen "
            "party officials.",
            "interviews with a dozen party officials",
            "a dozen party officials",
        ),
        (
            "A tally by the Lorvik Herald showed that Marr had won 40 seats.",
            "A tally by the Lorvik Herald",
            "the Lorvik Herald",
        ),
    ],
)
def test_a_record_speaks_for_its_maker(attribute, text: str, mention: str, maker: str) -> None:
    (a,) = attribute(text)
    assert (spk(text, a), ref(text, a)) == (mention, maker)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a place or an occasion a record comes from, not its maker
        ("The crowd was larger than expected, according to a video from the rally.", "a video"),
        ("The crowd was larger than expected, according to footage from the scene.", "footage"),
        # whoever got hold of a record did not make it
        (
            "The talks had stalled, according to a memo obtained by the Lorvik Herald.",
            "a memo",
        ),
    ],
)
def test_a_record_without_a_maker_stays_the_speaker(attribute, text: str, mention: str) -> None:
    (a,) = attribute(text)
    assert spk(text, a) == ref(text, a) == mention


def test_a_records_maker_is_not_a_later_they(attribute) -> None:
    text = (
        "A new poll by the Lorvik Herald found that young voters favour Voss. "
        "They say she will lower the rents."
    )
    later = [a for a in attribute(text) if spk(text, a) == "They"]
    assert later and ref(text, later[0]) != "the Lorvik Herald"


def test_a_description_split_from_its_name_gives_the_name(attribute) -> None:
    # the parser makes "The columnist" and "Teo Marr" two subjects of "wrote"
    text = "The columnist Teo Marr wrote: “The eruption of war is a reminder.”"
    (a,) = attribute(text)
    assert spk(text, a) == "Teo Marr"


@pytest.mark.parametrize("description", ["A Libertarian", "A lifelong Libertarian"])
def test_a_description_set_before_a_pronoun_is_not_the_speaker(attribute, description) -> None:  # type: ignore[no-untyped-def]
    # the parser makes the description and "he" two subjects of "backed"; the description
    # was the speaker, and its capitalised word the speaker's name
    text = f"Teo Marr founded the bank. {description}, he backed Voss for the presidency in 2031."
    (a,) = attribute(text)
    assert spk(text, a) == "he"
    assert ref(text, a) == "Teo Marr"


@pytest.mark.parametrize(
    "text",
    [
        "Teo Marr is a former banker who has promised to close the border.",
        # an editor's note of the kind one outlet appends to every article on a candidate
        "Editor\u2019s note: Teo Marr regularly incites violence and is a serial liar, rampant"
        " xenophobe, racist and bully who has repeatedly pledged to close the border.",
    ],
)
def test_who_after_what_someone_is_stands_for_that_someone(attribute, text) -> None:  # type: ignore[no-untyped-def]
    (a,) = attribute(text)
    assert spk(text, a) == "Teo Marr"


def test_who_after_a_comma_describes_the_noun_before_it(attribute) -> None:  # type: ignore[no-untyped-def]
    text = "The main barrier has been Belvanian voters, who rejected the plan."
    (a,) = attribute(text)
    assert spk(text, a) == "Belvanian voters"


def test_a_colon_frame_with_a_name_in_apposition_names_the_speaker(attribute) -> None:
    text = (
        "One early supporter, Representative Ana Voss of Belvania, gave the technique a whirl "
        "in an interview on Tuesday: “You can easily argue that the president is wrong.”"
    )
    (a,) = attribute(text)
    assert ref(text, a) is not None and "Ana Voss" in ref(text, a)


def test_a_colon_frame_of_a_document_still_names_no_one(attribute) -> None:
    text = "A footnote makes it clear: “The figures are estimates.”"
    (a,) = attribute(text)
    assert a.speaker is None


def test_a_colon_frame_of_a_record_with_its_maker_names_the_maker(attribute) -> None:
    text = "A new poll by the Lorvik Herald found: “Most voters back the treaty.”"
    (a,) = attribute(text)
    assert ref(text, a) == "the Lorvik Herald"


# -- twenty-sixth session: frames the parser misread --------------------------------------


def _direct_speaker(attribute, text: str, words: str) -> str | None:
    found = [a for a in attribute(text) if a.kind == "direct" and words in " ".join(seg(text, a))]
    assert found, f"the quotation {words!r} is read"
    return spk(text, found[0])


def test_a_lead_in_before_the_quotation_is_no_speaker(attribute) -> None:
    # the parser made "His final assessment" a second subject of "said"
    text = (
        "Marr spoke for an hour. His final assessment: “It’s not quite optimistic,” he said. "
        "“We’re hopeful.”"
    )
    assert _direct_speaker(attribute, text, "not quite optimistic") == "he"


def test_a_contracted_has_is_not_part_of_the_speaker(attribute) -> None:
    text = "While he’s said he believes the border should close, he’s also met the envoys."
    said = [a for a in attribute(text) if a.cue and text[a.cue[0] : a.cue[1]] == "said"]
    assert said and spk(text, said[0]) == "he"


def test_where_it_was_said_is_not_who_said_it(attribute) -> None:
    # the parse hung the name inside the quotation; the frame after it still names him
    text = (
        "“It is not the position that everything is hunky-dory,” Ana Voss, a senior Lorvik "
        "adviser, said at a recent Herald event in Ostrava. “I think people can see it.”"
    )
    assert (_direct_speaker(attribute, text, "everything is hunky") or "").startswith("Ana Voss")


def test_a_repeated_said_joined_to_the_reported_clause_is_the_first_speakers(
    attribute,
) -> None:
    text = (
        "Voss said the move was made by the interior minister and said, “Who are you going "
        "to trust on security?”"
    )
    assert _direct_speaker(attribute, text, "Who are you going") == "Voss"


def test_a_clause_after_the_inverted_frame_lends_no_speaker(attribute) -> None:
    # the tagger read "Skelly" as an adverb; "he" belongs to the clause after the comma
    text = (
        "“Having access to the file and two people who understand it is valuable,” said "
        "Skelly, explaining he worked more closely with Marr, who was hired later."
    )
    assert _direct_speaker(attribute, text, "Having access") == "Skelly"


def test_a_pronoun_after_a_dash_signs_nothing(attribute) -> None:
    text = (
        "Yet despite carping that Voss is a crusader - during their first debate, Ana Marr "
        "cracked, ''I'm a progressive, but I'm a progressive who likes to get things done'' "
        "- he has often been an effective legislator."
    )
    assert _direct_speaker(attribute, text, "a progressive who likes") != "he"


def test_a_dash_signature_still_signs(attribute) -> None:
    text = "The port stayed closed on Monday.\n\n“The bridge stays shut.” — Ana Voss, Lorvik"
    assert (_direct_speaker(attribute, text, "The bridge stays shut") or "").startswith("Ana Voss")


def test_a_subhead_run_into_the_paragraph_is_no_speaker(attribute) -> None:
    text = (
        "Talks in Ostrava\n\nBy Ana Weiss\n\nTHE BORROWING Back when he wrote his book, "
        "Mr. Marr said that he considered debt a last resort.\n"
    )
    said = [a for a in attribute(text) if "debt a last resort" in " ".join(seg(text, a))]
    assert said and spk(text, said[0]) == "Mr. Marr"


def test_lets_say_is_the_writers_as_let_us_say_is(attribute) -> None:
    for text in (
        "Let's say you think a degree will cost 60,000 in 18 years.",
        "Let us say you think a degree will cost 60,000 in 18 years.",
    ):
        assert all(spk(text, a) not in {"'s", "us"} for a in attribute(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # where a person works, what an expert knows: part of the mention
        (
            "Ida Brin, a lawyer in Ostrava, said the ruling would be appealed.",
            "Ida Brin, a lawyer in Ostrava",
        ),
        (
            "Teo Marr, an expert on trade at the Halden Institute, said the tariffs would fail.",
            "Teo Marr, an expert on trade at the Halden Institute",
        ),
        # a time is not
        ("A judge in October said the ruling would be appealed.", "A judge"),
        # a joined description keeps no aside, and a bracket it opened stays closed
        (
            "Ida Brin, a lawyer and one of the founders of the Halden Group, which lobbies "
            "for ports, said the ruling would be appealed.",
            "Ida Brin, a lawyer and one of the founders of the Halden Group",
        ),
        (
            "Voss and Sen. Ida Brin (L-Ost.), who are both on the panel, said the ruling "
            "would be appealed.",
            "Voss and Sen. Ida Brin (L-Ost.)",
        ),
    ],
)
def test_what_the_speaker_phrase_keeps(attribute, text: str, speaker: str) -> None:
    found = [a for a in attribute(text) if " would " in " ".join(seg(text, a))]
    assert found and spk(text, found[0]) == speaker


def test_a_slogan_and_a_participle_inside_the_frame_keep_the_speaker() -> None:
    # a quoted slogan in a participle's aside cut the frame short, and the quotation went to
    # the last speaker ("everyone" of the sentence before)
    text = (
        "Congress ends\n\nBy Ana Weiss\n\nThe music seemed to match the relief in the hall.\n\n"
        "Not everyone was claiming success.\n\n"
        "“We’ve had better congresses than this one,” Sarn delegate Ivo Dalen, wearing a fur "
        "hat and “Marr for Mayor” pins, said matter-of-factly as confetti fell around him.\n"
    )
    rec = next(Extractor().extract_many([ArticleInput(text=text)]))
    (q,) = [q for q in rec.quotes if "congresses" in q.text]
    assert q.speaker is not None and q.speaker.text == "Sarn delegate Ivo Dalen"


def test_a_next_step_hung_on_the_first_verb_shares_its_subject(attribute) -> None:
    text = (
        "The crowd reprised the chant. Mayor Ana Voss gestured as if to stop the noise, then "
        "leaned in and boomed: “Let’s defeat him in May.”"
    )
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and spk(text, direct[0]) == "Mayor Ana Voss"


def test_a_participle_clause_before_the_subject_is_not_the_subject(attribute) -> None:
    text = (
        "Cross-referencing voting records and patterns of job losses between 2002 and 2010, "
        "the researchers found that areas hardest hit by trade shocks moved to the far right."
    )
    found = [a for a in attribute(text) if "trade shocks" in " ".join(seg(text, a))]
    assert found and spk(text, found[0]) == "the researchers"


@pytest.mark.parametrize(
    "text",
    [
        # a full stop where a comma belongs, as messy pages print it
        "“Ostrava, if you are listening, open the port.” Voss said.",
        # a question inside the quotation closes it, then the outer mark
        "“When this came about and [Marr] read about it, her answer was, ‘Let’s see what we "
        "can do to help?’” Voss told reporters during a call.",
    ],
)
def test_a_frame_after_a_quotation_that_ends_its_sentence(attribute, text: str) -> None:
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and spk(text, direct[0]) == "Voss"


def test_a_quotation_that_ends_its_sentence_before_a_new_statement_is_not_its_frame(
    attribute,
) -> None:  # type: ignore[no-untyped-def]
    # the next sentence has content of its own: it frames nothing before it
    text = "Marr spoke first. “The port will open.” Voss said the port would stay shut."
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and spk(text, direct[0]) != "Voss"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ida Brin, a Marr supporter from Sarn, is among those who say they have no "
            "intention of backing Voss.",
            "Ida Brin, a Marr supporter",
        ),
        ("Teo Marr was one of three members who said the treaty was flawed.", "Teo Marr"),
    ],
)
def test_one_among_those_who_say_is_the_speaker(attribute, text: str, speaker: str) -> None:
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert found and spk(text, found[0]) == speaker


def test_an_inverted_cue_set_off_inside_the_statement(attribute) -> None:
    # the parser made the words before "said" its subject: they were the speaker
    text = (
        "Any clear reading of the envoy’s moves, said Ivo Dalen, an expert on Drovnia at the "
        "Sarn Institute, would read this as a retreat from the talks."
    )
    (found,) = [a for a in attribute(text) if "retreat" in " ".join(seg(text, a))]
    assert spk(text, found).startswith("Ivo Dalen")
    assert seg(text, found) == [
        "Any clear reading of the envoy’s moves",
        "would read this as a retreat from the talks",
    ]


def test_a_plain_cue_after_a_long_subject_is_not_inverted(attribute) -> None:
    text = (
        "And aides to Mayor Ivo Dalen of Sarn, who had a long career in the council, said their "
        "stump speeches, already full of references to their work, would focus more on the port."
    )
    found = [a for a in attribute(text) if "stump speeches" in " ".join(seg(text, a))]
    assert found and spk(text, found[0]) == "aides"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the thing speaks, as a mention with no actor, where the quotation went to no one
        ("Dawson smiled and lifted a sign of her own. “I am still for Marr,” it read.", "it"),
        ("On his website, Marr has made the change. “This is your movement,” it now says.", "it"),
        # its sender, when the text says who sent it, is whom the "it" stands for
        (
            "A coalition of nearly 40 groups sent a letter to the council on Monday. “The fact "
            "that it is already July is appalling,” it read.",
            "A coalition of nearly 40 groups",
        ),
    ],
)
def test_a_thing_that_reads_a_quotation_speaks(attribute, text: str, speaker: str) -> None:
    direct = [a for a in attribute(text) if a.kind == "direct"]
    assert direct and spk(text, direct[0]) == "it" and ref(text, direct[0]) == speaker


def test_an_exercise_is_no_speaker(attribute) -> None:  # type: ignore[no-untyped-def]
    # the parser hung "saying" on "began": the exercise had said the officials' words
    text = (
        "Belvanian officials disputed that, saying they had received notice only on Tuesday "
        "evening, less than 12 hours before the exercise began."
    )
    assert "the exercise" not in {spk(text, a) for a in attribute(text)}


def test_it_after_a_bodys_statement_is_the_body(attribute) -> None:  # type: ignore[no-untyped-def]
    # the statement it spoke in, and the states and statements its words name, are no
    # rivals of the ministry for the "It" that goes on
    text = (
        "Ostrava's Foreign Ministry said in a separate statement that the joint statement was "
        '"hypocritical," noting that Belvania and Kestria had held their own naval exercise '
        'last month. It warned that any "hostile military movements" near its borders would be '
        'met with "a firm and proportionate response."'
    )
    last = attribute(text)[-1]
    assert spk(text, last) == "It" and ref(text, last) == "Ostrava's Foreign Ministry"


def test_the_terms_of_anonymity_are_no_statement(attribute) -> None:  # type: ignore[no-untyped-def]
    # "because he was not authorised to discuss the case" sets the official's anonymity: its
    # "he" said nothing (it had gone to the minister named before)
    text = (
        "Talks\n\nForeign Minister Joran Vey met the envoy. A Kestrian official, who spoke on "
        "condition of anonymity because he was not authorised to discuss the case publicly, "
        "said Drach had asked for protection."
    )
    found = attribute(text)
    assert "he" not in {spk(text, a) for a in found}
    assert any(spk(text, a) == "A Kestrian official" for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "Holding rates near zero promised faster economic growth.",
        "Hearing the envoy read it in a Velmaran accent gives it a certain charm.",
    ],
)
def test_a_clause_as_subject_is_no_speaker(attribute, text: str) -> None:
    # a clause with no subject of its own names no one who says anything
    assert [spk(text, a) for a in attribute(text)] == []


def test_people_in_a_clause_as_subject_still_speak(attribute) -> None:
    text = "But investors expecting a big deal warned the board to think twice."
    assert [spk(text, a) for a in attribute(text)] == ["investors"]
