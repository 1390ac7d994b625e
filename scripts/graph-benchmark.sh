#!/usr/bin/env bash
# Prints what the graph pictures of a synthetic mesh cost: layout and drawing time per kind of picture and the
# size of the largest SVG, then writes the catalog so the pictures can be looked at.
# Usage: scripts/graph-benchmark.sh [products, default 2000] [site folder] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl mesh-maven-plugin -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
plugin=mesh-maven-plugin
java -Xmx3g -cp "$plugin/target/classes:$plugin/target/test-classes:$(cat $plugin/target/benchmark-classpath.txt)" \
  io.github.meshplugin.site.GraphPicturesBenchmark "$@"
