breakpoint set --name area
process launch
frame variable --show-types *r
frame select 1
frame variable --show-types kid
frame variable root.base.color root.children[0]->base.id
frame variable --ptr-depth 1 kid.base.parent
breakpoint delete 1
breakpoint set --name centre
process continue
frame variable --show-types r
thread step-out
thread step-over
frame variable --show-types mid
quit 99
