image lookup --address main
image lookup --address zl_helper
image lookup --name zl_public
image lookup --name zl_helper
image lookup --type 'struct zl_point'
image lookup --type zl_point_t
image lookup --type 'enum zl_mode'
image lookup --symbol zl_global
target variable --show-types zl_global zl_scale
breakpoint set --name zl_helper
process launch
image lookup --address $pc
bt 3
frame select 1
frame variable --show-types p m
quit 99
