#!/usr/bin/env bash
# The ceiling (issue 7, performance 1 and 5): POST /orders with 5 lines over HTTP against
# pgbench replaying the exact statements of one such POST, on one PostgreSQL, in one run; and
# the server's footprint under that load.
#
#   benchmarks/order-create-vs-pgbench.sh
#
# Knobs (environment): CLIENTS (10: pgbench clients = HTTP connections = the server's pool),
# DURATION (30 s per measured phase), WARMUP (5 s of pgbench), HTTP_WARMUP (15 s of HTTP load), PG_PORT (55400), HTTP_PORT (18000),
# SKIP_BUILD=1 (use the jars as built), KEEP_WORK=1 (keep the work directory: logs, the
# pgbench script, the JFR recording), PGBIN (/usr/lib/postgresql/15/bin).
#
# Phases: build; start PostgreSQL (initdb, pg_ctl); start the server on it with the statement log
# on; POST one order and turn its statements into a pgbench script; pgbench at its maximum
# (closed loop, CLIENTS clients) and at 70 % of that rate (-R); restart the server without the
# statement log and with a JFR recording; HTTP at its maximum (closed loop, CLIENTS connections)
# and open loop at 70 % of pgbench's maximum; the server's RSS and heap under that load.
# Verdicts: HTTP throughput >= 0.7 x pgbench's; at 70 % of pgbench's max rate, HTTP p99 <= 2 x pgbench p99.
set -euo pipefail
# shellcheck source=ceiling-lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/ceiling-lib.sh"

require_tools
build
machine
start_postgres
write_order

log "server with the statement log on (-Dordercore.sql.log=DEBUG), to capture one placement"
start_server -Dordercore.sql.log=DEBUG
mint_token
capture_statements
stop_server
PGB="pgbench -n -M prepared -f place.sql -c $CLIENTS -j $(nproc) -D... (the bind values, see place.vars)"

log "pgbench warm-up ${WARMUP}s"
pgbench_run pgb-warmup -T "$WARMUP"
checkpoint
log "pgbench at its maximum, ${DURATION}s"
cpu_mark
pgbench_run pgb-max -T "$DURATION"
read -r PGB_TPS PGB_P50 PGB_P99 PGB_FAILED <<<"$(pgbench_stats pgb-max)"
cpu_per_order "$(grep -o 'actually processed: [0-9]*' "$WORK/pgb-max.out" | grep -o '[0-9]*$')"
PGB_CPU_CLIENT=$CPU_CLIENT; PGB_CPU_PG=$CPU_PG
RATE70=$(calc "0.7 * $PGB_TPS")
checkpoint
log "pgbench at 70 % of that: -R $RATE70, ${DURATION}s"
pgbench_run pgb-70 -T "$DURATION" -R "$RATE70"
read -r PGB70_TPS PGB70_P50 PGB70_P99 PGB70_FAILED <<<"$(pgbench_stats pgb-70)"
LOAD_PGB=$(load_average)

log "server without the statement log, recording JFR"
start_server "-XX:StartFlightRecording=filename=$WORK/server.jfr,settings=default,dumponexit=true"
URL="http://127.0.0.1:$HTTP_PORT/api/v1/tenants/default/orders"
OL="java -cp benchmarks/target/benchmarks.jar dev.ordercore.benchmarks.load.OpenLoop --url $URL -H 'Authorization: Bearer …' --body-file order.json --connections $CLIENTS"
checkpoint
log "HTTP at its maximum (closed loop), ${HTTP_WARMUP}s + ${DURATION}s"
openloop http-max-warmup --url "$URL" --body-file "$WORK/order.json" --closed --duration "$HTTP_WARMUP"
ORDERS_BEFORE=$(psql_super -d ordercore -Atc "select count(*) from orders")
cpu_mark
openloop http-max --url "$URL" --body-file "$WORK/order.json" --closed --duration "$DURATION"
ORDERS_AFTER=$(psql_super -d ordercore -Atc "select count(*) from orders")
cpu_per_order "$((ORDERS_AFTER - ORDERS_BEFORE))"
HTTP_CPU_CLIENT=$CPU_CLIENT; HTTP_CPU_PG=$CPU_PG; HTTP_CPU_SERVER=$CPU_SERVER; HTTP_JIT=$CPU_JIT; HTTP_GC=$GC_PAUSE
HTTP_TPS=$(summary_value http-max status_2xx); HTTP_TPS=$(calc "$HTTP_TPS / $(summary_value http-max seconds)")
HTTP_P50=$(summary_value http-max p50_ms); HTTP_P99=$(summary_value http-max p99_ms)
HTTP_BAD=$(( $(summary_value http-max status_other) + $(summary_value http-max errors) ))
checkpoint
log "HTTP open loop at $RATE70/s (70 % of pgbench's maximum), ${HTTP_WARMUP}s + ${DURATION}s"
openloop http-70-warmup --url "$URL" --body-file "$WORK/order.json" --rate "$RATE70" --duration "$HTTP_WARMUP"
openloop http-70 --url "$URL" --body-file "$WORK/order.json" --rate "$RATE70" --duration "$DURATION"
HTTP70_TPS=$(summary_value http-70 throughput); HTTP70_P50=$(summary_value http-70 p50_ms); HTTP70_P99=$(summary_value http-70 p99_ms)
HTTP70_BAD=$(( $(summary_value http-70 status_other) + $(summary_value http-70 errors) + $(summary_value http-70 not_sent) ))
LOAD_HTTP=$(load_average)

log "footprint: the same open-loop load for 20 s; RSS and heap at 12 s, then a full GC"
openloop http-footprint --url "$URL" --body-file "$WORK/order.json" --rate "$RATE70" --duration 20 &
FOOT_LOADGEN=$!
sleep 12
read -r RSS HEAP_USED HEAP_LIVE HEAP_COMMITTED RSS_AFTER <<<"$(server_footprint)"
wait "$FOOT_LOADGEN"

jcmd "$SERVER_PID" JFR.dump filename="$WORK/server.jfr" >/dev/null 2>&1 || true
stop_server

say ""
say "== The ceiling: POST /orders (5 lines) vs pgbench replaying its statements =="
say "clients: $CLIENTS (pgbench clients, HTTP connections, the server's connection pool); ${DURATION}s measured per phase"
say "statements replayed: $(grep -c -v '^--\|^BEGIN\|^COMMIT' "$WORK/place.sql") in BEGIN … COMMIT; pgbench: $PGB"
say "HTTP load: $OL [--closed | --rate R] --duration $DURATION, each after the same for ${HTTP_WARMUP}s (warm-up, not counted)"
say "load average: during pgbench $LOAD_PGB; during HTTP $LOAD_HTTP"
say ""
printf '%-34s %12s %10s %10s %8s\n' "" "orders/s" "p50 ms" "p99 ms" "failed"
printf '%-34s %12s %10s %10s %8s\n' "pgbench, maximum" "$PGB_TPS" "$PGB_P50" "$PGB_P99" "$PGB_FAILED"
printf '%-34s %12s %10s %10s %8s\n' "HTTP, maximum (closed loop)" "$HTTP_TPS" "$HTTP_P50" "$HTTP_P99" "$HTTP_BAD"
printf '%-34s %12s %10s %10s %8s\n' "pgbench, -R $RATE70 (70 %)" "$PGB70_TPS" "$PGB70_P50" "$PGB70_P99" "$PGB70_FAILED"
printf '%-34s %12s %10s %10s %8s\n' "HTTP, open loop at $RATE70/s" "$HTTP70_TPS" "$HTTP70_P50" "$HTTP70_P99" "$HTTP70_BAD"
say "(latencies at 70 % count from each transaction's/request's intended start; at the maximum, from its actual start)"
say ""
say "CPU per order at the maximum (ms, over the measured phases):"
printf '%-34s %12s %12s %12s\n' "" "PostgreSQL" "server" "client"
printf '%-34s %12s %12s %12s\n' "pgbench" "$PGB_CPU_PG" "-" "$PGB_CPU_CLIENT"
printf '%-34s %12s %12s %12s\n' "HTTP" "$HTTP_CPU_PG" "$HTTP_CPU_SERVER" "$HTTP_CPU_CLIENT"
say "of the server's: JIT compiling $HTTP_JIT ms, GC pauses $HTTP_GC ms (wall) per order (jstat -compiler, jstat -gcutil)"
say ""
RATIO=$(calc "$HTTP_TPS / $PGB_TPS")
P99_RATIO=$(calc "$HTTP70_P99 / $PGB70_P99")
say "ratio HTTP ÷ pgbench: throughput $RATIO; p99 at 70 % $P99_RATIO"
verdict "HTTP throughput >= 0.7 x pgbench ($HTTP_TPS vs $PGB_TPS: $RATIO)" "$( [ "$HTTP_BAD" = 0 ] && ge "$RATIO" 0.7 || echo 0)"
verdict "at 70 % of pgbench's max rate, HTTP p99 <= 2 x pgbench p99 ($HTTP70_P99 ms vs $PGB70_P99 ms: $P99_RATIO)" \
  "$( [ "$HTTP70_BAD" = 0 ] && ge 2 "$P99_RATIO" || echo 0)"
say ""
say "== Footprint under the 70 % load (open loop at $RATE70/s) =="
say "RSS $RSS MiB; heap used $HEAP_USED MiB (committed $HEAP_COMMITTED MiB); live heap after a full GC $HEAP_LIVE MiB; RSS after it $RSS_AFTER MiB"
say "  (jcmd PID GC.heap_info, jcmd PID GC.run, VmRSS of /proc/PID/status; JVM defaults: $(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize /{printf "max heap %.0f MiB", $4/1048576}'))"
if [ "$FAILED" = 1 ]; then
  say ""
  say "== A target was missed: where the server spent its CPU (JFR, jdk.ExecutionSample, both HTTP phases) =="
  jfr_top "$WORK/server.jfr" || say "  (no JFR recording)"
  KEEP_WORK=${KEEP_WORK:-}
fi
exit "$FAILED"
