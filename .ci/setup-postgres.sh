#!/usr/bin/env bash
# Make PostgreSQL's server binaries (initdb, pg_ctl, postgres) available for the tests that run
# the store on PostgreSQL (tests/pg_support.py starts a temporary cluster on 127.0.0.1 itself
# and stops it at the end; nothing is started here). Debian's package, which also creates the
# unprivileged 'postgres' user the cluster runs as when the tests run as root.
# Idempotent: does nothing when the binaries exist, or when we cannot install them (not root,
# or no apt-get) — the PostgreSQL tests then skip and say why (under CI=true they fail).
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null 2>&1; then
  exit 0
fi
source "$(dirname "$0")/apt.sh"
# the package's own cluster is not needed: the tests make their own
apt_install setup-postgres "PostgreSQL binaries missing" "PostgreSQL tests will skip" \
  --no-install-recommends postgresql || exit 0
if command -v pg_ctlcluster >/dev/null 2>&1; then  # Debian starts a default cluster; stop it
  for conf in /etc/postgresql/*/main; do
    [ -d "$conf" ] && pg_ctlcluster "$(basename "$(dirname "$conf")")" main stop 2>/dev/null || true
  done
fi
echo "setup-postgres: installed $(ls -d /usr/lib/postgresql/*/bin | tail -1)"
