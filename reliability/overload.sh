#!/usr/bin/env bash
# Reliability 3, overload: the server (embedded default, its admission limits at their defaults:
# pool size (10) in flight, 4 x pool size queued, 1 s queue wait) is driven open-loop past its knee
# with order intents, then the load drops. Checks (OverloadRun): it sheds (503 + Retry-After +
# problem+json) instead of collapsing, and p99 recovers within 10 s of the load dropping.
# The knee is measured first: after a warm-up (8 clients, WARMUP_SECONDS), a closed loop of 32
# clients for 10 s gives the capacity C; baseline and after run at C/4, the overload at 3 x C
# (override with RATE_LOW / RATE_HIGH).
# COMPARE=1 (default) runs the same load once more with shedding off (--max-in-flight=0), for the
# record; only the run with shedding decides the verdict.
# Usage: reliability/overload.sh   (env: HTTP_PORT=18120 WARMUP_SECONDS=15 COMPARE=1 RELIABILITY_SKIP_BUILD=1)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HTTP_PORT=${HTTP_PORT:-18120}
WARMUP_SECONDS=${WARMUP_SECONDS:-15}
COMPARE=${COMPARE:-1}
BASELINE_SECONDS=${BASELINE_SECONDS:-15}
OVERLOAD_SECONDS=${OVERLOAD_SECONDS:-20}
AFTER_SECONDS=${AFTER_SECONDS:-20}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ordercore-overload.XXXXXX")
SERVER=""
stop_server() {
    if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; fi
    SERVER=""
}
cleanup() {
    stop_server
    kill_started
    if [ "${KEEP_WORK:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

start_server() { # start_server NAME [flags...]
    local name=$1; shift
    say "+ java -jar $SERVER_JAR --port=$HTTP_PORT --data-dir=$WORK/data-$name $*"
    java -jar "$SERVER_JAR" --port="$HTTP_PORT" --data-dir="$WORK/data-$name" "$@" > "$WORK/server-$name.log" 2>&1 &
    SERVER=$!
    await_listening "$WORK/server-$name.log" "$SERVER"
}

closed_loop() { # closed_loop NAME CLIENTS SECONDS: prints the acknowledged intents per second
    local name=$1 clients=$2 seconds=$3
    java -cp "$TOOLS_JAR" dev.ordercore.benchmarks.reliability.IntentClients --url "http://localhost:$HTTP_PORT" \
        --token-file "$WORK/data-$name/admin.token" --clients "$clients" --submit-seconds "$seconds" --deadline-seconds 120 \
        --prefix "closed-$name-$clients" --acks "$WORK/closed-$name-$clients.tsv" > "$WORK/closed-$name-$clients.log" 2>&1 || true
    # "intents started: N, acknowledged: A, wrong answers: W, in S s"
    awk '/intents started/ { gsub(",", ""); print int($5 / ($10 > 0 ? $10 : 1)) }' "$WORK/closed-$name-$clients.log"
}

say "== overload: $(date -u +%FT%TZ), load: $(uptime | sed 's/.*load average: //')"
build_jars

start_server shed
closed_loop shed 8 "$WARMUP_SECONDS" > /dev/null # warms the JIT; not measured
CAPACITY=$(closed_loop shed 32 10)
say "closed loop, 32 clients, 10 s after a ${WARMUP_SECONDS} s warm-up: $CAPACITY acknowledged intents/s (the knee, roughly)"
CAPACITY=${CAPACITY:-0}
RATE_LOW=${RATE_LOW:-$(( CAPACITY / 4 > 1 ? CAPACITY / 4 : 1 ))}
RATE_HIGH=${RATE_HIGH:-$(( CAPACITY * 3 > 4 ? CAPACITY * 3 : 4 ))}
PHASES="${RATE_LOW}x${BASELINE_SECONDS},${RATE_HIGH}x${OVERLOAD_SECONDS},${RATE_LOW}x${AFTER_SECONDS}"

RESULT=0
run java -cp "$TOOLS_JAR" dev.ordercore.benchmarks.reliability.OverloadRun --url "http://localhost:$HTTP_PORT" \
    --token-file "$WORK/data-shed/admin.token" --phases "$PHASES" --prefix shed || RESULT=$?
say "server: $(curl -s "http://localhost:$HTTP_PORT/metrics" | grep -E '^ordercore_http_shed_total' || echo 'no shed counter')"
stop_server
check "overload with load shedding (the checks above)" "$RESULT" "OverloadRun exit code $RESULT, phases $PHASES"

if [ "$COMPARE" = 1 ]; then
    say "== for comparison, the same load without shedding (--max-in-flight=0): not part of the verdict"
    start_server noshed --max-in-flight=0
    closed_loop noshed 8 "$WARMUP_SECONDS" > /dev/null
    run java -cp "$TOOLS_JAR" dev.ordercore.benchmarks.reliability.OverloadRun --url "http://localhost:$HTTP_PORT" \
        --token-file "$WORK/data-noshed/admin.token" --phases "$PHASES" --prefix noshed || true
    stop_server
fi
verdict
