#!/usr/bin/env bash
# Runs one of the benchmarks kept with the tests: compiles them, then runs the class with the test class path.
# Usage: scripts/run-benchmark.sh <max heap, e.g. 4g> <class> [arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
heap="$1"
main="$2"
shift 2
./mvnw -B -ntp -q -pl mesh-maven-plugin -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
plugin=mesh-maven-plugin
java "-Xmx$heap" -cp "$plugin/target/classes:$plugin/target/test-classes:$(cat $plugin/target/benchmark-classpath.txt)" \
  "$main" "$@"
