"""The actor knowledge base (baseline: ISO countries from pycountry)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pycountry


@dataclass
class KnowledgeBase:
    """Names → (canonical name, kind, country)."""

    names: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)

    def lookup(self, text: str) -> tuple[str, str, str | None] | None:
        return self.names.get(text.lower().removeprefix("the ").strip())


def load_kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    for c in pycountry.countries:
        for n in {c.name, getattr(c, "common_name", c.name)}:
            kb.names[n.lower()] = (getattr(c, "common_name", c.name), "country", c.alpha_3)
    return kb
