#!/usr/bin/env bash
# Prints how long the breaking-change comparison takes on a synthetic mesh in a git repository: reading the
# baseline from a git ref and from a catalog.json, and comparing it with the working tree.
# Usage: scripts/baseline-benchmark.sh [products, default 2000] [properties per contract, default 20]
exec "$(dirname "$0")/run-benchmark.sh" 4g io.github.meshplugin.diff.BaselineBenchmark "$@"
