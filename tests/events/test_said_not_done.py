"""A statement's verb with no object stays a statement: the learned model, which never saw
one read as a material act in its training sentences, may not make it aid or an attack (the
PLOVER dev record "Argentina has apologized to Brazil for ..." was aid at +10). Fiction
only."""

from __future__ import annotations

import pytest

from onrecord.events.model import Decision
from onrecord.pipeline import ArticleInput, Extractor


class _ReadsAid:
    """A stand-in for the model that reads every trigger as aid, as the packaged one read the
    apology above (to pin the coder's rule, not the model's weights)."""

    def decide(self, features: list[str]) -> Decision | None:
        return Decision("AID", 2, 0.9, {"AID": 0.9, "SUPPORT": 0.05, "AGREE": 0.05})


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    from onrecord.actors import load_kb
    from tests.actors.conftest import DATA

    return Extractor(kb=load_kb([DATA / "fiction.yaml"]), event_model=_ReadsAid())


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Belvania apologized to Ostrava on Monday.", "SUPPORT"),
        ("Ostrava agreed on Monday.", "AGREE"),
    ],
)
def test_a_statement_without_object_is_no_material_act(
    extractor: Extractor, text: str, kept: str
) -> None:
    rec = extractor(ArticleInput(text=text))
    assert [e.type for e in rec.events][:1] == [kept]


def test_an_act_on_an_object_is_the_models_to_read(extractor: Extractor) -> None:
    # ("sent aid", "welcomed the convoy": with an object the model may read a material act)
    rec = extractor(ArticleInput(text="Belvania sent food to Ostrava on Monday."))
    assert [e.type for e in rec.events][:1] == ["AID"]


def test_the_outlet_told_is_no_party_to_the_act() -> None:
    from tests.events.conftest import fiction_events

    events, names = fiction_events(
        '"We are not breaking relations," Foreign Minister Ana Voss told Reuters.'
    )
    assert events
    assert all(names.get(e.target) != "Reuters" for e in events)
