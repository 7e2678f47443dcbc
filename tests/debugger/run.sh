#!/usr/bin/env bash
# Debugger tests: gdb and lldb on `$MICA -g` executables must behave exactly as on
# `gcc -O0 -g` executables (see tests/debugger/README.md).
#
# For every tests/debugger/NAME/ (prog.c plus any other *.c, gdb.cmd and/or lldb.cmd, the
# expected chunks gdb.expected / lldb.expected, optional gcc-differences):
#   NAME.gdb / NAME.lldb  the script run on the $MICA build exits 99, its normalised transcript
#                         holds every expected chunk in order, and equals the transcript of the
#                         same script on the gcc build
#   NAME.verify           llvm-dwarfdump-14 --verify finds no error in the $MICA build, and
#                         eu-readelf parses its .debug_info, .debug_line and CFI silently
# MICA_TARGET=aarch64-linux (tests/target.sh): the gdb scripts only, each build running under
# `qemu-aarch64 -g PORT ./prog ARGS` with gdb-multiarch attached by `target remote` (the
# script's `run ARGS` becomes a `continue`, shown as the `run` in the transcript; watchpoints
# are software ones); NAME/differences.TARGET lists what gdb shows differently there, gcc being aarch64-linux-gnu-gcc; the
# names start with aarch64/.
# With no NAME, verify_all.sh then checks the DWARF of every tests/programs build.
# usage: tests/debugger/run.sh [NAME...]      (default: every test)
# environment: MICA (default build/mica relative to the repository root; may carry options),
#   JOBS (parallel tests, default the number of cores), KEEP=1 (keep the work directory with
#   the transcripts, *.norm and *.diff files; its path is printed on stderr).
# Prints PASS/FAIL lines, always exits 0.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
read -r -a MICA_CMD <<< "${MICA:-build/mica}"
case ${MICA_CMD[0]} in
    /*) ;;
    */*) MICA_CMD[0]=$ROOT/${MICA_CMD[0]} ;;
esac
GCC_CMD=(gcc -O0 -g -static -fno-pie -no-pie -fno-omit-frame-pointer)
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
TIMEOUT=30
# shellcheck source=../target.sh
. "$ROOT/tests/target.sh"
if ((${#TARGET_RUN[@]})); then
    GCC_CMD=("${TARGET_CC[@]}" -O0 -g -fno-pie -no-pie -fno-omit-frame-pointer)
    MICA_CMD+=("${TARGET_FLAGS[@]}")
    TIMEOUT=$((TIMEOUT * TARGET_SLOW))
fi

TMP=$(mktemp -d /tmp/mica-debugger.XXXXXX)
if [[ ${KEEP:-} == 1 ]]; then echo "debugger test files kept in $TMP" >&2
else trap 'rm -rf "$TMP"' EXIT; fi

LLDB=$(command -v lldb-14 || command -v lldb || true)
GDB=$(command -v gdb || true)
((${#TARGET_RUN[@]})) && GDB=$(command -v gdb-multiarch || true)
DWARFDUMP=$(command -v llvm-dwarfdump-14 || true)
EUREADELF=$(command -v eu-readelf || true)

one_line() { # FILE: its first 3 lines on one line
    head -n 3 "$1" 2>/dev/null | tr '\n\t' '  ' | sed 's/  */ /g; s/ $//' | cut -c1-300
}

build() { # DIR NAME CC...: build DIR/prog from the test's sources, copied into DIR
    local dir=$1 name=$2; shift 2
    mkdir -p "$dir"
    cp "$HERE/$name"/*.c "$dir"/
    cp "$HERE/$name"/*.cmd "$dir"/ 2>/dev/null
    cp "$HERE/$name"/*.h "$dir"/ 2>/dev/null
    local srcs=(prog.c)
    local f
    for f in "$HERE/$name"/*.c; do
        f=${f##*/}
        [[ $f == prog.c ]] || srcs+=("$f")
    done
    (cd "$dir" && "$@" "${srcs[@]}" -o prog) > "$dir/build.log" 2>&1 && [[ -x $dir/prog ]]
}

wait_listening() { # PORT: until something listens on the TCP port (at most 5 s)
    local i
    for ((i = 0; i < 100; i++)); do
        ss -ltn "sport = :$1" 2>/dev/null | grep -q LISTEN && return
        sleep 0.05
    done
}

debug() { # DIR DEBUGGER PORT: run DIR/DEBUGGER.cmd on DIR/prog; transcript DIR/DEBUGGER.out
    local dir=$1 dbg=$2 port=$3 status
    if ((${#TARGET_RUN[@]})); then
        # the program waits under the emulator's gdb stub, started with the arguments of the
        # script's `run`; gdb attaches and drives it, the `run` becoming a `continue` that the
        # transcript shows as the `run` again (qemu's user-mode stub has no hardware
        # watchpoints: gdb single-steps instead)
        # (a script's own `set can-use-hw-watchpoints 1` becomes 0, spelt with two spaces so that
        # the transcript can show the line the script has)
        local run_line args=()
        run_line=$(grep -m1 -E '^run( |$)' "$dir/gdb.cmd")
        eval "args=(${run_line#run})"
        sed -E 's/^run( .*)?$/continue # mica: &/
                s/^set can-use-hw-watchpoints 1$/set can-use-hw-watchpoints  0/' \
            "$dir/gdb.cmd" > "$dir/gdb-remote.cmd"
        (cd "$dir" && exec timeout -k 5 $TIMEOUT "${TARGET_RUN[@]}" -g "$port" "$PWD/prog" "${args[@]}" \
            < /dev/null > prog.out 2>&1) &
        local emulator=$!
        wait_listening "$port"
        (cd "$dir" && timeout -k 5 $TIMEOUT "$GDB" -nx -batch -ex "target remote :$port" \
            -ex 'set can-use-hw-watchpoints 0' -ex 'set trace-commands on' -x gdb-remote.cmd ./prog \
            < /dev/null > gdb-remote.out 2>&1)
        status=$?
        sed 's/^+.* # mica: /+/; s/^+set can-use-hw-watchpoints  0$/+set can-use-hw-watchpoints 1/' "$dir/gdb-remote.out" > "$dir/gdb.out"
        kill "$emulator" 2>/dev/null
        wait "$emulator" 2>/dev/null
    elif [[ $dbg == gdb ]]; then
        (cd "$dir" && timeout -k 5 $TIMEOUT "$GDB" -nx -batch -ex 'set trace-commands on' \
            -x gdb.cmd --args ./prog < /dev/null > gdb.out 2>&1) 2>/dev/null
        status=$?
    else
        (cd "$dir" && timeout -k 5 $TIMEOUT "$LLDB" --no-lldbinit --no-use-colors --batch \
            -s lldb.cmd -- ./prog < /dev/null > lldb.out 2>&1) 2>/dev/null
        status=$?
    fi
    echo $status > "$dir/$dbg.status"
}

verify() { # NAME EXE: the DWARF of EXE is well formed
    local name=$1 exe=$2 out=$TMP/$1/verify
    if [[ -z $DWARFDUMP || -z $EUREADELF ]]; then
        echo "FAIL $TARGET_TAG$name.verify: llvm-dwarfdump-14 (package llvm-14) or eu-readelf (elfutils) is not installed"
        return
    fi
    local sections missing=()
    sections=$(readelf -SW "$exe" 2>/dev/null)
    local s
    for s in .debug_info .debug_abbrev .debug_line; do
        grep -q " $s " <<< "$sections" || missing+=("$s")
    done
    grep -qE ' \.(debug_frame|eh_frame) ' <<< "$sections" || missing+=(".debug_frame")
    if ((${#missing[@]})); then
        echo "FAIL $TARGET_TAG$name.verify: no ${missing[*]} section in the executable"
        return
    fi
    timeout -k 5 $TIMEOUT "$DWARFDUMP" --verify "$exe" > "$out.dwarfdump" 2>&1
    local status=$?
    if ((status == 124 || status == 137)); then
        echo "FAIL $TARGET_TAG$name.verify: llvm-dwarfdump --verify did not finish in $TIMEOUT s"
        return
    fi
    if ((status != 0)) || ! grep -q '^No errors' "$out.dwarfdump"; then
        echo "FAIL $TARGET_TAG$name.verify: llvm-dwarfdump --verify: $(grep -m3 -iE 'error|warning' "$out.dwarfdump" | tr '\n\t' '  ' | cut -c1-300)"
        return
    fi
    if ! timeout -k 5 $TIMEOUT "$EUREADELF" --debug-dump=info --debug-dump=line --debug-dump=frame "$exe" \
            > "$out.eu" 2> "$out.eu.err" || [[ -s $out.eu.err ]]; then
        echo "FAIL $TARGET_TAG$name.verify: eu-readelf --debug-dump=info,line,frame: $(one_line "$out.eu.err")"
        return
    fi
    echo "PASS $TARGET_TAG$name.verify"
}

run_test() { # NAME PORT: prints its PASS/FAIL lines (PORT: for an emulator's gdb stub)
    local name=$1 port=$2 t=$TMP/$1 dbg dbgs=()
    [[ -f $HERE/$name/gdb.cmd ]] && dbgs+=(gdb)
    # lldb drives native programs only
    [[ -f $HERE/$name/lldb.cmd ]] && ((${#TARGET_RUN[@]} == 0)) && dbgs+=(lldb)
    if ! build "$t/gcc" "$name" "${GCC_CMD[@]}"; then
        for dbg in "${dbgs[@]}" verify; do
            echo "FAIL $TARGET_TAG$name.$dbg: the test is wrong: gcc cannot build it: $(one_line "$t/gcc/build.log")"
        done
        return
    fi
    if ! build "$t/mica" "$name" "${MICA_CMD[@]}" -g -O0; then
        for dbg in "${dbgs[@]}" verify; do
            echo "FAIL $TARGET_TAG$name.$dbg: mica -g cannot build it: $(one_line "$t/mica/build.log")"
        done
        return
    fi
    for dbg in "${dbgs[@]}"; do
        if [[ $dbg == gdb && -z $GDB ]] || [[ $dbg == lldb && -z $LLDB ]]; then
            echo "FAIL $TARGET_TAG$name.$dbg: $dbg is not installed (Debian package ${dbg/lldb/lldb-14})"
            continue
        fi
        debug "$t/gcc" $dbg "$port"
        debug "$t/mica" $dbg "$port"
        local expected=$HERE/$name/$dbg.expected differences=$HERE/$name/gcc-differences
        local target_differences=$HERE/$name/differences.${MICA_TARGET:-}
        [[ -f $expected ]] || expected=-
        [[ -f $differences ]] || differences=-
        [[ -n ${MICA_TARGET:-} && -f $target_differences ]] || target_differences=-
        python3 "$HERE/compare.py" "$TARGET_TAG$name.$dbg" "$expected" "$differences" \
            "$t/gcc/$dbg.out" "$(cat "$t/gcc/$dbg.status")" \
            "$t/mica/$dbg.out" "$(cat "$t/mica/$dbg.status")" \
            "$t/gcc" "$t/mica" "$t/$dbg" "$target_differences"
    done
    verify "$name" "$t/mica/prog"
}

if (($#)); then names=("$@")
else
    names=()
    for d in "$HERE"/*/; do
        [[ -f $d/prog.c ]] && names+=("$(basename "$d")")
    done
fi

started=()
for name in "${names[@]}"; do
    if [[ ! -f $HERE/$name/prog.c ]]; then
        echo "FAIL $TARGET_TAG$name: no such test (tests/debugger/$name/prog.c)"
        continue
    fi
    mkdir -p "$TMP/$name"
    port=$((24000 + $$ % 4000 + ${#started[@]}))
    started+=("$name")
    run_test "$name" "$port" > "$TMP/$name/result" 2>&1 &
    while (($(jobs -rp | wc -l) >= JOBS)); do wait -n; done
done
wait
for name in "${names[@]}"; do
    [[ -f $TMP/$name/result ]] && cat "$TMP/$name/result"
done
# and the DWARF of every program of the regression suite
(($#)) || "$HERE/verify_all.sh"
exit 0
