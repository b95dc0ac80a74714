"""A common word the knowledge base names something by only with "the" ("the States", "the
Twelve", "the Commonwealth") is that thing only after "the".

On PolNeAR train "EU Member States are concerned ..." was a statement of the Government of
the United States, and "the Gulf States", "the Baltic States", "swing States" and a sentence's
first "States" were all the United States; "Twelve people were hurt" made the European
Community an actor. The text is fiction.
"""

from __future__ import annotations

from tests.actors.test_resolver import resolve

TEXT = (
    "EU Member States are worried about the deal, and the Gulf States said they would wait. "
    "Twelve people were hurt in Lorvik on Monday. The Commonwealth Bank said it would pay. "
    "Ana Voss flew back to the States after the talks."
)


def test_a_common_word_without_its_article_names_no_state(article) -> None:  # type: ignore[no-untyped-def]
    aa = article(TEXT, "2026-05-01")
    for mention in ("EU Member States", "the Gulf States", "The Commonwealth Bank"):
        actor = resolve(aa, TEXT, mention)
        assert actor is None or actor.country not in ("USA", "COMMONWEALTH"), mention
    assert {a.name for a in aa.actors()} & {
        "European Community",
        "Government of the United States",
    } == set()


def test_the_word_after_its_article_is_the_state(article) -> None:  # type: ignore[no-untyped-def]
    aa = article(TEXT, "2026-05-01")
    actor = resolve(aa, TEXT, "States", 2)
    assert (actor.kind, actor.name) == ("country", "United States")
