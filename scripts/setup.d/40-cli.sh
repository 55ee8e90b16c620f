#!/usr/bin/env bash
# CLI tests: CiRecipesIT runs the docs/ci.md recipes in a throwaway git repository, FixCommandTest applies the
# 'fix --dry-run' diff with patch(1), HtmlReportChromiumTest opens the HTML report in Debian's chromium (30-browser.sh).
# Idempotent: installs only what is missing.
set -euo pipefail
missing=()
for cmd in git patch; do command -v "$cmd" >/dev/null 2>&1 || missing+=("$cmd"); done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then $SUDO apt-get -o DPkg::Lock::Timeout=600 update -q >&2; fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}" >&2
