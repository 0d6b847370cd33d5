#!/usr/bin/env bash
# Makes Debian's Chromium available to the browser tests (test/browser), installing it when missing.
# Needs root (as CI runs); safe to run again.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium from Debian's packages…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi
/usr/bin/chromium --version >&2
