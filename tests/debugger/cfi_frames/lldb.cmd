breakpoint set --name leaf --skip-prologue false
breakpoint set --name middle --skip-prologue false
process launch
bt 2
process continue
bt 3
thread step-inst
bt 3
thread step-inst
bt 3
quit 99
