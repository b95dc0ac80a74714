#!/usr/bin/env bash
# What `make demo` runs (after the Makefile has created .venv and installed onrecord):
# ingest the fictional sample corpus into onrecord-demo.db and show the statements found.
set -euo pipefail
cd "$(dirname "$0")/.."

ONRECORD=".venv/bin/onrecord"
DB="onrecord-demo.db"
CORPUS="examples/corpus"

if [ ! -x "$ONRECORD" ]; then
    echo "demo: $ONRECORD not found; run 'make demo' (it installs first)" >&2
    exit 1
fi

# The corpus is about fictional states; their cast and country codes (XVL, XDR, XSR) come from
# a user actor file, the way an analyst adds actors the packaged knowledge base lacks.
export ONRECORD_ACTORS="$(pwd)/examples/actors.yaml"

echo "== Ingesting $CORPUS/ (a fictional crisis; see $CORPUS/README.md) into $DB"
# Re-running is safe: articles already stored are recognised and skipped.
"$ONRECORD" ingest "$CORPUS" --db "$DB"

echo
echo "== Statements found"
# A wide table reads better than the 80-column default when output is not a terminal.
COLUMNS="${COLUMNS:-120}" "$ONRECORD" quotes --db "$DB" --limit 0

echo
echo "== Most active pairs, and Velmara (XVL) towards Drovnia (XDR) week by week"
COLUMNS="${COLUMNS:-120}" "$ONRECORD" dyads --db "$DB" --top 5
COLUMNS="${COLUMNS:-120}" "$ONRECORD" timeline XVL XDR --db "$DB" --by week --both-directions

echo
SAMPLE="$(find "$CORPUS" -name '*.txt' | sort | head -n 1)"
echo "== The database is $(pwd)/$DB. Try next (with ONRECORD_ACTORS=examples/actors.yaml set):"
echo "   $ONRECORD quotes --db $DB --speaker vorontsin"
echo "   $ONRECORD quotes --db $DB --search talks --since 2026-03-20 --format csv"
echo "   $ONRECORD actors --db $DB --kind person"
if [ -n "$SAMPLE" ]; then
    echo "   $ONRECORD extract $SAMPLE --format pretty"
fi
