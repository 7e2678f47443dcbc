breakpoint set --file range.c --line 6
breakpoint set --file util.h --line 5
process launch
thread step-in
bt 3
frame variable --show-types v lo hi
thread step-over
thread step-over
thread step-out
target variable counter
breakpoint list
quit 99
