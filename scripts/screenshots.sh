#!/bin/sh
# Takes the screenshots in docs/screenshots/ (main window, patient dialog, progress dialog, each
# settings page) on Qt's offscreen platform, with sample data. Usage: scripts/screenshots.sh [BUILD_DIR]
set -eu
cd "$(dirname "$0")/.."
build="${1:-build}"
cmake --build "$build" --target pacsdrop_screenshots
QT_QPA_PLATFORM=offscreen "$build/tests/pacsdrop_screenshots" docs/screenshots
ls -1 docs/screenshots
