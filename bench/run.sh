#!/usr/bin/env bash
# Measures `perfbook build` as a user runs it: whole process, wall and CPU time and peak memory, the
# median of several runs, on the shipped sample and on synthetic sets. Prints a Markdown table.
#
#   bench/run.sh                 # the shipped sample and scale 100, 5 runs each
#   RUNS=3 SCALES="100 1000" bench/run.sh
#
# Needs /usr/bin/time (Debian package `time`). Nothing is written outside $WORK (default: a temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
SCALES=${SCALES-100}
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
JAR=target/perfbook.jar
JAVA_OPTS=${JAVA_OPTS:-}

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
[ -f "$JAR" ] || mvn -q -B package -DskipTests

# one run: prints "wall_s cpu_s rss_mb exit"
measure() {
  local log="$WORK/time.log"
  set +e
  /usr/bin/time -v -o "$log" java $JAVA_OPTS -jar "$JAR" "$@" >/dev/null 2>"$WORK/stderr.log"
  local code=$?
  set -e
  awk -v code="$code" '
    /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time/ { user = $NF }
    /System time/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%.2f %.2f %.0f %d\n", wall, user + sys, rss, code }' "$log"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

bench() {
  local label="$1" workbooks="$2"
  local results="$WORK/results.txt"
  : > "$results"
  for i in $(seq "$RUNS"); do
    rm -rf "$WORK/out" "$WORK/charts"
    measure build --workbooks "$workbooks" --out "$WORK/out" --charts "$WORK/charts" >> "$results"
  done
  local code
  code=$(awk '{ print $4 }' "$results" | sort -u | tr '\n' ' ')
  printf '| %s | %s s | %s s | %s MB | %s | %s |\n' "$label" \
    "$(awk '{ print $1 }' "$results" | median)" "$(awk '{ print $2 }' "$results" | median)" \
    "$(awk '{ print $3 }' "$results" | median)" "$RUNS" "$code"
}

echo "perfbook build, $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d); median of $RUNS runs"
echo
echo "| run | wall | CPU (user + sys) | peak RSS | runs | exit code |"
echo "|---|---|---|---|---|---|"
java -jar "$JAR" sample --force --out "$WORK/sample" >/dev/null
bench "\`build\` on the shipped sample" "$WORK/sample"
for n in $SCALES; do
  java -jar "$JAR" sample --force --scale "$n" --out "$WORK/scale-$n" >/dev/null
  bench "\`build\` on \`sample --scale $n\`" "$WORK/scale-$n"
done
