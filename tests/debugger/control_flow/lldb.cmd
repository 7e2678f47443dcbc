breakpoint set --name walk
process launch
thread step-over
thread step-over
thread step-over
thread step-over
thread step-over
thread step-in
frame variable --show-types v
thread step-over
thread step-over
frame variable kind
thread step-out
thread step-over
thread step-over
thread step-over
thread step-over
thread step-over
thread step-over
frame variable acc i
quit 99
