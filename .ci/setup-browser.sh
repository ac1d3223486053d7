#!/usr/bin/env bash
# Make a headless Chromium available for tests/report/test_html_browser.py (Debian's package,
# driven by the Python playwright package; `playwright install` is never used).
# Idempotent: does nothing when /usr/bin/chromium exists, or when we cannot install it
# (not root, or no apt-get) — the browser test then skips and says why.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-browser: /usr/bin/chromium missing and cannot install it (needs root and apt-get); browser test will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "setup-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
