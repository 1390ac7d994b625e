#!/usr/bin/env bash
# Prints how long each graph analysis (and each mesh:graph format) takes on synthetic meshes built in memory.
# Usage: scripts/graph-benchmark.sh [products ...]   (default: 10000 50000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl mesh-maven-plugin -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
plugin=mesh-maven-plugin
java -Xmx4g -cp "$plugin/target/classes:$plugin/target/test-classes:$(cat $plugin/target/benchmark-classpath.txt)" \
  io.github.meshplugin.graph.analysis.GraphAnalysisBenchmark "$@"
