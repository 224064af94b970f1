#!/usr/bin/env bash
# Fuzzes PacsDrop's parsers of untrusted bytes with libFuzzer (clang 16, ASan + UBSan), each for a
# bounded time, and prints what each reached: executions, executions per second, edges covered
# (of the instrumented code linked into the target), and the functions of the target's own
# parser files it entered. A fault stops that target and leaves the input in
# $PACSDROP_FUZZ_WORK/crashes/<target>/; copy it into tests/fuzz/regressions/<target>/ with a
# name that says what it is, fix the fault, and CTest replays it on every run from then on.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET (default 60)] [TARGET...]
#   PACSDROP_FUZZ_JOBS=2 runs that many targets at once (default: 1 per core, at most 2).
# Installs clang-16 and libclang-rt-16-dev when missing (Debian 12). Corpora are kept in
# $PACSDROP_FUZZ_WORK (default build-fuzz/work), so later runs start where earlier ones ended.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_dicom_intake fuzz_api_request fuzz_iso2022 fuzz_jpeg_stream fuzz_settings)
build="${PACSDROP_FUZZ_BUILD_DIR:-$repo/build-fuzz}"
work="${PACSDROP_FUZZ_WORK:-$build/work}"
jobs="${PACSDROP_FUZZ_JOBS:-$(( $(nproc) < 2 ? 1 : 2 ))}"

if ! command -v clang++-16 >/dev/null || [ ! -d /usr/lib/llvm-16/lib/clang/16/lib/linux ]; then
    apt-get install -y --no-install-recommends clang-16 libclang-rt-16-dev llvm-16 >/dev/null
fi
CC=clang-16 CXX=clang++-16 cmake -S "$repo" -B "$build" -G Ninja -DPACSDROP_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target "${targets[@]}"

mkdir -p "$work"
/usr/bin/python3 "$repo/tests/fuzz/make_seeds.py" "$work/seeds" >/dev/null

# The parser files each target is about (for the functions-entered figure).
declare -A own=(
    [fuzz_dicom_intake]="StructureScan.cpp|DicomFileInfo.cpp|PixelCheck.cpp|Uid.cpp"
    [fuzz_api_request]="Multipart.cpp|RequestGuard.cpp"
    [fuzz_iso2022]="Iso2022Text.cpp"
    [fuzz_jpeg_stream]="JpegStream.cpp"
    [fuzz_settings]="Settings.cpp|Device.cpp|LookupDevice.cpp|HotFolder.cpp|ApiSettings.cpp|ConversionSettings.cpp|InboundListener.cpp|SiteSettings.cpp|TlsSettings.cpp|DicomWebSettings.cpp"
)

run_one() {
    local t="$1" log="$work/$1.log"
    mkdir -p "$work/corpus/$t" "$work/crashes/$t"
    # Inputs up to 64 KiB; 10 s per input or 2 GiB of memory count as faults too. ASan keeps
    # 2 frames of each allocation's stack, not 30: Qt is built without frame pointers, so the fast
    # unwinder reads junk past a Qt frame, every allocation's stack looked new, and ASan's stack
    # store grew ~200 bytes per run (fuzz_jpeg_stream passed 2 GiB in minutes with no leak, and
    # ran at half speed). A fault found is replayed by CTest with full stacks.
    (cd "$work" && ASAN_OPTIONS=detect_leaks=0:malloc_context_size=2 LLVM_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-16 \
        "$build/tests/fuzz/$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -print_coverage=1 -artifact_prefix="$work/crashes/$t/" \
        "$work/corpus/$t" "$work/seeds/$t" >"$log" 2>&1) || true
    local execs rate cov entered total found
    execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    rate=$(grep -m1 'stat::average_exec_per_sec' "$log" | awk '{print $2}')
    cov=$(grep -E '^#[0-9]+' "$log" | grep -o 'cov: [0-9]*' | tail -1 | awk '{print $2}')
    entered=$(grep -E '^COVERED_FUNC' "$log" | grep -cE "/(${own[$t]}):" || true)
    total=$(( entered + $(grep -E '^UNCOVERED_FUNC' "$log" | grep -cE "/(${own[$t]}):" || true) ))
    found=$(find "$work/crashes/$t" -type f | wc -l)
    printf '%-18s %6ss %10s execs %7s/s  edges %5s  own functions %3s/%-3s  corpus %5s  faults %s\n' \
        "$t" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$entered" "$total" \
        "$(find "$work/corpus/$t" -type f | wc -l)" "$found"
}

echo "target             time       executions  per second  edges  own functions entered  corpus  faults"
pids=()
for t in "${targets[@]}"; do
    run_one "$t" > "$work/$t.summary" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}"
        pids=("${pids[@]:1}")
    fi
done
wait
status=0
for t in "${targets[@]}"; do
    cat "$work/$t.summary"
    if [ -n "$(find "$work/crashes/$t" -type f)" ]; then
        status=1
        grep -m3 -E 'ERROR|runtime error|SUMMARY' "$work/$t.log" | sed 's/^/    /'
    fi
done
exit $status
