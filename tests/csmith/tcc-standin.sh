#!/usr/bin/env bash
# tcc as a stand-in for mica in tests/csmith/run.sh:  MICA=tests/csmith/tcc-standin.sh
# Two adaptations, both about tcc 0.9.27, not about the programs:
#  - tcc only accepts '#pragma pack(push, N)'; csmith writes '#pragma pack(push)' followed by
#    '#pragma pack(1)'. The copy compiled here says 'pack(push, 8)', which changes nothing on
#    x86_64 (8 is the largest alignment of any type csmith uses) before 'pack(1)'.
#  - tcc keeps unused static functions, so csmith's safe_math.h float helpers need fabs and
#    fabsf: link -lm.
set -u
tmp=$(mktemp -d /tmp/tcc-standin.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
args=()
incs=()   # the copies lose their directory: keep it searchable for "..." includes
for a in "$@"; do
    if [[ $a == *.c && -f $a ]]; then
        out="$tmp/$(basename "$a")"
        sed 's/^[[:space:]]*#[[:space:]]*pragma[[:space:]]\+pack[[:space:]]*([[:space:]]*push[[:space:]]*)/#pragma pack(push, 8)/' "$a" > "$out"
        args+=("$out")
        incs+=(-I "$(dirname "$a")")
    else
        args+=("$a")
    fi
done
tcc "${args[@]}" "${incs[@]}" -lm
