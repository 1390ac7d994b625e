#!/usr/bin/env bash
# Prints how large the search index of a synthetic catalog is and what the first search loads from it.
# Usage: scripts/search-benchmark.sh [products, default 50000] [properties per contract, default 20]
exec "$(dirname "$0")/run-benchmark.sh" 8g io.github.meshplugin.site.SearchIndexBenchmark "$@"
