#!/usr/bin/env bash
# Builds yieldscope incrementally: the native CLI and unit tests (build/native), the wasm
# module and unit tests (build/wasm), then the static site (dist/).
#
#   scripts/build.sh               native, wasm and dist/
#   scripts/build.sh --native-only
#   scripts/build.sh --wasm-only   wasm and dist/
#   scripts/build.sh --sanitize    native with AddressSanitizer + UBSan, Debug (build/asan)
#
# JOBS (default 2) sets the parallelism. A build dir is configured only once; after that
# ninja re-runs cmake by itself when a CMakeLists.txt changes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

JOBS=${JOBS:-2}
# em++ runs acorn-optimizer.js at -O1 and above; Debian's node-acorn lives here.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

native=1
wasm=1
sanitize=0
for arg in "$@"; do
    case "$arg" in
        --native-only) wasm=0 ;;
        --wasm-only) native=0 ;;
        --sanitize) native=0; wasm=0; sanitize=1 ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

# One build at a time per tree: two ninja runs in the same build dir corrupt each other.
mkdir -p build
exec 8>build/.build.lock
if ! flock -n 8; then
    echo "build: another build is running in this tree; waiting for it"
    flock 8
fi

# Prints "NAME: N s" for the command it runs.
timed() {
    local name=$1 start=$SECONDS
    shift
    "$@"
    echo "build: $name done in $((SECONDS - start)) s"
}

configured() { [ -f "$1/build.ninja" ]; }

build_native() {
    configured build/native ||
        cmake -S . -B build/native -G Ninja -DCMAKE_CXX_COMPILER=g++
    cmake --build build/native -j "$JOBS"
}

build_sanitize() {
    configured build/asan ||
        cmake -S . -B build/asan -G Ninja -DCMAKE_CXX_COMPILER=g++ \
            -DCMAKE_BUILD_TYPE=Debug -DYS_SANITIZE=ON
    cmake --build build/asan -j "$JOBS"
}

build_wasm() {
    # emcmake's default emulator passes --experimental-wasm-threads, which node 20 rejects;
    # the emulator is what ctest uses to run the wasm unit tests.
    configured build/wasm ||
        emcmake cmake -S . -B build/wasm -G Ninja \
            -DCMAKE_CROSSCOMPILING_EMULATOR="$(command -v node)"
    cmake --build build/wasm -j "$JOBS"
}

# dist/ is the whole site: the page, its scripts and styles, and the single-file module.
build_site() {
    local tmp
    tmp=$(mktemp -d build/dist.XXXXXX)
    mkdir -p "$tmp/js" "$tmp/css"
    cp site/index.html "$tmp/"
    cp site/js/*.js "$tmp/js/"
    cp site/css/*.css "$tmp/css/"
    cp build/wasm/yieldscope.js "$tmp/yieldscope.js"
    chmod 755 "$tmp"
    rm -rf dist
    mv "$tmp" dist
    echo "build: dist/ ready ($(wc -c <dist/yieldscope.js) bytes of yieldscope.js)"
}

if [ "$native" -eq 1 ]; then
    timed native build_native
fi
if [ "$sanitize" -eq 1 ]; then
    timed asan build_sanitize
fi
if [ "$wasm" -eq 1 ]; then
    timed wasm build_wasm
    build_site
fi
