#!/bin/bash
# Test suite for std/ and runtime/: every program in tests/std/cases is built
# twice, against our std (with $CC) and against the host glibc (with gcc), and
# the outputs are compared section by section ("@@ name" lines start a
# section; each section is one case).  Lines starting with "ulp " hold
# "ulp <label> <hex bits>" and may differ by at most 1 ulp.
#
# CC: compiler under test.  Unset, or a host gcc (any name not containing
# "mica", since CC=gcc is common in environments): gcc with
# tests/std/gcc_shim.h, building std/src and runtime/$ARCH into a static
# library first.  A compiler whose name contains "mica" (CC=build/mica) is
# used as is: it finds std itself. $MICA, when set, is the compiler under test.
# Prints "PASS name" / "FAIL name: why" per case and exits 0.
# MICA_TARGET=aarch64-linux (tests/target.sh): mica builds for that target, the reference is
# aarch64-linux-gnu-gcc -static, both run under qemu-aarch64.

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/tests/std"
# shellcheck source=../target.sh
. "$ROOT/tests/target.sh"
ARCH=${ARCH:-$TARGET_ARCH}
# under ./build.sh test the compiler under test is $MICA (docs/testing.md)
[ -n "${MICA:-}" ] && CC=$MICA
case "$(basename "${CC:-gcc}")" in
*mica*) ;;
*) SHIMCC=${CC:-${TARGET_CC[0]}}; CC= ;;
esac
WORK=$(mktemp -d "${TMPDIR:-/tmp}/micastd.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
REFCC=${REFCC:-${TARGET_CC[*]}}

if [ -z "$CC" ]; then
	SHIMFLAGS="-std=c11 -nostdinc -isystem $ROOT/runtime/$ARCH/include -isystem $ROOT/runtime/generic/include -isystem $ROOT/std/include
		-ffreestanding -fno-builtin -fno-stack-protector -nostdlib -static
		-include $HERE/gcc_shim.h -O2 -fno-strict-aliasing
		-fno-tree-loop-distribute-patterns -fomit-frame-pointer -fno-math-errno -fno-pie -no-pie"
	mkdir -p "$WORK/lib"
	ok=1
	for f in "$ROOT"/std/src/*.c "$ROOT"/runtime/$ARCH/*.c; do
		o="$WORK/lib/$(basename "$(dirname "$f")")_$(basename "$f" .c).o"
		if ! $SHIMCC $SHIMFLAGS -c "$f" -o "$o" 2>"$WORK/lib/err"; then
			echo "FAIL build_$(basename "$f" .c): $(head -c 300 "$WORK/lib/err" | tr '\n' ' ')"
			ok=0
		fi
	done
	ar rcs "$WORK/libmica.a" "$WORK"/lib/*.o
	[ $ok = 1 ] && echo "PASS build_std"
	# test programs are hosted C (implicit "return 0" from main)
	build_test() { $SHIMCC ${SHIMFLAGS/-ffreestanding/} -o "$2" "$1" "$WORK/libmica.a" -lgcc; }
else
	build_test() { $CC "${TARGET_FLAGS[@]}" -o "$2" "$1"; }
fi

# comparator for outputs (host-built)
gcc -O2 -o "$WORK/cmpout" "$HERE/cmpout.c" || { echo "FAIL harness: cannot build cmpout"; exit 0; }

for src in "$HERE"/cases/*.c; do
	name=$(basename "$src" .c)
	mine="$WORK/$name.mine"
	ref="$WORK/$name.ref"
	if ! $REFCC -std=c11 -D_GNU_SOURCE -O1 -w -o "$ref" "$src" -lm 2>"$WORK/$name.referr"; then
		echo "FAIL $TARGET_TAG$name: reference build failed: $(head -c 200 "$WORK/$name.referr" | tr '\n' ' ')"
		continue
	fi
	if ! build_test "$src" "$mine" 2>"$WORK/$name.err"; then
		echo "FAIL $TARGET_TAG$name: build failed: $(grep -m3 -E 'error|undefined' "$WORK/$name.err" | head -c 300 | tr '\n' ' ')"
		continue
	fi
	# run both the same way: same argv[0], stdin, environment and directory
	for which in ref mine; do
		mkdir -p "$WORK/run_$which"
		rm -f "$WORK/run_$which"/*
		cp "$WORK/$name.$which" "$WORK/run_$which/$name"
		(cd "$WORK/run_$which" && env -i TZ=UTC HOME=/home/test PATH=/usr/bin:/bin MICA_TEST=1 \
			timeout $((60 * TARGET_SLOW)) "${TARGET_RUN[@]}" "./$name" arg1 "arg two" <"$HERE/cases/input.txt" \
			>"$WORK/$name.$which.out" 2>"$WORK/$name.$which.errout") 2>/dev/null
		rc=$?
		echo "@@ exit_status" >>"$WORK/$name.$which.out"
		echo "$rc" >>"$WORK/$name.$which.out"
		echo "@@ stderr" >>"$WORK/$name.$which.out"
		cat "$WORK/$name.$which.errout" >>"$WORK/$name.$which.out"
	done
	"$WORK/cmpout" "$TARGET_TAG$name" "$WORK/$name.ref.out" "$WORK/$name.mine.out"
done
exit 0
