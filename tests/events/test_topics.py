"""What is talked about is no act of the talker (issue 15, thirty-second session).

"Voss's office said she had raised the detention of three Belvanian sailors" coded Voss
detaining Belvania at -7: the object of "raised" (or "discussed", "mentioned") is
the subject of the talks, as the object of "asked about" already was. Fiction only.
"""

from __future__ import annotations

from tests.events.conftest import coded


def test_a_detention_raised_is_not_the_raisers_act() -> None:
    events = coded("Ana Voss said she had raised the detention of three Ostravan sailors.")
    assert ("COERCE", "Ana Voss") not in {(t, s) for t, s, _ in events}
