"""Joint speakers and plural pronouns: a statement by several people is on no one person's
page (issue 15, round 6a). Fictional states and people."""

from __future__ import annotations

import pytest

from onrecord.pipeline import extract


def _speaker(text: str, n: int = 0):  # type: ignore[no-untyped-def]
    return extract(text).quotes[n].speaker


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "On Sunday, Mr. Voss and Senator Lena Holt urged the party to rally behind them.",
            "Mr. Voss and Senator Lena Holt",
        ),
        (
            "Ana Voss, Tomas Brin and Lena Holt warned that the border would close.",
            "Ana Voss, Tomas Brin and Lena Holt",
        ),
        (
            "Senator Lena Holt of Varnia and Tomas Brin of Ostmark said they would vote no.",
            "Senator Lena Holt of Varnia and Tomas Brin of Ostmark",
        ),
    ],
)
def test_a_coordination_of_people_names_no_single_person(text: str, mention: str) -> None:
    sp = _speaker(text)
    assert sp is not None and sp.text == mention
    assert sp.actor is None and sp.name is None


def test_one_person_described_with_a_coordination_keeps_the_name() -> None:
    # "a teacher and Voss supporter" describes Kim Wells; Voss is not a second speaker
    sp = _speaker(
        "Kim Wells, a teacher and Voss supporter in Castelbrun, said the vote was rigged."
    )
    assert sp is not None and sp.name == "Kim Wells"


def test_they_after_a_joint_speaker_is_not_one_of_them() -> None:
    text = (
        "Foreign Minister Ana Voss met Tomas Brin in Castelbrun on Monday. "
        "Ana Voss and Tomas Brin said the talks had gone well. "
        "They said a treaty would follow in the spring."
    )
    rec = extract(text)
    they = [q for q in rec.quotes if q.speaker and q.speaker.text == "They"]
    assert they and all(q.speaker.actor is None for q in they)


def test_he_skips_a_joint_speaker_for_the_last_single_person() -> None:
    text = (
        "Governor Tomas Brin said the bridge would reopen. "
        "Ana Voss and Lena Holt said they doubted it. "
        "He said the repairs were nearly done."
    )
    he = [q for q in extract(text).quotes if q.speaker and q.speaker.text == "He"]
    assert he and he[0].speaker.name == "Tomas Brin"


def test_a_unisex_given_name_does_not_make_she_skip_the_speaker() -> None:
    # "Lee" names women and men: no gender evidence, so "she" may stand for Lee Marsh
    text = (
        "Justice Tomas Brin is among the most conservative judges on the court.\n\n"
        "In all, the judges are seeking common ground, Professor Lee Marsh said.\n\n"
        "“The court had a very good term,” she said."
    )
    she = [q for q in extract(text).quotes if q.speaker and q.speaker.text == "she"]
    assert she and she[0].speaker.name == "Lee Marsh"


def test_a_party_after_an_apposition_and_its_comma_stays_in_the_joint_statement() -> None:
    # ("The Turkish foreign minister, Hakan Fidan, and Ana Voss said" was Fidan's statement
    # alone: the comma after the apposition cut the speaker's phrase)
    quote = extract(
        "Talks\n\nBy Jonas Reed\n\n"
        "The Turkish foreign minister, Hakan Fidan, and Ana Voss said the talks would resume.\n"
    ).quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.text == "The Turkish foreign minister, Hakan Fidan, and Ana Voss"
    assert [s.name for s in quote.speakers or []] == ["Hakan Fidan", "Ana Voss"]


def test_a_second_description_of_one_person_is_no_second_party() -> None:
    quote = extract(
        "Talks\n\nBy Jonas Reed\n\n"
        "Ivo Dalen, the head of the Lesk institute, and a former envoy to Sarnia, said the "
        "talks would resume.\n"
    ).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Ivo Dalen"


@pytest.mark.parametrize(
    ("mention", "names"),
    [
        (
            "Lorvik's president, Hana Kovac, and the Turkish foreign minister, Hakan Fidan",
            ["Hana Kovac", "Hakan Fidan"],
        ),
        (
            "The Sarnian envoy, Ivo Dalen, and Foreign Minister Ana Voss",
            ["Ivo Dalen", "Ana Voss"],
        ),
    ],
)
def test_two_described_and_named_parties_are_two_speakers(mention: str, names: list[str]) -> None:
    # the parser hangs the second party on the first one's name ("minister" a conjunct of
    # "Kovac"): the mention was one speaker no one could name
    quote = extract(
        f"Talks\n\nBy Jonas Reed\n\n{mention}, said the crossing would reopen on Friday.\n"
    ).quotes[0]
    assert quote.speaker is not None and quote.speaker.text == mention
    assert [s.name for s in quote.speakers or []] == names


def test_a_name_with_a_list_of_descriptions_is_one_speaker() -> None:
    quote = extract(
        "Talks\n\nBy Jonas Reed\n\n"
        "The envoy, Ivo Dalen, a lawyer and a poet, said the crossing would reopen.\n"
    ).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Ivo Dalen"
    assert not quote.speakers
