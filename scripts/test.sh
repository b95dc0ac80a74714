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
set -euo pipefail
cd "$(dirname "$0")/.."

install_chromium() {
    if command -v chromium >/dev/null 2>&1; then
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo -n"
        else
            echo "scripts/test.sh: chromium is missing and apt-get needs root; browser tests will skip" >&2
            return 1
        fi
    fi
    echo "scripts/test.sh: installing chromium (Debian package) for the browser tests" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

if [ -z "${ONRECORD_NO_APT:-}" ] && install_chromium; then
    export ONRECORD_REQUIRE_BROWSER=1
fi
lint=0
.venv/bin/ruff check src tests benchmarks scripts || lint=1
.venv/bin/ruff format --check src tests benchmarks scripts || lint=1
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [ "$status" = 0 ] && [ "$lint" != 0 ]; then
    echo "scripts/test.sh: tests passed, but ruff found problems (see above)" >&2
    status=1
fi
exit "$status"
