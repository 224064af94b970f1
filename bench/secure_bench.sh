#!/usr/bin/env bash
# Secure and verified delivery: what DICOM TLS, STOW-RS and the checks after sending cost, on the
# same data, against the reference tools.
#   data: 200 CT-sized instances (512x512x16 bit, ~0.5 MB each), loopback
#   compared: storescu plain / +tls (DCMTK) vs pacsdrop send plain / TLS into storescp;
#             curl (one STOW-RS request) vs pacsdrop send to a DICOMweb URL into Orthanc;
#             pacsdrop send --verify (C-FIND) and with Storage Commitment into Orthanc
#   reports: median wall time over RUNS (hyperfine) and the ratio to the reference
# Usage: bench/secure_bench.sh [BUILD_DIR] [RUNS]        (results in bench/results/<date>-secure.md)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"
runs="${2:-5}"
pacsdrop="$build/app/pacsdrop"
make_series="$build/tests/pacsdrop_make_series"
for tool in "$pacsdrop" "$make_series" /usr/bin/storescu /usr/bin/storescp /usr/sbin/Orthanc /usr/bin/hyperfine /usr/bin/curl /usr/bin/openssl; do
    [ -x "$tool" ] || { echo "missing $tool (run scripts/setup.sh)" >&2; exit 2; }
done

work="$(mktemp -d /tmp/pacsdrop-secure-bench.XXXXXX)"
. "$repo/bench/peers.sh"

echo "generating data and a PKI in $work ..."
mkdir -p "$work/data"
"$make_series" --out "$work/data" --count 200 --rows 512 --cols 512
"$repo/tests/scripts/make_pki.sh" "$work/pki" > /dev/null
pki="$work/pki"
bytes=$(du -cb "$work"/data/*.dcm | tail -1 | cut -f1)

plain_port=$(free_port); tls_port=$(free_port); report_port=$(free_port)
mkdir -p "$work/in-plain" "$work/in-tls"
storescp -od "$work/in-plain" "$plain_port" > "$work/plain.log" 2>&1 & pids+=($!)
storescp +tls "$pki/server.key" "$pki/server.pem" -pw +cf "$pki/ca.pem" -rc -od "$work/in-tls" "$tls_port" > "$work/tls.log" 2>&1 & pids+=($!)
http_port=$(free_port); dicom_port=$(free_port)
cat > "$work/orthanc.json" <<JSON
{ "Name": "bench", "StorageDirectory": "$work/orthanc-db", "IndexDirectory": "$work/orthanc-db",
  "HttpPort": $http_port, "DicomPort": $dicom_port, "DicomAet": "ORTHANC", "RemoteAccessAllowed": false,
  "AuthenticationEnabled": false, "DicomAlwaysAllowStore": true, "DicomAlwaysAllowEcho": true, "DicomAlwaysAllowFind": true,
  "DicomCheckCalledAet": false, "StorageCompression": false,
  "DicomModalities": { "pacsdrop": ["PACSDROP", "127.0.0.1", $report_port] },
  "Plugins": ["/usr/share/orthanc/plugins/libOrthancDicomWeb.so"], "DicomWeb": { "Enable": true, "Root": "/dicom-web/" } }
JSON
Orthanc "$work/orthanc.json" > "$work/orthanc.log" 2>&1 & pids+=($!)
wait_port "$plain_port"; wait_port "$tls_port"; wait_port "$dicom_port"; wait_port "$http_port"

cat > "$work/settings.json" <<JSON
{ "devices": [
  { "name": "Plain", "aeTitle": "STORESCP", "host": "127.0.0.1", "port": $plain_port, "parallelAssociations": 1 },
  { "name": "Tls", "aeTitle": "STORESCP", "host": "127.0.0.1", "port": $tls_port, "parallelAssociations": 1,
    "tls": { "enabled": true, "certificate": "$pki/client.pem", "privateKey": "$pki/client.key", "trustedCertificates": ["$pki/ca.pem"] } },
  { "name": "Orthanc", "aeTitle": "ORTHANC", "host": "127.0.0.1", "port": $dicom_port, "parallelAssociations": 1 },
  { "name": "Committing", "aeTitle": "ORTHANC", "host": "127.0.0.1", "port": $dicom_port, "parallelAssociations": 1, "storageCommitment": true },
  { "name": "Web", "web": { "url": "http://127.0.0.1:$http_port/dicom-web", "batchSize": 20 } } ],
  "listeners": [ { "name": "Reports", "aeTitle": "PACSDROP", "port": $report_port } ] }
JSON
send() { echo "$pacsdrop send --config $work/settings.json --data-dir $work/home --to $1 ${2:-} $work/data"; }
fresh="rm -rf $work/home $work/in-plain/* $work/in-tls/*; curl -s -X DELETE http://127.0.0.1:$http_port/patients/\$(curl -s http://127.0.0.1:$http_port/patients | tr -d '[]\" \n' | cut -d, -f1) > /dev/null || true"

# One STOW-RS request with every file, built once: what curl needs to send the same bytes.
boundary=benchboundary
body="$work/stow.bin"
for f in "$work"/data/*.dcm; do printf -- "--%s\r\nContent-Type: application/dicom\r\n\r\n" "$boundary"; cat "$f"; printf "\r\n"; done > "$body"
printf -- "--%s--\r\n" "$boundary" >> "$body"

results="$repo/bench/results"; mkdir -p "$results"
report="$results/$(date +%Y-%m-%d)-secure.md"
run() { # name command...
    hyperfine --runs "$runs" --warmup 1 --prepare "$fresh" --export-json "$work/$1.json" "$2" > /dev/null 2>&1
    python3 -c "import json,statistics;d=json.load(open('$work/$1.json'))['results'][0];print(f\"{statistics.median(d['times']):.3f}\")"
}
echo "running (each $runs times) ..."
t_scu=$(run scu "storescu -aec STORESCP 127.0.0.1 $plain_port $work/data/*.dcm")
t_scu_tls=$(run scu_tls "storescu +tls $pki/client.key $pki/client.pem -pw +cf $pki/ca.pem -aec STORESCP 127.0.0.1 $tls_port $work/data/*.dcm")
t_pd=$(run pd "$(send Plain)")
t_pd_tls=$(run pd_tls "$(send Tls)")
t_curl=$(run curl "curl -s -o /dev/null -H 'Expect:' -H 'Content-Type: multipart/related; type=\"application/dicom\"; boundary=$boundary' --data-binary @$body http://127.0.0.1:$http_port/dicom-web/studies")
t_pd_web=$(run pd_web "$(send Web)")
t_pd_dimse=$(run pd_orthanc "$(send Orthanc)")
t_pd_verify=$(run pd_verify "$(send Orthanc --verify)")
t_pd_commit=$(run pd_commit "$(send Committing)")
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
{
    echo "# Secure and verified delivery — $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(nproc) cores; loopback. 200 instances, $((bytes / 1048576)) MB. Median of $runs runs (hyperfine), one association/request stream."
    echo
    echo "| what | reference | s | pacsdrop | s | ratio |"
    echo "|---|---|---|---|---|---|"
    echo "| plain DICOM into storescp | storescu | $t_scu | send | $t_pd | $(ratio "$t_pd" "$t_scu") |"
    echo "| DICOM TLS into storescp +tls | storescu +tls | $t_scu_tls | send (TLS device) | $t_pd_tls | $(ratio "$t_pd_tls" "$t_scu_tls") |"
    echo "| STOW-RS into Orthanc | curl, one request | $t_curl | send (DICOMweb, 20 per request) | $t_pd_web | $(ratio "$t_pd_web" "$t_curl") |"
    echo "| DICOM into Orthanc | — | | send | $t_pd_dimse | |"
    echo "| DICOM into Orthanc + verify | send | $t_pd_dimse | send --verify (C-FIND per series) | $t_pd_verify | $(ratio "$t_pd_verify" "$t_pd_dimse") |"
    echo "| DICOM into Orthanc + commitment | send | $t_pd_dimse | send (Storage Commitment, waits for the report) | $t_pd_commit | $(ratio "$t_pd_commit" "$t_pd_dimse") |"
} > "$report"
cat "$report"
