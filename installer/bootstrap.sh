#!/usr/bin/env bash
# Installs what Kansli needs on a Debian-like machine: the system packages
# (when missing, as root or through sudo) and a virtual environment in .venv
# with Kansli and its test tools. Safe to run again; does only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libnss3 libegl1 libgl1
          libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-render-util0
          libxcb-image0 libfontconfig1 libdbus-1-3 fonts-dejavu-core libpulse0
          tesseract-ocr tesseract-ocr-eng postgresql poppler-utils python3-venv)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.kansli-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  # sqlcipher3-binary was replaced by sqlcipher3-wheels (the same module, a faster build):
  # two packages must not own one module's files (both go, the one listed comes back).
  if .venv/bin/python -m pip show -q sqlcipher3-binary >/dev/null 2>&1; then
    .venv/bin/python -m pip uninstall -q -y sqlcipher3-binary sqlcipher3-wheels
  fi
  .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi
