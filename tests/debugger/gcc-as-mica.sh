#!/bin/sh
# A stand-in for mica that is really gcc, to check the debugger suite itself: every test must
# pass with   MICA=tests/debugger/gcc-as-mica.sh tests/debugger/run.sh   (-lm: mica has the math
# functions in its own library, some programs of tests/programs need them)
exec gcc -O0 -g -static -fno-pie -no-pie -fno-omit-frame-pointer "$@" -lm
