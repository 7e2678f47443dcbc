break range.c:6
break shape.c:9
break util.h:9
info breakpoints
run
bt
step
bt
print v
print lo
print hi
finish
continue
print counter
print 'prog.c'::counter
print 'shape.c'::counter
bt
next
step
bt
delete
finish
next
step
step
step
step
step
step
list clamp
info line util.h:5
quit 99
