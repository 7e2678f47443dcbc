breakpoint set --name handle
process launch
frame variable --show-types *e
frame variable e->x e->y e->range.hi
frame variable --show-types nowhere s
frame variable *s
process continue
frame variable e->code e->key
quit 99
