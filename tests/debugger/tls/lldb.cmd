breakpoint set --name bump
process launch
target variable --show-types zt_count zt_last zt_buf zt_seen
frame variable --show-types calls
process continue
target variable zt_seen
quit 99
