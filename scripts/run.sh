#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: install what is missing, build, start PacsDrop.
# Arguments are passed on (e.g. scripts/run.sh send --to PACS folder/); none opens the window.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$repo/scripts/setup.sh"
exec "${PACSDROP_BUILD_DIR:-$repo/build}/app/pacsdrop" "$@"
