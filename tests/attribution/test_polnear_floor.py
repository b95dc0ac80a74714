"""Quality gate: attribution figures on PolNeAR dev must not fall below pinned floors.

Reads ../shared/data/polnear/dev and the shared scorers (never copied into the project): the
lenient scorer (30 % token overlap), the strict one (token F1 >= 0.8 per content) and the name
check (right speaker mention, wrong resolved name). The floors sit a little under the figures
measured when they were pinned (see README), so a real regression fails CI while parser
noise does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "data" / "polnear" / "dev"
TOOLS = SHARED / "tools"
SCORER = TOOLS / "attrib_score.py"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.slow,
    pytest.mark.skipif(not (DEV.exists() and SCORER.exists()), reason="PolNeAR dev is not here"),
]

# measured (issue 15, thirteenth session of 2 Dec 2026: retrained chooser, learned stage at
# threshold 0.45): all 0.902 / 0.988 / joint 0.667 / speaker 0.792; direct 0.966 / 0.994 /
# joint 0.869 / speaker 0.909 (twelfth: all 0.903 / 0.989 / joint 0.671 / speaker 0.795;
# eleventh: 0.900 / 0.989 / 0.666 / 0.791;
# tenth: 0.879 / 0.991 / 0.633 / 0.770); twelfth direct 0.965 / 0.994 / joint 0.869 / speaker 0.911
# (eleventh: 0.965 / 0.994 / 0.865 / 0.908; tenth: 0.962 / 0.995 / 0.859 / 0.904)
# Twenty-seventh session: all 0.909 / 0.988 / joint 0.685 / speaker 0.807; direct 0.968 /
# 0.994 / joint 0.878 / speaker 0.918 (floors raised with it). Thirtieth session: all 0.911 /
# 0.988 / joint 0.692 / speaker 0.813; direct 0.970 / 0.994 / joint 0.893 / speaker 0.931
# (floors raised with it). Thirty-first session: all 0.911 / 0.988 / joint 0.692 / speaker
# 0.813; direct 0.970 / 0.994 / joint 0.894 / speaker 0.933 (direct floors raised with it).
FLOORS = {
    "all": {"recall": 0.902, "precision": 0.98, "joint_recall": 0.682, "speaker_acc": 0.803},
    "direct": {"recall": 0.960, "precision": 0.98, "joint_recall": 0.884, "speaker_acc": 0.922},
}
# strict: measured 0.759 / 0.639 / 0.694, joint recall 0.599, direct recall 0.864, joint 0.833
# (thirty-fifth session: a clause before a speech verb is its content only when the verb says
# nothing after it; precision and F1 floors raised with it); 0.755 / 0.637 / 0.691, joint
# recall 0.598, direct recall 0.864, joint 0.833 (thirty-first session: a horizontal bar read as a dash, as-clauses after quoted words,
# "allow" a cue only with a that-clause; precision and direct floors raised with it);
# 0.752 / 0.637 / 0.690, joint recall 0.597, direct recall 0.862, joint 0.832
# (thirtieth session: quotations inside quotations, pieces and "it" that speak for their
# makers, split quotations past "but", contents that stop before a conjoined "but said";
# floors raised with it); 0.749 / 0.633 / 0.686, joint recall 0.590 (twenty-seventh session: the
# writer's own "I" and "we" speak; direct recall 0.857, joint 0.817; floors raised with it);
# 0.746 / 0.626 / 0.680, joint recall 0.582 (twenty-sixth session: "Let's
# say" is the writer's, one matched statement fewer; speakers the parser misread, joint +1);
# 0.746 / 0.626 / 0.681, joint recall 0.582 (twenty-fifth session: one
# statement per cue, contents cut at their speaker's predicate or a fronted "On ...");
# 0.740 / 0.624 / 0.677, joint recall 0.580 (twentieth session: a statement
# nested on nearly the same words, and a nested view, are now the outer speaker's report;
# nineteenth: 0.713 / 0.628 / 0.668, joint 0.583); 0.711 / 0.619 / 0.662, joint recall 0.574 (thirteenth session; twelfth:
# 0.707 / 0.624 / 0.663, joint 0.578; eleventh:
# 0.705 / 0.614 / 0.656, joint 0.569; tenth: 0.726 / 0.583 / 0.647, joint 0.540). The learned
# stage adds statements that match a gold content about half of the time, so precision went
# down by design in the eleventh session while recall, F1 and joint recall went up.
# Direct quotations: recall 0.849, joint 0.809 (twelfth: 0.849, 0.811; eleventh: 0.848, 0.808;
# tenth: 0.846, 0.806)
STRICT_FLOORS = {"precision": 0.750, "recall": 0.629, "f1": 0.684, "joint_recall": 0.588}
STRICT_DIRECT_FLOORS = {"recall": 0.854, "joint_recall": 0.822}
# name check: measured 0.0115 (10 of 869 right mentions, twelfth and thirteenth sessions; 10 of 863 in the
# eleventh, 11 of 834 in the tenth, 11 of 832 in the ninth,
# 11 of 825 in the eighth, 10 of 820 in the sixth and seventh, 12 of 804 in the fourth, all read
# as right names or another statement's speaker, see docs/attribution.md), was 0.0186 before
# round 5b. Twenty-ninth session: 12 of 879 (0.0137), the two more both "The statement" said
# for whoever issued it (the UN Security Council; the Association of Flight Attendants), right
# names the check cannot see, since the gold source is "The statement"; ceiling raised from
# 0.013 to 0.014 for them, so one more wrong name still fails. Thirtieth session: 12 of 885
# (0.0136), the same twelve; thirty-first session: 12 of 886 (0.0135), the same twelve.
# Fortieth session: 13 of 893 (0.0146), the one more "The GOP's complaint" (to a bar board)
# for the Republican Party, now a knowledge-base party: the check sees no shared word between
# "GOP" and "Republican Party"; ceiling raised from 0.014 to 0.015, so one more still fails.
# Then 14 of 894 (0.0157): "The senator" → Bernie Sanders, introduced as "Sen. Bernie
# Sanders", now that "Sen." gives the office (train: twelve such, "The Florida senator" →
# Marco Rubio six times, all right); ceiling 0.016. Forty-seventh session: 16 of 906 (0.0177):
# the two more are "the Obama administration" → Government of the United States (a head of
# state's administration is the state's government now, which dyads need; the check sees no
# shared word), and the nine more right mentions are campaigns named right ("The Clinton
# campaign" → Hillary Clinton campaign); ceiling 0.018, so one more wrong name still fails.
# Fifty-fifth session: 17 of 905 (0.0188), the one more "The newspaper" → Washington Post, the
# outlet named just before (a body's class noun takes up the body: "the company", "the
# group", "the agency"); ceiling 0.019, so one more wrong name still fails.
# Fifty-seventh session: 21 of 909 (0.0231), all four more right names the check cannot see: a
# description of a candidate names the one person the article introduced so ("The Republican
# nominee" → Donald Trump, three times, after "Republican presidential nominee Donald Trump"),
# and the "the former secretary of state and current Democratic presidential nominee"
# is Hillary Clinton; ceiling 0.024, so one more wrong name still fails
MAX_RESOLUTION_ERROR_RATE = 0.024


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


@pytest.mark.skipif(not (TOOLS / "attrib_strict.py").exists(), reason="no strict scorer")
def test_polnear_dev_strict_figures_stay_above_floors(predictions: Path) -> None:
    from onrecord.evaluation import score_strict

    got = score_strict(DEV, predictions, TOOLS / "attrib_strict.py", "all")
    low = {k: (got[k], floor) for k, floor in STRICT_FLOORS.items() if got[k] < floor}
    assert not low, f"strict: below floor {low}"
    got = score_strict(DEV, predictions, TOOLS / "attrib_strict.py", "direct")
    low = {k: (got[k], floor) for k, floor in STRICT_DIRECT_FLOORS.items() if got[k] < floor}
    assert not low, f"strict, direct quotations: below floor {low}"


@pytest.mark.skipif(not (TOOLS / "name_check.py").exists(), reason="no name check")
def test_polnear_dev_resolution_errors_stay_under_ceiling(predictions: Path) -> None:
    from onrecord.evaluation import name_check

    got = name_check(DEV, predictions, TOOLS / "name_check.py")
    assert got["resolution_error_rate"] <= MAX_RESOLUTION_ERROR_RATE, got
