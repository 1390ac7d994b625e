#!/usr/bin/env bash
# Prints what the graph pictures of a synthetic mesh cost: layout and drawing time per kind of picture and the
# size of the largest SVG, then writes the catalog so the pictures can be looked at.
# Usage: scripts/graph-pictures-benchmark.sh [products, default 2000] [site folder] [seed]
exec "$(dirname "$0")/run-benchmark.sh" 3g io.github.meshplugin.site.GraphPicturesBenchmark "$@"
