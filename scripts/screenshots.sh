#!/bin/sh
# Takes the screenshots in docs/screenshots/ under Xvfb on a 1600x1000 screen, at scale 1 and 1.5
# (-1.5x), with real peers (storescp, wlmscpfs) and sample data; then the service console's pages
# in headless chromium at the same scales (tst_console_browser). Usage: scripts/screenshots.sh [BUILD_DIR]
set -eu
cd "$(dirname "$0")/.."
build="${1:-build}"
cmake --build "$build" --target pacsdrop_screenshots
shots="$build/tests/pacsdrop_screenshots"
xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" docs/screenshots
QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1600x1000x24" "$shots" docs/screenshots -1.5x main-window,patient-dialog,progress-dialog,device-form,outbox-view
cmake --build "$build" --target tst_console_browser
PACSDROP_CONSOLE_SCREENSHOTS=docs/screenshots "$build/tests/tst_console_browser" >/dev/null
mkdir -p "$build/console-1.5x"
PACSDROP_CONSOLE_SCREENSHOTS="$build/console-1.5x" PACSDROP_CONSOLE_SCALE=1.5 "$build/tests/tst_console_browser" >/dev/null
for f in "$build"/console-1.5x/console-*.png; do cp "$f" "docs/screenshots/$(basename "$f" .png)-1.5x.png"; done
ls -1 docs/screenshots
