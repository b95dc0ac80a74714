"""Demo-level check: the sample corpus's Velmara–Drovnia crisis reads conflict early, talks later.

The corpus (examples/corpus, fiction) escalates from 2 March 2026 (accusations, expulsions, a
shooting at the border) to direct talks in Port Amaris (23–28 March). Its states are fictional,
so their codes come from the corpus's actor file (examples/actors.yaml).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from onrecord.analysis import dyad_timeline
from onrecord.store import open_store

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
ACTORS = ROOT / "examples" / "actors.yaml"


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir() or not ACTORS.is_file(), reason="examples/ not present")
def test_demo_corpus_velmara_drovnia_conflict_then_cooperation(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    env = {**os.environ, "ONRECORD_ACTORS": str(ACTORS)}
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from onrecord.cli import main; sys.exit(main())",
         "--db", str(db), "ingest", str(CORPUS)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with open_store(str(db)) as store:
        tl = dyad_timeline(store, "XVL", "XDR", by="week", both_directions=True)
    weeks = {p.start: p for p in tl.periods}
    for start in ("2026-03-02", "2026-03-09"):  # accusations, expulsions, the bridge shooting
        p = weeks[start]
        assert p.escalation > 0, start
        assert p.verbal_conflict + p.material_conflict > p.verbal_coop + p.material_coop, start
    talks = weeks["2026-03-23"]  # ministers agree to meet, talks open, partial agreement
    assert talks.escalation < 0
    assert talks.verbal_coop + talks.material_coop > talks.verbal_conflict + talks.material_conflict
    assert max(weeks[s].escalation for s in ("2026-03-02", "2026-03-09")) > talks.escalation + 2
