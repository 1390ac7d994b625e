#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through its ChromeDriver. This installs both when they are absent,
# so the test command works on a fresh machine, and otherwise fails with a message that says what to do.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  echo "Browser tests: $(chromium --version 2>/dev/null | head -n1), $(chromedriver --version | head -n1)"
  exit 0
fi

echo "Browser tests need chromium and chromium-driver; installing them with apt-get."
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "ERROR: cannot install chromium: not root and no password-less sudo." >&2
  echo "Install them once with: sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
command -v chromium >/dev/null && command -v chromedriver >/dev/null || {
  echo "ERROR: chromium or chromedriver still missing after apt-get install." >&2
  exit 1
}
echo "Browser tests: $(chromium --version | head -n1), $(chromedriver --version | head -n1)"
