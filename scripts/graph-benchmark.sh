#!/usr/bin/env bash
# Prints how long each graph analysis (and each mesh:graph format) takes on synthetic meshes built in memory.
# Usage: scripts/graph-benchmark.sh [products ...]   (default: 10000 50000)
exec "$(dirname "$0")/run-benchmark.sh" 4g io.github.meshplugin.graph.analysis.GraphAnalysisBenchmark "$@"
