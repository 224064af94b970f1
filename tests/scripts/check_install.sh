#!/bin/sh
# Installs PacsDrop into a scratch DESTDIR and checks what a Linux desktop needs: the program, the
# desktop entry with its "Send to PACS" action (valid per desktop-file-validate), the icon, the
# Dolphin service menu, and that the per-user script adds the Nautilus and Thunar actions once.
# Usage: check_install.sh BUILD_DIR
set -eu
build="$1"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
DESTDIR="$scratch/root" cmake --install "$build" --prefix /usr >/dev/null
root="$scratch/root/usr"
for f in bin/pacsdrop bin/pacsdrop-file-manager-actions share/applications/pacsdrop.desktop \
         share/icons/hicolor/scalable/apps/pacsdrop.svg share/kio/servicemenus/pacsdrop-send-to-pacs.desktop \
         share/pacsdrop/file-managers/nautilus-send-to-pacs share/pacsdrop/file-managers/thunar-send-to-pacs.xml \
         lib/systemd/user/pacsdrop.service share/pacsdrop/systemd/pacsdrop-system.service; do
    [ -e "$root/$f" ] || { echo "missing after install: $f"; exit 1; }
done
desktop-file-validate "$root/share/applications/pacsdrop.desktop"
grep -q '^Actions=send-to-pacs;' "$root/share/applications/pacsdrop.desktop"
grep -q '^Exec=pacsdrop %F' "$root/share/kio/servicemenus/pacsdrop-send-to-pacs.desktop"
if command -v systemd-analyze >/dev/null 2>&1; then # the units parse (the binary need not be installed there)
    systemd-analyze verify --man=no "$root/lib/systemd/user/pacsdrop.service" 2>&1 | grep -v 'ExecStart\|not executable\|No such file' || true
fi
grep -q '^ExecStart=/usr/bin/pacsdrop serve' "$root/lib/systemd/user/pacsdrop.service"

home="$scratch/home"
mkdir -p "$home"
for run in 1 2; do # twice: the Thunar action is added once
    HOME="$home" XDG_DATA_HOME= XDG_CONFIG_HOME= PACSDROP_SHARE="$root/share/pacsdrop" "$root/bin/pacsdrop-file-manager-actions" >/dev/null
done
[ -x "$home/.local/share/nautilus/scripts/Send to PACS" ] || { echo "Nautilus script not installed"; exit 1; }
count="$(grep -c 'pacsdrop-send-to-pacs' "$home/.config/Thunar/uca.xml")"
[ "$count" = 1 ] || { echo "Thunar action added $count times"; exit 1; }
python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$home/.config/Thunar/uca.xml"
echo "install layout OK"
