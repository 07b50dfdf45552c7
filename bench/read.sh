#!/usr/bin/env bash
# CPU time to read one return (one thread, after warming up), the whole read and opening a workbook
# with POI's usermodel against the streaming reader; prints a Markdown table.
#
#   bench/read.sh                         # the shipped sample's returns, 5 rounds
#   bench/read.sh /path/to/returns 10
#   BENCH_JAVA_OPTS=-XX:TieredStopAtLevel=1 bench/read.sh    # the quick compiler only, as bin/perfbook runs
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
# shellcheck disable=SC2086
java -XX:+UseSerialGC ${BENCH_JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.perfbook.returns.ReturnReadingBench "${1:-workbooks/returns}" "${2:-5}"
