#!/usr/bin/env bash
# Runs the linter, the format check and the whole test suite in the project's virtual
# environment. Ruff's settings are in pyproject.toml ([tool.ruff]); `ruff check --fix` and
# `ruff format` fix most findings. The suite runs even when the lint fails, and the script
# then exits non-zero.
#
# The browser tests (tests/web/test_web_browser.py) drive Debian's Chromium through Playwright;
# it is installed here when missing (idempotent), and ONRECORD_REQUIRE_BROWSER=1 makes those
# tests fail rather than skip if it still is not there. Set ONRECORD_NO_APT=1 to skip the
# install (the browser tests then skip when Chromium is absent).
#
# The store, analysis, CLI and web tests also run against a real PostgreSQL server: a
# throwaway cluster the tests start themselves (tests/pg_cluster.py, as the `postgres` user when
# run as root) from Debian's `postgresql` package, installed here the same way when missing;
# ONRECORD_REQUIRE_PG=1 then makes those tests fail rather than skip without a server.
set -euo pipefail
cd "$(dirname "$0")/.."

have_postgresql() {
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || [ -n "${ONRECORD_PG_BIN:-}" ]
}

# apt_install WHAT PACKAGE: install a Debian package (as root or through sudo -n).
apt_install() {
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo -n"
        else
            echo "scripts/test.sh: $2 is missing and apt-get needs root; $1 will skip" >&2
            return 1
        fi
    fi
    echo "scripts/test.sh: installing $2 (Debian package) for $1" >&2
    if [ -z "${APT_UPDATED:-}" ]; then
        $sudo apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$2" >/dev/null
}

if [ -z "${ONRECORD_NO_APT:-}" ]; then
    if command -v chromium >/dev/null 2>&1 || apt_install "the browser tests" chromium; then
        export ONRECORD_REQUIRE_BROWSER=1
    fi
    if have_postgresql || apt_install "the PostgreSQL tests" postgresql; then
        export ONRECORD_REQUIRE_PG=1
    fi
fi
lint=0
.venv/bin/ruff check src tests benchmarks scripts || lint=1
.venv/bin/ruff format --check src tests benchmarks scripts || lint=1
status=0
# One worker process per core, at most four (pytest-xdist): each loads its own spaCy pipeline
# and starts its own throwaway PostgreSQL cluster (a worker peaked at 0.73 GB), and the suite takes
# about half the time on two cores. ONRECORD_TEST_WORKERS=N runs N workers, 0 this one process.
if [ -n "${ONRECORD_TEST_WORKERS:-}" ]; then
    workers=(-n "$ONRECORD_TEST_WORKERS")
else
    workers=(-n auto --maxprocesses 4)
fi
.venv/bin/python -m pytest "${workers[@]}" "$@" || status=$?
if [ "$status" = 0 ] && [ "$lint" != 0 ]; then
    echo "scripts/test.sh: tests passed, but ruff found problems (see above)" >&2
    status=1
fi
exit "$status"
