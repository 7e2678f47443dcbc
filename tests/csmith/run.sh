#!/usr/bin/env bash
# Differential testing of $MICA against gcc -O0 on csmith-generated programs.
#
# For every seed of tests/csmith/seeds.txt (csmith version and options are recorded there):
# generate the program in a temporary directory, build it with `gcc -O0 -w` (the reference)
# and with `$MICA -w`, run both with argument 1 (which makes csmith programs print the
# checksum of every global, then the final `checksum = ...` line) and compare the output.
# Prints `PASS csmith-SEED` or `FAIL csmith-SEED: reason`, in seed order; always exits 0.
# MICA_TARGET=aarch64-linux (tests/target.sh): mica builds for that target, the reference is
# aarch64-linux-gnu-gcc -O0 -static, both run under qemu-aarch64, names start with aarch64/.
#
# usage: tests/csmith/run.sh [--count N] [--seed S]... [--jobs J] [--keep DIR]
#   --count N   only the first N seeds of seeds.txt
#   --seed S    only seed S (repeatable; S need not be in seeds.txt)
#   --jobs J    parallel jobs (default 2)
#   --keep DIR  copy the program, both outputs and mica's messages of every failing seed
#               to DIR/SEED/ (for reducing; nothing is kept by default)
# environment: MICA (default build/mica, relative to the repository root; may carry options,
#   e.g. MICA="gcc -O2"), CSMITH_TIMEOUT_COMPILE (s, default 120), CSMITH_TIMEOUT_RUN (s,
#   default 10; the seeds run in < 0.5 s with gcc -O0).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SEEDS_FILE=$HERE/seeds.txt
CSMITH_INC=/usr/include/csmith
T_COMPILE=${CSMITH_TIMEOUT_COMPILE:-120}
# shellcheck source=../target.sh
. "$ROOT/tests/target.sh"
T_RUN=${CSMITH_TIMEOUT_RUN:-$((10 * TARGET_SLOW))}

# The compiler under test: first word is the program (relative paths are relative to the
# repository root), the rest are extra options placed before ours.
read -r -a MICA_CMD <<< "${MICA:-build/mica}"
case ${MICA_CMD[0]} in
    /*) ;;
    */*) MICA_CMD[0]=$ROOT/${MICA_CMD[0]} ;;
esac

COUNT=0 JOBS=2 KEEP=
ONLY=()
while (( $# )); do
    case $1 in
        --count) COUNT=$2; shift 2 ;;
        --seed) ONLY+=("$2"); shift 2 ;;
        --jobs) JOBS=$2; shift 2 ;;
        --keep) KEEP=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
        -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done

TMP=$(mktemp -d /tmp/mica-csmith.XXXXXX)
LAUNCHER=
cleanup() {
    [[ -n $LAUNCHER ]] && kill -- "$LAUNCHER" 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

OPTS=$(sed -n 's/^# csmith-options: //p' "$SEEDS_FILE")
want_ver=$(sed -n 's/^# csmith-version: //p' "$SEEDS_FILE")
# (csmith writes platform.info into the current directory, even for --version)
csmith_version=$(cd "$TMP" && csmith --version 2>/dev/null)
have_ver="$(head -1 <<< "$csmith_version") (git $(sed -n 's/^Git version: //p' <<< "$csmith_version"))"
if [[ $have_ver != "$want_ver" ]]; then
    # Other versions generate other programs from the same seeds: still a valid
    # differential test, but the seeds were not vetted for them (timeouts, UB filter).
    echo "NOTE csmith is '$have_ver', seeds.txt was made with '$want_ver'" >&2
fi

if (( ${#ONLY[@]} )); then
    SEEDS=("${ONLY[@]}")
else
    mapfile -t SEEDS < <(sed 's/#.*//' "$SEEDS_FILE" | awk 'NF { print $1 }')
    if (( COUNT > 0 && COUNT < ${#SEEDS[@]} )); then SEEDS=("${SEEDS[@]:0:COUNT}"); fi
fi

# Describes how a command ended, from its exit status ($1) and timeout ($2).
status_text() {
    local rc=$1
    if (( rc == 124 )); then echo "timeout (${2}s)"
    elif (( rc > 128 )); then echo "crash (signal $((rc - 128)) $(kill -l $((rc - 128)) 2>/dev/null))"
    else echo "exit status $rc"
    fi
}

# First lines of a file joined into one line.
first_lines() {
    head -n "${2:-3}" "$1" | tr '\n\t' '  ' | sed 's/  */ /g; s/ $//' | cut -c1-300
}

# one SEED INDEX: runs one case, writes its result line to $TMP/res.INDEX
one() {
    local seed=$1 idx=$2 d="$TMP/$1" result
    mkdir -p "$d"
    result=$(cd "$d" && case_body "$seed")
    if [[ $result != PASS* && -n $KEEP ]]; then
        mkdir -p "$KEEP/$seed" && cp -f "$d"/prog.c "$d"/*.out "$d"/*.err "$KEEP/$seed/" 2>/dev/null
    fi
    rm -rf "$d"
    printf '%s\n' "$result" > "$TMP/res.$idx.part" && mv "$TMP/res.$idx.part" "$TMP/res.$idx"
}

# case_body SEED (in its own directory, so csmith's platform.info lands there): prints the line
case_body() {
    local seed=$1 name="${TARGET_TAG}csmith-$1" rc
    # shellcheck disable=SC2086
    if ! csmith $OPTS --seed "$seed" -o prog.c > csmith.out 2> csmith.err; then
        echo "FAIL $name: csmith failed: $(first_lines csmith.err)"; return
    fi
    if ! "${TARGET_CC[@]}" -O0 -w -I"$CSMITH_INC" prog.c -o ref > gcc.err 2>&1; then
        echo "FAIL $name: reference gcc -O0 build failed: $(first_lines gcc.err)"; return
    fi
    timeout "$T_RUN" "${TARGET_RUN[@]}" ./ref 1 > ref.out 2> ref.err; rc=$?
    if (( rc != 0 )); then
        echo "FAIL $name: reference (gcc -O0) run: $(status_text $rc "$T_RUN")"; return
    fi

    timeout "$T_COMPILE" "${MICA_CMD[@]}" "${TARGET_FLAGS[@]}" -w -I"$CSMITH_INC" prog.c -o mica.exe > mica.err 2>&1; rc=$?
    if (( rc == 124 )); then
        echo "FAIL $name: mica compile timeout (${T_COMPILE}s)"; return
    elif (( rc == 126 || rc == 127 )); then
        echo "FAIL $name: cannot run mica: $(first_lines mica.err 1)"; return
    elif (( rc > 128 )); then
        echo "FAIL $name: mica crashed while compiling (signal $((rc - 128)) $(kill -l $((rc - 128)) 2>/dev/null)): $(first_lines mica.err)"; return
    elif (( rc != 0 )); then
        echo "FAIL $name: mica compile error (exit $rc): $(first_lines mica.err)"; return
    elif [[ ! -x mica.exe ]]; then
        echo "FAIL $name: mica exited 0 but wrote no executable"; return
    fi

    timeout "$T_RUN" "${TARGET_RUN[@]}" ./mica.exe 1 > mica.out 2> mica.run.err; rc=$?
    if (( rc != 0 )); then
        local what; what=$(status_text $rc "$T_RUN")
        if cmp -s ref.out mica.out; then
            echo "FAIL $name: $what (output was complete and right)"
        else
            echo "FAIL $name: $what after $(wc -l < mica.out) of $(wc -l < ref.out) lines$(
                [[ -s mica.run.err ]] && echo ": $(first_lines mica.run.err 2)")"
        fi
        return
    fi
    if cmp -s ref.out mica.out; then
        echo "PASS $name"; return
    fi
    # Mismatch: name the first global whose checksum differs, and the final checksums.
    local ln refl mical fin_r fin_m
    ln=$(cmp ref.out mica.out 2>/dev/null | sed -n 's/.* line \([0-9]*\)$/\1/p')
    [[ -z $ln ]] && ln=$(( $(wc -l < mica.out) + 1 ))
    refl=$(sed -n "${ln}p" ref.out); mical=$(sed -n "${ln}p" mica.out)
    fin_r=$(grep '^checksum = ' ref.out | tail -1); fin_m=$(grep '^checksum = ' mica.out | tail -1)
    echo "FAIL $name: checksum mismatch at line $ln: expected '${refl}' got '${mical:-<end of output>}'; final: gcc '${fin_r#checksum = }' mica '${fin_m#checksum = }'"
}
# Runs the cases JOBS at a time in the background; the loop below prints the results in
# seed order as soon as each one and all before it are known. (Subshells inherit the
# functions and variables, nothing needs exporting.)
(
    for i in "${!SEEDS[@]}"; do
        while (( $(jobs -rp | wc -l) >= JOBS )); do wait -n; done
        one "${SEEDS[$i]}" "$i" &
    done
    wait
) &
LAUNCHER=$!

for i in "${!SEEDS[@]}"; do
    while [[ ! -e $TMP/res.$i ]]; do
        if ! kill -0 "$LAUNCHER" 2>/dev/null && [[ ! -e $TMP/res.$i ]]; then
            echo "FAIL ${TARGET_TAG}csmith-${SEEDS[$i]}: test harness lost this case"; continue 2
        fi
        sleep 0.05
    done
    cat "$TMP/res.$i"
done
wait "$LAUNCHER" 2>/dev/null
LAUNCHER=
exit 0
