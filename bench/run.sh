#!/usr/bin/env bash
# Measures `perfbook build` as a user runs it: whole process, wall and CPU time, peak memory and
# each phase's wall time (`build --timings`), the median of several runs, on the shipped sample
# and on synthetic sets. Prints a Markdown table.
#
#   bench/run.sh                                  # the shipped sample and scale 100, 5 runs each, through bin/perfbook
#   RUNS=3 SCALES="100 1000" bench/run.sh
#   LAUNCH="java -jar target/perfbook.jar" bench/run.sh        # the plain JVM, for comparison
#   PERFBOOK_JAVA_OPTS=-Xmx512m SCALES=1000 RUNS=1 bench/run.sh   # within a small heap
#   AGAIN=1 bench/run.sh                          # a build run again over the charts of the one before
#
# Needs /usr/bin/time (Debian package `time`). Nothing is written outside $WORK (default: a temporary
# folder); synthetic sets already in $WORK are reused (making scale 1000 takes minutes).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
SCALES=${SCALES-100}
WORK=${WORK:-$(mktemp -d)}
LAUNCH=${LAUNCH:-bin/perfbook}
mkdir -p "$WORK"

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
[ -f target/perfbook.jar ] || mvn -q -B package -DskipTests

PHASES=("read returns" "check" "assess" "charts" "book and report")

# one run: prints "wall_s cpu_s rss_mb exit phase_s..." (phases from --timings, in PHASES order)
measure() {
  local log="$WORK/time.log" err="$WORK/stderr.log"
  set +e
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$log" $LAUNCH "$@" >/dev/null 2>"$err"
  local code=$?
  set -e
  local phases=""
  for p in "${PHASES[@]}"; do
    phases+=" $(awk -v p="$p" 'index($0, "  " p " ") == 1 { v = $NF == "ms" ? $(NF - 1) : $NF; gsub(",", "", v); printf "%.2f\n", v / 1000 }' "$err" | head -1)"
  done
  awk -v code="$code" -v phases="$phases" '
    /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time/ { user = $NF }
    /System time/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%.2f %.2f %.0f %d%s\n", wall, user + sys, rss, code, phases }' "$log"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
column() { awk -v c="$1" '{ print $c }' "$2" | median; }

# a set measured from nothing (no charts from an earlier build), or with AGAIN=1 built once first and then
# measured building again over its own charts, as a build rerun after a late return finds them
bench() {
  local label="$1" workbooks="$2"
  local results="$WORK/results.txt"
  : > "$results"
  rm -rf "$WORK/out" "$WORK/charts"
  if [ "${AGAIN:-}" = 1 ]; then
    $LAUNCH build --workbooks "$workbooks" --out "$WORK/out" --charts "$WORK/charts" >/dev/null 2>&1 || true
    label="$label, built again (charts unchanged)"
  fi
  for i in $(seq "$RUNS"); do
    [ "${AGAIN:-}" = 1 ] || rm -rf "$WORK/out" "$WORK/charts"
    measure build --timings --workbooks "$workbooks" --out "$WORK/out" --charts "$WORK/charts" >> "$results"
  done
  local codes phases=""
  codes=$(awk '{ print $4 }' "$results" | sort -u | tr '\n' ' ')
  for c in 5 6 7 8 9; do
    phases+=" $(column "$c" "$results") s |"
  done
  printf '| %s | %s s | %s s | %s MB |%s %s | %s|\n' "$label" \
    "$(column 1 "$results")" "$(column 2 "$results")" "$(column 3 "$results")" "$phases" "$RUNS" "$codes"
}

echo "perfbook build through \`$LAUNCH\`${PERFBOOK_JAVA_OPTS:+ (PERFBOOK_JAVA_OPTS=$PERFBOOK_JAVA_OPTS)}, $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d); medians of $RUNS runs"
echo
echo "| run | wall | CPU (user + sys) | peak RSS | read returns | check | assess | charts | book and report | runs | exit code |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
[ -f "$WORK/sample/catalogue.xlsx" ] || java -jar target/perfbook.jar sample --force --out "$WORK/sample" >/dev/null
bench "\`build\` on the shipped sample" "$WORK/sample"
for n in $SCALES; do
  [ -f "$WORK/scale-$n/catalogue.xlsx" ] || java -jar target/perfbook.jar sample --force --scale "$n" --out "$WORK/scale-$n" >/dev/null
  bench "\`build\` on \`sample --scale $n\`" "$WORK/scale-$n"
done
