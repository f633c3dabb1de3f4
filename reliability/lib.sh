# Shared by the reliability scripts: sourced, not run. Sets ROOT, builds the jars, finds the
# PostgreSQL tools, starts and stops what a script needs, and prints checks.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVER_JAR="$ROOT/order-server/target/order-server.jar"
TOOLS_JAR="$ROOT/benchmarks/target/benchmarks.jar"
FAILED=0
PIDS=()

say() { printf '%s\n' "$*"; }
# the command line that reproduces a step, as it runs
run() { printf '+ %s\n' "$*"; "$@"; }

check() { # check NAME CONDITION-EXIT-CODE DETAIL
    local name=$1 ok=$2 detail=$3
    if [ "$ok" = 0 ]; then say "PASS  $name: $detail"; else say "FAIL  $name: $detail"; FAILED=1; fi
}

now_ms() { date +%s%3N; }

# Builds the server and the tools unless they are there and RELIABILITY_SKIP_BUILD=1.
build_jars() {
    if [ "${RELIABILITY_SKIP_BUILD:-0}" = 1 ] && [ -f "$SERVER_JAR" ] && [ -f "$TOOLS_JAR" ]; then
        say "using the built jars (RELIABILITY_SKIP_BUILD=1)"
        return
    fi
    (cd "$ROOT" && run ./mvnw -q package -DskipTests -pl order-server,benchmarks -am)
}

# PostgreSQL's own tools (pg_ctl, initdb, psql): PostgreSQL 15 from Debian, installed if missing.
PG_BIN=""
need_pg_tools() {
    for candidate in /usr/lib/postgresql/*/bin; do
        if [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/psql" ]; then PG_BIN=$candidate; fi
    done
    if [ -z "$PG_BIN" ]; then
        say "PostgreSQL tools missing: installing postgresql-15 (Debian)"
        local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
        $sudo apt-get update -qq && $sudo apt-get install -y -qq postgresql-15 postgresql-client-15 >/dev/null
        PG_BIN=/usr/lib/postgresql/15/bin
    fi
    [ -x "$PG_BIN/pg_ctl" ] || { say "no pg_ctl found in $PG_BIN"; exit 2; }
}

# PostgreSQL refuses to run as root: as root, its tools run as the user postgres (or nobody).
as_pg() {
    if [ "$(id -u)" = 0 ]; then
        local user=postgres
        getent passwd postgres >/dev/null || user=nobody
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

# A fresh cluster in $1/pg on port $2, its socket there too, trust for local connections.
pg_init_and_start() {
    local dir=$1 port=$2
    mkdir -p "$dir/pg"
    if [ "$(id -u)" = 0 ]; then
        chmod 755 "$dir"
        chown "$(getent passwd postgres >/dev/null && echo postgres || echo nobody)" "$dir/pg"
    fi
    run as_pg "$PG_BIN/initdb" -D "$dir/pg/data" -U postgres --auth=trust -E UTF8 >/dev/null
    pg_start "$dir" "$port"
}

pg_start() {
    local dir=$1 port=$2
    run as_pg "$PG_BIN/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/postgres.log" -w -t 60 \
        -o "-p $port -k $dir/pg -c listen_addresses=localhost -c max_connections=100" start >/dev/null
}

pg_stop_immediate() {
    run as_pg "$PG_BIN/pg_ctl" -D "$1/pg/data" -m immediate stop
}

pg_stop_if_running() {
    local dir=$1
    if [ -f "$dir/pg/data/postmaster.pid" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$dir/pg/data" -m immediate stop >/dev/null 2>&1 || true
    fi
}

# psql as the superuser over the cluster's socket: psql_at DIR PORT DB SQL
psql_at() {
    "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$1" -p "$2" -U postgres -d "$3" -c "$4"
}

# Waits for "listening on http://localhost:PORT" in the log $1 (the server's pid is $2).
await_listening() {
    local log=$1 pid=$2
    for _ in $(seq 1 600); do
        if grep -q "listening on http://localhost:" "$log" 2>/dev/null; then return 0; fi
        if ! kill -0 "$pid" 2>/dev/null; then say "the server exited:"; cat "$log"; return 1; fi
        sleep 0.2
    done
    say "the server did not start in 120 s:"; cat "$log"; return 1
}

kill_started() {
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]:-}"; do
        [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
    done
}

verdict() {
    if [ "$FAILED" = 0 ]; then say "VERDICT: PASS"; else say "VERDICT: FAIL"; fi
    return "$FAILED"
}

# The checks after a run, on the database (host-or-socket-dir $1, port $2, database $3, password in
# PGPASSWORD if needed) against the clients' acknowledgements $4 (intentId TAB orderId TAB status TAB attempts).
integrity_checks() {
    local host=$1 port=$2 db=$3 acks=$4
    local q="$PG_BIN/psql -X -q -A -t -v ON_ERROR_STOP=1 -h $host -p $port -U postgres -d $db"
    say "+ $q  (the queries below)"
    local acked
    acked=$(wc -l < "$acks")
    local sql="
create temp table acks (intent_id text, order_id uuid, status int, attempts int);
\\copy acks from '$acks'
select 'intents_acknowledged', count(*) from acks;
select 'acknowledged_without_order', count(*) from acks a
  where not exists (select 1 from orders o where o.tenant_id = 'default' and o.id = a.order_id and o.intent_id = a.intent_id);
select 'intents_with_other_than_one_order', count(*) from (
  select intent_id from orders where tenant_id = 'default' and intent_source = 'channel.reliability'
  group by intent_id having count(*) <> 1) x;
select 'orders_of_the_run', count(*) from orders where tenant_id = 'default' and intent_source = 'channel.reliability';
select 'orders_without_intent_record', count(*) from orders o where o.tenant_id = 'default' and o.intent_source = 'channel.reliability'
  and not exists (select 1 from intents i where i.tenant_id = o.tenant_id and i.source_system = o.intent_source
                  and i.intent_id = o.intent_id and i.order_id = o.id);
select 'orders_with_other_than_one_OrderPlaced', count(*) from orders o
  where o.tenant_id = 'default' and o.intent_source = 'channel.reliability'
  and (select count(*) from outbox e where e.tenant_id = o.tenant_id and e.type = 'OrderPlaced' and e.aggregateid = o.id::text) <> 1;
select 'OrderPlaced_events_of_the_run', count(*) from outbox e where e.tenant_id = 'default' and e.type = 'OrderPlaced'
  and exists (select 1 from orders o where o.tenant_id = e.tenant_id and o.id::text = e.aggregateid and o.intent_source = 'channel.reliability');
"
    local out
    out=$(printf '%s\n' "$sql" | $q -F ' ')
    printf '%s\n' "$out" | sed 's/^/    /'
    value() { printf '%s\n' "$out" | awk -v k="$1" '$1 == k { print $2 }'; }
    local orders
    orders=$(value orders_of_the_run)
    check "every acknowledged order is stored" "$([ "$(value acknowledged_without_order)" = 0 ] && [ "$(value intents_acknowledged)" = "$acked" ]; echo $?)" \
        "$acked acknowledged, $(value acknowledged_without_order) of them without their order"
    check "exactly one order per intent" "$([ "$(value intents_with_other_than_one_order)" = 0 ] && [ "$(value orders_without_intent_record)" = 0 ] && [ "$orders" = "$acked" ]; echo $?)" \
        "$orders orders for $acked intents, $(value intents_with_other_than_one_order) intents with more or fewer, $(value orders_without_intent_record) orders without their intent record"
    check "exactly one OrderPlaced outbox event per order" "$([ "$(value orders_with_other_than_one_OrderPlaced)" = 0 ]; echo $?)" \
        "$(value OrderPlaced_events_of_the_run) OrderPlaced events for $orders orders, $(value orders_with_other_than_one_OrderPlaced) orders with more or fewer"
}
