"""Cues learned from PolNeAR train (``scripts/learn_cues.py``, ``data/learned_cues.yaml``):
attitudes without a speech verb and the content each one governs (issue 15, round 6b; the
thresholds chosen by cross-validation on train in the fifth session).

Fiction only: Ostrava, Belvania and their people.
"""

from __future__ import annotations

from importlib.resources import files

import pytest
import yaml

from onrecord.attribution.lexicon import build_cues, load_cues, use_cues
from onrecord.evaluation import cv_folds
from tests.attribution.conftest import seg, spk


def test_learned_file_holds_lemmas_relations_and_counts_only() -> None:
    raw = yaml.safe_load(
        files("onrecord.attribution").joinpath("data/learned_cues.yaml").read_text("utf-8")
    )
    learned = raw["learned"]
    assert learned
    for key, (pos, relation, heads, total) in learned.items():
        assert pos in {"VERB", "ADJ", "NOUN"}
        assert relation in {"ccomp", "xcomp", "dobj", "prep"}
        assert 0 < heads <= total
        # the thresholds `learn_cues.py --cv` chose on train: support 4 (3 for adjectives),
        # train precision 0.35
        assert heads >= (3 if pos == "ADJ" else 4), key
        assert heads / total >= 0.35, key
        assert len(key.split()) <= 2


def test_learned_cues_extend_the_rule_groups() -> None:
    cues = load_cues()
    assert "express" in cues.object_content  # its object is the content
    assert "seem" not in cues.intention  # rejected by the rule-level check on train
    assert "accuse of" in cues.prep_content  # the object of "of" is the content
    assert cues.adjectives.get("critical of") == "prep"
    assert "say" in cues.speech  # the written lexicon is kept


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        (
            "Ana Voss is critical of the new border treaty with Belvania.",
            "Ana Voss",
            "the new border treaty with Belvania",
        ),
        (
            "Teo Marr was wary of the offer from the Ostravan delegation.",
            "Teo Marr",
            "the offer from the Ostravan delegation",
        ),
        (
            "The Ostravan foreign minister is supportive of a second round of talks.",
            "The Ostravan foreign minister",
            "a second round of talks",
        ),
        # the accused is part of the accusation (round 8, the learned boundaries: of the 62
        # gold contents of "accuse" in PolNeAR train, 51 hold "X of ...", none starts at "of")
        (
            "Ana Voss accused the Belvanian envoy of hiding the cost of the bridge.",
            "Ana Voss",
            "the Belvanian envoy of hiding the cost of the bridge",
        ),
        # learned since the cross-validated thresholds (support 4, precision 0.35)
        (
            "Teo Marr disagreed with the Ostravan plan for the river.",
            "Teo Marr",
            "the Ostravan plan for the river",
        ),
        (
            "Ana Voss bemoaned the slow pace of the talks with Belvania.",
            "Ana Voss",
            "the slow pace of the talks with Belvania",
        ),
    ],
)
def test_attitude_and_verbless_cues_give_holder_and_content(
    attribute, text, speaker, content
) -> None:  # type: ignore[no-untyped-def]
    found = [a for a in attribute(text) if a.kind == "indirect"]
    assert [(spk(text, a), seg(text, a)) for a in found] == [(speaker, [content])]


@pytest.mark.parametrize(
    "text,cue,content",
    [
        # an attitude to an act of speech or stance: the act joins the cue and its object or
        # clause is the content (PolNeAR's "were quick to condemn" + "the outcome")
        ("Ana Voss was quick to condemn the river treaty.", "quick to condemn", "the river treaty"),
        (
            "Teo Marr was reluctant to point out that the border had been closed for years.",
            "reluctant to point out",
            "that the border had been closed for years",
        ),
        # an act that says nothing: the whole infinitive stays the content
        (
            "Teo Marr was reluctant to leave Lorvik before the vote.",
            "reluctant",
            "to leave Lorvik before the vote",
        ),
    ],
)
def test_an_attitude_to_an_act_of_speech_takes_the_act_into_its_cue(
    attribute, text, cue, content
) -> None:  # type: ignore[no-untyped-def]
    (a,) = [a for a in attribute(text) if a.kind == "indirect"]
    assert a.cue is not None
    assert (text[a.cue[0] : a.cue[1]], seg(text, a)) == (cue, [content])


@pytest.mark.parametrize(
    "text",
    [
        # an adjective that is not a learned cue with this preposition
        "Ana Voss is critical to the success of the new border treaty.",
        # no holder: the subject is not someone who can hold an attitude
        "It was critical of the crowd in Lorvik.",
    ],
)
def test_no_attitude_without_learned_cue_or_holder(attribute, text) -> None:  # type: ignore[no-untyped-def]
    assert [a for a in attribute(text) if a.kind == "indirect"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a fronted "speaking of X" names the topic of the statement its head verb reports
        "Speaking of Teo Marr, Ana Voss said: “He has many options.”",
        "Speaking about the bridge, Ana Voss said the cost would double.",
    ],
)
def test_topic_participle_is_no_statement_of_its_own(attribute, text) -> None:  # type: ignore[no-untyped-def]
    topics = [a for a in attribute(text) if seg(text, a)[0].startswith(("Teo Marr", "the bridge"))]
    assert topics == []


def test_a_lexicon_built_from_other_learned_cues_is_used_inside_the_block(attribute) -> None:  # type: ignore[no-untyped-def]
    """``learn_cues.py --cv`` extracts each held-out fold with the cues learned on the rest."""
    text = "Teo Marr disagreed with the Ostravan plan for the river."
    assert [seg(text, a) for a in attribute(text)] == [["the Ostravan plan for the river"]]
    with use_cues(build_cues({})):  # the written lexicon alone
        assert "disagree with" not in load_cues().prep_content
        assert attribute(text) == []
    with use_cues(build_cues({"disagree with": ["VERB", "prep", 4, 7]})):
        assert [seg(text, a) for a in attribute(text)] == [["the Ostravan plan for the river"]]
    assert load_cues() == build_cues(
        yaml.safe_load(
            files("onrecord.attribution").joinpath("data/learned_cues.yaml").read_text("utf-8")
        )["learned"]
    )


def test_cross_validation_folds_are_fixed_and_even() -> None:
    names = [f"doc{i:03d}" for i in range(23)]
    fold = cv_folds(names)
    assert fold == cv_folds(names)  # seeded: every script and run gets the same folds
    sizes = [fold.count(k) for k in range(5)]
    assert sorted(sizes) == [4, 4, 5, 5, 5]
    assert cv_folds(names, seed=1) != fold
