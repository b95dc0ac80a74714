"""Style rules a linter does not check: every ``noqa`` says why."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOQA = re.compile(r"#\s*noqa\b(?P<rest>.*)$")
# The two spellings used: a dash and the reason, or the reason in parentheses.
EXPLAINED = re.compile(r"^:\s*[A-Z]+[0-9]+(?:,\s*[A-Z]+[0-9]+)*\s+(?:-\s+|\().{3,}")


def test_style_every_noqa_states_why() -> None:
    bare = []
    for folder in ("src", "tests", "benchmarks", "scripts"):
        for path in (ROOT / folder).rglob("*.py"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                found = NOQA.search(line)
                if found and not EXPLAINED.match(found.group("rest")):
                    bare.append(f"{path.relative_to(ROOT)}:{n}")
    assert bare == []
