#!/usr/bin/env bash
# Bulk ingestion (issue 7, performance item 2): orders per second of 5-line intents submitted one by
# one (POST /intents's use case) and in batches of 1,000 (POST /intents:batch's), on the embedded
# PostgreSQL 17 the tests use (fsync off), and the statements one 1,000-intent batch costs.
#
#   benchmarks/intents-batch-load.sh                  # from any directory of a fresh clone
#   PGBENCH_CEILING=<orders/s> benchmarks/intents-batch-load.sh
#
# PGBENCH_CEILING is pgbench's single-order ceiling as benchmarks/order-create-vs-pgbench.sh prints it;
# given it, the target "batches place >= 3 x the pgbench single-order ceiling" gets PASS or FAIL.
# Maven options (a local repository, -o) go through MAVEN_ARGS as usual. Everything it starts
# (Maven, the test JVM and its embedded PostgreSQL) ends with it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
LOG="$(mktemp -t intents-batch-load.XXXXXX)"
cleanup() {
    local pids
    pids="$(jobs -p)"
    if [ -n "$pids" ]; then kill $pids 2>/dev/null || true; fi
    rm -f "$LOG"
}
trap cleanup EXIT

command -v java >/dev/null || { echo "java (17 or later) is needed" >&2; exit 2; }

echo "# machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

BUILD=(./mvnw -q -pl adapter-postgres -am install -DskipTests)
echo "+ ${BUILD[*]}"
"${BUILD[@]}"

STATEMENTS=(./mvnw -pl adapter-postgres verify -Dtest='NoSuch*' -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=IntentBatchRoundTripsIT)
echo "+ ${STATEMENTS[*]}"
"${STATEMENTS[@]}" >"$LOG" 2>&1 || { tail -50 "$LOG"; echo "FAIL: the statement-count test failed"; exit 1; }
grep -E '^a batch of [0-9]+ intents' "$LOG" | sed 's/^/  /'
STATEMENTS_1000="$(sed -nE 's/^a batch of 1000 intents of 5 lines: ([0-9]+) statements$/\1/p' "$LOG")"

LOAD=(./mvnw -pl adapter-postgres verify -Dtest='NoSuch*' -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=IntentBatchLoad)
echo "+ ${LOAD[*]}"
"${LOAD[@]}" >"$LOG" 2>&1 || { tail -50 "$LOG"; echo "FAIL: the load run failed"; exit 1; }
grep '^RESULT' "$LOG" | sed 's/^RESULT /  /'
SINGLE="$(sed -nE 's/^RESULT best orders\/s: single=([0-9]+) .*/\1/p' "$LOG")"
BATCHED="$(sed -nE 's/^RESULT best orders\/s: single=[0-9]+ batch-1000=([0-9]+) .*/\1/p' "$LOG")"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "$STATEMENTS_1000" ] && [ "$STATEMENTS_1000" -le 16 ]; then
    echo "PASS statements: a 1,000-intent batch costs $STATEMENTS_1000 statements (target: a small constant, at most 16)"
else
    echo "FAIL statements: a 1,000-intent batch costs ${STATEMENTS_1000:-?} statements (target: at most 16)"
fi
if [ -n "${PGBENCH_CEILING:-}" ]; then
    TARGET=$(awk -v c="$PGBENCH_CEILING" 'BEGIN { printf "%.0f", 3 * c }')
    if [ "$BATCHED" -ge "$TARGET" ]; then verdict=PASS; else verdict=FAIL; fi
    echo "$verdict bulk ingestion: $BATCHED orders/s in batches of 1,000 vs 3 x pgbench's $PGBENCH_CEILING = $TARGET orders/s" \
        "(ratio to pgbench $(awk -v b="$BATCHED" -v c="$PGBENCH_CEILING" 'BEGIN { printf "%.2f", b / c }'))"
else
    echo "UNDECIDED bulk ingestion: $BATCHED orders/s in batches of 1,000 ($SINGLE one by one);" \
        "set PGBENCH_CEILING to pgbench's single-order orders/s (benchmarks/order-create-vs-pgbench.sh) for the 3x verdict"
fi
