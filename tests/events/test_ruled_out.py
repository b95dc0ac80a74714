"""What is ruled out, and what is not (issue 15, thirty-fourth session). Fiction only.

- "He did not rule out sending humanitarian assistance" was a negated aid: an act not ruled
  out is left possible (hypothetical), not denied; so with "has not denied".
- "Belvania ruled out talks with Ostrava" had no source: the event noun a negator verb takes
  over ("ruled out talks", "denied charges") is the verb's subject's. Over the training
  sentences (5-fold CV) it raised the source share 0.887 -> 0.889 and the PLOVER dev records'
  sources 0.869 -> 0.875; the model, which reads the arguments, moved type macro-F1
  0.807 -> 0.809.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import coded_events


@pytest.mark.parametrize(
    "sentence,type_",
    [
        ("Orlin did not rule out sending humanitarian assistance to Belvania.", "AID"),
        ("An aide said the president had not ruled out accepting aid from the Council.", None),
        ("Ostrava has not denied attacking the convoy.", "ASSAULT"),
    ],
)
def test_what_is_not_ruled_out_is_possible_not_denied(sentence: str, type_: str | None) -> None:
    events, _ = coded_events(sentence)
    assert events and all(e.hypothetical and not e.negated for e in events)
    assert type_ is None or events[0].type == type_
    assert all(abs(e.intensity) < 10 for e in events)  # a possibility weighs less


def test_what_is_ruled_out_is_still_denied() -> None:
    events, names = coded_events("Belvania ruled out talks with the Ostrava Republic.")
    assert [(e.type, e.negated, names.get(e.source), names.get(e.target)) for e in events] == [
        ("CONSULT", True, "Belvania", "Ostrava Republic")
    ]
