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
# The program finds its base library and loads its modules (commands, window, core, image, video, PDF,
# codecs, TLS) from the installed tree, not from the build folder.
for lib in libpacsdrop_base.so libpacsdrop_commands.so libpacsdrop_core.so libpacsdrop_image.so libpacsdrop_video.so libpacsdrop_pdf.so libpacsdrop_window.so libpacsdrop_codecs.so libpacsdrop_tls.so; do
    found="$(find "$root/lib" -name "$lib" | head -1)"
    [ -n "$found" ] || { echo "missing after install: $lib"; exit 1; }
done
ldd "$root/bin/pacsdrop" | grep -q "$root/.*libpacsdrop_base.so" || { echo "the installed program does not find its base library"; exit 1; }
"$root/bin/pacsdrop" --version | grep -q '^pacsdrop ' || { echo "the installed program does not run"; exit 1; }
python3 "$(dirname "$0")/make_pdf.py" "$scratch/letter.pdf"
LD_DEBUG=files "$root/bin/pacsdrop" convert -o "$scratch/out" --set PatientName=A^B --set PatientID=1 "$scratch/letter.pdf" \
    --config "$scratch/settings.json" --data-dir "$scratch/data" >/dev/null 2>"$scratch/ld.log" || { echo "installed convert failed"; exit 1; }
grep -q "calling init: $root/lib.*/libpacsdrop_commands.so" "$scratch/ld.log" || { echo "the installed program did not load its commands module"; exit 1; }
grep -q "calling init: $root/lib.*/libpacsdrop_core.so" "$scratch/ld.log" || { echo "the installed commands module did not find the core library"; exit 1; }
grep -q "file=$root/lib.*/libpacsdrop_pdf.so" "$scratch/ld.log" || { echo "the installed program did not load its PDF module"; exit 1; }
grep -q "calling init: $root/lib.*/libpacsdrop_image.so" "$scratch/ld.log" || { echo "the installed PDF module did not find the image library"; exit 1; }
# A JPEG-LS file for a receiver that takes only uncompressed data: the installed core loads the
# installed codecs module to decompress it.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
mkdir -p "$scratch/scp"
storescp --output-directory "$scratch/scp" "$port" & scp_pid=$!
trap 'kill $scp_pid 2>/dev/null || true; rm -rf "$scratch"' EXIT
sleep 0.5
LD_DEBUG=files "$root/bin/pacsdrop" send --to "STORESCP@127.0.0.1:$port" /usr/lib/python3/dist-packages/pydicom/data/test_files/MR_small_jpeg_ls_lossless.dcm \
    --config "$scratch/settings.json" --data-dir "$scratch/data" >/dev/null 2>"$scratch/ld-send.log" || { echo "installed send (decompressing) failed"; exit 1; }
grep -q "file=$root/lib.*/libpacsdrop_codecs.so" "$scratch/ld-send.log" || { echo "the installed program did not load its codecs module"; exit 1; }
kill "$scp_pid"
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
