"""A statement's pronoun speaker acts as the attribution stage resolved it (issue 15,
thirty-second session).

"Orlin, speaking alongside Voss, was more guarded. He said ... and accused Belvanian
officials of leaking": the quote record's "He" was Orlin, but the event coder resolved the
pronoun on its own, to the last subject it had coded (Voss, who accused her own officials).
Fiction only.
"""

from __future__ import annotations

from tests.events.conftest import coded


def test_a_pronoun_speaker_is_the_one_the_statement_names() -> None:
    events = coded(
        "“We did not solve everything today,” Belvanian Prime Minister Ana Voss said at a joint "
        "news conference with Ostravan President Pavel Orlin.\n\n"
        "Orlin, speaking alongside Voss, was more guarded. He said Ostrava would reopen the "
        "port “only when our concerns are addressed,” and accused Belvanian officials of "
        "leaking details of the talks to the press."
    )
    accusations = [(s, t) for typ, s, t in events if typ == "ACCUSE"]
    assert accusations and all(s == "Pavel Orlin" for s, _ in accusations)
