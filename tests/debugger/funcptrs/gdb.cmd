break apply_all
run
print table[0]
print table[1]
print *table@n
print table[1](6, 7)
ptype table
whatis table[0]
ptype table[0]
step
step
step
bt
finish
up
print o
print o.apply
print o.unary
print o.vsum
ptype o
print h
ptype h
whatis h
ptype handler_fn
print noproto
ptype noproto
print chooser
ptype chooser
whatis chooser
print chooser('+')
print (*chooser)('*')
print add
print &add
print *add
ptype add
whatis add
ptype answer
whatis answer
ptype sum_all
whatis sum_all
ptype record
ptype pick
whatis pick
print sum_all(3, 10, 20, 30)
print o.vsum(2, 5, 6)
print add(40, 2)
print neg(add(1, 2))
ptype struct ops
break sum_all
continue
info args
print count
finish
quit 99
