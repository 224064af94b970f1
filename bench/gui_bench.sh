#!/usr/bin/env bash
# Window benchmark: time from start to a shown window, and to a shown window listing 10,000 DICOM
# files (headers read, kinds and patients shown), for PacsDrop and for a bare Qt Widgets program
# (bench/gui/bare_window.cpp: a table of names and sizes) on the same machine, offscreen.
#   reports: median wall time (hyperfine), ratio to the bare program, peak memory, and the start's
#   milestones of both programs in interleaved runs (bench/gui/start_timer.cpp)
# Usage: bench/gui_bench.sh [BUILD_DIR] [RUNS]     (results in bench/results/<date>-gui.md)
# PACSDROP_BASELINE=OTHER_BUILD_DIR also times that build's pacsdrop (e.g. the commit before a
# change, built with -DPACSDROP_BUILD_TESTS=OFF) in the same runs, and counts instructions of
# both with callgrind on 1,000 files (repeatable whatever the machine is doing).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"
runs="${2:-10}"
pacsdrop="$build/app/pacsdrop"
bare="$build/bench/pacsdrop_bare_window"
series="$build/tests/pacsdrop_make_series"
timer="$build/bench/pacsdrop_start_timer"
for tool in "$pacsdrop" "$bare" "$series" "$timer" /usr/bin/hyperfine /usr/bin/time; do
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
baseline="${PACSDROP_BASELINE:+$PACSDROP_BASELINE/app/pacsdrop}"
compare() { # label, bare command, pacsdrop command, [baseline command]
    local label=$1; shift
    local names=(-n bare "$1" -n pacsdrop "$2")
    [ $# -ge 3 ] && names+=(-n baseline "$3")
    hyperfine --runs "$runs" --warmup 1 -N --export-json "$work/h.json" "${names[@]}" >&2
    local peaks=()
    for command in "$@"; do peaks+=("$(peak $command)"); done
    python3 - "$work/h.json" "$label" "${peaks[@]}" >> "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
label, peaks = sys.argv[2], sys.argv[3:]
for x, p in zip(r, peaks):
    print(f"| {label} | {x['command']} | {x['median']:.3f} | {x['median'] / r[0]['median']:.1f}x | {p} |")
PY
}
compare "empty window" "$bare" "$pacsdrop --data-dir $work/pd" ${baseline:+"$baseline --data-dir $work/pb"}
compare "10,000 files listed" "$bare $work/files" "$pacsdrop --data-dir $work/pd $work/files" ${baseline:+"$baseline --data-dir $work/pb $work/files"}
# Where the start's time goes: each program's milestones (PACSDROP_START_TRACE), the programs run
# in turn, round after round, so that a slow spell of the machine does not land on one of them.
{
    echo
    echo "Start milestones, interleaved runs (bench/gui/start_timer.cpp; \"shown\" is after show() returns, \"ended\" when the process has exited):"
    echo
    "$timer" $((runs * 4)) bare="$bare" pacsdrop="$pacsdrop --data-dir $work/pt" ${baseline:+baseline="$baseline --data-dir $work/bt"}
    echo
} >> "$report"
if [ -n "$baseline" ] && command -v valgrind >/dev/null; then
    mkdir -p "$work/files1k"
    all=("$work"/files/*)
    for f in "${all[@]:0:1000}"; do ln -s "$f" "$work/files1k/"; done
    count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | awk '/Collected/{print $4}'; }
    new="$(count "$pacsdrop" --data-dir "$work/cn" "$work/files1k")"
    old="$(count "$baseline" --data-dir "$work/co" "$work/files1k")"
    {
        echo
        echo "Instructions (callgrind) to a shown window listing 1,000 of the files: this build $new, baseline $old"
        python3 -c "print(f'(this build / baseline: {$new / $old:.3f})')"
    } >> "$report"
fi
cat "$report"
