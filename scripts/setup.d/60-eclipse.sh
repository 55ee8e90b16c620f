#!/usr/bin/env bash
# Eclipse plugin tests: an X server without a screen (Debian's xvfb). The headless OSGi tests on Eclipse 2024-03 need
# a display: JDT UI 3.32 creates an SWT Display while it starts (JFace's PreferenceConverter), newer releases do not.
# scripts/x-display starts one for a test run.
set -euo pipefail
if ! command -v Xvfb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -q >&2
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends xvfb >&2
fi
