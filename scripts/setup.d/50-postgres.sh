#!/usr/bin/env bash
# PostgreSQL tests (pg command, plan rules on real plans, the JDBC guard): Debian's PostgreSQL 15 server with
# pg_stat_statements (ships with the server) and the hypopg extension. scripts/pg-fixture runs a throwaway cluster
# from /usr/lib/postgresql/15/bin; the Debian service and its default cluster are never used.
# Idempotent: installs only what is missing; refreshes the package lists only when a package is unknown.
set -euo pipefail
pkgs=(postgresql-15 postgresql-client-15 postgresql-15-hypopg)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then $SUDO apt-get -o DPkg::Lock::Timeout=600 update -q; fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}"
