#!/usr/bin/env bash
# Prints how long the breaking-change comparison takes on a synthetic mesh in a git repository: reading the
# baseline from a git ref and from a catalog.json, and comparing it with the working tree.
# Usage: scripts/baseline-benchmark.sh [products, default 2000] [properties per contract, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl mesh-maven-plugin -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
plugin=mesh-maven-plugin
java -Xmx4g -cp "$plugin/target/classes:$plugin/target/test-classes:$(cat $plugin/target/benchmark-classpath.txt)" \
  io.github.meshplugin.diff.BaselineBenchmark "$@"
