#!/usr/bin/env bash
# JMH benchmarks of the domain (issue 7, performance item 4), one command from a fresh clone:
#
#   benchmarks/jmh.sh            # build, then every benchmark with the documented settings (about 5 minutes)
#   benchmarks/jmh.sh --quick    # shorter warm-up and measurement, for a smoke run (about 1.5 minutes)
#   benchmarks/jmh.sh --gc       # also JMH's GC profiler: bytes allocated per operation
#   benchmarks/jmh.sh --no-build [--quick] [--gc] [REGEX ...]   # reuse the jar; only benchmarks matching REGEX
#
# Settings (docs/benchmarks.md, "JMH: the domain (issue 7)"): one fork, 3 warm-up iterations of 2 s,
# 5 measured iterations of 2 s, one thread, throughput in ops/s (quick: 1 x 1 s warm-up, 2 x 1 s measured).
# Prints the machine, the exact commands, a table of ops/s +- the 99.9 % error and a verdict per
# benchmark. Issue 7 sets no threshold for these (it asks for ops/s): a benchmark PASSes when it ran
# and its fixture checks held (each checks the prices, totals or projections it computes before it
# is measured); it FAILs when it threw or gave no score. An error above 20 % of the score is marked
# noisy: the machine was busy, measure again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
SETTINGS=(-f 1 -wi 3 -w 2s -i 5 -r 2s -t 1)
PROFILERS=()
BUILD=1
PATTERNS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) SETTINGS=(-f 1 -wi 1 -w 1s -i 2 -r 1s -t 1) ;;
    --gc) PROFILERS+=(-prof gc) ;;
    --no-build) BUILD=0 ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) PATTERNS+=("$1") ;;
  esac
  shift
done
[[ ${#PATTERNS[@]} -gt 0 ]] || PATTERNS=('dev\.ordercore\.benchmarks\.jmh\.')

command -v java >/dev/null || { echo "java not found: install a JDK 17 (e.g. apt-get install -y openjdk-17-jdk-headless)" >&2; exit 1; }

OUT="$ROOT/benchmarks/target/jmh/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
JMH_PID=""
cleanup() {
  if [[ -n "$JMH_PID" ]] && kill -0 "$JMH_PID" 2>/dev/null; then
    kill -- "-$JMH_PID" 2>/dev/null || true  # the process group of the JMH runner and the fork it started
  fi
}
trap cleanup EXIT INT TERM

echo "== machine"
echo "$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//')), $(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB RAM"}')"
java -version 2>&1 | head -1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ $BUILD -eq 1 ]]; then
  echo "== build"
  echo "+ (cd $ROOT && ./mvnw -q -pl benchmarks -am package -DskipTests)"
  (cd "$ROOT" && ./mvnw -q -pl benchmarks -am package -DskipTests)
fi
[[ -f "$JAR" ]] || { echo "$JAR is missing: run without --no-build" >&2; exit 1; }

CMD=(java -jar "$JAR" "${SETTINGS[@]}" ${PROFILERS[@]+"${PROFILERS[@]}"} -rf csv -rff "$OUT/results.csv" "${PATTERNS[@]}")
echo "== run (full JMH output: $OUT/jmh.log)"
echo "+ ${CMD[*]}"
# JMH's own log goes to the file; progress lines (one per benchmark and iteration) to the terminal.
setsid "${CMD[@]}" >"$OUT/jmh.log" 2>&1 &
JMH_PID=$!
tail -n +1 -f "$OUT/jmh.log" --pid "$JMH_PID" 2>/dev/null \
  | grep --line-buffered -E '^# Benchmark: |^# Parameters: |^Iteration |<failure>|Exception' || true
set +e
wait "$JMH_PID"
RC=$?
set -e
JMH_PID=""
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ -s "$OUT/results.csv" ]] || { echo "no results: JMH exited with $RC; see $OUT/jmh.log" >&2; exit 1; }

# The benchmarks that were asked for, to report the ones that failed (JMH leaves them out of the CSV).
mapfile -t LISTED < <(java -jar "$JAR" -l "${PATTERNS[@]}" | grep -E '^dev\.ordercore\.benchmarks\.jmh\.' )

echo
echo "== results (ops/s, +- the 99.9 % confidence half-width; one fork, one thread)"
awk -v listed="$(printf '%s\n' "${LISTED[@]}")" -F',' '
  function unq(s) { gsub(/\r/, "", s); gsub(/^"|"$/, "", s); return s }
  NR == 1 {
    for (i = 1; i <= NF; i++) { h = unq($i); col[h] = i; if (h ~ /^Param: /) params[++np] = i }
    next
  }
  {
    name = unq($col["Benchmark"]); score = unq($col["Score"]) + 0; err = unq($col["Score Error (99.9%)"]);
    p = "";
    for (k = 1; k <= np; k++) { v = unq($params[k]); if (v != "") p = p (p == "" ? "" : ",") v }
    key = name (p == "" ? "" : " [" p "]")
    if (name ~ /:gc\.alloc\.rate\.norm$|:·gc\.alloc\.rate\.norm$/) { base = name; sub(/:.*$/, "", base); alloc[base (p == "" ? "" : " [" p "]")] = score; next }
    if (name ~ /:/) next
    order[++n] = key; bench[key] = name; sc[key] = score; er[key] = (err == "NaN" ? -1 : err + 0); ran[name] = 1
  }
  END {
    printf "%-52s %14s %12s %10s  %s\n", "benchmark", "ops/s", "+-", "B/op", "verdict"
    failed = 0
    for (i = 1; i <= n; i++) {
      k = order[i]; short = k; sub(/^dev\.ordercore\.benchmarks\.jmh\./, "", short)
      verdict = "PASS"
      if (sc[k] <= 0) { verdict = "FAIL (no score)"; failed++ }
      else if (er[k] > 0.2 * sc[k]) verdict = "PASS (noisy: error " int(100 * er[k] / sc[k]) " % of the score)"
      a = (k in alloc) ? sprintf("%10.0f", alloc[k]) : sprintf("%10s", "-")
      e = er[k] < 0 ? sprintf("%12s", "n/a") : sprintf("%12.1f", er[k])
      printf "%-52s %14.1f %s %s  %s\n", short, sc[k], e, a, verdict
    }
    m = split(listed, want, "\n")
    for (j = 1; j <= m; j++) if (want[j] != "" && !(want[j] in ran)) {
      short = want[j]; sub(/^dev\.ordercore\.benchmarks\.jmh\./, "", short)
      printf "%-52s %14s %12s %10s  %s\n", short, "-", "-", "-", "FAIL (threw: see jmh.log)"; failed++
    }
    exit failed > 0 ? 1 : 0
  }' "$OUT/results.csv" && VERDICT=PASS || VERDICT=FAIL
echo
echo "CSV: $OUT/results.csv   log: $OUT/jmh.log"
echo "overall: $VERDICT"
[[ $VERDICT == PASS ]]
