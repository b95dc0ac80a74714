"""The learned boundary chooser for reported statements (issue 15, round 8).

Fiction only: Ostrava, Belvania and their invented people.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from onrecord.attribution import bounds
from tests.attribution.conftest import seg, spk


@pytest.fixture
def rule_only() -> Iterator[None]:
    """Run with the hand rules' spans alone, then put the packaged model back."""
    bounds.set_model(None)
    try:
        yield
    finally:
        bounds.set_model(None, packaged=True)


CASES = [
    # a coordinated clause with a subject of its own is still what was said
    (
        "Senator Ilse Marr said the time for half measures is over, and the republic has to "
        "act now.",
        "the time for half measures is over, and the republic has to act now",
        "the time for half measures is over",
        "Senator Ilse Marr",
    ),
    # the purpose of what is called for belongs to the call
    (
        "Governor Lena Stark called for new spending on roads to create jobs in the northern "
        "provinces.",
        "new spending on roads to create jobs in the northern provinces",
        "new spending on roads",
        "Governor Lena Stark",
    ),
    # where and when she spoke, in a trailing participle, is the writer's, not hers
    (
        "President Olga Nemet denied that her government had paid the rebels, speaking in "
        "Lorvik on Friday.",
        "that her government had paid the rebels",
        "that her government had paid the rebels, speaking in Lorvik on Friday",
        "President Olga Nemet",
    ),
]


@pytest.mark.parametrize("text,content,_rule,speaker", CASES)
def test_chooser_boundaries(attribute, text, content, _rule, speaker) -> None:
    atts = attribute(text)
    assert [seg(text, a) for a in atts] == [[content]]
    assert spk(text, atts[0]) == speaker


@pytest.mark.parametrize("text,_content,rule,speaker", CASES)
def test_rule_alone_differs(attribute, rule_only, text, _content, rule, speaker) -> None:
    """Without the model the hand rules' span is kept: the cases above are the model's."""
    atts = attribute(text)
    assert [seg(text, a) for a in atts] == [[rule]]
    assert spk(text, atts[0]) == speaker


def test_model_file_loads_without_pickle() -> None:
    with np.load(bounds.MODEL_PATH, allow_pickle=False) as z:
        assert set(z.files) == {"names", "weights"}
        names, weights = z["names"], z["weights"]
        assert names.dtype.kind == "U" and weights.dtype == np.float64
        assert len(names) == len(set(names.tolist())) == len(weights) > 1000
    model = bounds.read_model(bounds.MODEL_PATH)
    assert "rule" in model.weights
    assert all(np.isfinite(w) for w in model.weights.values())


def test_model_round_trip(tmp_path) -> None:
    model = bounds.BoundsModel(["rule", "len=4", "e+1:w=,"], [0.5, -0.25, 1.0])
    model.save(tmp_path / "m.npz")
    back = bounds.read_model(tmp_path / "m.npz")
    assert back.weights == model.weights
    assert back.score(["rule", "e+1:w=,", "unknown", "rule"]) == pytest.approx(2.0)


def _recorded(attribute, text: str) -> list:  # type: ignore[no-untyped-def]
    """What the boundary recorder saw while ``text`` was attributed."""
    bounds.STATE.recorder = []
    try:
        attribute(text)
        return bounds.STATE.recorder
    finally:
        bounds.STATE.recorder = None


def test_candidates_start_with_the_rule(attribute, rule_only) -> None:
    """The recorder sees every candidate; the first is the rule's span."""
    text = "Governor Lena Stark called for new spending on roads to create jobs in the north."
    recorded = _recorded(attribute, text)
    assert len(recorded) == 1
    cue, offs, feats = recorded[0]
    assert text[cue[0] : cue[1]] == "called"
    assert text[offs[0][0] : offs[0][1]] == "new spending on roads"
    assert "rule" in feats[0]
    assert "new spending on roads to create jobs in the north" in {text[a:b] for a, b in offs}
    assert len(offs) == len(set(offs)) and len(offs) == len(feats)


def test_features_name_marker_group_and_first_person(attribute, rule_only) -> None:
    """A stretch left in or out is described by the word marking its clause ("because"),
    by first-person words in it, and the boundary's features are crossed with the cue's
    lexicon group as well as its lemma (a rare learned verb shares what its group does)."""
    text = (
        "Ana Voss said the border with Belvania would stay open, because we signed the "
        "treaty in Lorvik."
    )
    recorded = _recorded(attribute, text)
    assert len(recorded) == 1
    _cue, offs, feats = recorded[0]
    short = next(
        k
        for k, (a, b) in enumerate(offs)
        if text[a:b] == "the border with Belvania would stay open"
    )
    names = set(feats[short])
    assert any(f.startswith("e_ex:h=") and f.endswith("+mark=because") for f in names)
    assert "e_ex:first" in names
    assert "grp=speech|e:True" in names or "grp=speech|e:False" in names
    assert any(f.startswith("cue=say|") for f in names)


def test_boundary_scores_equal_the_scores_of_their_feature_names(attribute, monkeypatch) -> None:
    """choose() scores each boundary without writing out its crossed feature names: the sum
    must be the packaged model's score of those names, for every boundary (the same weights,
    a crossed feature's added up over the cue's keys first: equal but for a float's last
    bits), and a pair of lengths scores as its features do, exactly."""
    model = bounds.read_model(bounds.MODEL_PATH)
    seen = []
    real = bounds._boundaries

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(*args, **kwargs)
        if found is not None:
            seen.append(found)
        return found

    monkeypatch.setattr(bounds, "_boundaries", spy)
    for text, *_ in CASES:
        attribute(text)
    assert seen
    checked = 0
    for ts0, te0, keys, starts, ends in seen:
        for side, found, edge in (("s", starts, ts0), ("e", ends, te0)):
            for i, boundary in found.items():
                tags, feats, crossed, wide, word = boundary
                # the split and the edge word made with the features are _crossed's own
                assert (crossed, wide) == bounds._split(tags, feats, side)
                assert word == next((f for f in feats if f.startswith(("s-1:w=", "e+1:w="))), None)
                names = bounds._crossed(tags, feats, keys, i == edge, side)
                fast = bounds._crossed_score(
                    model, boundary, model.key_weights(keys), i == edge, side
                )
                assert fast == pytest.approx(model.score(names), rel=1e-12, abs=1e-12)
                checked += 1
        for s in starts:
            for e in ends:
                if e >= s and (s, e) != (ts0, te0):
                    feats = bounds._pair_feats(s, e, ts0, te0)
                    assert model.pair_score(e - s + 1, te0 - ts0 + 1) == model.score(feats)
    assert checked > 10


def test_key_weights_add_up_each_keys_crossed_weight_and_are_kept() -> None:
    model = bounds.BoundsModel(
        ["cue=say|e+1:p=DET", "grp=speech|e+1:p=DET", "grp=speech|e:True", "e+1:p=DET"],
        [1.0, 2.0, 4.0, 8.0],
    )
    merged = model.key_weights(("cue=say", "grp=speech"))
    assert merged["e+1:p=DET"] == 3.0 and merged["e:True"] == 4.0 and merged["none"] == 0.0
    assert model.key_weights(("cue=say", "grp=speech")) is merged  # kept for the next choice
    assert model.key_weights(("cue=say",))["e+1:p=DET"] == 1.0


def test_crossed_weights_with_a_bar_inside_a_word() -> None:
    """A feature name may hold "|" (a "|" token's word): it is still found whole."""
    model = bounds.BoundsModel(
        ["cue=say|e+1:w=|", "e+1:w=||e:h", "e+1:w=|", "cue=say|s:True"], [1.0, 2.0, 4.0, 8.0]
    )
    tags, feats = ["e:h"], ["e+1:w=|"]
    boundary = (tags, feats, [*tags, *feats], [], "e+1:w=|")
    weights = model.key_weights(("cue=say",))
    for rule in (True, False):
        names = bounds._crossed(tags, feats, ("cue=say",), rule, "e")
        assert bounds._crossed_score(model, boundary, weights, rule, "e") == model.score(names)
    assert model.crossed_weights("e+1:w=|") == {"e:h": 2.0}
