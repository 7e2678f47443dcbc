breakpoint set --name sum_list
process launch
frame variable --show-types head
frame variable *head
frame variable head->next->value
frame variable --show-types *head->next->next
frame select 1
frame variable --show-types ip ipp rowp ptrs
frame variable *ip *ipp *rowp
frame variable --show-types h
frame variable *h.ip
frame variable --ptr-depth 2 headp
quit 99
