breakpoint set --name weigh
process launch
frame variable --show-types c lv p h
frame select 1
frame variable --show-types px all
frame variable none odd
frame variable --format d c lv
quit 99
