breakpoint set --name ret_int
breakpoint set --name ret_uchar
breakpoint set --name ret_bool
breakpoint set --name ret_ll
breakpoint set --name ret_float
breakpoint set --name ret_double
breakpoint set --name ret_enum
breakpoint set --name ret_str
breakpoint set --name ret_two
breakpoint set --name ret_ints
breakpoint set --name ret_fl
breakpoint set --name ret_mix
breakpoint set --name ret_large
breakpoint set --name ret_void
process launch
thread step-out
process continue
thread step-out
process continue
thread step-out
process continue
thread step-out
process continue
thread step-out
process continue
thread step-out
process continue
thread step-out
process continue
thread step-out
process continue
thread step-out
process continue
thread step-out
process continue
thread step-out
process continue
thread step-out
process continue
thread step-out
process continue
thread step-out
thread step-over
frame variable --show-types
quit 99
