#!/usr/bin/env bash
# Reproducible output and a debuggable self-built compiler.
#   determinism-*: one program (several files) built twice, from two directories of different
#     names, with different environments, umasks, time zones and times, must give the same
#     bytes; with -g too when the directory is mapped with -fdebug-prefix-map.
#   stage2-*: mica's own sources built by $MICA with -g give a compiler that compiles a program
#     correctly, and gdb can stop in its parser and print the token it is looking at.
# Prints PASS/FAIL lines, exits 0.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MICA=${MICA:-$ROOT/build/mica}
TMP=$(mktemp -d /tmp/mica-bootstrap.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

# ---- determinism ----
prog=$ROOT/tests/programs/multi_modules
mkdir -p "$TMP/a" "$TMP/second-directory/b"
cp "$prog"/* "$TMP/a/" && cp "$prog"/* "$TMP/second-directory/b/"
build_in() { # dir, output name, extra flags...
    local dir=$1 out=$2; shift 2
    (cd "$dir" && "$MICA" "$@" *.c -o "$out")
}
check_same() { # name, file a, file b
    if cmp -s "$2" "$3"; then echo "PASS $1"; else echo "FAIL $1: $(cmp "$2" "$3" 2>&1 | head -1)"; fi
}
build_in "$TMP/a" out1 &&
    sleep 1 &&
    (umask 077; cd "$TMP/second-directory/b" && env -i PATH="$PATH" TZ=Asia/Tokyo LANG=de_DE.UTF-8 MICA_EXTRA=noise \
        "$MICA" *.c -o out2)
check_same determinism-plain "$TMP/a/out1" "$TMP/second-directory/b/out2"
build_in "$TMP/a" dbg1 -g -fdebug-prefix-map="$TMP/a=/src" &&
    (cd "$TMP/second-directory/b" && TZ=America/Lima "$MICA" -g -fdebug-prefix-map="$TMP/second-directory/b=/src" \
        *.c -o dbg2)
check_same determinism-debug "$TMP/a/dbg1" "$TMP/second-directory/b/dbg2"
# the same build twice in one place, with the inputs named in another order of arguments
build_in "$TMP/a" again1 -g && build_in "$TMP/a" again2 -g
check_same determinism-repeat "$TMP/a/again1" "$TMP/a/again2"

# ---- a debuggable stage 2 ----
cd "$ROOT" || exit 0
# shellcheck disable=SC2046
if ! "$MICA" -g -o "$TMP/stage2" $(echo compiler/*.c backends/*.c backends/*/*.c linker/*.c) 2> "$TMP/stage2.err"; then
    echo "FAIL stage2-build: $(head -c 300 "$TMP/stage2.err")"
    exit 0
fi
echo "PASS stage2-build"
printf 'int main(void) { return 42; }\n' > "$TMP/answer.c"
MICA_ROOT=$ROOT "$TMP/stage2" "$TMP/answer.c" -o "$TMP/answer"
"$TMP/answer"
if [ $? -eq 42 ]; then echo "PASS stage2-compiles"; else echo "FAIL stage2-compiles: the program it built did not return 42"; fi
cat > "$TMP/gdb.cmd" <<'GDB'
break next
run
continue
print p->tok.len
print *p->tok.text@p->tok.len
print p->tok.loc.line
bt 2
quit 99
GDB
MICA_ROOT=$ROOT timeout 60 gdb -nx -batch -x "$TMP/gdb.cmd" --args "$TMP/stage2" "$TMP/answer.c" -o "$TMP/answer2" \
    < /dev/null > "$TMP/gdb.out" 2>&1
status=$?
if [ $status -ne 99 ]; then
    echo "FAIL stage2-gdb: gdb exited $status: $(grep -m2 -i 'error\|no symbol' "$TMP/gdb.out" | tr '\n' ' ')"
elif ! grep -q '^\$1 = 3' "$TMP/gdb.out" || ! grep -q '^\$2 = "int"' "$TMP/gdb.out" || ! grep -q '^\$3 = 1' "$TMP/gdb.out" \
    || ! grep -q '^#0  next (p=0x[0-9a-f]*) at compiler/parse_decl.c' "$TMP/gdb.out"; then
    echo "FAIL stage2-gdb: unexpected session: $(grep '^\$\|^#\|Breakpoint' "$TMP/gdb.out" | tr '\n' '|' | cut -c1-300)"
else
    echo "PASS stage2-gdb"
fi
exit 0
