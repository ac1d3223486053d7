#!/usr/bin/env bash
# Make a headless Chromium available for tests/report/test_html_browser.py (Debian's package,
# driven by the Python playwright package; `playwright install` is never used).
# Idempotent: does nothing when /usr/bin/chromium exists, or when we cannot install it
# (not root, or no apt-get) — the browser test then skips and says why.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
source "$(dirname "$0")/apt.sh"
apt_install setup-browser "/usr/bin/chromium missing" "browser test will skip" chromium || exit 0
echo "setup-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
