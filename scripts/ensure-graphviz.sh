#!/usr/bin/env bash
# The graph tests render the DOT that mesh:graph writes with Graphviz's `dot`. This installs Debian's graphviz
# when it is absent, so the test command works on a fresh machine, and otherwise fails saying what to do.
set -euo pipefail

if command -v dot >/dev/null 2>&1; then
  echo "Graph tests: $(dot -V 2>&1 | head -n1)"
  exit 0
fi

echo "Graph tests need Graphviz (dot); installing graphviz with apt-get."
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "ERROR: cannot install graphviz: not root and no password-less sudo." >&2
  echo "Install it once with: sudo apt-get install -y graphviz" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends graphviz >/dev/null
command -v dot >/dev/null || {
  echo "ERROR: dot still missing after apt-get install graphviz." >&2
  exit 1
}
echo "Graph tests: $(dot -V 2>&1 | head -n1)"
