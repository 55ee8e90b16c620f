#!/usr/bin/env bash
# Browser extension tests: Debian's chromium (never a browser downloaded by a test tool) and the
# npm packages of extension-browser (playwright-core, web-ext) from its package-lock.json.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core >&2
fi
command -v node >/dev/null 2>&1 || { echo "error: extension-browser needs node (>= 18) and npm on PATH" >&2; exit 1; }
cd "$ROOT/extension-browser"
# node_modules is rebuilt only when the lock file changed since the last install
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.brickoptima-lock; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >&2
  cp package-lock.json node_modules/.brickoptima-lock
fi
