#!/usr/bin/env bash
# Conversion benchmark: pacsdrop convert vs DCMTK's img2dcm / pdf2dcm and ffmpeg -c copy, with cp as the floor
# (encapsulating without re-encoding should cost about a file copy).
#   data: one big baseline JPEG, 200 small JPEGs (640x480), one ~20 MB PDF, one ~75 MB H.264 MP4, a 25 MB HEVC MKV,
#         a 10 s VP9 720p clip that both tools transcode to H.264
#   reports: median wall time (hyperfine), ratio to cp, files/s for the batch, peak memory
# Usage: bench/convert_bench.sh [BUILD_DIR] [RUNS]     (results in bench/results/<date>-convert.md)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"
runs="${2:-10}"
pacsdrop="$build/app/pacsdrop"
for tool in "$pacsdrop" /usr/bin/img2dcm /usr/bin/pdf2dcm /usr/bin/convert /usr/bin/ffmpeg /usr/bin/hyperfine /usr/bin/time; do
    [ -x "$tool" ] || { echo "missing $tool (run scripts/setup.sh)" >&2; exit 2; }
done
work="$(mktemp -d /tmp/pacsdrop-convbench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/small" "$work/out"

echo "generating data in $work ..."
/usr/bin/convert -size 5000x3500 plasma:fractal +noise Gaussian -quality 92 "$work/big.jpg"
/usr/bin/convert -size 640x480 plasma:fractal -quality 90 "$work/one.jpg"
for i in $(seq -w 1 200); do cp "$work/one.jpg" "$work/small/p$i.jpg"; done
/usr/bin/python3 - "$work/big.pdf" <<'PY'
import os, sys
blob = os.urandom(20 * 1000 * 1000)
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
        b"<< /Length %d >>\nstream\n" % len(blob) + blob + b"\nendstream"]
out = b"%PDF-1.4\n"; offs = []
for i, o in enumerate(objs):
    offs.append(len(out)); out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
x = len(out); out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs: out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
open(sys.argv[1], "wb").write(out)
PY

# A DICOM-ready video: H.264 High@4.1 1080p in MP4, about 75 MB.
ffmpeg -loglevel error -f lavfi -i testsrc2=size=1920x1080:rate=30 -t 20 -c:v libx264 -preset ultrafast \
    -profile:v high -level 4.1 -pix_fmt yuv420p -b:v 30M "$work/clip.mp4"

# A video DICOM cannot carry as it is: VP9 720p in WebM, 10 s (transcoded by both tools).
ffmpeg -loglevel error -f lavfi -i testsrc2=size=1280x720:rate=30 -t 10 -c:v libvpx-vp9 -deadline realtime \
    -cpu-used 8 -b:v 4M "$work/clip.webm"

# HEVC in Matroska (as many cameras and screen recorders write it): copied into an hvc1 MP4 by both.
ffmpeg -loglevel error -f lavfi -i testsrc2=size=1920x1080:rate=30 -t 10 -c:v libx265 -preset ultrafast \
    -x265-params log-level=error -b:v 20M -pix_fmt yuv420p "$work/clip-hevc.mkv"

set_args="--set PatientName=Bench^Mark --set PatientID=B1 --data-dir $work/pd"
report="$repo/bench/results/$(date +%Y-%m-%d)-convert.md"
mkdir -p "$repo/bench/results"
{
    echo "# pacsdrop convert vs img2dcm / pdf2dcm / cp — $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(nproc) cores; $(uname -r). Big JPEG $(( $(stat -c%s "$work/big.jpg") / 1000000 )) MB, small JPEG $(( $(stat -c%s "$work/one.jpg") / 1000 )) kB, PDF $(( $(stat -c%s "$work/big.pdf") / 1000000 )) MB."
    echo "Medians of $runs runs (hyperfine); peak RSS from time -v."
    echo
    echo "| case | command | median s | vs cp | peak RSS MB |"
    echo "|---|---|---|---|---|"
} > "$report"

peak() { /usr/bin/time -v bash -c "$1" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/{printf "%.0f", $2/1024}'; }

compare() { # case, then name=command pairs; the first is the reference (cp)
    local label=$1; shift
    local args=() names=() cmds=()
    for pair in "$@"; do names+=("${pair%%=*}"); cmds+=("${pair#*=}"); args+=(-n "${pair%%=*}" "${pair#*=}"); done
    hyperfine --runs "$runs" --warmup 1 --prepare "rm -rf $work/out; mkdir -p $work/out" --export-json "$work/h.json" "${args[@]}" >&2
    local peaks=()
    for c in "${cmds[@]}"; do rm -rf "$work/out"; mkdir -p "$work/out"; peaks+=("$(peak "$c")"); done
    /usr/bin/python3 - "$work/h.json" "$label" "${peaks[@]}" >> "$report" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
label, peaks = sys.argv[2], sys.argv[3:]
base = results[0]["median"]
for r, p in zip(results, peaks):
    print(f"| {label} | {r['command']} | {r['median']:.3f} | {r['median'] / base:.1f}x | {p} |")
PY
}

compare "big JPEG" \
    "cp=cp $work/big.jpg $work/out/x.jpg" \
    "img2dcm=img2dcm $work/big.jpg $work/out/x.dcm" \
    "pacsdrop=$pacsdrop convert -o $work/out $set_args $work/big.jpg"
compare "big PDF" \
    "cp=cp $work/big.pdf $work/out/x.pdf" \
    "pdf2dcm=pdf2dcm $work/big.pdf $work/out/x.dcm" \
    "pacsdrop=$pacsdrop convert -o $work/out $set_args $work/big.pdf"
compare "H.264 MP4 video" \
    "cp=cp $work/clip.mp4 $work/out/x.mp4" \
    "ffmpeg -c copy=ffmpeg -loglevel error -i $work/clip.mp4 -c copy $work/out/x.mp4" \
    "pacsdrop=$pacsdrop convert -o $work/out $set_args $work/clip.mp4"
compare "HEVC MKV, remuxed to MP4" \
    "cp=cp $work/clip-hevc.mkv $work/out/x.mkv" \
    "ffmpeg -c copy=ffmpeg -loglevel error -i $work/clip-hevc.mkv -c copy -tag:v hvc1 -movflags +faststart $work/out/x.mp4" \
    "pacsdrop=$pacsdrop convert -o $work/out $set_args $work/clip-hevc.mkv"
compare "VP9 720p 10 s, transcoded" \
    "cp=cp $work/clip.webm $work/out/x.webm" \
    "ffmpeg to H.264=ffmpeg -loglevel error -i $work/clip.webm -c:v libx264 -preset veryfast -crf 20 -pix_fmt yuv420p $work/out/x.mp4" \
    "pacsdrop=$pacsdrop convert -o $work/out $set_args $work/clip.webm"
compare "200 small JPEGs" \
    "cp=cp -r $work/small $work/out/" \
    "img2dcm (one process per file)=for f in $work/small/*.jpg; do img2dcm \$f $work/out/\$(basename \$f).dcm; done" \
    "pacsdrop=$pacsdrop convert -o $work/out $set_args $work/small"
echo >> "$report"
echo "For the batch: files/s = 200 / median." >> "$report"
cat "$report"
