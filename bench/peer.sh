#!/usr/bin/env bash
# Measures `perfbook build` side by side with bench/peer/peer.py, a straightforward Python script doing
# the same job (openpyxl reads every return, matplotlib draws the same charts at the same pixel sizes
# at 300 dpi, openpyxl writes a consolidated workbook with them embedded): whole process under
# /usr/bin/time -v, the two run alternately, medians of RUNS runs each. Prints a Markdown table.
#
#   bench/peer.sh                          # the shipped sample, 3 runs each
#   RUNS=1 SCALES=100 bench/peer.sh        # and `sample --scale 100` (SCALES="" by default)
#   RUNS=1 SCALES=1000 SAMPLE=no bench/peer.sh   # scale 1000 only
#   LAUNCH="java -jar target/perfbook.jar" bench/peer.sh
#
# Needs /usr/bin/time and Debian's python3-openpyxl and python3-matplotlib (PYTHON, default
# /usr/bin/python3). perfbook's first run on a set lists its charts (name and pixel size) for the
# peer to draw the same ones. Nothing is written outside $WORK (default: a temporary folder);
# synthetic sets already in $WORK are reused.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
SCALES=${SCALES-}
SAMPLE=${SAMPLE:-yes}
WORK=${WORK:-$(mktemp -d)}
LAUNCH=${LAUNCH:-bin/perfbook}
PYTHON=${PYTHON:-/usr/bin/python3}
mkdir -p "$WORK"

[ -x /usr/bin/time ] || { echo "peer: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
"$PYTHON" -c 'import openpyxl, matplotlib' 2>/dev/null \
  || { echo "peer: $PYTHON needs openpyxl and matplotlib (apt-get install python3-openpyxl python3-matplotlib)" >&2; exit 2; }
[ -f target/perfbook.jar ] || mvn -q -B package -DskipTests

# one run: prints "wall_s cpu_s rss_mb exit"
measure() {
  local log="$WORK/time.log"
  set +e
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$WORK/stderr.log"
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
column() { awk -v c="$1" '{ print $c }' "$2" | median; }

# "name width height" of every PNG perfbook drew, read from each file's IHDR chunk
chart_list() {
  "$PYTHON" - "$1" <<'EOF'
import os, struct, sys
for d in sorted(os.listdir(sys.argv[1])):
    for f in sorted(os.listdir(os.path.join(sys.argv[1], d))):
        if f.endswith(".png"):
            with open(os.path.join(sys.argv[1], d, f), "rb") as png:
                print(f[:-4], *struct.unpack(">II", png.read(24)[16:24]))
EOF
}

bench() {
  local label="$1" workbooks="$2" mine="$WORK/perfbook.txt" peer="$WORK/peer.txt" charts
  : > "$mine"
  : > "$peer"
  for i in $(seq "$RUNS"); do
    rm -rf "$WORK/out" "$WORK/charts"
    # shellcheck disable=SC2086
    measure $LAUNCH build --workbooks "$workbooks" --out "$WORK/out" --charts "$WORK/charts" >> "$mine"
    [ "$i" -gt 1 ] || chart_list "$WORK/charts" > "$WORK/charts.txt"
    rm -rf "$WORK/out" "$WORK/charts"
    measure "$PYTHON" bench/peer/peer.py --workbooks "$workbooks" --out "$WORK/out" --charts "$WORK/charts" \
      --chart-list "$WORK/charts.txt" >> "$peer"
  done
  charts=$(wc -l < "$WORK/charts.txt")
  printf '| %s, %s charts | %s s | %s s | %s MB | %s s | %s s | %s MB | %s |\n' "$label" "$charts" \
    "$(column 1 "$mine")" "$(column 2 "$mine")" "$(column 3 "$mine")" \
    "$(column 1 "$peer")" "$(column 2 "$peer")" "$(column 3 "$peer")" \
    "$(awk -v a="$(column 2 "$mine")" -v b="$(column 2 "$peer")" 'BEGIN { printf "%.2f", a / b }')"
  awk '$4 != 0 && $4 != 1 { print "peer: perfbook exited " $4 > "/dev/stderr" }' "$mine"
  awk '$4 != 0 { print "peer: the peer exited " $4 " (" ENVIRON["WORK"] "/stderr.log)" > "/dev/stderr" }' "$peer"
}

export WORK
echo "perfbook build through \`$LAUNCH\` against bench/peer/peer.py ($("$PYTHON" --version 2>&1), openpyxl $("$PYTHON" -c 'import openpyxl; print(openpyxl.__version__)'), matplotlib $("$PYTHON" -c 'import matplotlib; print(matplotlib.__version__)')), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d); medians of $RUNS alternating runs"
echo
echo "| run | perfbook wall | perfbook CPU (user + sys) | perfbook peak RSS | peer wall | peer CPU | peer peak RSS | CPU perfbook / peer |"
echo "|---|---|---|---|---|---|---|---|"
if [ "$SAMPLE" != no ]; then
  [ -f "$WORK/sample/catalogue.xlsx" ] || java -jar target/perfbook.jar sample --force --out "$WORK/sample" >/dev/null
  bench "the shipped sample" "$WORK/sample"
fi
for n in $SCALES; do
  [ -f "$WORK/scale-$n/catalogue.xlsx" ] || java -jar target/perfbook.jar sample --force --scale "$n" --out "$WORK/scale-$n" >/dev/null
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) before scale $n" >&2
  bench "\`sample --scale $n\`" "$WORK/scale-$n"
done
