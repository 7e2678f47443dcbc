#!/bin/sh
# A deliberately broken stand-in for mica, to check that the debugger suite notices bad debug
# information:  BROKEN=MODE MICA=tests/debugger/broken-as-mica.sh tests/debugger/run.sh
# MODE: nodebug  gcc without -g (no DWARF at all)
#       strip    gcc -g, then the debug sections removed (objcopy --strip-debug)
#       noline   gcc -g without .debug_line (no line table)
#       nocfi    gcc -g without CFI (.eh_frame removed; gdb falls back to prologue analysis)
#       O1       gcc -O1 -g (variables optimised out, lines reordered)
set -e
out=
prev=
for a in "$@"; do
    [ "$prev" = -o ] && out=$a
    prev=$a
done
FLAGS="-static -fno-pie -no-pie -fno-omit-frame-pointer"
case ${BROKEN:-nodebug} in
    nodebug) gcc $FLAGS "$@" -g0 ;;
    strip) gcc $FLAGS "$@" && objcopy --strip-debug "$out" ;;
    noline) gcc $FLAGS "$@" && objcopy --remove-section=.debug_line --remove-section=.debug_line_str "$out" ;;
    nocfi) gcc $FLAGS "$@" && objcopy --remove-section=.eh_frame --remove-section=.eh_frame_hdr "$out" ;;
    O1) gcc $FLAGS "$@" -O1 ;;
    *) echo "broken-as-mica.sh: unknown BROKEN=$BROKEN" >&2; exit 2 ;;
esac
