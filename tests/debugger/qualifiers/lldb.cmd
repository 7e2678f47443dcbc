breakpoint set --name copy
process launch
frame variable --show-types dst src n why
thread step-over
thread step-over
thread step-over
frame variable --show-types t end cur
target variable --show-types zc_limit zc_flag zc_status zc_reg zc_title zc_ppv
frame select 1
frame variable --show-types in cp p pp ppc vp
quit 99
