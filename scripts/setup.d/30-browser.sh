#!/usr/bin/env bash
# Browser extension tests: Debian's chromium and firefox-esr (never a browser downloaded by a test tool) and the
# npm packages of extension-browser (puppeteer-core, web-ext) from its package-lock.json.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -q >&2
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}" fonts-dejavu-core >&2
fi
command -v node >/dev/null 2>&1 || { echo "error: extension-browser needs node (>= 18) and npm on PATH" >&2; exit 1; }
cd "$ROOT/extension-browser"
# node_modules is rebuilt only when the lock file changed since the last install
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.brickoptima-lock; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund >&2
  cp package-lock.json node_modules/.brickoptima-lock
fi
