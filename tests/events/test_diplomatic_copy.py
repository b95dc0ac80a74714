"""Events and actors in the shapes of diplomatic copy (issue 15, twenty-ninth session).

Where a meeting happens is no party to it; a reporter's question is no request; "both sides"
are of no one country; reporters told something are no one addressed (the generic audience
list was written in the plural and matched by lemma, so "told reporters" made "reporters"
the addressee, an actor, and the target of the statement's events).

Diplomatic talks are held on neutral ground: "Negotiators met in Geneva" are not Swiss, and
"Talks in Geneva" (a headline) is no act done to Switzerland. Before, people with no country
of their own took the nearest country of their sentence, the venue's too, and a meeting's
place was its target when no party was found (the seed article's "meeting between Putin and
Lavrov ... at the Bolshoi Theater" had the theatre as the one met). A place after "in" or
"at" on a word of meeting or travel gives no one its country; as an event's target, a building
never is one, and a city only when someone is named meeting there (the gold records' reading).
Fiction only, with real cities as the
venues (the knowledge base places them).
"""

from __future__ import annotations

from onrecord import extract


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    rec = extract(text)
    return {a.id: (a.name, a.country) for a in rec.actors}


def test_people_meeting_in_a_city_do_not_take_its_country() -> None:
    text = (
        "Talks resume\n\nBy Ana Weiss\n\nNegotiators met in Geneva on Monday. The negotiators "
        "said the talks were useful.\n"
    )
    groups = [(n, c) for n, c in _actors(text).values() if n.lower() == "negotiators"]
    assert groups and all(c is None for _, c in groups)


def test_people_placed_in_a_city_still_take_its_country() -> None:
    # "protesters in Cairo" are placed there by their own phrase: Egyptians, as before
    text = "Unrest\n\nBy Ana Weiss\n\nProtesters in Cairo said the vote was rigged.\n"
    assert ("Protesters", "EGY") in _actors(text).values()


def test_a_headline_naming_where_talks_are_held_codes_no_act_on_that_country() -> None:
    rec = extract("Talks in Geneva\n\nBy Ana Weiss\n\nThe envoys met on Monday.\n")
    names = {a.id: a.name for a in rec.actors}
    assert all(names.get(e.target) != "Switzerland" for e in rec.events)
    assert "Switzerland" not in names.values()


def test_the_building_a_meeting_is_held_in_is_not_its_target() -> None:
    # the seed article's shape: before, the theatre was the one met, and an actor
    text = (
        "Envoys meet\n\nBy Ana Weiss\n\nThe meeting between Ana Voss and Teo Marr might have "
        "been better held on stage at the Bolshoi Theater.\n"
    )
    rec = extract(text)
    names = {a.id: a.name for a in rec.actors}
    assert "Bolshoi Theater" not in names.values()
    assert {names.get(e.target) for e in rec.events if e.type == "CONSULT"} >= {
        "Ana Voss",
        "Teo Marr",
    }


def test_a_city_a_named_party_meets_in_stays_its_counterpart() -> None:
    # the gold records' reading ("held several meetings in Baghdad"): with a source named,
    # a city is the counterpart, unchanged
    text = "Envoy in Vienna\n\nBy Ana Weiss\n\nThe Austrian envoy held talks in Lisbon.\n"
    rec = extract(text)
    names = {a.id: a.name for a in rec.actors}
    assert "Portugal" in {names.get(e.target) for e in rec.events}


def test_a_question_put_to_the_speaker_is_no_request() -> None:
    # "Asked whether ..., Voss said": a reporter asked; Voss requested nothing of Belvania
    text = (
        "Sanctions\n\nBy Ana Weiss\n\nAsked whether Belvania would consider sanctions, Teo Marr "
        'said: "All options are on the table."\n'
    )
    rec = extract(text)
    assert not [e for e in rec.events if e.type == "REQUEST"]


def test_both_sides_take_no_country_from_their_sentence() -> None:
    text = (
        "Appeal\n\nBy Ana Weiss\n\nA spokesman for the United Nations secretary-general called "
        "on both sides to exercise restraint.\n"
    )
    assert all(c is None for n, c in _actors(text).values() if n.lower() in {"sides", "both sides"})


def test_reporters_told_something_are_no_one_addressed() -> None:
    text = (
        "Recall\n\nBy Ana Weiss\n\n"
        '"The ambassador has been called home," Teo Marr told reporters in the capital.\n'
    )
    rec = extract(text)
    [q] = rec.quotes
    assert q.addressee is None
    assert "reporters" not in {a.name for a in rec.actors}


def _dyads(text: str) -> list[tuple[str, str | None, str | None]]:
    rec = extract(text)
    names = {a.id: a.name for a in rec.actors}
    return [(e.type, names.get(e.source), names.get(e.target)) for e in rec.events]


def test_calling_on_someone_to_act_is_an_appeal() -> None:
    # the model read "called on Ukraine to withdraw" as a statement of support (penta 0,
    # SUPPORT): a statement or an appeal, and the word one of appealing, is an appeal
    text = "Appeal\n\nBy Ana Weiss\n\nRussia called on Ukraine to withdraw its troops.\n"
    assert _dyads(text) == [("REQUEST", "Russia", "Ukraine")]


def test_calling_for_someone_to_act_is_one_appeal_to_them() -> None:
    # "called for Ukraine to withdraw": the parser makes "for" the mark of a clause, so the
    # appeal went unseen and the withdrawal was coded as Ukraine's own act
    text = "Appeal\n\nBy Ana Weiss\n\nRussia called for Ukraine to withdraw its troops.\n"
    assert _dyads(text) == [("REQUEST", "Russia", "Ukraine")]


def _negated(text: str) -> list[tuple[str, bool]]:
    rec = extract("Denial\n\nBy Ana Weiss\n\n" + text + "\n")
    return [(e.type, e.negated) for e in rec.events]


def test_what_a_denial_covers_is_denied() -> None:
    # before, "denied planning an invasion" was an invasion by Russia, not negated: the
    # denial reached only an event its own complement was the trigger of
    assert _negated("Russia denied planning an invasion.") == [("ASSAULT", True)]
    assert _negated("Russia denied that it planned an invasion.") == [("ASSAULT", True)]


def test_a_negator_with_a_particle_needs_the_particle() -> None:
    # "rule out" negates; "ruled that ..." does not (it did: every "rule" was "rule out")
    assert _negated("The court ruled that Russia attacked the convoy.") == [("ASSAULT", False)]


def test_a_person_named_in_apposition_is_the_party_not_the_possessor() -> None:
    # ("met Dalen's deputy, Foreign Minister Ana Voss" was a meeting with Dalen)
    rec = extract(
        "Talks\n\nBy Jonas Reed\n\nTeo Marr met Dalen's deputy, Foreign Minister Ana Voss, in Lesk.\n"
    )
    names = {a.id: a.name for a in rec.actors}
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in rec.events] == [
        ("CONSULT", "Teo Marr", "Ana Voss")
    ]
