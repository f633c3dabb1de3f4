#!/usr/bin/env bash
# Reliability 2, database loss: the server runs on a PostgreSQL this script controls; clients
# submit order intents; PostgreSQL is stopped with `pg_ctl stop -m immediate` mid-run and started
# again. Checks: requests get 503 with Retry-After and a problem+json body quickly, /health/ready
# is 503 while the database is gone, the server recovers by itself within a few seconds of the
# database's return (no restart), and no acknowledged write is lost.
# Usage: reliability/db-loss.sh   (env: HTTP_PORT=18110 PG_PORT=55411 CLIENTS=8 DOWN_SECONDS=8
#        RELIABILITY_SKIP_BUILD=1 to reuse the built jars)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HTTP_PORT=${HTTP_PORT:-18110}
PG_PORT=${PG_PORT:-55411}
CLIENTS=${CLIENTS:-8}
UP_BEFORE=${UP_BEFORE:-6}
DOWN_SECONDS=${DOWN_SECONDS:-8}
MAX_FIRST_503_MS=${MAX_FIRST_503_MS:-2000}
MAX_503_LATENCY_MS=${MAX_503_LATENCY_MS:-2000}
# HikariCP retries a failed connection with a backoff that doubles up to 5 s: recovery is at most that plus a connect
MAX_RECOVERY_MS=${MAX_RECOVERY_MS:-7000}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ordercore-db-loss.XXXXXX")
cleanup() {
    kill_started
    pg_stop_if_running "$WORK"
    if [ "${KEEP_WORK:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

say "== database loss: $(date -u +%FT%TZ), load: $(uptime | sed 's/.*load average: //')"
need_pg_tools
build_jars

pg_init_and_start "$WORK" "$PG_PORT"
psql_at "$WORK/pg" "$PG_PORT" postgres "create role ordercore_app nologin; create role shop login password 'shop' in role ordercore_app"
psql_at "$WORK/pg" "$PG_PORT" postgres "create database ordercore"

say "+ ORDERS_DATABASE_URL=jdbc:postgresql://localhost:$PG_PORT/ordercore ... java -jar $SERVER_JAR --store=postgres --port=$HTTP_PORT --data-dir=$WORK/data"
ORDERS_DATABASE_URL="jdbc:postgresql://localhost:$PG_PORT/ordercore" ORDERS_DATABASE_USER=shop ORDERS_DATABASE_PASSWORD=shop \
ORDERS_DATABASE_MIGRATION_USER=postgres ORDERS_DATABASE_MIGRATION_PASSWORD=trusted \
    java -jar "$SERVER_JAR" --store=postgres --port="$HTTP_PORT" --data-dir="$WORK/data" > "$WORK/server.log" 2>&1 &
SERVER=$!
PIDS+=("$SERVER")
await_listening "$WORK/server.log" "$SERVER"
URL="http://localhost:$HTTP_PORT"

# /health/ready every 100 ms: epoch-ms status
( while true; do
    printf '%s %s\n' "$(now_ms)" "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$URL/health/ready" || true)"
    sleep 0.1
  done ) > "$WORK/ready.log" 2>/dev/null &
PIDS+=("$!")

SUBMIT=$((UP_BEFORE + DOWN_SECONDS + 8))
run java -cp "$TOOLS_JAR" dev.ordercore.benchmarks.reliability.IntentClients --url "$URL" --token-file "$WORK/data/admin.token" \
    --clients "$CLIENTS" --submit-seconds "$SUBMIT" --deadline-seconds $((SUBMIT + 60)) --prefix dbloss \
    --acks "$WORK/acks.tsv" --attempts "$WORK/attempts.tsv" > "$WORK/clients.log" 2>&1 &
CLIENTS_PID=$!
PIDS+=("$CLIENTS_PID")

sleep "$UP_BEFORE"
T_STOP=$(now_ms)
pg_stop_immediate "$WORK"
sleep "$DOWN_SECONDS"
T_START=$(now_ms)
pg_start "$WORK" "$PG_PORT"
T_UP=$(now_ms)
say "database stopped at +0 ms, start began at +$((T_START - T_STOP)) ms, accepting connections at +$((T_UP - T_STOP)) ms"

CLIENTS_OK=0
wait "$CLIENTS_PID" || CLIENTS_OK=$?
sed 's/^/    /' "$WORK/clients.log"
check "clients: every intent acknowledged, no wrong answer" "$CLIENTS_OK" "exit code $CLIENTS_OK (see above)"

# attempts.tsv: sent done status retryAfter contentType intentId
A="$WORK/attempts.tsv"
FIRST_503=$(awk -v t="$T_STOP" '$2 >= t && $3 == 503 { print $2 - t; exit }' <(sort -n -k2 "$A"))
# how long a client waited for its 503 once the database was gone (a request sent earlier waited for the stop first)
MAX_503=$(awk -v t="$T_STOP" '$3 == 503 { s = ($1 > t ? $1 : t); if ($2 - s > m) m = $2 - s } END { print m + 0 }' "$A")
COUNT_503=$(awk '$3 == 503' "$A" | wc -l)
BAD_503=$(awk '$3 == 503 && ($4 == "-" || $5 !~ /^application\/problem\+json/)' "$A" | wc -l)
OTHER_5XX=$(awk '$3 >= 500 && $3 != 503' "$A" | wc -l)
NO_ANSWER=$(awk '$3 == 0' "$A" | wc -l)
RECOVERED=$(awk -v t="$T_UP" '$1 >= t && ($3 == 200 || $3 == 201) { print $2 - t; exit }' <(sort -n -k1 "$A"))
DURING=$(awk -v a="$T_STOP" -v b="$T_START" '$2 >= a && $2 < b && ($3 == 200 || $3 == 201)' "$A" | wc -l)

check "503 quickly after the database stopped" "$([ -n "$FIRST_503" ] && [ "$FIRST_503" -le "$MAX_FIRST_503_MS" ]; echo $?)" \
    "first 503 ${FIRST_503:-never} ms after pg_ctl stop (<= $MAX_FIRST_503_MS)"
check "every 503 is fast" "$([ "$MAX_503" -le "$MAX_503_LATENCY_MS" ]; echo $?)" \
    "$COUNT_503 answers 503, the slowest $MAX_503 ms after the stop or its sending (<= $MAX_503_LATENCY_MS; with Hikari's default timeout 30000)"
check "every 503 has Retry-After and a problem+json body" "$([ "$COUNT_503" -gt 0 ] && [ "$BAD_503" = 0 ]; echo $?)" \
    "$BAD_503 of $COUNT_503 without"
check "no other 5xx, every request answered" "$([ "$OTHER_5XX" = 0 ] && [ "$NO_ANSWER" = 0 ]; echo $?)" \
    "$OTHER_5XX other 5xx, $NO_ANSWER without an answer; acknowledged while the database was down: $DURING"

READY_DOWN=$(awk -v a="$T_STOP" -v b="$T_START" '$1 >= a && $1 < b && $2 == 503' "$WORK/ready.log" | wc -l)
READY_FIRST_503=$(awk -v t="$T_STOP" '$1 >= t && $2 == 503 { print $1 - t; exit }' "$WORK/ready.log")
READY_BACK=$(awk -v t="$T_UP" '$1 >= t && $2 == 200 { print $1 - t; exit }' "$WORK/ready.log")
check "/health/ready fails while the database is gone" "$([ "$READY_DOWN" -gt 0 ]; echo $?)" \
    "503 from ${READY_FIRST_503:-never} ms after the stop ($READY_DOWN probes answered 503)"
check "the server recovers by itself within $MAX_RECOVERY_MS ms" \
    "$([ -n "$RECOVERED" ] && [ "$RECOVERED" -le "$MAX_RECOVERY_MS" ] && [ -n "$READY_BACK" ]; echo $?)" \
    "first acknowledged intent ${RECOVERED:-never} ms, /health/ready 200 ${READY_BACK:-never} ms after the database accepted connections again (pg_ctl start -w returned)"

integrity_checks "$WORK/pg" "$PG_PORT" ordercore "$WORK/acks.tsv"
say "server log: $(grep -c "store unavailable" "$WORK/server.log" || true) requests logged as store unavailable, $(grep -c " ERROR " "$WORK/server.log" || true) ERROR lines"
verdict
