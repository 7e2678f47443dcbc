breakpoint set --name apply_all
process launch
frame variable --show-types table
thread step-over
thread step-over
thread step-in
bt 3
frame select 2
frame variable --show-types o h noproto chooser
image lookup --name sum_all
image lookup --name record
quit 99
