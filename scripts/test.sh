#!/usr/bin/env bash
# The project's one test command (README, .ci/run): installs what the tests need, then
# lints and runs the whole suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: Tesseract (OCR tests), LibreOffice (.ppt/.odp tests), Chromium (HTML report tests).
need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-eng)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-impress-nogui)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if ((${#need[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system packages: ${need[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "WARNING: cannot install ${need[*]} (not root or no apt-get): tests that need them will be SKIPPED" >&2
  fi
fi

python -m pip install -q --disable-pip-version-check -e '.[dev,dask]'
python -m ruff check plandeck tests bench samples
python -m mypy plandeck
python -m pytest "$@"
