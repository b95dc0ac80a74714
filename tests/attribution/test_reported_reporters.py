"""Whom a "he" stands for after a speaker reported another, and a welcome that says nothing
(issue 15, thirty-fourth session). Fiction only.

In an interview a president "said his security chief, Teo Marran, had told him last month
that police had arrested dozens of activists"; the next "The Council, he argued, had made
matters worse" and every "he said" after it went to Marran, the speaker named last, though he
was only reported. A speaker named inside another speaker's statement is not who a later
pronoun stands for when the reporting speaker is known to agree with it (a he, a she, or
a name the article genders). Read on PolNeAR (train and dev), the rule moved seventeen
pronoun speakers' names: twelve to the right person ("Dunwoody ... said tensions ... were
higher. 'What most Sanders supporters ...,' he said" had been Sanders'), one from a wrong
person to none, four wrong: an aide who "recalled Mr. Obama talking about" a book took the
president's next two "he told"s, and a professor quoted before "aides say Ivanka Trump
advises her father" took the next two "she said"s (the professor's description, which had
named no one, now gives her name). The lenient and strict PolNeAR figures are unchanged:
they compare the pronoun, not the name behind it.

"President Pavel Orlin welcomed the returning soldiers at an airfield" recorded "the returning
soldiers" as his statement: welcoming people is a greeting, unless what was said is quoted
with it or the welcome is an invitation ("welcomed Trump to visit the city", which PolNeAR
marks). On PolNeAR train it removed two such greetings (and a headline's), no figure moved
but train lenient recall (0.9106 -> 0.9105, one headline record).
"""

from __future__ import annotations

from onrecord import extract

_INTERVIEW = (
    "Orlin on the Council\n\n"
    "SARN, March 8 — Pavel Orlin spoke for nearly two hours.\n\n"
    "He said his security chief, Teo Marran, had told him last month that Belvanian police "
    'had arrested "dozens" of activists without charge.\n\n'
    "The Council, he argued, had made matters worse. He said Ostrava might be willing to "
    "return to talks if the sanctions were suspended first.\n\n"
    '"We will never accept foreign policemen on our land," he said.\n'
)


def _speakers(text: str) -> dict[str, str | None]:
    rec = extract(text, published="2026-03-10")
    return {q.text[:30]: q.speaker.name if q.speaker else None for q in rec.quotes}


def test_a_he_after_a_reported_speaker_is_the_reporter() -> None:
    found = _speakers(_INTERVIEW)
    assert found["that Belvanian police had arre"] == "Teo Marran"  # his own words stay his
    assert found["The Council had made matters w"] == "Pavel Orlin"
    assert found["Ostrava might be willing to re"] == "Pavel Orlin"
    assert found["We will never accept foreign p"] == "Pavel Orlin"


def test_a_she_does_not_pass_over_a_reported_woman_for_a_man() -> None:
    # the reporter must agree with the pronoun: "she" is still the minister reported on
    text = (
        "Talks in Lorvik\n\n"
        "Karel Dansk said Foreign Minister Lena Hartwig had told him that the talks would "
        'resume.\n\n"We are ready," she said.\n'
    )
    assert _speakers(text)["We are ready,"] == "Lena Hartwig"


def test_a_welcome_given_to_people_is_no_statement() -> None:
    from onrecord import extract

    # (thirty-fourth session: "the returning soldiers" was the president's statement)
    def contents(text: str) -> list[str]:
        return [q.text for q in extract(f"Homecoming\n\n{text}\n").quotes]

    assert contents("President Pavel Orlin welcomed the returning soldiers at an airfield.") == []
    assert contents("Ana Voss welcomed the decision on Monday.") == ["the decision"]
    assert contents("The town welcomed Orlin to visit Lorvik.") == ["Orlin to visit Lorvik"]
