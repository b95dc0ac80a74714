"""A body's class noun takes up the body named just before: "the company", "the group", "the
newspaper", "the agency".

Seen on real news (issue 15, fifty-fifth session): "Twitter said ... The company said it had
suspended 125,000 accounts", "according to the National Golf Foundation. Almost 650 courses
have closed, the group says", "first reported by The Washington Post. The newspaper has also
detailed ...": each such statement had gone to an actor named "company", "group" or
"newspaper" of its own, an actor page no analyst can use, while the body's own page lacked
them.

The bodies, states and statements below are fictional.
"""

from __future__ import annotations

import pytest

from tests.actors.conftest import fiction_record


def _speakers(text: str) -> list[str | None]:
    rec = fiction_record(text, "2026-03-03")
    return [q.speaker.name if q.speaker else None for q in rec.quotes]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Velco Industries announced on Monday that it would close two plants. The company "
            "said it would keep 200 jobs in Ostrava.",
            "Velco Industries",
        ),
        (
            "The Harbour Trust, a conservation charity, opposed the port. The group said the "
            "dunes would be lost for good.",
            "Harbour Trust",
        ),
        (
            "The story was first reported by the Marlow Gazette. The newspaper said the "
            "minister had resigned on Friday.",
            "Marlow Gazette",
        ),
        (
            "Prices rose 3 percent, according to the Kessin Statistics Bureau. The agency said "
            "fuel drove most of the rise.",
            "Kessin Statistics Bureau",
        ),
    ],
)
def test_the_class_noun_is_the_body_named_before(text: str, body: str) -> None:
    assert _speakers(text)[-1] == body


def test_of_two_bodies_the_subject_is_taken_up() -> None:
    text = (
        "Dalmar Holdings, the parent company of Velco Industries, rose 4 percent on Tuesday. "
        "The company said its profits had doubled."
    )
    assert _speakers(text)[-1] == "Dalmar Holdings"


def test_of_two_bodies_the_one_called_by_the_class_is_taken_up() -> None:
    text = (
        "The Kessin index was held back by a drop in the shipping giant Marrow Lines. The "
        "company said its profits had halved."
    )
    assert _speakers(text)[-1] == "Marrow Lines"


def test_two_bodies_alike_leave_the_description_alone() -> None:
    text = (
        "Velco Industries and Dalmar Holdings both bid for the port contract. The company "
        "said it would appeal the decision."
    )
    assert _speakers(text)[-1] not in ("Velco Industries", "Dalmar Holdings")


def test_a_body_far_back_is_not_taken_up() -> None:
    text = (
        "Velco Industries announced on Monday that it would close two plants. "
        "The minister visited the border on Tuesday. Farmers blocked the road to the port. "
        "Rain fell across the north. The company said it would keep 200 jobs."
    )
    assert _speakers(text)[-1] != "Velco Industries"


def test_a_newspaper_is_not_a_company_s_antecedent_only_by_kind() -> None:
    # "the newspaper" takes up only an outlet; a firm named before is no newspaper
    text = (
        "Velco Industries announced on Monday that it would close two plants. The newspaper "
        "said the closures were a blow to the town."
    )
    assert _speakers(text)[-1] != "Velco Industries"


def test_a_name_that_qualifies_another_noun_is_not_taken_up() -> None:
    # "City Council hearings" are the hearings, not the council
    text = (
        "The skaters spoke out at Kessin City Council hearings on the plan. The group said the "
        "park would stay open."
    )
    assert _speakers(text)[-1] != "Kessin City Council"


def test_an_agency_is_no_legislature() -> None:
    text = (
        "Ivo Dant testified before the Kessin Assembly about the inquiry. The agency said the "
        "inquiry would end in May."
    )
    assert _speakers(text)[-1] != "Kessin Assembly"
