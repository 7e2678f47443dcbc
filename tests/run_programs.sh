#!/usr/bin/env bash
# Runs the sample programs of tests/programs/ through the compiler under test.
#
# A program is either tests/programs/NAME.c or a folder tests/programs/NAME/ whose *.c files
# are compiled together in one invocation.  Beside it:
#   NAME.expected  exact expected stdout (required)
#   NAME.ARCH.expected  the same, where it differs on architecture ARCH (plain char is
#                  unsigned on aarch64, ...)
#   NAME.args      command-line arguments, one line, space separated (optional)
#   NAME.stdin     fed to stdin (optional; /dev/null otherwise)
#   NAME.status    expected exit status when not 0 (optional)
#
# The compiler under test is $MICA (default build/mica, relative to the repo root), invoked as
#   $MICA FILE.c... -o OUT $MICA_FLAGS
# When $MICA is a host compiler (gcc, cc, clang...) `-std=c11 -lm` is added so that it can stand in
# for mica (a C11 compiler whose own library holds the math functions).
#
# Every program is also built with `gcc -std=c11 -O0 -w` (the oracle) and its output checked
# against NAME.expected; a mismatch there is reported as its own line `FAIL NAME.oracle: ...`.
#
# MICA_TARGET=aarch64-linux (see tests/target.sh) tests that target instead: mica gets
# --target=aarch64-linux, the oracle is aarch64-linux-gnu-gcc -static, both run under
# qemu-aarch64, and the names start with aarch64/.
#
# Output: one line per program, `PASS NAME` or `FAIL NAME: reason`, in a stable order.
# Always exits 0.
#
# Options: --filter PATTERN   only programs whose name matches the (grep -E) PATTERN
#          --jobs N           parallel jobs (default 2)
#          --keep             keep the temporary directory (its path is printed on stderr)
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 0
PROGDIR=$ROOT/tests/programs
MICA=${MICA:-build/mica}
MICA_FLAGS=${MICA_FLAGS:-}
# shellcheck source=target.sh
. "$ROOT/tests/target.sh"
if [ -n "${ORACLE_CC:-}" ]; then TARGET_CC=("$ORACLE_CC"); fi
TIMEOUT=${TIMEOUT:-$((10 * TARGET_SLOW))}
FILTER=
JOBS=2
KEEP=0

while [ $# -gt 0 ]; do
    case "$1" in
        --filter) FILTER=${2:-}; shift 2 ;;
        --filter=*) FILTER=${1#--filter=}; shift ;;
        --jobs) JOBS=${2:-2}; shift 2 ;;
        --jobs=*) JOBS=${1#--jobs=}; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "run_programs.sh: unknown option $1" >&2; exit 0 ;;
    esac
done

# A relative path to the compiler is taken from the repo root; a bare name is looked up in PATH.
case "$MICA" in
    /*) ;;
    */*) MICA=$ROOT/$MICA ;;
esac
EXTRA_LIBS=
case "$(basename "$MICA")" in
    gcc|gcc-*|cc|clang|clang-*|*-gcc|*-gcc-*) EXTRA_LIBS="-std=c11 -lm" ;;
esac

TMP=$(mktemp -d "${TMPDIR:-/tmp}/mica-programs.XXXXXX") || exit 0
cleanup() {
    if [ "$KEEP" = 1 ]; then echo "run_programs.sh: kept $TMP" >&2; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 0' INT TERM
mkdir -p "$TMP/results"

# The list of programs, sorted for a stable order.
NAMES=()
for p in "$PROGDIR"/*; do
    name=$(basename "$p")
    if [ -d "$p" ]; then
        :
    elif [ "${name%.c}" != "$name" ]; then
        name=${name%.c}
    else
        continue
    fi
    if [ -n "$FILTER" ] && ! printf '%s\n' "$name" | grep -Eq -- "$FILTER"; then
        continue
    fi
    NAMES+=("$name")
done
if [ ${#NAMES[@]} -eq 0 ]; then
    echo "run_programs.sh: no program matches" >&2
    exit 0
fi

# first N lines of a file, indented onto one line
excerpt() {
    head -n "${2:-3}" "$1" | cut -c1-200 | tr '\n' '|' | sed 's/|$//; s/|/ | /g'
}

# run_one NAME: writes the result line(s) to $TMP/results/NAME
run_one() {
    local name=$1
    local w=$TMP/work/$name
    local out=$TMP/results/$name
    mkdir -p "$w"
    local srcs=()
    if [ -d "$PROGDIR/$name" ]; then
        local f
        for f in "$PROGDIR/$name"/*.c; do srcs+=("$f"); done
    else
        srcs=("$PROGDIR/$name.c")
    fi
    local expected=$PROGDIR/$name.expected
    [ -f "$PROGDIR/$name.$TARGET_ARCH.expected" ] && expected=$PROGDIR/$name.$TARGET_ARCH.expected
    local args=()
    if [ -f "$PROGDIR/$name.args" ]; then
        read -r -a args < "$PROGDIR/$name.args"
    fi
    local stdin=/dev/null
    [ -f "$PROGDIR/$name.stdin" ] && stdin=$PROGDIR/$name.stdin
    local want_status=0
    if [ -f "$PROGDIR/$name.status" ]; then
        want_status=$(tr -d ' \t\r\n' < "$PROGDIR/$name.status")
    fi
    local result=""

    if [ ! -f "$expected" ]; then
        echo "FAIL $TARGET_TAG$name: missing $name.expected" > "$out.tmp"
        mv "$out.tmp" "$out"
        return
    fi

    # runbin BIN TAG: runs BIN in $w, sets $status and writes $w/TAG.out
    # (the outer subshell, with stderr discarded, is the one that notices a program killed by a
    # signal, so that bash's "Aborted"/"Terminated" reports do not reach the runner's output)
    runbin() {
        ( cd "$w" && ulimit -c 0 && timeout -k 2 "$TIMEOUT" "${TARGET_RUN[@]}" "$1" "${args[@]}" \
              < "$stdin" > "$w/$2.out" 2> "$w/$2.err"; echo $? > "$w/$2.rc" ) 2>/dev/null
        status=$(cat "$w/$2.rc" 2>/dev/null || echo 255)
    }
    # check TAG: compares the run against the expectation; sets $why (empty on success)
    check() {
        why=""
        if [ "$status" = 124 ] || [ "$status" = 137 ] && [ "$want_status" != "$status" ]; then
            why="timeout after ${TIMEOUT}s"
        elif ! cmp -s "$expected" "$w/$1.out"; then
            why="wrong output: $(diff "$expected" "$w/$1.out" | grep '^[<>]' | head -n 4 | cut -c1-120 | tr '\n' '|' | sed 's/|$//; s/|/ | /g')"
            [ "$status" != "$want_status" ] && why="$why (and exit status $status, expected $want_status)"
        elif [ "$status" != "$want_status" ]; then
            why="wrong exit status $status, expected $want_status"
        fi
    }

    # the oracle
    local status why
    if ! "${TARGET_CC[@]}" -std=c11 -O0 -w "${srcs[@]}" -o "$w/oracle" -lm > "$w/oracle.cc" 2>&1; then
        result+="FAIL $TARGET_TAG$name.oracle: gcc cannot compile it: $(excerpt "$w/oracle.cc" 2)"$'\n'
    else
        runbin "$w/oracle" oracle
        check oracle
        [ -n "$why" ] && result+="FAIL $TARGET_TAG$name.oracle: gcc differs from $name.expected: $why"$'\n'
    fi

    # the compiler under test
    # shellcheck disable=SC2086
    timeout -k 2 120 "$MICA" "${TARGET_FLAGS[@]}" "${srcs[@]}" -o "$w/prog" $MICA_FLAGS $EXTRA_LIBS > "$w/compile.err" 2>&1
    local cstatus=$?
    if [ "$cstatus" != 0 ]; then
        if [ "$cstatus" = 124 ]; then
            result+="FAIL $TARGET_TAG$name: compile timeout after 120s"$'\n'
        elif [ -s "$w/compile.err" ]; then
            result+="FAIL $TARGET_TAG$name: compile error: $(excerpt "$w/compile.err" 3)"$'\n'
        else
            result+="FAIL $TARGET_TAG$name: compile error: exit status $cstatus, no output"$'\n'
        fi
    elif [ ! -x "$w/prog" ]; then
        result+="FAIL $TARGET_TAG$name: compiler produced no executable"$'\n'
    else
        runbin "$w/prog" prog
        check prog
        if [ -n "$why" ]; then
            result+="FAIL $TARGET_TAG$name: $why"$'\n'
        else
            result+="PASS $TARGET_TAG$name"$'\n'
        fi
        # ELFCHECK (set by build.sh): the independent ELF check of every executable
        if [ -n "${ELFCHECK:-}" ]; then
            if ! "$ELFCHECK" "$w/prog" > "$w/elfcheck.out" 2>&1; then
                result+="FAIL $TARGET_TAG$name.elf: $(excerpt "$w/elfcheck.out" 2)"$'\n'
            elif readelf -a -W "$w/prog" 2>&1 >/dev/null | grep -q .; then
                result+="FAIL $TARGET_TAG$name.elf: readelf warns: $(readelf -a -W "$w/prog" 2>&1 >/dev/null | head -1)"$'\n'
            else
                result+="PASS $TARGET_TAG$name.elf"$'\n'
            fi
        fi
    fi
    printf '%s' "$result" > "$out.tmp"
    mv "$out.tmp" "$out"
    rm -rf "$w"
}

# Workers: each takes every JOBS-th program; the main loop prints results in list order.
worker() {
    local i=$1
    while [ "$i" -lt ${#NAMES[@]} ]; do
        run_one "${NAMES[$i]}"
        i=$((i + JOBS))
    done
}
pids=()
for ((j = 0; j < JOBS; j++)); do
    worker "$j" &
    pids+=($!)
done
for name in "${NAMES[@]}"; do
    while [ ! -f "$TMP/results/$name" ]; do
        alive=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        if [ "$alive" = 0 ] && [ ! -f "$TMP/results/$name" ]; then
            echo "FAIL $TARGET_TAG$name: runner error (no result)" > "$TMP/results/$name"
            break
        fi
        sleep 0.05
    done
    cat "$TMP/results/$name"
done
wait
exit 0
