#!/usr/bin/env bash
# Well-formed DWARF for every program of the regression suite: builds each tests/programs/NAME.c
# (or folder NAME/ of *.c files) with `$MICA -g` and checks the executable with
# `llvm-dwarfdump-14 --verify` (which must say "No errors.") and `eu-readelf
# --debug-dump=info,line,frame` (which must parse it without a word on stderr), after checking
# that it has .debug_info, .debug_abbrev and .debug_line at all (an executable without DWARF
# "verifies"). The programs are only built, not run (.args/.stdin/.expected are for
# tests/run_programs.sh). tests/debugger/run.sh runs it after its own tests; MICA_TARGET as
# there (tests/target.sh).
# usage: tests/debugger/verify_all.sh [--filter PATTERN]
# environment: MICA (default build/mica relative to the repository root; may carry options),
#   JOBS (default the number of cores), KEEP=1 keeps the work directory.
# Prints `PASS verify-NAME` / `FAIL verify-NAME: why`, always exits 0.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PROGDIR=$ROOT/tests/programs
read -r -a MICA_CMD <<< "${MICA:-build/mica}"
case ${MICA_CMD[0]} in
    /*) ;;
    */*) MICA_CMD[0]=$ROOT/${MICA_CMD[0]} ;;
esac
# shellcheck source=../target.sh
. "$ROOT/tests/target.sh"
MICA_CMD+=("${TARGET_FLAGS[@]}")
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
TIMEOUT=60
FILTER=
if [[ ${1:-} == --filter ]]; then FILTER=${2:-}; fi
DWARFDUMP=$(command -v llvm-dwarfdump-14 || true)
EUREADELF=$(command -v eu-readelf || true)

TMP=$(mktemp -d /tmp/mica-verify-all.XXXXXX)
if [[ ${KEEP:-} == 1 ]]; then echo "files kept in $TMP" >&2
else trap 'rm -rf "$TMP"' EXIT; fi

check() { # NAME SOURCES...: prints one line
    local name=$1; shift
    local d=$TMP/$name
    mkdir -p "$d"
    if [[ -z $DWARFDUMP ]]; then
        echo "FAIL ${TARGET_TAG}verify-$name: llvm-dwarfdump-14 is not installed (Debian package llvm-14)"
        return
    fi
    if ! timeout -k 5 $TIMEOUT "${MICA_CMD[@]}" -g -w "$@" -o "$d/prog" > "$d/build.log" 2>&1; then
        echo "FAIL ${TARGET_TAG}verify-$name: mica -g cannot build it: $(head -n 2 "$d/build.log" | tr '\n\t' '  ' | cut -c1-200)"
        return
    fi
    local sections missing=() s
    sections=$(readelf -SW "$d/prog" 2>/dev/null)
    for s in .debug_info .debug_abbrev .debug_line; do
        grep -q " $s " <<< "$sections" || missing+=("$s")
    done
    if ((${#missing[@]})); then
        echo "FAIL ${TARGET_TAG}verify-$name: no ${missing[*]} section in the executable"
        return
    fi
    timeout -k 5 $TIMEOUT "$DWARFDUMP" --verify "$d/prog" > "$d/verify.log" 2>&1
    local status=$?
    if ((status == 124 || status == 137)); then
        echo "FAIL ${TARGET_TAG}verify-$name: llvm-dwarfdump --verify did not finish in $TIMEOUT s"
    elif ((status != 0)) || ! grep -q '^No errors' "$d/verify.log"; then
        echo "FAIL ${TARGET_TAG}verify-$name: llvm-dwarfdump --verify: $(grep -m3 -iE 'error|warning' "$d/verify.log" | tr '\n\t' '  ' | cut -c1-300)"
    elif [[ -z $EUREADELF ]]; then
        echo "FAIL ${TARGET_TAG}verify-$name: eu-readelf is not installed (Debian package elfutils)"
    elif ! timeout -k 5 $TIMEOUT "$EUREADELF" --debug-dump=info --debug-dump=line --debug-dump=frame "$d/prog" \
            > "$d/eu.log" 2> "$d/eu.err" || [[ -s $d/eu.err ]]; then
        echo "FAIL ${TARGET_TAG}verify-$name: eu-readelf --debug-dump=info,line,frame: $(head -n 2 "$d/eu.err" | tr '\n\t' '  ' | cut -c1-200)"
    else
        echo "PASS ${TARGET_TAG}verify-$name"
    fi
}

names=()
for p in "$PROGDIR"/*; do
    n=${p##*/}
    if [[ -d $p ]]; then :
    elif [[ $n == *.c ]]; then n=${n%.c}
    else continue; fi
    [[ -n $FILTER ]] && ! grep -qE "$FILTER" <<< "$n" && continue
    names+=("$n")
done

for n in "${names[@]}"; do
    if [[ -d $PROGDIR/$n ]]; then srcs=("$PROGDIR/$n"/*.c); else srcs=("$PROGDIR/$n.c"); fi
    mkdir -p "$TMP/$n"
    check "$n" "${srcs[@]}" > "$TMP/$n.result" 2>&1 &
    while (($(jobs -rp | wc -l) >= JOBS)); do wait -n; done
done
wait
for n in "${names[@]}"; do cat "$TMP/$n.result"; done
exit 0
