#!/usr/bin/env bash
# The integration tests drive Debian's Chromium through its ChromeDriver (browser tests) and render DOT with
# Graphviz's `dot` (graph tests). This installs whatever of them is absent, so the test command works on a fresh
# machine, and otherwise fails with a message that says what to do.
set -euo pipefail

# command -> Debian package
declare -A package=([chromium]=chromium [chromedriver]=chromium-driver [dot]=graphviz)
missing=()
for command in chromium chromedriver dot; do
  command -v "$command" >/dev/null 2>&1 || missing+=("${package[$command]}")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "The integration tests need ${missing[*]}; installing with apt-get."
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "ERROR: cannot install ${missing[*]}: not root and no password-less sudo." >&2
    echo "Install them once with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  for command in chromium chromedriver dot; do
    command -v "$command" >/dev/null 2>&1 || {
      echo "ERROR: $command still missing after apt-get install ${package[$command]}." >&2
      exit 1
    }
  done
fi
echo "Browser tests: $(chromium --version 2>/dev/null | head -n1), $(chromedriver --version | head -n1)"
echo "Graph tests: $(dot -V 2>&1 | head -n1)"
