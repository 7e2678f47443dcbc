#!/usr/bin/env bash
# The one entry point: ./build.sh [build|test|bootstrap|clean]
#   build (default)  install missing Debian packages, build build/mica and its std library
#   test             build, then run every test suite; ends with "N passed, N failed"
#   bootstrap        stage 1 (build/mica, by the host cc) compiles mica into stage 2, stage 2
#                    into stage 3; stage 2 and 3 must be byte-identical; a stage 2 built for
#                    each cross target, run under emulation, must compile mica into the same
#                    bytes as the native stage 2 does, for every target; then every test suite
#                    runs with stage 2 as the compiler under test
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
CC=${CC:-gcc}
# -pedantic-errors and -Werror=vla keep the compiler's sources inside the plain C11 mica compiles
CFLAGS=${CFLAGS:--std=c11 -pedantic-errors -Werror=vla -O2 -g -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers -Werror=implicit-function-declaration}

SOURCES="compiler/*.c backends/*.c backends/*/*.c linker/*.c"

# Debian packages the build and the tests need: command -> package
PACKAGES="gcc:gcc make:make tcc:tcc csmith:csmith eu-elflint:elfutils readelf:binutils objdump:binutils
hyperfine:hyperfine valgrind:valgrind gdb:gdb python3:python3 /usr/include/libelf.h:libelf-dev
/usr/include/csmith/csmith.h:libcsmith-dev /usr/bin/time:time lldb-14:lldb-14 llvm-dwarfdump-14:llvm-14
qemu-aarch64:qemu-user gdb-multiarch:gdb-multiarch aarch64-linux-gnu-gcc:gcc-aarch64-linux-gnu
/usr/share/doc/binutils-multiarch:binutils-multiarch ss:iproute2"

# Cross targets tested under user-mode emulation, and the suites that run for them
# (each reads MICA_TARGET, through tests/target.sh or as it does)
CROSS_TARGETS="aarch64-linux"
CROSS_SUITES="tests/run_programs.sh tests/run_errors.sh tests/abi/run.sh tests/std/run.sh tests/csmith/run.sh
tests/debugger/run.sh tests/incremental/run.sh"

install_packages() {
    local missing=()
    for pair in $PACKAGES; do
        local probe=${pair%%:*} pkg=${pair##*:}
        if [[ $probe == /* ]]; then [[ -e $probe ]] && continue
        else command -v "$probe" >/dev/null 2>&1 && continue; fi
        missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        echo "installing: ${missing[*]}" >&2
        if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

build() {
    install_packages
    mkdir -p build
    # shellcheck disable=SC2086
    $CC $CFLAGS -o build/mica.tmp $SOURCES
    mv build/mica.tmp build/mica
    # build the std library cache now, so that the first real compile is fast
    printf 'int main(void){return 0;}\n' > build/warmup.c
    build/mica build/warmup.c -o build/warmup
    build/warmup
    rm -f build/warmup build/warmup.c
}

# compares two files; on a difference, says where and exits
same_bytes() {
    local a=$1 b=$2 at
    if cmp -s "$a" "$b"; then return 0; fi
    at=$(cmp "$a" "$b" 2>&1 | head -1)
    echo "bootstrap FAILED: $a and $b differ: $at" >&2
    local byte=$(cmp "$a" "$b" 2>/dev/null | sed -n 's/.*byte \([0-9]*\).*/\1/p')
    if [[ -n $byte ]]; then
        echo "  around offset $((byte - 1)):" >&2
        cmp -l "$a" "$b" | head -8 >&2
        readelf -S -W "$a" | awk -v off=$((byte - 1)) 'NR > 4 && $0 ~ /\]/ { o = strtonum("0x" $5); s = strtonum("0x" $6); if (off >= o && off < o + s) print "  in section " $2 }' >&2 || true
    fi
    exit 1
}

bootstrap() {
    build
    local sources
    sources=$(echo $SOURCES)
    mkdir -p build/stage2 build/stage3
    echo "stage 2: mica compiled by stage 1 (build/mica)"
    # shellcheck disable=SC2086
    build/mica -g -o build/stage2/mica $sources
    echo "stage 3: mica compiled by stage 2"
    # shellcheck disable=SC2086
    build/stage2/mica -g -o build/stage3/mica $sources
    same_bytes build/stage2/mica build/stage3/mica
    echo "stage 2 and stage 3 are byte-identical ($(stat -c %s build/stage2/mica) bytes; stage 1: $(stat -c %s build/mica) bytes)"
    cross_bootstrap "$sources"
    echo "== the test suites with stage 2 as the compiler under test"
    MICA_UNDER_TEST=$ROOT/build/stage2/mica run_tests
}

# A stage 2 for each cross target (by stage 1) runs under qemu (mica finds std/ and runtime/
# through MICA_ROOT) and compiles mica for every target: the same bytes as the native stage 2.
cross_bootstrap() {
    local sources=$1 cross arch target
    for cross in $CROSS_TARGETS; do
        arch=${cross%%-*}
        mkdir -p "build/stage2-$arch" "build/stage3-$arch"
        echo "cross stage 2: mica for $cross compiled by stage 1, run under qemu-$arch"
        # shellcheck disable=SC2086
        build/mica -g --target="$cross" -o "build/stage2-$arch/mica" $sources
        for target in x86_64-linux $CROSS_TARGETS; do
            # shellcheck disable=SC2086
            build/stage2/mica -g --target="$target" -o "build/stage3/mica-$target" $sources
            # shellcheck disable=SC2086
            MICA_ROOT=$ROOT "qemu-$arch" "build/stage2-$arch/mica" -g --target="$target" \
                -o "build/stage3-$arch/mica-$target" $sources
            same_bytes "build/stage3/mica-$target" "build/stage3-$arch/mica-$target"
            echo "mica for $target: the $cross stage 2 (under qemu) and the native stage 2 agree byte for byte"
        done
    done
}

run_tests() {
    # the independent ELF checker (libelf), used on every executable the suites build
    gcc -std=c11 -O2 -o build/elfcheck tests/elf/elfcheck.c -lelf
    export ELFCHECK=$ROOT/build/elfcheck
    local log=build/test.log
    : > "$log"
    local suites=(tests/run_*.sh tests/*/run.sh)
    for suite in "${suites[@]}"; do
        [[ -x $suite ]] || continue
        echo "== $suite" | tee -a "$log"
        MICA=${MICA_UNDER_TEST:-$ROOT/build/mica} "$suite" 2>&1 | tee -a "$log" | grep -E '^(FAIL|==)' || true
    done
    local target
    for target in $CROSS_TARGETS; do
        for suite in $CROSS_SUITES; do
            echo "== $suite for $target" | tee -a "$log"
            MICA_TARGET=$target MICA=${MICA_UNDER_TEST:-$ROOT/build/mica} "$suite" 2>&1 | tee -a "$log" |
                grep -E '^(FAIL|==)' || true
        done
    done
    local pass fail
    pass=$(grep -c '^PASS' "$log" || true)
    fail=$(grep -c '^FAIL' "$log" || true)
    echo "$pass passed, $fail failed"
    [[ $fail -eq 0 ]]
}

case "${1:-build}" in
    build) build ;;
    test) build; run_tests ;;
    bootstrap) bootstrap ;;
    clean) rm -rf build ;;
    *) echo "usage: ./build.sh [build|test|bootstrap|clean]" >&2; exit 2 ;;
esac
