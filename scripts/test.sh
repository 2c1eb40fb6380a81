#!/usr/bin/env bash
# Sets up the machine, builds everything, runs every kind of test and prints a summary:
#   unit         Catch2 through ctest, native (build/native) and wasm under node (build/wasm)
#   conformance  tests/conformance/**/*.py through the native CLI and the wasm build under node,
#                each against its .out, plus a check that both printed byte-identical stdout
#   wasm         node --test tests/wasm/     (the wasm module and the node runner)
#   browser      node --test tests/browser/  (dist/ in headless Chromium)
#
#   scripts/test.sh                    everything
#   scripts/test.sh --unit --browser   only the kinds named
#
# Ends with one line per kind and `total: N passed, M failed`; exits 1 if anything failed.
# Logs, raw results and the summary (summary.txt) go to build/test-results/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

all_kinds=(unit conformance wasm browser)
kinds=()
for arg in "$@"; do
    case "$arg" in
        --unit|--conformance|--wasm|--browser) kinds+=("${arg#--}") ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "test: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done
[ ${#kinds[@]} -gt 0 ] || kinds=("${all_kinds[@]}")
wanted() { [[ " ${kinds[*]} " == *" $1 "* ]]; }

# One test run at a time per tree: runs share build/ and build/test-results/.
mkdir -p build
exec 9>build/.test.lock
if ! flock -n 9; then
    echo "test: another test run is going on in this tree; waiting for it"
    flock 9
fi

RESULTS=build/test-results
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
summary=()
total_pass=0
total_fail=0

# record NAME PASSED FAILED [NOTE]
record() {
    summary+=("$(printf '%-34s %s passed, %s failed%s' "$1:" "$2" "$3" "${4:+ ($4)}")")
    total_pass=$((total_pass + $2))
    total_fail=$((total_fail + $3))
}

banner() { printf '\n==== %s ====\n' "$*"; }

finish() {
    banner summary
    {
        local line
        for line in "${summary[@]}"; do echo "$line"; done
        echo "total: $total_pass passed, $total_fail failed"
    } | tee "$RESULTS/summary.txt"
    [ "$total_fail" -eq 0 ]
}

# --- setup and build ---------------------------------------------------------
banner setup
"$ROOT/scripts/setup.sh"
banner build
if ! "$ROOT/scripts/build.sh"; then
    record build 0 1 "scripts/build.sh failed"
    finish || true
    exit 1
fi

# --- unit: Catch2 through ctest ----------------------------------------------
# ctest's summary: "100% tests passed, 0 tests failed out of 1". With -V the log also has
# Catch2's own ("All tests passed (215 assertions in 22 test cases)" or "test cases: ...").
run_ctest() {
    local name=$1 dir=$2 log="$RESULTS/ctest-$1.log" counts catch2
    banner "unit tests ($name): ctest in $dir"
    ctest --test-dir "$dir" -V --timeout 600 2>&1 | tee "$log" || true
    counts=$(sed -nE 's/.*tests passed, ([0-9]+) tests? failed out of ([0-9]+).*/\1 \2/p' "$log" | tail -n 1)
    catch2=$(sed -nE 's/^[0-9]+: (All tests passed \(.*\)|test cases: .*)$/\1/p' "$log" | tail -n 1)
    if [ -z "$counts" ]; then
        record "unit ($name)" 0 1 "ctest gave no summary, see $log"
    else
        set -- $counts
        record "unit ($name)" $(($2 - $1)) "$1" "${catch2:+Catch2: $catch2}"
    fi
}

# --- conformance ---------------------------------------------------------------
# run.sh ends with "N passed, M failed".
run_conformance() {
    local name=$1 counts
    shift
    banner "conformance ($name)"
    if ! command -v "$1" >/dev/null; then
        echo "FAIL: $1 was not built"
        record "conformance ($name)" 0 1 "$1 was not built"
        return
    fi
    tests/conformance/run.sh --save "$RESULTS/conformance-$name" tests/conformance "$@" \
        2>&1 | tee "$RESULTS/conformance-$name.log" || true
    counts=$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$RESULTS/conformance-$name.log" | tail -n 1)
    if [ -z "$counts" ]; then
        record "conformance ($name)" 0 1 "no summary from tests/conformance/run.sh"
    else
        set -- $counts
        record "conformance ($name)" "$1" "$2"
    fi
}

# Both builds must print exactly the same bytes, whether or not they match the .out.
compare_flavours() {
    local native=$RESULTS/conformance-native wasm=$RESULTS/conformance-wasm
    local pass=0 fail=0 f rel
    banner "conformance: native and wasm stdout identical"
    while IFS= read -r -d '' f; do
        rel=${f#"$native"/}
        if cmp -s "$f" "$wasm/$rel"; then
            pass=$((pass + 1))
        else
            echo "FAIL ${rel%.stdout}: native and wasm stdout differ"
            fail=$((fail + 1))
        fi
    done < <(find "$native" -name '*.stdout' -type f -print0 2>/dev/null | sort -z)
    echo "$pass passed, $fail failed"
    record "conformance (native = wasm)" "$pass" "$fail"
}

# --- node --test ---------------------------------------------------------------
# Human-readable output on the terminal, TAP in a file for the counts ("# pass N", "# fail M").
run_node_tests() {
    local name=$1 dir=$2 tap="$RESULTS/$1.tap" pass fail cancelled skipped
    banner "$name: node --test $dir"
    if ! compgen -G "$dir/*.test.js" >/dev/null; then
        record "$name" 0 1 "no test files in $dir"
        return
    fi
    node --test --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=tap --test-reporter-destination="$tap" "$dir" </dev/null || true
    pass=$(sed -n 's/^# pass //p' "$tap" | tail -n 1)
    fail=$(sed -n 's/^# fail //p' "$tap" | tail -n 1)
    cancelled=$(sed -n 's/^# cancelled //p' "$tap" | tail -n 1)
    skipped=$(sed -n 's/^# skipped //p' "$tap" | tail -n 1)
    if [ -z "$pass" ] || [ -z "$fail" ]; then
        record "$name" 0 1 "node --test gave no summary, see $tap"
        return
    fi
    local note=
    if [ "${skipped:-0}" -gt 0 ]; then note="$skipped skipped"; fi
    record "$name" "$pass" $((fail + ${cancelled:-0})) "$note"
}

start=$SECONDS
if wanted unit; then
    run_ctest native build/native
    run_ctest wasm build/wasm
fi
if wanted conformance; then
    run_conformance native build/native/yieldscope run --error-line
    run_conformance wasm node scripts/yieldscope-node.js run --error-line
    compare_flavours
fi
if wanted wasm; then
    run_node_tests wasm tests/wasm
fi
if wanted browser; then
    run_node_tests browser tests/browser
fi
echo
echo "tests took $((SECONDS - start)) s"
finish
