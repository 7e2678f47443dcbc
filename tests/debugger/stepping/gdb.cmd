break main
run
next
next
step
info args
next
next
step
bt
info args
next
next
print r
next
next
next
print s
step
print *a
print v
next
next
next
next
print i
until
until
print s
print clipped
until
until
until
print i
print a->count
print clipped
finish
next
advance scale
info args
finish
next
step
step
step
print *a
quit 99
