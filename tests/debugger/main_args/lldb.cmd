breakpoint set --name parse
process launch -- -v 7 "two words" -x -v
frame variable --show-types argc
frame variable argv[1] argv[3] argv[5]
frame variable *o
thread step-out
thread step-over
frame variable o
quit 99
