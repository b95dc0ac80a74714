"""A he/she/his/her inside someone's clause is that clause's subject (issue 15, sixth session):
"Marr, stressing in his remarks that ...", "After he blasted the treaty, Marr ...". Where
another person of the same gender stands between, the pronoun is left to the reader's chain
(or to no name). Fictional states and people."""

from __future__ import annotations

from onrecord.pipeline import extract


def _speakers(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (q.speaker.text if q.speaker else None, q.speaker.name if q.speaker else None, q.text)
        for q in extract(text).quotes
    ]


def _holder(text: str, content: str) -> tuple[str | None, str | None]:
    found = [(s, n) for s, n, t in _speakers(text) if t == content]
    assert len(found) == 1, _speakers(text)
    return found[0]


def test_his_in_a_participle_is_the_clause_subject() -> None:
    text = (
        "Foreign Minister Ana Voss met Teo Marr in Lorvik on Monday. Teo Marr, who met Lev "
        "Brandt on Tuesday, offered a restrained embrace, stressing in his remarks that the "
        "treaty would hold."
    )
    assert _holder(text, "that the treaty would hold") == ("his", "Teo Marr")


def test_his_in_the_object_is_the_clause_subject() -> None:
    # ("is doubling down on his claim that ..." is one statement since the ninth session: the
    # claim opens Marr's own statement, see test_nesting_and_splits)
    text = "Lev Brandt spoke in Lorvik. Teo Marr stuck to his claim that the border is unsafe."
    assert _holder(text, "that the border is unsafe") == ("his", "Teo Marr")


def test_he_in_a_fronted_clause_is_the_main_subject_after_it() -> None:
    # the chain alone named the last speaker, Lev Brandt
    text = (
        "Lev Brandt said the talks had failed. After he blasted the treaty as a fraud, "
        "Teo Marr has now set his sights on the customs union."
    )
    assert _holder(text, "the treaty as a fraud") == ("he", "Teo Marr")


def test_another_man_in_the_clause_leaves_his_unbound() -> None:
    # "Brandt criticised Marr over his call": whose call is not the grammar's to say
    text = (
        "Teo Marr met the press on Monday. Lev Brandt criticised Marr in parliament over his "
        "call for a ban on imports."
    )
    assert _holder(text, "a ban on imports") == ("his", None)


def test_a_subject_of_the_other_gender_does_not_bind() -> None:
    text = (
        "Foreign Minister Ana Voss met the envoys in Lorvik on Monday. Voss offered a "
        "restrained embrace, stressing in his remarks that the treaty would hold."
    )
    assert _holder(text, "that the treaty would hold") != ("his", "Ana Voss")
