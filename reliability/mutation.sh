#!/usr/bin/env bash
# Mutation testing (issue 7, reliability item 7): PIT on order-domain and on order-application,
# with the settings that finish on this machine. Prints, per module, the mutation score (killed,
# time-outs included, as PIT counts them, over all mutants), the test strength, the line coverage
# and a PASS/FAIL verdict against the target (85 %).
#
#   reliability/mutation.sh                 both modules
#   reliability/mutation.sh domain          order-domain only      (~60 min on an idle 2-core machine)
#   reliability/mutation.sh application     order-application only (mutated from adapter-inmemory)
#
# Environment:
#   MUTATION_TARGET=85     the score each module must reach
#   PIT_THREADS=2          minion threads
#   PIT_HISTORY=1          keep PIT's incremental history in target/pit-history, so a re-run only
#                          re-analyses classes and tests that changed (0: a clean, full analysis)
#   MAVEN_ARGS             passed to Maven as usual (e.g. -o, -Dmaven.repo.local=...)
#
# Why order-application is mutated from adapter-inmemory: the use cases are tested by the
# application's scenario classes (abstract, in its test-jar), which an adapter runs with its stores, and by
# order-application's own unit tests (TransactionsTest, LifecycleStatesTest), which crossModule finds too.
# PIT's crossModule mutates the reactor module the in-memory tests depend on (see the comments in
# order-application/pom.xml and adapter-inmemory/pom.xml).
#
# Why the tight time-outs: many mutants turn a loop infinite (the shortest-number formatter,
# reachability in lifecycles); with PIT's defaults each costs a long time-out and the run does not
# finish in an hour. A time-out counts as killed, as in PIT's own score.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

WHAT="${1:-all}"
TARGET="${MUTATION_TARGET:-85}"
THREADS="${PIT_THREADS:-2}"
HISTORY="${PIT_HISTORY:-1}"
OUT="$ROOT/target/mutation"
HIST_DIR="$ROOT/target/pit-history"
mkdir -p "$OUT" "$HIST_DIR"

case "$WHAT" in
  all|domain|application) ;;
  *) echo "usage: $0 [all|domain|application]" >&2; exit 2 ;;
esac

for tool in java python3; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (needed by $0)" >&2; exit 2; }
done

MVN=("$ROOT/mvnw" --batch-mode --no-transfer-progress)
PIT_GOAL=org.pitest:pitest-maven:mutationCoverage
PIT_OPTS=(-DtimeoutConstant=1500 -DtimeoutFactor=1.2 "-Dthreads=$THREADS")

child=""
cleanup() {
  # Maven and its PIT minions run in their own process group (set -m below); end only that group.
  if [[ -n "$child" ]] && kill -0 "$child" 2>/dev/null; then
    kill -- "-$child" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

run_logged() { # log-file command... ; runs in its own process group so cleanup can end it
  local log="$1"; shift
  echo "+ $*"
  set -m
  "$@" >"$log" 2>&1 &
  child=$!
  set +m
  if ! wait "$child"; then
    child=""
    echo "FAILED, last lines of $log:" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  child=""
}

history_opts() { # module-name
  if [[ "$HISTORY" == 1 ]]; then
    echo "-DhistoryInputFile=$HIST_DIR/$1.history -DhistoryOutputFile=$HIST_DIR/$1.history"
  fi
}

declare -a SUMMARY=()
verdict=0

report() { # name reports-dir log-file seconds command
  local name="$1" dir="$2" log="$3" secs="$4" cmd="$5"
  local line
  line="$(python3 - "$dir/mutations.xml" "$log" "$TARGET" <<'PY'
import re, sys, xml.etree.ElementTree as ET
xml_path, log_path, target = sys.argv[1], sys.argv[2], float(sys.argv[3])
status = {}
for m in ET.parse(xml_path).getroot().iter('mutation'):
    status[m.get('status')] = status.get(m.get('status'), 0) + 1
total = sum(status.values())
killed = status.get('KILLED', 0) + status.get('TIMED_OUT', 0) + status.get('MEMORY_ERROR', 0)
no_cov = status.get('NO_COVERAGE', 0)
covered = total - no_cov
score = 100.0 * killed / total if total else 0.0
strength = 100.0 * killed / covered if covered else 0.0
lines = re.search(r'Line Coverage \(for mutated classes only\): (\d+)/(\d+)', open(log_path, errors='replace').read())
line_cov = f"{lines.group(1)}/{lines.group(2)} ({100.0 * int(lines.group(1)) / int(lines.group(2)):.1f}%)" if lines else "n/a"
print(f"mutants={total} killed={killed} (timed_out={status.get('TIMED_OUT', 0)}) "
      f"survived={status.get('SURVIVED', 0)} no_coverage={no_cov} run_error={status.get('RUN_ERROR', 0)} "
      f"score={score:.1f}% test_strength={strength:.1f}% line_coverage={line_cov} "
      f"{'PASS' if score >= target else 'FAIL'}")
PY
)"
  echo
  echo "== $name: $line"
  echo "   wall time ${secs}s, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "   report: $dir/index.html"
  echo "   reproduce: $cmd"
  SUMMARY+=("$name: $line (target ${TARGET}%)")
  [[ "$line" == *PASS ]] || verdict=1
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== building order-domain and order-application (the in-memory adapter resolves them from the local repository)"
run_logged "$OUT/build.log" "${MVN[@]}" -q -pl order-domain,order-application -am install -DskipTests

if [[ "$WHAT" == all || "$WHAT" == domain ]]; then
  echo "== PIT on order-domain"
  dir="$ROOT/order-domain/target/pit-reports"
  # shellcheck disable=SC2046
  cmd=("${MVN[@]}" -pl order-domain test-compile "$PIT_GOAL" "${PIT_OPTS[@]}" $(history_opts order-domain))
  start=$(date +%s)
  run_logged "$OUT/order-domain.log" "${cmd[@]}"
  report order-domain "$dir" "$OUT/order-domain.log" $(( $(date +%s) - start )) "${cmd[*]}"
fi

if [[ "$WHAT" == all || "$WHAT" == application ]]; then
  echo "== PIT on order-application, through the scenarios adapter-inmemory runs"
  dir="$ROOT/adapter-inmemory/target/pit-reports"
  # shellcheck disable=SC2046
  cmd=("${MVN[@]}" -pl order-application,adapter-inmemory test-compile "$PIT_GOAL" "${PIT_OPTS[@]}" $(history_opts order-application))
  start=$(date +%s)
  run_logged "$OUT/order-application.log" "${cmd[@]}"
  report order-application "$dir" "$OUT/order-application.log" $(( $(date +%s) - start )) "${cmd[*]}"
fi

echo
echo "== mutation testing summary"
for s in "${SUMMARY[@]}"; do echo "$s"; done
if [[ $verdict == 0 ]]; then echo "VERDICT: PASS"; else echo "VERDICT: FAIL"; fi
exit $verdict
