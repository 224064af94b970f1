#!/usr/bin/env bash
# Window benchmark: time from start to a shown window, and to a shown window listing 10,000 DICOM
# files (headers read, kinds and patients shown), for PacsDrop and for a bare Qt Widgets program
# (bench/gui/bare_window.cpp: a table of names and sizes) on the same machine, offscreen.
#   reports: median wall time (hyperfine), ratio to the bare program, peak memory
# Usage: bench/gui_bench.sh [BUILD_DIR] [RUNS]     (results in bench/results/<date>-gui.md)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"
runs="${2:-10}"
pacsdrop="$build/app/pacsdrop"
bare="$build/bench/pacsdrop_bare_window"
series="$build/tests/pacsdrop_make_series"
for tool in "$pacsdrop" "$bare" "$series" /usr/bin/hyperfine /usr/bin/time; do
    [ -x "$tool" ] || { echo "missing $tool (build first: scripts/setup.sh)" >&2; exit 2; }
done
work="$(mktemp -d /tmp/pacsdrop-guibench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/files"
"$series" --out "$work/files" --count 10000 --rows 64 --cols 64 >/dev/null
export QT_QPA_PLATFORM=offscreen PACSDROP_QUIT_WHEN_READY=1
report="$repo/bench/results/$(date +%Y-%m-%d)-gui.md"
mkdir -p "$repo/bench/results"
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/{printf "%.0f", $2/1024}'; }
{
    echo "# Window start-up and 10,000 files: PacsDrop vs a bare Qt Widgets program — $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(nproc) cores; $(uname -r); offscreen platform. 10,000 DICOM files of 64x64 pixels (8.7 kB each)."
    echo "Medians of $runs runs (hyperfine); peak RSS from time -v."
    echo
    echo "| case | program | median s | vs bare | peak RSS MB |"
    echo "|---|---|---|---|---|"
} > "$report"
compare() { # label, bare command..., --, pacsdrop command...
    local label=$1; shift
    hyperfine --runs "$runs" --warmup 1 -N --export-json "$work/h.json" -n bare "$1" -n pacsdrop "$2" >&2
    local pb pp
    pb="$(peak $1)"; pp="$(peak $2)"
    python3 - "$work/h.json" "$label" "$pb" "$pp" >> "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
label, peaks = sys.argv[2], sys.argv[3:]
for x, p in zip(r, peaks):
    print(f"| {label} | {x['command']} | {x['median']:.3f} | {x['median'] / r[0]['median']:.1f}x | {p} |")
PY
}
compare "empty window" "$bare" "$pacsdrop --data-dir $work/pd"
compare "10,000 files listed" "$bare $work/files" "$pacsdrop --data-dir $work/pd $work/files"
cat "$report"
