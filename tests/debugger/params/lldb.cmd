breakpoint set --name eight
breakpoint set --name floats
breakpoint set --name bystruct
breakpoint set --name chars
process launch
frame variable --show-types a b c d e f g h
thread step-out
process continue
frame variable --show-types f d n g e
thread step-out
process continue
frame variable --show-types p m b pp
frame variable *pp
frame variable b.a[4] b.tag
thread step-out
process continue
frame variable --show-types c uc sc flag
thread step-out
thread step-over
frame variable r1 r2 r3 r4
quit 99
