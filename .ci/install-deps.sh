#!/usr/bin/env bash
# Installs what the tests need beyond Java and Maven: Debian's Chromium and ChromeDriver for the browser
# tests, and fonts for generated social cards (Noto for most scripts, WenQuanYi Micro Hei for Chinese,
# Japanese and Korean, Symbola for emoji; about 15 MB to download). Idempotent: installs only what is missing.
set -euo pipefail
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "not a Debian system: install Chromium, ChromeDriver and fonts with your package manager" >&2
  exit 0
fi
packages=(chromium chromium-driver fonts-dejavu-core fonts-noto-core fonts-wqy-microhei fonts-symbola)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing packages: ${missing[*]}; install them: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
chromium --version
