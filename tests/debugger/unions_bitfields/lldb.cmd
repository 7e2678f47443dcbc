breakpoint set --file prog.c --line 56
process launch
frame variable --show-types w
frame variable vals[0] vals[1] vals[2].as.s
frame variable --format x w.u w.b
quit 99
