#!/usr/bin/env bash
# Regenerates tests/csmith/seeds.txt: the first 100 seeds (from 1 upwards) whose
# csmith program, generated with the options below, is a useful and well-behaved
# differential test case:
#   - csmith succeeds and the program has 300..5000 lines,
#   - `gcc -O0` builds it and the binary exits 0 in under 0.5 s (half the 1 s budget,
#     so the list stays valid on a loaded or slower machine),
#   - `gcc -O2`, `gcc -O0 -fsanitize=undefined` (stopping at the first report) and `tcc`
#     (through tcc-standin.sh) builds print exactly the same lines as `gcc -O0` (a filter
#     against programs whose output depends on undefined or implementation-specific
#     behaviour that csmith failed to rule out).
# Only needed when the csmith version or the options change; the result is committed.
#
# usage: tests/csmith/pick_seeds.sh [COUNT] > tests/csmith/seeds.txt
set -u
COUNT=${1:-100}
CSMITH_INC=/usr/include/csmith
# Options (see the header written below for why):
OPTS="--max-funcs 8 --max-expr-complexity 6 --packed-struct --no-float --no-builtins"

HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d /tmp/csmith-pick.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

# check SEED -> prints "SEED LINES MS" when the seed qualifies, nothing otherwise
check() {
    local s=$1 d="$TMP/$1"
    mkdir -p "$d" && cd "$d" || return
    csmith $OPTS --seed "$s" -o p.c >/dev/null 2>&1 || return
    local lines; lines=$(wc -l < p.c)
    (( lines >= 300 && lines <= 5000 )) || { rm -rf "$d"; return; }
    gcc -O0 -w -I$CSMITH_INC p.c -o o0 2>/dev/null || { rm -rf "$d"; return; }
    local t0 t1
    t0=$(date +%s%N)
    timeout 1 ./o0 1 > o0.out 2>/dev/null || { rm -rf "$d"; return; }
    t1=$(date +%s%N)
    local ms=$(( (t1 - t0) / 1000000 ))
    (( ms < 500 )) || { rm -rf "$d"; return; }
    grep -q '^checksum = ' o0.out || { rm -rf "$d"; return; }
    gcc -O2 -w -I$CSMITH_INC p.c -o o2 2>/dev/null || { rm -rf "$d"; return; }
    timeout 5 ./o2 1 > o2.out 2>/dev/null && cmp -s o0.out o2.out || { rm -rf "$d"; return; }
    gcc -O0 -w -fsanitize=undefined -fno-sanitize-recover=all -I$CSMITH_INC p.c -o ub 2>/dev/null || { rm -rf "$d"; return; }
    timeout 5 ./ub 1 > ub.out 2>/dev/null && cmp -s o0.out ub.out || { rm -rf "$d"; return; }
    "$HERE/tcc-standin.sh" -w -I$CSMITH_INC p.c -o tc 2>/dev/null || { rm -rf "$d"; return; }
    timeout 5 ./tc 1 > tc.out 2>/dev/null && cmp -s o0.out tc.out || { rm -rf "$d"; return; }
    echo "$s $lines $ms"
    rm -rf "$d"
}
export -f check
export TMP OPTS CSMITH_INC HERE

# (csmith writes platform.info into the current directory, even for --version)
ver=$(cd "$TMP" && csmith --version | head -1)
git=$(cd "$TMP" && csmith --version | sed -n 's/^Git version: //p')
cat <<EOF
# csmith seeds for tests/csmith/run.sh (regenerate with tests/csmith/pick_seeds.sh).
# csmith-version: $ver (git $git)
# csmith-options: $OPTS
#
# Options: --max-funcs 8 --max-expr-complexity 6 keep programs at a few hundred to a
# couple of thousand lines. Everything csmith enables by default stays enabled (structs,
# unions, bit-fields, pointers, arrays, volatile, const, long long, goto, comma, struct
# arguments/returns); --packed-struct (also the default) is explicit because it makes csmith
# wrap some structs in '#pragma pack(push) / #pragma pack(1) / #pragma pack(pop)', which mica
# supports. --no-float and --no-builtins (both defaults) keep out floating point (whose
# results may legitimately differ in the last bits) and GCC __builtin_ calls. No inline
# keywords (csmith's default), no -hh options.
# Programs include csmith.h, which includes <string.h> <float.h> <math.h> <limits.h>
# <stdint.h> <assert.h> <stdio.h>, and use printf (%X, %lX, %d), strcmp and memcpy.
#
# Selection: seeds 1, 2, 3, ... in order, keeping those whose program has 300..5000 lines,
# runs (gcc -O0) in under 0.5 s, and prints identical lines (with argument 1, which prints
# every global's checksum) with gcc -O0, gcc -O2, gcc -O0 -fsanitize=undefined (no report)
# and tcc (tcc-standin.sh). Columns: seed, lines of the generated program, gcc -O0 run time in ms.
EOF

# Examine seeds in batches of 20 (2 in parallel) until COUNT qualified; sorting then
# taking the COUNT smallest makes the result independent of the parallel order.
: > "$TMP/list"
start=1
while (( $(wc -l < "$TMP/list") < COUNT )); do
    seq $start $((start + 19)) | xargs -P 2 -I{} bash -c 'check {}' >> "$TMP/list"
    start=$((start + 20))
done
sort -n "$TMP/list" | head -n "$COUNT" | awk '{ printf "%-6s # %5d lines %4d ms\n", $1, $2, $3 }'
