#!/usr/bin/env bash
# Incremental-build benchmark (not a test): a generated project of about 2,000 functions in
# 20 files (and one of a quarter of that size), built from scratch with `mica --incremental`,
# then updated after three edits:
#   one function   a constant in one function changes
#   line shift     a comment line is inserted at the top of a file: every function below it
#                  moves down one line (their debug line numbers are patched, no code is made)
#   struct         a field is added to a struct that one function in ten uses
# For each: the update's wall time, the bytes it wrote into the executable and its ratio to the
# full build, next to full builds of the same project by mica (without --incremental), tcc and
# gcc -O0. Then the one-function edit under --watch, where the state stays in memory: the time
# each rebuild's status line reports (the executable patched; the state file is written after).
#
# usage: bench/incremental.sh [--runs N] [--no-debug]
#   --runs N     timed runs per measurement after one warm-up (default 5; hyperfine's median)
#   --no-debug   build without -g (default: with -g, debug information patched too)
# environment: MICA (default build/mica, relative to the repository root)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RUNS=5
G=-g
while (( $# )); do
    case $1 in
        --runs) RUNS=$2; shift 2 ;;
        --no-debug) G=; shift ;;
        -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "incremental.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
MICA=${MICA:-build/mica}
case $MICA in /*) ;; *) MICA=$ROOT/$MICA ;; esac
for tool in hyperfine tcc gcc python3; do
    command -v "$tool" > /dev/null || { echo "incremental.sh: $tool is missing" >&2; exit 1; }
done
TMP=$(mktemp -d /tmp/mica-incremental-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo "machine: $(nproc) CPUs ($cpu), $(uname -sr), load average $(cut -d" " -f1-3 /proc/loadavg) at start"
echo "mica: $MICA (repo at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')), flags: ${G:-(none)}"
echo "method: hyperfine median of $RUNS runs after 1 warm-up (a shared machine's outliers do not move"
echo "        it as they move a mean); an update is timed from the same starting"
echo "        point each run (the project, the executable and its state restored, then the edit made)"
echo

median() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"; }

# time NAME COMMAND [PREPARE]: sets T (seconds)
time_it() {
    local name=$1 cmd=$2 prep=${3:-}
    local args=(--shell=bash --style none --warmup 1 --runs "$RUNS" --export-json "$TMP/h.json")
    [[ -n $prep ]] && args+=(--prepare "$prep")
    if ! hyperfine "${args[@]}" "$cmd" > "$TMP/hf.log" 2>&1; then
        echo "incremental.sh: $name failed: $(tail -3 "$TMP/hf.log" | tr '\n' ' ')" >&2
        T=nan
        return 1
    fi
    T=$(median "$TMP/h.json")
}

ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print('%.1f%%' % (100 * a / b) if b == b and a == a and b > 0 else '-')" "$1" "$2"; }
ms() { python3 -c "import sys; v = float(sys.argv[1]); print('%.1f ms' % (v * 1000) if v == v else 'failed')" "$1"; }

# --watch: the one-function edit made and undone 2*RUNS times; sets W (seconds) to the median of
# the times its status lines report
watch_updates() {
    local unit="unit$(( files / 2 )).c" i
    eval "$restore"
    "$MICA" --watch $G $srcs -o app > "$TMP/watch.log" 2>&1 &
    local pid=$!
    wait_lines() {
        local tries=0
        while (( $(grep -c '^mica: app:' "$TMP/watch.log") < $1 && tries++ < 600 )); do sleep 0.05; done
    }
    wait_lines 1
    for (( i = 1; i <= 2 * RUNS; i++ )); do
        if (( i % 2 )); then
            sed -i '0,/unsigned x = a ^ /s//unsigned x = a + 1u ^ /' "$unit"
        else
            sed -i '0,/unsigned x = a + 1u ^ /s//unsigned x = a ^ /' "$unit"
        fi
        wait_lines $(( i + 1 ))
    done
    kill "$pid"
    wait "$pid" 2> /dev/null
    W=$(python3 -c '
import re, sys
ms = [float(m.group(1)) for m in map(re.compile(r"^mica: app: 1 of .*, ([0-9.]+) ms$").match, open(sys.argv[1])) if m]
print(sorted(ms)[len(ms) // 2] / 1000 if len(ms) == int(sys.argv[2]) else "nan")' "$TMP/watch.log" $(( 2 * RUNS )))
    [[ $W == nan ]] && echo "incremental.sh: --watch did not report $(( 2 * RUNS )) one-function updates: $(tail -2 "$TMP/watch.log")" >&2
}

for size in "25000 5" "100000 20"; do
    read -r lines files <<< "$size"
    P=$TMP/p$lines
    python3 "$HERE/gen_large.py" --lines "$lines" --files "$files" --dir "$P/src"
    srcs=$(cd "$P/src" && ls *.c | tr '\n' ' ')
    nlines=$(cat "$P"/src/*.c "$P"/src/*.h | wc -l)
    nfuncs=$(grep -c '^unsigned f[0-9]*(' "$P"/src/unit*.c | awk -F: '{ s += $2 } END { print s }')
    echo "== project: $nlines lines, $nfuncs functions, $files files of functions + main.c, data.c, common.h"
    mkdir -p "$P/work"
    cp -p "$P"/src/* "$P/work/"
    cd "$P/work"
    # full builds
    time_it "mica --incremental (full)" "rm -rf app app.mica-state; $MICA --incremental $G $srcs -o app"
    full=$T
    time_it "mica" "$MICA $G $srcs -o plain"
    plain=$T
    time_it "tcc" "tcc $G $srcs -o tcc.out"
    tccT=$T
    time_it "gcc -O0" "gcc -O0 $G -w $srcs -o gcc.out"
    gccT=$T
    ./plain > plain.txt; ./tcc.out > tcc.txt; ./gcc.out > gcc.txt
    printf "%-34s %12s\n" "full build" "wall time"
    printf "  %-32s %12s\n" "mica --incremental (from scratch)" "$(ms "$full")" "mica" "$(ms "$plain")" \
        "tcc" "$(ms "$tccT")" "gcc -O0" "$(ms "$gccT")"
    # the base: a finished incremental build
    rm -rf app app.mica-state
    "$MICA" --incremental $G $srcs -o app
    mkdir -p "$P/base"
    cp -rp "$P"/work/. "$P/base/"
    # the state (app.mica-state/, one file that updates append to) restored whole
    restore="rm -rf $P/work/app.mica-state; cp -rp $P/base/. $P/work/"
    printf "%-34s %12s %14s %12s %s\n" "update after" "wall time" "bytes written" "of full" "(mica's report)"
    for edit in one-function line-shift struct; do
        case $edit in
            one-function) change="sed -i '0,/unsigned x = a ^ /s//unsigned x = a + 1u ^ /' unit$(( files / 2 )).c" ;;
            line-shift) change="sed -i '1i /* a new first line */' unit$(( files / 2 )).c" ;;
            struct) change="sed -i 's/struct tuning { unsigned gain, bias; };/struct tuning { unsigned gain, bias, spare; };/' common.h" ;;
        esac
        eval "$restore; $change"
        report=$("$MICA" --incremental --report $G $srcs -o app)
        "$MICA" $G $srcs -o clean
        if ! cmp -s <(./app) <(./clean); then
            echo "incremental.sh: after $edit the updated program prints $(./app), a clean build $(./clean)" >&2
        fi
        bytes=$(sed -n 's/.* \([0-9]*\) bytes written.*/\1/p' <<< "$report")
        time_it "update $edit" "$MICA --incremental $G $srcs -o app" "$restore; $change"
        printf "  %-32s %12s %14s %12s %s\n" "$edit" "$(ms "$T")" "$bytes" "$(ratio "$T" "$full")" \
            "($(sed 's/^mica: app: //; s/, [0-9.]* ms$//' <<< "$report"))"
    done
    watch_updates
    printf "  %-32s %12s %14s %12s %s\n" "one-function, --watch" "$(ms "$W")" "" "$(ratio "$W" "$full")" \
        "(median of $((2 * RUNS)) status lines: the state stays in memory, its file is written after the line)"
    echo
    cd "$ROOT"
done
