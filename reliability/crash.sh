#!/usr/bin/env bash
# Reliability 1, crash: the server runs on its embedded default (PostgreSQL in its data
# directory); clients submit order intents; the server is killed with `kill -9` mid-run and
# started again on the same data directory, and the clients retry every unacknowledged intent with
# the same id until it is acknowledged. Checks: exactly one order per intent, every acknowledged
# order present, exactly one OrderPlaced outbox event per order (queried in PostgreSQL as the
# embedded cluster's superuser: its port is in data/postgres/postmaster.pid, its password in
# data/postgres-superuser.password).
# Usage: reliability/crash.sh   (env: HTTP_PORT=18100 CLIENTS=8 CRASHES=2 RELIABILITY_SKIP_BUILD=1)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HTTP_PORT=${HTTP_PORT:-18100}
CLIENTS=${CLIENTS:-8}
CRASHES=${CRASHES:-2}
UP_SECONDS=${UP_SECONDS:-8}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ordercore-crash.XXXXXX")
DATA="$WORK/data"
SERVER=""
leftover_postmaster() { # the embedded PostgreSQL a killed server leaves running
    [ -f "$DATA/postgres/postmaster.pid" ] && head -1 "$DATA/postgres/postmaster.pid" || true
}
cleanup() {
    if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; fi
    kill_started
    local pm
    pm=$(leftover_postmaster)
    if [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null; then kill -INT "$pm" 2>/dev/null || true; sleep 2; fi
    if [ "${KEEP_WORK:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

start_server() {
    local log="$WORK/server-$1.log"
    say "+ java -jar $SERVER_JAR --port=$HTTP_PORT --data-dir=$DATA"
    java -jar "$SERVER_JAR" --port="$HTTP_PORT" --data-dir="$DATA" > "$log" 2>&1 &
    SERVER=$!
    await_listening "$log" "$SERVER"
    grep "listening on" "$log" | sed 's/^/    /'
}

say "== crash: $(date -u +%FT%TZ), load: $(uptime | sed 's/.*load average: //')"
need_pg_tools
build_jars
start_server 0

run java -cp "$TOOLS_JAR" dev.ordercore.benchmarks.reliability.IntentClients --url "http://localhost:$HTTP_PORT" \
    --token-file "$DATA/admin.token" --clients "$CLIENTS" --submit-seconds 600 --stop-file "$WORK/stop" \
    --deadline-seconds 900 --prefix crash \
    --acks "$WORK/acks.tsv" --attempts "$WORK/attempts.tsv" > "$WORK/clients.log" 2>&1 &
CLIENTS_PID=$!
PIDS+=("$CLIENTS_PID")

for crash in $(seq 1 "$CRASHES"); do
    sleep "$UP_SECONDS"
    BEFORE=$(wc -l < "$WORK/acks.tsv")
    run kill -9 "$SERVER"
    wait "$SERVER" 2>/dev/null || true
    T_KILL=$(now_ms)
    say "crash $crash: killed with $BEFORE intents acknowledged; the embedded PostgreSQL (pid $(leftover_postmaster)) is left running"
    start_server "$crash"
    say "crash $crash: serving again $(( $(now_ms) - T_KILL )) ms after the kill"
done

sleep "$UP_SECONDS"
touch "$WORK/stop" # no new intents; the clients finish what is pending
CLIENTS_OK=0
wait "$CLIENTS_PID" || CLIENTS_OK=$?
sed 's/^/    /' "$WORK/clients.log"
check "clients: every intent acknowledged after retries, no wrong answer" "$CLIENTS_OK" "exit code $CLIENTS_OK (see above)"
RETRIED=$(awk '$4 > 1' "$WORK/acks.tsv" | wc -l)
REPLAYED=$(awk '$3 == 200' "$WORK/acks.tsv" | wc -l)
say "    $RETRIED intents needed more than one attempt; $REPLAYED of them were acknowledged 200 (stored before the kill, the answer lost)"

PG_PORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
export PGPASSWORD
PGPASSWORD=$(tr -d '\n' < "$DATA/postgres-superuser.password")
integrity_checks localhost "$PG_PORT" ordercore "$WORK/acks.tsv"
check "the server started again after every kill" 0 "$CRASHES kills, $CRASHES restarts on $DATA"
verdict
