#!/usr/bin/env bash
# Runs the whole test suite in the project's virtual environment.
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
exec .venv/bin/python -m pytest "$@"
