# shellcheck shell=bash
# Shared by order-create-vs-pgbench.sh and intents-batch-vs-pgbench.sh (issue 7): a PostgreSQL
# started with initdb/pg_ctl, the server in its external-database mode on it, the statement
# capture, the pgbench replay and the HTTP load. Source it; it sets up a work directory and a trap
# that stops everything it started.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR="$ROOT/order-server/target/order-server.jar"
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55400}
HTTP_PORT=${HTTP_PORT:-18000}
CLIENTS=${CLIENTS:-10}          # pgbench clients = HTTP connections = the server's pool size (HikariCP, 10)
DURATION=${DURATION:-30}        # seconds measured per phase
WARMUP=${WARMUP:-5}             # seconds of pgbench before its measured phases
HTTP_WARMUP=${HTTP_WARMUP:-15}  # seconds of HTTP load before each measured HTTP phase (the JIT compiles the hot path)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ordercore-bench.XXXXXX")
SERVER_PID=""
PG_STARTED=""
# the load generator: C1 only (a socket client needs no C2, and C2 would compete with the server for the CPU), a small serial heap
LOADGEN_JAVA=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms256m -Xmx256m -cp "$BENCH_JAR")

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
say() { printf '%s\n' "$*"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

as_pg() {
  # PostgreSQL refuses to run as root: run its binaries as the postgres user then
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  local rc=$?
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ -n "$PG_STARTED" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ "${KEEP_WORK:-}" = 1 ]; then log "work directory kept: $WORK"; else rm -rf "$WORK"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

require_tools() {
  if [ ! -x "$PGBIN/pg_ctl" ] || [ ! -x "$PGBIN/pgbench" ] || ! command -v psql >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      log "installing PostgreSQL 15 (pg_ctl, pgbench, psql) with apt-get"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-client-15 >/dev/null
    else
      echo "need PostgreSQL 15's pg_ctl, initdb and pgbench under $PGBIN and psql: apt-get install postgresql-15 postgresql-client-15 (or set PGBIN)" >&2
      exit 2
    fi
  fi
  for tool in java jcmd python3 curl; do
    command -v "$tool" >/dev/null || { echo "need $tool on the PATH" >&2; exit 2; }
  done
}

build() {
  if [ "${SKIP_BUILD:-}" = 1 ] && [ -f "$JAR" ] && [ -f "$BENCH_JAR" ]; then return; fi
  log "building the server and the load tools: ./mvnw -q package -DskipTests -pl order-server,benchmarks -am"
  (cd "$ROOT" && ./mvnw -q package -DskipTests -pl order-server,benchmarks -am)
}

machine() {
  say "machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GiB RAM"
  say "java: $(java -version 2>&1 | head -1); PostgreSQL: $("$PGBIN/postgres" --version); load average at start: $(load_average)"
}

psql_super() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }

start_postgres() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; then echo "port $PG_PORT is taken: set PG_PORT" >&2; exit 2; fi
  chmod 755 "$WORK"
  mkdir -p "$WORK/pg" && [ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
  as_pg "$PGBIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  # durability as shipped (fsync, synchronous_commit on): both sides pay the same commit flush
  cat >> "$WORK/pg/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 100
shared_buffers = 512MB
CONF
  as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w start >/dev/null
  PG_STARTED=1
  psql_super -c "create role ordercore_owner login password 'owner'" \
    -c "create database ordercore owner ordercore_owner" \
    -c "create role ordercore_app nologin" \
    -c "create role ordercore_service login password 'service' in role ordercore_app"
  log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $PG_PORT (data in $WORK/pg)"
}

# start_server [extra java options...]: the server jar on that PostgreSQL (migrated by its owner)
start_server() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$HTTP_PORT") 2>/dev/null; then echo "port $HTTP_PORT is taken: set HTTP_PORT" >&2; exit 2; fi
  (
    cd "$WORK"
    export ORDERS_DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/ordercore" ORDERS_DATABASE_USER=ordercore_service \
      ORDERS_DATABASE_PASSWORD=service ORDERS_DATABASE_MIGRATION_USER=ordercore_owner ORDERS_DATABASE_MIGRATION_PASSWORD=owner
    exec java "$@" -jar "$JAR" --store postgres --port "$HTTP_PORT" --data-dir "$WORK/data"
  ) >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "http://127.0.0.1:$HTTP_PORT/health/ready" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$WORK/server.log" >&2; echo "the server did not start" >&2; exit 1; }
    sleep 0.1
  done
  log "server pid $SERVER_PID on port $HTTP_PORT ($*)"
}

stop_server() {
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# the tenant 'default', an operator token minted with the server's generated key
mint_token() {
  java -jar "$JAR" token --data-dir "$WORK/data" --tenant default --roles operator --ttl 2h > "$WORK/token"
  TOKEN=$(cat "$WORK/token")
}

# the 5-line order every phase places (the README's wine tasting, a month ahead: no alert fires)
write_order() {
  local day; day=$(date -u -d '+30 days' +%F)
  python3 - "$day" > "$WORK/order.json" <<'PY'
import json, sys
day = sys.argv[1]
print(json.dumps({"currency": "SEK", "customerId": "0190f7a4-5c1e-7c3a-9f00-000000000001",
                  "lineItems": [{"description": "Wine tasting %d" % i, "quantity": 2, "unitPrice": "45.00", "on": day}
                                for i in range(1, 6)]}, separators=(',', ':')))
PY
}

# capture_statements: one POST /orders with the statement log on, turned into $WORK/place.sql + place.vars
capture_statements() {
  local headers rid status
  headers=$(curl -s -D - -o "$WORK/captured-order.json" -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/api/v1/tenants/default/orders" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @"$WORK/order.json")
  status=${headers: -3}
  [ "$status" = 201 ] || { echo "POST /orders answered $status: $(cat "$WORK/captured-order.json")" >&2; exit 1; }
  rid=$(printf '%s' "$headers" | tr -d '\r' | sed -n 's/^X-Request-Id: //Ip')
  sleep 0.5
  say "captured: POST /orders (5 lines), request $rid"
  python3 "$ROOT/benchmarks/statements-to-pgbench.py" "$WORK/server.log" "$rid" "$WORK/order.json" "$WORK/place.sql" "$WORK/place.vars" | sed 's/^/  /'
  PGB_VARS=()
  while IFS= read -r line; do PGB_VARS+=("-D$line"); done < "$WORK/place.vars"
}

checkpoint() { psql_super -d ordercore -c checkpoint; }

pgbench_run() { # pgbench_run NAME [pgbench options...]: prints the pgbench summary to $WORK/NAME.out
  local name=$1; shift
  rm -f "$WORK/$name".log*
  PGPASSWORD=service "$PGBIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U ordercore_service -n -M prepared -f "$WORK/place.sql" \
    -c "$CLIENTS" -j "$(nproc)" -l --log-prefix="$WORK/$name.log" "$@" ordercore "${PGB_VARS[@]}" > "$WORK/$name.out" 2>&1 \
    || { cat "$WORK/$name.out" >&2; exit 1; }
}

# percentiles of pgbench's per-transaction logs (latency from the scheduled start with -R)
pgbench_stats() { # pgbench_stats NAME -> "tps p50_ms p99_ms failed"
  python3 - "$WORK/$1" <<'PY'
import glob, re, sys
base = sys.argv[1]
lat = []
for f in glob.glob(base + '.log*'):
    for line in open(f):
        p = line.split()
        if len(p) >= 6 and p[2] not in ('skipped', 'failed'):
            lat.append(int(p[2]))
lat.sort()
out = open(base + '.out').read()
tps = float(re.search(r'tps = ([\d.]+)', out).group(1))
failed = re.search(r'number of failed transactions: (\d+)', out)
pct = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] / 1000.0
print('%.2f %.2f %.2f %s' % (tps, pct(0.50), pct(0.99), failed.group(1) if failed else '0'))
PY
}

openloop() { # openloop NAME [OpenLoop options...]: the output to $WORK/NAME.out
  local name=$1; shift
  "${LOADGEN_JAVA[@]}" dev.ordercore.benchmarks.load.OpenLoop --connections "$CLIENTS" -H "Authorization: Bearer $TOKEN" "$@" > "$WORK/$name.out" 2>&1 \
    || { cat "$WORK/$name.out" >&2; exit 1; }
}

summary_value() { # summary_value NAME KEY: a value of OpenLoop's summary line
  sed -n "s/^summary.* $2=\([^ ]*\).*/\1/p" "$WORK/$1.out"
}

# server_footprint: RSS and heap of the server now, then the live heap after a full GC
server_footprint() {
  local rss heap
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status")
  heap=$(jcmd "$SERVER_PID" GC.heap_info | python3 -c 'import re,sys; m=re.search(r"used (\d+)K", sys.stdin.read()); print(round(int(m.group(1))/1024))')
  jcmd "$SERVER_PID" GC.run >/dev/null
  local after rss_after committed
  local info; info=$(jcmd "$SERVER_PID" GC.heap_info)
  after=$(printf '%s' "$info" | python3 -c 'import re,sys; m=re.search(r"used (\d+)K", sys.stdin.read()); print(round(int(m.group(1))/1024))')
  committed=$(printf '%s' "$info" | python3 -c 'import re,sys; m=re.search(r"total (\d+)K", sys.stdin.read()); print(round(int(m.group(1))/1024))')
  rss_after=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status")
  echo "$rss $heap $after $committed $rss_after"
}

# jfr_top FILE: the 15 most sampled top frames and the 15 most sampled ordercore frames
jfr_top() {
  jfr print --events jdk.ExecutionSample "$1" | python3 -c '
import collections, re, sys
top = collections.Counter(); ours = collections.Counter(); n = 0
frames = None
for line in sys.stdin:
    s = line.strip()
    if s.startswith("stackTrace = ["):
        frames = []; n += 1
    elif frames is not None:
        if s.startswith("]") or s == "...":
            if frames:
                top[frames[0]] += 1
                mine = next((f for f in frames if f.startswith("dev.ordercore")), None)
                if mine: ours[mine] += 1
            frames = None
        else:
            frames.append(re.sub(r"\s+line:.*", "", s))
print("  %d execution samples; top frames:" % n)
for f, c in top.most_common(15): print("  %5.1f%%  %s" % (100.0 * c / max(n, 1), f))
print("  first ordercore frame on the stack:")
for f, c in ours.most_common(15): print("  %5.1f%%  %s" % (100.0 * c / max(n, 1), f))
'
}

# CPU seconds used so far: by this shell's finished children (pgbench, the load generator), by
# PostgreSQL (the postmaster, its live backends and those that have exited), and by the server
# (times must run in the script's own shell, not in a command substitution: no $(...) around these)
children_cpu_to() { times > "$WORK/times.txt"; awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%.2f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$WORK/times.txt" > "$1"; }
pg_cpu() {
  local pm t c
  pm=$(head -1 "$WORK/pg/postmaster.pid")
  t=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pm/stat")
  for c in $(pgrep -P "$pm"); do t=$((t + $(awk '{ print $14 + $15 }' "/proc/$c/stat" 2>/dev/null || echo 0))); done
  calc "$t / $(getconf CLK_TCK)"
}
server_cpu() { if [ -n "$SERVER_PID" ]; then calc "$(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat") / $(getconf CLK_TCK)"; else echo 0; fi; }
# the server's JIT compilation and GC seconds so far (jstat)
server_jit() { if [ -n "$SERVER_PID" ]; then jstat -compiler "$SERVER_PID" | awk 'NR == 2 { print $4 }'; else echo 0; fi; }
server_gc() { if [ -n "$SERVER_PID" ]; then jstat -gcutil "$SERVER_PID" | awk 'NR == 2 { print $NF }'; else echo 0; fi; }
cpu_mark() { children_cpu_to "$WORK/cpu-client-0"; CPU_MARK=("$(cat "$WORK/cpu-client-0")" "$(pg_cpu)" "$(server_cpu)" "$(server_jit)" "$(server_gc)"); }
# cpu_per_order ORDERS: sets CPU_CLIENT, CPU_PG, CPU_SERVER (and of it CPU_JIT, GC_PAUSE), milliseconds per order since cpu_mark
cpu_per_order() {
  children_cpu_to "$WORK/cpu-client-1"
  CPU_CLIENT=$(calc "1000 * ($(cat "$WORK/cpu-client-1") - ${CPU_MARK[0]}) / $1")
  CPU_PG=$(calc "1000 * ($(pg_cpu) - ${CPU_MARK[1]}) / $1")
  CPU_SERVER=$(calc "1000 * ($(server_cpu) - ${CPU_MARK[2]}) / $1")
  CPU_JIT=$(calc "1000 * ($(server_jit) - ${CPU_MARK[3]}) / $1")
  GC_PAUSE=$(calc "1000 * ($(server_gc) - ${CPU_MARK[4]}) / $1")
}

verdict() { # verdict LABEL OK(0/1): prints PASS/FAIL and records a failure
  if [ "$2" = 1 ]; then say "PASS  $1"; else say "FAIL  $1"; FAILED=1; fi
}
FAILED=0

ge() { python3 -c "import sys; print(1 if float(sys.argv[1]) >= float(sys.argv[2]) else 0)" "$1" "$2"; }
calc() { python3 -c "print('%.2f' % ($1))"; }
