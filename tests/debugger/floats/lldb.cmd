breakpoint set --file prog.c --line 42
process launch
frame variable --show-types zero fmax fmin dmax tiny inf ninf negz third pi s v
frame variable --format x pi s.f
frame variable --format f v
quit 99
