breakpoint set --file prog.c --line 24
breakpoint set --name collatz_steps --condition 'n == 27'
breakpoint list
process launch
frame variable k most s
breakpoint modify --condition 'k > 20' 1
process continue
frame variable k *best
breakpoint disable 1
process continue
frame variable n
breakpoint delete 2
breakpoint set --file prog.c --line 11 --ignore-count 100
process continue
frame variable n steps
breakpoint list
quit 99
