#!/usr/bin/env bash
# SysV x86-64 psABI conformance: gen.py makes caller.c and callee.c (scalars, records of every
# class, many arguments, varargs); the gcc-only build is the oracle; then mica builds the caller
# with a gcc-compiled callee.o, the callee with a gcc-compiled caller.o, and both sides. All
# must print exactly what the oracle prints. Prints PASS/FAIL lines, exits 0.
# MICA_TARGET=aarch64-linux (tests/target.sh): the AAPCS64 against aarch64-linux-gnu-gcc, the
# programs run under qemu-aarch64.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MICA=${MICA:-$ROOT/build/mica}
# shellcheck source=../target.sh
. "$ROOT/tests/target.sh"
TMP=$(mktemp -d /tmp/mica-abi.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
GCC="${TARGET_CC[*]} -std=c11 -w -O0 -fno-stack-protector"
for seed in 1 2 3 4 5 6; do
    d=$TMP/$seed
    python3 "$ROOT/tests/abi/gen.py" "$seed" 60 "$d"
    cd "$d" || continue
    if ! $GCC caller.c callee.c -o oracle 2> gcc.err || ! "${TARGET_RUN[@]}" ./oracle > oracle.out; then
        echo "FAIL ${TARGET_TAG}abi-$seed-oracle: gcc cannot build or run the generated test: $(head -c 200 gcc.err)"
        continue
    fi
    $GCC -c callee.c -o callee.o && $GCC -c caller.c -o caller.o
    check() { # name, mica inputs...
        local name=$1; shift
        if ! "$MICA" "${TARGET_FLAGS[@]}" -w "$@" -o "$name" 2> "$name.err"; then
            echo "FAIL ${TARGET_TAG}abi-$seed-$name: mica failed: $(head -c 300 "$name.err" | tr '\n' ' ')"
        elif ! timeout 10 "${TARGET_RUN[@]}" "./$name" > "$name.out" 2>&1; then
            echo "FAIL ${TARGET_TAG}abi-$seed-$name: the program failed (status $?)"
        elif ! cmp -s oracle.out "$name.out"; then
            echo "FAIL ${TARGET_TAG}abi-$seed-$name: differs from gcc at: $(diff oracle.out "$name.out" | sed -n 2p | cut -c1-200)"
        else
            echo "PASS ${TARGET_TAG}abi-$seed-$name"
        fi
    }
    check mica-calls-gcc caller.c callee.o
    check gcc-calls-mica callee.c caller.o
    check mica-only caller.c callee.c
    cd "$ROOT" || exit 0
done
exit 0
