"""Quality gate: pronoun speakers must keep going to the right actor (fifty-sixth session).

Neither PolNeAR scorer sees whom a "he said" is filed under. ``benchmarks/pronoun_referents.py``
scores it against referents read by hand for 1,152 pronoun speakers in 300 PolNeAR train
articles (``benchmarks/data/pronoun_referents_train.jsonl``: offsets and names, no text); the
articles are read from ../shared, never copied. The floors sit a little under the figures
measured when they were pinned, so a real regression fails CI while parser noise does not.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train"
SCRIPT = ROOT / "benchmarks" / "pronoun_referents.py"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.slow,
    pytest.mark.skipif(not TRAIN.exists(), reason="PolNeAR train is not here"),
]

# measured (7 Dec 2026): he/she/his/her 632 right, 41 wrong, 2 named for no one, 42
# unresolved of 717: wrong-actor rate 0.0637, recall 0.8839 (8.2 % and 0.866 before the
# session's changes). Fifty-seventh session, with samples E and F (labelled blind, without
# onrecord's reading shown): 925 right, 56 wrong, 2 named for no one, 54 unresolved of 1,037,
# wrong-actor rate 0.059, recall 0.894; the floors stay where they were
MAX_WRONG_ACTOR_RATE = 0.07
MIN_RECALL = 0.87


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("pronoun_referents", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_pronoun_speakers_go_to_the_right_actor() -> None:
    script = _script()
    result = script.score(TRAIN, script.LABELS, None, False)
    singular = result["singular"]
    assert result["labelled"] >= 1152
    assert singular["wrong_actor_rate"] <= MAX_WRONG_ACTOR_RATE, singular
    assert singular["recall"] >= MIN_RECALL, singular


def test_the_scoring_rule_tells_namesakes_apart() -> None:
    script = _script()
    assert script.same_name("Donald Trump", "Donald J. Trump")
    assert script.same_name("Obama", "Barack Obama")
    assert script.same_name("Hillary Clinton campaign", "Clinton campaign")
    assert script.same_name("Enrique Pena Nieto", "Enrique Peña Nieto")
    assert not script.same_name("Bill Clinton", "Hillary Clinton")
    assert not script.same_name("Jeb Bush", "George W. Bush")
    assert script.judge(None, None) == "unresolved_right"
    assert script.judge("registered voters", None, "group") == "described_no_one"
    assert script.judge("Ivo Dansk", None, "person") == "named_no_one"
    assert script.judge(None, "Ivo Dansk") == "unresolved"


def test_a_joint_reading_is_judged_person_by_person() -> None:
    # a "they" filed as the joint statement of the people named one by one
    script = _script()
    assert script.same_names("Ted Cruz and Marco Rubio", "Marco Rubio and Ted Cruz")
    assert script.same_names("Trump and Cruz and Kasich", "Donald Trump, Ted Cruz and John Kasich")
    assert not script.same_names("Ted Cruz and Marco Rubio", "Ted Cruz, Marco Rubio and Jeb Bush")
    assert not script.same_names("Ted Cruz and Jeb Bush", "Marco Rubio and Ted Cruz")
    assert script.judge("Ted Cruz and Marco Rubio", "Marco Rubio and Ted Cruz") == "right"
