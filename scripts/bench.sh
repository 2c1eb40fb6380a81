#!/usr/bin/env bash
# Runs the benchmark suite (bench/): every program through CPython 3.11 (on ref.py's
# virtual clock), yieldscope native and yieldscope wasm under node, plus Pyodide and
# MicroPython when bench/node_modules has them; then cold start, dist/ size, timer
# scaling (10k/50k/100k tasks) and the inspector's seek + snapshot latency.
# Prints Markdown tables; also writes build/bench/results.{md,json}.
#
#   scripts/bench.sh                   build (incrementally), then everything
#   scripts/bench.sh --install-peers   first `npm ci` in bench/ (Pyodide, MicroPython)
#   scripts/bench.sh --runs 3 --peer-runs 1 --only genexpr,tasks_sleep0
#   scripts/bench.sh --no-peers --no-extras --no-build
#   scripts/bench.sh --inspector-module PATH/yieldscope.js   seek/snapshot on another build
#
# REF_PY overrides the path of ref.py (default: ../shared/corpus/ref.py beside the repo).
# Medians of --runs timed runs (default 5; --peer-runs, default 3, for the peers), each
# after a warm-up run. docs/performance.md says what each runner times.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

install_peers=0
build=1
pass=()
while [ $# -gt 0 ]; do
    case "$1" in
        --install-peers) install_peers=1 ;;
        --no-build) build=0 ;;
        --runs|--peer-runs|--only|--inspector-module|--inspector-runs)
            [ $# -ge 2 ] || { echo "bench: $1 needs a value" >&2; exit 2; }
            pass+=("$1" "$2"); shift ;;
        --no-peers|--no-extras) pass+=("$1") ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

REF_PY=${REF_PY:-$(cd "$ROOT/.." && pwd)/shared/corpus/ref.py}
if [ ! -f "$REF_PY" ]; then
    # A git worktree sits beside the main checkout; look beside that too.
    common=$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
    [ -n "$common" ] && REF_PY=$(cd "$common/../.." 2>/dev/null && pwd)/shared/corpus/ref.py
fi
[ -f "$REF_PY" ] || { echo "bench: ref.py not found (set REF_PY)" >&2; exit 2; }

if [ "$install_peers" -eq 1 ]; then
    echo "bench: installing the peers (bench/package.json) with npm ci"
    (cd bench && npm ci --no-audit --no-fund)
fi

if [ "$build" -eq 1 ] || [ ! -x build/native/yieldscope ] || [ ! -f build/wasm/yieldscope.js ] || [ ! -d dist ]; then
    scripts/build.sh
fi

# The native runner: bench/harness/ys_native_time.cpp against the very libraries the CLI
# links (build/native/core), with the native build's own release flags.
mkdir -p build/bench
libs=(api trace asyncio runtime vm objects compile syntax util)
archives=()
for l in "${libs[@]}"; do archives+=("build/native/core/libys_$l.a"); done
runner=build/bench/ys_native_time
stale=0
[ -x "$runner" ] || stale=1
for f in bench/harness/ys_native_time.cpp "${archives[@]}"; do
    if [ "$f" -nt "$runner" ]; then stale=1; fi
done
if [ "$stale" -eq 1 ]; then
    echo "bench: building $runner"
    g++ -std=c++20 -O3 -DNDEBUG -Wall -Wextra -Icore bench/harness/ys_native_time.cpp \
        "${archives[@]}" -o "$runner"
fi

exec python3 bench/bench.py --ref "$REF_PY" "${pass[@]}"
