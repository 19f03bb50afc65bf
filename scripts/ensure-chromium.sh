#!/bin/sh
# Installs Debian's Chromium (Playwright cannot download its own browsers on this network)
# and poppler-utils (pdftotext, used by the handout test). Does nothing if both are present.
set -e
if command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium poppler-utils
