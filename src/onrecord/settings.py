"""Every environment variable onrecord reads: its name, its default and what it means.

Code reads a setting through this module (``settings.DB.value()``), never ``os.environ``
directly, so this list is complete; the README's table is :func:`markdown_table` (a test
checks it is there as printed by ``python -m onrecord.settings``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class Setting:
    """One environment variable.

    Attributes:
        name: the variable's name.
        default: what applies when it is unset or blank (as the README shows it).
        meaning: what it changes.
        scope: ``onrecord`` (the program) or ``tests`` (``make test`` and the test suite only).
    """

    name: str
    default: str
    meaning: str
    scope: Literal["onrecord", "tests"] = "onrecord"

    def value(self) -> str | None:
        """The variable's value with surrounding blanks removed; None when unset or blank."""
        raw = os.environ.get(self.name, "").strip()
        return raw or None


DB = Setting(
    "ONRECORD_DB",
    "`onrecord.db` (in the working directory)",
    "The store: a SQLite file path or any SQLAlchemy URL; `--db` wins over it.",
)
TOKEN = Setting(
    "ONRECORD_TOKEN",
    "unset: the server is read-only",
    "The bearer token `POST /api/articles` needs (`onrecord serve`).",
)
WARM = Setting(
    "ONRECORD_WARM",
    "unset (`onrecord serve` sets `1`)",
    "`1`: the web app computes the home page's whole-store aggregates in a background thread as it starts.",
)
EXTRACT_TIMEOUT = Setting(
    "ONRECORD_EXTRACT_TIMEOUT",
    "`120` (seconds)",
    "The time budget of one `POST /api/articles` extraction; past it the answer is 503 and the extraction worker is restarted.",
)
JOBS = Setting(
    "ONRECORD_JOBS",
    "the number of cores (no more than available memory holds at 1 GB each)",
    "Extraction processes of `ingest`, `extract` and `watch` when `--jobs` is not given; `1`: extract in the command's own process.",
)
SCHEDULER = Setting(
    "ONRECORD_SCHEDULER",
    "unset: extract on this machine",
    "A Dask scheduler's address (`tcp://HOST:8786`): `ingest` extracts on that cluster, as `--scheduler` does.",
)
DEBUG = Setting(
    "ONRECORD_DEBUG",
    "unset",
    "Set: unexpected errors show their traceback, as `--debug` does.",
)
ACTORS = Setting(
    "ONRECORD_ACTORS",
    "unset",
    "Extra actor YAML files (separated by `:`; `;` on Windows) read on top of the packaged knowledge base and the imported files.",
)
CONFIG_DIR = Setting(
    "ONRECORD_CONFIG_DIR",
    "`$XDG_CONFIG_HOME/onrecord`, else `~/.config/onrecord`",
    "Where `onrecord actors import` keeps your actor files (`<dir>/actors/`).",
)
NO_APT = Setting(
    "ONRECORD_NO_APT",
    "unset",
    "Set: `make test` installs neither Chromium nor PostgreSQL with apt-get (the browser and PostgreSQL tests skip without them).",
    "tests",
)
TEST_WORKERS = Setting(
    "ONRECORD_TEST_WORKERS",
    "one per core, at most 4",
    "How many processes `make test` runs the suite in (pytest-xdist's `-n`); `0` runs it in the one process, as `.venv/bin/python -m pytest` does.",
    "tests",
)
REQUIRE_BROWSER = Setting(
    "ONRECORD_REQUIRE_BROWSER",
    "set by `make test` when Chromium is installed",
    "Set: the browser tests fail instead of skipping when Chromium cannot be started.",
    "tests",
)
REQUIRE_PG = Setting(
    "ONRECORD_REQUIRE_PG",
    "set by `make test` when PostgreSQL is installed",
    "Set: the PostgreSQL test cases fail instead of skipping when the throwaway server cannot be started.",
    "tests",
)
PG_BIN = Setting(
    "ONRECORD_PG_BIN",
    "the newest `/usr/lib/postgresql/N/bin`, else `pg_config --bindir`",
    "The folder holding `initdb`, `pg_ctl` and `postgres` for the throwaway test server (`tests/pg_cluster.py`).",
    "tests",
)
CHROMIUM = Setting(
    "ONRECORD_CHROMIUM",
    "`/usr/bin/chromium`",
    "The Chromium executable the browser tests drive.",
    "tests",
)

#: Every setting, the program's first.
SETTINGS: tuple[Setting, ...] = (
    DB,
    TOKEN,
    WARM,
    EXTRACT_TIMEOUT,
    JOBS,
    SCHEDULER,
    DEBUG,
    ACTORS,
    CONFIG_DIR,
    NO_APT,
    TEST_WORKERS,
    REQUIRE_BROWSER,
    REQUIRE_PG,
    PG_BIN,
    CHROMIUM,
)


def markdown_table() -> str:
    """The README's table of settings (Markdown)."""
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    for s in SETTINGS:
        meaning = s.meaning if s.scope == "onrecord" else f"(tests) {s.meaning}"
        lines.append(f"| `{s.name}` | {s.default} | {meaning} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover - prints the README's table
    print(markdown_table(), end="")
