breakpoint set --name accumulate
process launch
thread step-over
watchpoint set variable sum
process continue
frame variable i sum
process continue
frame variable i sum
watchpoint delete 1
breakpoint delete 1
watchpoint set variable zw_events
process continue
bt 2
watchpoint delete 2
process continue
quit 99
