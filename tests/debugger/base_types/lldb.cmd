breakpoint set --file prog.c --line 49
process launch
frame variable --show-types lo hi
frame variable --show-types c uc s us i u l ul ll ull yes no f d
frame variable --format x hi.i hi.ul
quit 99
