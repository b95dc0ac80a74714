"""Quality gate: attribution figures on PolNeAR dev must not fall below pinned floors.

Reads ../shared/data/polnear/dev and the shared scorer (never copied into the project).
The floors sit a little under the figures measured when they were pinned (see README),
so a real regression fails CI while parser noise does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "data" / "polnear" / "dev"
SCORER = SHARED / "tools" / "attrib_score.py"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.slow,
    pytest.mark.skipif(not (DEV.exists() and SCORER.exists()), reason="PolNeAR dev is not here"),
]

FLOORS = {
    "all": {"recall": 0.83, "precision": 0.98, "joint_recall": 0.565},
    "direct": {"recall": 0.93, "precision": 0.98, "joint_recall": 0.81, "speaker_acc": 0.86},
}


@pytest.fixture(scope="module")
def predictions(tmp_path_factory) -> Path:
    from onrecord.evaluation import predict_polnear

    out = tmp_path_factory.mktemp("polnear") / "dev.jsonl"
    predict_polnear(DEV, out)
    return out


@pytest.mark.parametrize("subset", sorted(FLOORS))
def test_polnear_dev_stays_above_floors(predictions: Path, subset: str) -> None:
    from onrecord.evaluation import score

    got = score(DEV, predictions, SCORER, subset)
    low = {k: (got[k], floor) for k, floor in FLOORS[subset].items() if got[k] < floor}
    assert not low, f"{subset}: below floor {low}"
