breakpoint set --file prog.c --line 11
breakpoint set --file prog.c --line 14
breakpoint set --file prog.c --line 21
process launch
frame variable --show-types
process continue
frame variable --show-types
breakpoint delete 1 2
process continue
frame variable
frame variable depth tag
frame select 1
frame variable
quit 99
