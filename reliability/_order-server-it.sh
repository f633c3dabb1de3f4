#!/usr/bin/env bash
# Shared by concurrency.sh, fuzz.sh and isolation-matrix.sh: builds order-server and what it needs,
# runs one of its ITs with extra system properties, keeps the output in $IT_LOG, and prints a
# PASS/FAIL verdict per test method. Source it, then call: run_it CLASS [-Dprop=value ...]
# and verdict CLASS "method name part" "what the target is" for each target.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IT_LOG="$(mktemp -t ordercore-it.XXXXXX)"
VERDICTS=0
trap 'rm -f "$IT_LOG"' EXIT

command -v java >/dev/null || { echo "FAIL: java (17 or later) is needed on the PATH" >&2; exit 2; }

run_it() {
    local class="$1"
    shift
    cd "$ROOT"
    local -a flags=()
    [[ -n "${MVN_FLAGS:-}" ]] && read -r -a flags <<<"$MVN_FLAGS"
    local -a build=(./mvnw "${flags[@]}" -q -pl order-server -am install -DskipTests)
    local -a run=(./mvnw "${flags[@]}" -pl order-server verify '-Dtest=NoSuch*' -Dsurefire.failIfNoSpecifiedTests=false
        "-Dit.test=$class" "$@")
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "build:   ${build[*]}"
    "${build[@]}"
    echo "run:     ${run[*]}"
    IT_STATUS=0
    "${run[@]}" >"$IT_LOG" 2>&1 || IT_STATUS=$?
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    if ! grep -q "Tests run: .* in dev.ordercore.server.$class" "$IT_LOG"; then
        tail -40 "$IT_LOG"
        echo "FAIL $class did not run (Maven exit $IT_STATUS)"
        exit 1
    fi
}

# verdict CLASS METHOD_PART DESCRIPTION: PASS unless the method is among the class's failures
verdict() {
    local class="$1" method="$2" what="$3"
    local report="$ROOT/order-server/target/failsafe-reports/TEST-dev.ordercore.server.$class.xml"
    if [[ -f "$report" ]] && grep -q "testcase name=\"[^\"]*$method" "$report" \
        && ! grep -A1 "testcase name=\"[^\"]*$method" "$report" | grep -q '<failure\|<error'; then
        echo "PASS $what"
    else
        echo "FAIL $what"
        VERDICTS=1
    fi
}

# the end: failures in detail, the exit code
finish() {
    if [[ $VERDICTS -ne 0 || $IT_STATUS -ne 0 ]]; then
        grep -E 'Expecting|expected|but was|<<< FAIL|partial write|5xx' "$IT_LOG" | cut -c1-400 | head -60 || true
        local kept
        kept="$(mktemp -t ordercore-it-failed.XXXXXX)"
        cp "$IT_LOG" "$kept"
        echo "full output: $kept"
        exit 1
    fi
}
