"""A "they" that stands for people named one by one is their joint statement (issue 15,
fifty-eighth session).

"Senator Ivo Dansk and Governor Ana Voss toured the plant. They said ..." left "They"
unresolved: the resolver did not offer a coordination of names as what a "they" stands for
unless an earlier plural speaker was in play, and a pronoun standing for a coordination got no
parties. The statement is now filed under each person named, by the mention that names them,
as "Dansk and Voss said" is; never when one of the parties is no one the article names ("Ivo
Dansk and his aides"). Fictional states and people.
"""

from __future__ import annotations

from onrecord.pipeline import extract


def _they(text: str) -> list[tuple[str | None, list[str | None]]]:
    out = []
    for q in extract(text, published="2016-05-01").quotes:
        if q.speaker and q.speaker.text.lower() == "they":
            out.append((q.speaker.name, [m.name for m in q.speakers or []]))
    return out


def test_they_after_people_named_one_by_one_is_their_joint_statement() -> None:
    text = (
        "Senator Ivo Dansk and Governor Ana Voss toured the plant in Sarn on Monday. They "
        "said the plan would create jobs."
    )
    assert _they(text) == [(None, ["Ivo Dansk", "Ana Voss"])]


def test_each_they_of_a_paragraph_on_the_pair() -> None:
    text = (
        "Ivo Dansk and Ana Voss clashed over taxes at the debate. They traded charges for an "
        "hour, and they said the other was lying."
    )
    assert _they(text) == [(None, ["Ivo Dansk", "Ana Voss"])]


def test_they_after_a_joint_speaker_is_that_statements_parties() -> None:
    text = (
        "Foreign Minister Ana Voss met Tomas Brin in Castelbrun on Monday. "
        "Ana Voss and Tomas Brin said the talks had gone well. "
        "They said a treaty would follow in the spring."
    )
    assert _they(text) == [(None, ["Ana Voss", "Tomas Brin"])]


def test_a_party_that_is_no_one_named_leaves_they_open() -> None:
    text = "Ivo Dansk and his aides toured the plant on Monday. They said the plan would work."
    assert _they(text) == [(None, [])]


def test_they_after_an_i_between_is_another_voices() -> None:
    # the writer's own meeting: "they" is the two he met, not the pair the article named
    # before
    text = (
        "Ivo Dansk and Pia Holm have been seeking investors for the venture. When I met with "
        "Mr. Dansk and Mr. Brandt last week, they were tight-lipped about it. They would only "
        "describe it as a new kind of newspaper."
    )
    assert all(parties == [] for _, parties in _they(text))


def test_a_they_that_stands_for_bodies_is_no_joint_statement() -> None:
    text = (
        "Congress and the Sarnian press corps still stand in line for the reception. They said "
        "the line was too long."
    )
    assert all(parties == [] for _, parties in _they(text))
