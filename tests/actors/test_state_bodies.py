"""A state's ministries are the bodies the knowledge base lists, however an article names them.

The example corpus's actors list had the Drovnian foreign ministry three times: as the
knowledge base's "Drovnian Foreign Ministry", as "Drovnia’s foreign ministry" (its alias,
written in the file with a straight apostrophe and in the article with a typeset one) and as
"foreign ministry". Fictional states only (Belvania XBV, Ostrava XOS).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.actors.conftest import fiction_record

BODIES = """\
organizations:
- code: XBV-MFA
  name: Belvanian Foreign Ministry
  aliases: ["Belvania's foreign ministry"]
  kind: organization
  country: XBV
- code: XBV-MOD
  name: Belvanian Defence Ministry
  kind: organization
  country: XBV
- code: XOS-MOD
  name: Ostravan Defence Ministry
  kind: organization
  country: XOS
"""


@pytest.fixture(scope="module")
def bodies_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An actor file with Belvania's foreign and defence ministries and Ostrava's defence
    ministry."""
    path = Path(tmp_path_factory.mktemp("kb")) / "bodies.yaml"
    path.write_text(BODIES, encoding="utf-8")
    return path


def _bodies(bodies_kb: Path, text: str) -> list[tuple[str, str | None]]:
    """The organisations of the whole pipeline's record of ``text``."""
    record = fiction_record(text, "2024-03-01", bodies_kb)
    return [(a.name, a.country) for a in record.actors if a.kind == "organization"]


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_an_alias_is_found_with_either_apostrophe(bodies_kb: Path, mark: str) -> None:
    text = f"Belvania{mark}s foreign ministry said the border would stay open."
    assert _bodies(bodies_kb, text) == [("Belvanian Foreign Ministry", "XBV")]


@pytest.mark.parametrize(
    "text",
    [
        "Belvania\u2019s defence ministry said the reservists would stay on call.",
        "In Lorvik, the Belvanian defence ministry said the reservists would stay on call.",
    ],
)
def test_a_states_ministry_by_its_portfolio_is_the_one_the_knowledge_base_lists(
    bodies_kb: Path, text: str
) -> None:
    assert _bodies(bodies_kb, text) == [("Belvanian Defence Ministry", "XBV")]


def test_a_portfolio_the_knowledge_base_lacks_is_a_body_of_its_own(bodies_kb: Path) -> None:
    """No interior ministry of Belvania is listed: the article's words name it; and each
    state's defence ministry is its own."""
    text = (
        "Belvania\u2019s interior ministry said the crossings were calm, and the Ostravan "
        "defence ministry said its troops had left."
    )
    found = dict(_bodies(bodies_kb, text))
    assert found.get("Ostravan Defence Ministry") == "XOS"
    assert "Belvanian Defence Ministry" not in found
    assert [n for n, c in found.items() if c == "XBV"] == ["Belvania\u2019s interior ministry"]


def test_a_ministry_placed_only_by_the_sentence_stays_as_written(bodies_kb: Path) -> None:
    """ "Ostrava" alone is no name the knowledge base gives the Ostrava Republic: the
    ministry is placed by the sentence's other state at most, and is never made that
    state's listed ministry (a wrong body is worse than none)."""
    text = (
        "Belvania said the crossings were calm, and Ostrava\u2019s defence ministry said its "
        "troops had left."
    )
    assert "Belvanian Defence Ministry" not in dict(_bodies(bodies_kb, text))


def test_a_headlines_short_name_is_the_body_the_story_names_in_full(bodies_kb: Path) -> None:
    text = (
        "Foreign Ministry rejects Ostravan claims\n\n"
        "LORVIK, March 9 - The Belvanian Foreign Ministry on Monday rejected claims that "
        "troops had crossed the border.\n"
    )
    assert _bodies(bodies_kb, text) == [("Belvanian Foreign Ministry", "XBV")]


def test_a_short_name_two_listed_bodies_end_with_stays_unresolved(bodies_kb: Path) -> None:
    """Two defence ministries are named in full: "Defence Ministry" alone is neither."""
    text = (
        "Defence Ministry denies report\n\n"
        "LORVIK, March 9 - The Belvanian Defence Ministry and the Ostravan Defence Ministry "
        "both denied the report on Monday.\n"
    )
    assert _bodies(bodies_kb, text) == [
        ("Defence Ministry", None),
        ("Belvanian Defence Ministry", "XBV"),
        ("Ostravan Defence Ministry", "XOS"),
    ]


def test_its_ministry_is_of_the_one_state_the_sentence_before_names(bodies_kb: Path) -> None:
    """ "Its interior ministry" with no state in its own sentence: the state of the sentence
    before, as "the government" is (it had been a ministry of no country); the state's
    listed body only when the mention's own words name the state."""
    text = (
        "The Ostrava Republic gave a different account. Its interior ministry said a patrol "
        "had been fired on first."
    )
    assert ("interior ministry", "XOS") in _bodies(bodies_kb, text)
    two = (
        "Belvania and the Ostrava Republic gave different accounts. Its interior ministry "
        "said a patrol had been fired on first."
    )
    assert ("interior ministry", None) in _bodies(bodies_kb, two)
