"""Walking out of talks halts them, and where talks were held is no party to them (issue 15,
thirty-first session).

"The Belvanian delegation walked out of a meeting in Lesk" matched the lexicon's "walk out"
(a strike, PROTEST) against the city: the lexicon's two-word particles ("walk out of", "pull
out of") are now read however the parser hangs the second word (on the verb or on "out"), so
the lexicon's halt of negotiations (CAMEO 16) applies, and a place a word of meeting is in
("talks in Geneva") is never the target of an act other than the meeting itself (that rule
held for CONSULT only). Fiction and real states.
"""

from __future__ import annotations

from onrecord.events.lexicon import load_lexicon
from tests.events.conftest import coded


def test_walking_out_of_talks_is_no_strike_and_the_city_no_party() -> None:
    events = coded("The Turkish delegation walked out of the talks in Geneva on Tuesday.")
    assert events
    assert all(t != "PROTEST" for t, _, _ in events)
    assert all(target != "Switzerland" for _, _, target in events)


def test_a_two_word_particle_names_its_first_word() -> None:
    entry = next(e for e in load_lexicon().verbs["walk"] if e.part == "of")
    assert (entry.via, entry.type) == ("out", "SANCTION")
