#!/usr/bin/env bash
# Compares ways of encoding a typical chart as PNG (CPU time a chart and bytes); prints a Markdown table.
#
#   bench/png.sh        # 20 rounds of each after 20 to warm up, with bin/perfbook's quick compiler
#   bench/png.sh 50
#   JAVA_OPTS= bench/png.sh   # with both compilers, as java -jar runs
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
# shellcheck disable=SC2086
java ${JAVA_OPTS--XX:TieredStopAtLevel=1} -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.perfbook.charts.PngEncodingBench "${1:-20}"
