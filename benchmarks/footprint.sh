#!/usr/bin/env bash
# Footprint, start-up part (issue 7, performance 5): the time from `java -jar order-server.jar`
# (embedded PostgreSQL, the default store) to the first request served, on a fresh data directory
# and on a reused one, RUNS times each; the medians. (Heap and RSS under load come from
# order-create-vs-pgbench.sh.)
#
#   benchmarks/footprint.sh
#
# Knobs: RUNS (5), HTTP_PORT (18001), SKIP_BUILD=1, KEEP_WORK=1.
# "First request served" is an authenticated GET /api/v1/tenants/default/orders answered 200 with
# the admin token the server writes (a request through the whole stack and the database); the
# first GET /health answered is printed beside it.
set -euo pipefail
HTTP_PORT=${HTTP_PORT:-18001}
RUNS=${RUNS:-5}
# shellcheck source=ceiling-lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/ceiling-lib.sh"

for tool in java curl python3; do command -v "$tool" >/dev/null || { echo "need $tool" >&2; exit 2; }; done
build
machine
if (exec 3<>"/dev/tcp/127.0.0.1/$HTTP_PORT") 2>/dev/null; then echo "port $HTTP_PORT is taken: set HTTP_PORT" >&2; exit 2; fi

now_ms() { date +%s%3N; }

# one_start DIR: starts the server on DIR, prints "ms_to_health ms_to_first_request rss_mib", stops it
one_start() {
  local dir=$1 t0 t_health="" t_first="" rss
  t0=$(now_ms)
  java -jar "$JAR" --port "$HTTP_PORT" --data-dir "$dir" >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  while true; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$WORK/server.log" >&2; echo "the server died" >&2; exit 1; }
    if [ -z "$t_health" ] && curl -sf -o /dev/null "http://127.0.0.1:$HTTP_PORT/health"; then t_health=$(now_ms); fi
    if [ -n "$t_health" ] && [ -s "$dir/admin.token" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' \
        -H "Authorization: Bearer $(cat "$dir/admin.token")" "http://127.0.0.1:$HTTP_PORT/api/v1/tenants/default/orders")" = 200 ]; then
      t_first=$(now_ms); break
    fi
    sleep 0.02
  done
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status")
  stop_server
  echo "$((t_health - t0)) $((t_first - t0)) $rss"
}

median() { python3 -c 'import statistics,sys; print(int(statistics.median(int(x) for x in sys.argv[1:])))' "$@"; }

declare -a FRESH_H FRESH_F REUSED_H REUSED_F
for i in $(seq 1 "$RUNS"); do
  read -r h f rss <<<"$(one_start "$WORK/data-$i")"
  FRESH_H+=("$h"); FRESH_F+=("$f")
  log "fresh data directory, run $i: /health after $h ms, first request served after $f ms (RSS $rss MiB)"
done
for i in $(seq 1 "$RUNS"); do
  read -r h f rss <<<"$(one_start "$WORK/data-1")"
  REUSED_H+=("$h"); REUSED_F+=("$f")
  log "reused data directory, run $i: /health after $h ms, first request served after $f ms (RSS $rss MiB)"
done

say ""
say "== Start-up: java -jar order-server.jar --port $HTTP_PORT --data-dir D (embedded PostgreSQL) to the first request served =="
say "load average at the end: $(load_average); jar: $(du -m "$JAR" | cut -f1) MiB"
say "fresh data directory:  first request ${FRESH_F[*]} ms (median $(median "${FRESH_F[@]}")); /health ${FRESH_H[*]} ms (median $(median "${FRESH_H[@]}"))"
say "reused data directory: first request ${REUSED_F[*]} ms (median $(median "${REUSED_F[@]}")); /health ${REUSED_H[*]} ms (median $(median "${REUSED_H[@]}"))"
