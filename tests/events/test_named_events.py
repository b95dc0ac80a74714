"""A named war or law is what a sentence speaks of, not an act of the article's day.

On PolNeAR train, "He said no to the Iraq war." had been an assault by the senator it was said
of, "the Cold War between the United States and the Soviet Union" two assaults dated by the
article, and "fast track the Trans-Pacific Partnership" a concession. A named summit is still
a meeting of its parties, and a war waged now stays one.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import fiction_coded


@pytest.mark.parametrize(
    "sentence",
    [
        "Voss said no to the Kestrian War.",
        "The Cold War between Belvania and Ostrava shaped his views.",
        # (the tagger reads this one as a body's name)
        "The Second Kestrian War between Belvania and Ostrava shaped his views.",
    ],
)
def test_a_named_war_is_no_assault(sentence: str) -> None:
    assert [e for e in fiction_coded(sentence) if e[0] == "ASSAULT"] == []


def test_a_war_waged_now_is_still_an_assault() -> None:
    assert ("ASSAULT", "Belvania", "Ostrava") in fiction_coded(
        "Belvania's war on Ostrava entered its third week."
    )
