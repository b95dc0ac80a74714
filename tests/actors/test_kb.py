"""The packaged knowledge base, its loader and user override files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pycountry
import pytest

from onrecord.actors import KBError, load_kb
from onrecord.actors.kb import PACKAGED_FILES, parse_date, read_yaml
from onrecord.actors.lexicon import DATA_DIR

G20 = [
    "ARG",
    "AUS",
    "BRA",
    "CAN",
    "CHN",
    "FRA",
    "DEU",
    "IND",
    "IDN",
    "ITA",
    "JPN",
    "MEX",
    "RUS",
    "SAU",
    "ZAF",
    "KOR",
    "TUR",
    "GBR",
    "USA",
]
ISO = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def test_kb_load_is_cached(kb) -> None:  # type: ignore[no-untyped-def]
    assert load_kb() is kb


@pytest.mark.parametrize("name", PACKAGED_FILES)
def test_kb_files_have_as_of(name: str) -> None:
    data = read_yaml(DATA_DIR / name)
    assert isinstance(data["as_of"], dt.date)


@pytest.mark.parametrize(
    "surface,kind,country",
    [
        ("the Kremlin", "organization", "RUS"),
        ("the Pentagon", "organization", "USA"),
        ("the White House", "organization", "USA"),
        ("Foggy Bottom", "organization", "USA"),
        ("USAID", "organization", "USA"),
        ("ICE", "organization", "USA"),
        ("Downing Street", "organization", "GBR"),
        ("Whitehall", "organization", "GBR"),
        ("the Élysée", "organization", "FRA"),
        ("Elysee Palace", "organization", "FRA"),
        ("Quai d'Orsay", "organization", "FRA"),
        ("Bankova", "organization", "UKR"),
        ("Zhongnanhai", "organization", "CHN"),
        ("Berlaymont", "igo", "EUR"),
        ("Washington", "country", "USA"),
        ("Kyiv", "country", "UKR"),
        ("Moscow", "country", "RUS"),
        ("U.S.", "country", "USA"),
        ("America", "country", "USA"),
        ("Britain", "country", "GBR"),
        ("UK", "country", "GBR"),
        ("Russian Federation", "country", "RUS"),
        ("NATO", "igo", "NATO"),
        ("EU", "igo", "EUR"),
        ("the U.N.", "igo", "UNO"),
        ("UN Security Council", "igo", "UNO"),
        ("European Commission", "igo", "EUR"),
        ("OSCE", "igo", "OSCE"),
        ("African Union", "igo", "AFR"),
        ("ASEAN", "igo", "ASEAN"),
        ("Arab League", "igo", "ARL"),
        ("IAEA", "igo", "IAEA"),
        ("WHO", "igo", "WHO"),
        ("IMF", "igo", "IMF"),
        ("World Bank", "igo", "WBK"),
        ("G7", "igo", "G7"),
        ("G20", "igo", "G20"),
        ("BRICS", "igo", "BRICS"),
        ("CSTO", "igo", "CSTO"),
    ],
)
def test_kb_lookup_names_metonyms_and_igos(kb, surface: str, kind: str, country: str) -> None:  # type: ignore[no-untyped-def]
    entry = kb.lookup(surface)
    assert entry is not None, surface
    assert (entry.kind, entry.country) == (kind, country)


@pytest.mark.parametrize(
    "demonym,code",
    [
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("Ukrainian", "UKR"),
        ("German", "DEU"),
        ("Palestinians", "PSE"),
        ("Turkish", "TUR"),
        ("Chinese", "CHN"),
        ("British", "GBR"),
        ("Kyrgyz", "KGZ"),
        ("Iraqis", "IRQ"),
    ],
)
def test_kb_demonyms(kb, demonym: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert kb.demonym(demonym) == code


def test_kb_country_codes_are_iso(kb) -> None:  # type: ignore[no-untyped-def]
    codes = {e.country for e in kb.entries.values() if e.kind == "country"}
    assert codes <= ISO


@pytest.mark.parametrize(
    "role,country,date,name",
    [
        ("head_of_government", "DEU", "2022-02-14", "Olaf Scholz"),
        ("head_of_government", "DEU", "2021-06-01", "Angela Merkel"),
        ("head_of_government", "DEU", "2025-06-01", "Friedrich Merz"),
        ("head_of_state", "RUS", "2022-02-14", "Vladimir Putin"),
        ("head_of_state", "RUS", "2010-01-01", "Dmitry Medvedev"),
        ("head_of_state", "USA", "2022-02-14", "Joe Biden"),
        ("head_of_state", "USA", "2025-03-01", "Donald Trump"),
        ("foreign_minister", "RUS", "2022-02-14", "Sergey Lavrov"),
        ("defence_minister", "RUS", "2022-02-14", "Sergei Shoigu"),
        ("defence_minister", "RUS", "2024-06-01", "Andrei Belousov"),
        ("head_of_government", "GBR", "2022-10-01", "Liz Truss"),
        ("head_of_state", "UKR", "2022-02-14", "Volodymyr Zelenskyy"),
        ("foreign_minister", "UKR", "2022-02-14", "Dmytro Kuleba"),
        ("head_of_state", "BLR", "2022-02-14", "Alexander Lukashenko"),
        ("head_of_state", "TUR", "2022-02-14", "Recep Tayyip Erdoğan"),
        ("foreign_minister", "USA", "2022-02-14", "Antony Blinken"),
    ],
)
def test_kb_office_holders_on_a_date(kb, role: str, country: str, date: str, name: str) -> None:  # type: ignore[no-untyped-def]
    holders = [e.name for e in kb.holders(role, parse_date(date), country)]
    assert name in holders


def test_kb_kirby_was_pentagon_spokesman_in_february_2022(kb) -> None:  # type: ignore[no-untyped-def]
    holders = kb.holders("spokesperson", dt.date(2022, 2, 14), "USA")
    assert "John Kirby" in [h.name for h in holders]


@pytest.mark.parametrize("code", [*G20, "UKR", "BLR"])
def test_kb_covers_g20_ukraine_belarus(kb, code: str) -> None:  # type: ignore[no-untyped-def]
    on = dt.date(2022, 2, 14)
    leaders = kb.holders("head_of_state", on, code) + kb.holders("head_of_government", on, code)
    assert leaders, f"no head of state or government for {code}"
    assert kb.holders("foreign_minister", on, code), f"no foreign minister for {code}"


def test_kb_titles_have_roles_and_ordered_dates(kb) -> None:  # type: ignore[no-untyped-def]
    for entry in kb.entries.values():
        for office in entry.offices:
            if office.start and office.end:
                assert office.start <= office.end, (entry.name, office)
    without_role = [
        (e.name, o.title) for e in kb.entries.values() for o in e.offices if o.role is None
    ]
    assert without_role == []


def test_kb_override_file_adds_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "as_of: 2024-02-01\n"
        "countries:\n- {code: XQZ, name: Quenland, demonyms: [Quenlish], capital: Port Quen,"
        " metonyms: [the Tide House]}\n"
        "organizations:\n- {code: QOC, name: Quen Ocean Compact, aliases: [QOC]}\n"
        "people:\n- name: Olaf Scholz\n  aliases: [O. Scholz]\n"
        "- {name: Tarn Hollis, country: XQZ, titles: [{title: Prime Minister, start: 2023}]}\n",
        encoding="utf-8",
    )
    kb = load_kb([path])
    assert kb.lookup("Quenland").country == "XQZ"
    assert kb.lookup("Port Quen").country == "XQZ"
    assert kb.lookup("the Tide House").country == "XQZ"
    assert kb.demonym("Quenlish") == "XQZ"
    assert kb.lookup("QOC").kind == "igo"
    scholz = kb.lookup("O. Scholz")
    assert scholz is not None and scholz.name == "Olaf Scholz" and scholz.country == "DEU"
    assert [h.name for h in kb.holders("head_of_government", dt.date(2024, 1, 1), "XQZ")] == [
        "Tarn Hollis"
    ]
    assert load_kb().lookup("Quenland") is None  # the packaged base is untouched


def test_kb_override_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.yaml"
    path.write_text("people:\n- {name: Lio Brannick, country: XBV}\n", encoding="utf-8")
    monkeypatch.setenv("ONRECORD_ACTORS", str(path))
    assert load_kb().lookup("Lio Brannick").country == "XBV"


@pytest.mark.parametrize(
    "content,message",
    [
        ("countries:\n- {name: Nowhere}\n", "needs a code"),
        ("people:\n- {name: A B, titles: [{title: Envoy, start: 2020-13-45}]}\n", "bad date"),
        ("- just a list\n", "expected a mapping"),
        ("people: [\n", ""),
    ],
)
def test_kb_bad_override_file_names_the_path(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KBError, match=str(path)) as err:
        load_kb([path])
    assert message in str(err.value)


def test_kb_missing_override_file(tmp_path: Path) -> None:
    with pytest.raises(KBError):
        load_kb([tmp_path / "absent.yaml"])


def test_kb_reads_the_example_override_file() -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "actors.yaml"
    if not example.exists():
        pytest.skip("examples/actors.yaml is absent")
    kb = load_kb([example])
    for entry in kb.entries.values():
        if (
            entry.kind == "person"
            and entry.key.startswith("P:")
            and entry.country
            and entry.country.startswith("X")
        ):
            assert entry.name
    assert any(e.country == "XVL" for e in kb.entries.values() if e.kind == "country")


@pytest.mark.parametrize(
    "title,role",
    [
        ("German Chancellor", "head_of_government"),
        ("Pentagon spokesman", "spokesperson"),
        ("foreign minister", "foreign_minister"),
        ("Secretary of State", "foreign_minister"),
        ("Defense Secretary", "defence_minister"),
        ("Vice President", "deputy_head"),
        ("Deputy Chairman of the Security Council", "deputy_head"),
        ("Russian President", "head_of_state"),
    ],
)
def test_lexicon_role_of_title(kb, title: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert kb.lexicon.role_of(title) == role


def test_agency_acronym_is_not_the_common_word() -> None:
    """ "ICE returned the paintings" names the agency; "the ice" on a river names nobody."""
    from onrecord import extract

    names = {a.name for a in extract("ICE returned two paintings to Velmara.").actors}
    assert "Immigration and Customs Enforcement" in names
    assert not extract("The ice on the lake melted early this year.").actors


@pytest.mark.parametrize(
    "one,other",
    [
        # adversaries the table once filed under one name: a statement by one would have
        # gone onto the other's actor page
        ("UNITA", "MPLA"),
        ("RENAMO", "FRELIMO"),
        ("FARC", "ELN"),
        ("IRA", "Ulster Defence Association"),
        ("IRA", "Sinn Féin"),
        ("MILF", "Abu Sayyaf"),
        ("MILF", "New People's Army"),
        ("MILF", "MNLF"),
        ("RSF", "SPLA"),
        ("RSF", "Justice and Equality Movement"),
        ("RSF", "Sudan Liberation Army"),
        # bodies of one organisation that are not the same body
        ("European Council", "Council of the European Union"),
        ("Council of Europe", "European Court of Human Rights"),
        ("ICTY", "ICTR"),
        ("ICRC", "IFRC"),
    ],
)
def test_kb_keeps_distinct_organisations_apart(kb, one: str, other: str) -> None:  # type: ignore[no-untyped-def]
    a, b = kb.lookup(one), kb.lookup(other)
    assert a is not None and b is not None, (one, other)
    assert a.key != b.key, (a.name, b.name)


def test_kb_organisation_names_are_not_shared() -> None:
    """No name or alias in the packaged organisations table names two entries."""
    seen: dict[str, str] = {}
    for o in read_yaml(DATA_DIR / "organizations.yaml")["organizations"]:
        for n in [o["name"], *(o.get("aliases") or [])]:
            key = n.lower().removeprefix("the ")
            assert seen.setdefault(key, o["name"]) == o["name"], (n, seen[key], o["name"])


def test_a_persons_full_name_with_a_suffix_is_theirs_and_no_one_elses(kb) -> None:  # type: ignore[no-untyped-def]
    # the suffix the article gives with a full name ("Jr.") names the person the knowledge
    # base lists under a shorter name; a son's name is not his father's
    assert kb.lookup("Joseph R. Biden Jr.") is kb.lookup("Joe Biden")
    assert kb.lookup("Donald Trump Jr.") is not kb.lookup("Donald Trump")
