#!/usr/bin/env bash
# Prints how large the search index of a synthetic catalog is and what the first search loads from it.
# Usage: scripts/search-benchmark.sh [products, default 50000] [properties per contract, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl mesh-maven-plugin -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
plugin=mesh-maven-plugin
java -Xmx8g -cp "$plugin/target/classes:$plugin/target/test-classes:$(cat $plugin/target/benchmark-classpath.txt)" \
  io.github.meshplugin.site.SearchIndexBenchmark "$@"
