#!/usr/bin/env bash
# Shared-outbox benchmark (issue 16): how delivery grows with the number of `pacsdrop` nodes working
# one PostgreSQL outbox, and what PostgreSQL costs against the embedded SQLite outbox on one node.
#   Data: COUNT synthetic CT instances (256x256x16 bit, ~130 kB), recorded in the outbox for a paused
#   device (`pacsdrop send` while paused), then the device is resumed and the nodes deliver them.
#   Nodes: 1, 2 and 4 `pacsdrop queue resume` processes started together, each with its own data
#   folder and settings, its own receiver on its own loopback address (127.0.0.1x), pinned to a core
#   with taskset (round-robin over the cores there are); receivers: TCP_NODELAY=1 storescp (tuned).
#   PostgreSQL: a private PostgreSQL 15 cluster (initdb/pg_ctl, fsync on, as the "postgres" user when
#   run as root), stopped at the end.
#   Overhead: one node, hyperfine median of RUNS, SQLite outbox vs PostgreSQL outbox, same data;
#   then RUNS more of each, alternating (the machine's speed may drift between hyperfine series).
# Writes bench/results/<date>-cluster.md.
# Usage: bench/cluster_bench.sh [BUILD_DIR] [RUNS (default 5)] [COUNT (default 1000)]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"
runs="${2:-5}"
count="${3:-1000}"
pacsdrop="$build/app/pacsdrop"
make_series="$build/tests/pacsdrop_make_series"
pgbin=/usr/lib/postgresql/15/bin
for tool in "$pacsdrop" "$make_series" /usr/bin/storescp /usr/bin/hyperfine /usr/bin/taskset "$pgbin/initdb" "$pgbin/pg_ctl"; do
    [ -x "$tool" ] || { echo "missing $tool (run scripts/setup.sh)" >&2; exit 2; }
done

work="$(mktemp -d /tmp/pacsdrop-cluster-bench.XXXXXX)"
chmod 755 "$work"
. "$repo/bench/peers.sh"
cores=$(nproc)
runas=()
[ "$(id -u)" = 0 ] && runas=(runuser -u postgres --)

echo "generating $count instances in $work ..." >&2
mkdir -p "$work/ct"
"$make_series" --out "$work/ct" --count "$count" --rows 256 --cols 256 >/dev/null

# The database: a private cluster on a free port, password login over TCP.
password="bench-$RANDOM$RANDOM"
pgport=$(free_port)
mkdir -p "$work/pg"
echo "$password" > "$work/pg/pw"
[ "$(id -u)" = 0 ] && chown -R postgres "$work/pg"
"${runas[@]}" "$pgbin/initdb" -D "$work/pg/data" -U pacsdrop --pwfile="$work/pg/pw" --auth-host=scram-sha-256 --auth-local=trust \
    -E UTF8 --locale=C.UTF-8 >/dev/null
"${runas[@]}" "$pgbin/pg_ctl" -D "$work/pg/data" -o "-p $pgport -c listen_addresses=127.0.0.1 -k $work/pg/data" -l "$work/pg/log" -w start >/dev/null
pids+=("$(head -1 "$work/pg/data/postmaster.pid")")

# Node i (1-based): settings with its receiver and the outbox (store: sqlite or postgresql).
receiver_port=()
for i in 1 2 3 4; do
    port=$(free_port)
    mkdir -p "$work/in$i"
    TCP_NODELAY=1 /usr/bin/storescp --ignore --aetitle "RECV$i" "$port" >/dev/null 2>&1 &
    pids+=($!)
    receiver_port[$i]=$port
    wait_port "$port"
done
node_settings() { # i store
    local i="$1" store="$2" outbox=""
    [ "$store" = postgresql ] && outbox=",\"outbox\":{\"postgresql\":\"host=127.0.0.1 port=$pgport dbname=bench user=pacsdrop\",\"spool\":\"$work/spool\",\"node\":\"node-$i\"}"
    mkdir -p "$work/node$i-$store"
    printf '{"devices":[{"name":"Archive","aeTitle":"RECV%s","host":"127.0.0.1%s","port":%s}]%s}\n' \
        "$i" "$i" "${receiver_port[$i]}" "$outbox" > "$work/node$i-$store/settings.json"
    [ "$store" = postgresql ] && echo "$password" | "$pacsdrop" secret outbox-password $(home "$i" "$store") 2>/dev/null
    return 0
}
home() { echo "--config $work/node$1-$2/settings.json --data-dir $work/node$1-$2/data"; }

for i in 1 2 3 4; do node_settings "$i" postgresql; done
node_settings 1 sqlite

# hyperfine runs these: a fresh outbox with COUNT entries waiting for the (paused) device, and N
# nodes resuming together, each on a core of its own where there are enough.
cat > "$work/fill.sh" <<FILL
#!/usr/bin/env bash
set -e
home() { echo "--config $work/node\$1-\$2/settings.json --data-dir $work/node\$1-\$2/data"; }
if [ "\$1" = postgresql ]; then
    ${runas[*]} /usr/bin/psql -h "$work/pg/data" -p $pgport -U pacsdrop -d postgres -qAt -c "DROP DATABASE IF EXISTS bench WITH (FORCE)"
    ${runas[*]} /usr/bin/psql -h "$work/pg/data" -p $pgport -U pacsdrop -d postgres -qAt -c "CREATE DATABASE bench"
    rm -rf "$work/spool"
else
    rm -rf "$work/node1-sqlite/data/outbox.sqlite"*
fi
"$pacsdrop" queue pause Archive \$(home 1 "\$1") >/dev/null 2>&1
"$pacsdrop" send --to Archive \$(home 1 "\$1") "$work/ct" >/dev/null 2>&1 || true
"$pacsdrop" queue unpause Archive \$(home 1 "\$1") >/dev/null 2>&1
FILL
cat > "$work/resume.sh" <<RESUME
#!/usr/bin/env bash
p=()
for i in \$(seq "\$2"); do
    taskset -c \$(( (i - 1) % $cores )) "$pacsdrop" queue resume --config "$work/node\$i-\$1/settings.json" --data-dir "$work/node\$i-\$1/data" >/dev/null 2>&1 &
    p+=(\$!)
done
wait "\${p[@]}"
RESUME
chmod +x "$work/fill.sh" "$work/resume.sh"

echo "checking that everything arrives ..." >&2
"$work/fill.sh" postgresql
"$work/resume.sh" postgresql 2
left=$("${runas[@]}" /usr/bin/psql -h "$work/pg/data" -p "$pgport" -U pacsdrop -d bench -qAt -c "SELECT COUNT(*) FROM entries WHERE state <> 'done'")
total=$("${runas[@]}" /usr/bin/psql -h "$work/pg/data" -p "$pgport" -U pacsdrop -d bench -qAt -c "SELECT COUNT(*) FROM entries")
[ "$left" = 0 ] && [ "$total" = "$count" ] || { echo "not everything was delivered ($left of $total left)" >&2; exit 1; }

results="$work/results"
mkdir -p "$results"
for n in 1 2 4; do
    hyperfine --runs "$runs" --prepare "$work/fill.sh postgresql" --export-json "$results/pg$n.json" "$work/resume.sh postgresql $n" >&2
done
hyperfine --runs "$runs" --prepare "$work/fill.sh sqlite" --export-json "$results/sqlite1.json" "$work/resume.sh sqlite 1" >&2

# The overhead again, one node, PostgreSQL and SQLite runs alternating: this machine's speed drifts
# within minutes, and back-to-back runs of one store can all land in a slow spell.
: > "$results/interleaved.txt"
for i in $(seq "$runs"); do
    for store in postgresql sqlite; do
        "$work/fill.sh" "$store" >/dev/null 2>&1
        start=$(date +%s%N)
        "$work/resume.sh" "$store" 1
        echo "$store $(( ($(date +%s%N) - start) / 1000 ))" >> "$results/interleaved.txt"
    done
done

date_tag=$(date +%F)
out="$repo/bench/results/$date_tag-cluster.md"
{
    echo "# Shared outbox: delivery by node count ($date_tag)"
    echo
    echo "$count CT instances of 256x256 (~130 kB) waiting in the outbox, delivered by N \`pacsdrop queue resume\`"
    echo "nodes started together into one TCP_NODELAY=1 storescp --ignore each (own loopback address);"
    echo "$(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')); nodes pinned round-robin with taskset;"
    echo "PostgreSQL 15 private cluster (fsync on). Medians of $runs hyperfine runs (each after a fresh fill)."
    echo
    echo "| outbox | nodes | median s | files/s | vs 1 node |"
    echo "|---|---|---|---|---|"
    python3 - "$results" "$count" <<'PY'
import json, sys
results, count = sys.argv[1], int(sys.argv[2])
median = lambda name: json.load(open(f"{results}/{name}.json"))["results"][0]["median"]
one = median("pg1")
for n in (1, 2, 4):
    m = median(f"pg{n}")
    print(f"| PostgreSQL | {n} | {m:.2f} | {count / m:.0f} | {one / m:.2f}x |")
s = median("sqlite1")
print(f"| SQLite | 1 | {s:.2f} | {count / s:.0f} | — |")
print()
print(f"PostgreSQL against SQLite on one node: {(one / s - 1) * 100:+.1f} % time (aim: at most +10 %).")
import statistics
runs = {}
for line in open(f"{results}/interleaved.txt"):
    store, us = line.split()
    runs.setdefault(store, []).append(int(us) / 1e6)
p, q = statistics.median(runs["postgresql"]), statistics.median(runs["sqlite"])
print(f"Interleaved ({len(runs['sqlite'])} runs each, alternating): PostgreSQL {p:.3f} s, SQLite {q:.3f} s: {(p / q - 1) * 100:+.1f} %.")
PY
} > "$out"
cat "$out"
