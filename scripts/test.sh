#!/usr/bin/env bash
# Runs the whole test suite in the project's virtual environment.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m pytest "$@"
