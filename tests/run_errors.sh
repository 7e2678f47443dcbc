#!/usr/bin/env bash
# Malformed programs: tests/errors/NAME.c must make $MICA fail with the diagnostic in
# NAME.expect ("LINE:COL: error: MESSAGE", matched as "NAME.c:LINE:COL: error: MESSAGE..."
# at the start of a line of stderr), a non-zero exit status below 128 (no crash), within 10 s
# (no hang), and without leaving an output file. Each program is also checked against gcc:
# gcc must reject it too (with -pedantic-errors and the usual -Werror= for what C11 forbids).
# MICA_TARGET=aarch64-linux (tests/target.sh): the same for that target, against its gcc.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MICA=${MICA:-$ROOT/build/mica}
# shellcheck source=target.sh
. "$ROOT/tests/target.sh"
TMP=$(mktemp -d /tmp/mica-errors.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
cd "$ROOT/tests/errors" || exit 0
GCC_STRICT="-std=c11 -pedantic-errors -Werror=implicit-function-declaration -Werror=vla -w"
for src in *.c; do
    name=${src%.c}
    expect=$(cat "$name.expect")
    out=$TMP/$name.out
    rm -f "$out"
    timeout 10 "$MICA" "${TARGET_FLAGS[@]}" "$src" -o "$out" > "$TMP/stdout" 2> "$TMP/stderr"
    status=$?
    if [ $status -eq 124 ]; then echo "FAIL $TARGET_TAG$name: mica hung"; continue; fi
    if [ $status -eq 0 ]; then echo "FAIL $TARGET_TAG$name: mica accepted the program"; continue; fi
    if [ $status -ge 128 ]; then echo "FAIL $TARGET_TAG$name: mica crashed (status $status)"; continue; fi
    if [ -e "$out" ]; then echo "FAIL $TARGET_TAG$name: an output file was left behind"; continue; fi
    if ! grep -qF -- "$src:$expect" "$TMP/stderr"; then
        echo "FAIL $TARGET_TAG$name: expected '$src:$expect', got: $(head -3 "$TMP/stderr" | tr '\n' '|')"
        continue
    fi
    # the oracle: gcc rejects it as well (compiling and linking, for link errors)
    if "${TARGET_CC[@]}" $GCC_STRICT "$src" -o "$TMP/gcc.out" > /dev/null 2>&1; then
        echo "FAIL $TARGET_TAG$name: gcc accepts this program, so the test proves nothing"
        continue
    fi
    echo "PASS $TARGET_TAG$name"
done
exit 0
