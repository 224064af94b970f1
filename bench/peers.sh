# Sourced by the benchmarks: a scratch folder ($work) and the receivers they start (pids), both
# cleaned up on exit; free loopback ports and waiting for one to accept connections.
# Usage: work="$(mktemp -d …)"; . "$(dirname "$0")/peers.sh"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
# Below the kernel's ephemeral range (32768 and up), which the senders' own connections use.
free_port() { /usr/bin/python3 -c '
import random, socket
for _ in range(100):
    port = random.randint(20000, 32000)
    try:
        s = socket.socket(); s.bind(("127.0.0.1", port)); s.close(); print(port); break
    except OSError:
        pass'; }
wait_port() { for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.2; done; return 1; }
