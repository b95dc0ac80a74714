"""Every environment variable is declared once, in onrecord.settings, and the README lists them."""

from __future__ import annotations

import re
from pathlib import Path

from onrecord import settings

ROOT = Path(__file__).resolve().parents[1]


def test_settings_readme_has_the_generated_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert settings.markdown_table() in readme, (
        "run `python -m onrecord.settings` and paste its table"
    )


def test_settings_every_variable_the_code_names_is_declared() -> None:
    declared = {s.name for s in settings.SETTINGS}
    named: set[str] = set()
    for folder in ("src", "tests", "scripts", "benchmarks"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".sh", ".ini") and path.is_file():
                named |= set(re.findall(r"\bONRECORD_[A-Z_]+\b", path.read_text(encoding="utf-8")))
    assert named <= declared, f"undeclared: {sorted(named - declared)}"


def test_settings_only_the_settings_module_reads_the_environment() -> None:
    readers = []
    for path in (ROOT / "src" / "onrecord").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "settings.py" and re.search(
            r"(os\.environ\.get|os\.getenv)\(\s*[\"']ONRECORD_", text
        ):
            readers.append(path.name)
    assert readers == []


def test_settings_value_strips_and_treats_blank_as_unset(monkeypatch) -> None:
    monkeypatch.setenv("ONRECORD_DB", "  news.db ")
    assert settings.DB.value() == "news.db"
    monkeypatch.setenv("ONRECORD_DB", "   ")
    assert settings.DB.value() is None
