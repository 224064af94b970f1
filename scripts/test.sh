#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build, run every test
# (unit, real peers on loopback, CLI, UI offscreen). Exit status is the suite's.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$repo/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${PACSDROP_BUILD_DIR:-$repo/build}" --output-on-failure --parallel 2 --timeout 900
