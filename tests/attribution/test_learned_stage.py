"""The learned attribution stage (issue 15, eleventh session): statements the rules pass over,
proposed from the parse and kept by a linear model.

The mechanics are tested with small hand-written models, so that the assertions say what the
stage does with a score, not what one training run learned; the packaged model is checked on
fiction for the cases the rules decide (a subject that is no speaker, a statement the rules
already made). Fiction only: Ostrava, Belvania and their invented people.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from onrecord.attribution import learned
from onrecord.attribution.learned import LearnedModel, read_model
from onrecord.nlp import load_pipeline, parse
from tests.attribution.conftest import seg, spk

PONDER = "Foreign Minister Ana Voss pondered the envoy's warning on Tuesday."


def _model(weights: dict[str, float], lemmas: set[str], bias: float = -2.0) -> LearnedModel:
    return LearnedModel(weights, bias, 0.5, frozenset(lemmas))


@pytest.fixture
def use_model() -> Iterator:
    """Put a hand-written model in place for the test, then the packaged one back."""

    def put(model: LearnedModel | None) -> None:
        learned.set_model(model)

    try:
        yield put
    finally:
        learned.set_model(None, packaged=True)


def test_a_proposal_the_model_keeps_is_a_statement(attribute, use_model) -> None:
    use_model(_model({"lem=ponder": 2.0, "rel=rel:dobj": 1.5}, {"ponder"}))
    atts = attribute(PONDER)
    assert [seg(PONDER, a) for a in atts] == [["the envoy's warning"]]
    assert spk(PONDER, atts[0]) == "Foreign Minister Ana Voss"
    assert atts[0].kind == "indirect"
    assert PONDER[slice(*atts[0].cue)] == "pondered"


def test_below_the_threshold_or_without_a_model_nothing_is_added(attribute, use_model) -> None:
    use_model(_model({"lem=ponder": 1.0}, {"ponder"}))  # sigmoid(-1) < 0.5
    assert attribute(PONDER) == []
    use_model(None)
    assert attribute(PONDER) == []


def test_a_word_that_is_no_cue_lemma_is_not_proposed(attribute, use_model) -> None:
    use_model(_model({}, {"say"}, bias=5.0))  # would keep anything it was shown
    assert attribute(PONDER) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ana Voss's appetite for the treaty surprised Lorvik.",  # the possessor
        "Ana Voss showed little appetite for the treaty on Monday.",  # the verb's subject
    ],
)
def test_a_noun_is_its_holders(attribute, use_model, text) -> None:
    use_model(_model({"lem=appetite": 2.0, "rel=prep:for": 1.5}, {"appetite"}))
    atts = attribute(text)
    assert [(seg(text, a), spk(text, a)) for a in atts] == [(["the treaty"], "Ana Voss")]


def test_one_statement_per_cue_word(attribute, use_model) -> None:
    text = "Ana Voss pondered the warning as noise."
    # the object alone and the object with its "as" phrase are both proposed
    use_model(_model({"lem=ponder": 2.0, "rel=rel:dobj+": 1.0, "rel=rel:dobj": 0.5}, {"ponder"}))
    atts = attribute(text)
    assert [seg(text, a) for a in atts] == [["the warning as noise"]]


def test_the_rules_statement_is_neither_repeated_nor_wrapped(attribute, use_model) -> None:
    use_model(_model({}, {"say", "stick", "ponder"}, bias=5.0))
    text = "Ana Voss said that the border would stay shut."
    assert [seg(text, a) for a in attribute(text)] == [["that the border would stay shut"]]
    # "stuck to his claim that ...": the claim is the rules' statement, not a wider one
    text = "Lev Brandt spoke in Lorvik. Teo Marr stuck to his claim that the border is unsafe."
    assert [seg(text, a) for a in attribute(text)] == [["that the border is unsafe"]]


def test_a_subject_that_is_no_speaker_says_nothing(attribute, use_model) -> None:
    use_model(_model({}, {"say", "cross"}, bias=5.0))
    text = "Ana Voss crossed the river on Monday. It said that the border would stay shut."
    assert all(spk(text, a) != "It" for a in attribute(text))


def test_the_recorder_keeps_every_proposal_and_adds_none(use_model) -> None:
    nlp = load_pipeline()
    from onrecord.attribution import find_attributions

    use_model(None)
    rec: list = []
    learned.set_recorder(rec)
    try:
        atts = find_attributions(parse(nlp, PONDER))
    finally:
        learned.set_recorder(None)
    assert atts == []
    (proposals,) = rec
    got = {(p.relation, PONDER[p.span[0] : p.span[1]]) for p in proposals}
    assert ("rel:dobj", "the envoy's warning") in got
    assert not any(t == "Tuesday" for _, t in got)  # when, never what
    assert all(p.speaker.text == "Voss" for p in proposals)


def test_the_packaged_model_loads_and_round_trips(tmp_path: Path) -> None:
    model = learned._packaged()
    assert model is not None
    assert 0 < model.threshold < 1 and "say" in model.cue_lemmas and model.weights
    path = tmp_path / "m.npz"
    model.save(path)
    again = read_model(path.read_bytes())
    assert again.cue_lemmas == model.cue_lemmas and again.threshold == model.threshold
    feats = ["lem=decline", "rel=rel:xcomp", "toplem=comment"]
    assert again.score(feats) == pytest.approx(model.score(feats), abs=1e-6)


def _script():  # type: ignore[no-untyped-def]
    root = Path(__file__).resolve().parents[2] / "scripts"
    import sys

    sys.path.insert(0, str(root))
    try:
        spec = importlib.util.spec_from_file_location("train_learned", root / "train_learned.py")
        mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(mod)  # type: ignore[union-attr]
    finally:
        sys.path.remove(str(root))
    return mod


def test_training_labels_only_what_the_rules_leave_open_and_fits() -> None:
    mod = _script()
    gold = [["the", "border", "is", "shut"], ["to", "comment"]]
    pred = [["the", "border", "is", "shut"], ["a", "plan"]]
    assert mod._matched(pred, gold) == {0}
    examples = [(["lem=decline", "rel=rel:xcomp"], True)] * 20 + [(["lem=win"], False)] * 20
    model = mod.fit(examples, frozenset({"decline", "win"}))
    assert model.score(["lem=decline", "rel=rel:xcomp"]) > 0.5 > model.score(["lem=win"])
