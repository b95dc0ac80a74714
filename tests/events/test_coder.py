"""The coder on sentences about fictional states and people (Ruritania, Freedonia, Belvania)."""

from __future__ import annotations

import pytest

from onrecord.record import Cue, Mention, Quote


def _first(events, type_=None):
    for e in events:
        if type_ is None or e.type == type_:
            return e
    raise AssertionError(f"no {type_} event in {[e.type for e in events]}")


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "Ruritania agreed to resume cooperation with Freedonia.",
            "AGREE",
            "Ruritania",
            "Freedonia",
        ),
        (
            "Ruritania offered to host talks with Freedonia next month.",
            "AGREE",
            "Ruritania",
            "Freedonia",
        ),
        (
            "The Ruritanian foreign minister held talks with Freedonia on Monday.",
            "CONSULT",
            "The Ruritanian foreign minister",
            "Freedonia",
        ),
        (
            "Prime Minister Ada Kern visited Freedonia on Tuesday.",
            "CONSULT",
            "Prime Minister Ada Kern",
            "Freedonia",
        ),
        ("Ruritania praised Freedonia for its restraint.", "SUPPORT", "Ruritania", "Freedonia"),
        (
            "Ruritania apologized to Freedonia for the border incident.",
            "SUPPORT",
            "Ruritania",
            "Freedonia",
        ),
        ("Ruritania lifted the curfew it had imposed on Freedonia.", "CONCEDE", "Ruritania", None),
        ("Ruritania extradited two suspects to Freedonia.", "COOPERATE", "Ruritania", "Freedonia"),
        ("Ruritania sent humanitarian aid to Freedonia.", "AID", "Ruritania", "Freedonia"),
        (
            "Ruritania granted asylum to the Freedonian dissident Ivo Marsh.",
            "AID",
            "Ruritania",
            "the Freedonian dissident Ivo Marsh",
        ),
        ("Ruritania withdrew its troops from Freedonia.", "RETREAT", "Ruritania", "Freedonia"),
        ("Ruritania released ten Freedonian fishermen.", "RETREAT", "Ruritania", None),
        ("Ruritania demanded that Freedonia withdraw its forces.", "REQUEST", "Ruritania", None),
        (
            "Ruritania called on Freedonia to release the prisoners.",
            "REQUEST",
            "Ruritania",
            "Freedonia",
        ),
        (
            "Ruritania accused Freedonia of violating the ceasefire.",
            "ACCUSE",
            "Ruritania",
            "Freedonia",
        ),
        ("Ruritania condemned Freedonia over the shelling.", "ACCUSE", "Ruritania", "Freedonia"),
        ("Ruritania launched an investigation into Freedonia's bank.", "ACCUSE", "Ruritania", None),
        (
            "Ruritania rejected Freedonia's proposal for a ceasefire.",
            "REJECT",
            "Ruritania",
            "Freedonia",
        ),
        ("Ruritania refused to negotiate with Freedonia.", "REJECT", "Ruritania", "Freedonia"),
        ("Ruritania threatened Freedonia with sanctions.", "THREATEN", "Ruritania", "Freedonia"),
        (
            "Ruritania threatened to cut off gas supplies to Freedonia.",
            "THREATEN",
            "Ruritania",
            "Freedonia",
        ),
        (
            "Thousands of Freedonian students protested against Ruritania in the capital.",
            "PROTEST",
            "Thousands of Freedonian students",
            "Ruritania",
        ),
        ("Ruritania imposed sanctions on Freedonia.", "SANCTION", "Ruritania", "Freedonia"),
        (
            "Ruritania expelled two Freedonian diplomats.",
            "SANCTION",
            "Ruritania",
            "two Freedonian diplomats",
        ),
        (
            "Ruritania ordered two Freedonian diplomats to leave the country within 72 hours.",
            "SANCTION",
            "Ruritania",
            "two Freedonian diplomats",
        ),
        (
            "Ruritania deployed troops along the border with Freedonia.",
            "MOBILIZE",
            "Ruritania",
            None,
        ),
        (
            "Ruritanian police arrested the Freedonian journalist Lena Ost.",
            "COERCE",
            "Ruritanian police",
            "the Freedonian journalist Lena Ost",
        ),
        ("Ruritania imposed a curfew on Freedonia.", "COERCE", "Ruritania", "Freedonia"),
        (
            "Ruritanian troops shelled Freedonia overnight.",
            "ASSAULT",
            "Ruritanian troops",
            "Freedonia",
        ),
        ("Ruritania launched an attack on Freedonia.", "ASSAULT", "Ruritania", "Freedonia"),
    ],
)
def test_each_type_on_a_sentence(code, text, type_, source, target):
    events, actors = code(text)
    ev = _first(events, type_)
    assert actors.name_of(ev.source) == source
    if target is not None:
        assert actors.name_of(ev.target) == target
    assert ev.cameo.isdigit() and len(ev.cameo) == 2
    assert ev.start == 0 and ev.end == len(text) and ev.text == text


@pytest.mark.parametrize(
    ("text", "type_", "sign"),
    [
        ("Ruritania did not threaten Freedonia.", "THREATEN", 1),
        ("Ruritania said there would be no military strike on Freedonia.", "ASSAULT", 1),
        # (a denial tells nothing of conflict or cooperation: 0, since the thirty-seventh
        # session; it had been a small de-escalation)
        ("Ruritania denied attacking Freedonia.", "ASSAULT", 0),
        ("Ruritania never attacked Freedonia.", "ASSAULT", 1),
        ("Ruritania did not send aid to Freedonia.", "AID", -1),
    ],
)
def test_negation_flips_the_reading(code, text, type_, sign):
    events, _ = code(text)
    ev = _first(events, type_)
    assert ev.negated
    assert ev.intensity * sign > 0 if sign else ev.intensity == 0


def test_negated_future_cooperation_is_a_refusal(code):
    events, _ = code("Ruritania said it will not accept any more refugees from Freedonia.")
    ev = _first(events)
    assert ev.type == "REJECT" and ev.intensity < 0


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("A Ruritanian invasion of Freedonia could begin as soon as Wednesday.", "ASSAULT"),
        ("Ruritania may impose sanctions on Freedonia.", "SANCTION"),
        ("Ruritania will send aid to Freedonia.", "AGREE"),
        ("Ruritania said it would shell Freedonian towns if the talks failed.", "THREATEN"),
        ("Ruritania will visit Freedonia next week.", "AGREE"),
    ],
)
def test_modality_sets_hypothetical(code, text, type_):
    events, _ = code(text)
    ev = _first(events, type_)
    assert ev.hypothetical


def test_hypothetical_weighs_less_than_actual(code):
    actual, _ = code("Ruritania attacked Freedonia.")
    possible, _ = code("Ruritania might attack Freedonia.")
    assert 0 > _first(possible, "ASSAULT").intensity > _first(actual, "ASSAULT").intensity


def test_passive_by_agent_is_the_source(code):
    events, actors = code("Freedonia was attacked by Ruritanian troops.")
    ev = _first(events, "ASSAULT")
    assert actors.name_of(ev.source) == "Ruritanian troops"
    assert actors.name_of(ev.target) == "Freedonia"


def test_coordinated_subjects_give_one_event_each(code):
    events, actors = code("Ruritania and Belvania condemned Freedonia.")
    pairs = {
        (actors.name_of(e.source), actors.name_of(e.target)) for e in events if e.type == "ACCUSE"
    }
    assert pairs == {("Ruritania", "Freedonia"), ("Belvania", "Freedonia")}


def test_symmetric_meeting_without_target_is_reciprocal(code):
    events, actors = code("Ruritania and Freedonia held talks on Monday.")
    pairs = {
        (actors.name_of(e.source), actors.name_of(e.target)) for e in events if e.type == "CONSULT"
    }
    assert pairs == {("Ruritania", "Freedonia"), ("Freedonia", "Ruritania")}


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian foreign minister said on Monday.",
        "The weather in Freedonia was pleasant, the minister said.",
        "Ruritania's economy grew by three percent last year.",
        "The summit venue has a large garden.",
        "Ada Kern said the museum will open in June.",
    ],
)
def test_no_events_on_neutral_sentences(code, text):
    events, _ = code(text)
    assert events == []


def test_quote_content_uses_speaker_and_addressee(code):
    text = "“We will send you aid,” Ada Kern told Ivo Marsh."
    content = text.index("We"), text.index(",”")
    quote = Quote(
        id="q1",
        kind="direct",
        text=text[content[0] : content[1]],
        spans=[content],
        cue=Cue("told", text.index("told"), text.index("told") + 4),
        speaker=Mention(
            "Ada Kern", text.index("Ada"), text.index("Ada") + 8, actor="k1", name="Ada Kern"
        ),
        addressee=Mention(
            "Ivo Marsh", text.index("Ivo"), text.index("Ivo") + 9, actor="m1", name="Ivo Marsh"
        ),
    )
    events, _ = code(text, [quote])
    ev = _first(events, "AGREE")
    assert (ev.source, ev.target, ev.quote) == ("k1", "m1", "q1")


def test_event_ids_are_sequential(code):
    events, _ = code("Ruritania attacked Freedonia. Belvania condemned Ruritania.")
    assert [e.id for e in events] == [f"e{i}" for i in range(1, len(events) + 1)]
    assert events[1].start > events[0].start


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        # A place down a chain of prepositional phrases, when nothing nearer is an actor.
        (
            "Ruritania sent aid to the relief mission in Freedonia.",
            "AID",
            "Freedonia",
        ),
    ],
)
def test_target_falls_back_to_the_place_acted_on(code, text, type_, target):
    events, actors = code(text)
    ev = _first(events, type_)
    assert actors.name_of(ev.target) == target


def test_deployed_forces_are_the_source(code):
    events, actors = code("Two thousand Ruritanian soldiers were deployed to Freedonia.")
    ev = _first(events)
    assert "Ruritania" in (actors.name_of(ev.source) or "")
    assert actors.name_of(ev.target) == "Freedonia"


def _pairs(events, actors, type_=None):
    return {
        (actors.name_of(e.source), actors.name_of(e.target))
        for e in events
        if type_ is None or e.type == type_
    }


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # Forces a deployment verb moves are the source's own: the place is the target.
        ("Ruritania withdrew peacekeepers from Freedonia.", "Ruritania", "Freedonia"),
        ("Ruritania refused to send troops to Freedonia.", "Ruritania", "Freedonia"),
        # A possessive pronoun naming the source does not end the search.
        ("Ruritania lifted its blockade of Freedonia.", "Ruritania", "Freedonia"),
        # The object's own prepositional phrase, and the verb governing an event noun.
        ("Ruritania refuses to lift the ban on Freedonia.", "Ruritania", "Freedonia"),
        ("Ruritania reduced military aid to Freedonia.", "Ruritania", "Freedonia"),
        # The party a condition waits for.
        (
            "Ruritania will not lift the embargo until Freedonia releases the prisoners.",
            "Ruritania",
            "Freedonia",
        ),
        # The author of a request in the verb's prepositional phrase.
        ("Ruritania refused to respond to a request from Freedonia.", "Ruritania", "Freedonia"),
        # A receiving verb: the giver acts on the receiver.
        ("Ruritania received an invitation from Freedonia.", "Freedonia", "Ruritania"),
        # The one a purpose clause helps.
        ("Ruritania offered to send experts to help Freedonia.", "Ruritania", "Freedonia"),
        # The one a verb lets or makes act, and the agent of a participle on the object.
        (
            "Ruritania refused to allow Freedonian diplomats to enter the country.",
            "Ruritania",
            "Freedonian diplomats",
        ),
        ("Ruritania rejected every offer made by Freedonia.", "Ruritania", "Freedonia"),
        (
            "Ruritanian authorities pressured the strikers to call off the strike.",
            "Ruritanian authorities",
            "the strikers",
        ),
        # One of a collective of the actor lexicon, and the agent a condition waits for.
        ("Ruritanian police tortured an inmate in the capital.", "Ruritanian police", "an inmate"),
        (
            "The teachers will not end the strike until their demands are met by Freedonia.",
            "The teachers",
            "Freedonia",
        ),
        # A dateline the parser made a second subject is not the source.
        (
            "CASTELBRUN -- A Ruritanian court has convicted two Freedonian activists.",
            "A Ruritanian court",
            "two Freedonian activists",
        ),
        (
            "VELMARA (BPA): Prime Minister Ada Kern held talks with Freedonia on Monday.",
            "Prime Minister Ada Kern",
            "Freedonia",
        ),
    ],
)
def test_arguments_beyond_the_direct_object(code, text, source, target):
    events, actors = code(text)
    assert (actors.name_of(events[0].source), actors.name_of(events[0].target)) == (
        source,
        target,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania and Freedonia agreed to hold joint exercises near Belvania.",
        "Ruritania and Freedonia failed to reach a deal on the border.",
        "Ruritanian and Freedonian negotiators agreed on a new treaty.",
    ],
)
def test_coordinated_parties_act_on_each_other(code, text):
    events, actors = code(text)
    pairs = _pairs(events, actors, events[0].type)
    names = {n for p in pairs for n in p}
    assert len(pairs) == 2 and len(names) == 2
    assert all(a != b for a, b in pairs) and "Belvania" not in names


def test_agentless_passive_takes_the_actor_of_its_clause(code):
    events, actors = code("Two villagers were killed when Ruritanian forces shelled the town.")
    assert actors.name_of(events[0].source) == "Ruritanian forces"


def test_agentless_passive_takes_the_state_it_happened_in(code):
    events, actors = code("The journalist Ivo Marsh was arrested in Freedonia on Monday.")
    ev = _first(events, "COERCE")
    assert actors.name_of(ev.source) == "Freedonia"
    assert actors.name_of(ev.target) == "The journalist Ivo Marsh"


@pytest.mark.parametrize(
    "text",
    [
        "The poet Ivo Marsh was remembered in Freedonia on Friday.",
        "The poet Ivo Marsh was praised in Freedonia on Friday.",
    ],
)
def test_agentless_praise_is_no_act_of_the_place_it_happened_in(code, text):
    """ "Ali was remembered in Louisville" had been aid from the city (fifty-third session):
    only what a state does to people on its ground (arrest, expel, attack, release) is the
    state's act when no one is named."""
    events, actors = code(text)
    assert all(actors.name_of(ev.source) != "Freedonia" for ev in events)


def test_object_of_an_uncoded_verb_takes_its_subject(code):
    events, actors = code("A Freedonian court ordered an investigation against Ivo Marsh.")
    ev = _first(events)
    assert actors.name_of(ev.source) == "A Freedonian court"
    assert actors.name_of(ev.target) == "Ivo Marsh"


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain flooded the uniformed officers' barracks near the Lorvik border.",
        "The long winter tired the farmers of the northern valleys.",
    ],
)
def test_a_sentence_left_uncoded_adds_no_actors(text: str) -> None:
    # The model's fallback on the main verb is dropped when no actor acts; the parties it
    # would have looked at for a target are not actors of the record either.
    from onrecord import extract

    record = extract(text)
    assert record.events == []
    assert [a.name for a in record.actors if a.kind in {"group", "organization"}] == []
