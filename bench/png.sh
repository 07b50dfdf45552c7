#!/usr/bin/env bash
# Compares ways of encoding a typical chart as PNG (CPU time a chart and bytes); prints a Markdown table.
#
#   bench/png.sh        # 20 rounds of each after 20 to warm up
#   bench/png.sh 50
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Djava.awt.headless=true -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.perfbook.charts.PngEncodingBench "${1:-20}"
