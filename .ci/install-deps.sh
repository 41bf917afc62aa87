#!/usr/bin/env bash
# Installs what the tests need beyond Java and Maven: Debian's Chromium and ChromeDriver for the
# browser tests. Idempotent: does nothing when they are already there.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium and chromium-driver are missing; install them: sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null
chromium --version
