breakpoint set --name fact --condition 'n == 3'
process launch
bt 5
frame select 2
frame variable n
up
frame variable n
down
frame info
frame select 0
breakpoint delete 1
breakpoint set --name even --condition 'n == 1'
process continue
bt 6
frame select 3
frame variable --show-types n r
quit 99
