#!/usr/bin/env bash
# Issue 7, reliability item 5: bad input at every route of the tenant API, on the real server
# (embedded PostgreSQL). Runs order-server's FuzzIT with more tries than ./mvnw verify's smoke run
# (600): random JSON, wrong types, huge numbers, 10,000-level nesting, invalid UTF-8, oversized
# bodies, negative and zero quantities, 10,000 lines, empty bodies, wrong content types, odd query
# strings. Never a 5xx, every 4xx a problem+json with a code, and no row changed by a 4xx (every
# table fingerprinted after every request); then the history checker. Prints PASS/FAIL per target.
#
#   reliability/fuzz.sh [TRIES] [SEED]       default 20000 tries, a random seed (printed)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_order-server-it.sh"

TRIES="${1:-20000}"
SEED_FLAG=()
[[ -n "${2:-}" ]] && SEED_FLAG=("-Dfuzz.seed=$2")
run_it FuzzIT "-Dfuzz.tries=$TRIES" "${SEED_FLAG[@]}"
grep -E '^fuzz:' "$IT_LOG" || true
verdict FuzzIT bad_input_at_every_route "$TRIES bad requests over every route: no 5xx, every 4xx a problem, no partial write, valid histories"
finish
