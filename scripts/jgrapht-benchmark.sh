#!/usr/bin/env bash
# Times each graph analysis against JGraphT's algorithm for the same question, on meshes written by SyntheticMesh.
# Usage: scripts/jgrapht-benchmark.sh [products ...]   (default: 10000 50000)
exec "$(dirname "$0")/run-benchmark.sh" 4g io.github.meshplugin.graph.analysis.JGraphTBenchmark "$@"
