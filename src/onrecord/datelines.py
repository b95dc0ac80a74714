"""Wire datelines ("CASTELBRUN, March 10, 2026 (BPA) —"): where a story was filed from.

A dateline opens a paragraph and names no speaker and no party to the story, so the
attribution and actor stages both step over it.
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]+,(?:\s+[A-Z][\w .'’-]{1,30},)?\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?"
    r"\s*(?:\([^)]{1,40}\))?\s*[—–-]+\s*"
)


def dateline_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the wire datelines that open a paragraph of ``text``."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lead = len(line) - len(line.lstrip())
        m = DATELINE.match(line, lead)
        if m:
            out.append((pos + lead, pos + m.end()))
        pos += len(line)
    return out
