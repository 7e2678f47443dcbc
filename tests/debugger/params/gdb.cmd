break eight
break floats
break bystruct
break chars
run
info args
print a + b + c + d + e + f + g + h
print g
print h
finish
continue
info args
print f * d
finish
continue
info args
print p
print m
print b
print b.a[4]
print pp->y
print *pp
print p.x == pp->x
finish
continue
info args
finish
next
info locals
quit 99
