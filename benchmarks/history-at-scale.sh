#!/usr/bin/env bash
# History at scale (issue 7, performance item 3): with 10,000,000 history entries, the p99 of
# GET /orders/{id}/statuses and of GET /orders?blocked=true for one tenant stays under 5 ms inside
# the server. End to end, from a fresh clone:
#   build the server jar and benchmarks.jar; start a PostgreSQL of its own (the system's, 15 on this
#   machine) in a temporary directory; migrate it with the real server (external-database mode, the
#   schema's owner as migration user); load the tenants' orders, lines, history and projections with
#   bulk SQL as the owner (benchmarks/history-at-scale/load-tenant.sql); VACUUM ANALYZE; start the
#   server jar on it; check a sample of orders through the API against the domain; time both
#   endpoints one request at a time (server-side time from each answer's Server-Timing header);
#   print p50/p99/max and PASS/FAIL; print EXPLAIN (ANALYZE, BUFFERS) of the statements the two
#   endpoints ran, captured by auto_explain as the application role with row-level security on.
#
# usage: benchmarks/history-at-scale.sh [--entries N] [--tenants T] [--requests R] [--jobs J]
#                                       [--skip-build] [--keep DIR]
#   --entries   history entries to load, about (default 10000000; try 200000 for a quick run)
#   --tenants   tenants (default 10); tenant t03 is measured
#   --requests  timed requests per endpoint (default 5000)
#   --jobs      tenants loaded at once (default 2)
#   --keep DIR  use DIR as the work directory and leave it (and its database) for a rerun with --reuse
#   --reuse     with --keep: do not initialise or load; start the kept cluster and measure again
#   --warmup W  untimed requests per endpoint before the timed ones (default 10000: with 1000 the JIT
#               was still compiling and the statuses p99 read 16.6 ms instead of 2.8 ms)
# HIST_JAVA_OPTS: extra JVM options for the server (e.g. -Xlog:gc:file=/tmp/gc.log).
# Ports: PostgreSQL on $HIST_PG_PORT (55420), HTTP on $HIST_HTTP_PORT (18200).
# Maven: set MAVEN_ARGS (e.g. -Dmaven.repo.local=...) as for any build; add -o when offline.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ENTRIES=10000000
TENANTS=10
REQUESTS=5000
WARMUP=10000
JOBS=2
BUILD=1
KEEP=""
REUSE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --entries) ENTRIES=$2; shift 2 ;;
    --tenants) TENANTS=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --keep) KEEP=$2; shift 2 ;;
    --reuse) REUSE=1; shift ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done
PG_PORT=${HIST_PG_PORT:-55420}
HTTP_PORT=${HIST_HTTP_PORT:-18200}
MEASURED=t03
if [ "$TENANTS" -lt 4 ]; then MEASURED=t00; fi
# 23.5 entries per order on average (load-tenant.sql's distributions: 10 x 41,667 orders made 9,809,622),
# so 23 an order to reach --entries; the run prints the real count
ORDERS_PER_TENANT=$(( (ENTRIES + 23 * TENANTS - 1) / (23 * TENANTS) ))

say() { printf '\n== %s (%s, load average %s)\n' "$1" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
run() { printf '$ %s\n' "$*"; "$@"; }

# ---- tools
PGBIN=""
for d in "${PGBIN_DIR:-}" /usr/lib/postgresql/17/bin /usr/lib/postgresql/16/bin /usr/lib/postgresql/15/bin; do
  if [ -n "$d" ] && [ -x "$d/pg_ctl" ]; then PGBIN=$d; break; fi
done
if [ -z "$PGBIN" ]; then
  echo "PostgreSQL server binaries not found; installing postgresql-15 (apt-get)" >&2
  apt-get install -y postgresql-15 postgresql-client-15 >&2
  PGBIN=/usr/lib/postgresql/15/bin
fi
if [ ! -f "$($PGBIN/pg_config --pkglibdir)/auto_explain.so" ]; then
  echo "auto_explain is missing from $PGBIN's PostgreSQL (it is part of the server package)" >&2; exit 2
fi
command -v java >/dev/null || { echo "java (17+) is required" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is required" >&2; exit 2; }

JAR=$ROOT/order-server/target/order-server.jar
BENCH=$ROOT/benchmarks/target/benchmarks.jar
if [ "$BUILD" = 1 ]; then
  say "build"
  (cd "$ROOT" && run ./mvnw -q -pl order-server,benchmarks -am package -DskipTests)
fi
[ -f "$JAR" ] && [ -f "$BENCH" ] || { echo "missing $JAR or $BENCH: build first (drop --skip-build)" >&2; exit 2; }

# ---- work directory, cleanup
if [ -n "$KEEP" ]; then WORK=$(mkdir -p "$KEEP" && cd "$KEEP" && pwd); else WORK=$(mktemp -d /tmp/history-at-scale.XXXXXX); fi
PGDATA=$WORK/pgdata
SERVER_PID=""
cleanup() {
  set +e
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null; fi
  if [ -f "$PGDATA/postmaster.pid" ]; then pgdo "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null; fi
  if [ -z "$KEEP" ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

# PostgreSQL runs as a non-root user: initdb refuses root.
AS=()
if [ "$(id -u)" = 0 ]; then
  id -u postgres >/dev/null 2>&1 || useradd -r -m postgres
  AS=(runuser -u postgres --)
  chmod 755 "$WORK"
fi
pgdo() { "${AS[@]}" "$@"; }
if [ "$REUSE" = 1 ]; then
  OWNER_PW=$(cat "$WORK/owner.pw"); APP_PW=$(cat "$WORK/app.pw"); SECRET=$(cat "$WORK/jwt.secret")
else
  OWNER_PW=owner-$RANDOM$RANDOM; APP_PW=app-$RANDOM$RANDOM; SECRET=$(head -c 32 /dev/urandom | base64)
  (umask 077; echo "$OWNER_PW" > "$WORK/owner.pw"; echo "$APP_PW" > "$WORK/app.pw"; echo "$SECRET" > "$WORK/jwt.secret")
fi
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -d ordercore)
owner() { PGPASSWORD=$OWNER_PW "${PSQL[@]}" -U ordercore_owner "$@"; }
superuser() { pgdo "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$WORK" -p "$PG_PORT" -U postgres -d "${DB:-ordercore}" "$@"; }

start_pg() {
  # -p on the command line: a kept cluster (--reuse) listens where this run says, not where its
  # postgresql.conf was written for (a run with another HIST_PG_PORT made the reuse fail to connect)
  pgdo "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/postgres.log" -o "-p $PG_PORT" -w -t 120 start >/dev/null
}

if [ "$REUSE" = 0 ]; then
  say "PostgreSQL ($PGBIN) on port $PG_PORT in $WORK"
  mkdir -p "$PGDATA"; chown -R "$(pgdo id -u)" "$WORK" 2>/dev/null || true
  pgdo "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C >/dev/null
  # A benchmark cluster: durability off to load fast (as the tests' embedded PostgreSQL runs), 1 GB of shared buffers.
  cat >> "$PGDATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$WORK'
shared_buffers = 1GB
work_mem = 16MB
maintenance_work_mem = 512MB
max_wal_size = 16GB
checkpoint_timeout = 30min
wal_level = minimal
max_wal_senders = 0
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
log_line_prefix = '%m [%p] %u '
EOF
  start_pg
  DB=postgres superuser -c "create role ordercore_owner login password '$OWNER_PW'" \
    -c "create database ordercore owner ordercore_owner" \
    -c "create role ordercore_app nologin" \
    -c "create role hist_app login password '$APP_PW' in role ordercore_app"
  superuser -c "create extension if not exists pgcrypto" >/dev/null 2>&1 || true
else
  say "PostgreSQL kept in $WORK"
  start_pg
fi

export ORDERS_DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/ordercore"
export ORDERS_DATABASE_USER=hist_app ORDERS_DATABASE_PASSWORD=$APP_PW ORDERS_JWT_HS256_SECRET=$SECRET
start_server() {
  (cd "$WORK" && exec java -Xmx1g ${HIST_JAVA_OPTS:-} -jar "$JAR" --store=postgres --port "$HTTP_PORT" --data-dir "$WORK/server" >> "$WORK/server.log" 2>&1) &
  SERVER_PID=$!
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server exited; its log:" >&2; tail -40 "$WORK/server.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the server did not get ready in 120 s" >&2; tail -40 "$WORK/server.log" >&2; exit 1
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

say "migrate: the server as ordercore_owner (ORDERS_DATABASE_MIGRATION_USER), then stop it"
ORDERS_DATABASE_MIGRATION_USER=ordercore_owner ORDERS_DATABASE_MIGRATION_PASSWORD=$OWNER_PW start_server
stop_server
owner -At -c "select version, description from flyway_schema_history order by installed_rank" | sed 's/^/  migration /'

if [ "$REUSE" = 0 ]; then
  say "load $TENANTS tenants x $ORDERS_PER_TENANT orders (about $ENTRIES entries), $JOBS at a time, as ordercore_owner"
  LOAD_START=$(date +%s)
  load_one() {
    local t=$1 i=$2 s; s=$(date +%s)
    PGPASSWORD=$OWNER_PW psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -d ordercore -U ordercore_owner \
      -v tenant="$t" -v orders="$ORDERS_PER_TENANT" -v seed="0.$((i + 1))" -f "$ROOT/benchmarks/history-at-scale/load-tenant.sql" >/dev/null \
      || { echo "  tenant $t failed to load" >&2; exit 255; }
    echo "  tenant $t loaded in $(( $(date +%s) - s )) s"
  }
  export -f load_one; export OWNER_PW PG_PORT ORDERS_PER_TENANT ROOT
  printf '$ psql -U ordercore_owner -v tenant=tNN -v orders=%s -v seed=0.N -f benchmarks/history-at-scale/load-tenant.sql  # per tenant\n' "$ORDERS_PER_TENANT"
  for i in $(seq 0 $((TENANTS - 1))); do printf 't%02d %d\n' "$i" "$i"; done | xargs -P "$JOBS" -L 1 bash -c 'load_one "$0" "$1"'
  LOADED=$(date +%s)
  owner -c "vacuum (analyze) orders, line_items, status_history, order_module_status, order_number_counters"
  superuser -c "checkpoint"
  DONE=$(date +%s)
  echo "loaded in $((LOADED - LOAD_START)) s, vacuum analyze + checkpoint $((DONE - LOADED)) s, total $((DONE - LOAD_START)) s"
fi

say "what was loaded (read as the superuser: row-level security hides every row from a session without a tenant)"
superuser -c "select (select count(*) from status_history) as entries, (select count(*) from orders) as orders,
                 (select count(*) from line_items) as lines, (select count(*) from order_module_status) as module_rows,
                 (select count(*) filter (where blocking_count > 0) from orders) as blocked_orders,
                 pg_size_pretty(pg_database_size('ordercore')) as database_size"
superuser -c "select percentile_disc(array[0.5, 0.9, 0.99, 0.999, 1]) within group (order by n) as \"entries per order: p50, p90, p99, p99.9, max\"
          from (select count(*) n from status_history group by tenant_id, order_id) x"
superuser -c "select tenant_id, count(*) as orders, count(*) filter (where blocking_count > 0) as blocked from orders group by 1 order by 1" | head -8
superuser -At -c "select id from orders where tenant_id = '$MEASURED' and deleted_at is null" > "$WORK/ids.txt"
[ -s "$WORK/ids.txt" ] || { echo "tenant $MEASURED has no orders: the load failed" >&2; exit 1; }

say "server (jar, --store=postgres) on port $HTTP_PORT"
start_server
java -jar "$JAR" token --tenant "$MEASURED" --roles viewer --ttl 3h --subject history-at-scale > "$WORK/token"

say "check and measure tenant $MEASURED ($(wc -l < "$WORK/ids.txt") orders)"
set +e
run java -cp "$BENCH" dev.ordercore.benchmarks.history.HistoryAtScale --base "http://127.0.0.1:$HTTP_PORT" --tenant "$MEASURED" \
  --token-file "$WORK/token" --ids "$WORK/ids.txt" --requests "$REQUESTS" --warmup "$WARMUP" --check 300 --target-ms 5
VERDICT=$?
set -e
stop_server

say "plans: EXPLAIN (ANALYZE, BUFFERS) by auto_explain of what the two endpoints run, as hist_app (row-level security on)"
superuser -c "alter role hist_app set session_preload_libraries = 'auto_explain'" \
  -c "alter role hist_app set auto_explain.log_min_duration = 0" -c "alter role hist_app set auto_explain.log_analyze = on" \
  -c "alter role hist_app set auto_explain.log_buffers = on" -c "alter role hist_app set auto_explain.log_timing = on"
start_server
TOKEN=$(cat "$WORK/token"); API="http://127.0.0.1:$HTTP_PORT/api/v1/tenants/$MEASURED"
ID=$(shuf -n 1 "$WORK/ids.txt")
curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/orders/$ID/statuses"
BLOCKED_ID=$(curl -fs -H "Authorization: Bearer $TOKEN" "$API/orders?blocked=true&limit=1" | sed 's/^{"items":\[{"id":"\([^"]*\)".*/\1/')
NEXT=$(curl -fs -H "Authorization: Bearer $TOKEN" "$API/orders?blocked=true" | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')
echo "-- plans of GET /orders/$ID/statuses, GET /orders/$BLOCKED_ID/statuses (a blocked order), GET /orders?blocked=true and its next page" > "$WORK/plans.txt"
sleep 1; PLANLOG_MID=$(wc -c < "$WORK/postgres.log")
curl -fs -o /dev/null -w '  statuses %{http_code}\n' -H "Authorization: Bearer $TOKEN" "$API/orders/$ID/statuses"
curl -fs -o /dev/null -w '  statuses of a blocked order %{http_code}\n' -H "Authorization: Bearer $TOKEN" "$API/orders/$BLOCKED_ID/statuses"
curl -fs -o /dev/null -w '  blocked, first page %{http_code}\n' -H "Authorization: Bearer $TOKEN" "$API/orders?blocked=true"
if [ -n "$NEXT" ]; then curl -fs -o /dev/null -w '  blocked, next page %{http_code}\n' -H "Authorization: Bearer $TOKEN" "$API/orders?blocked=true&cursor=$NEXT"; fi
sleep 1
stop_server
superuser -c "alter role hist_app reset all"
# one log record per statement: keep the plans, not those of set_config (the tenant of the transaction)
tail -c +$((PLANLOG_MID + 1)) "$WORK/postgres.log" | awk '
  /^[0-9][0-9][0-9][0-9]-/ { if (rec != "" && rec !~ /set_config/ && rec ~ /plan:/) print rec; rec = $0; next }
  { rec = rec "\n" $0 }
  END { if (rec != "" && rec !~ /set_config/ && rec ~ /plan:/) print rec }' \
  | sed -e 's/^[0-9-]* [0-9:.]* [A-Z]* \[[0-9]*\] [a-z_]* LOG:  duration: \([0-9.]*\) ms  plan:/\n-- duration \1 ms/' >> "$WORK/plans.txt"
cat "$WORK/plans.txt"
[ -n "$KEEP" ] && echo "work directory kept: $WORK (rerun with --keep $WORK --reuse --skip-build)"
exit $VERDICT
