"""He and she follow the person the narrative is about, even where the tagger mislabels
that person's name (issue 15). Fictional states and people."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from onrecord.attribution.speakers import article_person_words
from onrecord.pipeline import extract
from tests.attribution.conftest import ref


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(Vocab(), words=words, pos=["PROPN"] * len(words))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_a_surname_given_with_a_first_name_is_a_person_however_else_labelled() -> None:
    words = ["Tomas", "Halloran", "met", "Halloran", "and", "Halloran", "."]
    doc = _doc(words, [(0, 2, "PERSON"), (3, 4, "ORG"), (5, 6, "GPE")])
    words, surnames = article_person_words(doc)
    assert "Halloran" in words and "Halloran" in surnames


def test_a_place_with_a_longer_name_is_not_made_a_person() -> None:
    # "New York" ends in "York": a "Mr. York" once elsewhere does not make it a person
    words = ["Ida", "York", "met", "New", "York", "officials", "."]
    doc = _doc(words, [(0, 2, "PERSON"), (3, 5, "GPE")])
    assert "York" not in article_person_words(doc)[0]


def test_lone_names_follow_the_majority_of_their_labels() -> None:
    words = ["Brin", "met", "Brin", "in", "Brin", "."]
    doc = _doc(words, [(0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "GPE")])
    assert "Brin" in article_person_words(doc)[0]
    doc = _doc(words, [(0, 1, "PERSON"), (2, 3, "ORG"), (4, 5, "GPE")])
    assert "Brin" not in article_person_words(doc)[0]


def test_he_follows_the_subject_the_tagger_did_not_call_a_person() -> None:
    # The small model labels the later "Halloran"s an organisation and a place. "He" is the
    # president who just proclaimed a goal, not the envoy who spoke before him.
    text = (
        "President Tomas Halloran of Varnia met the envoy of Ostmark, Piotr Brin, on Monday. "
        "Halloran said a treaty was close. Brin said the talks had gone well.\n\n"
        'In his speech on Tuesday, Halloran proclaimed a goal of "peace through trade." '
        "He told the crowd that he wants a treaty by spring."
    )
    last = extract(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "He"
    assert last.speaker.name == "Tomas Halloran"


def _speakers(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None, q.text)
        for q in extract(text).quotes
    ]


def test_a_possessive_holder_is_the_one_person_named_before_it() -> None:
    # "his" is as often the person written about as the last speaker (on PolNeAR train, 6
    # of 14 such chains were right), so the speaker chain does not resolve it; the one man
    # the sentence before names does (test_owner_pronouns.py). (A clause's own subject
    # binds it: test_bound_pronouns.py.)
    text = (
        "Tomas Brin, the envoy of Ostmark, arrived in Castelbrun on Monday. "
        "His claim that the treaty was dead drew jeers."
    )
    assert ("His", "Tomas Brin", "that the treaty was dead") in _speakers(text)


def test_whoever_rejects_a_claim_is_not_its_holder() -> None:
    text = (
        "Tomas Brin, the envoy of Ostmark, arrived in Castelbrun on Monday. "
        "His critics rejected his claim that the treaty was dead."
    )
    holders = [s for s, _, t in _speakers(text) if t == "that the treaty was dead"]
    assert holders == ["his"]


def test_a_surname_tagged_a_common_noun_is_still_the_person() -> None:
    # the small model tags the second "Voss" a common noun
    text = (
        "Foreign Minister Ana Voss met the envoy of Ostmark on Monday. "
        "Voss repeated her claim that the border was safe."
    )
    assert ("Voss", "Ana Voss", "that the border was safe") in _speakers(text)


def test_a_participle_goes_on_with_the_clause_just_before_it() -> None:
    # the parser hangs "said" and "going on to say" side by side on the later "want", whose
    # subject ("young farmers") is inside what Voss said
    text = (
        '"We will not go back to a time of quarrels, that is insane," Voss said, going on to '
        'say that the country has spent "decades fighting the old feuds, to have that fight '
        'again, young farmers do not want to see that."'
    )
    said = [s for s, _, t in _speakers(text) if t.startswith("that the country has spent")]
    assert said == ["Voss"]


def _last_he(text: str) -> str | None:
    return _last_pronoun(text, "he")


def _last_pronoun(text: str, pronoun: str) -> str | None:
    """The name the last statement of ``text`` with the speaker ``pronoun`` is filed under."""
    quotes = [q for q in extract(text).quotes if q.speaker and q.speaker.text.lower() == pronoun]
    return quotes[-1].speaker.name if quotes else None


def test_a_name_inside_the_speakers_own_statement_is_not_the_next_speaker() -> None:
    # "he believes Lenk is right": Lenk is what Brandt spoke of; the "he" of the next
    # paragraph is still Brandt (the old rule took the nearer subject, Lenk)
    text = (
        "Foreign Minister Karel Brandt of Varnia met the envoys on Monday. Brandt said he "
        "believes Premier Osip Lenk is right about the treaty.\n\n"
        "“The votes are there for it,” he said."
    )
    assert _last_he(text) == "Karel Brandt"


def test_a_name_inside_any_statement_made_with_the_same_mention_is_not_the_next_one() -> None:
    # "Lena Holt, who said Marr hurt her, recounted the talks. She has said ...": Marr is
    # inside Holt's first statement, not her last; "She" had gone to Marr
    text = (
        "Lena Holt, who said Teo Marr threatened her in 2019, recounted the talks on the "
        "radio on Sunday. She has said that the threats began at a dinner in Lesk."
    )
    she = [q for q in extract(text).quotes if q.speaker and q.speaker.text == "She"]
    assert [q.speaker.name for q in she] == ["Lena Holt"]


def test_a_pronoun_speaker_carries_the_chain_past_a_nearer_speaker() -> None:
    # Lenk spoke last by name; the second paragraph's "he" stands for Brandt, whom it is
    # about, and its statement names Lenk: the quotation after it is still Brandt's
    text = (
        "“Our assumption is that the treaty will pass,” Premier Osip Lenk said on Tuesday.\n\n"
        "Karel Brandt, the foreign minister, has his doubts, and he does believe Osip Lenk "
        "is wrong about the treaty.\n\n"
        "“I do not think the votes are there,” he said."
    )
    assert _last_he(text) == "Karel Brandt"


def test_a_new_subject_of_the_narrative_still_takes_over() -> None:
    # the guard: a person named as the subject outside anyone's statement is who the
    # story turns to, and the next "he" is his
    text = (
        "Foreign Minister Karel Brandt of Varnia said he believes the treaty will pass.\n\n"
        "Osip Lenk, the premier of Ostmark, arrived in Castelbrun on Tuesday. "
        "“We will sign it,” he said."
    )
    assert _last_he(text) == "Osip Lenk"


def test_she_never_stands_for_a_man_named_by_a_common_given_name() -> None:
    # the model tags Unruh an organisation, so "she" has no named woman to go to; the last
    # speaker, Solomon Yevic, is a man by his given name: "she" is left unresolved
    text = (
        "Delegates have been coordinated by Sarn's Kendal Unruh, a delegate on the rules "
        "committee.\n\n“If a candidate was going into a convention, they have their votes "
        "counted,” said Unruh.\n\n“I don’t think they have the numbers,” said Solomon Yevic, a "
        "committeeman from Sarn.\n\nUnruh is spearheading this effort.\n\nBut even if Unruh "
        "fails on the rules committee, she can still create a headache for Marr, she said.\n"
    )
    rec = extract(text)
    for q in rec.quotes:
        if q.speaker is not None and q.speaker.text.lower() == "she":
            assert q.speaker.name != "Solomon Yevic"


def test_a_name_in_a_clause_set_off_before_the_cue_does_not_take_the_pronoun() -> None:
    # Dalen is named inside Marr's aside; the "he" who speculates is Marr's, never Dalen
    text = (
        "Teo Marr, later alleging that President Ivo Dalen wanted to admit 250,000 refugees, "
        'said he would deport refugees, who he speculates are "mostly men" and perhaps part of '
        "a plot.\n"
    )
    rec = extract(text)
    for q in rec.quotes:
        if q.speaker is not None and q.speaker.text == "he":
            assert q.speaker.name != "Ivo Dalen"


def test_they_stands_for_the_nearer_plural_subject_of_the_narrative(attribute) -> None:
    # the editors spoke a paragraph before; the officials are what "they" follows
    text = (
        "Border vote\n\nThe vote was close, Herald editors said on Monday.\n\nVoss campaign "
        "officials met in Lorvik on Tuesday. They determined that the party rules would bar "
        "her.\n"
    )
    found = [a for a in attribute(text) if text[a.speaker[0] : a.speaker[1]] == "They"]
    assert found and ref(text, found[0]) == "Voss campaign officials"


def test_they_after_a_plural_subject_of_things_is_left_open(attribute) -> None:
    text = (
        "Border vote\n\nThe vote was close, Herald editors said on Monday.\n\nThe figures "
        "were updated in June. They showed that the party rules would bar her.\n"
    )
    found = [a for a in attribute(text) if text[a.speaker[0] : a.speaker[1]] == "They"]
    assert found and ref(text, found[0]) == "They"


def test_an_untagged_name_described_as_a_person_carries_the_chain() -> None:
    # Where the tagger sees no name in "Teo Marran" (as in a longer article it did not), the
    # apposition "the secretary of ..." says he is a person: the subject the next "he"
    # stands for, not the minister who spoke before him.
    from onrecord.attribution import find_attributions
    from onrecord.nlp import load_pipeline, parse

    text = (
        'Spies row\n\n"We have clear evidence," Foreign Minister Henrik Saal told parliament.'
        "\n\nTeo Marran, the secretary of Ostrava's Security Council, went further. "
        'Belvania, he told state television, had "been running its own spies out of its '
        'embassy in Sarn for years."'
    )
    doc = parse(load_pipeline(), text)
    doc.ents = [e for e in doc.ents if "Marran" not in e.text]
    last = find_attributions(doc)[-1]
    assert ref(text, last) == "Teo Marran"


def test_a_name_after_a_feminine_noun_is_a_womans_later_on() -> None:
    # "spokeswoman Marta Ruskaya": the bare "Marta Ruskaya" of the narrative later is no
    # antecedent of "he" (the given name alone says nothing to the gender data)
    text = (
        '"We will answer in kind," foreign ministry spokeswoman Marta Ruskaya said on '
        "Monday.\n\nAt the talks, Ruskaya spoke with Karel Brandt of Varnia. Later, Marta "
        'Ruskaya left the hall. "It was a calm day," he told reporters.'
    )
    assert _last_he(text) == "Karel Brandt"


def test_a_state_tagged_a_person_once_is_no_antecedent() -> None:
    # The tagger calls "Ostrava" a body three times and a person once, as the subject of
    # the reported clause fronted before "he said": "he" is the secretary named just before,
    # not the state (never given with a first name)
    text = (
        "Ostrava, which was not invited to the summit and had called on Marrovia to stay away, "
        "dismissed the agreement. Ostravan Foreign Minister Vera Lensky told state television "
        'that the three countries were forming "an exclusive club directed against Ostrava."\n\n'
        "Teo Marran, the secretary of Ostrava's Security Council, accused Belvania of trying to "
        '"buy" Kestria\'s loyalty with aid money. Ostrava would not accept "any arrangement in '
        'the lakes made behind its back," he said.'
    )
    assert _last_he(text) == "Teo Marran"


def test_a_name_in_apposition_to_a_subject_carries_the_chain() -> None:
    # "The Herald's editor, Paul Rask, defended ...": the editor is the subject the next
    # "he" stands for, not the minister quoted before
    text = (
        "In Vell, Kestrian Foreign Minister Joran Vey said he had nothing to add.\n\n"
        '"Kestria\'s position has not changed," Vey said.\n\n'
        "The Herald's editor, Paul Rask, defended the decision to publish. \"The public has a "
        'right to know what its government knew," he wrote in an editorial.'
    )
    assert _last_he(text) == "Paul Rask"


@pytest.mark.parametrize(
    "name,gender",
    [
        ("Marta Ruskaya", "female"),
        ("Hanna Grell", "female"),
        ("Vera Lensky", "female"),
        ("Pavel Orlin", "male"),
        ("Lukas Brenn", "male"),
        ("Karel Dansk", "male"),
        # a name also common as a surname, or given to both, stays unknown
        ("Warren Hale", None),
        ("Andrea Voss", "female"),
    ],
)
def test_given_names_of_international_news_have_a_gender(name: str, gender: str | None) -> None:
    from onrecord.attribution.speakers import gender_of

    assert gender_of(name) == gender


def test_he_after_the_speaker_who_asked_him_is_the_man_asked() -> None:
    # "Hanna" is a woman's name: "He refused" is Vidd, not the Speaker who asked him
    text = (
        'As she spoke, Tomas Vidd, a backbench member, shouted from the benches: "Who will pay '
        'for the coffins, minister?"\n\nThe Speaker, Hanna Grell, called for order and asked '
        "Vidd to withdraw the remark. He refused and was ordered to leave the chamber."
    )
    assert _last_he(text) == "Tomas Vidd"


def test_he_after_a_described_driver_is_not_the_driver_before() -> None:
    # "Another driver, who gave only his first name, Mikkel, said ...": the next "he" is
    # that driver (a person described), never the other driver quoted before
    text = (
        "Border shooting\n\nJonas Terve, a truck driver, told the AP that the shots came from "
        'the hill. "I saw flashes," he said.\n\nAnother driver, who gave only his first name, '
        'Mikkel, said he had seen no one. "There were no smugglers," he said.'
    )
    assert _last_he(text) != "Jonas Terve"


def _she_names(text: str) -> list[str | None]:
    return [q.speaker.name for q in extract(text).quotes if q.speaker and q.speaker.text == "she"]


def test_a_name_after_an_office_and_a_given_name_is_a_persons_however_tagged() -> None:
    # the tagger called "Nadia Corvel" an organisation and "Valmoran" a person: the "she" is
    # the minister, not the people's adjective before her office
    text = (
        "Belvanian Foreign Minister Tomas Reyne said aid would come.\n\n"
        'Valmoran Foreign Minister Nadia Corvel thanked him. "This is what neighbours do," '
        "she said.\n"
    )
    assert _she_names(text) == ["Nadia Corvel"]


def test_she_who_replies_is_the_one_the_question_was_put_to() -> None:
    # the asker ("another journalist") is the last speaker, but the answer is Corvel's, and
    # so is what "she" adds in the same breath
    text = (
        'Valmoran Foreign Minister Nadia Corvel spoke after him. "We understand the anger," '
        'she said.\n\n"Is Valmora sitting on the fence?" another journalist asked Corvel.\n\n'
        '"Valmora is sitting at the table," she replied, adding that she would travel to Sarn '
        "next week.\n"
    )
    assert _she_names(text) == ["Nadia Corvel"] * 3


def test_he_who_answers_in_the_next_paragraph_is_the_one_asked_whatever_his_verb() -> None:
    # (forty-fourth session: "Conroy asked Sanders whether ... ¶ “Sure it is. ...,” he said"
    # was the asker's, once the asker, a reporter named after his paper, was a person)
    text = (
        "Health\n\nLast month, the Lorvik Herald's reporter Ivo Marr asked Senator Teo Dant "
        "whether questions about his health were fair game in the campaign.\n\n“Sure it is. "
        "I would not have run if I was not well,” he said.\n"
    )
    names = [q.speaker.name for q in extract(text).quotes if q.speaker]
    assert names == ["Ivo Marr", "Teo Dant"]


def test_she_after_a_wife_named_in_apposition_is_the_wife() -> None:
    # the tagger read "Marta" as a place: the "she" had been the lawyer named before her
    text = (
        "Defence lawyer Benedikt Saar said he would appeal.\n\n"
        "Dulas's wife, Marta, who attended the hearing with the couple's two children, broke "
        'down in tears. "They promised us protection here," she said.\n'
    )
    assert _she_names(text) == ["Marta"]


def test_she_after_a_person_named_by_a_given_name_alone_is_that_person() -> None:
    # "Amira" (tagged an organisation) with her description: the "she" had been the aid
    # group's coordinator quoted before her; and her request that her name not be used is no
    # statement (it had been the town's)
    text = (
        "Sanne Albrecht, the coordinator of Open Passage, said guards had beaten people.\n\n"
        "Amira, a 34-year-old teacher from Mereth who asked that her family name not be used, "
        'said she had crossed twice. "The first time, men in uniform put us in a van," she '
        "said.\n"
    )
    quotes = extract(text).quotes
    assert [q.speaker.name for q in quotes if q.speaker and q.speaker.text == "she"] == ["Amira"]
    assert all("family name" not in q.text for q in quotes)


def test_a_he_after_a_lone_known_surname_the_tagger_called_a_place_is_that_person(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    # "Tal declared victory ... he told supporters": the tagger read "Tal" as a place, and
    # the "he" had gone to the commission chairman quoted before (thirty-seventh session)
    from tests.actors.conftest import fiction_record

    people = tmp_path / "tal.yaml"
    people.write_text(
        "people:\n- name: Ruben Tal\n  country: XBV\n"
        "  titles: [{title: Prime Minister, start: 2021-11-01}]\n",
        encoding="utf-8",
    )
    rec = fiction_record(
        "The commission, Abel added, had ordered a recount.\n\n"
        'Tal declared victory shortly after midnight. "The people have spoken clearly, and '
        'they have chosen stability," he told cheering supporters at the party headquarters.\n',
        "2024-03-01",
        people,
    )
    direct = [q for q in rec.quotes if q.kind == "direct"]
    assert [q.speaker.name if q.speaker else None for q in direct] == ["Ruben Tal"]


def test_a_state_the_tagger_called_a_person_is_no_she(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # "Under her, Valmora has ...": the tagger read "Valmora" as a person, and nine of a
    # profile's "she said" quotes had no speaker (thirty-seventh session)
    from tests.actors.conftest import fiction_record

    extra = tmp_path / "valmora.yaml"
    extra.write_text(
        "countries:\n- code: XVM\n  name: Valmora\n  demonyms: [Valmoran]\n  capital: Castel Rune\n"
        "people:\n- name: Nadia Corvel\n  country: XVM\n"
        "  titles: [{title: Foreign Minister, start: 2021-11-01}]\n",
        encoding="utf-8",
    )
    rec = fiction_record(
        "Nadia Corvel is the foreign minister. Valmora has signed a pact. She said ties must "
        "improve.\n",
        "2024-03-01",
        extra,
    )
    assert [q.speaker.name if q.speaker else None for q in rec.quotes] == ["Nadia Corvel"]


def test_the_person_whose_record_speaks_is_who_a_later_she_stands_for() -> None:
    # "Palin’s pugnacious posts ... saying ...": the posts speak, she wrote them; the reader
    # quoted before them is not who "she added" means (PolNeAR train, once the readers'
    # comments there were read through their garbled marks)
    text = (
        "Foreign Minister Ana Voss of Belvania posted a message on Monday. She wrote that the "
        "crossing would stay open.\n\n"
        "Readers answered at once.\n\n"
        "“Thank you, we are with you,” posted Marta Lind.\n\n"
        "Voss’s sharp posts about the blockade include one last week saying the danger had been "
        "understated.\n\n"
        "“Come together, Belvania, to keep the crossing open,” she added.\n"
    )
    last = extract(text).quotes[-1]
    assert last.text.startswith("Come together")
    assert last.speaker is not None and last.speaker.name == "Ana Voss"


# --- fifty-sixth session: an owner of the subject, and the person asked ------------------
# (benchmarks/pronoun_referents.py measures these against referents read by hand)


def test_he_follows_the_owner_of_a_subject_that_is_no_person() -> None:
    # "Brin's plan drew criticism. He said ...": the plan's owner is whom the sentence is
    # about, not Halloran, who spoke before it
    text = (
        "Foreign Minister Tomas Halloran said on Monday that the treaty would pass.\n\n"
        "Governor Piotr Brin's plan for the border drew criticism on Tuesday. He said the "
        "plan would cut costs."
    )
    assert _last_he(text) == "Piotr Brin"


def test_an_owner_is_no_lead_past_a_person_named_after_it() -> None:
    text = (
        "Foreign Minister Tomas Halloran said on Monday that the treaty would pass.\n\n"
        "Governor Piotr Brin's campaign attacked Senator Ivo Dansk over the treaty. He said "
        "the attack was a lie."
    )
    assert _last_he(text) != "Piotr Brin"


def test_a_subject_described_as_a_person_is_no_owners() -> None:
    # "Brin's spokesman, Ivo Dansk, ...": the spokesman is a person; "he" is not his
    # employer
    text = (
        "Foreign Minister Tomas Halloran met Governor Piotr Brin on Monday.\n\n"
        "Brin's spokesman, Ivo Dansk, defended the plan on Tuesday. He said the plan would "
        "cut costs."
    )
    assert _last_he(text) != "Piotr Brin"


@pytest.mark.parametrize(
    "text",
    [
        "Radio host Ivo Dansk asked Governor Piotr Brin about remarks he had made on "
        "Monday, when he claimed that the treaty was dead.",
        "Moderator Ivo Dansk began the debate by asking Governor Piotr Brin why he had "
        "attacked the plan when he had stated in May that the plan was sound.",
    ],
)
def test_he_in_what_someone_was_asked_about_is_the_person_asked(text: str) -> None:
    assert _last_he(text) == "Piotr Brin"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Piotr Brin said on Monday that the attack was a crime. The alleged shooter, "
        "Ivo Dansk, is to appear in court on Wednesday. Police sources have said that he told "
        "officers the clinic deserved it.",
        "Senator Piotr Brin said on Monday that the attack was a crime.\n\nThe alleged "
        "shooter, Ivo Dansk, is to appear in court on Wednesday. He wrote in a note that the "
        "clinic deserved it.",
    ],
)
def test_a_name_in_apposition_to_a_subject_for_a_doer_is_the_subject(text: str) -> None:
    # "The alleged shooter, Ivo Dansk, is to appear": the name the sentence is about (the
    # small model reads these names as people's whatever the rule; the rule's own test is
    # below)
    assert _last_he(text) == "Ivo Dansk"


def test_a_noun_for_a_doer_describes_a_person() -> None:
    from onrecord.attribution.speakers import _agent_noun

    doc = Doc(
        spacy.blank("en").vocab,
        words=["shooter", "sociologist", "study", "shooters"],
        tags=["NN", "NN", "NN", "NNS"],
    )
    assert [_agent_noun(t) for t in doc] == [True, True, False, False]


def _parsed(words: list[str], heads: list[int], deps: list[str], starts: list[int]) -> Doc:
    # (an English vocabulary: numbers and punctuation are told by the language's rules)
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, sent_starts=starts)


def test_a_name_alone_is_no_sentence_opening_subject() -> None:
    # a reader's signature under a letter ("Ivo Dansk.") opens a sentence and is its root,
    # but says nothing; "Dansk, when asked ..., talks on" does
    from onrecord.attribution.speakers import _opens_sentence

    signed = _parsed(
        ["Ivo", "Dansk", ".", "He", "knows"],
        [1, 1, 1, 4, 4],
        ["compound", "ROOT", "punct", "nsubj", "ROOT"],
        [1, 0, 0, 1, 0],
    )
    assert not _opens_sentence(signed, 0, 2)
    opened = _parsed(
        ["7", ".", "Dansk", ",", "asked", "twice", ",", "talks", "on", "."],
        [2, 2, 2, 2, 2, 4, 2, 2, 7, 2],
        ["nummod", "punct", "ROOT", "punct", "relcl", "advmod", "punct", "appos", "prt", "punct"],
        [1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    )
    assert _opens_sentence(opened, 2, 3)
    inside = _parsed(
        ["Then", "Dansk", "talks", "."],
        [2, 2, 2, 2],
        ["advmod", "nsubj", "ROOT", "punct"],
        [1, 0, 0, 0],
    )
    assert not _opens_sentence(inside, 1, 2)


def test_a_name_inside_what_she_was_asked_is_not_her() -> None:
    # "Asked about her own vote in the event that Voss runs, she replied": the one asked is
    # the main clause's subject, never the person the question names
    text = (
        "Singer Lena Hartwig is not sure she can vote for Governor Ana Voss over Premier "
        "Osip Lenk.\n\n“I think people would follow her,” Hartwig said on Monday.\n\n"
        "Asked about her own vote in the event that Voss faces Lenk in the final round, she "
        "replied: “I don’t know. I will see what happens.”"
    )
    assert _last_pronoun(text, "she") == "Lena Hartwig"


def test_a_name_in_what_a_claim_says_is_not_the_next_speaker() -> None:
    # "the suggestion that Lenk was the founder": what a claim says, not whom the
    # narrative follows
    text = (
        "“They are worried,” Foreign Minister Karel Brandt said on Monday.\n\n"
        "Brandt added that the danger had grown because of Governor Ivo Dansk's remarks, "
        "which have included the suggestion that Premier Osip Lenk was the founder of the "
        "militia.\n\n"
        "“His shame has no limits,” he said."
    )
    assert _last_he(text) == "Karel Brandt"


def test_a_clause_set_before_its_verb_is_not_bound_to_a_later_subject() -> None:
    # parsed as "she issued a plan" reported by "Lenk later adopted": she is not bound to
    # the subject after her clause, but follows the narrative's Voss
    text = (
        "Governor Ana Voss spoke on Sunday. Voss has made water rights a central issue in "
        "her campaign. Following a flood last year in Sarn, she issued a detailed plan to "
        "expand dam checks through executive action: Premier Osip Lenk later adopted a "
        "similar approach."
    )
    assert _last_pronoun(text, "she") == "Ana Voss"


def test_the_person_a_command_presents_is_whom_he_stands_for() -> None:
    # "Just look at House Speaker Paul Ryan. He has said ...": the person the text turns to,
    # though no subject
    text = (
        "Governor Ivo Dansk said the rates were fine. That is more than you can say for "
        "others. Just look at Senator Piotr Brin. He has said he gets his ideas from a novel."
    )
    assert _last_he(text) == "Piotr Brin"
