#!/usr/bin/env bash
# run.sh [--save OUTDIR] DIR CMD...
#
# Runs `CMD... PROG.py` for every PROG.py under DIR (recursively, in sorted order) with a
# 10 s timeout each (CHECK_TIMEOUT to change it), stdin from /dev/null and stderr ignored,
# and compares its stdout byte for byte with PROG.out next to it, after replacing every
# 0x[0-9a-fA-F]+ by 0xADDR on both sides. The exit status of CMD is not compared: a
# program ending in an uncaught exception prints its error line on stdout (--error-line).
#
# Prints one line per failure:  FAIL <name>: <what differs>   (name = path under DIR, no .py)
# and ends with exactly the line:  N passed, M failed
# Exit status: 0 when M is 0, 1 otherwise (2 on bad usage).
# --save OUTDIR keeps each program's raw stdout as OUTDIR/<name>.stdout (to compare builds).
#
# Example:  tests/conformance/run.sh tests/conformance build/native/yieldscope run --error-line
set -euo pipefail
export LC_ALL=C

save=
if [ "${1:-}" = "--save" ] && [ $# -ge 2 ]; then
    save=$2
    shift 2
fi
if [ $# -lt 2 ] || [ ! -d "$1" ]; then
    echo "usage: run.sh [--save OUTDIR] DIR CMD..." >&2
    exit 2
fi
dir=${1%/}
shift

TIMEOUT=${CHECK_TIMEOUT:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

normalize() {
    sed -E 's/0x[0-9a-fA-F]+/0xADDR/g' "$1"
}

# first_difference EXPECTED GOT -> one line describing the first difference
first_difference() {
    awk '
        function show(s) {
            if (length(s) > 120) s = substr(s, 1, 117) "...";
            return "\"" s "\"";
        }
        NR == FNR { e[FNR] = $0; ne = FNR; next }
        { g[FNR] = $0; ng = FNR }
        END {
            n = (ne > ng) ? ne : ng;
            for (i = 1; i <= n; i++) {
                if (i > ne) { print "line " i ": expected end of output, got " show(g[i]); exit }
                if (i > ng) { print "line " i ": expected " show(e[i]) ", got end of output"; exit }
                if (e[i] != g[i]) { print "line " i ": expected " show(e[i]) ", got " show(g[i]); exit }
            }
            print "outputs differ only in the final newline or in NUL bytes";
        }' "$1" "$2"
}

pass=0
fail=0
while IFS= read -r -d '' py; do
    rel=${py#"$dir"/}
    name=${rel%.py}
    expected=${py%.py}.out
    if [ ! -f "$expected" ]; then
        echo "FAIL $name: missing expected output ${expected}"
        fail=$((fail + 1))
        continue
    fi
    rc=0
    timeout -k 2 "$TIMEOUT" "$@" "$py" >"$tmp/got" 2>/dev/null </dev/null || rc=$?
    if [ -n "$save" ]; then
        mkdir -p "$save/$(dirname "$rel")"
        cp "$tmp/got" "$save/$name.stdout"
    fi
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        echo "FAIL $name: timed out after ${TIMEOUT} s"
        fail=$((fail + 1))
        continue
    fi
    normalize "$expected" >"$tmp/e"
    normalize "$tmp/got" >"$tmp/g"
    if cmp -s "$tmp/e" "$tmp/g"; then
        pass=$((pass + 1))
    else
        echo "FAIL $name: $(first_difference "$tmp/e" "$tmp/g")"
        fail=$((fail + 1))
    fi
done < <(find "$dir" -name '*.py' -type f -print0 | sort -z)

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
