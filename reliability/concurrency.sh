#!/usr/bin/env bash
# Issue 7, reliability item 4: concurrency on the real server (embedded PostgreSQL).
# Runs order-server's ConcurrencyIT with more rounds than ./mvnw verify's smoke run (2): each round,
# 50 identical intents at once (exactly one order, one OrderPlaced event, all answered 201/200 with
# it) and 100 concurrent transitions of one order (mixed targets, PUT and PATCH, If-Match "1", "*",
# later versions or none; the winners get versions 2..N+1 without gaps, the losers 409/412, no
# If-Match 428, never a 5xx); then the history checker over every order. Prints PASS/FAIL per target.
#
#   reliability/concurrency.sh [ROUNDS]      default 20; MVN_FLAGS="-o" etc. go to Maven
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_order-server-it.sh"

ROUNDS="${1:-20}"
run_it ConcurrencyIT "-Dconcurrency.rounds=$ROUNDS"
grep -E '^concurrency:' "$IT_LOG" || true
echo "rounds: identical intents $(grep -c 'identical intents -> .*, 1 order' "$IT_LOG" || true)/$ROUNDS," \
    "concurrent transitions $(grep -c 'concurrent transitions ->' "$IT_LOG" || true)/$ROUNDS"
verdict ConcurrencyIT fifty_identical_intents "50 identical intents at once -> exactly 1 order and 1 OrderPlaced, all 201/200 with it ($ROUNDS rounds)"
verdict ConcurrencyIT a_hundred_concurrent_transitions "100 concurrent transitions -> valid history, versions without gaps, losers 409/412 ($ROUNDS rounds)"
finish
