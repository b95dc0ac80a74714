"""Hand-made event rows and stored records for the dyad tests (fictional states only).

Parties: Ostrava (XOS), Belvania (XBL) and Carvania (XCR), codes from the ISO user-assigned
range, so they never collide with a real country.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from onrecord.record import Actor, Event, Record, text_id
from onrecord.store.events import EventFact

NAMES = {"XOS": "Ostrava", "XBL": "Belvania", "XCR": "Carvania"}
ACTOR_IDS = {"XOS": 1, "XBL": 2, "XCR": 3}
SCORES = {
    "ACCUSE": -3.0,
    "THREATEN": -3.5,
    "ASSAULT": -9.0,
    "CONSULT": 2.5,
    "AGREE": 2.5,
    "AID": 10.0,
    "SANCTION": -6.0,
}
_ids = itertools.count(1)


def fact(
    day: str | None,
    type_: str = "ACCUSE",
    *,
    source: str = "XOS",
    target: str = "XBL",
    intensity: float | None = None,
    negated: bool = False,
    hypothetical: bool = False,
    article: str = "art1",
) -> EventFact:
    """One event row as the store would load it."""
    return EventFact(
        id=next(_ids),
        article_id=article,
        local_id="e1",
        date=dt.date.fromisoformat(day) if day else None,
        type=type_,
        cameo="11",
        intensity=SCORES.get(type_, 0.0) if intensity is None else intensity,
        negated=negated,
        hypothetical=hypothetical,
        source_id=ACTOR_IDS.get(source, 99),
        source_name=NAMES.get(source, source),
        source_country=source,
        target_id=ACTOR_IDS.get(target, 98),
        target_name=NAMES.get(target, target),
        target_country=target,
        text=f"{source} {type_} {target}",
    )


def by_country(ev: EventFact) -> str:
    return ev.source_country or ""


def to_country(ev: EventFact) -> str:
    return ev.target_country or ""


def article(
    published: str | None,
    events: Sequence[tuple],
    *,
    salt: str = "",
    extra_actors: Sequence[Actor] = (),
) -> Record:
    """A stored-ready record: one country actor per code used, one event per tuple.

    Each tuple is ``(source code, target code, type[, intensity[, negated[, hypothetical]]])``.
    """
    codes = sorted({c for ev in events for c in ev[:2]})
    actors = [
        Actor(f"a{i + 1}", NAMES.get(c, c), "country", c, [], []) for i, c in enumerate(codes)
    ]
    actors.extend(extra_actors)
    local = {c: f"a{i + 1}" for i, c in enumerate(codes)}
    text = (
        f"Wire report {salt} {published}: "
        + "; ".join(f"{s} {t} {ty}" for s, t, ty, *_ in events)
        + "."
    )
    evs = []
    for n, ev in enumerate(events, start=1):
        s, t, ty, *rest = ev
        intensity = rest[0] if len(rest) > 0 else SCORES.get(ty, 0.0)
        negated = rest[1] if len(rest) > 1 else False
        hypothetical = rest[2] if len(rest) > 2 else False
        evs.append(
            Event(
                f"e{n}",
                ty,
                "11",
                intensity,
                local[s],
                local[t],
                negated,
                hypothetical,
                text,
                0,
                len(text),
            )
        )
    return Record(
        id=text_id(text),
        text=text,
        title=f"Report {salt}",
        published=published,
        source="Amber Sea Wire",
        actors=actors,
        events=evs,
    )


MINISTER = Actor("m1", "Ána Voss", "person", "XOS", ["Foreign Minister"], ["Voss"])


def crisis_records() -> list[Record]:
    """Ostrava (XOS) and Belvania (XBL): a bad first week of March 2031, a quiet fortnight,
    then talks; Carvania (XCR) on the side; one undated report; one minister's own threat."""
    records = [
        article(
            "2031-03-03", [("XOS", "XBL", "ACCUSE"), ("XOS", "XBL", "ACCUSE")], salt="a"
        ),  # headline + lede
        article(
            "2031-03-03", [("XOS", "XBL", "ACCUSE")], salt="b"
        ),  # the same accusation, another outlet
        article("2031-03-04", [("XBL", "XOS", "THREATEN"), ("XOS", "XBL", "SANCTION")], salt="c"),
        article("2031-03-06", [("XOS", "XBL", "ASSAULT", 2.25, True)], salt="d"),  # "no strike"
        article("2031-03-24", [("XOS", "XBL", "CONSULT"), ("XBL", "XOS", "CONSULT")], salt="e"),
        article("2031-03-26", [("XOS", "XBL", "AGREE"), ("XCR", "XOS", "AID")], salt="f"),
        article(None, [("XOS", "XBL", "ASSAULT")], salt="undated"),
    ]
    rec = article(
        "2031-03-05",
        [("XOS", "XBL", "THREATEN", -3.5, False, True)],
        salt="g",
        extra_actors=[MINISTER],
    )
    rec.events[0].source = "m1"  # the minister herself threatens
    records.append(rec)
    return records


RECAP = [
    ("ASSAULT", "2026-03-03"),
    ("ACCUSE", None),
    ("THREATEN", "2026-W11"),
    ("SANCTION", "2014"),
]
"""The recap of 20 March 2026: (type, the date its text gives) for each event."""


def dated(
    published: str, source: str, events: Sequence[tuple[str, str | None]], salt: str
) -> Record:
    """An article of ``source`` against Belvania (XBL): one event per ``(type, stated date)``."""
    record = article(published, [(source, "XBL", type_) for type_, _ in events], salt=salt)
    for ev, (_, stated) in zip(record.events, events, strict=True):
        ev.date = stated
    return record


def recap_records() -> list[Record]:
    """Ostrava (XOS) shells a Belvanian border post on 3 March 2026 and threatens on 4 March;
    an article of 20 March recaps the shelling ("on March 3"), a threat "last week" (2026-W11)
    and sanctions "in 2014", and reports a fresh accusation. Carvania (XCR) does the same in
    articles that give no dates: the control, all counted on the articles' days."""
    return [
        dated("2026-03-03", "XOS", [("ASSAULT", None)], "orig"),
        dated("2026-03-04", "XOS", [("THREATEN", None)], "threat"),
        dated("2026-03-20", "XOS", RECAP, "recap"),
        dated("2026-03-03", "XCR", [("ASSAULT", None)], "control-orig"),
        dated("2026-03-20", "XCR", [(t, None) for t, _ in RECAP], "control-recap"),
    ]
