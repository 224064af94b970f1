#!/bin/sh
# Compiles the Windows installer script (installer/windows/pacsdrop.nsi) with NSIS against a dummy
# payload and fails on any error or warning: the Explorer menu, the optional Windows service
# registration (sc.exe create ... serve --windows-service) and the uninstaller stay buildable.
# Usage: check_nsis.sh SOURCE_DIR
set -eu
script="$1/installer/windows/pacsdrop.nsi"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/dist"
echo placeholder > "$scratch/dist/pacsdrop.exe"
cp "$script" "$scratch/pacsdrop.nsi"
cd "$scratch"
makensis -V2 -WX -DSOURCE="$scratch/dist" -DVERSION=0.0.0 pacsdrop.nsi
[ -s "$scratch/PacsDrop-0.0.0-setup.exe" ] || { echo "no installer was written"; exit 1; }
grep -q 'serve --windows-service' "$script"
