#!/usr/bin/env bash
# Sending benchmark: pacsdrop against DCMTK's senders on the same data in the same run, into
# tuned and untuned receivers, plus start-up and the window. Every figure is a median of hyperfine
# runs and a ratio against the peer at its best (TCP_NODELAY=1 dcmsend / storescu) and at its
# defaults.
#   CT batches: 200 and 500 instances of 512x512x16 bit (~0.5 MB) into
#     - storescp tuned (TCP_NODELAY=1), storescp at DCMTK defaults (Nagle and delayed ACK on),
#       storescp --ignore (tuned, stores nothing), Orthanc; senders: pacsdrop, dcmsend, TCP_NODELAY=1 dcmsend
#   one 1 GiB object into TCP_NODELAY=1 storescp +B: pacsdrop vs storescu and TCP_NODELAY=1 storescu
#   one 2 GiB + 1 MiB object: the sender's peak memory (into storescp --ignore)
#   start-up: pacsdrop --version and echo against an empty C++ program and echoscu
#   window: pacsdrop shown (offscreen) against the bare Qt Widgets program (bench/gui)
# Peak RSS of every sender from time -v. Writes bench/results/<date>-send.md.
# Usage: bench/send_bench.sh [BUILD_DIR] [RUNS (default 5)]
#        SEND_BENCH_SKIP_BIG=1 leaves out the 1 GiB and 2 GiB objects (no 4 GB of scratch disk).
#        SEND_BENCH_ONLY_STARTUP=1 times only start-up and the window (into <date>-startup.md).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"
runs="${2:-5}"
pacsdrop="$build/app/pacsdrop"
make_series="$build/tests/pacsdrop_make_series"
bare="$build/bench/pacsdrop_bare_window"
for tool in "$pacsdrop" "$make_series" "$bare" /usr/bin/dcmsend /usr/bin/storescu /usr/bin/storescp /usr/bin/echoscu \
            /usr/sbin/Orthanc /usr/bin/hyperfine /usr/bin/time /usr/bin/curl; do
    [ -x "$tool" ] || { echo "missing $tool (run scripts/setup.sh; hyperfine and time are in debian-packages.txt)" >&2; exit 2; }
done

work="$(mktemp -d /tmp/pacsdrop-bench.XXXXXX)"
. "$repo/bench/peers.sh"

echo "generating data in $work ..." >&2
mkdir -p "$work/ct200" "$work/ct500"
"$make_series" --out "$work/ct500" --count 500 --rows 512 --cols 512 >/dev/null
all=("$work"/ct500/*.dcm)
for f in "${all[@]:0:200}"; do ln "$f" "$work/ct200/"; done
if [ -z "${SEND_BENCH_SKIP_BIG:-}" ] && [ -z "${SEND_BENCH_ONLY_STARTUP:-}" ]; then
    mkdir -p "$work/gib" "$work/gib2"
    "$make_series" --out "$work/gib" --count 1 --rows 512 --cols 512 --frames 2048 >/dev/null  # 1 GiB of pixels
    "$make_series" --out "$work/gib2" --count 1 --rows 512 --cols 512 --frames 4098 >/dev/null # 2 GiB + 1 MiB
fi
bytes_of() { du -cb "$1" | tail -1 | cut -f1; }

# Receivers, each on its own port, stopped by PID on exit. Received files are removed before
# every run (hyperfine --prepare), so the disk never fills and every run writes the same.
start_scp() { # name, TCP_NODELAY value ("" = unset), extra storescp options...; sets scp_port and scp_pid
    # Not called as $(start_scp ...): in a subshell its pid would not reach the cleanup's list.
    local name=$1 nodelay=$2; shift 2
    scp_port=$(free_port)
    mkdir -p "$work/$name"
    if [ -n "$nodelay" ]; then
        TCP_NODELAY=$nodelay storescp --aetitle STORESCP --output-directory "$work/$name" "$@" "$scp_port" > "$work/$name.log" 2>&1 &
    else
        env -u TCP_NODELAY storescp --aetitle STORESCP --output-directory "$work/$name" "$@" "$scp_port" > "$work/$name.log" 2>&1 &
    fi
    scp_pid=$!; pids+=($!)
    wait_port "$scp_port"
}
start_scp tuned 1; tuned_port=$scp_port; tuned_pid=$scp_pid
start_scp default ""; default_port=$scp_port; default_pid=$scp_pid
start_scp bitpreserving 1 +B; bitpreserving_port=$scp_port; bitpreserving_pid=$scp_pid
start_scp ignoring 1 --ignore; ignoring_port=$scp_port; ignoring_pid=$scp_pid
http_port=$(free_port); orthanc_port=$(free_port)
cat > "$work/orthanc.json" <<JSON
{ "Name": "bench", "StorageDirectory": "$work/orthanc-db", "IndexDirectory": "$work/orthanc-db",
  "HttpPort": $http_port, "DicomPort": $orthanc_port, "DicomAet": "ORTHANC", "RemoteAccessAllowed": false,
  "AuthenticationEnabled": false, "DicomAlwaysAllowStore": true, "DicomAlwaysAllowEcho": true,
  "DicomCheckCalledAet": false, "Plugins": [], "StorageCompression": false, "OverwriteInstances": true }
JSON
Orthanc "$work/orthanc.json" > "$work/orthanc.log" 2>&1 &
orthanc_pid=$!; pids+=($!)
wait_port "$orthanc_port"; wait_port "$http_port"
# Every run stores into an empty Orthanc. Re-storing the same instances makes Orthanc 1.10.1 delete
# each old attachment while other associations create new ones, and its storage folder code races:
# a store then fails inside Orthanc ("create_directory: No such file or directory") and the
# association gets no answer until the sender's 60 s DIMSE timeout (1 in ~25 sends of 500 CT here).
cat > "$work/clear_orthanc" <<SH
#!/bin/sh
ids=\$(curl -sf http://127.0.0.1:$http_port/patients) || exit 1
for p in \$(echo "\$ids" | tr -d '[]", '); do
    curl -sf -X DELETE http://127.0.0.1:$http_port/patients/\$p > /dev/null || exit 1
done
SH
chmod +x "$work/clear_orthanc"

report="$repo/bench/results/$(date +%Y-%m-%d)-$([ -n "${SEND_BENCH_ONLY_STARTUP:-}" ] && echo startup || echo send).md"
mkdir -p "$repo/bench/results"
{
    if [ -n "${SEND_BENCH_ONLY_STARTUP:-}" ]; then
        echo "# Start-up and the window: pacsdrop vs an empty program, echoscu and a bare Qt window — $(date -u +%Y-%m-%dT%H:%MZ)"
    else
        echo "# Sending: pacsdrop vs DCMTK's senders — $(date -u +%Y-%m-%dT%H:%MZ)"
    fi
    echo
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -r). Loopback only; senders and receivers share the cores."
    echo "pacsdrop $(git -C "$repo" rev-parse --short HEAD) with default device settings (up to 4 associations, files shared between them)."
    echo "DCMTK $(dcmsend --version | grep -o 'v3[.0-9]*' | head -1); Orthanc $(Orthanc --version 2>&1 | head -1 | awk '{print $NF}')."
    echo "Medians of $runs runs (hyperfine, one warm-up). 'vs best peer' = the best peer's median / pacsdrop's median (>1: pacsdrop faster)."
    if [ -z "${SEND_BENCH_ONLY_STARTUP:-}" ]; then
        echo "Peak RSS and CPU from one more run of each: the sender's (user + system) and the receiver's own"
        echo "(all its threads, from /proc). storescp serves one association at a time, so no sender can"
        echo "finish in much less than the receiver's CPU time."
        echo
        echo "| receiver | data | sender | median s | files/s | MB/s | vs best peer | peak RSS MB | sender CPU s | receiver CPU s |"
        echo "|---|---|---|---|---|---|---|---|---|---|"
    fi
} > "$report"

peak_mb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/{printf "%.0f", $2/1024}'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system of every thread so far
# profile_run RECEIVER_PID COMMAND...: "peak-RSS-MB sender-CPU-s receiver-CPU-s" of one run.
profile_run() {
    local rx=$1; shift
    local before; before=$(cpu_ticks "$rx")
    /usr/bin/time -v -o "$work/time-v" "$@" > /dev/null 2>&1 || echo "send_bench: a profiling run failed: $*" >&2
    local after; after=$(cpu_ticks "$rx")
    awk -F: -v rx=$((after - before)) -v hz="$(getconf CLK_TCK)" '
        /Maximum resident set size/ { m = $2 / 1024 } /User time/ { u = $2 } /System time/ { s = $2 }
        END { printf "%.0f|%.2f|%.2f", m, u + s, rx / hz }' "$work/time-v"
}

# measure RECEIVER RECEIVER_PID DATA FILES BYTES CLEAN_DIR  "name|command" ...  (the first is pacsdrop; the rest are peers)
measure() {
    local receiver=$1 rx_pid=$2 data=$3 files=$4 bytes=$5 clean=$6; shift 6
    local args=() names=() commands=()
    for pair in "$@"; do
        names+=("${pair%%|*}"); commands+=("${pair#*|}")
        args+=(-n "${pair%%|*}" "${pair#*|}")
    done
    local prepare="rm -rf $work/pd $clean/*"
    [ "$receiver" != Orthanc ] || prepare+="; $work/clear_orthanc"
    if ! hyperfine --runs "$runs" --warmup 1 --prepare "$prepare" --export-json "$work/h.json" "${args[@]}" >&2; then
        # Say why before the work folder goes: pacsdrop's own log and what its outbox kept.
        echo "send_bench: a run failed ($receiver, $data); pacsdrop's log and outbox follow" >&2
        tail -n 30 "$work/pd/logs/pacsdrop.log" >&2 || true
        $pacsdrop queue list --data-dir "$work/pd" >&2 || true
        tail -n 30 "$work/orthanc.log" >&2 || true
        return 1
    fi
    local profiles=()
    for c in "${commands[@]}"; do
        bash -c "$prepare" || { echo "send_bench: preparing a run failed: $prepare" >&2; return 1; }
        profiles+=("$(profile_run "$rx_pid" env $c)")
    done
    /usr/bin/python3 - "$work/h.json" "$receiver" "$data" "$files" "$bytes" "${profiles[@]}" >> "$report" <<'PY'
import json, sys
path, receiver, data, files, size, *profiles = sys.argv[1:]
results = json.load(open(path))["results"]
best_peer = min(r["median"] for r in results[1:])
for r, profile in zip(results, profiles):
    m = r["median"]
    peak, sender_cpu, receiver_cpu = profile.split("|")
    ratio = f"{best_peer / m:.2f}x" if r is results[0] else ""
    print(f"| {receiver} | {data} | {r['command']} | {m:.3f} | {int(files)/m:.0f} | {int(size)/1e6/m:.0f} | {ratio} | {peak} "
          f"| {sender_cpu} | {receiver_cpu} |")
PY
}

pd() { echo "pacsdrop|$pacsdrop send --to STORESCP@127.0.0.1:$1 --data-dir $work/pd $2"; }
for set in $([ -n "${SEND_BENCH_ONLY_STARTUP:-}" ] || echo ct200 ct500); do
    n=$(ls "$work/$set" | wc -l); b=$(bytes_of "$work/$set")
    # "ignoring": storescp --ignore receives every byte and answers but stores nothing, so what
    # is left is the senders' own speed (and the protocol's turns).
    for receiver in tuned default ignoring; do
        port_var="${receiver}_port"; port=${!port_var}; pid_var="${receiver}_pid"
        case $receiver in
            tuned) label="storescp TCP_NODELAY=1" ;;
            default) label="storescp defaults (Nagle on)" ;;
            ignoring) label="storescp TCP_NODELAY=1 --ignore (stores nothing)" ;;
        esac
        measure "$label" "${!pid_var}" "$n CT" "$n" "$b" "$work/$receiver" "$(pd "$port" "$work/$set")" \
            "dcmsend|env -u TCP_NODELAY dcmsend -aec STORESCP +sd 127.0.0.1 $port $work/$set" \
            "TCP_NODELAY=1 dcmsend|env TCP_NODELAY=1 dcmsend -aec STORESCP +sd 127.0.0.1 $port $work/$set"
    done
    measure "Orthanc" "$orthanc_pid" "$n CT" "$n" "$b" "$work/none" \
        "pacsdrop|$pacsdrop send --to ORTHANC@127.0.0.1:$orthanc_port --data-dir $work/pd $work/$set" \
        "dcmsend|env -u TCP_NODELAY dcmsend -aec ORTHANC +sd 127.0.0.1 $orthanc_port $work/$set" \
        "TCP_NODELAY=1 dcmsend|env TCP_NODELAY=1 dcmsend -aec ORTHANC +sd 127.0.0.1 $orthanc_port $work/$set"
done

# The same 500 CT into the tuned storescp, the two senders taking turns run by run (a slow spell
# of the machine then falls on both), with each run's receiver CPU: the floor no sender can beat.
if [ -z "${SEND_BENCH_ONLY_STARTUP:-}" ]; then
    : > "$work/turns"
    for _ in $(seq $((runs * 2))); do
        for who in pacsdrop dcmsend; do
            rm -rf "$work/pd" "$work/tuned"/*
            if [ $who = pacsdrop ]; then
                cmd=(env "$pacsdrop" send --to "STORESCP@127.0.0.1:$tuned_port" --data-dir "$work/pd" "$work/ct500")
            else
                cmd=(env TCP_NODELAY=1 dcmsend -aec STORESCP +sd 127.0.0.1 "$tuned_port" "$work/ct500")
            fi
            start=$(date +%s%N)
            profile=$(profile_run "$tuned_pid" "${cmd[@]}")
            echo "$who $(( ($(date +%s%N) - start) / 1000 )) $profile" >> "$work/turns"
        done
    done
    /usr/bin/python3 - "$work/turns" "$((runs * 2))" >> "$report" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    who, micros, profile = line.split()
    peak, sender, receiver = profile.split("|")
    rows.setdefault(who, []).append((int(micros) / 1e6, float(sender), float(receiver)))
med = {who: [statistics.median(r[i] for r in runs) for i in range(3)] for who, runs in rows.items()}
p, d = med["pacsdrop"], med["dcmsend"]
print()
print(f"500 CT into TCP_NODELAY=1 storescp, pacsdrop and TCP_NODELAY=1 dcmsend taking turns ({sys.argv[2]} runs each; "
      f"medians, seconds; wall from start to exit):")
print()
print("| sender | wall | sender CPU | receiver CPU | receiver busy |")
print("|---|---|---|---|---|")
for who, (wall, sender, receiver) in (("pacsdrop", p), ("TCP_NODELAY=1 dcmsend", d)):
    print(f"| {who} | {wall:.3f} | {sender:.2f} | {receiver:.2f} | {receiver / wall:.0%} |")
print()
print(f"pacsdrop {d[0] / p[0]:.2f}x dcmsend. 1.5x would be {d[0] / 1.5:.3f} s, while storescp alone needs "
      f"{min(p[2], d[2]):.2f} s of CPU for these files whoever sends them.")
PY
fi

if [ -z "${SEND_BENCH_SKIP_BIG:-}" ] && [ -z "${SEND_BENCH_ONLY_STARTUP:-}" ]; then
    gib=("$work"/gib/*.dcm)
    {
        echo
        echo "| receiver | data | sender | median s | files/s | MB/s | vs best peer | peak RSS MB | sender CPU s | receiver CPU s |"
        echo "|---|---|---|---|---|---|---|---|---|---|"
    } >> "$report"
    measure "storescp +B TCP_NODELAY=1" "$bitpreserving_pid" "1 x 1 GiB" 1 "$(bytes_of "$work/gib")" "$work/bitpreserving" \
        "$(pd "$bitpreserving_port" "${gib[0]}")" \
        "storescu|env -u TCP_NODELAY storescu -aec STORESCP 127.0.0.1 $bitpreserving_port ${gib[0]}" \
        "TCP_NODELAY=1 storescu|env TCP_NODELAY=1 storescu -aec STORESCP 127.0.0.1 $bitpreserving_port ${gib[0]}"
    gib2=("$work"/gib2/*.dcm)
    rm -rf "$work/pd"
    pd_peak=$(peak_mb "$pacsdrop" send --to "STORESCP@127.0.0.1:$ignoring_port" --data-dir "$work/pd" "${gib2[0]}")
    scu_peak=$(peak_mb env TCP_NODELAY=1 storescu -aec STORESCP 127.0.0.1 "$ignoring_port" "${gib2[0]}")
    {
        echo
        echo "One object of $(bytes_of "$work/gib2") bytes (2 GiB + 1 MiB) into storescp --ignore: peak RSS pacsdrop ${pd_peak} MB, storescu ${scu_peak} MB."
    } >> "$report"
fi

# Start-up: the cost over an empty C++ program, and echo against echoscu (same peer).
printf 'int main() { return 0; }\n' > "$work/empty.cpp"
g++ -O2 -o "$work/empty" "$work/empty.cpp"
hyperfine --runs $((runs * 4)) --warmup 3 -N --export-json "$work/start.json" \
    -n "empty C++ program" "$work/empty" \
    -n "pacsdrop --version" "$pacsdrop --version" \
    -n "pacsdrop echo" "$pacsdrop echo STORESCP@127.0.0.1:$tuned_port --data-dir $work/pd" \
    -n "echoscu" "echoscu -aec STORESCP 127.0.0.1 $tuned_port" >&2
start_peaks=("$(peak_mb "$work/empty")" "$(peak_mb "$pacsdrop" --version)"
             "$(peak_mb "$pacsdrop" echo "STORESCP@127.0.0.1:$tuned_port" --data-dir "$work/pd")"
             "$(peak_mb echoscu -aec STORESCP 127.0.0.1 "$tuned_port")")
# The window: shown offscreen, then quit (PACSDROP_QUIT_WHEN_READY), against the bare Qt program.
QT_QPA_PLATFORM=offscreen PACSDROP_QUIT_WHEN_READY=1 hyperfine --runs $((runs * 2)) --warmup 2 -N --export-json "$work/window.json" \
    -n "bare Qt Widgets window" "$bare" -n "pacsdrop window" "$pacsdrop --data-dir $work/pw" >&2
window_peaks=("$(QT_QPA_PLATFORM=offscreen peak_mb "$bare")"
              "$(QT_QPA_PLATFORM=offscreen PACSDROP_QUIT_WHEN_READY=1 peak_mb "$pacsdrop" --data-dir "$work/pw")")
/usr/bin/python3 - "$work/start.json" "$work/window.json" "${start_peaks[@]}" "${window_peaks[@]}" >> "$report" <<'PY'
import json, sys
start = json.load(open(sys.argv[1]))["results"]
window = json.load(open(sys.argv[2]))["results"]
peaks = sys.argv[3:]
print("\n| start-up | median ms | over the empty program | peak RSS MB | over the empty program |")
print("|---|---|---|---|---|")
base_t, base_m = start[0]["median"], float(peaks[0])
for r, p in zip(start, peaks[:4]):
    print(f"| {r['command']} | {r['median']*1000:.1f} | {(r['median']-base_t)*1000:+.1f} ms | {p} | {float(p)-base_m:+.0f} MB |")
print("\n| window (offscreen) | median ms | vs bare | peak RSS MB |")
print("|---|---|---|---|")
for r, p in zip(window, peaks[4:]):
    print(f"| {r['command']} | {r['median']*1000:.1f} | {r['median']/window[0]['median']:.2f}x | {p} |")
PY

echo >> "$report"
echo "Raw hyperfine output went to stderr; these tables are the summary." >> "$report"
cat "$report"
