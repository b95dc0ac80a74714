"""Wire datelines are where a story was filed from: no actor, no speaker."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.datelines import dateline_ranges

TEXT = (
    "Border talks stall\n\n"
    "LESK, Velmara, March 12, 2026 (BPA) — Velmara accused Drovnia of moving artillery, "
    "Vesna Holt, 52, a café owner, told reporters.\n"
)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("CASTELBRUN, March 10, 2026 (BPA) — Velmara on Tuesday expelled an attaché.", True),
        ("PORT AMARIS, Saradia, March 25 — Talks opened.", True),
        ("MYRTLE BAY, S.C. - Senator Voss continued her attack on Saturday.", True),
        ("LESK (BPA) - Troops moved overnight.", True),
        ("LESK (BPA): Troops moved overnight.", True),
        ("UN: Velmara must withdraw.", False),
        ("CASTELBRUN — The cabinet met.", True),
        ("Velmara on Tuesday expelled an attaché.", False),
        ("The ASC - a regional bloc - met.", False),
        # the place as a name is written, with the agency after it
        ("Port Amaris (BPA) – President Voss will lead the effort on Wednesday.", True),
        ("Castelbrun, Saradia (Reuters) - The cabinet met.", True),
        # and without one it is no dateline: a name, a party's letter
        ("Ana Voss - the envoy - said nothing.", False),
        ("Ana Voss (D) - said nothing.", False),
        # a live report's time stamps
        ("11:30 — Ostrava's envoy, Teo Marran, warned of a response.", True),
        ("2.15pm GMT - Talks resumed.", True),
        ("09:05 UTC: Troops moved overnight.", True),
        ("11:30 was the hour the talks began.", False),
        # the day before the month, and dates in figures (thirty-seventh session: "VELL, 6 May
        # 2026 – Foreign Minister Joran Vey ... signed" had the dateline as the speaker)
        ("VELL, 6 May 2026 – Foreign Minister Joran Vey signed the accord.", True),
        ("VELL, 06.05.2026 – The accord was signed.", True),
        ("Brussels, 6 May 2026 – The council met.", True),
        ("Brussels, 6 May 2026 (Lakes Wire) - The council met.", True),
        ("Ostrava, 6 of its allies and Kestria - met.", False),
        # the place and its region as names are written, with neither agency nor date (a
        # page that sets its dateline in capitals with a style sheet holds it so)
        ("Kessin, Ostrava -- Ostravan forces shelled three villages.", True),
        ("Kessin, Ostrava — Foreign Minister Ana Voss accused Belvania.", True),
        ("Myrtle Bay, S.C. - Senator Voss continued her attack.", True),
        ("Voss, Marr — and the rest of the cabinet met.", False),
        ("Ana Voss, Ostrava's envoy — The talks resumed.", False),
    ],
)
def test_dateline_ranges_find_paragraph_datelines(line: str, found: bool) -> None:
    assert bool(dateline_ranges(line)) is found


def test_dateline_names_no_actor_and_no_speaker() -> None:
    rec = extract(TEXT)
    assert all("March" not in a.name and "BPA" not in a.name for a in rec.actors)
    speakers = [q.speaker.text for q in rec.quotes if q.speaker]
    assert "Vesna Holt" in speakers
    assert all("LESK" not in s and "52" not in s for s in speakers)


def test_a_dateline_written_as_a_name_is_no_speaker() -> None:
    text = (
        "Voss to lead the effort\n\nPort Amaris (BPA) – President Ana Voss will lead an effort "
        "to paint Teo Marr as unfit to lead on Wednesday, contrasting the opposition leader "
        "with his rival Ivo Dalen.\n"
    )
    rec = extract(text)
    assert all(not q.speaker or "Port Amaris" not in q.speaker.text for q in rec.quotes)
    assert all("Port Amaris" not in a.name for a in rec.actors)


def test_a_live_reports_time_stamp_is_no_speaker_and_no_part_of_what_was_said() -> None:
    text = (
        "Lake crisis: live\n\n"
        "11:30 — Ostrava's Secretary of the Security Council, Teo Marran, warned that any "
        'attempt to free the crew by force would be met with "a response Lorvik will not '
        'forget".\n\n'
        "14:05 — Opposition leader Sofie Arden accused the government of weakness.\n\n"
        "15:10 — Ana Voss has convened the security council, her office said.\n"
    )
    rec = extract(text)
    speakers = [q.speaker.text for q in rec.quotes if q.speaker]
    assert any("Teo Marran" in s for s in speakers)
    assert "Opposition leader Sofie Arden" in speakers
    assert all(":" not in s for s in speakers)
    assert all(not q.text.startswith("15:10") for q in rec.quotes)


def test_a_dateline_with_the_day_first_is_no_speaker() -> None:
    rec = extract(
        "Accord signed\n\nVELL, 6 May 2026 – Foreign Minister Joran Vey and his Tarnessian "
        "counterpart Lise Amaro signed an accord on Tuesday, officials said.\n"
    )
    assert all(not q.speaker or "VELL" not in q.speaker.text for q in rec.quotes)
    assert all("VELL" not in a.name and "May" not in a.name for a in rec.actors)


def test_a_dateline_of_names_opens_a_story_only() -> None:
    # at the top of a story it is where the story was filed from; further down, two names
    # and a dash may be anything
    top = "Talks stall\n\nKessin, Ostrava -- Ostravan forces shelled three villages.\n"
    assert [top[a:b] for a, b in dateline_ranges(top)] == ["Kessin, Ostrava -- "]
    later = "Talks stall\n\nFirst.\n\nSecond.\n\nKessin, Ostrava -- Ostravan forces moved.\n"
    assert dateline_ranges(later) == []


def test_a_dateline_of_names_is_no_speaker_and_no_part_of_what_was_said() -> None:
    rec = extract(
        "Talks stall on the lake\n\nKessin, Ostrava — Foreign Minister Ana Voss accused "
        "Belvania of shelling villages.\n"
    )
    assert [q.speaker.text for q in rec.quotes if q.speaker] == ["Foreign Minister Ana Voss"]
    assert all("Kessin" not in a.name for a in rec.actors)
    rec = extract(
        "Talks stall on the lake\n\nKessin, Ostrava -- Ostravan forces shelled three villages "
        "near the border on Tuesday, the defence ministry of Belvania said.\n"
    )
    assert [q.text for q in rec.quotes] == [
        "Ostravan forces shelled three villages near the border on Tuesday"
    ]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "The talks failed.\n\nReporting by Marta Quell; editing by Paul Dray\n",
            "Reporting by Marta Quell; editing by Paul Dray",
        ),
        (
            "Raiders burned a village near Lesk, one of the oldest in Velmara. (Reporting by "
            "Ana Weiss in Castelbrun; Editing by Teo Marr.)",
            "(Reporting by Ana Weiss in Castelbrun; Editing by Teo Marr.)",
        ),
        (
            "The border stayed shut. Jon Dahl in Lorvik contributed to this report.",
            "Jon Dahl in Lorvik contributed to this report.",
        ),
    ],
)
def test_a_credit_is_its_own_sentence_or_bracket_not_the_paragraph(text: str, credit: str) -> None:
    """A credit at a paragraph's end covers itself, not the story's words before it (the
    places and people those name stay parties)."""
    from onrecord.datelines import credit_ranges

    assert [text[a:b].strip() for a, b in credit_ranges(text)] == [credit]
    assert credit_ranges("Reporting on the talks, Ana Weiss said they failed.") == []


@pytest.mark.parametrize(
    ("text", "photo_credits"),
    [
        ("Ana Voss speaks in Lorvik. John Moore/Getty Images", ["John Moore/Getty Images"]),
        ("(Photo: Carlos Barria / Reuters)", ["Carlos Barria / Reuters"]),
        ("Samantha-Jo Roth/HuffPost", ["Samantha-Jo Roth/HuffPost"]),
        # a poll's makers and an outlet are no photographer
        ("A new Ipsos/Reuters poll found 40 percent.", []),
        ("The Lorvik Register/Bloomberg survey", []),
    ],
)
def test_a_photographers_credit_is_a_name_a_slash_and_an_agency(
    text: str, photo_credits: list[str]
) -> None:
    from onrecord.attribution.speakers import is_given_name
    from onrecord.datelines import photo_credit_ranges

    assert [text[a:b] for a, b in photo_credit_ranges(text, is_given_name)] == photo_credits


def test_a_photographer_is_no_actor_of_the_story() -> None:
    rec = extract(
        "Ana Voss said on Monday that the border would stay open.\n\n"
        "Ana Voss speaks in Lorvik on Monday. John Moore/Getty Images\n"
    )
    names = {a.name for a in rec.actors}
    assert not any("Moore" in n for n in names)
    assert any("Voss" in n for n in names)
