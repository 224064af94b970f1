#!/usr/bin/env bash
# Sending benchmark: pacsdrop send vs DCMTK's dcmsend on the same data, into storescp (Nagle on,
# as DCMTK ships it and many PACS run) and into Orthanc, on loopback.
#   data: 500 CT-sized instances (512x512x16 bit, ~0.5 MB each) and one ~1 GiB multi-frame object
#   reports: median wall time (hyperfine), files/s, MB/s, and the sender's peak memory (time -v)
# Usage: bench/send_bench.sh [BUILD_DIR] [RUNS]        (results in bench/results/<date>.md)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"
runs="${2:-5}"
pacsdrop="$build/app/pacsdrop"
make_series="$build/tests/pacsdrop_make_series"
for tool in "$pacsdrop" "$make_series" /usr/bin/dcmsend /usr/bin/storescp /usr/sbin/Orthanc /usr/bin/hyperfine /usr/bin/time; do
    [ -x "$tool" ] || { echo "missing $tool (run scripts/setup.sh; hyperfine and time are in debian-packages.txt)" >&2; exit 2; }
done

work="$(mktemp -d /tmp/pacsdrop-bench.XXXXXX)"
. "$repo/bench/peers.sh"

echo "generating data in $work ..."
mkdir -p "$work/small" "$work/big"
"$make_series" --out "$work/small" --count 500 --rows 512 --cols 512
"$make_series" --out "$work/big" --count 1 --rows 512 --cols 512 --frames 2048
small_files=500
small_bytes=$(du -cb "$work"/small/*.dcm | tail -1 | cut -f1)
big_bytes=$(du -cb "$work"/big/*.dcm | tail -1 | cut -f1)

# Receivers: their own PIDs, stopped on exit.
scp_port=$(free_port)
mkdir -p "$work/scp-in"
env -u TCP_NODELAY storescp --aetitle STORESCP --output-directory "$work/scp-in" "$scp_port" > "$work/storescp.log" 2>&1 &
pids+=($!)
http_port=$(free_port); dicom_port=$(free_port)
cat > "$work/orthanc.json" <<JSON
{ "Name": "bench", "StorageDirectory": "$work/orthanc-db", "IndexDirectory": "$work/orthanc-db",
  "HttpPort": $http_port, "DicomPort": $dicom_port, "DicomAet": "ORTHANC", "RemoteAccessAllowed": false,
  "AuthenticationEnabled": false, "DicomAlwaysAllowStore": true, "DicomAlwaysAllowEcho": true,
  "DicomCheckCalledAet": false, "Plugins": [], "StorageCompression": false }
JSON
Orthanc "$work/orthanc.json" > "$work/orthanc.log" 2>&1 &
pids+=($!)
wait_port "$scp_port"; wait_port "$dicom_port"; wait_port "$http_port"

results="$repo/bench/results"
mkdir -p "$results"
report="$results/$(date +%Y-%m-%d)-send.md"
{
    echo "# pacsdrop send vs dcmsend — $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -r). Loopback only."
    echo "Data: $small_files instances, $((small_bytes / 1000000)) MB in all; one object of $((big_bytes / 1000000)) MB."
    echo "Receivers: storescp (DCMTK 3.6.7 defaults: writes each file, Nagle on), Orthanc 1.10 (stores to disk). Both on this machine."
    echo "pacsdrop: default device settings (4 parallel associations). dcmsend: defaults. Medians of $runs runs (hyperfine)."
    echo
    echo "| receiver | data | sender | median s | files/s | MB/s | peak RSS MB |"
    echo "|---|---|---|---|---|---|---|"
} > "$report"

peak_mb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/{printf "%.0f", $2/1024}'; }

measure() { # receiver label, data label, files, bytes, runs, pacsdrop target, dcmsend peer args..., -- paths
    local receiver=$1 data=$2 files=$3 bytes=$4 n=$5 target=$6 aet=$7 port=$8; shift 8
    local paths=("$@")
    local pd_cmd="$pacsdrop send --to $target --data-dir $work/pd ${paths[*]}"
    local dcm_cmd="dcmsend -aec $aet +sd +r 127.0.0.1 $port ${paths[*]}"
    hyperfine --runs "$n" --warmup 1 --prepare "rm -rf $work/pd" --export-json "$work/h.json" \
        -n pacsdrop "$pd_cmd" -n dcmsend "$dcm_cmd" >&2
    local pd_peak dcm_peak
    rm -rf "$work/pd"; pd_peak=$(peak_mb $pd_cmd)
    dcm_peak=$(peak_mb $dcm_cmd)
    /usr/bin/python3 - "$work/h.json" "$receiver" "$data" "$files" "$bytes" "$pd_peak" "$dcm_peak" >> "$report" <<'PY'
import json, sys
path, receiver, data, files, size, pd_peak, dcm_peak = sys.argv[1:]
peaks = {"pacsdrop": pd_peak, "dcmsend": dcm_peak}
for r in json.load(open(path))["results"]:
    median = r["median"]
    print(f"| {receiver} | {data} | {r['command']} | {median:.2f} | {int(files)/median:.1f} | "
          f"{int(size)/1e6/median:.1f} | {peaks[r['command']]} |")
PY
}

measure storescp "500 x 0.5 MB" $small_files "$small_bytes" "$runs" "STORESCP@127.0.0.1:$scp_port" STORESCP "$scp_port" "$work/small"
measure Orthanc "500 x 0.5 MB" $small_files "$small_bytes" "$runs" "ORTHANC@127.0.0.1:$dicom_port" ORTHANC "$dicom_port" "$work/small"
measure storescp "1 x 1 GiB" 1 "$big_bytes" 3 "STORESCP@127.0.0.1:$scp_port" STORESCP "$scp_port" "$work/big"
measure Orthanc "1 x 1 GiB" 1 "$big_bytes" 3 "ORTHANC@127.0.0.1:$dicom_port" ORTHANC "$dicom_port" "$work/big"

echo >> "$report"
echo "Raw hyperfine output went to stderr; this table is the summary." >> "$report"
cat "$report"
