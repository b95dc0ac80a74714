#!/usr/bin/env bash
# Runs the whole test suite in the project's virtual environment.
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
exec .venv/bin/python -m pytest "$@"
