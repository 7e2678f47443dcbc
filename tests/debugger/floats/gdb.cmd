break mean
run
print *v@n
print v[0] + v[1]
print v[2] / 3
print n / 3.0
print (float)v[0]
finish
print zero
print fmax
print fmin
print dmax
print tiny
print inf
print ninf
print nan
print negz
print third
print pi
print s
print/x s.f
print/f 1078530011
print/x pi
print pi * 2
print (int)pi
print third * 3 == 1
print -inf < dmax
whatis third * 2
whatis pi + 1
print ld
whatis ld
ptype half_of
break half_of
continue
print x
finish
quit 99
