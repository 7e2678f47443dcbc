target variable zq_counter zq_zeroed zq_limit zq_ratio zq_table zq_other
breakpoint set --name tick --condition 'step == 2'
process launch
frame variable calls total
frame variable --show-types
breakpoint set --file other.c --line 9
process continue
frame variable --show-types calls
target variable --show-types zq_hidden
thread step-out
target variable zq_other zq_counter zq_table
quit 99
