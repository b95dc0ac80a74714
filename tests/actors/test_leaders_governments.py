"""A head of state's or government's administration is the state's government (issue 15,
forty-seventh session).

"The Biden administration said" had become an organization "Biden administration" of no
country, and "the Scholz government" likewise: a dyad of the United States or Germany missed
their statements. Named after a person the knowledge base lists as a head of state or of
government, at any time, such a government is now the state's, the actor "the Ostravan
government" resolves to. A leader of nothing national keeps an administration of its own.
The text and its states are fiction (``tests/actors/data/fiction.yaml``).
"""

from __future__ import annotations

import pytest

from tests.actors.test_resolver import resolve

TEXT = (
    "President Pavel Orlin of Ostrava met Prime Minister Ana Voss of Belvania on Monday, with "
    "former President Rasa Quell in attendance. "
    "The Orlin administration said the talks were useful. The Voss government said the "
    "border would stay open. Orlin's new cabinet met on Tuesday. The Quell administration "
    "had closed the border in 2010. The Ostravan government denied it. The Renner "
    "administration of the port city said the ferries would run."
)


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("The Orlin administration", "Government of Ostrava Republic"),
        ("Orlin's new cabinet", "Government of Ostrava Republic"),
        ("The Voss government", "Government of Belvania"),
        # a former president's: the state's government of that time
        ("The Quell administration", "Government of Ostrava Republic"),
    ],
)
def test_a_leaders_government_is_the_states(article, mention: str, name: str) -> None:  # type: ignore[no-untyped-def]
    aa = article(TEXT, "2024-03-01")
    actor = resolve(aa, TEXT, mention)
    assert (actor.kind, actor.name) == ("organization", name)
    # one actor with the state's government named another way
    if name == "Government of Ostrava Republic":
        assert actor.id == resolve(aa, TEXT, "The Ostravan government").id


def test_an_administration_of_no_leader_is_no_states(article) -> None:  # type: ignore[no-untyped-def]
    aa = article(TEXT, "2024-03-01")
    actor = resolve(aa, TEXT, "The Renner administration")
    assert actor is None or not actor.name.startswith("Government of")


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "The Ostravan administration said the talks were useful. The Ostravan government "
            "agreed.",
            "The Ostravan administration",
            "Government of Ostrava Republic",
        ),
        (
            "The Belvanian regime said the convoy had been attacked. The Belvanian government "
            "denied it.",
            "The Belvanian regime",
            "Government of Belvania",
        ),
    ],
)
def test_a_states_administration_or_regime_is_its_government(  # type: ignore[no-untyped-def]
    article, text: str, mention: str, name: str
) -> None:
    aa = article(text, "2024-03-01")
    actor = resolve(aa, text, mention)
    assert (actor.kind, actor.name) == ("organization", name)
    government = resolve(
        aa, text, mention.replace("administration", "government").replace("regime", "government"), 0
    )
    assert actor.id == government.id


def test_his_administration_takes_no_state_from_the_place_named(article) -> None:  # type: ignore[no-untyped-def]
    # the leader's, not the state of the airport the sentence names
    text = (
        "Mr. Renner spoke at length. In 2010, on the tarmac of an airport in Sarn, his "
        "administration swapped ten agents held by Belvania."
    )
    actor = resolve(article(text, "2024-03-01"), text, "his administration")
    assert actor is None or actor.country is None


def test_a_regime_placed_only_by_its_sentence_is_no_states_government(article) -> None:  # type: ignore[no-untyped-def]
    # the state a dispatch is filed from is not the regime it condemns
    text = (
        "The speaker of the Ostravan parliament in Sarn condemned the usurper regime's brutal "
        "attacks on the border villages."
    )
    actor = resolve(article(text, "2024-03-01"), text, "the usurper regime")
    assert actor is None or not actor.name.startswith("Government of")
