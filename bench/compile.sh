#!/usr/bin/env bash
# Compile-speed benchmark (not a test): wall time and peak memory of $MICA, tcc and gcc -O0
# compiling and linking the same inputs into an executable, side by side, with the ratios
# mica/tcc and mica/gcc.
#
# usage: bench/compile.sh [--runs N] [--lines N]
#   --runs N    timed runs per measurement after one warm-up (default 5; hyperfine's mean)
#   --lines N   size of the generated program (default 100000)
# environment: MICA (default build/mica, relative to the repository root; may carry options)
#
# Inputs:
#   generated    bench/gen_large.py: one C file of about 100,000 lines of ordinary-looking
#                code; all three executables must print the same checksum (checked here).
#   mica sources the SOURCES list of build.sh (compiler/*.c backends/*.c backends/*/*.c
#                linker/*.c), as one program, -I for each of their folders (the row is
#                skipped while those sources are missing or do not build with gcc yet).
# Wall time: hyperfine --shell=none, mean of N runs. Peak memory: /usr/bin/time -f %M, the
# largest resident set of any single process of the build (for gcc: cc1, as or ld), one run.
# tcc and gcc link dynamically against glibc (tcc -static cannot link glibc's libc.a); mica
# links its own static executables.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
RUNS=5
LINES=100000
while (( $# )); do
    case $1 in
        --runs) RUNS=$2; shift 2 ;;
        --lines) LINES=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "compile.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
read -r -a MICA_CMD <<< "${MICA:-build/mica}"
case ${MICA_CMD[0]} in
    /*) ;;
    */*) MICA_CMD[0]=$ROOT/${MICA_CMD[0]} ;;
esac

for tool in hyperfine /usr/bin/time tcc gcc python3; do
    if ! command -v "$tool" > /dev/null; then
        echo "compile.sh: $tool is missing (apt-get install hyperfine time tcc gcc python3)" >&2
        exit 1
    fi
done

TMP=$(mktemp -d /tmp/mica-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

# ---------------------------------------------------------------- machine
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
echo "machine: $(nproc) CPUs ($cpu), $mem RAM, $(uname -sr), load average $(cut -d" " -f1-3 /proc/loadavg) at start"
echo "compilers: mica = ${MICA_CMD[*]} (repo at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')),"\
     "$(tcc -v 2>&1 | head -1), $(gcc --version | head -1)"
echo "method: wall time = hyperfine mean of $RUNS runs after 1 warm-up; memory = peak RSS of the largest process (/usr/bin/time %M)"
echo

# ---------------------------------------------------------------- measuring
COMPILERS=(mica tcc gcc)
declare -A CMD TIME MEM STATUS

# build_cmd COMPILER OUT ARGS...: the command line, as one word-split string (no spaces in paths)
build_cmd() {
    local c=$1 out=$2; shift 2
    case $c in
        mica) echo "${MICA_CMD[*]} $* -o $out" ;;
        tcc) echo "tcc $* -o $out" ;;
        gcc) echo "gcc -O0 $* -o $out" ;;
    esac
}

# measure KEY COMMAND: sets TIME[KEY] (seconds) and MEM[KEY] (KiB) or STATUS[KEY]
measure() {
    local key=$1 cmd=$2
    # shellcheck disable=SC2086
    if ! /usr/bin/time -f %M -o "$TMP/mem" $cmd > "$TMP/build.log" 2>&1; then
        STATUS[$key]="failed: $(grep -v '^Command exited' "$TMP/build.log" | head -1 | cut -c1-160)"
        return 1
    fi
    MEM[$key]=$(tail -1 "$TMP/mem")
    if ! hyperfine --shell=none --style none --warmup 1 --runs "$RUNS" --export-json "$TMP/h.json" "$cmd" > "$TMP/hf.log" 2>&1; then
        STATUS[$key]="hyperfine failed: $(tail -2 "$TMP/hf.log" | tr '\n' ' ')"
        return 1
    fi
    TIME[$key]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$TMP/h.json")
    return 0
}

ROWS=()
declare -A ROWNAME ROWLINES ROWNOTE
CHECK_FAILED=0

# ---------------------------------------------------------------- (a) generated program
python3 "$HERE/gen_large.py" --lines "$LINES" -o "$TMP/large.c"
ROWS+=(large)
ROWNAME[large]="generated (gen_large.py)"
ROWLINES[large]=$(wc -l < "$TMP/large.c")
declare -A SUM
for c in "${COMPILERS[@]}"; do
    echo "measuring generated program with $c ..." >&2
    if measure "large.$c" "$(build_cmd "$c" "$TMP/large.$c" "$TMP/large.c")"; then
        SUM[$c]=$(timeout 60 "$TMP/large.$c" 2>&1 | head -1)
    else
        SUM[$c]="(not built)"
    fi
done
if [[ ${SUM[mica]} == "${SUM[gcc]}" && ${SUM[tcc]} == "${SUM[gcc]}" ]]; then
    echo "check: generated program prints '${SUM[gcc]}' with all three compilers"
else
    echo "check: CHECKSUM MISMATCH on the generated program: mica '${SUM[mica]}', tcc '${SUM[tcc]}', gcc '${SUM[gcc]}'"
    CHECK_FAILED=1
fi

# ---------------------------------------------------------------- (b) mica's own sources
# The source list of build.sh (SOURCES="..."), else compiler/*.c backends/*/*.c linker/*.c.
SRC_GLOBS=$(sed -n 's/^SOURCES="\(.*\)"$/\1/p' "$ROOT/build.sh" 2>/dev/null | head -1)
SRC_GLOBS=${SRC_GLOBS:-compiler/*.c backends/*/*.c linker/*.c}
shopt -s nullglob
SRCS=()
srcnote=
missing=0
for g in $SRC_GLOBS; do
    m=("$ROOT"/$g)
    SRCS+=("${m[@]}")
    srcnote+="${srcnote:+, }$g: ${#m[@]}"
    [[ $g == compiler/* || $g == linker/* || $g == backends/*/* ]] && (( ${#m[@]} == 0 )) && missing=1
done
shopt -u nullglob
if (( missing )); then
    echo "skip: mica sources: not there yet ($srcnote)"
else
    INCS=()
    while read -r d; do INCS+=("-I$d"); done < <(printf '%s\n' "${SRCS[@]}" | xargs -n1 dirname | sort -u)
    # gcc must build them first: otherwise they are still incomplete (no main, ...)
    # shellcheck disable=SC2086
    if ! gcc -O0 -w "${INCS[@]}" "${SRCS[@]}" -o "$TMP/self.check" > "$TMP/self.log" 2>&1; then
        echo "skip: mica sources: gcc cannot build them yet ($srcnote): $(grep -m1 -E 'error|undefined' "$TMP/self.log" | cut -c1-160)"
    else
        ROWS+=(self)
        ROWNAME[self]="mica sources (${#SRCS[@]} files)"
        ROWLINES[self]=$(cat "${SRCS[@]}" | wc -l)
        for c in "${COMPILERS[@]}"; do
            echo "measuring mica sources with $c ..." >&2
            measure "self.$c" "$(build_cmd "$c" "$TMP/self.$c" "${INCS[*]} ${SRCS[*]}")"
        done
    fi
fi
echo

# ---------------------------------------------------------------- table
fmt_time() { python3 -c 'import sys; t=float(sys.argv[1]); print("%.3f s" % t if t < 10 else "%.2f s" % t)' "$1"; }
fmt_mem() { python3 -c 'import sys; print("%.1f MB" % (int(sys.argv[1]) / 1024))' "$1"; }
ratio() { python3 -c 'import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print("%.2fx" % (a / b) if b else "-")' "$1" "$2"; }

printf '%-28s %7s  %-11s %10s %10s %10s %9s %9s\n' input lines metric mica tcc "gcc -O0" mica/tcc mica/gcc
printf '%s\n' "$(printf '%.0s-' {1..102})"
for r in "${ROWS[@]}"; do
    for metric in time mem; do
        vals=()
        for c in "${COMPILERS[@]}"; do
            k=$r.$c
            if [[ -n ${STATUS[$k]:-} ]]; then vals+=("failed")
            elif [[ $metric == time ]]; then vals+=("$(fmt_time "${TIME[$k]}")")
            else vals+=("$(fmt_mem "${MEM[$k]}")"); fi
        done
        rt=- rg=-
        if [[ -z ${STATUS[$r.mica]:-} ]]; then
            if [[ $metric == time ]]; then
                [[ -z ${STATUS[$r.tcc]:-} ]] && rt=$(ratio "${TIME[$r.mica]}" "${TIME[$r.tcc]}")
                [[ -z ${STATUS[$r.gcc]:-} ]] && rg=$(ratio "${TIME[$r.mica]}" "${TIME[$r.gcc]}")
            else
                [[ -z ${STATUS[$r.tcc]:-} ]] && rt=$(ratio "${MEM[$r.mica]}" "${MEM[$r.tcc]}")
                [[ -z ${STATUS[$r.gcc]:-} ]] && rg=$(ratio "${MEM[$r.mica]}" "${MEM[$r.gcc]}")
            fi
        fi
        if [[ $metric == time ]]; then
            printf '%-28s %7s  %-11s %10s %10s %10s %9s %9s\n' "${ROWNAME[$r]}" "${ROWLINES[$r]}" "wall time" "${vals[@]}" "$rt" "$rg"
        else
            printf '%-28s %7s  %-11s %10s %10s %10s %9s %9s\n' "" "" "peak memory" "${vals[@]}" "$rt" "$rg"
        fi
    done
done
for r in "${ROWS[@]}"; do
    for c in "${COMPILERS[@]}"; do
        [[ -n ${STATUS[$r.$c]:-} ]] && echo "note: ${ROWNAME[$r]} with $c ${STATUS[$r.$c]}"
    done
done
exit $CHECK_FAILED
