#!/usr/bin/env bash
# The one entry point: ./build.sh [build|test|bootstrap|clean]
#   build (default)  install missing Debian packages, build build/mica and its std library
#   test             build, then run every test suite; ends with "N passed, N failed"
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
CC=${CC:-gcc}
CFLAGS=${CFLAGS:--std=c11 -O2 -g -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers -Werror=implicit-function-declaration}

SOURCES="compiler/*.c backends/*.c backends/*/*.c linker/*.c"

# Debian packages the build and the tests need: command -> package
PACKAGES="gcc:gcc make:make tcc:tcc csmith:csmith eu-elflint:elfutils readelf:binutils objdump:binutils
hyperfine:hyperfine valgrind:valgrind gdb:gdb python3:python3 /usr/include/libelf.h:libelf-dev
/usr/include/csmith/csmith.h:libcsmith-dev /usr/bin/time:time"

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
        MICA=$ROOT/build/mica "$suite" 2>&1 | tee -a "$log" | grep -E '^(FAIL|==)' || true
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
    clean) rm -rf build ;;
    *) echo "usage: ./build.sh [build|test|clean]" >&2; exit 2 ;;
esac
