#!/usr/bin/env bash
# plugin-intellij compiles and tests against Debian's IntelliJ Platform 183 jars (JetBrains' own repositories
# are not reachable from the build machines). The headless test environment also needs the libraries below.
# Idempotent: installs only what is missing; refreshes the package lists only when a package is unknown.
set -euo pipefail
pkgs=(libintellij-core-java libintellij-platform-api-java libtrove-intellij-java libjdom2-intellij-java
      libpicocontainer1-java libjetbrains-annotations-java libguava-java libautomaton-java libasm-java)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then $SUDO apt-get -o DPkg::Lock::Timeout=600 update -q; fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
