breakpoint set --name main
process launch
thread step-over
thread step-over
thread step-in
frame variable --show-types a n
thread step-over
thread step-over
thread step-in
bt 3
thread step-over
thread step-over
thread step-over
frame variable r
thread step-out
thread step-over
thread step-over
thread step-in
frame variable *a v
thread step-over
thread step-over
breakpoint set --file prog.c --line 28
process continue
frame variable clipped i
frame variable *a
thread step-out
thread step-over
thread step-in
thread step-over
thread step-over
thread step-over
thread step-over
thread step-over
frame variable --show-types
quit 99
