#!/usr/bin/env bash
# Set-up shared by scripts/run.sh and scripts/test.sh: installs the Debian packages listed in
# scripts/debian-packages.txt that are missing (as root, or through sudo), then configures and
# builds PacsDrop in build/. Safe to run again; it only does what is missing.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${PACSDROP_BUILD_DIR:-$repo/build}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -vE '^\s*(#|$)' "$repo/scripts/debian-packages.txt")
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "setup: all ${#wanted[@]} Debian packages are installed"
        return
    fi
    echo "setup: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # Package scripts must not start system services (e.g. Orthanc) on a build machine.
    as_root env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq "${missing[@]}"
}

build() {
    local jobs
    jobs="$(nproc)"
    cmake -S "$repo" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build_dir" --parallel "$jobs"
}

install_packages
build
