#!/usr/bin/env bash
# Bulk ingestion (issue 7, performance 2): POST /intents:batch with batches of BATCH fresh intents
# of the ceiling's 5-line shape, against the pgbench single-order ceiling measured in the same run
# (the statements of one POST /orders replayed by pgbench at its maximum, as in
# order-create-vs-pgbench.sh). Verdict: orders/s >= 3 x pgbench's orders/s.
#
#   benchmarks/intents-batch-vs-pgbench.sh
#
# Knobs (environment): as order-create-vs-pgbench.sh (CLIENTS, DURATION, WARMUP, PG_PORT,
# HTTP_PORT, SKIP_BUILD, KEEP_WORK, PGBIN), and BATCH (1000 intents per request) and
# BATCH_CONNECTIONS (2: concurrent batch requests).
#
# Orders/s counts what was stored: the orders in the database after the measured phase minus
# those before, divided by the phase's wall time (from the load generator's start until its last
# request was answered); the load generator's batches/s x BATCH is printed beside it.
set -euo pipefail
# shellcheck source=ceiling-lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/ceiling-lib.sh"
BATCH=${BATCH:-1000}
BATCH_CONNECTIONS=${BATCH_CONNECTIONS:-2}

require_tools
build
machine
start_postgres
write_order

log "server with the statement log on, to capture one placement"
start_server -Dordercore.sql.log=DEBUG
mint_token
capture_statements
stop_server

log "pgbench warm-up ${WARMUP}s"
pgbench_run pgb-warmup -T "$WARMUP"
checkpoint
log "pgbench at its maximum, ${DURATION}s"
pgbench_run pgb-max -T "$DURATION"
read -r PGB_TPS PGB_P50 PGB_P99 PGB_FAILED <<<"$(pgbench_stats pgb-max)"
LOAD_PGB=$(load_average)

# BATCH intents of the order's shape, each with its own intentId and externalOrderId per request
python3 - "$WORK/order.json" "$BATCH" > "$WORK/batch.json" <<'PY'
import json, sys
order = json.load(open(sys.argv[1]))
intents = []
for i in range(int(sys.argv[2])):
    intents.append({"intentId": "bench-{{uuid}}", "sourceSystem": "channel.bench", "contractVersion": 1,
                    "externalOrderId": "#{{uuid}}", "customerRef": order["customerId"], "currency": order["currency"],
                    "lineItems": order["lineItems"], "submittedAt": "2026-01-14T10:00:00Z"})
print(json.dumps({"intents": intents}, separators=(',', ':')))
PY

log "server without the statement log"
start_server
URL="http://127.0.0.1:$HTTP_PORT/api/v1/tenants/default/intents:batch"
# one batch by hand first: the endpoint must exist and accept the shape
python3 -c 'import sys, uuid
t = open(sys.argv[1]).read()
while "{{uuid}}" in t:
    t = t.replace("{{uuid}}", str(uuid.uuid4()), 1)
sys.stdout.write(t)' "$WORK/batch.json" > "$WORK/first-batch-body.json"
STATUS=$(curl -s -o "$WORK/first-batch.json" -w '%{http_code}' "$URL" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data-binary @"$WORK/first-batch-body.json")
if [ "$STATUS" != 200 ]; then
  echo "POST intents:batch answered $STATUS: $(head -c 600 "$WORK/first-batch.json")" >&2
  exit 1
fi
ACCEPTED_FIRST=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(sum(1 for x in r if x.get("status")==201), len(r))' "$WORK/first-batch.json")
say "first batch: $ACCEPTED_FIRST (accepted with 201, results)"

orders() { psql_super -d ordercore -Atc "select count(*) from orders"; }
log "batch warm-up ${HTTP_WARMUP}s"
openloop batch-warmup --connections "$BATCH_CONNECTIONS" --url "$URL" --body-file "$WORK/batch.json" --closed --duration "$HTTP_WARMUP" --timeout 120
checkpoint
BEFORE=$(orders)
T0=$(date +%s.%N)
log "batches of $BATCH as fast as $BATCH_CONNECTIONS connections go, ${DURATION}s"
openloop batch --connections "$BATCH_CONNECTIONS" --url "$URL" --body-file "$WORK/batch.json" --closed --duration "$DURATION" --timeout 120
T1=$(date +%s.%N)
AFTER=$(orders)
LOAD_BATCH=$(load_average)
stop_server

ORDERS_PER_S=$(calc "($AFTER - $BEFORE) / ($T1 - $T0)")
BATCHES_PER_S=$(summary_value batch throughput)
RATIO=$(calc "$ORDERS_PER_S / $PGB_TPS")
BAD=$(( $(summary_value batch status_other) + $(summary_value batch errors) ))
say ""
say "== Bulk ingestion: POST /intents:batch ($BATCH intents of 5 lines per request) vs the pgbench single-order ceiling =="
say "pgbench: -n -M prepared -f place.sql -c $CLIENTS -j $(nproc) -T $DURATION (the statements of one POST /orders); load average $LOAD_PGB"
say "HTTP: java -cp benchmarks/target/benchmarks.jar dev.ordercore.benchmarks.load.OpenLoop --url $URL --body-file batch.json --closed --connections $BATCH_CONNECTIONS --duration $DURATION; load average $LOAD_BATCH"
printf '%-40s %12s\n' "pgbench single-order ceiling, orders/s" "$PGB_TPS"
printf '%-40s %12s   (%s orders in %.1f s of wall time)\n' "intents:batch, orders/s (stored)" "$ORDERS_PER_S" "$((AFTER - BEFORE))" "$(calc "$T1 - $T0")"
printf '%-40s %12s   (p50 %s ms, p99 %s ms per batch; %s non-200 or failed)\n' "intents:batch, batches/s" "$BATCHES_PER_S" \
  "$(summary_value batch p50_ms)" "$(summary_value batch p99_ms)" "$BAD"
say "ratio batch ÷ pgbench: $RATIO"
verdict "bulk ingestion >= 3 x the pgbench single-order ceiling ($ORDERS_PER_S vs $PGB_TPS orders/s: $RATIO)" \
  "$( [ "$BAD" = 0 ] && ge "$RATIO" 3 || echo 0)"
exit "$FAILED"
