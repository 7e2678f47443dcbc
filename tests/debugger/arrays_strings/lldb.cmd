breakpoint set --name trace
process launch
frame variable --show-types s n
frame select 1
frame variable --show-types v m
frame variable cube pts name quote ds empty
frame variable --format x v
target variable --show-types greeting banner words bytes
quit 99
