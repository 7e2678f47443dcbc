breakpoint set --name insert --condition 'it->key == 20'
process launch
frame variable *head *it
frame variable head->next->key head->next->next->tag
thread step-out
frame variable head->key
breakpoint delete 1
breakpoint set --name length
process continue
frame variable --ptr-depth 2 p
quit 99
